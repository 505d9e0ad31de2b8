// Forms the two earlier rounds left unread (issue #13): elliptical names, periods of a plan of
// no date, two-column tables one cell per line, tab rows with figure cells, 按…计分 bands,
// compound numbers (13万2,486人) and years of the Republic of China calendar.
import { extractIndicators } from "../../../src/core/extract/extract";
import type { ExtractedIndicator } from "../../../src/core/extract/types";

const run = (text: string) => extractIndicators(text).indicators;
const pick = (r: ExtractedIndicator) => [r.name, r.comparator, r.value ?? [r.min, r.max], r.unit, r.year, r.kind];

describe("names of elliptical clauses", () => {
  test("a bare rate is the rate of what its sentence counted", () => {
    const out = run("督导报告\n抽检教室236间，照明达标的198间，达标率83.9%。");
    expect(out.find((r) => r.value === 83.9)?.name).toBe("照明达标率");
  });
  test("a subject alone takes the measure of the figure before it", () => {
    const out = run("督导报告\n全县义务教育学校生师比为15.8:1，初中为12.6:1。");
    expect(out.find((r) => r.value === 12.6)?.name).toBe("初中生师比");
  });
  test("kinds that make one whole are measured once; school stages each", () => {
    expect(run("工作方案\n音乐、体育、美术专任教师配齐率达到95%。").map((r) => r.name)).toEqual(["音乐、体育、美术专任教师配齐率"]);
    expect(run("工作方案\n城区学校、乡村学校课后服务覆盖率达到100%。")).toHaveLength(2);
  });
  test("a count named by what it says of them", () => {
    const out = run("治理情况的报告\n仍有12家机构未纳入监管平台。原有学科类培训机构86家，已压减79家。");
    expect(out.map((r) => r.name)).toEqual(["机构未纳入监管平台", "学科类培训机构", "压减学科类培训机构"]);
  });
});

describe("years", () => {
  test("a past period counts as its end in a plan of no date that names a later one", () => {
    const out = run("实施意见\n“十三五”期间，全县新建学校9所。“十四五”时期要再建5所。");
    expect(out.map(pick)[0]).toEqual(["新建学校", "=", 9, "所", 2020, "actual"]);
  });
  test("学年度 and 年度 of the Republic of China calendar are years, not figures", () => {
    const out = run("臺中市112學年度教育統計概況\n112學年度本市各級學校共計512所。其中國民小學235所。");
    expect(out.map(pick)).toEqual([
      ["各级学校", "=", 512, "所", 2023, "actual"],
      ["国民小学", "=", 235, "所", 2023, "actual"],
    ]);
  });
  test("a deadline at a month's end is a year for what follows", () => {
    expect(run("整改要求\n各校须于2024年6月底前完成整改，教室照明达标率达到100%。")[0]?.year).toBe(2024);
  });
});

describe("numbers and tables", () => {
  test("a number written across its magnitude", () => {
    const out = run("统计概况\n国小学生数为13萬2,486人，学生总数38万6千余人，预算1亿2,000万元。");
    expect(out.map((r) => [r.value, r.unit, r.comparator])).toEqual([
      [132486, "人", "="],
      [386000, "人", ">"],
      [12000, "万元", "="],
    ]);
  });
  test("a two-column table one cell per line", () => {
    const out = run("实施意见\n指标\n2025年目标值\n生均体育运动场馆面积（平方米）\n7.5\n每百名学生拥有骨干教师数（人）\n1\n");
    expect(out.map(pick)).toEqual([
      ["生均体育运动场馆面积", ">=", 7.5, "平方米", 2025, "target"],
      ["每百名学生拥有骨干教师数", ">=", 1, "人", 2025, "target"],
    ]);
  });
  test("a tab row: the name keeps its figure cell, a figure cell parts from the next", () => {
    const out = run("实施方案\n1\t新建运动场\t6所\t2024年底\n2\t改造薄弱学校\t12所\t2025年底\n");
    expect(out.map((r) => [r.name, r.value, r.year])).toEqual([
      ["新建运动场", 6, null],
      ["改造薄弱学校", 12, null],
    ]);
  });
  test("按…计分 bands give nothing", () => {
    const out = run("考核办法\n教师培训完成率不低于95%，未达到95%的按实际完成比例计分，低于60%的按0分计。");
    expect(out.map((r) => [r.name, r.value])).toEqual([["教师培训完成率", 95]]);
  });
});
