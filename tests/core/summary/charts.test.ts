// The summary's charts as data: what they read, and only when there is something to draw.
import { summarize } from "../../../src/core/jobs";
import { messagesFor } from "../../../src/core/i18n/messages";
import { chartableIndicators, summaryChanges } from "../../../src/core/summary/layout";
import type { Summary } from "../../../src/core/summary";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { citySet, filledForm, source } from "./fixtures";

type AddChart = Extract<WorkbookChange, { op: "addChart" }>;
const m = messagesFor("zh-CN").summary;
const set = citySet();
let summary: Summary;

beforeAll(async () => {
  summary = (
    await summarize(
      [
        source("s1.xlsx", await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" })),
        source("s2.xlsx", await filledForm(set, "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: 7, accidents: 1, has_plan: "否" })),
      ],
      set,
      { locale: "zh-CN" },
    )
  ).summary;
});

const chartsOf = (changes: WorkbookChange[]) => changes.filter((c): c is AddChart => c.op === "addChart");

test("the share of units meeting each target, read from 总览's own columns", () => {
  const changes = summaryChanges(summary, "zh-CN");
  const [share] = chartsOf(changes);
  // 总览 rows 4…: enrolled, age_group, enrol_rate (6), places (7, the bureau's total only),
  // accidents (8), has_plan (9), note: the rows some unit target binds, first to last
  expect(share).toEqual({
    op: "addChart",
    sheet: m.overviewSheet,
    chart: expect.objectContaining({ kind: "bar", title: m.chartShare, categories: "C6:C9", series: [{ name: m.shareHeader, values: "Q6:Q9" }], max: 1, at: "D13" }),
  });
  // the column it reads is a live formula over the units met and returned, as a percentage
  const formulas = changes.filter((c): c is Extract<WorkbookChange, { op: "setFormulas" }> => c.op === "setFormulas" && c.sheet === m.overviewSheet);
  expect(formulas.find((c) => c.at === "Q6")!.formulas).toEqual([['=IF(N(I6)=0,"",H6/I6)']]);
  expect(formulas.find((c) => c.at === "Q7")).toBeUndefined(); // no unit target: nothing to share
  expect(changes).toContainEqual({ op: "setNumberFormat", sheet: m.overviewSheet, range: "Q4:Q10", format: "0%" });
  const header = changes.find((c) => c.op === "setValues" && c.sheet === m.overviewSheet && c.at === "A1") as Extract<WorkbookChange, { op: "setValues" }>;
  expect(header.values[2]![16]).toBe(m.shareHeader);
});

test("achievement by unit: the first indicator with a target and unit figures, read from 分单位", () => {
  expect(chartableIndicators(summary).map((s) => s.indicator.id)).toEqual(["enrol_rate", "places", "accidents"]);
  const changes = summaryChanges(summary, "zh-CN");
  const byUnit = chartsOf(changes)[1]!;
  // 分单位: unit names in row 3, columns D…G (s1…s4); enrol_rate is its third indicator, row 7
  expect(byUnit.chart).toMatchObject({
    title: m.chartByUnit("入学率", "%"),
    dataSheet: m.byUnitSheet,
    categories: "D3:G3",
    series: [{ name: "入学率", values: "D7:G7" }],
    at: "K13",
  });
  expect(byUnit.chart.max).toBeUndefined();
  // after the sheets it reads
  expect(changes.indexOf(byUnit)).toBeGreaterThan(changes.findIndex((c) => c.op === "addSheet" && c.sheet === m.byUnitSheet));
});

test("the options choose the indicator; one that cannot be charted gets no chart", () => {
  const places = chartsOf(summaryChanges(summary, "zh-CN", { chartIndicator: "places" }))[1]!;
  expect(places.chart.series).toEqual([{ name: "新增学位", values: "D8:G8" }]);
  for (const id of ["has_plan", "note", "enrolled", "nope"]) {
    expect(chartsOf(summaryChanges(summary, "zh-CN", { chartIndicator: id })).map((c) => c.chart.title)).toEqual([m.chartShare]);
  }
});

test("nothing returned: no chart", async () => {
  const none = (await summarize([], set, { locale: "zh-CN" })).summary;
  expect(chartableIndicators(none)).toEqual([]);
  expect(chartsOf(summaryChanges(none, "zh-CN"))).toEqual([]);
});

test("returns without any unit target: no share chart, the by-unit chart still drawn", async () => {
  const plain = citySet({ indicators: [{ id: "enrolled", name: "在校生数", unit: "人", valueType: "count", targets: [{ comparator: ">=", value: 100 }] }] });
  const s = (await summarize([source("s1.xlsx", await filledForm(plain, "s1", { enrolled: 900 }))], plain, { locale: "zh-CN" })).summary;
  expect(chartsOf(summaryChanges(s, "en-US")).map((c) => c.chart.title)).toEqual([messagesFor("en-US").summary.chartByUnit("在校生数", "人")]);
});

test("the summary job charts the indicator the caller chose by unit", async () => {
  const forms = [source("s1.xlsx", await filledForm(set, "s1", { places: 60, accidents: 0 })), source("s2.xlsx", await filledForm(set, "s2", { places: 7, accidents: 1 }))];
  const byUnitTitle = (changes: WorkbookChange[]) => chartsOf(changes).find((c) => c.chart.title !== m.chartShare)?.chart.title;
  const chosen = await summarize(forms, set, { locale: "zh-CN", chartIndicator: "accidents" });
  const plain = await summarize(forms, set, { locale: "zh-CN" });
  const name = (id: string) => set.indicators.find((i) => i.id === id)!.name;
  expect(byUnitTitle(chosen.changes)).toContain(name("accidents"));
  expect(byUnitTitle(plain.changes)).not.toContain(name("accidents"));
});
