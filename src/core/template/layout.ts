// The one description every template is built from: a sheet is a title, a subtitle, header
// rows, columns (fixed ones describing the indicator, input ones for a year, a unit, last
// year or notes) and rows (section headings and indicators). `renderSheet` turns it into
// workbook changes; the unit form and the matrix differ only in the columns they describe.
import type { Locale } from "../i18n/messages";
import { describeTargets } from "../set/describe";
import type { Indicator } from "../set/schema";
import { cellAddress, columnName } from "../workbook/a1";
import type { CellValue, DataValidation, WorkbookChange } from "../workbook/workbook";
import { addCell, NAME_SLOT, slotKey, type CellMap, type Slot } from "./cell-map";
import { inputFormat, NOTE_FORMAT } from "./formats";
import { inputName } from "./names";
import { CellGrid } from "./rects";
import type { Row } from "./rows";
import { displayUnit, figureValidation, noteValidation } from "./validation";

export type LayoutKind = "unit-form" | "matrix";

export const COLOURS = {
  header: "#DDEBF7",
  section: "#F2F2F2",
  input: "#FFF2CC",
  notApplicable: "#D9D9D9",
} as const;

export type FixedKind = "id" | "name" | "unit" | "target";
export type Column = { kind: FixedKind; headers: string[]; width: number } | { kind: "input"; slot: Slot; headers: string[]; width: number };

export interface SheetLayout {
  name: string;
  title: string;
  subtitle: string;
  /** every column has the same number of headers: one header row each */
  columns: Column[];
  rows: Row[];
  /** fixed columns kept in view when scrolling right */
  freezeColumns: number;
}

export interface RenderContext {
  locale: Locale;
  years: readonly number[];
  /** indicators with a 上年值 cell */
  baseline: ReadonlySet<string>;
  password?: string;
  /** defined names so far, lower-cased (Excel ignores case): a clash keeps the first */
  names: Set<string>;
  cells: CellMap;
  /** a unit form's own wording of a target (its quota), when it differs from the plan's */
  unitTarget?: (ind: Indicator, year: number | undefined) => string | undefined;
}

export interface RenderedSheet {
  /** everything but protection */
  body: WorkbookChange[];
  /** protection, applied after every other write (Excel refuses writes to locked cells after it) */
  finish: WorkbookChange[];
}

/** Title and subtitle rows above the header rows. */
export const TITLE_ROWS = 2;

/** Whether an indicator row has an input cell in a column for `slot`. */
export function applies(ind: Indicator, slot: Slot, ctx: Pick<RenderContext, "baseline">): boolean {
  return slot.kind !== "baseline" || ctx.baseline.has(ind.id);
}

export function slotFormat(ind: Indicator, slot: Slot): string {
  return slot.kind === "note" ? NOTE_FORMAT : inputFormat(ind);
}

export function slotValidation(ind: Indicator, slot: Slot, ctx: Pick<RenderContext, "locale" | "years" | "unitTarget">): DataValidation {
  return slot.kind === "note" ? noteValidation(ctx.locale) : figureValidation(ind, slot, ctx.years, ctx.locale, ctx.unitTarget);
}

/** Protection that leaves clerks able to widen columns and rows, and nothing else. */
export function protectChange(sheet: string, password: string | undefined): WorkbookChange {
  return { op: "protectSheet", sheet, options: { ...(password ? { password } : {}), allowResizeColumns: true, allowResizeRows: true } };
}

function fixedValue(kind: FixedKind, ind: Indicator, locale: Locale, ctx: Pick<RenderContext, "unitTarget" | "years">): CellValue {
  switch (kind) {
    case "id":
      return ind.id;
    case "name":
      return ind.name;
    case "unit":
      return displayUnit(ind, locale);
    case "target":
      return ctx.unitTarget?.(ind, ctx.years.length === 1 ? ctx.years[0] : undefined) ?? describeTargets(ind, locale);
  }
}

export function renderSheet(layout: SheetLayout, ctx: RenderContext): RenderedSheet {
  return titled(renderUntitled(layout, ctx), layout.title, layout.subtitle);
}

/** A sheet without its title and subtitle (left empty): for a unit form, the same for every
 *  unit of a set, so unit-form-cache.ts keeps it and each unit adds its own two lines. */
export interface UntitledSheet extends RenderedSheet {
  /** index in `body` of the setValues at A1, whose first two rows take the title and subtitle */
  valuesAt: number;
}

/** The sheet with its title and subtitle: a new setValues, every other change as it was. */
export function titled(sheet: UntitledSheet, title: string, subtitle: string): RenderedSheet {
  const body = sheet.body.slice();
  const change = body[sheet.valuesAt] as Extract<WorkbookChange, { op: "setValues" }>;
  const [first, second, ...rest] = change.values;
  body[sheet.valuesAt] = { ...change, values: [[title, ...first!.slice(1)], [subtitle, ...second!.slice(1)], ...rest] };
  return { body, finish: sheet.finish };
}

