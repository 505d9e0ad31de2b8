// Draft sets from extractions load without problems; value types, targets, years and the
// sum rules of 其中 breakdowns come out as the set format expects.
import { readFileSync } from "node:fs";
import { extractIndicators } from "../../../src/core/extract/extract";
import { draftSetFromExtraction, unitInfo } from "../../../src/core/extract/to-set";
import { loadIndicatorSet, type IndicatorSet } from "../../../src/core/set";
import { SEEDS, seedPath, sharedAvailable } from "./shared-dir";

function load(text: string, options: Parameters<typeof draftSetFromExtraction>[1] = {}): IndicatorSet {
  const draft = draftSetFromExtraction(extractIndicators(text, { source: "plan.txt" }), options);
  const r = loadIndicatorSet(draft);
  if (!r.ok) throw new Error(JSON.stringify(r.problems, null, 2));
  return r.set;
}

(sharedAvailable() ? describe : describe.skip)("the seeds", () => {
  test.each(SEEDS)("%s gives a set that loads with zero problems", (seed) => {
    const set = load(readFileSync(seedPath(seed), "utf8"));
    expect(set.indicators.length).toBeGreaterThan(0);
    for (const ind of set.indicators) expect(ind.id).toMatch(/^[A-Za-z][A-Za-z0-9_]{0,62}$/);
    expect(new Set(set.indicators.map((i) => i.id)).size).toBe(set.indicators.length);
  });

  test("a total with one part gives a rule that the part cannot exceed it", () => {
    const set = load(readFileSync(seedPath("plan-jinjiang-2018"), "utf8"));
    const rule = set.rules.find((r) => /<=/.test(r.check));
    expect(rule).toBeDefined();
    expect(rule!.severity).toBe("error");
  });
});

