// A workbook holding the matrix and units' own forms, put together as the pane does it (the
// matrix, then forms added one at a time): 校验 checks each form as what it is, and `validate`
// on the saved file and the pane on the in-memory Excel give the same findings.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formsFor } from "../../src/core/jobs";
import { checkWorkbooks } from "../../src/core/jobs/check-workbooks";
import { planInsert } from "../../src/core/layout/insert";
import { readEntries, workbookNow } from "../../src/core/template";
import type { CellValue, Workbook, WorkbookChange } from "../../src/core/workbook/workbook";
import { checkOpenWorkbook } from "../../src/taskpane/check/check-open-workbook";
import { hostWorkbook } from "../../src/taskpane/shared/host-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { LiveCheck } from "../../src/core/validate/live";
import { cli } from "../support/cli";
import { CLEAN, CLEAN_BASELINE, exampleSet } from "../core/validate/fixtures";
import { FakeExcel } from "../workbook/office/fake-excel";
import { installOffice, removeOffice } from "../workbook/office/helpers";

const setPath = join(__dirname, "../../examples/district-balanced-development.set.json");
const set = exampleSet();
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "it-mixed-"));
  installOffice("1.9");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeOffice();
});

/** Forms into a workbook as the pane puts them: into what is there, with the sheets it has. */
async function add(wb: Workbook, request: { layout: "unit-form" | "matrix"; units?: string[] }): Promise<void> {
  const into = await workbookNow(wb);
  const r = formsFor(set, { ...request, oneWorkbook: true, into, locale: "zh-CN" });
  if (!r.ok) throw new Error(r.problem["en-US"]);
  const plan = planInsert(await wb.sheets(), r.forms[0]!.changes);
  if (!plan.ok) throw new Error(plan.conflicts.join());
  await wb.apply(plan.changes);
}

/** linjiang's and yufan's own sheets filled (yufan with text in a number), chengxi in the
 *  matrix's column; xincheng and chengdong left empty. */
async function fillIn(wb: Workbook): Promise<WorkbookChange[]> {
  const fill: WorkbookChange[] = [];
  for (const e of (await readEntries(wb)).entries) {
    const own = e.sheet === "临江镇" || e.sheet === "俞范街道" || (e.sheet === "各单位填报" && e.unitId === "chengxi");
    if (!own) continue;
    let v: CellValue | undefined = e.kind === "value" ? (CLEAN[e.indicatorId] as CellValue) : e.kind === "baseline" ? (CLEAN_BASELINE[e.indicatorId] as CellValue) : undefined;
    if (e.unitId === "yufan" && e.kind === "value" && e.indicatorId === "training_person_times") v = "约三万";
    if (v !== undefined && v !== null) fill.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v]] });
  }
  await wb.apply(fill);
  return fill;
}

test("each form is checked as what it is: units' own sheets as their forms, the matrix's other columns as the matrix", async () => {
  const wb = XlsxWorkbook.create();
  await add(wb, { layout: "matrix" });
  await add(wb, { layout: "unit-form", units: ["linjiang"] });
  await add(wb, { layout: "unit-form", units: ["yufan"] });
  await fillIn(wb);
  const r = await checkWorkbooks([{ name: "当前工作簿", open: async () => wb }], set);

  expect(r.workbooks[0]!.status).toBe("checked");
  expect(new Set(r.workbooks[0]!.units)).toEqual(new Set(["xincheng", "linjiang", "yufan", "chengdong", "chengxi"]));
  // one submission per unit: the empty matrix columns of units with their own form are set aside
  expect(r.submissions.map((s) => s.unitId).sort()).toEqual(["chengdong", "chengxi", "linjiang", "xincheng", "yufan"]);
  expect(r.findings.filter((f) => f.rule === "units.duplicate")).toEqual([]);
  expect(r.findings.filter((f) => f.unit === "linjiang")).toEqual([]);
  expect(r.findings.filter((f) => f.unit === "chengxi")).toEqual([]);
  expect(r.findings.filter((f) => f.unit === "yufan").map((f) => [f.sheet, f.rule])).toEqual(expect.arrayContaining([["俞范街道", "value.not_a_number"]]));
  expect(r.findings.filter((f) => f.unit === "yufan").every((f) => f.sheet === "俞范街道")).toBe(true);
  // the units only the matrix asks for: what is missing, once, on the matrix's cells
  const required = r.findings.filter((f) => f.rule === "value.required");
  const requiredIds = set.indicators.filter((i) => i.required).length;
  expect(required.length).toBe(2 * requiredIds);
  expect(new Set(required.map((f) => `${f.unit} ${f.sheet}`))).toEqual(new Set(["xincheng 各单位填报", "chengdong 各单位填报"]));
});

