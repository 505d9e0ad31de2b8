// addChart on the Office.js backend, against the fake Excel (Excel itself is not on this
// machine): the chart reads the cells it was given, goes in with the other writes in the same
// request, and a host without ExcelApi 1.7 leaves it out and says so.
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { OfficeWorkbook, UnsupportedFeatureError } from "../../../src/workbook/office";
import { hostWorkbook } from "../../../src/taskpane/shared/host-workbook";
import { FakeExcel } from "./fake-excel";
import { installOffice, removeOffice } from "./helpers";

afterEach(() => removeOffice());

function host(minor: number) {
  installOffice(`1.${minor}` as "1.1");
  const fake = new FakeExcel({ apiVersion: minor, sheets: ["Sheet1"] });
  return { fake, wb: new OfficeWorkbook(fake.run) };
}

const table: WorkbookChange[] = [
  { op: "addSheet", sheet: "总览" },
  { op: "setValues", sheet: "总览", at: "A1", values: [["指标", "达标比例"], ["入学率", 0.5], ["巩固率", 1]] },
  { op: "addSheet", sheet: "分单位" },
  { op: "setValues", sheet: "分单位", at: "A1", values: [["指标", "一中", "二中", "三中"], ["入学率", 98, 95.5, null]] },
];
const share: WorkbookChange = {
  op: "addChart",
  sheet: "总览",
  chart: { kind: "bar", title: "各指标达标单位比例", categories: "A2:A3", series: [{ name: "达标比例", values: "B2:B3" }], max: 1, at: "D2", size: { width: 480, height: 300 } },
};
const byUnit: WorkbookChange = {
  op: "addChart",
  sheet: "总览",
  chart: { kind: "column", title: "入学率：各单位", dataSheet: "分单位", categories: "B1:D1", series: [{ name: "入学率", values: "B2:D2" }], at: "D20", size: { width: 480, height: 300 } },
};

test("writes the charts over the cells asked, in the same request as the rest", async () => {
  const { fake, wb } = host(9);
  const report = await wb.applyWithReport([...table, share, byUnit]);
  expect(report).toEqual({ skipped: [], requests: 2 }); // the probe, then one write request
  const charts = fake.sheet("总览").charts;
  expect(charts).toEqual([
    {
      type: "BarClustered",
      seriesBy: "Columns",
      title: "各指标达标单位比例",
      series: [{ name: "达标比例", values: "总览!B2:B3", categories: "总览!A2:A3" }],
      legend: false,
      dataLabels: true,
      categoriesReversed: true, // bars top down, as the table reads
      valueAxis: { minimum: 0, maximum: 1 },
      at: "D2",
      width: 480,
      height: 300,
    },
    expect.objectContaining({
      type: "ColumnClustered",
      seriesBy: "Rows",
      title: "入学率：各单位",
      // the data of another sheet: the chart follows 分单位 when a figure there is corrected
      series: [{ name: "入学率", values: "分单位!B2:D2", categories: "分单位!B1:D1" }],
      valueAxis: {},
      at: "D20",
    }),
  ]);
  expect(charts[1]!.categoriesReversed).toBeUndefined();
  expect(fake.requests[1]!.commands.filter((c) => c.startsWith("charts.add"))).toHaveLength(2);
  expect(fake.requests[1]!.commands.some((c) => c.startsWith("set values"))).toBe(true);
});

test("a second series goes in with its own name and values, the legend on", async () => {
  const { fake, wb } = host(9);
  const two: WorkbookChange = {
    op: "addChart",
    sheet: "分单位",
    chart: { kind: "column", title: "t", categories: "B1:D1", series: [{ name: "今年", values: "B2:D2" }, { name: "目标", values: "B1:D1" }], at: "A5", size: { width: 300, height: 200 } },
  };
  await wb.apply([...table, two]);
  const [chart] = fake.sheet("分单位").charts;
  expect(chart!.series.map((s) => [s.name, s.values])).toEqual([["今年", "分单位!B2:D2"], ["目标", "分单位!B1:D1"]]);
  expect(chart!.legend).toBe(true);
});

