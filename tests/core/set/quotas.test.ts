// 任务分解: a plan's total split into each unit's quota. A unit's form shows and checks its own
// share; without a quota an additive target is the bureau's total and no unit is warned for it.
import { loadIndicatorSet, parseQuotaTable, replaceQuotas, unitTargets } from "../../../src/core/set";
import { buildSummary } from "../../../src/core/summary";
import { unitFormChanges } from "../../../src/core/template";
import { validateSubmission, type Submission } from "../../../src/core/validate";
import { CITY_INPUT, citySet } from "../summary/fixtures";

const set = citySet({ quotas: [{ indicator: "places", unit: "s1", value: 40 }] });
const places = set.indicators.find((i) => i.id === "places")!;

function submission(unitId: string, values: Record<string, number>, notes: Record<string, string> = {}): Submission {
  return {
    file: `${unitId}.xlsx`,
    unitId,
    entries: [
      ...Object.entries(values).map(([id, v], i) => ({ file: `${unitId}.xlsx`, sheet: "填报表", cell: `E${5 + i}`, indicatorId: id, unitId, kind: "value" as const, raw: v })),
      ...Object.entries(notes).map(([id, v], i) => ({ file: `${unitId}.xlsx`, sheet: "填报表", cell: `G${5 + i}`, indicatorId: id, unitId, kind: "note" as const, raw: v })),
    ],
  };
}

test("a unit with a quota answers for it (at least its share, like the total); a unit without one does not answer for the total", () => {
  expect(unitTargets(set, places, "s1", 2024)).toEqual([{ target: { comparator: ">=", value: 40, basis: "absolute" }, quota: expect.objectContaining({ value: 40 }) }]);
  expect(unitTargets(set, places, "s2", 2024)).toEqual([]);
  const missed = validateSubmission(set, submission("s1", { places: 30 }));
  expect(missed.map((f) => [f.rule, f.message["zh-CN"]])).toEqual([["target.quota_missed", "“新增学位”填报值 30个 未达到本单位任务 ≥40个。如属实，请在“说明”中写明原因。"]]);
  expect(validateSubmission(set, submission("s2", { places: 30 }))).toEqual([]);
  // the plan's = 0 still binds every unit, quota or not
  expect(validateSubmission(set, submission("s2", { accidents: 1 })).map((f) => f.rule)).toEqual(["target.missed"]);
});

test("the unit's form shows its quota beside the area's target, in the column and in the prompt", () => {
  const changes = unitFormChanges(set, { unitId: "s1" });
  const text = JSON.stringify(changes);
  expect(text).toContain("本单位任务 ≥40个（全区目标 ≥100个）");
  const other = JSON.stringify(unitFormChanges(set, { unitId: "s2" }));
  expect(other).not.toContain("本单位任务");
});

test("the summary counts a quota met or missed per unit", () => {
  const s1 = submission("s1", { places: 45 });
  const s2 = submission("s2", { places: 30 });
  const findings = [...validateSubmission(set, s1), ...validateSubmission(set, s2)];
  const summary = buildSummary(set, { workbooks: [], across: [], findings, submissions: [s1, s2] });
  const row = summary.indicators.find((s) => s.indicator.id === "places")!;
  expect(row.units.find((u) => u.unitId === "s1")!.status).toBe("met");
  expect(row.units.find((u) => u.unitId === "s2")!.status).toBe("reported");
  expect(row.all.total).toBe(75);
  expect(row.status).toBe("missed");
});

test("a 任务分解表 pasted from Excel or saved as CSV: units by id or name, indicators by id or name", () => {
  const pasted = "单位\t新增学位\tenrolled\n东区一中\t40\t\ns2\t60\t1,200\n";
  const r = parseQuotaTable(pasted, set, "任务分解表");
  expect(r).toEqual({
    ok: true,
    indicators: ["places", "enrolled"],
    quotas: [
      { indicator: "places", unit: "s1", value: 40 },
      { indicator: "places", unit: "s2", value: 60 },
      { indicator: "enrolled", unit: "s2", value: 1200 },
    ],
  });
  if (!r.ok) return;
  expect(replaceQuotas([{ indicator: "places", unit: "s3", value: 9 }, { indicator: "age_group", unit: "s3", value: 1 }], r)).toEqual([{ indicator: "age_group", unit: "s3", value: 1 }, ...r.quotas]);
});

test("a bad table says where: line and column, and what to do", () => {
  const fail = (text: string) => {
    const r = parseQuotaTable(text, set, "q.csv");
    return r.ok ? "" : r.message["zh-CN"];
  };
  expect(fail("单位,新增学位\n")).toContain("q.csv 第 1 行第 1 列");
  expect(fail("单位,新增学位,学位数\ns1,3,4")).toMatch(/^q\.csv 第 1 行第 3 列：表头“学位数”不是本指标集中的指标编号或名称/);
  expect(fail("单位,新增学位\ns1,3\n北区一中,4")).toMatch(/^q\.csv 第 3 行第 1 列：“北区一中”不是本指标集中的单位/);
  expect(fail("单位,新增学位\ns1,3\n\ns1,4")).toMatch(/^q\.csv 第 4 行第 1 列：单位“东区一中”与第 2 行重复/);
  expect(fail("单位,新增学位\ns1,三十个左右")).toMatch(/^q\.csv 第 2 行第 2 列：“新增学位”的任务数“三十个左右”不是数字/);
});

test("the set format checks quotas: known indicator and unit, numeric, one per indicator, unit and year", () => {
  const r = loadIndicatorSet({
    ...CITY_INPUT,
    quotas: [
      { indicator: "placez", unit: "s1", value: 1 },
      { indicator: "places", unit: "s9", value: 1 },
      { indicator: "note", unit: "s1", value: 1 },
      { indicator: "places", unit: "s2", value: 1 },
      { indicator: "places", unit: "s2", value: 2 },
      { indicator: "places", unit: "s3", value: 1, year: 2030 },
    ],
  });
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => [p.path, p.code])).toEqual([
    ["$.quotas[0].indicator", "unknown_quota_indicator"],
    ["$.quotas[1].unit", "unknown_quota_unit"],
    ["$.quotas[2].indicator", "quota_not_numeric"],
    ["$.quotas[4]", "duplicate_quota"],
    ["$.quotas[5].year", "year_not_in_set"],
  ]);
});