describe("draft sets", () => {
  test("a 其中 breakdown becomes its parts and a sum rule", () => {
    const set = load("全市新建学校44所，其中城区12所，农村32所。");
    expect(set.indicators.map((i) => [i.name, i.valueType, i.unit])).toEqual([
      ["新建学校", "count", "所"],
      ["城区新建学校", "count", "所"],
      ["农村新建学校", "count", "所"],
    ]);
    const [total, a, b] = set.indicators.map((i) => i.id);
    expect(set.rules).toEqual([expect.objectContaining({ check: `sum(${a}, ${b}) = ${total}`, severity: "error" })]);
    expect(set.rules[0]!.message["zh-CN"]).toContain("之和应等于");
  });

  test("parts that do not add up to the total (some parts listed) may only not exceed it", () => {
    const set = load("全县共有幼儿园120所，其中公办园80所、民办园30所。");
    const [total, a, b] = set.indicators.map((i) => i.id);
    expect(set.rules).toEqual([expect.objectContaining({ check: `sum(${a}, ${b}) <= ${total}`, severity: "error" })]);
    expect(set.rules[0]!.message["zh-CN"]).toContain("之和不能超过");
  });

  test("an area written in 平米 is an area in 平方米", () => {
    const set = load("新增校舍面积13.8万平米，新建操场5000平米。");
    expect(set.indicators.map((i) => [i.valueType, i.unit])).toEqual([
      ["area", "万平方米"],
      ["area", "平方米"],
    ]);
  });

  test("an area written in ㎡ or 平方公尺 is an area in 平方米", () => {
    const set = load("幼儿园占地面积3500㎡，总楼地板面积2698平方公尺。");
    expect(set.indicators.map((i) => [i.valueType, i.unit])).toEqual([
      ["area", "平方米"],
      ["area", "平方米"],
    ]);
  });

  test("a duration is never below 0, unless the figure is the change itself", () => {
    const set = load("学生每天校内体育活动时间不少于2小时。教师每年培训不少于72学时。每天睡眠时间增加0.5小时。");
    expect(set.indicators.map((i) => [i.unit, i.bounds?.min])).toEqual([
      ["小时", 0],
      ["学时", 0],
      ["小时", undefined],
    ]);
  });

  test("value types, units and targets from the figures", () => {
    const set = load(
      "学前教育毛入园率达到95%以上。新增学位约3.86万个。投入资金1.5亿元。新建校舍2.3万平方米。职普比保持在1:1左右。辍学率较上年降低0.5个百分点。教育经费比上年增长8%。教师培训每人不少于72学时。",
    );
    const by = (name: string) => set.indicators.find((i) => i.name.includes(name))!;
    expect(by("毛入园率")).toMatchObject({ valueType: "percent", unit: "%", targets: [{ comparator: ">=", value: 95, basis: "absolute" }] });
    expect(by("新增学位")).toMatchObject({ valueType: "count", unit: "个", targets: [{ comparator: "~", value: 38600 }] });
    expect(by("投入资金")).toMatchObject({ valueType: "money", unit: "亿元", targets: [{ value: 1.5 }] });
    expect(by("校舍")).toMatchObject({ valueType: "area", unit: "万平方米" });
    expect(by("职普比")).toMatchObject({ valueType: "ratio", targets: [{ comparator: "~", value: 1 }] });
    expect(by("辍学率")).toMatchObject({ valueType: "percent", unit: "%", targets: [{ comparator: "<=", value: -0.5, basis: "difference" }] });
    expect(by("教育经费")).toMatchObject({ valueType: "percent", targets: [{ comparator: ">=", value: 8, basis: "growth" }] });
    expect(by("教师培训")).toMatchObject({ valueType: "decimal", unit: "学时" });
    for (const ind of set.indicators) expect(ind.targets[0]!.quote).toBeTruthy();
  });

  test("several years of one indicator are one indicator with a target per year", () => {
    const set = load("义务教育巩固率和高中阶段毛入学率2020年分别达到93%、90%以上，2022年分别达到95%、92%以上。");
    expect(set.indicators).toHaveLength(2);
    expect(set.indicators[0]!.targets.map((t) => [t.year, "value" in t ? t.value : null])).toEqual([[2020, 93], [2022, 95]]);
    expect(set.years).toEqual([2020, 2022]);
  });

  test("sections become a tree the indicators point into", () => {
    const set = load("一、主要目标\n（一）学前教育\n毛入园率达到95%。\n（二）义务教育\n巩固率达到99%。\n二、重点任务\n新建学校3所。");
    expect(set.sections).toEqual([
      { id: "sec_1", title: "一、主要目标", children: [{ id: "sec_1_1", title: "（一）学前教育" }, { id: "sec_1_2", title: "（二）义务教育" }] },
      { id: "sec_2", title: "二、重点任务" },
    ]);
    expect(set.indicators.map((i) => i.section)).toEqual(["sec_1_1", "sec_1_2", "sec_2"]);
  });

  test("actual figures become indicators without targets; only targets give targets", () => {
    const set = load("全区现有中小学120所。到2025年，力争新建学校10所。");
    expect(set.indicators[0]).toMatchObject({ name: "中小学", targets: [] });
    expect(set.indicators[0]!.description).toContain("120");
    expect(set.indicators[1]!.targets).toHaveLength(1);
  });

  test("the plan's year, the units and the title come from the options", () => {
    const units = [
      { id: "bureau", name: "县教育局" },
      { id: "town_a", name: "甲镇", parent: "bureau" },
    ];
    const set = load("毛入园率达到95%。", { units, title: "县教育工作要点目标", year: 2024 });
    expect(set).toMatchObject({ title: "县教育工作要点目标", years: [2024], units });
  });

  test("an impossible target is dropped, a percent above 100 widens the bounds", () => {
    const set = load("学生人数增长150%以上。");
    expect(set.indicators[0]!.targets[0]).toMatchObject({ comparator: ">=", value: 150 });
    const plain = load("校园安全责任事故少于0起。");
    expect(plain.indicators[0]!.targets).toEqual([]);
  });

  test("nothing found still gives a loadable draft", () => {
    const set = load("本文没有任何数字目标。");
    expect(set.indicators).toHaveLength(1);
    expect(set.indicators[0]!.valueType).toBe("text");
  });

  test("unit types", () => {
    expect(unitInfo("%").valueType).toBe("percent");
    expect(unitInfo("百分点").valueType).toBe("percent");
    expect(unitInfo("万人次")).toMatchObject({ valueType: "count", unit: "人次", factor: 1e4 });
    expect(unitInfo("万元").valueType).toBe("money");
    expect(unitInfo("公顷").valueType).toBe("area");
    expect(unitInfo("ratio").valueType).toBe("ratio");
    expect(unitInfo("小时").valueType).toBe("decimal");
  });
});
