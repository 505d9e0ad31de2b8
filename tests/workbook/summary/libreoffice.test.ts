// LibreOffice opens the summary workbook, recalculates every formula itself, and gets what core
// computed: each total and status on 总览 and each parent's subtotal on 分单位. Then a corrected
// figure recalculates: the totals are formulas, not copies. openpyxl reads the data bars back.
import { execFileSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarize, type SummarizeResult } from "../../../src/core/jobs";
import { messagesFor } from "../../../src/core/i18n/messages";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { citySet, filledForm, source } from "../../core/summary/fixtures";
import { sheetsAsCsv, soffice } from "../../support/libreoffice";
import { describeWith, findOpenpyxl } from "../../support/real-programs";

const set = citySet();
const m = messagesFor("zh-CN").summary;
const python = findOpenpyxl();

async function round(): Promise<SummarizeResult> {
  return summarize(
    [
      source("s1.xlsx", await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是", note: "按计划" })),
      source("s2.xlsx", await filledForm(set, "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: 7, accidents: 0, has_plan: "否" })),
      source("s3.xlsx", await filledForm(set, "s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" })),
    ],
    set,
    { locale: "zh-CN" },
  );
}

const num = (s: string | undefined) => (s === undefined || s === "" ? null : Number(s));

describeWith(soffice)("LibreOffice recalculates the summary workbook to core's figures", () => {
  let dir: string;
  let result: SummarizeResult;
  let file: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-summary-lo-"));
    result = await round();
    const wb = XlsxWorkbook.create();
    await wb.apply(result.changes);
    file = join(dir, "summary.xlsx");
    await wb.saveAs(file);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("总览: every total and status; 分单位: every parent's subtotal", async () => {
    const sheets = await sheetsAsCsv(dir, file);
    expect([...sheets.keys()].filter((n) => !n.startsWith("_")).sort()).toEqual([m.overviewSheet, m.byUnitSheet, m.problemsSheet, m.sourcesSheet].sort());
    const overview = sheets.get(m.overviewSheet)!;
    const byUnit = sheets.get(m.byUnitSheet)!;
    const parentColumns = new Map(byUnit[3]!.map((id, i) => [id, i]));
    result.summary.indicators.forEach((s, i) => {
      const row = overview[3 + i]!;
      expect(row[1]).toBe(s.indicator.id);
      if (s.all.yes) expect(num(row[5])).toBe(s.all.yes.yes);
      else if (s.all.total === null) expect(row[5] === "" || s.all.distribution !== undefined).toBe(true);
      else expect(num(row[5])).toBeCloseTo(s.all.total, 9);
      expect(row[9]).toBe(m.status[s.status]);
      const unitRow = byUnit[4 + i]!;
      for (const sub of s.subtotals) {
        const shown = unitRow[parentColumns.get(sub.unitId)!];
        if (sub.yes) expect(num(shown)).toBe(sub.yes.yes);
        else if (sub.total === null) expect(shown ?? "").toBe("");
        else expect(num(shown)).toBeCloseTo(sub.total, 9);
      }
    });
    // the rate is the ratio of sums, not the mean of 90, 50 and 97
    const rate = overview.find((r) => r[1] === "enrol_rate")!;
    expect(num(rate[5])).toBeCloseTo((1002 / 1110) * 100, 9);
  }, 150_000);

  test("a figure corrected on 分单位 recalculates the total and the status", async () => {
    const wb = await XlsxWorkbook.fromFile(file);
    const [grid] = await wb.read([{ sheet: m.byUnitSheet }]);
    const r = grid!.values.findIndex((row) => row[0] === "places");
    const c = grid!.values[3]!.indexOf("s2");
    // places: 60 + 7 + 50 = 117 ≥ 100 met; correct s2's 7 to 0 → 110, still met; to -… no: use enrol figures
    const enrolledRow = grid!.values.findIndex((row) => row[0] === "enrolled");
    await wb.apply([{ op: "setValues", sheet: m.byUnitSheet, at: `${String.fromCharCode(65 + c)}${enrolledRow + 1}`, values: [[10]] }]);
    const corrected = join(dir, "corrected.xlsx");
    await wb.saveAs(corrected);
    const overview = (await sheetsAsCsv(dir, corrected)).get(m.overviewSheet)!;
    expect(num(overview.find((row) => row[1] === "enrolled")![5])).toBe(1007);
    expect(num(overview.find((row) => row[1] === "enrol_rate")![5])).toBeCloseTo((1007 / 1110) * 100, 9);
    expect(r).toBeGreaterThan(0);
  }, 150_000);

  describeWith(python)("openpyxl", () => {
    test("reads the data bars on 总览 and 分单位", () => {
      const script = [
        "import sys, json, openpyxl",
        "wb = openpyxl.load_workbook(sys.argv[1])",
        "out = {}",
        "for ws in wb.worksheets:",
        "    out[ws.title] = sum(1 for rng in ws.conditional_formatting for rule in rng.rules if rule.type == 'dataBar')",
        "print(json.dumps(out))",
      ].join("\n");
      const bars = JSON.parse(execFileSync(python.path, ["-c", script, file], { encoding: "utf8" })) as Record<string, number>;
      expect(bars[m.overviewSheet]).toBe(1);
      const numericRows = result.summary.indicators.filter((s) => s.all.stats && s.all.method !== "distribution").length;
      expect(bars[m.byUnitSheet]).toBe(numericRows);
    });
  });
});
