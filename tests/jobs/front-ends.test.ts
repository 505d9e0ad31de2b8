// The CLI and the task pane give the same answers: one filled matrix, saved as an .xlsx file for
// `validate` and put into the in-memory Excel (the test fake behind the pane's Office.js
// backend) for the pane's 校验, gives the same findings on the same cells.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matrixChanges, readEntries } from "../../src/core/template";
import type { CellValue, WorkbookChange } from "../../src/core/workbook/workbook";
import { hostWorkbook } from "../../src/taskpane/shared/host-workbook";
import { checkOpenWorkbook } from "../../src/taskpane/check/check-open-workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cli } from "../support/cli";
import { CLEAN, exampleSet } from "../core/validate/fixtures";
import { FakeExcel } from "../workbook/office/fake-excel";
import { installOffice, removeOffice } from "../workbook/office/helpers";

const setPath = join(__dirname, "../../examples/district-balanced-development.set.json");
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "it-front-ends-"));
  installOffice("1.9");
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  removeOffice();
});

// Per unit, what differs from the clean figures: a blank, text in a number, a missed target,
// a broken sum, and a figure a hundred times the others'.
const FAULTS: Record<string, Record<string, CellValue>> = {
  xincheng: { preschool_net_enrolment: null, preschool_age_children: 1000 },
  linjiang: { training_person_times: "约三万", preschool_age_children: 1100 },
  yufan: { junior_to_senior_rate: 90, preschool_age_children: 120000 },
  chengdong: { training_cadre_teacher: 1, preschool_age_children: 1200 },
  chengxi: { preschool_age_children: 1300 },
};

test("validate (CLI, .xlsx) and 校验 (task pane, Office.js) report the same findings", async () => {
  const set = exampleSet();
  const blank = matrixChanges(set);
  const scratch = XlsxWorkbook.create();
  await scratch.apply(blank);
  const fill: WorkbookChange[] = [];
  for (const e of (await readEntries(scratch)).entries) {
    if (e.kind !== "value") continue;
    const own = FAULTS[e.unitId] ?? {};
    const v = e.indicatorId in own ? own[e.indicatorId] : (CLEAN[e.indicatorId] as CellValue);
    if (v !== null && v !== undefined) fill.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v]] });
  }
  await scratch.apply(fill);
  const file = join(dir, "matrix.xlsx");
  await scratch.saveAs(file);

  const excel = new FakeExcel({ sheets: [] });
  const host = hostWorkbook(excel.run);
  await host.apply([...blank, ...fill]);

  const r = await cli(["validate", file, "--set", setPath, "--format", "json"]);
  expect(r.code).toBe(1);
  const fromCli = JSON.parse(r.stdout).findings as { sheet: string | null; cell: string | null; rule: string; severity: string; unit: string | null; indicator: string | null; message: string }[];
  const pane = await checkOpenWorkbook(() => host, set, "当前工作簿");
  const fromPane = pane.findings.map((f) => ({ sheet: f.sheet ?? null, cell: f.cell ?? null, rule: f.rule, severity: f.severity, unit: f.unit ?? null, indicator: f.indicator ?? null, message: f.message["zh-CN"] }));

  const key = (f: { sheet: string | null; cell: string | null; rule: string; severity: string; unit: string | null; indicator: string | null; message: string }) => JSON.stringify([f.sheet, f.cell, f.rule, f.severity, f.unit, f.indicator, f.message]);
  expect(fromCli.map(key).sort()).toEqual(fromPane.map(key).sort());
  // and the checks the pane once skipped are there: across units, on the cells they name
  const rules = new Set(fromPane.map((f) => f.rule));
  for (const rule of ["value.required", "value.not_a_number", "target.missed", "rule.training_parts_sum", "units.outlier"]) expect(rules).toContain(rule);
});
