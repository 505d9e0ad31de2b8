// Reading a filled template back: the hidden cell map says where every input cell is, so each
// one is read by position with its raw value, number format and formula, never by guessing from
// headers or row order. One metadata read and one read of all sheets, whatever the size. The map
// comes with a returned file and may be forged: it is checked and read in bounded rectangles.
import { both, type Bilingual } from "../i18n/messages";
import type { Entry } from "./entries";
import { parseCell, rangeAddress, type RangeRef } from "../workbook/a1";
import type { RangeQuery, Workbook } from "../workbook/workbook";
import { cellMapFrom, NAME_SLOT, parseSlotKey, type CellMap, type Slot } from "./cell-map";
import type { LayoutKind } from "./layout";
import { formsFrom, LAYOUT_KINDS, TEMPLATE_FORMAT, TEMPLATE_KEYS, type TemplateForm } from "./metadata";

export interface TemplateInfo {
  /** the form's layout; `matrix` for a workbook of several forms (several units in one file) */
  layout: LayoutKind;
  setId: string;
  setVersion: string;
  setHash: string;
  /** the unit of a unit form, when the workbook holds that one form */
  unitId?: string;
  years: number[];
  /** the forms the workbook holds and their sheets; a workbook made before several forms could
   *  share one has one form whose `sheets` are empty: every mapped sheet is its */
  forms: TemplateForm[];
  /** the removed-data sheet, when an upgrade made one */
  removedSheet?: string;
}

export interface TemplateEntry extends Entry {
  /** the reporting year, also for a single-year set (where `year` stays undefined, as
   *  validation expects); for a baseline, the year it is the baseline of; none for a note */
  reportYear?: number;
  /** on the removed-data sheet: the set no longer asks for this cell */
  removed: boolean;
  /** the indicator's name as the workbook shows it */
  label?: string;
  /** index in `info.forms` of the form the cell belongs to; none for the removed-data sheet */
  form?: number;
}

export interface FilledTemplate {
  info: TemplateInfo;
  entries: TemplateEntry[];
  metadata: Record<string, string>;
  cells: CellMap;
}

export class NotATemplateError extends Error {
  constructor(readonly detail: Bilingual) {
    super(detail["en-US"]);
  }
}

export function templateInfo(metadata: Record<string, string>): TemplateInfo {
  if (metadata[TEMPLATE_KEYS.format] !== TEMPLATE_FORMAT) throw new NotATemplateError(both((m) => m.template.read.notATemplate));
  const listed = formsFrom(metadata);
  if (listed === "damaged") throw new NotATemplateError(both((m) => m.template.read.damaged(TEMPLATE_KEYS.formsParts)));
  let forms: TemplateForm[];
  if (listed) {
    // the list says what each sheet is; `layout` may have been written over since (the overview
    // sheet writes its own) and is not needed
    forms = listed;
  } else {
    const layout = metadata[TEMPLATE_KEYS.layout] as LayoutKind | undefined;
    if (!layout || !LAYOUT_KINDS.includes(layout)) throw new NotATemplateError(both((m) => m.template.read.notATemplate));
    const unitId = metadata[TEMPLATE_KEYS.unitId];
    if (layout === "unit-form" && !unitId) throw new NotATemplateError(both((m) => m.template.read.damaged(TEMPLATE_KEYS.unitId)));
    forms = [{ layout, ...(layout === "unit-form" ? { unitId: unitId! } : {}), sheets: [] }];
  }
  const years = (metadata[TEMPLATE_KEYS.years] ?? "")
    .split(",")
    .filter((y) => y !== "")
    .map(Number);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) throw new NotATemplateError(both((m) => m.template.read.damaged(TEMPLATE_KEYS.years)));
  const single = forms.length === 1 ? forms[0]! : undefined;
  const removedSheet = metadata[TEMPLATE_KEYS.removedSheet];
  return {
    layout: single?.layout ?? "matrix",
    setId: metadata[TEMPLATE_KEYS.setId] ?? "",
    setVersion: metadata[TEMPLATE_KEYS.setVersion] ?? "",
    setHash: metadata[TEMPLATE_KEYS.setHash] ?? "",
    ...(single?.unitId ? { unitId: single.unitId } : {}),
    years,
    ...(removedSheet ? { removedSheet } : {}),
    forms,
  };
}

/** Index in `info.forms` of the form a sheet belongs to: the one listing it, or the only form
 *  of a workbook made before the list; undefined for the removed-data sheet. */
export function formOfSheet(info: TemplateInfo, sheet: string): number | undefined {
  if (sheet === info.removedSheet) return undefined;
  const at = info.forms.findIndex((f) => f.sheets.includes(sheet));
  if (at >= 0) return at;
  return info.forms.length === 1 && info.forms[0]!.sheets.length === 0 ? 0 : undefined;
}

export interface ReadLimits {
  /** mapped cells (slots) in all */
  mappedCells: number;
  /** cells read in all, whatever the map says */
  readCells: number;
  /** cells read per mapped cell (plus a small allowance): real maps are dense */
  readPerMapped: number;
  /** rectangles (queries) read in all */
  rectangles: number;
}

/** A forged map past these is refused before anything is read. Real templates are far inside:
 *  5,000 indicators × 50 units × 6 years with names and notes is 1.6 million mapped cells; a
 *  map naming A1 and XFD1048576 is read as two cells, not as the whole sheet between them. */