describe("a host without ExcelApi 1.7", () => {
  it("the hazard: series over separate ranges fail there at sync", async () => {
    const fake = new FakeExcel({ apiVersion: 6 });
    await expect(
      fake.run(async (context) => {
        const ws = context.workbook.worksheets.getItem("Sheet1");
        ws.charts.add("BarClustered", ws.getRange("B1:B3"), "Columns").series.getItemAt(0).setXAxisValues(ws.getRange("A1:A3"));
        await context.sync();
      }),
    ).rejects.toThrow(/ApiNotFound/);
  });

  it("refuses the chart before anything is written", async () => {
    const { fake, wb } = host(6);
    const error = await wb.apply([...table, share]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect(error).toMatchObject({ feature: "charts", requirementSet: "ExcelApi 1.7", changeIndex: 4, op: "addChart" });
    expect(fake.syncs).toBe(0);
  });

  it("degrade mode writes the rest, leaves the charts out and says so in the user's words", async () => {
    const { fake, wb } = host(6);
    const report = await wb.applyWithReport([...table, share, byUnit], { degrade: true });
    expect(report.skipped.map((s) => [s.index, s.op, s.feature, s.requirementSet])).toEqual([
      [4, "addChart", "charts", "ExcelApi 1.7"],
      [5, "addChart", "charts", "ExcelApi 1.7"],
    ]);
    expect(report.skipped[0]!.message["zh-CN"]).toMatch(/插入图表.*ExcelApi 1\.7.*图表没有插入，表中的数字和颜色不受影响/);
    expect(report.skipped[0]!.message["en-US"]).toMatch(/charts \(needs ExcelApi 1\.7\).*charts were left out/);
    expect(fake.sheet("总览").peek("A2")!.value).toBe("入学率");
    expect(fake.sheet("总览").charts).toEqual([]);
  });

  it("the pane's workbook reports the skipped charts once", async () => {
    installOffice("1.6");
    const fake = new FakeExcel({ apiVersion: 6 });
    const wb = hostWorkbook(fake.run);
    await wb.apply([...table, share, byUnit]);
    expect(wb.skipped()).toEqual([expect.objectContaining({ "zh-CN": expect.stringMatching(/图表没有插入/) })]);
    expect(fake.sheet("分单位").peek("B2")!.value).toBe(98);
  });
});

describe("checked before the first write", () => {
  const bad: [string, Partial<Extract<WorkbookChange, { op: "addChart" }>["chart"]>, RegExp][] = [
    ["a series shorter than the categories", { categories: "A1:A3", series: [{ name: "x", values: "B2:B3" }] }, /has 2 cells for 3 categories/],
    ["a block instead of a row or column", { categories: "A1:B3", series: [{ name: "x", values: "C1:C6" }] }, /A1:B3 is not one row or one column/],
    ["no series", { series: [] }, /needs a series/],
    ["no size", { size: { width: 0, height: 100 } }, /is not a size/],
    ["a data sheet that is not there", { dataSheet: "无此表" }, /sheet "无此表" does not exist/],
  ];
  it.each(bad)("%s", async (_what, patch, message) => {
    const { fake, wb } = host(9);
    const change = { ...share, chart: { ...(share as Extract<WorkbookChange, { op: "addChart" }>).chart, ...patch } } as WorkbookChange;
    await expect(wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: [["x"]] }, { op: "addSheet", sheet: "总览" }, change])).rejects.toThrow(message);
    expect(fake.syncs).toBe(1); // the probe only
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
  });
});

test("a sheet protected without allowEditObjects is unprotected for the chart and protected again", async () => {
  const { fake, wb } = host(9);
  await wb.apply([...table, { op: "protectSheet", sheet: "总览", options: { allowFormatCells: true } }]);
  await expect(
    fake.run(async (context) => {
      const ws = context.workbook.worksheets.getItem("总览");
      ws.charts.add("BarClustered", ws.getRange("B2:B3"), "Columns");
      await context.sync();
    }),
  ).rejects.toThrow(/AccessDenied/); // the hazard
  await wb.apply([share]);
  const sheet = fake.sheet("总览");
  expect(sheet.charts).toHaveLength(1);
  expect(sheet.protection.protected).toBe(true);
  expect(sheet.protection.options?.allowFormatCells).toBe(true);
});
