// The summary with its charts on both backends: Office.js (the fake Excel; Excel is not on this
// machine) draws them in the same request as every other write; the .xlsx writer skips them
// without error and keeps its data bars.
import JSZip from "jszip";
import { summarize, type SummarizeResult } from "../../../src/core/jobs";
import { messagesFor } from "../../../src/core/i18n/messages";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { citySet, filledForm, source } from "../../core/summary/fixtures";
import { FakeExcel } from "../office/fake-excel";
import { installOffice, removeOffice } from "../office/helpers";

const set = citySet();
const m = messagesFor("zh-CN").summary;
let result: SummarizeResult;

beforeAll(async () => {
  result = await summarize(
    [
      source("s1.xlsx", await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" })),
      source("s3.xlsx", await filledForm(set, "s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" })),
    ],
    set,
    { locale: "zh-CN" },
  );
});
afterEach(() => removeOffice());

test("Office.js: the whole summary, charts included, in one write request", async () => {
  installOffice("1.9");
  const fake = new FakeExcel();
  const report = await new OfficeWorkbook(fake.run).applyWithReport(result.changes);
  expect(report).toEqual({ skipped: [], requests: 2 }); // the probe, then one write request
  const charts = fake.sheet(m.overviewSheet).charts;
  expect(charts.map((c) => [c.title, c.series.map((s) => [s.values, s.categories])])).toEqual([
    [m.chartShare, [[`${m.overviewSheet}!Q6:Q9`, `${m.overviewSheet}!C6:C9`]]],
    [m.chartByUnit("入学率", "%"), [[`${m.byUnitSheet}!D7:G7`, `${m.byUnitSheet}!D3:G3`]]],
  ]);
});

test("Office.js before ExcelApi 1.7 (Office 2016): the summary goes in, the charts are reported as left out", async () => {
  installOffice("1.6");
  const fake = new FakeExcel({ apiVersion: 6 });
  const report = await new OfficeWorkbook(fake.run).applyWithReport(result.changes, { degrade: true });
  expect(new Set(report.skipped.map((s) => s.feature))).toEqual(new Set(["charts", "freezePanes", "pageLayout"]));
  expect(report.skipped.filter((s) => s.op === "addChart")).toHaveLength(2);
  expect(fake.sheet(m.overviewSheet).charts).toEqual([]);
  expect(fake.sheet(m.overviewSheet).peek("C6")!.value).toBe("入学率");
});

test(".xlsx: charts are skipped without error; the data bars stay and no chart part is written", async () => {
  const wb = XlsxWorkbook.create();
  await expect(wb.apply(result.changes)).resolves.toBeUndefined();
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  expect(Object.keys(zip.files).filter((f) => f.includes("chart"))).toEqual([]);
  const sheets = await wb.sheets();
  const overviewXml = await zip.file(`xl/worksheets/sheet${sheets.findIndex((s) => s.name === m.overviewSheet) + 1}.xml`)!.async("string");
  expect(overviewXml).toMatch(/<dataBar/);
  const [q] = await wb.read([{ sheet: m.overviewSheet, range: "Q3:Q6" }]);
  expect(q!.values[0]).toEqual([m.shareHeader]);
  expect(q!.formulas[3]).toEqual(['=IF(N(I6)=0,"",H6/I6)']);
});

test(".xlsx: a malformed chart is still refused before anything is applied", async () => {
  const wb = XlsxWorkbook.create();
  await expect(
    wb.apply([
      { op: "addSheet", sheet: "S" },
      { op: "addChart", sheet: "S", chart: { kind: "bar", title: "t", dataSheet: "missing", categories: "A1:A2", series: [{ name: "x", values: "B1:B2" }], at: "D2", size: { width: 1, height: 1 } } },
    ]),
  ).rejects.toThrow(/change 2 of 2 \(addChart\).*missing.*nothing was applied/);
  expect(await wb.sheets()).toEqual([]);
});