test("validate (CLI, .xlsx) and 校验 (pane, Office.js) give the same findings on a workbook of matrix and forms", async () => {
  const excel = new FakeExcel({ sheets: [] });
  const host = hostWorkbook(excel.run);
  await add(host, { layout: "matrix" });
  await add(host, { layout: "unit-form", units: ["linjiang", "yufan"] });
  await fillIn(host);

  const file = XlsxWorkbook.create();
  await add(file, { layout: "matrix" });
  await add(file, { layout: "unit-form", units: ["linjiang", "yufan"] });
  await fillIn(file);
  const path = join(dir, "mixed.xlsx");
  await file.saveAs(path);

  const r = await cli(["validate", path, "--set", setPath, "--format", "json"]);
  expect(r.code).toBe(1);
  type Row = { sheet: string | null; cell: string | null; rule: string; severity: string; unit: string | null; indicator: string | null; message: string };
  const key = (f: Row) => JSON.stringify([f.sheet, f.cell, f.rule, f.severity, f.unit, f.indicator, f.message]);
  const fromCli = (JSON.parse(r.stdout).findings as Row[]).map(key).sort();
  const pane = await checkOpenWorkbook(() => host, set, "当前工作簿");
  const fromPane = pane.findings.map((f) => key({ sheet: f.sheet ?? null, cell: f.cell ?? null, rule: f.rule, severity: f.severity, unit: f.unit ?? null, indicator: f.indicator ?? null, message: f.message["zh-CN"] })).sort();
  expect(fromPane).toEqual(fromCli);
  expect(fromPane.length).toBeGreaterThan(0);
  expect(pane.findings.some((f) => f.sheet === "俞范街道" && f.rule === "value.not_a_number")).toBe(true);
});

test("live checking while a clerk types sees a mixed workbook as the check does: the same findings, after an edit too", async () => {
  const wb = XlsxWorkbook.create();
  await add(wb, { layout: "matrix" });
  await add(wb, { layout: "unit-form", units: ["linjiang"] });
  await fillIn(wb);
  const checked = async () => (await checkWorkbooks([{ name: "", open: async () => wb }], set)).workbooks[0]!.findings;
  const live = await LiveCheck.start(wb, set);
  const key = (f: { rule: string; unit?: string; sheet?: string; cell?: string }) => `${f.rule} ${f.unit} ${f.sheet}!${f.cell}`;
  expect(live.findings().map(key)).toEqual((await checked()).map(key));
  expect(live.findings().filter((f) => f.unit === "linjiang")).toEqual([]);

  // linjiang types text into a number cell of its own sheet
  const cell = (await readEntries(wb)).entries.find((e) => e.sheet === "临江镇" && e.kind === "value" && e.indicatorId === "training_person_times")!;
  await wb.apply([{ op: "setValues", sheet: cell.sheet, at: cell.cell, values: [["约三万"]] }]);
  const after = await live.changed(cell.sheet, cell.cell);
  const own = after.filter((f) => f.unit === "linjiang");
  expect(own.map((f) => [f.sheet, f.cell, f.rule])).toContainEqual(["临江镇", cell.cell, "value.not_a_number"]);
  expect(own.every((f) => f.sheet === "临江镇")).toBe(true);
  expect(after.map(key)).toEqual((await checked()).map(key));
});
