// Templates as they land in the .xlsx file, cell by cell: what plain exceljs reads back from the
// bytes XlsxWorkbook writes must be what the change list says, worked out here one cell at a
// time without any of the writer's shortcuts (shared style objects, validation rectangles, the
// names index, the sheet index). Mid-size layouts, so that rectangles, split sheets and many
// names are all in play.
import * as ExcelJS from "exceljs";
import { indicatorListChanges } from "../../../src/core/layout/indicator-list";
import { buildFormsWorkbook, matrixChanges, unitFormChanges } from "../../../src/core/template";
import { templateChanges } from "../../../src/core/template/built";
import { cellAddress, parseRange } from "../../../src/core/workbook/a1";
import { METADATA_SHEET } from "../../../src/core/workbook/metadata-sheet";
import type { CellStyle, CellValue, DataValidation, WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { compressValidations, toExcelValidation } from "../../../src/workbook/xlsx/validation";
import { bigSet, repeatedExample } from "../../core/template/fixtures";

interface Expected {
  value?: CellValue;
  style: CellStyle;
  format?: string;
  locked?: boolean;
  validation?: DataValidation;
  /** hidden part of a merged area */
  slave?: boolean;
}

interface ExpectedSheet {
  cells: Map<string, Expected>;
  merges: string[];
  formats: { range: string; priority: number }[];
}

interface ExpectedBook {
  sheets: Map<string, ExpectedSheet>;
  /** lower-cased name → name, sheet, A1 range */
  names: Map<string, { name: string; sheet: string; range: string }>;
  metadata: Record<string, string>;
}

function addresses(range: string): string[] {
  const r = parseRange(range);
  const out: string[] = [];
  for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.column; col <= r.end.column; col++) out.push(cellAddress(row, col));
  return out;
}

/** The change list played one cell at a time. */
function expected(changes: readonly WorkbookChange[]): ExpectedBook {
  const book: ExpectedBook = { sheets: new Map(), names: new Map(), metadata: {} };
  const sheet = (name: string) => book.sheets.get(name)!;
  const cell = (s: ExpectedSheet, a: string) => {
    let c = s.cells.get(a);
    if (!c) s.cells.set(a, (c = { style: {} }));
    return c;
  };
  const block = (at: string, rows: readonly (readonly CellValue[])[], s: ExpectedSheet) => {
    const start = parseRange(at).start;
    rows.forEach((row, i) =>
      row.forEach((v, j) => {
        const c = cell(s, cellAddress(start.row + i, start.column + j));
        if (!(c.slave && (v === null || v === ""))) c.value = v === "" ? null : v;
      }),
    );
  };
  for (const c of changes) {
    switch (c.op) {
      case "addSheet":
        book.sheets.set(c.sheet, { cells: new Map(), merges: [], formats: [] });
        break;
      case "setValues":
        block(c.at, c.values, sheet(c.sheet));
        break;
      case "setStyle":
        for (const a of addresses(c.range)) {
          const x = cell(sheet(c.sheet), a);
          x.style = { ...x.style, ...c.style };
        }
        break;
      case "setNumberFormat":
        for (const a of addresses(c.range)) cell(sheet(c.sheet), a).format = c.format;
        break;
      case "setLocked":
        for (const a of addresses(c.range)) cell(sheet(c.sheet), a).locked = c.locked;
        break;
      case "setDataValidation":
        for (const a of addresses(c.range)) cell(sheet(c.sheet), a).validation = c.validation;
        break;
      case "mergeCells": {
        const s = sheet(c.sheet);
        const [master, ...rest] = addresses(c.range);
        if (rest.length === 0) break;
        s.merges.push(c.range);
        const m = cell(s, master!);
        // the hidden cells take the top-left cell's style, and show nothing
        for (const a of rest) Object.assign(cell(s, a), { style: { ...m.style }, format: m.format, locked: m.locked, value: null, slave: true });
        break;
      }
      case "addConditionalFormat": {
        const s = sheet(c.sheet);
        s.formats.push({ range: c.range, priority: s.formats.length + 1 });
        break;
      }
      case "defineName":
        book.names.set(c.name.toLowerCase(), { name: c.name, sheet: c.sheet, range: c.range });
        break;
      case "setMetadata":
        Object.assign(book.metadata, c.entries);
        break;
      default:
        break;
    }
  }
  return book;
}

/** One cell's look as a comparable record; `style` in CellStyle terms, defaults filled in. */
function look(e: Pick<Expected, "style" | "format" | "locked">): Record<string, unknown> {
  return {
    bold: e.style.bold ?? false,
    italic: e.style.italic ?? false,
    fontSize: e.style.fontSize ?? 11, // Excel's default font
    fontColor: e.style.fontColor?.toUpperCase() ?? null,
    fill: e.style.fill?.toUpperCase() ?? null,
    wrap: e.style.wrap ?? false,
    horizontal: e.style.horizontal ?? null,
    vertical: e.style.vertical ?? null,
    border: e.style.border ?? false,
    format: e.format ?? "General",
    locked: e.locked ?? true,
  };
}