export const READ_LIMITS: ReadLimits = { mappedCells: 2_000_000, readCells: 4_000_000, readPerMapped: 16, rectangles: 1_000 };
const READ_ALLOWANCE = 10_000;
/** More empty rows (or columns) than this between mapped cells start a new rectangle. */
const GAP = 8;

interface Located {
  row: number;
  column: number;
  /** index of the rectangle (query) it is read in */
  rect: number;
}

interface MappedIndicator {
  sheet: string;
  indicatorId: string;
  name?: Located;
  slots: { slot: Slot; address: string; at: Located }[];
}

/** Cells sorted along one axis, cut wherever more than GAP empty lines lie between two. */
function runs(sorted: Located[], along: (c: Located) => number): Located[][] {
  const out: Located[][] = [];
  let run: Located[] = [];
  for (const c of sorted) {
    if (run.length > 0 && along(c) - along(run[run.length - 1]!) - 1 > GAP) {
      out.push(run);
      run = [];
    }
    run.push(c);
  }
  if (run.length > 0) out.push(run);
  return out;
}

/** One sheet's mapped cells as rectangles: bands of rows, each cut into runs of columns. Sets
 *  each cell's `rect` to its rectangle's index in `out`. */
function rectangles(cells: Located[], out: RangeRef[]): void {
  for (const band of runs([...cells].sort((a, b) => a.row - b.row), (c) => c.row)) {
    for (const group of runs(band.sort((a, b) => a.column - b.column), (c) => c.column)) {
      const box: RangeRef = { start: { row: Infinity, column: group[0]!.column }, end: { row: 0, column: group[group.length - 1]!.column } };
      for (const c of group) {
        box.start.row = Math.min(box.start.row, c.row);
        box.end.row = Math.max(box.end.row, c.row);
        c.rect = out.length;
      }
      out.push(box);
    }
  }
}

const area = (r: RangeRef) => (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);

export async function readEntries(workbook: Workbook, limits: ReadLimits = READ_LIMITS): Promise<FilledTemplate> {
  const metadata = await workbook.metadata();
  const info = templateInfo(metadata);
  const cells = cellMapFrom(metadata);
  if (!cells) throw new NotATemplateError(both((m) => m.template.read.damaged("template.cells")));

  // Every mapped cell located, and the map checked, before anything is read.
  const indicators: MappedIndicator[] = [];
  const rects: RangeRef[] = [];
  const sheets: string[] = [];
  let mapped = 0;
  for (const [sheet, ids] of cells) {
    const onSheet: Located[] = [];
    for (const [indicatorId, slots] of ids) {
      const ind: MappedIndicator = { sheet, indicatorId, slots: [] };
      for (const [key, address] of slots) {
        if (++mapped > limits.mappedCells) throw new NotATemplateError(both((m) => m.untrusted.tooManyCells(limits.mappedCells)));
        let c;
        try {
          c = parseCell(address);
        } catch {
          throw new NotATemplateError(both((m) => m.template.read.damaged(`${sheet}!${address}`)));
        }
        const at: Located = { ...c, rect: -1 };
        onSheet.push(at);
        if (key === NAME_SLOT) {
          ind.name = at;
          continue;
        }
        const slot = parseSlotKey(key);
        if (!slot) throw new NotATemplateError(both((m) => m.template.read.damaged(`${sheet}!${address} ${key}`)));
        ind.slots.push({ slot, address, at });
      }
      indicators.push(ind);
    }
    const first = rects.length;
    rectangles(onSheet, rects);
    for (let i = first; i < rects.length; i++) sheets.push(sheet);
  }
  const total = rects.reduce((n, r) => n + area(r), 0);
  if (rects.length > limits.rectangles || total > Math.min(limits.readCells, limits.readPerMapped * mapped + READ_ALLOWANCE)) {
    throw new NotATemplateError(both((m) => m.untrusted.cellsTooSpread(mapped, total)));
  }

  const queries: RangeQuery[] = rects.map((r, i) => ({ sheet: sheets[i]!, range: rangeAddress(r) }));
  const snapshots = await workbook.read(queries);
  const at = (c: Located) => {
    const snap = snapshots[c.rect]!;
    const box = rects[c.rect]!;
    const r = c.row - box.start.row;
    const k = c.column - box.start.column;
    return { raw: snap.values[r]?.[k] ?? null, numberFormat: snap.numberFormats[r]?.[k] ?? "General", formula: snap.formulas[r]?.[k] ?? null };
  };

  const entries: TemplateEntry[] = [];
  for (const { sheet, indicatorId, name, slots } of indicators) {
    const removed = info.removedSheet !== undefined && sheet === info.removedSheet;
    const form = formOfSheet(info, sheet);
    const formUnit = form !== undefined ? info.forms[form]!.unitId : undefined;
    const shown = name !== undefined ? at(name).raw : null;
    const label = typeof shown === "string" ? shown : undefined;
    for (const { slot, address, at: cell } of slots) {
      const unitId = slot.unitId ?? formUnit ?? info.unitId ?? "";
      const reportYear = slot.kind === "note" ? undefined : (slot.year ?? (info.years.length === 1 ? info.years[0] : undefined));
      entries.push({
        sheet,
        cell: address,
        indicatorId,
        unitId,
        ...(slot.year !== undefined ? { year: slot.year } : {}),
        kind: slot.kind,
        ...at(cell),
        ...(reportYear !== undefined ? { reportYear } : {}),
        removed,
        ...(label !== undefined ? { label } : {}),
        ...(form !== undefined ? { form } : {}),
      });
    }
  }
  return { info, entries, metadata, cells };
}