export function renderUntitled(layout: Omit<SheetLayout, "title" | "subtitle">, ctx: RenderContext): UntitledSheet {
  const sheet = layout.name;
  const width = layout.columns.length;
  const last = columnName(width);
  const headerRows = layout.columns[0]?.headers.length ?? 1;
  const firstData = TITLE_ROWS + headerRows + 1;
  const lastRow = firstData + layout.rows.length - 1;
  const blank = (): CellValue[] => Array<CellValue>(width).fill(null);

  const values: CellValue[][] = [
    blank(), // title: see `titled`
    blank(), // subtitle
    ...Array.from({ length: headerRows }, (_, h) => layout.columns.map((c): CellValue => c.headers[h] || null)),
  ];
  const fills = new CellGrid<string>();
  const formats = new CellGrid<string>();
  const unlocked = new CellGrid<true>();
  const validations = new CellGrid<DataValidation>();
  const names: WorkbookChange[] = [];
  const sections: number[] = [];
  const defineName = (name: string, range: string) => {
    if (ctx.names.has(name.toLowerCase())) return;
    ctx.names.add(name.toLowerCase());
    names.push({ op: "defineName", name, sheet, range });
  };

  const nameColumn = layout.columns.findIndex((c) => c.kind === "name");
  layout.rows.forEach((row, i) => {
    const r = firstData + i;
    if (row.kind === "section") {
      values.push([row.title, ...blank().slice(1)]);
      sections.push(r);
      return;
    }
    const ind = row.indicator;
    values.push(layout.columns.map((c) => (c.kind === "input" ? null : fixedValue(c.kind, ind, ctx.locale, ctx))));
    if (nameColumn >= 0) addCell(ctx.cells, sheet, ind.id, NAME_SLOT, cellAddress(r, nameColumn + 1));
    // A row's cells differ by unit at most, and format and validation do not depend on the
    // unit: made once per kind and year (a matrix row has a cell per unit).
    const made = new Map<string, { format: string; validation: DataValidation; key: string }>();
    layout.columns.forEach((c, j) => {
      if (c.kind !== "input") return;
      const col = j + 1;
      if (!applies(ind, c.slot, ctx)) {
        fills.set(r, col, COLOURS.notApplicable, COLOURS.notApplicable);
        return;
      }
      const address = cellAddress(r, col);
      const sameAs = `${c.slot.kind}:${c.slot.year ?? ""}`;
      let cell = made.get(sameAs);
      if (!cell) {
        const validation = slotValidation(ind, c.slot, ctx);
        made.set(sameAs, (cell = { format: slotFormat(ind, c.slot), validation, key: JSON.stringify(validation) }));
      }
      const { format, validation } = cell;
      fills.set(r, col, COLOURS.input, COLOURS.input);
      formats.set(r, col, format, format);
      unlocked.set(r, col, "", true);
      validations.set(r, col, cell.key, validation);
      addCell(ctx.cells, sheet, ind.id, slotKey(c.slot), address);
      // Figures get names; 说明 cells are found through the cell map. A name costs a request
      // action in Excel, and naming notes too would push a 1,000-indicator form into a second
      // round trip (see tests/workbook/template/office-syncs.test.ts).
      if (c.slot.kind !== "note") defineName(inputName(ind.id, c.slot, ctx.years.length > 1), address);
    });
  });

  const headerRange = `A${TITLE_ROWS + 1}:${last}${TITLE_ROWS + headerRows}`;
  const valuesChange: WorkbookChange = { op: "setValues", sheet, at: "A1", values };
  const body: WorkbookChange[] = [
    { op: "addSheet", sheet },
    valuesChange,
    { op: "mergeCells", sheet, range: `A1:${last}1` },
    { op: "mergeCells", sheet, range: `A2:${last}2` },
    { op: "setStyle", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    { op: "setStyle", sheet, range: "A2", style: { italic: true } },
    { op: "setStyle", sheet, range: headerRange, style: { bold: true, fill: COLOURS.header, horizontal: "center", vertical: "middle", wrap: true, border: true } },
  ];
  if (headerRows > 1) {
    // fixed columns have one header: it spans the header rows
    layout.columns.forEach((c, j) => {
      if (c.kind !== "input") body.push({ op: "mergeCells", sheet, range: `${columnName(j + 1)}${TITLE_ROWS + 1}:${columnName(j + 1)}${TITLE_ROWS + headerRows}` });
    });
  }
  if (layout.rows.length > 0) {
    body.push({ op: "setStyle", sheet, range: `A${firstData}:${last}${lastRow}`, style: { border: true, vertical: "top" } });
    layout.columns.forEach((c, j) => {
      if (c.kind === "name" || c.kind === "target" || (c.kind === "input" && c.slot.kind === "note")) {
        body.push({ op: "setStyle", sheet, range: `${columnName(j + 1)}${firstData}:${columnName(j + 1)}${lastRow}`, style: { wrap: true } });
      }
    });
  }
  for (const r of sections) {
    body.push({ op: "mergeCells", sheet, range: `A${r}:${last}${r}` });
    body.push({ op: "setStyle", sheet, range: `A${r}:${last}${r}`, style: { bold: true, fill: COLOURS.section } });
  }
  for (const { range, value } of fills.rects()) body.push({ op: "setStyle", sheet, range, style: { fill: value } });
  for (const { range, value } of formats.rects()) body.push({ op: "setNumberFormat", sheet, range, format: value });
  // New sheets start locked everywhere; saying so keeps the intent visible in the data.
  body.push({ op: "setLocked", sheet, range: `A1:${last}${Math.max(lastRow, TITLE_ROWS + headerRows)}`, locked: true });
  for (const { range } of unlocked.rects()) body.push({ op: "setLocked", sheet, range, locked: false });
  for (const { range, value } of validations.rects()) body.push({ op: "setDataValidation", sheet, range, validation: value });
  body.push(...names);
  layout.columns.forEach((c, j) => body.push({ op: "setColumnWidth", sheet, column: columnName(j + 1), width: c.width }));
  body.push({ op: "freezePanes", sheet, rows: TITLE_ROWS + headerRows, columns: layout.freezeColumns });
  body.push({ op: "setPageSetup", sheet, setup: { orientation: "landscape", fitToWidth: true, printTitleRows: `1:${TITLE_ROWS + headerRows}` } });
  return { body, finish: [protectChange(sheet, ctx.password)], valuesAt: body.indexOf(valuesChange) };
}
