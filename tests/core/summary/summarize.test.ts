// The summary job over a round of returns with everything a real round has: a missing school,
// one school twice (an older-version copy and a current one), a file from another set, a broken
// file, an explained miss, an open error. Nothing stops the summary; everything is listed.
import { summarize } from "../../../src/core/jobs";
import { CancelledError } from "../../../src/core/jobs/progress";
import type { IndicatorSummary, Summary } from "../../../src/core/summary";
import { citySet, filledForm, source } from "./fixtures";
import { summaryChanges } from "../../../src/core/summary/layout";
import { messagesFor } from "../../../src/core/i18n/messages";
import { inRowBlocks } from "../../../src/core/workbook/in-row-blocks";
import { parseCell } from "../../../src/core/workbook/a1";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";

const set = citySet();
let summary: Summary;
const ind = (id: string): IndicatorSummary => summary.indicators.find((s) => s.indicator.id === id)!;
const unit = (id: string, u: string) => ind(id).units.find((x) => x.unitId === u)!;

beforeAll(async () => {
  const older = citySet({ version: "1.0" });
  const other = citySet({ id: "another_set" });
  const sources = [
    source("s1.xlsx", await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是", note: "按计划" }, { enrol_rate: "新校区九月启用" })),
    source("s2.xlsx", await filledForm(set, "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: "六十", accidents: 1, has_plan: "否" })),
    source("s3-old.xlsx", await filledForm(older, "s3", { enrolled: 1, age_group: 100, enrol_rate: 1, places: 1, accidents: 0, has_plan: "否" }), 2000),
    source("s3.xlsx", await filledForm(set, "s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" }), 1000),
    source("broken.xlsx", new Error("end of central directory not found")),
    source("other.xlsx", await filledForm(other, "s4", { enrolled: 1 })),
  ];
  summary = (await summarize(sources, set, { locale: "zh-CN" })).summary;
});

test("who returned, who is missing, and every file not used with why", () => {
  expect(summary.units.map((u) => u.id)).toEqual(["s1", "s2", "s3", "s4"]);
  expect(summary.returned).toEqual(["s1", "s2", "s3"]);
  expect(summary.missing).toEqual(["s4"]);
  const status = Object.fromEntries(summary.workbooks.map((w) => [w.name, w.status]));
  expect(status).toEqual({ "s1.xlsx": "checked", "s2.xlsx": "checked", "s3-old.xlsx": "outdated", "s3.xlsx": "checked", "broken.xlsx": "unreadable", "other.xlsx": "other-set" });
  expect(summary.workbooks.find((w) => w.name === "broken.xlsx")!.reason!["zh-CN"]).toContain("broken.xlsx");
  expect(summary.workbooks.find((w) => w.name === "other.xlsx")!.reason!["zh-CN"]).toContain("another_set");
});

test("a unit returned twice: the copy of the current version wins over a newer copy of an older version, and the summary says why", () => {
  expect(summary.duplicates).toEqual([{ unitId: "s3", files: ["s3-old.xlsx", "s3.xlsx"], used: "s3.xlsx", why: expect.objectContaining({ "zh-CN": expect.stringContaining("当前版本") }) }]);
  expect(unit("enrolled", "s3").value).toBe(97);
});

test("a rate is the ratio of sums over the units, with subtotals up the tree by the same method", () => {
  const rate = ind("enrol_rate");
  expect(rate.all.method).toBe("ratio");
  expect(rate.all.total).toBeCloseTo(((900 + 5 + 97) / (1000 + 10 + 100)) * 100, 10);
  const sub = Object.fromEntries(rate.subtotals.map((s) => [s.unitId, s.total]));
  expect(sub.d1).toBeCloseTo((905 / 1010) * 100, 10);
  expect(sub.d2).toBeCloseTo(97, 10);
  expect(sub.city).toBeCloseTo(rate.all.total!, 10);
  expect(rate.status).toBe("missed");
});

test("each unit's status against the target that binds it, with the explanation given", () => {
  expect(unit("enrol_rate", "s1")).toMatchObject({ status: "explained", explanation: "新校区九月启用" });
  expect(unit("enrol_rate", "s2").status).toBe("missed");
  expect(unit("enrol_rate", "s3").status).toBe("met");
  expect(unit("enrol_rate", "s4").status).toBe("missing");
  expect(ind("enrol_rate")).toMatchObject({ met: 1, returned: 3 });
});

test("an additive target is the bureau's total: no unit misses it, the total meets it; a figure with an error is left out", () => {
  const places = ind("places");
  expect(unit("places", "s1").status).toBe("reported");
  expect(unit("places", "s2")).toMatchObject({ status: "error", value: null, raw: "六十" });
  expect(places.all.total).toBe(110);
  expect(places.status).toBe("met");
  // 不发生事故 (= 0) binds every unit
  expect(unit("accidents", "s2").status).toBe("missed");
  expect(ind("accidents").status).toBe("missed");
});

test("yes/no: how many said yes; text: the answers", () => {
  expect(ind("has_plan").all.yes).toEqual({ yes: 2, answered: 3 });
  expect(ind("has_plan").status).toBe("missed");
  expect(ind("note").all.distribution).toEqual([{ answer: "按计划", units: 1 }]);
});

test("every unit figure knows its file, sheet and cell", () => {
  const s1 = unit("enrolled", "s1");
  expect(s1.source).toEqual({ file: "s1.xlsx", sheet: "填报表", cell: expect.stringMatching(/^[A-Z]+\d+$/) });
  expect(unit("enrolled", "s4").source).toBeUndefined();
});

test("what needs attention: open errors and explained misses, from the copy that counts only", () => {
  const rules = summary.findings.map((f) => `${f.unit}:${f.rule}`);
  expect(rules).toContain("s2:value.not_a_number");
  expect(rules).toContain("s1:target.missed");
  expect(summary.findings.every((f) => f.file !== "s3-old.xlsx" && f.rule !== "units.duplicate")).toBe(true);
});

test("progress is reported per file, and a cancelled summary stops with CancelledError", async () => {
  const seen: number[] = [];
  const wb = await filledForm(set, "s1", { enrolled: 1 });
  await summarize([source("a.xlsx", wb), source("b.xlsx", wb)], set, { locale: "zh-CN", onProgress: (p) => seen.push(p.done) });
  expect(seen).toEqual([1, 2]);
  const controller = new AbortController();
  const run = summarize([source("a.xlsx", wb), source("b.xlsx", wb)], set, { locale: "zh-CN", signal: controller.signal, onProgress: () => controller.abort() });
  await expect(run).rejects.toBeInstanceOf(CancelledError);
});

test("来源: one column per unit with its file and sheet, each figure's cell where it was read", () => {
  const changes = summaryChanges(summary, "zh-CN");
  const m = messagesFor("zh-CN").summary;
  const grid = changes.filter((c): c is Extract<WorkbookChange, { op: "setValues" }> => c.op === "setValues" && c.sheet === m.sourcesSheet).flatMap((c) => c.values);
  const ids = grid[3]!;
  const files = grid[4]!;
  const sheets = grid[5]!;
  // the copy that counts for s3 is named, the missing s4 has none
  expect(files[ids.indexOf("s3")]).toBe("s3.xlsx");
  expect(files[ids.indexOf("s4")]).toBeNull();
  let seen = 0;
  for (const [i, s] of summary.indicators.entries()) {
    const row = grid[6 + i]!;
    expect(row[0]).toBe(s.indicator.id);
    for (const v of s.units) {
      const col = ids.indexOf(v.unitId);
      if (!v.source) {
        expect(row[col]).toBeNull();
        continue;
      }
      seen++;
      expect(files[col]).toBe(v.source.file);
      expect(row[col]).toBe(v.source.sheet === sheets[col] ? v.source.cell : `'${v.source.sheet}'!${v.source.cell}`);
    }
  }
  expect(seen).toBeGreaterThan(10);
  // as many cells as the 分单位 grid, not one row per figure
  expect(grid.length).toBe(6 + summary.indicators.length);
});

test("a summary too big for one change is written in blocks of rows, cell for cell the same", () => {
  const changes = summaryChanges(summary, "zh-CN");
  const blocks = inRowBlocks(changes, 7);
  expect(blocks.length).toBeGreaterThan(changes.length);
  const cells = (cs: WorkbookChange[]) => {
    const out = new Map<string, unknown>();
    for (const c of cs) {
      if (c.op !== "setValues") continue;
      const at = parseCell(c.at);
      c.values.forEach((r, i) => r.forEach((v, j) => out.set(`${c.sheet}!${at.row + i},${at.column + j}`, v)));
    }
    return out;
  };
  expect(cells(blocks)).toEqual(cells(changes));
  for (const c of blocks) if (c.op === "setValues") expect(c.values.length * (c.values[0]?.length ?? 0)).toBeLessThanOrEqual(Math.max(7, c.values[0]?.length ?? 0));
});