const hex = (argb: string | undefined) => (argb ? `#${argb.slice(2).toUpperCase()}` : null);

function lookOf(cell: ExcelJS.Cell | undefined): Record<string, unknown> {
  const s: Partial<ExcelJS.Style> = cell?.style ?? {};
  const fill = s.fill?.type === "pattern" ? s.fill : undefined;
  return {
    bold: s.font?.bold ?? false,
    italic: s.font?.italic ?? false,
    fontSize: s.font?.size ?? 11,
    fontColor: hex(s.font?.color?.argb),
    fill: hex(fill?.fgColor?.argb),
    wrap: s.alignment?.wrapText ?? false,
    horizontal: s.alignment?.horizontal ?? null,
    vertical: s.alignment?.vertical ?? null,
    border: ["top", "left", "bottom", "right"].every((edge) => s.border?.[edge as "top"]?.style === "thin"),
    format: s.numFmt || "General",
    locked: s.protection?.locked ?? true,
  };
}

/** A validation as exceljs reads it back, fields that the file holds. exceljs writes a prompt's
 *  line breaks into the attribute as they are, and an XML reader sees each as a space. */
function validationOf(dv: ExcelJS.DataValidation | undefined): Record<string, unknown> | null {
  if (!dv) return null;
  const seen = (s: string | undefined) => s?.replace(/[\r\n\t]/g, " ") ?? null;
  return {
    type: dv.type,
    operator: dv.type === "list" ? null : (dv.operator ?? "between"),
    formulae: (dv.formulae ?? []).map((f) => String(f)),
    allowBlank: dv.allowBlank ?? false,
    showInputMessage: dv.showInputMessage ?? false,
    promptTitle: dv.promptTitle ?? null,
    prompt: seen(dv.prompt),
    showErrorMessage: dv.showErrorMessage ?? false,
    errorStyle: dv.errorStyle ?? "stop",
    errorTitle: dv.errorTitle ?? null,
    error: seen(dv.error),
  };
}

/** `'Sheet'!$E$5` → sheet and `E5` */
function splitRef(ref: string): { sheet: string; range: string } {
  const bang = ref.lastIndexOf("!");
  const part = ref.slice(0, bang);
  const sheet = part.startsWith("'") ? part.slice(1, -1).replace(/''/g, "'") : part;
  return { sheet, range: ref.slice(bang + 1).replace(/\$/g, "") };
}

async function written(changes: readonly WorkbookChange[]): Promise<{ file: ExcelJS.Workbook; memory: ExcelJS.Workbook }> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  const file = new ExcelJS.Workbook();
  await file.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer); // exceljs types its Buffer as ArrayBuffer-like
  // the workbook in memory, for how many style objects its cells hold
  return { file, memory: (wb as unknown as { wb: ExcelJS.Workbook }).wb };
}

/** Every difference between the file and the expected workbook, as readable lines (first 20). */
function differences(book: ExpectedBook, file: ExcelJS.Workbook): string[] {
  const out: string[] = [];
  const say = (s: string) => out.length < 20 && out.push(s);
  for (const [name, s] of book.sheets) {
    const ws = file.getWorksheet(name);
    if (!ws) {
      say(`no sheet ${name}`);
      continue;
    }
    const model = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> } }).dataValidations.model;
    for (const [a, e] of s.cells) {
      const at = parseRange(a).start;
      const got = ws.findCell(at.row, at.column);
      if (!e.slave) {
        const value = got?.value ?? null;
        if (value !== (e.value ?? null)) say(`${name}!${a}: value ${JSON.stringify(value)}, expected ${JSON.stringify(e.value ?? null)}`);
      }
      const [l, want] = [JSON.stringify(lookOf(got)), JSON.stringify(look(e))];
      if (l !== want) say(`${name}!${a}: style ${l}, expected ${want}`);
      const [v, wantV] = [JSON.stringify(validationOf(model[a])), JSON.stringify(e.validation ? validationOf(toExcelValidation(e.validation)) : null)];
      if (v !== wantV) say(`${name}!${a}: validation ${v}, expected ${wantV}`);
    }
    // nothing written that the changes did not ask for
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (c.type !== ExcelJS.ValueType.Merge && c.value !== null && !s.cells.has(c.address)) say(`${name}!${c.address}: unexpected value ${JSON.stringify(c.value)}`);
      }),
    );
    for (const a of Object.keys(model)) if (model[a] && !s.cells.get(a)?.validation) say(`${name}!${a}: unexpected validation`);
    const merges = [...(ws.model.merges ?? [])].sort();
    if (JSON.stringify(merges) !== JSON.stringify([...s.merges].sort())) say(`${name}: merges ${merges.join(" ")}, expected ${[...s.merges].sort().join(" ")}`);
    const cfs = ((ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []).map((cf) => ({ range: cf.ref, priority: cf.rules[0]?.priority }));
    if (JSON.stringify(cfs) !== JSON.stringify(s.formats)) say(`${name}: conditional formats ${JSON.stringify(cfs)}, expected ${JSON.stringify(s.formats)}`);
  }
  const names = file.definedNames.model.filter((n) => !n.name.startsWith("_xlnm."));
  if (names.length !== book.names.size) say(`${names.length} names, expected ${book.names.size}`);
  for (const n of names) {
    const e = book.names.get(n.name.toLowerCase());
    const got = n.ranges.map(splitRef);
    if (!e || e.name !== n.name || got.length !== 1 || got[0]!.sheet !== e.sheet || got[0]!.range !== e.range) say(`name ${n.name} → ${n.ranges.join(",")}, expected ${JSON.stringify(e)}`);
  }
  const meta: Record<string, string> = {};
  file.getWorksheet(METADATA_SHEET)?.eachRow((row, i) => {
    if (i > 1) meta[String(row.getCell(1).value)] = row.getCell(2).value === null ? "" : String(row.getCell(2).value);
  });
  if (JSON.stringify(meta) !== JSON.stringify(book.metadata)) say(`metadata differs: ${Object.keys(meta).length} keys, expected ${Object.keys(book.metadata).length}`);
  return out;
}

/** The cells of the workbook in memory: how many, how many style objects they hold, and how
 *  many different styles those objects describe. */
function styleObjects(wb: ExcelJS.Workbook): { cells: number; objects: number; styles: number } {
  const objects = new Set<unknown>();
  let cells = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: true }, (row) => {
      // every cell there is, empty ones too (eachCell skips cells without a value)
      for (const c of (row as unknown as { _cells: (ExcelJS.Cell | undefined)[] })._cells) {
        if (!c) continue;
        cells++;
        objects.add(c.style);
      }
    });
  }
  return { cells, objects: objects.size, styles: new Set([...objects].map((o) => JSON.stringify(o))).size };
}

const big = repeatedExample(400);
const multiYear = bigSet(180, { years: [2024, 2025], units: 5 });

const cases: [string, () => WorkbookChange[]][] = [
  ["the matrix of a 400-indicator set (a sheet per section)", () => matrixChanges(big)],
  ["a unit form with 上年值 and 说明", () => unitFormChanges(big, { unitId: big.units[0]!.id })],
  ["five units' forms and the matrix in one workbook, two years", () => templateChanges(buildFormsWorkbook(multiYear, { units: multiYear.units.map((u) => u.id), matrix: true }))],
  ["the indicator list", () => indicatorListChanges(big)],
];

describe.each(cases)("%s", (_label, make) => {
  const changes = make();
  const book = expected(changes);
  let file: ExcelJS.Workbook;
  let memory: ExcelJS.Workbook;

  beforeAll(async () => {
    ({ file, memory } = await written(changes));
  });

  test("reads back as the changes say: values, styles, formats, locks, validations, merges, names, metadata", () => {
    expect(differences(book, file)).toEqual([]);
  });

  test("one style object per distinct style, not one per cell", () => {
    const { cells, objects, styles } = styleObjects(memory);
    expect(cells).toBeGreaterThan(1000);
    expect(objects).toBe(styles);
    expect(styles).toBeLessThan(60);
  });
});

test("a damaged copy is caught: the check above fails when one validated cell loses its rule", async () => {
  const changes = matrixChanges(big);
  const book = expected(changes);
  const i = changes.findIndex((c) => c.op === "setDataValidation");
  const dropped = changes.filter((_, k) => k !== i);
  const { file } = await written(dropped);
  expect(differences(book, file).some((d) => d.includes("validation"))).toBe(true);
});

test("many conditional formats on one sheet keep their order of priority", async () => {
  const changes: WorkbookChange[] = [{ op: "addSheet", sheet: "S" }];
  for (let i = 1; i <= 60; i++) changes.push({ op: "addConditionalFormat", sheet: "S", range: `A${i}:C${i}`, format: { when: { operator: "greaterThan", value: i }, style: { fill: "#FFC7CE" } } });
  const { file } = await written(changes);
  expect(differences(expected(changes), file)).toEqual([]);
});

test("validation rectangles read every spelling of a cell address as parseCell does", () => {
  const a = { type: "whole", formulae: [1] } as ExcelJS.DataValidation;
  const b = { type: "whole", formulae: [2] } as ExcelJS.DataValidation;
  // capitals and digits take the quick path; the rest goes through parseCell
  expect(compressValidations({ XFD1048576: a, XFD1048575: a, AA10: b, AB10: b, $C$3: a, c4: a })).toEqual({ "C3:C4": a, "XFD1048575:XFD1048576": a, "AA10:AB10": b });
  expect(() => compressValidations({ A0: a })).toThrow(/outside/);
  expect(() => compressValidations({ XFE1: a })).toThrow();
});
