// Forms found in the real texts of fixtures/real (SOURCES.md, third batch on), each tested here
// on made-up snippets of the same shape, batch by batch: headerless indicator rows, tables of
// prose with a target and a progress column, Republic-of-China years, report titles and date
// lines, list lead-ins, deeds that name counts, clauses leaning on the one before, bands that
// say which ones. Each test failed before the fix it came with.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { cleanCharacters, cleanLayout } from "../../../src/core/extract/clean-text";
import { extractIndicators } from "../../../src/core/extract/extract";
import { markedKind, publicationDate, readDocument } from "../../../src/core/extract/kind";
import { findHeadings } from "../../../src/core/extract/sections";
import type { ExtractedIndicator } from "../../../src/core/extract/types";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const records = (text: string) => extractIndicators(text).indicators;
const brief = (r: ExtractedIndicator) => [r.name, r.comparator === "between" ? [r.min, r.max] : r.value, r.unit, r.year, r.kind, r.comparator];

describe("indicator rows whose header is not in the text", () => {
  // a page cut above the header: 名称(单位) base target 属性, split by single spaces
  const rows = ["新增劳动力平均受教育年限(年) 13.5 ≥ 14 约束性", "体育设施 人均体育场地面积(平方米) - 2.5 预期性", "公共图书馆年流通人次 80万 120万 预期性"].join("\n");

  test("each row's figures: the last column the target, an earlier one the base", () => {
    expect(records(`${rows}\n二、主要任务\n新建幼儿园3所。`).map(brief)).toEqual([
      ["新增劳动力平均受教育年限", 13.5, "年", null, "actual", "="],
      ["新增劳动力平均受教育年限", 14, "年", null, "target", ">="],
      ["人均体育场地面积", 2.5, "平方米", null, "target", ">="],
      // 万 of a row named …人次 counts 人次
      ["公共图书馆年流通人次", 80, "万人次", null, "actual", "="],
      ["公共图书馆年流通人次", 120, "万人次", null, "target", ">="],
      ["新建幼儿园", 3, "所", null, "target", ">="],
    ]);
  });

  test("one such line alone is prose, not a table", () => {
    const one = records("学前教育毛入园率 90 95 预期性\n");
    expect(one.every((r) => r.name !== "学前教育毛入园率" || r.value !== 90 || r.kind !== "actual")).toBe(true);
  });
});

describe("a table of prose with a target column and a progress column", () => {
  const text = [
    "某市2023年民生实事进展情况",
    "序号 | 项目 | 2023年度目标任务 | 1-6月份完成情况 |",
    "1 | 校舍改造 | 完成8所学校校舍改造。 | 已开工6所，主体完成40%。 |",
    "2 | 课后服务 | 新增课后服务学位1200个。 | 新增学位900个，计划下半年再增加300个。 |",
  ].join("\n");

  test("the column says target or done, and the year of the header holds for the rows", () => {
    const got = records(text).map((r) => [r.value, r.unit, r.year, r.kind]);
    expect(got).toEqual([
      [8, "所", 2023, "target"],
      [6, "所", 2023, "actual"],
      [40, "%", 2023, "actual"],
      [1200, "个", 2023, "target"],
      [900, "个", 2023, "actual"],
      // a plan stated in the progress column is still a plan
      [300, "个", 2023, "target"],
    ]);
  });

  test("names carry no bars and no months of the report", () => {
    for (const r of records(text)) expect(r.name).not.toMatch(/[|｜]|月份/);
  });
});

describe("years of the Republic of China calendar", () => {
  const text = "臺北市113學年度教育成果\n本市每年投入30億元推動校舍改建，114年將增加至42億元；111至113年間已有12校完工。創校100年的學校共5所。";

  test("a bare 114年 is 2025 in a text that counts years that way; 創校100年 is an age", () => {
    const got = records(text);
    expect(got.find((r) => r.value === 42)).toMatchObject({ year: 2025, kind: "target", unit: "亿元" });
    // 校 counts schools
    expect(got.find((r) => r.value === 12)).toMatchObject({ unit: "校", kind: "actual" });
    expect(got.some((r) => r.year === 2011)).toBe(false);
    expect(got.find((r) => r.value === 42)!.quote).toContain("114年");
  });

  test("in a text that does not, 114年 is no year", () => {
    expect(records("某校建校114年来，培养学生3万余名。").some((r) => r.year !== null && r.year > 2000)).toBe(false);
  });
});

describe("a 分别 list of whole measures, the last joined by 和, units mixed", () => {
  const text = "到2025年，学前教育毛入园率、义务教育巩固率和新增劳动力平均受教育年限分别达到95%、99%和14年。";

  test.each([
    ["simplified", text],
    ["traditional", toTraditional(text)],
  ])("%s: one record per measure, each named by its own words", (_, t) => {
    expect(records(t).map(brief)).toEqual([
      ["学前教育毛入园率", 95, "%", 2025, "target", ">="],
      ["义务教育巩固率", 99, "%", 2025, "target", ">="],
      ["新增劳动力平均受教育年限", 14, "年", 2025, "target", ">="],
    ]);
  });
});

describe("counts and frequencies in words", () => {
  test("每月进行一次, 安排两次: a frequency and a count; 进行一次性 and a lone 一次 are not", () => {
    const got = records("各校每月进行一次安全检查，每学期安排两次家长会。进行一次全面的调研。").map((r) => [r.value, r.unit]);
    expect(got).toEqual([
      [1, "次"],
      [2, "次"],
    ]);
  });

  test("9栋, 3幢 are counts; 3校区 is no count of schools", () => {
    const got = records("新建教学楼4栋、学生宿舍3幢；学校设有3校区。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [4, "栋"],
      [3, "幢"],
    ]);
  });
});

describe("what a summary reports", () => {
  const summary = "某县教育局2023年工作总结\n一、主要成绩\n完成教育投资5.2亿元，完成年度目标任务的98.5%；争取中央和省级资金1800万元。";

  test("a goal named as what was measured against does not make the figures planned", () => {
    const got = records(summary);
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([
      [5.2, "actual", "="],
      [98.5, "actual", "="],
      [1800, "actual", "="],
    ]);
  });

  test("a results page whose title is under the site's own headlines", () => {
    const page = "市教育局召开年度会议\n市推出午餐补助政策\n市成立科技教育中心\n某市2024年教育成果\n市教育局表示，全年教育预算达120.5亿元，较去年增加8亿元。";
    expect(records(page).map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
});

test("平均分在原有基础上提高5分: the base is not in the name, and the change is against it", () => {
  const [r] = records("各学科平均分在原有基础上提高5分，及格率提升5%。");
  expect(r).toMatchObject({ name: "各学科平均分", value: 5, unit: "分", basis: "previous_year" });
  expect(records("期末考试及格率提升5%。")[0]!.quote).toBe("期末考试及格率提升5%");
});

// Fourth batch (SOURCES.md "Fourth batch"), the same way: made-up snippets of each form.
describe("things counted by what they did", () => {
  test("the deed after the counted noun names the figure; a plain noun alone does not", () => {
    const got = records("某县教育局2023年工作总结\n全县186所学校实现了“校校通”。45名教师参加省级骨干培训。为28名儿童开展送教上门。全县义务教育学校中，17所达到省定办学标准。").map((r) => [r.name, r.value]);
    expect(got).toEqual([
      ["实现校校通学校", 186],
      ["参加省级骨干培训教师", 45],
      ["开展送教上门儿童", 28],
      ["义务教育达到省定办学标准", 17],
    ]);
  });

  test("a share of people is not renamed by their deed", () => {
    expect(records("到2025年，40%的乡镇通过评估。").map((r) => r.name)).toEqual(["乡镇通过评估比例"]);
  });
});

describe("clauses that lean on the clause before", () => {
  test("a bare 占比 is the share of what was just counted", () => {
    const [, share] = records("全区32所学校建成“智慧校园”，占比超过80%。");
    expect(share).toMatchObject({ value: 80, comparator: ">", name: expect.stringContaining("智慧校园") });
  });

  test("a bare place takes the measure of the clause before", () => {
    const [, county] = records("城区学前教育毛入园率达到98%以上，县城达到95%以上。");
    expect(county!.name).toBe("县城学前教育毛入园率");
  });

  test("同比去年增长: the change of what the clause before measured, its figure left blank", () => {
    const [r] = records("某市2023年工作总结\n全年教育经费支出增至XX亿元，同比去年增长5.2%。");
    expect(r).toMatchObject({ value: 5.2, unit: "%", kind: "actual", name: expect.stringContaining("教育经费支出") });
  });
});

test("a project's phase in brackets is no count: 实验中学(二期)", () => {
  expect(records("建成投用实验中学(二期)、城南小学(三期)等项目5个。").map((r) => [r.value, r.unit])).toEqual([[5, "个"]]);
});

test("under 工作目的 a plain 为 states a goal", () => {
  const got = records("某校2024年工作计划\n二、工作目的\n初中入学率、巩固率分别为100%、99%。");
  expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
});

test("names lose a trailing 将 and the plan period", () => {
  for (const r of records("“十四五”期间，全市新改扩建幼儿园40所。学前教育毛入学率将比2020年提高5个百分点。")) expect(r.name).not.toMatch(/十四五|期间|^间|将/);
});

// Fifth batch (SOURCES.md "Fifth batch"): school reports, a statistics release, a national plan,
// a Taiwan page of facts — made-up snippets of each form.
describe("what a report of facts is", () => {
  test("a title ending in 情况 reports", () => {
    const got = records("2024年学校开展业务活动情况\n2024年，学校评选优秀班主任6名，开设校级社团11个。");
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([
      [6, "actual", "="],
      [11, "actual", "="],
    ]);
  });

  test("a page with no title but its date line states facts", () => {
    const got = records("日期：2025-03-10\n资料来源：教育局\n全市学校总数计860所，平均每班学生数达38人。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
});

describe("changes in a statistics release", () => {
  const text = "某市2023年教育事业发展基本情况\n其中，民办学校120所，占全市学校的比例15.2%，比上年提高0.5个百分点。5学年间学校数增加20所，增幅为2.1%。在校生减少3.5%。";

  test("a share opening with 占 and a bare 增幅 are of what was just counted; a span is no figure", () => {
    const got = records(text);
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
      ["民办学校", 120, "所"],
      ["民办学校占全市学校比例", 15.2, "%"],
      ["民办学校占全市学校比例", 0.5, "百分点"],
      ["学校数", 20, "所"],
      ["学校数增幅", 2.1, "%"],
      // a fall is negative, whatever it is measured against
      ["在校生", -3.5, "%"],
    ]);
  });
});

describe("a plan's goals and the asides that give the base", () => {
  const text = "《意见》明确了主要目标，即到2027年，优质均衡的格局基本形成。学前教育阶段，公办园在园幼儿占比力争达到60%以上（2022年为54%）；特殊教育方面，特教学校在20万人口以上的县基本实现全覆盖，适龄残疾儿童入学率保持在97%以上。";

  test("the goals' year holds for the paragraph; a bracketed year is only its aside's", () => {
    expect(records(text).map(brief)).toEqual([
      ["公办园在园幼儿占比", 60, "%", 2027, "target", ">="],
      ["公办园在园幼儿占比", 54, "%", 2022, "actual", "="],
      // 20万人口 says which counties: no count of people
      [expect.stringContaining("特教学校"), 100, "%", 2027, "target", "="],
      ["适龄残疾儿童入学率", 97, "%", 2027, "target", ">="],
    ]);
  });
});

describe("zeros and coverage in words", () => {
  test("two measures sharing one zero are two records; 零投诉 is a zero", () => {
    const got = records("确保学生违法犯罪率和案发率为零。师德师风零投诉。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [0, "%"],
      [0, "%"],
      [0, "起"],
    ]);
    expect(got[1]!.name).toContain("案发率");
  });

  test("全覆盖 describing how something is done is no share", () => {
    expect(records("深化多形式、分层次、全覆盖的学习培训。分学段、全覆盖组织开展教研活动。")).toEqual([]);
  });
});

test("完成年度目标任务的99%: the completion rate of what the clause before counted", () => {
  const got = records("某县2020年工作总结\n共完成教育固定资产投资6.15亿元，完成年度目标任务的99.27%。");
  expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
    ["教育固定资产投资", 6.15, "actual"],
    ["教育固定资产投资完成率", 99.27, "actual"],
  ]);
});

test("a share stated with 占 and no word of reaching is a state, even in a plan; 占比不低于 is a target", () => {
  const got = records("某区2025年教育工作计划\n教育经费占政府总开支约五分之一。体育、艺术类课程占比不低于40%。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [20, "actual"],
    [40, "target"],
  ]);
});

// Sixth batch (SOURCES.md "Sixth batch"): made-up snippets of each form.
describe("reports that never say 已", () => {
  test("a title spaced out to a width still names a report (概 况)", () => {
    const got = records("教 师 队 伍 概 况\n截至2024年8月底，学校专任教师320人。博士学位占 6 %，高级职称占 35 %。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual", "actual"]);
  });

  test("a text with no title that opens by looking back reports", () => {
    const got = records("今年以来，县委、县政府斥资3000万元办好教育实事。一是划拨土地50亩。二是拨付校舍维修资金20万元。");
    expect(got.every((r) => r.kind === "actual")).toBe(true);
    expect(got.map((r) => r.name)).not.toContain(expect.stringMatching(/^[一二三]是/));
  });

  test("a page with no title whose date line is page furniture states facts", () => {
    // the date line goes with the furniture; it is read before that, once, for the whole text
    const got = records("发布时间：2024-05-10 09:30\n来源：区教育局\n字号：大 中 小\n全区义务教育学校56所，在校学生4.2万人。学前教育毛入园率98.5%。");
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([
      [56, "actual", "="],
      [4.2, "actual", "="],
      [98.5, "actual", "="],
    ]);
  });

  test("a programme named …培养计划 counts people in it; it does not look ahead", () => {
    const got = records("某区2022年履职情况报告\n全区现有名校长培养计划人选3人，骨干教师培养计划人选79人。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
});

describe("sizes and ages that say which ones", () => {
  test("二十五至三十五人的班级 and 35岁以下青年教师 are no figures of their own", () => {
    const got = records("某校2024年师资概况\n35岁以下青年教师占27%。学生人数为二十五至三十五人的初中教育的班级，津贴金额为澳门币一百万元。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [27, "%"],
      [1000000, "元"],
    ]);
    // the currency is the figure's: 为 still states the amount
    expect(got[1]).toMatchObject({ comparator: "=", name: "津贴金额" });
  });
});

test("an item's label before its colon names a figure that stands alone: （一）幼儿教育：澳门币18490元", () => {
  const got = records("津贴金额如下：\n（一）幼儿教育：澳门币一万八千四百九十元；\n（二）小学教育：澳门币二万零六百元。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["幼儿教育", 18490],
    ["小学教育", 20600],
  ]);
});

test("这10件实事已完成: the demonstrative and the adverb are no part of the name", () => {
  expect(records("某县2023年工作总结\n这10件实事已全部启动。").map((r) => r.name)).toEqual(["实事"]);
});

// Seventh batch (SOURCES.md "Seventh batch"): made-up snippets of each form.
describe("what a text says it reports", () => {
  test("a title of results (…取得长足进步) reports", () => {
    const got = records("某市教育事业取得长足进步\n2023年，全市财政性教育经费投入38.2亿元，实施教育项目48个。");
    expect(got.map((r) => [r.kind, r.comparator])).toEqual([
      ["actual", "="],
      ["actual", "="],
    ]);
  });

  test("经过努力，到2020年底…达到: looking back, not a deadline", () => {
    const [r] = records("今年，全区将启动质量提升行动。经过努力，到2020年底，学前教育普惠率达到85%。");
    expect(r).toMatchObject({ value: 85, kind: "actual", year: 2020 });
  });

  test("a list's items are what its lead-in said: …已全部竣工。具体情况如下：", () => {
    const text = "某市2023年民生工程新闻发布会\n计划实施的3个项目已于8月底全部竣工，提前完成了任务。具体情况如下：\n1.城南小学，建设面积1600平方米，投入资金420万元。\n2.城北中学，建设面积8700平方米，投入资金1550万元。\n下一步，我们将新建学校2所。";
    const got = records(text).map((r) => [r.name, r.value, r.kind]);
    expect(got).toEqual([
      [expect.stringContaining("项目"), 3, "actual"],
      ["城南小学建设面积", 1600, "actual"],
      ["城南小学投入资金", 420, "actual"],
      ["城北中学建设面积", 8700, "actual"],
      ["城北中学投入资金", 1550, "actual"],
      ["新建学校", 2, "target"],
    ]);
  });

  test("现将…公示如下: hereby, not the future", () => {
    const got = records("关于2020年民生实事完成情况的公示\n现将2020年民生实事项目建设情况公示如下：\n1.新建幼儿园3所。\n2.改造学校运动场7个。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
});

test("things counted by a deed that takes no object, or by the verb that chose them", () => {
  const got = records("某县2020年工作总结\n推荐15人参加党员积极分子培训。城南、城北等6所学校投入使用。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["推荐参加党员积极分子培训", 15],
    ["投入使用学校", 6],
  ]);
});

test("3万人口以上乡镇: a population that says which towns is no figure; 12所次 is one measure", () => {
  const got = records("3万人口以上乡镇至少办好2所公办中心幼儿园。创建特色项目学校12所次。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [2, "所"],
    [12, "所次"],
  ]);
});

// Eighth batch (SOURCES.md "Eighth batch"): made-up snippets of each form.
describe("final accounts, inspection feedback and reports to a meeting report", () => {
  test.each([
    ["部门决算", "近日，某市教育局公布2024年度部门决算。\n2024年度收入总计6.49亿元，基本支出2.58亿元。"],
    ["督导检查反馈意见", "督导检查组对某县义务教育均衡发展督导检查反馈意见\n督导组共随机抽查学校26所，访谈教师310人。"],
    ["汇报材料", "在县政协调研座谈会上的汇报材料\n学校现有教学班16个，学校共有教职工48人。"],
  ])("%s: the figures happened", (_, text) => {
    const got = records(text);
    expect(got.length).toBe(2);
    expect(got.map((r) => [r.kind, r.comparator])).toEqual([
      ["actual", "="],
      ["actual", "="],
    ]);
  });

  test("收入总计 and 基本支出 keep the words that make them a measure", () => {
    expect(records("某市2024年度部门决算\n2024年度收入总计6.49亿元，基本支出2.58亿元。").map((r) => r.name)).toEqual(["收入总计", "基本支出"]);
  });

  test("a year of what happened stops holding once the paragraph turns to the present", () => {
    const got = records("某校情况汇报\n2009年，日贷项目投入93万元。学校现有教学班16个。学校共有教职工48人。");
    expect(got.map((r) => r.year)).toEqual([2009, null, null]);
  });
});

test("a measure before a colon names the stages after it: 每百名学生拥有骨干教师数：小学、初中分别达到…", () => {
  const got = records("1.每百名学生拥有高于规定学历教师数：小学、初中分别达到4.2人以上、5.3人以上；");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["小学每百名学生拥有高于规定学历教师数", 4.2],
    ["初中每百名学生拥有高于规定学历教师数", 5.3],
  ]);
});

test("收、支总计各增加: 各 gives each subject the figure, and leaves the names", () => {
  expect(records("收、支总计各增加296万元。").map((r) => r.name)).toEqual(["收总计", "支总计"]);
});

test("money given (捐资, 拨付) keeps its verb when named by its purpose", () => {
  expect(records("某校情况汇报\n得到香港苗圃行动捐资27万元修建教学楼。")[0]!.name).toContain("捐资");
});

// Ninth batch (SOURCES.md "Ninth batch"): made-up snippets of each form.
test("签约951名: 约 closing a word is no 'about'", () => {
  expect(records("某市2022年工作总结\n通过“强师计划”签约951名应届毕业生。")[0]).toMatchObject({ value: 951, comparator: "=" });
});

test("30万人以上县城…全覆盖: the population says which towns; the last coverage of a list is this one's", () => {
  const got = records("某省2020年工作回顾\n实现了5万人以上县城高中基本覆盖、30万人以上县城特教学校全覆盖。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["县城特教学校覆盖率", 100, "%"]]);
});

// Tenth batch (SOURCES.md "Tenth batch"): made-up snippets of each form.
test("其中 opening a sentence goes on about the figures before it: the parts are what the total was", () => {
  const got = records("某市2022年民生实事进展\n全年将新改扩建学校178所，新增学位20万个。其中，新建公办普高18所，新增学位4万个。");
  expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([
    [178, "target", ">="],
    [20, "target", ">="],
    [18, "target", ">="],
    [4, "target", ">="],
  ]);
});

test("争取上级教育项目资金8.38亿元: money obtained, even with words between", () => {
  expect(records("某盟教育事业取得长足进步\n争取上级教育项目资金共8.38亿元。其中，项目及经费类资金6.05亿元。").map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("全部为公办 is a share of 100%; the share of those that do a deed is named by it", () => {
  const got = records("到2023年，推进县域10%的义务教育学校纳入教联体建设。新建幼儿园要全部为公办。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["县域义务教育学校纳入教联体比例", 10],
    ["新建幼儿园公办比例", 100],
  ]);
});

test("平米 is kept as written in the records (the contract's unit as written); the draft set reads it as 平方米", () => {
  const got = records("某市2024年工作总结\n新增校舍面积13.8万平米。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[13.8, "万平米"]]);
});

// Eleventh batch (SOURCES.md "Eleventh batch"): made-up snippets of each form.
test("a title naming another document (《政府工作报告》…目标任务分解表) is what its own words say", () => {
  const got = records("2024年《政府工作报告》重点工作目标任务分解表\n新增托位数400个以上；公办园在园幼儿占比60%以上。");
  expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
});

test("a headline, then a line that looks back (2021年以来), then the figures: a report", () => {
  const got = records("我市加大投入优化布局 让孩子上好学\n2021年以来\n新建初级中学1所，完成改、扩建幼儿园28所。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("a news page's own date (发布时间, read before page furniture goes) makes an earlier year past, after a speaker's lead-in too", () => {
  const text = "某市今年将开工新建学校55所\n\n发布时间:2023-02-20 11:21:00来源: 某网\n\n  某副局长介绍,2022年,某市教育资源供给持续扩增。开工新建中小学幼儿园83所,全市校医配备率达到83%。";
  expect(records(text).slice(-2).map((r) => [r.value, r.year, r.kind])).toEqual([
    [83, 2022, "actual"],
    [83, 2022, "actual"],
  ]);
});

// Twelfth batch (SOURCES.md "Twelfth batch"): made-up snippets of each form.
describe("sections whose titles carry no number", () => {
  test("a news digest of a work report switches from review to tasks at titles on lines of their own", () => {
    const text = ["县政府工作报告中的教育干货", "", "2023年工作回顾", "", "新改扩建学校12所，新增学位8000个。", "", "2024年重点工作", "", "新建幼儿园3所，普惠性幼儿园覆盖率达90%以上。"].join("\n");
    expect(records(text).map((r) => [r.value, r.kind])).toEqual([
      [12, "actual"],
      [8000, "actual"],
      [3, "target"],
      [90, "target"],
    ]);
  });

  test("the text's own first line is its title, not a section", () => {
    // a plan titled …工作计划 whose bare 占 share states what is
    const got = records("某区2025年教育工作计划\n教育经费占政府总开支约五分之一。");
    expect(got.map((r) => r.kind)).toEqual(["actual"]);
  });
});

test("大班额全面消除: cleared, said after what it removes, is a share brought to zero", () => {
  const got = records("某县2024年工作计划\n义务教育大班额全面消除，D级危房全部消灭。全面消除城乡差距。");
  expect(got.map((r) => [r.name, r.comparator, r.value, r.unit, r.kind])).toEqual([
    ["义务教育大班额比例", "=", 0, "%", "target"],
    ["D级危房比例", "=", 0, "%", "target"],
  ]);
});

test("the tense of a paragraph's opening words holds for its sentences that mark none", () => {
  const text = [
    "某市教育工作会议召开，学前教育发展取得新进展。",
    "局长称，2012年本市将着力发展普惠性学前教育，坚持不举债。新建乡镇公办中心幼儿园120所，学前三年毛入园率达到75%。",
    "2011年，全市新建幼儿园310所。学前三年毛入园率达73.49%。",
  ].join("\n");
  expect(records(text).map((r) => [r.value, r.kind])).toEqual([
    [120, "target"],
    [75, "target"],
    [310, "actual"],
    [73.49, "actual"],
  ]);
});

test("no title, no date, no word looking ahead, and figures said again and again to have happened: a digest of results", () => {
  const text = ["某区把教育摆在优先发展的地位，一直以来努力办好人民满意教育。", "近3年来，累计新建投用中小学7所。", "2018年，全区财政投入经费239718万元，实施新建学校8所。", "近3年来，累计引进高水平人才130名。"].join("\n");
  expect(records(text).map((r) => [r.value, r.kind])).toEqual([
    [7, "actual"],
    [239718, "actual"],
    [8, "actual"],
    [130, "actual"],
  ]);
  // one word looking ahead and it is no digest; (fifteenth session) the slogan 努力办好人民满意教育
  // promises nothing, so three sentences of results outweigh the one plan, whose figure is its own
  const ahead = records(text + "\n力争明年再建5所。");
  expect(ahead.map((r) => r.kind)).toEqual(["actual", "actual", "actual", "actual", "target"]);
});

describe("names a twelfth-batch report needed", () => {
  test("比十年前分别提高了…: a base of comparison names no one; the list before does", () => {
    const got = records("某区2022年工作总结\n学前教育毛入园率、九年义务教育巩固率分别达到87.71%、96.94%，比十年前分别提高了42.51、16.89个百分点。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
      ["学前教育毛入园率", 87.71, "%"],
      ["九年义务教育巩固率", 96.94, "%"],
      ["学前教育毛入园率", 42.51, "百分点"],
      ["九年义务教育巩固率", 16.89, "百分点"],
    ]);
  });

  test("a bare 万 after a name of people counts people (总人数92.2万)", () => {
    expect(records("某区2022年工作总结\n区内外在校生总人数92.2万。").map((r) => [r.value, r.unit])).toEqual([[92.2, "万人"]]);
  });

  test("an aside on a sum of money (（人民币，下同）) is not what it counts", () => {
    expect(records("某区2022年工作总结\n教育财政投入累计达到2154亿元（人民币，下同）。").map((r) => r.name)).toEqual(["教育财政投入"]);
  });

  test("对…进行改造: what is done to the things counted names them", () => {
    expect(records("某区2022年工作总结\n对633所农村中小学“小火炉”进行改造。").map((r) => r.name)).toEqual(["农村中小学小火炉改造"]);
  });
});

describe("tables a fourteenth-batch text carried", () => {
  test("a header spaced out over two lines, rows split by single spaces, category rows between them", () => {
    const text = ["“十三五”教育事业主要指标", "指 标", "单位 2015年 2020年", "学前教育", "学前三年入园率 % 97 98", "高中段教育", "在校生 万人 142 160", "毛入学率 % 95.9 98", "", "三、主要任务"].join("\n");
    expect(records(text).map(brief)).toEqual([
      ["学前三年入园率", 97, "%", 2015, "actual", "="],
      ["学前三年入园率", 98, "%", 2020, "target", ">="],
      ["高中段教育在校生", 142, "万人", 2015, "actual", "="],
      ["高中段教育在校生", 160, "万人", 2020, "target", ">="],
      ["高中段教育毛入学率", 95.9, "%", 2015, "actual", "="],
      ["高中段教育毛入学率", 98, "%", 2020, "target", ">="],
    ]);
  });

  test("a statistics table, one cell per line closed by a bar: rows of stages, columns of measures", () => {
    const cells = ["类别", "学校数", "在校学生数", "生师比", "小学", "334", "371009", "19.57", "初中", "147", "171369", "14.55"];
    const got = records(["2024年全市基础教育情况表", ...cells.map((c) => `${c} |`)].join("\n"));
    expect(got.map(brief)).toEqual([
      ["小学学校数", 334, "所", 2024, "actual", "="],
      ["小学在校学生数", 371009, "人", 2024, "actual", "="],
      ["小学生师比", 19.57, "ratio", 2024, "actual", "="],
      ["初中学校数", 147, "所", 2024, "actual", "="],
      ["初中在校学生数", 171369, "人", 2024, "actual", "="],
      ["初中生师比", 14.55, "ratio", 2024, "actual", "="],
    ]);
  });

  test("a row short of a merged cell: a decimal never fills a count's column", () => {
    const text = ["学段\t学校数\t教职工数\t专任教师数\t生师比", "初中\t147\t24895\t11775\t14.55", "高中\t56\t6996\t12.83"].join("\n");
    const high = records(text).filter((r) => r.name.startsWith("高中"));
    expect(high.map((r) => [r.name, r.value])).toEqual([
      ["高中学校数", 56],
      ["高中教职工数", 6996],
      ["高中生师比", 12.83],
    ]);
  });

  test("a measures table whose caption plans is the plan's", () => {
    const text = ["2025年各区新增学位任务表", "区域\t新建学校数\t新增学位", "东区\t3\t2700", "西区\t2\t1800"].join("\n");
    expect(records(text).map((r) => [r.name, r.value, r.kind])).toEqual([
      ["东区新建学校数", 3, "target"],
      ["东区新增学位", 2700, "target"],
      ["西区新建学校数", 2, "target"],
      ["西区新增学位", 1800, "target"],
    ]);
  });
});

test("a sum of money keeps whether it is planned or done (计划投资, 完成投资), and no unit is tacked on its name", () => {
  const got = records("某市2020年幼儿园建设进展\n年度计划投资1亿元，完成投资3212万元。");
  expect(got.map((r) => r.name)).toEqual(["计划投资", "完成投资"]);
});

describe("a thirteenth-batch news report of results against a goal", () => {
  const text = "局长表示，目标是4年内增加公立幼儿园至少180班以上，最终增加了214班，提供5,599名核定名额，达成率119%；经统计112至114学年度累计增设280班。";

  test("a verb done (了) right before a figure reports it, and what follows in the sentence", () => {
    expect(records(text).map((r) => [r.value, r.kind])).toEqual([
      [180, "target"],
      [214, "actual"],
      [5599, "actual"],
      [119, "actual"],
      [280, "actual"],
    ]);
  });

  test("目标是, 最终, 经统计 are no part of a name; a count after a rate does not take the rate's name", () => {
    const names = records(text).map((r) => r.name);
    expect(names[0]).toBe("增加公立幼儿园");
    expect(names[1]).toMatch(/^(?:增加)?公立幼儿园$/);
    expect(names.join("|")).not.toMatch(/目标是|最终|经统计/);
    expect(names[4]).not.toBe("达成率");
  });
});

test("short lines among whole paragraphs on one line are phrases of their own, not a text wrapped at a width", () => {
  const para = "为全面加快全市基础教育三年行动计划各项任务落实，按照全市部署，各区县、开发区组织第一批项目学校统一开工，市教育局切实做好统筹协调。";
  const text = ["好消息!某市将新建改扩建学校53所", para, "本次全市共涉及项目学校53所", "集中开工面积92.3万平方米", "建成后将增加基础教育学位4.97万个", para, "包括幼儿园13所、小学26所、中学14所", "此次新建30所，改扩建23所", para].join("\n");
  const names = records(text).map((r) => r.name);
  // each figure is named by its own line, never by the words of the line after it; 建成后,
  // 包括, 此次 are no part of a name
  expect(names.join("|")).not.toMatch(/为全面加快|按照|建成后|包括|此次/);
  expect(names).toEqual(expect.arrayContaining(["增加基础教育学位", "幼儿园", "新建"]));
});

describe("figures written out in numerals (fifteenth batch, a council report from Taiwan)", () => {
  const text = "某市2025年教育工作报告\n一一三学年度投入五点七亿元补助弱势家庭，约有二点七万名学生受惠。在地就学率达百分之九十四点八。全市具双语课程的学校从一0八学年度的六十三所增至二百五十七所。";

  test("decimals after 点 take their magnitude; a number of several numerals is a figure", () => {
    expect(records(text).map((r) => [r.value, r.unit])).toEqual([
      [5.7, "亿元"],
      [2.7, "万名"],
      [94.8, "%"],
      [63, "所"],
      [257, "所"],
    ]);
  });

  test("a year written numeral by numeral (一一三学年度, 一0八学年度) is a year; a start value keeps its own", () => {
    const got = records(text);
    expect(got[0]!.year).toBe(2024);
    expect(got.slice(3).map((r) => [r.name, r.year, r.kind])).toEqual([
      ["具双语课程学校", 2019, "actual"],
      ["具双语课程学校", null, "actual"],
    ]);
  });

  test("十六届人民政府, 二十届全会 name sessions, not counts", () => {
    expect(records("某州2022年规划\n经州十六届人民政府第6次常务会议审议。深入学习贯彻二十届历次全会精神。")).toEqual([]);
  });
});

test("九成四 is 94 %; 近五年来 and 平均 are no part of a name", () => {
  const got = records("某市2025年教育工作报告\n近五年来在地就学平均约九成四，一一三学年度达百分之九十四点八。");
  expect(got.map((r) => [r.name, r.value, r.comparator])).toEqual([
    ["在地就学比例", 94, "~"],
    ["在地就学比例", 94.8, "="],
  ]);
});

test("a performance self-evaluation table: 名称 | sign | 指标值 | 单位 | 实际完成值 | 分值 | 得分", () => {
  const text = [
    "2022年度项目支出绩效自评表",
    "| 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 实际完成值 | 分值 | 得分 |",
    "| 产出指标 | 数量指标 | 学生受资助人数 | ≧ | 735 | 人次 | 735 | 10 | 10 |",
    "| 质量指标 | 营养改善计划覆盖率 | ≧ | 100 | % | 100% | 10 | 10 |",
    "| 有效 | 10 | 10 |",
    "| 社会效益 指标 | 政策知晓率 | ═ | 100 | % | 98% | 10 | 9 |",
  ].join("\n");
  expect(records(text).map((r) => [r.name, r.comparator, r.value, r.unit, r.kind])).toEqual([
    ["学生受资助人数", ">=", 735, "人次", "target"],
    ["学生受资助人数", "=", 735, "人次", "actual"],
    ["营养改善计划覆盖率", ">=", 100, "%", "target"],
    ["营养改善计划覆盖率", "=", 100, "%", "actual"],
    ["政策知晓率", "=", 100, "%", "target"],
    ["政策知晓率", "=", 98, "%", "actual"],
  ]);
});

test("由2013年的1.44亿元提高到2016年的3.6亿元: a sum named by its subject, not by the change after it; 撤并…等12所学校 keeps its verb", () => {
  const got = records("某市2017年学前教育行动计划\n全市财政性学前教育经费由2013年的1.44亿元提高到2016年的3.6亿元。撤并某县职业高级中学等12所学校。");
  expect(got.map((r) => [r.name, r.value, r.year])).toEqual([
    ["财政性学前教育经费", 1.44, 2013],
    ["财政性学前教育经费", 3.6, 2016],
    ["撤并学校", 12, null],
  ]);
});

describe("a statistics release from Macao (seventeenth batch)", () => {
  const text = "大学生增加中小生减少\n统计暨普查局资料显示，2010/2011学年高等教育学生有24,156名，较上一学年增加8.4%。幼儿教育学生（10,898名）较前一学年增加9.8%。特殊教育学生有558名，同比增加8.3%。高等教育的师生比例为1比11.6。";

  test("changes on the school year before (较上一学年, 较前一学年, 同比), three of them, make a report", () => {
    expect(records(text).every((r) => r.kind === "actual")).toBe(true);
  });

  test("a change on the school year before is a change on the year before, and no part of a name", () => {
    const change = records(text).find((r) => r.value === 8.4)!;
    expect([change.basis, change.name]).toEqual(["previous_year", "高等教育学生"]);
  });

  test("1比11.6 is a ratio", () => {
    expect(records(text).find((r) => r.unit === "ratio")!.value).toBeCloseTo(1 / 11.6, 5);
  });
});

test("a table of standards (序号 | 指标 | 国家标准), one cell per paragraph: the standard is the target; 元/年 is a unit", () => {
  const cells = ["序号", "指标", "国家标准", "1", "学前三年毛入园率(%)", "≥85", "2", "公办园生均公用经费财政拨款标准(元/年)", "500", "3", "县域内专任教师总数与在园幼儿总数之比", "≤1:15"];
  const got = records(["学前教育普及普惠督导评估有关指标标准", "", ...cells.flatMap((c) => [c, ""])].join("\n"));
  expect(got.map((r) => [r.name, r.comparator, r.value, r.unit, r.kind])).toEqual([
    ["学前三年毛入园率", ">=", 85, "%", "target"],
    ["公办园生均公用经费财政拨款标准", ">=", 500, "元/年", "target"],
    ["县域内专任教师总数与在园幼儿总数之比", "<=", 0.066667, "ratio", "target"],
  ]);
});

test("16 000個: thousands split by a space, where a measure word follows at once; 新开工 counts like 新建", () => {
  const got = records("某年施政报告\n资助约16 000个研究项目。新开工2所学校。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["资助研究项目", 16000],
    ["新开工学校", 2],
  ]);
  // a table's cells split by single spaces stay two figures
  expect(records("指 标\n单位 2020年 2025年\n在校生 人 15 160").map((r) => r.value)).toEqual([15, 160]);
});

test("列入 ends the noun after a count; 上半年 is no part of a name", () => {
  const got = records("某市2012年民生实事进展\n全市共有39所公办幼儿园建设项目列入为民办实事项目，其中新建11所，改扩建28所。上半年已完成投资5172万元。");
  expect(got.map((r) => r.name)).toEqual(["公办幼儿园建设项目", "新建公办幼儿园建设项目", "改扩建公办幼儿园建设项目", "完成投资"]);
});

test("50个学时, 1个小时: the measure is the word after 个", () => {
  expect(records("某州2014年工作要点\n在职教师不少于50个学时的培训。每天锻炼1个小时。").map((r) => [r.value, r.unit])).toEqual([
    [50, "学时"],
    [1, "小时"],
  ]);
});

test("a clause opening with 上年 gives last year's figure, a fact", () => {
  const got = records("某区教育经费情况\n2023年全区教体支出22.02亿元，上年支出为20.61亿元。");
  expect(got.map((r) => [r.value, r.year, r.kind])).toEqual([
    [22.02, 2023, "actual"],
    [20.61, 2022, "actual"],
  ]);
});

describe("a report of a work conference (eighteenth batch)", () => {
  const text = [
    "1月19日，某省2020年教育工作会议召开，会议总结了2019年的工作，安排部署2020年的教育工作。",
    "2019年，国家、地方和高校专项计划录取考生6019人，建设1688所村级幼儿园。",
    "会议强调，2020年，全面推进教师管理改革。加快普及高中教育，实现高中阶段毛入学率达到90%。",
  ].join("\n");

  test("the year whose work is arranged is planned; the years before it are past", () => {
    expect(records(text).map((r) => [r.value, r.year, r.kind])).toEqual([
      [6019, 2019, "actual"],
      [1688, 2019, "actual"],
      [90, 2020, "target"],
    ]);
  });

  test("专项计划 names a programme; it does not look ahead", () => {
    expect(records("某省2020年工作总结\n国家专项计划录取考生6019人。")[0]!.kind).toBe("actual");
  });
});

test("平方公尺 (Taiwan) is a unit of area; 共设六个班级 counts", () => {
  const got = records("某市2025年报告\n兴南幼儿园共设六个班级。总楼地板面积约二千六百九十八平方公尺。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [6, "个"],
    [2698, "平方公尺"],
  ]);
});

test("从…的73.7%上浮至82.59%, 由…的234个缩减至32个, 由当年的…上涨至…: the change verbs are no part of the name", () => {
  const got = records("某省2021年教育统计\n普惠性幼儿园覆盖率从2020年的73.7%上浮至82.59%。超大班由2020年的234个缩减至32个。毛入学率由当年的51.86%上涨至2021年的53.13%。");
  expect(got.map((r) => r.name)).toEqual(["普惠性幼儿园覆盖率", "普惠性幼儿园覆盖率", "超大班", "超大班", "毛入学率", "毛入学率"]);
});

test("a headline's closing ! is no part of a name; 已完成年度任务的108% is a completion rate", () => {
  expect(records("全市将新增基础教育学位17万个!").map((r) => r.name)).toEqual(["新增基础教育学位"]);
  const got = records("某省2021年民生实事完成情况\n新建农村幼儿园120所，已完成年度任务的108%。");
  expect(got.map((r) => r.name)).toEqual(["新建农村幼儿园", "新建农村幼儿园完成率"]);
});

describe("plans in a news report and a plan's column (eighteenth batch)", () => {
  test("今明两年计划新增…: 计划 before a verb of doing looks ahead whatever stands before it; 按计划完成 still does not", () => {
    const got = records("某省召开大会\n厅长透露，在去年全省新增基础教育公办学位61万个基础上，今明两年计划新增公办学位学前教育13万个、义务教育80万个。");
    expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
      ["新增基础教育公办学位", 61, "actual"],
      ["新增公办学位学前教育", 13, "target"],
      ["义务教育", 80, "target"],
    ]);
    expect(records("某区2022年工作总结\n民生实事项目已按计划完成建设项目10个。")[0]!.kind).toBe("actual");
  });

  test("an aside on what is counted (不含…) is no part of the name", () => {
    const got = records("某县十四五规划\n力争全县85%左右的义务教育学校（不含教学点和乡村小规模学校）通过省级管理标准化评估。");
    expect(got.map((r) => r.name)).toEqual(["义务教育学校通过省级管理标准化评估比例"]);
  });
});

describe("a city's statistics written as one run-on paragraph (twentieth batch)", () => {
  const text = "在市委、市政府正确领导下，认真落实教育改革与发展的目标与任务，全市教育事业保持了良好发展态势。义务教育 全市义务教育中小学214所，比上年减少2所。校舍总面积456.21万平方米，增长10.93%；仪器设备值13.25亿元，增长7.64%；图书1183.06万册，增长8.47%。专任教师1.79万人，增加4.07%。在校生12.1万人，比上年增加0.3万人。毕业生2.1万人，比上年增加0.1万人。教育经费35.2亿元，增长3.2%。";

  test("totals then their changes (…万平方米，增长10.93%) make a report, whatever one opening word says", () => {
    expect(records(text).every((r) => r.kind === "actual")).toBe(true);
  });

  test("目标, 任务 as nouns in a paragraph's opening words set no tense", () => {
    const got = records("某县2023年工作计划\n认真落实上级部署的目标与任务。新建幼儿园3所。");
    expect(got.map((r) => r.kind)).toEqual(["target"]);
    // the opening words of a report paragraph say what happened; a plan's goals do not change that
    expect(records("某县2023年工作总结\n认真落实了上级部署的目标与任务。新建幼儿园3所。").map((r) => r.kind)).toEqual(["actual"]);
  });
});

test("4萬326人 is 40,326; ㎡ is a unit of area (平方米)", () => {
  const got = records("某县2025年报告\n受惠学生共4万326人。幼儿园园舍占地面积3500㎡。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [40326, "人"],
    [3500, "平方米"],
  ]);
});

describe("a county's review of a five-year plan (nineteenth batch)", () => {
  const text = [
    "根据县两办《关于报送2015年工作总结和2016年工作思路的通知》要求，现将我局相关材料汇报如下：",
    "一、“十二五”成效及主要指标完成情况",
    "《某县“十二五”教育事业发展规划》提出了教育发展的四大目标和六大任务。六大任务的主要指标落实情况如下：",
    "1.促进学前教育提档升级。②学前三年适龄幼儿入园率达98.7%，学前教育得到初步普及。",
  ].join("\n");

  test("a year inside 《…》 names a document and dates nothing; a numbered heading is no title", () => {
    expect(records(text).map((r) => r.year)).toEqual([null]);
  });

  test("a lead-in that says how things stand (落实情况如下：) makes its items reports", () => {
    expect(records(text).map((r) => [r.value, r.kind])).toEqual([[98.7, "actual"]]);
  });
});

test("2023年我市… opening a sentence mid-paragraph dates the rest of the paragraph, in a page dated after it", () => {
  const text = "2024年03月01日\n今年我市计划新改扩建中小学28所\n市委高度重视教育工作。2023年我市共新改扩建幼儿园32所，新增学位9000个。新改扩建中小学28所，新增学位4万个。";
  expect(records(text).slice(1).map((r) => [r.value, r.year, r.kind])).toEqual([
    [32, 2023, "actual"],
    [9000, 2023, "actual"],
    [28, 2023, "actual"],
    [4, 2023, "actual"],
  ]);
});

test("在45至55元的区间, 保持在95%的水平: the frame around a figure names nothing; 目前 closing a subject goes", () => {
  const got = records("某县2025年报告\n县内学校午餐费用目前在45至55元的区间。学前教育毛入园率保持在95%的水平。");
  expect(got.map((r) => r.name)).toEqual(["县内学校午餐费用", "学前教育毛入园率"]);
});

test("symbols a spam mirror scatters through a text (◈✿✿★) are no part of a name", () => {
  const got = records("2019年全国教育事业发展统计公报\n全国共有各级各类学校53.01万所，比上年增加1.13万所◈✿✿★，增长2.17%◈✿✿★。");
  expect(got.map((r) => r.name).join("|")).not.toMatch(/[◈✿★]/);
  expect(got).toHaveLength(3);
});

test("a date line followed by the page's source (2024年02月29日07:47 | 来源：…) dates the page", () => {
  const text = "某省去年新增51个教育集团\n\n记者 某某\n2024年02月29日07:47 | 来源：某日报\n\n记者从全省教育工作会议上获悉，2023年，全省新增教育集团51个，新增学位4.6万个。";
  expect(records(text).slice(-2).map((r) => [r.value, r.year, r.kind])).toEqual([
    [51, 2023, "actual"],
    [4.6, 2023, "actual"],
  ]);
});

describe("a verb done (了) anywhere before a figure (twenty-first batch)", () => {
  test("a paragraph that tells what was done reports its figures", () => {
    const text = "2020年，某区率全市之先召开教育大会，开启了高质量推进教育现代化的新征程。教育一般公共预算财政支出12.58亿元。";
    expect(records(text).map((r) => r.kind)).toEqual(["actual"]);
  });

  test("为了, 了解, and what a plan 明确了 do not report", () => {
    expect(records("某市学前教育提升行动方案\n方案明确了提升行动目标。为了让更多孩子入园，全市新建改扩建幼儿园30所。").map((r) => r.kind)).toEqual(["target"]);
    expect(records("某县2024年工作计划\n深入了解学生需求，新建食堂3个。").map((r) => r.kind)).toEqual(["target"]);
  });
});

test("争取…资金1.3亿元: money obtained, whatever words name it, is no resolve", () => {
  expect(records("2011年以来，市教育局累计向上争取学前教育项目补助资金1.3亿元。")[0]!.kind).toBe("actual");
  expect(records("某县2024年工作计划\n积极争取上级支持，争取新建幼儿园3所。")[0]!.kind).toBe("target");
});

test("2011年以来… starts a span up to now: its figures are sums, not of 2011", () => {
  const got = records("2011年以来，市教育局累计向上争取学前教育项目补助资金1.3亿元。");
  expect(got.map((r) => [r.value, r.year, r.kind])).toEqual([[1.3, null, "actual"]]);
});

test("同比增长（同口径）16.53%: how a change is counted is no part of its name", () => {
  const got = records("某区2020年工作总结\n教育一般公共预算财政支出12.58亿元，同比增长（同口径）16.53%。");
  expect(got.map((r) => [r.name, r.basis])).toEqual([
    ["教育一般公共预算财政支出", "absolute"],
    ["教育一般公共预算财政支出", "previous_year"],
  ]);
});

describe("news pages, changes from one level to another (twenty-second to twenty-fifth batches)", () => {
  test("a dated news page reports, unless more words look ahead than back; a deadline before its date is passed", () => {
    const text = "教育部：去年全国幼儿园数量达到27.4万所\n\n2024年05月16日17:48 | 来源：某网\n\n某网5月16日电 教育部今天介绍，到2023年，全国幼儿园27.4万所，学前教育毛入园率91.1%。按照计划推进各项工作。";
    expect(records(text).map((r) => [r.value, r.kind])).toEqual([
      [27.4, "actual"],
      [27.4, "actual"],
      [91.1, "actual"],
    ]);
    const plan = "某市新闻\n\n2024年05月16日 | 来源：某网\n\n某市今年计划新建幼儿园10所，力争新增学位3000个，确保普惠率达到90%。";
    expect(records(plan).map((r) => r.kind)).toEqual(["target", "target", "target"]);
  });

  test("a page dated day first (05/09/2019) is dated", () => {
    const text = "局长谈学额\n\n05/09/2019\n\n某局局长表示，本学年学生人数81,766人，小学学额1.2万个。";
    expect(records(text).map((r) => r.kind)).toEqual(["actual", "actual"]);
  });

  test("由X增至Y: both figures are the measure's, the one arrived at too; 较上一学年 and 由 name nothing", () => {
    const got = records("某区2023年工作总结\n学生的平均单位成本，小学由44,451元增至57,500元，中学则由49,246元增至78,880元。回归教育方面，学生期初人数较上一学年减少17.83%至917人。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["小学学生平均单位成本", 44451],
      ["小学学生平均单位成本", 57500],
      ["中学学生平均单位成本", 49246],
      ["中学学生平均单位成本", 78880],
      ["学生期初人数", -17.83],
      ["学生期初人数", 917],
    ]);
  });

  test("已将…缩减至 tells what was done to the measure; 需要在2021学年前 sets a deadline", () => {
    const got = records("某局2019年情况\n目前局方已将欠缺学额数量缩减至6,000个。局长指目前需要在2021学年前增加1.1万个学额。");
    expect(got.map((r) => [r.name, r.kind, r.comparator])).toEqual([
      ["欠缺学额数量", "actual", "="],
      ["学额", "target", ">="],
    ]);
  });
});

describe("glosses, units in brackets, deeds that name figures (twenty-second to twenty-fifth batches)", () => {
  test("bare pinyin with tone marks and notes of the traditional form are page noise", () => {
    const got = records("某市2021年工作计划\n全市新建公办(繁体:辦)幼儿园9所，中小学(繁:學)学位4000个，古浪làng 县4所。PPP项目3个。");
    expect(got.map((r) => r.name)).toEqual(["新建公办幼儿园", "中小学学位", "古浪县", "PPP项目"]);
  });

  test("对8090人进行了问卷调查: the deed done to the counted names them", () => {
    const got = records("某县督导报告\n通过专用网络平台对8090人进行了问卷调查；对22所学校进行信息技术装备升级。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["问卷调查", 8090],
      ["学校信息技术装备升级", 22],
    ]);
  });

  test("1 704(所次), 192所(个): a unit in brackets is the figure's, not a name", () => {
    const got = records("某省报告\n共随机抽查学校和教学点192所(个)。对1 704(所次)普惠性民办幼儿园进行奖补。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
      ["随机抽查学校和教学点", 192, "所"],
      ["普惠性民办幼儿园奖补", 1704, "所次"],
    ]);
  });

  test("项目1 122个共176万平方米: the area after a count with 共 is the area of what was counted", () => {
    const got = records("某省总结\n实施新建、扩建幼儿园项目1 122个共176万平方米。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["实施新建扩建幼儿园项目", 1122],
      ["实施新建扩建幼儿园项目面积", 176],
    ]);
  });

  test("投入约3700万元完成了约15万平方米校舍维修工程: the deed paid for names the money", () => {
    const got = records("某区“十二五”回顾\n投入约3700万元完成了约15万平方米校舍、场地维修工程，投入约640万元实施了2.4万平方米的绿化。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["校舍、场地维修工程投入", 3700],
      ["校舍、场地维修工程", 15],
      ["绿化投入", 640],
      ["绿化面积", 2.4],
    ]);
  });
});

describe("budget years and budgeted sums (twenty-fourth batch)", () => {
  // (a span's figures are due by its end: two labellers of the seventh session's batches read 2014-2018年 and
  // 2020-2025年 so, and no label reads a target's span as no year)
  test("2017/18年度 is one budget year, named by its first; 2021-25年 is a span, its figures due by its end", () => {
    const got = records("教育拨款增加\n2017/18年度教育拨款增加49亿元至875亿元。2021-25年新建学校5所。");
    expect(got.map((r) => [r.name, r.value, r.year])).toEqual([
      ["教育拨款", 49, 2017],
      ["教育拨款", 875, 2017],
      ["新建学校", 5, 2025],
    ]);
  });

  test("a sum budgeted (拨款, 预算, 预留) is the sum, not a floor", () => {
    const got = records("某县2026年预算\n2026年教育预算编列201亿元，预留七亿元用于校舍。新建幼儿园3所。");
    expect(got.map((r) => [r.value, r.comparator])).toEqual([
      [201, "="],
      [700000000, "="],
      [3, ">="],
    ]);
  });

  test("a plan's 发展背景分析 states how things stand", () => {
    const got = records("某小学发展规划（2013-2018年）\n二、发展背景分析\n我校属于独立校园，占地14520平方米，绿地面积1500平方米。\n三、发展目标\n建成功能室8个。");
    expect(got.map((r) => [r.value, r.kind])).toEqual([
      [14520, "actual"],
      [1500, "actual"],
      [8, "target"],
    ]);
  });
});

describe("summaries with no title, bare coverages, 过万 (twenty-fourth and twenty-fifth batches)", () => {
  test("no title, but the first part headed 一、工作落实情况: the opening reports too", () => {
    const text = "2022年，在县委、县政府的坚强领导下，紧紧围绕这一目标，公办园在园幼儿占比达52.82%，高中阶段入学率96%。\n一、工作落实情况\n累计关停15家黑机构。";
    expect(records(text).map((r) => [r.value, r.kind, r.comparator])).toEqual([
      [52.82, "actual", "="],
      [96, "actual", "="],
      [15, "actual", "="],
    ]);
  });

  test("…，2022年已实现全覆盖: a coverage with no words of its own covers what the clause before is about", () => {
    const got = records("某县2022年工作总结\n三是突出党建引领。全面推行党组织领导下的校长负责制，2022年已实现全覆盖。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["党组织领导下校长负责制覆盖率", 100, "%"]]);
  });

  test("学位过万个 is over ten thousand; 通过 and 经过 are not", () => {
    const got = records("某区2020年民生实事\n新增学位过万个。经过5年努力，通过验收学校3所。");
    expect(got.map((r) => [r.value, r.unit, r.comparator])).toEqual([
      [1, "万个", ">"],
      [3, "所", ">="],
    ]);
  });
});

describe("forms one cell per line, yearbook tables (twenty-eighth batch)", () => {
  test("a figure alone on its line is the value of the label on the line above", () => {
    const text = "项目支出绩效目标表\n\n（2020年度）\n\n资金总额\n\n10000万元\n\n其中：财政拨款\n\n8000万元\n\n重点建设工程验收合格率\n\n100%\n\n学生、家长、社会满意度\n\n≥90%";
    expect(records(text).map((r) => [r.name, r.value, r.comparator])).toEqual([
      ["资金总额", 10000, "="],
      ["财政拨款", 8000, "="],
      ["重点建设工程验收合格率", 100, ">="],
      ["学生、家长、社会满意度", 90, ">="],
    ]);
  });

  test("a yearbook table: bare years over the rows, the English beside the labels, measures on rows of their own", () => {
    const text = [
      "教育事业基本情况",
      "单位：人、所     (person, unit)",
      "             Item 2006 2007",
      "学校数 Number of Schools",
      "普通高等学校 Regular Institutions of Higher Education 38 40",
      "   高 中         Senior 286 262",
      "专任教师 Number of Full-time Teachers",
      "普通高等学校 Regular Institutions of Higher Education 23717 26089",
    ].join("\n");
    expect(records(text).map((r) => [r.name, r.value, r.unit, r.year, r.kind])).toEqual([
      ["普通高等学校数", 38, "所", 2006, "actual"],
      ["普通高等学校数", 40, "所", 2007, "actual"],
      ["高中学校数", 286, "所", 2006, "actual"],
      ["高中学校数", 262, "所", 2007, "actual"],
      ["普通高等学校专任教师", 23717, "人", 2006, "actual"],
      ["普通高等学校专任教师", 26089, "人", 2007, "actual"],
    ]);
  });
});

describe("shares of each count, sourced date lines (twenty-sixth to twenty-eighth batches)", () => {
  test("公办园10301人，占比41.02%，民办园14812人，占比58.98%: each share is of the count before it", () => {
    const got = records("某县规划\n现有幼儿25113人，其中公办园10301人，占比41.02%，民办园14812人，占比58.98%。");
    expect(got.slice(1).map((r) => [r.name, r.value])).toEqual([
      // (the parts of 幼儿25113人 are children: 公办园幼儿, the shares between them aside)
      ["公办园幼儿", 10301],
      ["公办园占比", 41.02],
      ["民办园幼儿", 14812],
      ["民办园占比", 58.98],
    ]);
  });

  test("来源：某日报 2021-02-05 dates a page; 超额完成…目标任务 looks back", () => {
    const text = "某市“十三五”期间新增公办幼儿园学位6.97万个\n\n来源：某日报 2021-02-05 23:17 /\n\n记者近日从相关会议了解到，全市公办园在园幼儿11.42万人，超额完成“十三五”目标任务。";
    expect(records(text).map((r) => [r.value, r.kind])).toEqual([
      [6.97, "actual"],
      [11.42, "actual"],
    ]);
  });
});

describe("topic clauses, asides with commas, 人民币 (twenty-seventh and twenty-ninth batches)", () => {
  test("a clause with no subject goes on about the figure-less clause before it", () => {
    const got = records("某区规划\n中小学幼儿园在校生人数，从2015年的31.5万人，增至2020年的36.2万人。");
    expect(got.map((r) => [r.name, r.value, r.year])).toEqual([
      ["中小学幼儿园在校生人数", 31.5, 2015],
      ["中小学幼儿园在校生人数", 36.2, 2020],
    ]);
  });

  test("这个比例 refers to the rate the clause before named", () => {
    const got = records("某区规划\n提升中小学生在优质学校的就读比例，这个比例2015年仅为70%。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["中小学生在优质学校就读比例", 70]]);
  });

  test("75.5万元（澳门元，下同）津贴: the aside is one piece and the noun after it names the figure", () => {
    expect(records("某局公布\n每班可获75.5万元（澳门元，下同）津贴。")[0]!.name).toBe("每班可获津贴");
  });

  test("42.88亿人民币 is money; 半年来 looks back", () => {
    const got = records("某县新闻\n半年来，共投入教育民生项目建设资金17936.85万元，总投资42.88亿人民币。");
    expect(got.map((r) => [r.value, r.unit, r.kind])).toEqual([
      [17936.85, "万元", "actual"],
      [42.88, "亿元", "actual"],
    ]);
  });
});

test("600分以上的学生, 以下5个方面, 2023项目: a qualifier, the parts of a text and a year are no figures", () => {
  const got = records("某县会议讲话\n600 分以上的学生人数比去年多 384 人。主要体现在以下5个方面。特校2023项目支出绩效目标表");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[384, "人"]]);
});

describe("Taiwan's calendar and money written out (thirtieth to thirty-third batches)", () => {
  test("104年: and 自104年至107年6月止 count years the Republic's way; the span up to a date past reports", () => {
    const got = records("一、自104年至107年6月止，经济弱势学生营养午餐费补助计2,510校次。二、历年补助情形：104年：补助760校次，计1亿1,973万6,084元。");
    expect(got.map((r) => [r.value, r.unit, r.year, r.kind])).toEqual([
      [2510, "校次", 2018, "actual"],
      [760, "校次", 2015, "actual"],
      [119736084, "元", 2015, "actual"],
    ]);
  });

  test("今(112)年, 去(111)年: the year in brackets inside 今年 is the year", () => {
    const got = records("彰化县课桌椅更新\n县府去(111)年挹注约2,465万元，今(112)年扩大补助近6,200万元。");
    expect(got.map((r) => [r.value, r.year])).toEqual([
      [2465, 2022],
      [6200, 2023],
    ]);
  });
});

describe("news stories with no page date (thirty-third batch)", () => {
  test("本报讯…获悉 reports what happened; its counts carry the next figure's 约 no more", () => {
    const got = records("本报讯（通讯员 某某）笔者日前从县学生资助管理中心获悉，今年上半年，我县落实学生资助共计357703人次约6414万元，其中资助建卡贫困户学生19551人次约1303万元。");
    expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
      ["落实学生资助人次", 357703, "actual"],
      ["落实学生资助金额", 6414, "actual"],
      ["资助建卡贫困户学生人次", 19551, "actual"],
      ["资助建卡贫困户学生金额", 1303, "actual"],
    ]);
  });

  test("a story of what will be (将用3年时间…) stays planned", () => {
    const got = records("某区3年内将建设274所幼儿园\n\n记者近日从某区教育厅获悉，从今年开始，某区将用3年时间实施幼儿园建设工程。\n\n新建幼儿园274所，新增学位1万个。");
    expect(got.map((r) => [r.value, r.kind])).toEqual([
      [274, "target"],
      [274, "target"],
      [1, "target"],
    ]);
  });
});

describe("plans' chapters, rates named before a colon, thresholds in names (thirtieth batch)", () => {
  test("第一章 and 第一节 head sections: a plan's 发展基础 states what was achieved", () => {
    const text = "某市教育“十四五”规划\n第一章规划背景\n第一节发展基础\n全市学前教育毛入园率达到90.2%。\n第二章发展目标\n到2025年，学前教育毛入园率达到95%。";
    expect(records(text).map((r) => [r.value, r.kind])).toEqual([
      [90.2, "actual"],
      [95, "target"],
    ]);
  });

  test("②低分率：1—3年级语文不能高于15%，数学不能高于10%: the label is the measure, the grade stays in the name", () => {
    const got = records("某县2010年教育工作目标\n②低分率：1—3年级语文不能高于15%，数学不能高于10%。");
    expect(got.map((r) => [r.name, r.value, r.comparator])).toEqual([
      ["1-3年级语文低分率", 15, "<="],
      ["数学低分率", 10, "<="],
    ]);
  });

  test("600分以上人数要达28人: the score that says who is counted stays in the name", () => {
    expect(records("某县2010年教育工作目标\n高考600分以上人数要达28人。").map((r) => [r.name, r.value])).toEqual([["高考600分以上人数", 28]]);
  });
});

describe("lists, completion shares and people in 万 (thirty-first batch)", () => {
  test("城区、乡镇中小学分别增加了93个、60个班额: the noun after the last figure is each one's", () => {
    const got = records("某县2018年总结\n2018年秋季城区、乡镇中小学分别增加了93个、60个班额。");
    expect(got.map((r) => r.name)).toEqual(["城区中小学班额", "乡镇中小学班额"]);
  });

  test("完成目標任務的103% in traditional characters is the completion rate of what was counted", () => {
    const got = records("某區2011年回顧\n全區固定資產投資206億元，完成目標任務的103%。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["固定资产投资", 206],
      ["固定资产投资完成率", 103],
    ]);
  });

  test("149.31万农村留守儿童 counts people; 由原来的170亩 names no 原来", () => {
    const got = records("某区2011年回顾\n保障了149.31万农村留守儿童接受义务教育的权利。遂川中学由原来的170亩扩大到223亩。");
    expect(got.map((r) => [r.name, r.unit])).toEqual([
      ["保障接受义务教育权利农村留守儿童", "万人"],
      ["遂川中学", "亩"],
      ["遂川中学", "亩"],
    ]);
  });
});

describe("started and finished, some of them being something (thirty-third batch)", () => {
  test("开工建设95所学校、完工57所: started or finished tells the counts apart, each of the same things", () => {
    const got = records("某市2018年计划\n2018年，某市将开工建设95所学校、完工57所；2019年开工43所、完工42所。");
    expect(got.map((r) => [r.name, r.value, r.year])).toEqual([
      ["某市开工建设学校", 95, 2018],
      ["完工学校", 57, 2018],
      ["开工学校", 43, 2019],
      ["完工学校", 42, 2019],
    ]);
  });

  test("163所学校中，16所为改造提升: some of them are what the words after 为 say", () => {
    expect(records("某市2018年计划\n新建、提升改造的163所学校中，147所为新建，16所为改造提升。").at(-1)!.name).toBe("改造提升");
  });
});

test("办学规模 is a noun, 可达 a comparator, and who spends money does not name it", () => {
  const got = records("某校新闻\n某校办学规模扩大至42个班，远期可达48个班。宁波某学校今年投资178万元改造学生宿舍浴室。");
  expect(got.map((r) => r.name)).toEqual(["某校办学规模班", "远期班", "改造学生宿舍浴室投资"]);
});

test("a dated story of what will be (将改造) plans, though it tells what was done before; 将…了 is done", () => {
  const plan = "某市今年改造136所幼儿园\n\n2014-05-21 09:32:00\n\n来源：某晚报\n\n市教育局负责人透露，今年某市将改造136所幼儿园。某市已先后6次把建设幼儿园工程列入实事项目，今年计划改造136所。\n\n维修改造96所，扩增学位改造40所。";
  expect(records(plan).at(-1)!.kind).toBe("target");
  const done = "某旗教育\n\n2021-03-01\n\n全旗27所中小学开设冬季滑雪课程，将体育课“搬”进了滑雪场，累计培训教师300人，先后4次被评为先进。";
  expect(records(done).map((r) => r.kind)).toEqual(["actual", "actual", "actual"]);
});

test("what a school has (占地, 校舍面积, 学生), stated with no word of any kind, is the case now even in a plan", () => {
  const plan = "某小学三年发展规划\n一、学校概况\n学校占地6600平方米，校舍面积2986平方米，教学班15个，学生912名。\n二、发展目标\n到2025年，新增学位300个，规划容纳6个教学班。";
  expect(records(plan).map((r) => [r.value, r.kind])).toEqual([
    [6600, "actual"],
    [2986, "actual"],
    [15, "actual"],
    [912, "actual"],
    [300, "target"],
    [6, "target"],
  ]);
});

test("消除…专项规划 names a programme, and 25%以上的设区市 says which cities: neither is a figure", () => {
  const got = records("某省消除大班额规划\n省教育厅编制了《消除义务教育阶段大班额专项规划》。到2020年，随迁子女占在校生25%以上的设区市控制在4%以内。");
  expect(got.map((r) => [r.value, r.comparator])).toEqual([[4, "<="]]);
});

test("全港明年共提供4,935个中一自行分配学额: 全港 is scope and 自行分配 part of the noun", () => {
  expect(records("香港中一学位\n全港明年共提供4,935个中一自行分配学额。")[0]!.name).toBe("提供中一自行分配学额");
});

test("新建17所：大东区1所（140中学幼儿园）、于洪区2所（马三家小学幼儿园）；扩建3所：…: places after a count and its colon are its parts", () => {
  const got = records("某市幼儿园改造\n具体为：新建17所：大东区1所（140中学幼儿园）、于洪区2所（马三家小学幼儿园）；扩建3所：康平县2所，新民市1所。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["新建", 17],
    ["大东区新建", 1],
    ["于洪区新建", 2],
    ["扩建", 3],
    ["康平县扩建", 2],
    ["新民市扩建", 1],
  ]);
});

test("补助计2,510校次、13万8,596人次，计4亿224万元: figures of several measures under one name are told apart", () => {
  const got = records("某市补助\n营养午餐费补助计2,510校次、13万8,596人次，计4亿224万元。");
  expect(got.map((r) => r.name)).toEqual(["营养午餐费补助校次", "营养午餐费补助人次", "营养午餐费补助金额"]);
});

test("由2017/18学年起: the 18 of a school year is no figure", () => {
  expect(records("某局预算\n由2017/18学年起，特殊教育开支增加至每年约35亿元。").map((r) => r.value)).toEqual([35]);
});

test("农村初中生、小学生寄宿率分别达到62%、18%: the last item's rate is every item's", () => {
  expect(records("某省2014年工作\n农村初中生、小学生寄宿率分别达到了62%、18%。").map((r) => r.name)).toEqual(["农村初中生寄宿率", "小学生寄宿率"]);
});

test("10月过半 and 时间过半、任务过半 are time gone by, not shares; 一半以上的学校 is one", () => {
  expect(records("某市进展\n10月过半，项目建设时间过半、任务过半。一半以上的学校建成特色校。").map((r) => r.value)).toEqual([50]);
});

test("已完成年度任务的108% with no figure before it: the completion rate of the task it names", () => {
  expect(records("某县2013年上半年总结\n全县教育工作成效明显，已完成年度任务的108%。")[0]!.name).toBe("年度任务完成率");
});

test("在全体教职工的共同努力下 thanks an effort made; it looks ahead to nothing", () => {
  const got = records("小学发展情况汇报材料\n近年来，我校在全体教职工的共同努力下，办学条件不断改善。学校占地6600平方米，教学班15个。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("a byline in brackets, （记者 杨帆）, makes a story that reports", () => {
  const text = "某台（记者 杨帆）14日，系列主题新闻发布会召开，全省建成劳动实践教育基地213个，党建示范学校204所。";
  expect(records(text).map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("14所乡镇幼儿园被评为市级示范园, 6所高职院校入选“双高”计划: what they were named is what is counted, whatever words the kind carries", () => {
  const got = records("某县2023年总结\n全县14所乡镇幼儿园被评为市级示范园，6所高职院校入选国家“双高”计划。");
  // (a programme chosen into names the schools with it: 高职院校入选…双高计划)
  expect(got.map((r) => r.name)).toEqual(["市级示范园", "高职院校入选国家双高计划"]);
});

test("一类幼儿园 is a grade of kindergarten: no count of kinds, and it stays in the name", () => {
  const got = records("某区2024年工作要点\n创建不少于3所阜阳市一类幼儿园，新建三类学校2所。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["创建阜阳市一类幼儿园", 3, "所"],
    ["新建三类学校", 2, "所"],
  ]);
});

test("no title, and the opening sentence tells what was done (…开启了…新征程): the figures after it report", () => {
  const text = "2020年，某区召开教育大会，出台《教育提升三年行动计划》，开启了教育现代化的新征程。\n\n1.教育投入不断扩大。教育财政支出12.58亿元，发放各类经费250.89万元，惠及1869人次。";
  expect(records(text).map((r) => [r.kind, r.comparator])).toEqual([
    ["actual", "="],
    ["actual", "="],
    ["actual", "="],
  ]);
});

test("no title, and the opening sentence looks ahead: the figures after it are targets", () => {
  const text = "2021年，某区将深入实施教育提升三年行动计划，推进教育现代化。\n\n1.扩大教育投入。教育财政支出12.58亿元，新增学位1869个。";
  expect(records(text).map((r) => r.kind)).toEqual(["target", "target"]);
});

test("义务教育实现基本均衡的县(市、区)比例: what follows 的 is too short, its asides aside, to be the label alone", () => {
  const got = records("某省规划\n到2020年，义务教育实现基本均衡的县(市、区)比例达到95%。");
  expect(got.map((r) => r.name)).toEqual(["义务教育实现基本均衡县(市、区)比例"]);
});

test("a report with no year or date of its own that names 十四五: what it says of 2024 and of the period happened", () => {
  const text = "五年来，某省教育普及水平全面提高。2024年，学前教育毛入园率达到91.95%。“十四五”期间，建成特殊教育学校41所。";
  expect(records(text).map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("a plan that names 十四五: the period's figures are planned", () => {
  const text = "某省教育事业发展规划\n“十四五”期间，建成特殊教育学校41所。2024年，学前教育毛入园率达到92%。";
  expect(records(text).map((r) => r.kind)).toEqual(["target", "target"]);
});

test("a title ending in 成就 names a review", () => {
  expect(records("某省“十四五”教育发展成就\n学前教育毛入园率达到91.95%。").map((r) => r.kind)).toEqual(["actual"]);
});

test("重点工作目标任务1-12月完成情况, 规划落实情况工作报告: a plan named before a report on how it went is what the report is about", () => {
  for (const title of ["市教育局2022年重点工作目标任务1-12月完成情况", "市教育局教育规划落实情况工作报告"]) {
    expect(records(`${title}\n\n1.基础教育。全市普惠性幼儿园覆盖率提升至92.65%，新增优质园53所。`).map((r) => r.kind)).toEqual(["actual", "actual"]);
  }
  expect(records("2023年工作要点及2022年工作完成情况和2023年工作计划\n\n新增优质园53所。").map((r) => r.kind)).toEqual(["target"]);
});

test("第三批32所: the round a list is in is an ordinal, the count straight after it is a figure, and the round stays out of the name", () => {
  const got = records("某市2022年总结\n推进第三批32所“新优质学校”培育建设。");
  expect(got.map((r) => [r.name, r.value])).toEqual([["新优质学校培育", 32]]);
});

test("现辖六所完小, 又有三所学校: what a place has in its charge, or has again, is counted in words too", () => {
  const got = records("某中心小学年度工作总结\n我校现辖六所完小，本年度又有三所学校实施了标准化建设。");
  expect(got.map((r) => r.value)).toEqual([6, 3]);
});

test("比国家同期平均水平高出19.1个百分点: the gap to a national level is its own measure, named by the measure before it", () => {
  const got = records("某市五年工作总结\n毛入园率达到97%，比国家同期平均水平高出19.1个百分点；生均经费比全省平均水平低200元。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["毛入园率", 97, "%"],
    ["毛入园率高于国家平均水平", 19.1, "百分点"],
    ["生均经费低于全省平均水平", 200, "元"],
  ]);
});

test("2人受到预免职处理, 8所高职学校列入…建设单位: people counted by what they received, schools by the list they were put on", () => {
  const got = records("某县2019年工作总结\n全年2人受到预免职处理，8所高职学校列入国家“双高计划”建设单位。");
  expect(got.map((r) => r.name)).toEqual(["受到预免职处理", "国家双高计划建设单位"]);
});

test("深刻领会8个明确、14条基本方略 are the parts of a doctrine; 作为一个多民族的国家 has an article, not a figure", () => {
  const got = records("某市2018年教育工作计划\n深刻领会8个明确、14条基本方略的内涵。我国作为一个多民族的国家，新建学校5所。");
  expect(got.map((r) => r.value)).toEqual([5]);
});

test("幼儿近视眼防控工作方案3篇 run into a sharing site's page is its count of documents", () => {
  expect(records("2020幼儿近视眼防控工作方案3篇儿童青少年是祖国的未来。到2023年，近视率降低0.5个百分点。").map((r) => r.unit)).toEqual(["百分点"]);
});

test("均衡发展 is a word, not 均 'all' ending the counted noun", () => {
  const got = records("某省2015年工作要点\n开展好17个县(区)申请国家评估认定义务教育均衡发展达标工作。");
  expect(got[0]!.name).toContain("义务教育均衡发展");
});

test("6岁儿童近视率, 3-6岁幼儿入园率: an age says who is counted and stays in the name", () => {
  const got = records("某方案\n到2023年，6岁儿童近视率控制在3%左右，3-6岁幼儿入园率达到95%。");
  expect(got.map((r) => r.name)).toEqual(["6岁儿童近视率", "3-6岁幼儿入园率"]);
});

test("a copy that breaks its sentences at every figure (公用经费\\n8059.35\\n万元) and leaves tag residue (?/p>) keeps its figures", () => {
  const text = "某县教育工作会议讲话\n一是教育民生改善取得新成效。各级财政拨付我县教?/p>\n公用经费\n8059.35\n万元,实现公办学校和民办学校共享公用\n经费。发放助学金?/p>\n1286\n万元,受益学生\n14529\n人次。\n12\n";
  const got = records(text);
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [8059.35, "万元"],
    [1286, "万元"],
    [14529, "人次"],
  ]);
  expect(got.every((r) => !r.name.includes("/p>"))).toBe(true);
});

test("投资1.76亿元用于校舍建设, 投资272万元，完成了…工程: the money is named by what it paid for", () => {
  const got = records("某县2011年教育工作会议讲话\n2010年，投资1.76亿元用于校舍维修，投资272万元，完成了农村中小学远程教育工程。");
  expect(got.map((r) => r.name)).toEqual(["校舍维修投资", "农村中小学远程教育工程投资"]);
});

test("由全盟19名上升至17名, 居全省第3位: places in a ranking; 全县5600余名毕业生 is a count", () => {
  const got = records("某县2023年教育工作会议讲话\n中考成绩由全盟19名上升至17名，居全省第3位，全县5600余名毕业生参加培训。");
  expect(got.map((r) => r.value)).toEqual([5600]);
});

test("满意率在80以上, 合格率达90以上: a rate written with its number alone is a percentage", () => {
  const got = records("某幼儿园五年规划\n家长满意率在80以上，测试合格率达90以上，共组织活动12次。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["家长满意率", 80, "%"],
    ["测试合格率", 90, "%"],
    ["组织活动", 12, "次"],
  ]);
});

test("开展校舍维修项目，投入资金1665万元: money spent with no subject paid for the work the clause before named", () => {
  const got = records("某市2021年工作总结\n开展校舍维修项目，投入资金1665万元。实施薄弱环节改善项目，计划投资1308万元。");
  expect(got.map((r) => r.name)).toEqual(["校舍维修项目投入", "薄弱环节改善项目计划投资"]);
});

test("计划投入10027万元 with no subject: planned is part of the name, after what it pays for (a planned sum stays a plan's floor, as the dev labels read 计划投资)", () => {
  const got = records("某市2015年上半年工作总结\n出台项目规划，计划投入10027万元，改善相对薄弱学校的11个项目。");
  expect(got.map((r) => [r.name, r.comparator])).toEqual([
    ["改善相对薄弱学校项目计划投入", ">="],
    ["改善相对薄弱学校项目", ">="],
  ]);
});

test("a whole document run into one line: its parts start after the title's kind of document and after a sentence", () => {
  const filler = "学校各项工作取得了较好的成绩，办学条件不断改善，教育质量稳步提高，得到了社会的广泛认可和家长的一致好评".repeat(3);
  const text = `树屏镇中心校控辍保学工作实施方案树屏镇义务教育控辍保学工作汇报一、基本情况全镇现有学校10所，教学班42个。${filler}。二、2023年工作打算新建学校8所，新增学位5000个。${filler}。`;
  expect(records(text).map((r) => [r.value, r.kind])).toEqual([
    [10, "actual"],
    [42, "actual"],
    [8, "target"],
    [5000, "target"],
  ]);
});

test("近年来，…努力加大资金投入: after a frame of time gone by, an effort word tells how it was done, it does not look ahead", () => {
  const text = "同志们：下面我讲三点意见。\n一、肯定成绩、正视差距，增强做好教育工作的责任感和使命感 近年来，随着我市经济持续发展，全市上下更加重视教育工作，努力加大资金投入，加快设施配套建设，着力提升工作水平，推动教育改革发展取得了长足进步。全市小学入学率99.5%，初中入学率94.64%。";
  expect(records(text).map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("组织开展了…汉字听写大赛，280名学生参加: people counted after the event the clause before held are its participants", () => {
  const text = "某县2018年上半年工作总结\n组织开展了全县中小学生第二届“优学派”汉字听写大赛，280名学生参加；2018年2月5日组织寒假兴趣爱好培训班汇报演出，共计有学生和家长450人；选派教师参加中省市培训30人次。";
  expect(records(text).map((r) => r.name)).toEqual(["优学派汉字听写大赛参加人数", "寒假兴趣爱好培训班汇报演出参加人数", "选派教师参加中省市培训"]);
});

test("投资4664万元的39个学校运动场标准化改造项目: the money is named by the project it is of", () => {
  const got = records("某市2014年工作总结\n投资4664万元的39个学校运动场标准化改造项目已完成，投资800万元的27所农村寄宿制学校浴室建设已全部完成。");
  expect(got.filter((r) => r.unit === "万元").map((r) => r.name)).toEqual(["学校运动场标准化改造投资", "农村寄宿制学校浴室投资"]);
});

test("a dated story whose goal was met (实现了…的目标) and whose 近年来 paragraph 确保… tells what was ensured: its figures report", () => {
  const text = "武陵源区高中阶段毛入学率达到86.03%\n2016-12-26 09:55:41 来源:张家界新闻网\n张家界新闻网12月26日讯(通讯员 屈泽清)近日,笔者自区教育局获悉,2016年,全区高中阶段毛入学率达到86.03%,实现了基本普及高中阶段教育的目标。\n近年来,全区加大了高中阶段学校的改造建设力度,确保高中阶段教育毛入学率稳定在85%,在全市处于领先地位。统计数据显示,2016年,全区高中阶段学龄人口1818人,高中阶段在校生1564人。";
  expect(records(text).every((r) => r.kind === "actual")).toBe(true);
  // a purpose (为…实现…的目标) is no goal met, and 今后 after the frame looks ahead again
  expect(records("近年来,全区加大了投入,今后要确保毛入学率稳定在85%。").map((r) => r.kind)).toEqual(["target"]);
});

test("a form's cells =100%, <=6962人, 780元/生/年: the comparator and the per-student stay with the figure, the label is the cell above", () => {
  const text = "2025年绩效目标表\n\n学生受益情况\n\n=100%\n\n小学就读人数\n\n<=6962人\n\n义务教育小学生均公用经费\n\n780元/生/年\n";
  expect(records(text).map((r) => [r.name, r.comparator, r.value])).toEqual([
    ["学生受益情况", "=", 100],
    ["小学就读人数", "<=", 6962],
    ["义务教育小学生均公用经费", "=", 780],
  ]);
});

test("专任教师9689人(其中,幼儿园4529人、小学5613人): the stages under a total of people say whose they are", () => {
  const got = records("某县2022年概况\n全县共有专任教师9689人(其中,幼儿园4529人、小学5613人、初中2696人)。");
  expect(got.map((r) => [r.name, r.kind])).toEqual([
    ["专任教师", "actual"],
    ["幼儿园专任教师", "actual"],
    ["小学专任教师", "actual"],
    ["初中专任教师", "actual"],
  ]);
});

test("图书185.94万册，价值2574.20万元: a bare 价值 is the worth of what was just counted", () => {
  const got = records("某省改薄进展情况\n截至8月底，购置图书185.94万册，价值2574.20万元；课桌凳47.11万套，价值5691万元。");
  expect(got.map((r) => r.name)).toEqual(["购置图书", "购置图书价值", "课桌凳", "课桌凳价值"]);
});

test("0.8万~1.1万, 1万-1.5万个, 1亿至2亿元: a range with its magnitude written on both ends", () => {
  const got = records("某市方案\n新增学位1万-1.5万个，投资1亿至2亿元。");
  expect(got.map((r) => [r.comparator, r.min, r.max, r.unit])).toEqual([
    ["between", 1, 1.5, "万个"],
    ["between", 1, 2, "亿元"],
  ]);
});

test("投入8110万元实施808个基础设施建设: what is built (基础设施建设, 信息化建设) keeps 建设 in its name; 培育建设 does not", () => {
  const got = records("某县2017年新闻\n投入8110万元实施808个基础设施建设，投入6758.7万元实施信息化建设，推进32所新优质学校培育建设。");
  expect(got.map((r) => r.name)).toEqual(["基础设施建设投入", "基础设施建设", "信息化建设投入", "新优质学校培育"]);
});

test("连续两年新建、改扩建中小学和幼儿园321所: the span goes and two verbs of building are one measure", () => {
  expect(records("某市新闻\n西安市连续两年新建、改扩建中小学和幼儿园321所。")[0]!.name).toBe("西安市新建改扩建中小学和幼儿园");
});

test("桃城区新改扩建中小学3所，建筑面积3.72万平方米；冀州区…: in a list of items for one place each, the item's place names its later figures", () => {
  const got = records("某市2022年计划\n桃城区新改扩建中小学3所，建筑面积3.72万平方米；冀州区新建中学1所，建筑面积0.56万平方米。");
  expect(got.map((r) => r.name)).toEqual(["桃城区新改扩建中小学", "桃城区建筑面积", "冀州区新建中学", "冀州区建筑面积"]);
  // a place that opens a text about it is its scope: nothing is added
  expect(records("某区概况\n武陵源区高中阶段毛入学率达到86.03%，平均受教育年限达到10.11年。").map((r) => r.name)).toEqual(["武陵源区高中阶段毛入学率", "平均受教育年限"]);
});

test("school results: 一类重点 and 前三批A线 keep their numerals in the name, 大幅度 and 的情况下 do not, 1611班吴彤同学 is a class", () => {
  const got = records("某中学2019年中考成绩报告\n达一类重点以上29人，比去年大幅度增加83%，1611班吴彤同学以685分摘得桂冠。上前三批A线以上103人。在录取分数线普遍增长10分左右的情况下，成绩稳定。");
  expect(got.map((r) => r.name)).toEqual(expect.arrayContaining(["达一类重点以上", "上前三批A线以上"]));
  expect(got.some((r) => r.unit === "班")).toBe(false);
  expect(got.every((r) => !/大幅度|情况下/.test(r.name))).toBe(true);
});

test("人平87。8分, 及格率为88。2: decimal points typed as full stops; a number ending a sentence before a year keeps its stop", () => {
  expect(records("某小学期中考试情况\n语文全校平均分87。8分，相差36。96个百分点。").map((r) => r.value)).toEqual([87.8, 36.96]);
  expect(records("某县2023年总结\n全县新建学校12所。2023年新增学位1200个。").map((r) => r.value)).toEqual([12, 1200]);
});

test("X达95.7%、Y达99.8%、Z达45.3%，较2005年分别提高了7.9、17.6和10个百分点: the rates listed are whose changes 分别 gives", () => {
  const got = records("某市十二五规划\n学前三年毛入园率达95.7%、高中阶段教育毛入学率达99.8%、高等教育毛入学率达45.3%，较2005年分别提高了7.9、17.6和10个百分点。");
  expect(got.slice(3).map((r) => r.name)).toEqual(["学前三年毛入园率", "高中阶段教育毛入学率", "高等教育毛入学率"]);
});

test("「十三五」期间…十大成就: a review of a five-year period is about the period up to its end; its 2020 figures happened", () => {
  const got = records("「十三五」期间某省教育改革发展十大成就\n\n学前教育三年毛入园率从2015年的75.6%提高到2020年的87%，2019年全省县域全部通过义务教育基本均衡发展国检验收。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual", "actual"]);
});

test("(一)抓住中心，重点工作实现新突破: a heading that states a result heads a review, 重点工作 in it notwithstanding", () => {
  const text = "某县教育局工作计划与总结\n（一）抓住中心，重点工作实现新突破。\n1.学前教育项目逐步完成。投入资金1006万元，新建幼儿园4所。\n（二）2024年重点工作\n新建幼儿园6所。";
  expect(records(text).map((r) => r.kind)).toEqual(["actual", "actual", "target"]);
});

test("Taiwan: 104學年 is a school year (2015), not 104 school years; 3成7 and 1成4 are 37% and 14%; (中央社記者…台北1日電) marks a story", () => {
  const text = "國小生15年銳減71萬人\n2017/1/1 10:00\n(中央社記者許秩維台北1日電)教育部統計,90學年粗出生率11.65%,104學年下滑至9.1%。6班以下學校已佔整體3成7,50人以下國小為374所(占整體國小校數1成4)。";
  const got = records(text);
  expect(got.some((r) => r.unit === "学年")).toBe(false);
  expect(got.filter((r) => r.unit === "%").map((r) => [r.value, r.year])).toEqual([
    [11.65, 2001],
    [9.1, 2015],
    [37, null],
    [14, null],
  ]);
  expect(got.every((r) => r.kind === "actual")).toBe(true);
});

test("建设生活用房面积14254平方米，需资金3525万元: the money needed is for what the figure before it counted, and is the sum", () => {
  const got = records("某县全面改薄实施方案\n建设教学及教学辅助用房面积78596平方米，需资金19649万元；建设生活用房面积14254平方米，需资金3525万元。");
  expect(got.filter((r) => r.unit === "万元").map((r) => [r.name, r.comparator])).toEqual([
    ["建设教学及教学辅助用房所需资金", "="],
    ["建设生活用房所需资金", "="],
  ]);
});

test("电脑885台，其中小学550台，每百名学生拥有电脑9.3台，初中335台: a per-head figure between the parts is not one of them", () => {
  const got = records("某县2017年教育扶贫工作总结\n全县电脑885台，其中小学550台，每百名学生拥有电脑9.3台，初中335台。");
  expect(got.map((r) => r.name)).toEqual(["电脑", "小学电脑", "每百名学生拥有电脑", "初中电脑"]);
});

test("拟维修改造…等42所学校: 维修改造 is one verb of the measure; 进入全国前20% is a band of a ranking, not a figure", () => {
  expect(records("某县2019年计划\n拟维修改造冶父山镇中心小学等42所学校。")[0]!.name).toBe("维修改造学校");
  expect(records("某省方案\n到2020年，力争10个学科进入全国前20%，建成一流学科20个。").map((r) => r.value)).toEqual([10, 20]);
});

test("18,400元至20,500元不等: a range with its unit on both ends; 增加49亿元至875亿元 is a change and where it arrives; 16/17学年 is a year", () => {
  expect(records("澳门2016年津贴\n学费津贴每人调升至18,400元至20,500元不等。").map((r) => [r.comparator, r.min, r.max])).toEqual([["between", 18400, 20500]]);
  expect(records("某局预算\n2017/18年度教育拨款增加49亿元至875亿元。").map((r) => r.value)).toEqual([4900000000, 87500000000].map((v) => v / 1e8));
  expect(records("某局公布\n16/17学年建议共设助学金名额4835个。").map((r) => r.value)).toEqual([4835]);
});

test("到2030年，\\n2\\n—\\n3\\n个学科: numbers and a range's dash broken onto lines of their own rejoin their sentence before tables are looked for", () => {
  const got = records("辽宁提出，到2030年，\n2\n—\n3\n个学科进入世界一流，\n10\n—\n15\n个学科进入国内一流，全国有\n20\n多个省份出台方案。\n");
  expect(got.map((r) => [r.comparator, r.value ?? [r.min, r.max]])).toEqual([
    ["between", [2, 3]],
    ["between", [10, 15]],
    [">", 20],
  ]);
});

test("九十九學年度 in words is a school year, not 99 school years; 希望 is a stance word, no part of a name", () => {
  const got = records("桃園縣增設公托\n就讀幼兒園比例由九十九學年度的百分之九十二提高到一0一學年度的百分之九十五。希望全縣增設公立幼兒園五十八所。");
  expect(got.some((r) => r.unit === "学年")).toBe(false);
  expect(got.every((r) => !/希望|九十九/.test(r.name))).toBe(true);
});

test("國中部分，…總班級數為529班: Taiwan's 国中 and 国小 are stages whose lead-in names the figures after it", () => {
  const got = records("南投縣國中小新生持續減班\n國中部分，105學年度國一到國三總班級數為529班、1萬3826名學生。");
  expect(got.every((r) => r.name.startsWith("国中"))).toBe(true);
});

test("全县共计有学生450人: 共计有 is a word of summing, no part of the name", () => {
  expect(records("某县总结\n全县共计有学生450人。")[0]!.name).toBe("学生");
});

test("小学生师比为18.25: a pupils-per-teacher ratio written without its :1 is that ratio, not a bare number left out", () => {
  const got = records("某县教育统计\n全县小学生师比为18.25，初中生师比为13.5:1。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["小学生师比", 18.25, "ratio"],
    ["初中生师比", 13.5, "ratio"],
  ]);
});

test("逾九成公营小学实施小班教学: tenths in words before the noun they share out are a percentage; 成 opening a word (三五成群, 成员) is none", () => {
  expect(records("香港教育预算\n届时逾九成公营小学实施小班教学。").map((r) => [r.comparator, r.value, r.unit])).toEqual([[">", 90, "%"]]);
  expect(records("某地调查\n约八成家长表示满意。").map((r) => [r.value, r.unit])).toEqual([[80, "%"]]);
  expect(records("某地调查\n学生三五成群参加活动，七成员工到岗。").filter((r) => r.unit === "%")).toEqual([]);
  // 七八成, 七,八成: a range of tenths
  expect(records("施政报告\n全港七,八成非牟利幼园学童将毋须交学费，约七八成家长满意。").map((r) => [r.comparator, r.min, r.max])).toEqual([
    ["between", 70, 80],
    ["between", 70, 80],
  ]);
});

test("3場(次), 67935人（次）: a count with its 次 in brackets is a count of times, and its quote keeps the brackets", () => {
  const got = records("张家川县教育工作回顾\n開展大型優質課評選活動3場(次)，惠及學生67935人（次）。");
  expect(got.map((r) => [r.value, r.unit, r.quote])).toEqual([
    [3, "场次", "開展大型優質課評選活動3場(次)"],
    [67935, "人次", "惠及學生67935人（次）"],
  ]);
});

test("投資3980萬元,全面完成了97所…建設項目: money followed by an adverb and 完成了 is named by what it paid for", () => {
  expect(records("某县教育工作回顾\n投資3980萬元,全面完成了97所行政村幼兒園建設項目。")[0]!.name).toBe("行政村幼儿园建设项目投资");
});

test("多媒体设备到班比例,高中达96.9%,初中达94.6%: stages listed after a clause naming their rate (and its trend) take that rate", () => {
  const got = records("某市教育工作总结\n多媒体设备到班比例,高中达96.9%,初中达94.6%。学历合格率逐年提高,普通高中达98.39%,中职达93.25%。");
  expect(got.map((r) => r.name)).toEqual(["高中多媒体设备到班比例", "初中多媒体设备到班比例", "普通高中学历合格率", "中职学历合格率"]);
  // parts of a place likewise, whatever stage the rate is of
  expect(records("南京市教育局计划\n公办园和普惠园就读幼儿比例,主城区达80%,其他区不低于74%。").map((r) => r.name)).toEqual(["主城区公办园和普惠园就读幼儿比例", "其他区公办园和普惠园就读幼儿比例"]);
});

test("2022年\\n,在区委\\n、区政府的领导下: a copy that broke its lines before commas continues each line before (the sentence's year reaches its figures)", () => {
  const got = records("某区教育工作回顾\n2022年\n,在区委\n、区政府的领导下\n,新成立名师工作坊6个\n,入选国家集训队学生2名。");
  expect(got.map((r) => [r.value, r.year])).toEqual([
    [6, 2022],
    [2, 2022],
  ]);
});

test("高考再创辉煌：182人参加高考: 再创辉煌 and 再创新高 tell a result achieved again, not a plan (再创 a new thing still looks ahead)", () => {
  const got = records("中学年度教职工年终总结表彰大会上的讲话\n一、主要成绩\n1.高考再创辉煌:182人参加高考,上线率为71.43%。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  expect(records("某校工作计划\n力争再创建市级示范校2所。")[0]!.kind).toBe("target");
});

test("而從事特殊教育及成人教育的教師分別有104人及1 659人: listed subjects share the head noun; the first stage of the list leads nothing in; 而 and 从事 are no part of a name", () => {
  const got = records("澳门教育调查\n而從事特殊教育及成人教育的教師分別有104人及1 659人。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["特殊教育教师", 104],
    ["成人教育教师", 1659],
  ]);
});

test("获得全国名师提名，实现了广西在此项活动中零的突破: a breakthrough in 'this' is one of what the clause before won; 实现了 opens no name", () => {
  const got = records("某区上半年工作总结\n郑老师获得全国青年名师提名,实现了广西在此项活动中零的突破。实现了引进博士零的突破。");
  expect(got.map((r) => [r.name, r.comparator, r.value])).toEqual([
    ["青年名师提名", ">=", 1],
    ["引进博士", ">=", 1],
  ]);
});

test("2019年规划投资2417万元、建设251套教师周转房: planned money followed by 、 and a deed is named by what it pays for, the deed's own count (套, 栋) left out", () => {
  const got = records("某市教育工作计划\n2019年规划投资2417万元、建设251套教师周转房。");
  expect(got.map((r) => r.name)).toEqual(["建设教师周转房投资", "教师周转房"]);
});

test("计划2025年9月完工新增600个学位: a completion date is a deadline, its year the figure's (a date of issue stays a date); the deadline is no part of the name", () => {
  const got = records("某区学位建设计划\n南岛学校计划2025年9月完工新增600个学位。2018年3月印发方案，新建学校3所。");
  expect(got.map((r) => [r.value, r.year])).toEqual([
    [600, 2025],
    [3, null],
  ]);
  expect(got[0]!.name).not.toMatch(/月|完工/);
});

test("始建于1903年 dates a school, no figure is for that year; 2023-2024学年 is one school year, named by its first; （以下简称…） is no part of a name", () => {
  const got = records("某校汇报\n学校始建于 1903 年,目前学校占地 4400 平方米。\n某市统计\n2023-2024学年(以下简称为2023年)全市共有各级各类学校167所。");
  expect(got.map((r) => [r.value, r.year])).toEqual([
    [4400, null],
    [167, 2023],
  ]);
  expect(got[1]!.name).toBe("各级各类学校");
});

test("一年级 48 人、二年级 42人: a grade's number in words names the grade, it is no figure that joins the list before it; 3至5歲班 and 2歲專班 keep their ages; a 、 before the next item's number ends a noun", () => {
  expect(records("某校汇报\n一年级 48 人、二年级 42人、六年级 57人。").map((r) => [r.name, r.value])).toEqual([
    ["一年级", 48],
    ["二年级", 42],
    ["六年级", 57],
  ]);
  const got = records("台北市非營利幼兒園\n萃湖幼兒園設有2歲專班1班16個名額、3至5歲班4班96個名額。");
  expect(got.map((r) => r.value)).toEqual([1, 16, 4, 96]);
  expect(got[0]!.name).toContain("2岁专班");
  expect(got[2]!.name).toBe("3至5岁班");
});

test("分别为75.99万、67.63万和57.65万个: a magnitude alone in a list takes the measure word the last figure names", () => {
  const got = records("广东教育行动方案\n广州、深圳、东莞需增加公办学位分别为75.99万、67.63万和57.65万个。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [75.99, "万个"],
    [67.63, "万个"],
    [57.65, "万个"],
  ]);
});

test("到2015年，建设34所…。其中，思明区建设17所: a sentence of parts opening on 其中 takes the year of the total just before it (not of figures further back); an aside on what is counted (包括在建、已建幼儿园) tells no tense", () => {
  const got = records("某市规划\n到2015年,岛内规划建设34所幼儿园,可提供学位10170个(包括在建、已建幼儿园),可服务约34万人。其中,思明区建设幼儿园17所。");
  expect(got.map((r) => [r.value, r.year, r.kind])).toEqual([
    [34, 2015, "target"],
    [10170, 2015, "target"],
    [34, 2015, "target"],
    [17, 2015, "target"],
  ]);
  expect(records("某市新闻\n2023年新建幼儿园32所。今年将推进多所学校建设。其中，计划新建中小学28所。").map((r) => r.year)).toEqual([2023, null]);
});

test("4A1B成績為4人: an exam grade (5A, 4A1B, 6級分) is a code in the name, not a figure dropped from it", () => {
  expect(records("連江縣會考\n4A1B成績為4人。").map((r) => r.name)).toEqual(["4A1B成绩"]);
});

test("从2020-2025年 spans: figures due over a span (2020-2025年全市新增…, 第一阶段(2014-2018年)) are for its end; the total of a span gone by (从2015-2018年) and a plan named by its span (2015-2017年规划) give no year", () => {
  expect(records("深圳学位建设\n明确2020-2025年全市新增公办普高学位11.8万座。").map((r) => r.year)).toEqual([2025]);
  expect(records("某市新闻\n从2015-2018年,全市共建设中小学校228所。").map((r) => r.year)).toEqual([null]);
  expect(records("某市通报\n2015-2017年规划新建学校尚有31所未投入使用。").map((r) => r.year)).toEqual([null]);
});

test("全市新增幼儿园中，中心城区新增24所: a sentence opening on an earlier figure's name and 中 goes on about it, in its tense", () => {
  const got = records("成都新闻\n据统计，截止目前，成都市今年已新增幼儿园64所，将于秋季新学期投入使用。其中，新增公办幼儿园31所。\n全市新增幼儿园中，中心城区新增24所，新增学位5730个。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [64, "actual"],
    [31, "actual"],
    [24, "actual"],
    [5730, "actual"],
  ]);
});

test("本一上线6518人,上线率达34.4%,比去年净增加1956人: a change on last year with no subject reaches past a rate to the count it goes on about; 净 opens no name", () => {
  const got = records("扬州高考\n其中,普通类本一上线6518人,上线率达34.4%,比去年净增加1956人,增长42.9%。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["普通类本一上线", 6518],
    ["普通类本一上线率", 34.4],
    ["普通类本一上线", 1956],
    ["普通类本一上线", 42.9],
  ]);
});

test("平湖中心小学改扩建工程,新增36个教学班1800个学位: a clause that only names a project or a school is whose figures the next clause's verb of adding gives", () => {
  const got = records("龙岗区学位建设\n平湖中心小学改扩建工程,新增36个教学班1800个学位;坪地二小改扩建工程,新增18个教学班900个学位。");
  expect(got.map((r) => r.name)).toEqual(["平湖中心小学改扩建工程新增教学班", "平湖中心小学改扩建工程学位", "坪地二小改扩建工程新增教学班", "坪地二小改扩建工程学位"]);
});

test("一、科学规划“扩资源”。建成投用…: planning done well (科学规划, 合理规划) says how the work was done, it plans nothing ahead", () => {
  const got = records("区教委全力做好开学工作\n日期: 2023-09-04\n一、科学规划“扩资源”。建成投用两所小学,新增义务教育优质学位3780个;改扩建公办幼儿园5所。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("义务教育入学率和巩固率100, 残疾适龄儿童入学率99 以上: a copy that lost its % keeps a rate right before its bare number", () => {
  const got = records("深圳十四五\n义务教育入学率和巩固率100,残疾适龄儿童入学率99 以上。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["义务教育入学率", 100, "%"],
    ["义务教育巩固率", 100, "%"],
    ["残疾适龄儿童入学率", 99, "%"],
  ]);
});

test("取得市政府教學成果特等獎2項、三等獎3項: a prize's class in words (三等奖) is no figure joining the list; 取得 opens no name", () => {
  const got = records("南川区教育工作回顾\n取得市政府教學成果特等獎2項、三等獎3項。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["市政府教学成果特等奖", 2],
    ["三等奖", 3],
  ]);
});

test("全市8个县区全部通过县域义务教育均衡发展验收: the count of those that all did something is kept beside the share, and the share keeps what they passed", () => {
  const got = records("某市教育工作总结\n全市8个县区全部通过县域义务教育均衡发展验收。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [8, "个"],
    [100, "%"],
  ]);
  expect(got[1]!.name).toContain("均衡发展验收");
});

test("全县辖12个乡镇127个行政村，总人口26万人: what a place is (its parts, people, area) is a fact in any text; 常住人口子女 names whose figure, no fact", () => {
  const got = records("龙州县均衡发展汇报\n全县辖12个乡镇127个行政村，总人口26万人。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [12, "actual"],
    [127, "actual"],
    [26, "actual"],
  ]);
  expect(records("某市规划\n到2025年，常住人口适龄幼儿入园率达100%。")[0]!.kind).toBe("target");
});

test("韩秀华等7名教师被评为2020年上海市特级教师建议人选: the year of a title named does not cut the words off before the title", () => {
  expect(records("某区总结\n韩秀华等7名教师被评为2020年上海市特级教师建议人选。")[0]!.name).toBe("上海市特级教师建议人选");
});

test("設有2歲專班1班16個名額、3至5歲班4班96個名額: places counted right after a count of classes are those classes' places; 设有 opens no name", () => {
  const got = records("台北市非營利幼兒園\n設有2歲專班1班16個名額、3至5歲班4班96個名額。");
  expect(got.map((r) => r.name)).toEqual(["2岁专班", "2岁专班名额", "3至5岁班", "3至5岁班名额"]);
});

test("2025-11-17 某市教育局今天表示: the month and day of a date written with dashes or dots are no range of figures", () => {
  expect(records("2025-11-17 台北市教育局今天表示，新增3间幼儿园。").map((r) => r.value ?? [r.min, r.max])).toEqual([3]);
  expect(records("截至2024.3.1，全市有学校35所。").map((r) => r.value)).toEqual([35]);
});

test("7.7億澳門幣，約合人民幣5.8億元: a currency after the amount is its unit (in 元, seventeenth session), and the same money again in another currency is no second figure; 5.8亿 支持 counts no teams", () => {
  const got = records("澳门新闻\n今年澳門教育發展基金預算約7.7億澳門幣，約合人民幣5.8億元，較去年增加11%。另撥款3億港元用於校舍。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [7.7, "亿元"],
    [11, "%"],
    [3, "亿元"],
  ]);
  // (a budget's bare 亿 is money: 亿元, fourteenth session)
  expect(records("澳门教育发展基金今年预算5.8亿 支持非高等教育发展。").map((r) => r.unit)).toEqual(["亿元"]);
});

test("高等学校由2015年的108所增至110所，在校学生由105.5万人增至…，毛入学率由56%升至62.4%: the starts listed after the first are of its year, and 升至 arrives at the same measure", () => {
  const got = records("某省十三五回顾\n高等学校由2015年的108所增至110所，在校学生由105.5万人增至125.9万人，高等教育毛入学率由56%升至62.4%。");
  expect(got.map((r) => [r.value, r.year, r.name])).toEqual([
    [108, 2015, "高等学校"],
    [110, null, "高等学校"],
    // (the kind of school opening the sentence heads the measures after it)
    [105.5, 2015, "高等学校在校学生"],
    [125.9, null, "高等学校在校学生"],
    [56, 2015, "高等教育毛入学率"],
    [62.4, null, "高等教育毛入学率"],
  ]);
});

test("一二类低保家庭: two numerals side by side before a class name the classes; 三类学校5所 keeps its count", () => {
  expect(records("某省报告\n对4956名一二类低保家庭子女给予入学资助，新增三类学校5所。").map((r) => r.value)).toEqual([4956, 5]);
});

test("记者从某区2021年教育工作会上获悉: the year in a meeting's name dates the meeting, not the figures told there; 将继续实施…工程 is a clause of its own, not the name of a project", () => {
  const got = records("某区新闻\n记者从某区2021年教育工作会上获悉，“十四五”期间，某区将继续实施标准化学校建设工程，规划建设11所中小学。");
  expect(got.map((r) => [r.value, r.year])).toEqual([[11, null]]);
  expect(got[0]!.name).not.toContain("工程");
});

test("为前三的6名学生、向高考上线的118名学生…发放助学金; 投入18.34亿元持续加强…: a list item after 、 opening on 向/对/为 is the next item, 向 opens no name, and a verb phrase after money (持续加强) is not what it counts", () => {
  const got = records("某县新闻\n某县为高考前三的6名学生、向高考成绩优秀的28名学生发放助学金。“十四五”以来投入18.34亿元持续加强财政教育支出力度。");
  expect(got.map((r) => r.name)).toEqual([expect.not.stringContaining("向"), expect.stringMatching(/^高考成绩优秀学生/), expect.not.stringContaining("持续")]);
});

test("較113學年度1777班、3萬3922人，減少19班、725人: a figure listed right after one of another measure shares its base year and its change", () => {
  const got = records("某縣統計\n學生人數共3萬3197人，較113學年度1777班、3萬3922人，減少19班、725人。");
  expect(got.slice(1).map((r) => [r.value, r.year, r.comparator])).toEqual([
    [1777, 2024, "="],
    [33922, 2024, "="],
    [-19, null, "<="],
    [-725, null, "<="],
  ]);
});

test("近3年國中新生報到率，112學年88%、113學年89%; 新生報到率：2022年88%: a topic after a span of years, or before a colon, names the values each year gives", () => {
  expect(records("某縣統計\n近3年國中新生報到率，112學年88%、113學年89%，總體持平。").map((r) => [r.name, r.value, r.year])).toEqual([
    ["国中新生报到率", 88, 2023],
    ["国中新生报到率", 89, 2024],
  ]);
  expect(records("某縣統計\n新生報到率：2022年88%、2023年89%。").map((r) => r.name)).toEqual(["新生报到率", "新生报到率"]);
});

test("毛入园率达到了69.46%，比2010年新增近19个百分点; 本科进线2681人，较上年净增196人: a change named by its verb alone is the change of the measure before it", () => {
  expect(records("某省新闻\n三年毛入园率达到了69.46%，比2010年新增近19个百分点。").map((r) => r.name)).toEqual(["三年毛入园率", "三年毛入园率"]);
  expect(records("某县新闻\n今年本科进线2681人，较上年净增196人。").map((r) => r.name)).toEqual(["本科进线", "本科进线"]);
});

test("完成了929所改扩建、新建公办幼儿园建设项目; 86项重点工作; 新增学位9.2万个(今年使用学位3.2万个): verbs listed before a noun stay with it, work counted as items keeps its word, and an aside cut short by its own figure names nothing", () => {
  expect(records("某省新闻\n全省完成了929所改扩建、新建公办幼儿园建设项目。")[0]!.name).toContain("公办幼儿园");
  expect(records("某市总结\n推动实施86项重点工作、23项创新工作。").map((r) => r.name)).toEqual(["重点工作", "创新工作"]);
  expect(records("某市新闻\n全市新增学位9.2万个(今年使用学位3.2万个)。")[0]!.name).toBe("新增学位");
});

test("a plan's own text on a page dated later (布局规划 … 到2012年 on a page of 2015) still sets its deadlines; a headline that only says what is planned does not make a news page a plan", () => {
  const plan = records("某自治区学校布局规划\n\n某某新闻网  2015-08-04 12:09\n\n到2012年全区普通高中63所，普通中专15所。");
  expect(plan.map((r) => r.kind)).toEqual(["target", "target"]);
  const news = records("2024年03月01日\n今年我市计划新改扩建中小学28所\n本报讯 2023年，全市新建学校20所。");
  expect(news.find((r) => r.value === 20)!.kind).toBe("actual");
});

test("一、年度回顾 › 1.学业质量：优秀率≥45%: a bound written as a sign is a goal's wording even in a review's section", () => {
  const got = records("某小学年度工作总结\n一、年度回顾\n1.学业质量：六年级区统测优秀率≥45%，低分率≤3%。\n2.全年共开展社团活动120次。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [45, "target"],
    [3, "target"],
    [120, "actual"],
  ]);
});

test("2019年，…占比达88.6%。…2020年，某县将加大工作力度: a story of one year that turns to the next with 将 tells the year before as done", () => {
  const got = records("本报讯 5月6日，省里通报考核情况。\n2019年，某县紧盯“学生餐”目标任务，使学校食堂采购本省食材占比达88.6%。\n2019年，全年学校食堂消化县内农产品945吨。\n2020年，某县将加大工作力度，争取占比在90%以上。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [88.6, "actual"],
    [945, "actual"],
    [90, "target"],
  ]);
});

test("一 基础与背景 on a line of its own heads a plan's baseline: its figures are the case now", () => {
  const got = records("某市十三五教育事业发展专项规划\n\n一 基础与背景\n\n全市各级各类学校共153所。\n\n二 发展目标\n\n到2020年，学前三年毛入园率达到95%。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [153, "actual"],
    [95, "target"],
  ]);
});

test("明年度歲出編列3兆350億元，約增3.8％，軍教課稅減列72.3億元: 兆 before money is ten thousand 亿 (百兆宽带 is no money), 约增 alone changes what the clause before set, 减列 is a cut", () => {
  const got = records("某部預算新聞\n明年度歲出編列3兆350億元，約增3.8％。軍教課稅減列72.3億元。學校實現百兆寬帶進班。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["岁出编列", 30350, "亿元"],
    ["岁出编列", 3.8, "%"],
    ["军教课税减列", -72.3, "亿元"],
  ]);
});

test("30岁以下教师242人，占6.61%；30-39岁的1608人，占43.92%: an age band keeps its place in the name, a clause opening on the next band counts the same people, and a bare share (占) states a fact", () => {
  const got = records("某县教育调研报告\n全县专任教师中，30岁以下教师242人，占6.61%；30-39岁的1608人，占43.92%；50以上657人。");
  expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
    ["30岁以下教师", 242, "actual"],
    ["30岁以下教师", 6.61, "actual"],
    ["30-39岁教师", 1608, "actual"],
    ["30-39岁教师", 43.92, "actual"],
    ["50岁以上教师", 657, "actual"],
  ]);
});

test("2017年，某局编制了第三期学前教育行动计划，规划在2017—2020年内新建275所。其中新建88所: a plan drawn up (编制了) is no result, 规划在… plans, and the parts take the total's year over the one the paragraph opened with", () => {
  const got = records("某市新闻\n2017年，某市教育局编制了第三期学前教育行动计划，规划在2017—2020年内，全市新建、改扩建275所幼儿园。其中新建88所，改扩建187所。");
  expect(got.map((r) => [r.value, r.year, r.kind])).toEqual([
    [275, 2020, "target"],
    [88, 2020, "target"],
    [187, 2020, "target"],
  ]);
});

test("建筑面积接近三万个平方，校园占地47365.2平方; 一万人了: 平方 spoken for square metres is an area (as written), and a particle ending the sentence is no name", () => {
  const got = records("某区电视新闻\n建筑面积接近三万个平方，校园占地47365.2平方。现在这里常住人口已经接近一万人了。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [30000, "平方"],
    [47365.2, "平方"],
    [10000, "人"],
  ]);
  expect(got[2]!.name).not.toBe("了");
});

test("初级中学7所(城区4所、乡镇3所); 初中学校12所(含4所民办初中): counts in brackets right after a count are its parts, named by it and the word before each; a part naming what it counts keeps its name", () => {
  expect(records("某县调研报告\n全县初级中学7所(城区4所、乡镇3所)，公办幼儿园46所(城区6所、乡村25所)。").map((r) => r.name)).toEqual(["初级中学", "初级中学城区", "初级中学乡镇", "公办幼儿园", "公办幼儿园城区", "公办幼儿园乡村"]);
  expect(records("某县统计\n全县初中学校12所(含4所民办初中)。")[1]!.name).toContain("民办初中");
});

test("1、义务教育阶段免除学杂费：任务数19800人。1—6月完成20876人，下拨资金579.⏎413万元: a generic measure in a list item is the item's, the months before a deed are no name, and a decimal broken at its point is one number", () => {
  const got = records("某县民生工程进展\n1、义务教育阶段免除学杂费：任务数19800人。1—6月完成20876人，下拨资金579.\n413万元。");
  expect(got.map((r) => [r.name, r.value])).toEqual([
    ["义务教育阶段免除学杂费任务数", 19800],
    [expect.not.stringMatching(/^月/), 20876],
    ["义务教育阶段免除学杂费下拨资金", 579.413],
  ]);
});

test("总面积69×4=276平方米，合计276×360元=99360元，共8扇门: the terms of a sum worked out are no figures (its result is), 扇 counts doors, and 240名額 counts places", () => {
  const got = records("某幼儿园经费使用计划\n一、更换窗子：总面积69×4=276平方米，合计276×360元=99360元。二、更换门：共8扇门。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [276, "平方米"],
    [99360, "元"],
    [8, "扇"],
  ]);
  expect(got[0]!.name).toBe("总面积");
  expect(records("台南市新闻\n非营利幼儿园共240名額。")[0]!.name).toContain("名额");
});

test("…规划在2017—2020年内新建275所。届时，城区将新增327个活动班: 届时 (by then) is the deadline of the sentence before, not the year the paragraph opened with", () => {
  const got = records("某市新闻\n2017年，市教育局编制了行动计划，规划在2017—2020年内，全市新建275所幼儿园。届时，城区将新增327个活动班。");
  expect(got.map((r) => [r.value, r.year])).toEqual([
    [275, 2020],
    [327, 2020],
  ]);
});

test("新区已建成包括小学、初中、高中等在内的13所学校: what a count takes in (包括…在内的) is no part of its name; the deed before it is", () => {
  expect(records("某市新闻\n新区已建成包括小学、初中、高中等在内的13所学校。")[0]!.name).toBe("新区建成学校");
});

test("一、加强党的领导，落实立德树人根本任务 heading a summary's part: 根本任务 (the fundamental task) is a set phrase, not the tasks ahead, so the part still reports", () => {
  const got = records("2023年某市教育工作总结\n一、加强党对教育工作的全面领导，落实立德树人根本任务\n（一）坚持理论武装。局党委会共安排学习87个，召开会议49次。");
  expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([
    [87, "actual", "="],
    [49, "actual", "="],
  ]);
});

test("2023年某省教育十方面民生实事 on a line of its own heads the list below it: the items are that year's", () => {
  const got = records("今天公布：某省教育要做这十方面的民生实事\n会议上，省教育厅公布了十方面民生实事。\n2023年某省教育十方面民生实事\n1.新建公办中小学校100所，新增学位8万个。\n2.结对学校58所。");
  expect(got.filter((r) => r.unit !== "方面").map((r) => [r.value, r.year, r.kind])).toEqual([
    [100, 2023, "target"],
    [8, 2023, "target"],
    [58, 2023, "target"],
  ]);
});

test("示范幼儿园新增10所，总量增至133所 / 其中3625人为建档立卡贫困家庭学生 / 129个县(市、区)实现…均衡: a bare 总量 is the total of what was counted before it, 为 says who the people are, and places with their alternatives in brackets are counted by their deed", () => {
  const got = records("某省新闻\n今年，自治区示范幼儿园新增10所，总量增至133所。劝返学生12371人，其中3625人为建档立卡贫困家庭学生。全省129个县(市、区)实现县域义务教育发展基本均衡。");
  expect(got.map((r) => [r.value, r.name])).toEqual([
    [10, "自治区示范幼儿园新增"],
    [133, "自治区示范幼儿园总量"],
    [12371, "劝返学生"],
    [3625, "建档立卡贫困家庭学生"],
    [129, "实现县域义务教育发展基本均衡县(市、区)"],
  ]);
});

test("2022年某市新增学位3.4万个，今年将新增学位12500个: the year named beside 今年's plans is last year, its figures done", () => {
  const got = records("某网讯(记者某某)1月6日，某市人代会开幕，市长所作的政府工作报告显示，2022年某市新增学位3.4万个，今年将新增学位12500个。\n教育是报告谋划的重点。2023年，某市将新改扩建学校项目12个，新增学位12500个。其中学前教育阶段项目6个，新增学位2880个；义务教育阶段项目5个，新增学位5870个。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [3.4, "actual"],
    ...got.slice(1).map((r) => [r.value, "target"]),
  ]);
  expect(got.length).toBeGreaterThan(4);
});

test("中市府挹注校园经费逾125亿元 礼堂覆盖率近8成: a space after a figure parts a headline's phrases; a figure padded on both sides (编列 24亿元 投入…) runs on", () => {
  const head = records("某市挹注校园经费逾125亿元 礼堂覆盖率近8成\n市府近年大量挹注经费。");
  expect(head.find((r) => r.unit.includes("元"))!.name).not.toContain("覆盖率");
  const padded = records("某县新闻\n县府编列 24亿6,632万元 投入各项幼儿就学补助。");
  expect(padded[0]!.name).toContain("幼儿就学");
});

test("报告中关于2019年政府工作重点任务中提到：着力发展教育事业。 then a line each: a lead-in that names the tasks makes the lines after it planned, in a story of results", () => {
  const got = records("某省两会：着力发展教育事业\n发布时间：2019-02-14\n今天，省人大会议开幕，省长作政府工作报告。\n报告中提出，2018年扎实推进民生保障。新建改扩建幼儿园2602所，新增学位50.1万个。\n报告中关于2019年政府工作重点任务中提到：着力发展教育事业。\n新建改扩建幼儿园2000所，新增学位50万个。\n建好教师博物馆。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [2602, "actual"],
    [50.1, "actual"],
    [2000, "target"],
    [50, "target"],
  ]);
});

test("学生发展到现在的22个教学班共1400余人 after a goal of 2015: 现在 (now) tells where things stand; 由现在的93所调整为63所 is only the start of a change", () => {
  const now = records("某校新闻\n学校的发展目标是到2015年将校区扩大到50亩。学校从一所初级中学发展为完全中学，学生发展到现在的22个教学班共1400余人。");
  expect(now.filter((r) => r.unit === "人").map((r) => [r.value, r.kind, r.year])).toEqual([[1400, "actual", null]]);
  const start = records("某区教育规划\n到2012年，普通高中由现在的93所调整为63所。");
  expect(start.find((r) => r.value === 63)!.kind).toBe("target");
});

test("本一进线人数1433人，首破千人大关，较上年净增469人 / 职业学校185人参加对口升学: 千 and 百 alone count after a word of passing (突破, 首破 are >), the mark (大关) is no noun, and people counted after a body that is not them are named by their deed", () => {
  const got = records("某县新闻\n本一进线人数1433人，首破千人大关，较上年净增469人。职业学校185人参加对口升学。全县千方百计保障入学。");
  expect(got.map((r) => [r.name, r.comparator, r.value])).toEqual([
    ["本一进线人数", expect.any(String), 1433],
    ["本一进线人数", ">", 1000],
    ["本一进线人数", expect.any(String), 469],
    ["职业学校参加对口升学", expect.any(String), 185],
  ]);
});

test("高度重视消除大班额 / 为了消除大班额 / 约占消除大班额建设资金的1/3: the task named states no zero; 巩固全面消除超大班额的成果 does", () => {
  const named = records("某省新闻\n省委高度重视消除大班额，为了消除大班额，省里安排资金，约占消除大班额建设资金的1/3。");
  expect(named.filter((r) => r.value === 0)).toEqual([]);
  const done = records("某省通知\n巩固全面消除66人及以上超大班额的成果。");
  expect(done.map((r) => [r.value, r.unit])).toEqual([[0, "%"]]);
});

test("明年预算编列六一七．一八億元，比今年增加十二．六一億元，…减少廿．四三億元 / 預編三九九億元: Taiwan's press prints amounts in Chinese digits with ． as the point and 廿/卅 for twenty/thirty; against 今年, next year's figure is a change on the year before", () => {
  const got = records("某市教育局表示，明年預算編列六一七．一八億元，比今年增加十二．六一億元，因應中央補助款減少廿．四三億元，市府挹注增加卅三．〇四億元。另一市明年預編三九九億元。一九九八年建校。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [617.18, "亿元"],
    [12.61, "亿元"],
    [-20.43, "亿元"],
    [33.04, "亿元"],
    [399, "亿元"],
  ]);
  expect(got[1]!.basis).toBe("previous_year");
});

test("截止11月底，全港公营中学有45,363个空缺；10月底的数字则为44,539个: a month's end is a point in time, 则 a connective, and 'the number' is the number of what was counted before", () => {
  const got = records("某报新闻\n根据教育局数字，截止11月底，全港公营中学有45,363个空缺；10月底的数字则为44,539个。");
  expect(got.map((r) => [r.value, r.name])).toEqual([
    [45363, "公营中学空缺"],
    [44539, "公营中学空缺"],
  ]);
});

test("教育开支占GDP百分之四点一，较去年实质增长一成二: a figure in words after Latin letters is no code, 一成二 is 12 %, and 实质 only says how the change is measured", () => {
  const got = records("某地财政预算案新闻\n教育开支达1240亿元，较去年实质增长一成二，占GDP百分之四点一。政策一成不变。");
  expect(got.map((r) => [r.value, r.unit, r.name])).toEqual([
    [1240, "亿元", "教育开支"],
    [12, "%", "教育开支"],
    [4.1, "%", expect.stringContaining("GDP")],
  ]);
});

test("在二○二五/二○二六学年，高教学生数量增至五万人: a year in numerals with ○ for zero, and a school year's span, is a year", () => {
  const got = records("某地新闻\n纲要提出在二○二五/二○二六学年，高教学生数量增至五万人。");
  expect(got.map((r) => [r.value, r.year])).toEqual([[50000, 2025]]);
});

test("本报讯 … 《高等教育中长期发展纲要》提出在2025/2026学年，高教学生数量增至五万人: what a named plan sets out for a year is its goal, in a story of results", () => {
  const got = records("某报新闻\n【本报讯】教育委员会本年度第一次全体会议9日举行。至今年十月，中心开展项目逾650场。\n《高等教育中长期发展纲要》提出在2025/2026学年，高教学生数量增至五万人。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [650, expect.any(String)],
    [50000, "target"],
  ]);
});

test("1524名学生受益 / 45户贫困户脱贫: a deed with no object after the counted noun names those who did it", () => {
  const got = records("某市新闻\n发放助学金310万元，1524名学生受益，45户贫困户脱贫。");
  expect(got.map((r) => r.name)).toEqual(["发放助学金", "受益学生", "贫困户脱贫"]);
});

test("某中学项目位于…，总建筑面积8.3万㎡: the size of a project is what it is to be, not what a place has", () => {
  const got = records("某市新建学校\n某中学项目位于大道南侧，总建筑面积8.3万平方米，计划总投资约6.4亿元。");
  expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  expect(records("某校简介\n学校占地6600平方米，现有学生912名。").map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("学生获省级第一名200人次 / 获全市第3名的学校12所: a rank stays in the name; 第三批 (which round) does not", () => {
  const got = records("某县新闻\n学生获省级第一名200人次，获全市第3名的学校12所，第三批试点学校5所。");
  expect(got.map((r) => r.name)).toEqual(["学生获省级第一名", "获全市第3名学校", "试点学校"]);
});

test("投入4220万元，为全市16所高中更新实验设备 / 配备36个多媒体教室: money is named by what the purpose clause after it does; 多 opening the next word (多媒体, 多功能) is no 'more than'", () => {
  const got = records("某市新闻\n投入4220万元，为全市16所高中更新实验设备。配备36个多媒体教室，建设5所多功能学校。");
  expect(got[0]!.name).toBe("更新实验设备投入");
  expect(got.slice(2).map((r) => [r.value, r.comparator, r.name])).toEqual([
    [36, ">=", "多媒体教室"],
    [5, ">=", "多功能学校"],
  ]);
});

test("新建足球场地20片: 片 counts pitches; 3片区 is a word", () => {
  const got = records("某县新闻\n新建足球场地20片，划分3片区。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[20, "片"]]);
});

test("投13.5亿改善…办学条件: a name ending in a word that ends in a measure word (条件, 场所, 配套) does not lend it to a bare 亿", () => {
  // (and the bare 亿 is money: 亿元, seventeenth session)
  expect(records("某区新闻\n全区投13.5亿改善薄弱学校办学条件。")[0]!.unit).toBe("亿元");
  expect(records("某区新闻\n图书馆年流通人次120万。")[0]!.unit).toBe("万人次");
});

test("优秀率最高的是五二班97.16%，最低的是一二班19.57%: a class named by grade and number is no count, and 最高的/最低的 (the highest one) bind nothing; 三四个班 is still three or four", () => {
  const got = records("某校期中考试工作总结\n语文优秀率最高的是五二班97.16%，最低的是一二班19.57%。全校三四个班参加。");
  expect(got.map((r) => [r.comparator, r.unit])).toEqual([
    ["=", "%"],
    ["=", "%"],
    ["between", "个"],
  ]);
});

test("这53所学校中 / 该县计划投入 / 已建成并投入使用: a demonstrative, 'among' and a conjunction cut from its verb are no part of a name; 撤并 and 结对 are words", () => {
  const got = records("某县新闻\n这53所学校中，已有40所达标。该县计划投入2.9亿元。目前10所中小学校已建成并投入使用。完成了12处教学点的撤并工作。促成45对师徒结对。");
  const names = got.map((r) => r.name);
  expect(names[0]).toBe("学校");
  expect(names[2]).toBe("计划投入");
  expect(names[3]).not.toMatch(/并$/);
  expect(names[4]).toMatch(/撤并$/);
  expect(names[5]).toMatch(/结对$/);
});

test("在全省13个市州 / 按照学前三年毛入园率达到100% / 约16000个研究项目等: where (在全省), the rule followed (按照) and a trailing 等 are no part of a name", () => {
  const got = records("某省通知\n在全省13个市州开展试点。按照学前三年毛入园率达到100%的要求推进。全省约16000个研究项目等。");
  expect(got.map((r) => r.name)).toEqual(["开展试点市州", "学前三年毛入园率", "研究项目"]);
});

test("5年时间增长90.29% / 下一步，市财政将继续…: the span of a change is no name (the measure before is), and a 将 after 下一步 in its sentence is one look ahead, not two", () => {
  const got = records("某市公办幼儿园达1058所\n2023-04-22 来源：某新闻网\n记者4月21日从市教育局获悉，近3年来市级投入约11亿元，覆盖公办幼儿园293所。目前，全市公办幼儿园数量达到1058所，5年时间增长90.29%。近年来，财政积极投入。据悉，下一步，市财政将继续落实各项政策。");
  expect(got.find((r) => r.value === 90.29)!.name).toBe("公办幼儿园数量");
  expect(got.map((r) => r.kind)).toEqual(got.map(() => "actual"));
});

test("单位成本由44,451元增至57,500元: the start of a change with no year of its own is where things stood; under a year of its own (2015年…从60%提高到70%) it may be a goal revised", () => {
  const got = records("某地预算新闻\n局长表示，小学生的单位成本由44,451元增至57,500元。");
  expect(got.find((r) => r.value === 44451)!.kind).toBe("actual");
  const revised = records("某省规划调整\n2015年学前三年毛入园率从60%提高到70%。");
  expect(revised.find((r) => r.value === 60)!.kind).toBe("target");
});

test("五年来，全市共新建中小学165所。127所中小学和369所幼儿园投入使用。: an unmarked sentence goes on with what the sentence before it in the paragraph said was done; a new paragraph starts afresh", () => {
  const got = records("某市2016年教育工作要点\n全市教育事业稳步发展。五年来，全市共新建、改扩建中小学165所。127所中小学和369所幼儿园投入使用。\n今年，市区新建中小学30所。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [165, "actual"],
    [127, "actual"],
    [369, "actual"],
    [30, "target"],
  ]);
});

test("自2016年以来，我市…做了一系列工作。 then ● items: a short lead that says done makes the bullets after it done, in a plan", () => {
  const got = records("某市学前教育三年行动计划\n到2023年，全市新建幼儿园80所。\n自2016年以来，我市为迎接入园高峰做了一系列工作。\n●  普惠性幼儿园达到1290所，占比91.81%。\n●  公办幼儿园在园覆盖率达到30.11%。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [80, "target"],
    [1290, "actual"],
    [91.81, "actual"],
    [30.11, "actual"],
  ]);
});

test("上A线以上103人，比县目标71人超出32人: a goal as the base of a comparison sets none", () => {
  const got = records("某中学新闻\n会议由副校长主持。校长汇报了2012年高考情况：今年高考上本科线34人，上A线以上103人，比县目标71人超出32人，上线率80%。");
  expect(got.map((r) => r.kind)).toEqual(got.map(() => "actual"));
  expect(got.length).toBeGreaterThan(3);
});

test("发布日期：2023-07-21 … 今年8月底，竣工交付使用15所幼儿园: a month of this year after the page's own month is ahead, in a story of results", () => {
  const text = (date: string) => `某区学前教育新闻\n发布日期：${date}\n7月20日，记者从区教育厅获悉，近年来，全区已建成幼儿园120所。其中，今年8月底，竣工交付使用15所幼儿园、新增学位6000个。`;
  const july = records(text("2023-07-21"));
  expect(july.filter((r) => r.value === 15 || r.value === 6000).map((r) => r.kind)).toEqual(["target", "target"]);
  const september = records(text("2023-09-21"));
  expect(september.filter((r) => r.value === 15 || r.value === 6000).map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | …: a table row whose cells stack several indicators, split by spaces, is one row per indicator", () => {
  const table = [
    "某省教育事业发展主要指标",
    "指 标 | 2020年 | 2025年 (预测数据) | 属性 |",
    "义务教育 在校生(万人) 巩固率(%) | 52.3 98.5 | 49.1 99.0 | 预期性 约束性 |",
    "高中阶段教育 在校生(万人) 其中:普通高中 毛入学率(%) | 20.1 12.4 92.0 | 21.0 13.0 95.0 | 预期性 预期性 约束性 |",
  ].join("\n");
  const got = records(table).map((r) => [r.name, r.comparator, r.value, r.unit, r.year, r.kind]);
  expect(got).toEqual([
    ["义务教育在校生", "=", 52.3, "万人", 2020, "actual"],
    // (fewer pupils in the plan's year is a projection, no ceiling)
    ["义务教育在校生", "=", 49.1, "万人", 2025, "target"],
    ["义务教育巩固率", "=", 98.5, "%", 2020, "actual"],
    ["义务教育巩固率", ">=", 99, "%", 2025, "target"],
    ["高中阶段教育在校生", "=", 20.1, "万人", 2020, "actual"],
    ["高中阶段教育在校生", ">=", 21, "万人", 2025, "target"],
    ["普通高中在校生", "=", 12.4, "万人", 2020, "actual"],
    ["普通高中在校生", ">=", 13, "万人", 2025, "target"],
    ["高中阶段教育毛入学率", "=", 92, "%", 2020, "actual"],
    ["高中阶段教育毛入学率", ">=", 95, "%", 2025, "target"],
  ]);
});

test("a year's column with a note in brackets (2025年(测算数)) heads figures; a projection is what is to be", () => {
  const got = records("指标 | 单位 | 2025年(测算数) |\n学前三年毛入园率 | % | 92 |\n普惠性幼儿园覆盖率 | % | 85 |");
  expect(got.map((r) => [r.value, r.year, r.kind])).toEqual([
    [92, 2025, "target"],
    [85, 2025, "target"],
  ]);
});

test("自评总分为98.6分 is a score earned, not the scale of an assessment (实行百分制，总分100分 stays a scale)", () => {
  expect(records("某县履行教育职责自评报告\n共涉及12个二级指标，自评总分为98.6分。").map((r) => [r.value, r.unit])).toContainEqual([98.6, "分"]);
  expect(records("某县考核办法\n考核实行百分制，总分100分。").filter((r) => r.value === 100)).toEqual([]);
});

test("(一)党的领导与依法治教(63分，自评得分61.6分): a score named only as a score, in brackets after a title, is the title's", () => {
  const got = records("某区自评报告\n二、主要做法及工作成效\n(一)党的领导与依法治教(63分，自评得分61.6分)\n1.落实国家关于建立中小学校党组织领导的校长负责制工作成效。(4分，自评分3.5分)");
  expect(got.find((r) => r.value === 61.6)?.name).toBe("党领导与依法治教自评得分");
  expect(got.find((r) => r.value === 3.5)?.name).toBe("校长负责制工作成效自评分");
});

test("已达到专职副书记配备50%标准，计划年底达到100%全覆盖: coverage alone is the share named before it", () => {
  const got = records("某区工作报告\n现已配备专职副书记的党支部10个，已达到专职副书记配备50%标准，计划今年年底达到100%全覆盖。");
  const share = got.find((r) => r.value === 50)!;
  expect(share.name).not.toMatch(/^达到/);
  expect(got.find((r) => r.value === 100)?.name).toBe(share.name);
  expect(got.find((r) => r.value === 10)?.name).not.toMatch(/^现已/);
});

test("共计38节次: 节次, like 人次, is one measure word", () => {
  expect(records("某区工作总结\n全年开展送教下乡活动，共计送课38节次。").map((r) => [r.value, r.unit])).toEqual([[38, "节次"]]);
});

test("增加到2032年的最大值5.6万人: the peak says which value, not what is counted", () => {
  const got = records("某市高中建设规划\n我市初中毕业生将从2025年的3.8万人增加到2032年的最大值5.6万人。");
  expect(got.find((r) => r.value === 5.6)?.name).toBe("初中毕业生");
});

test("129个县（市、区）全部实现…基本均衡发展: the places are counted by the deed after the adverb of all of them", () => {
  const got = records("某省规划\n到2020年，129个县（市、区）全部实现县域内义务教育基本均衡发展。");
  expect(got.find((r) => r.value === 129)?.name).toContain("基本均衡");
});

test("国一新生因龙年效应增加，约有5300人: neither the cause nor 约有 is part of the name", () => {
  const got = records("某县新生报到\n今年国一新生因龙年效应增加，约有5300人。");
  expect(got.find((r) => r.value === 5300)?.name).toBe("国一新生");
});

test("小一户籍新生预估近4500人, 虎尾697人次之: a grade written short is a word, 次之 ranks (no 人次), 预估 is no part of a name", () => {
  const got = records("某县新生报到\n全县小一户籍新生预估近4500人，其中斗六1015人最多，虎尾697人次之。");
  expect(got.find((r) => r.value === 4500)?.name).toBe("小一户籍新生");
  expect(got.filter((r) => r.value === 1).length).toBe(0);
  expect(got.find((r) => r.value === 697)?.unit).toBe("人");
});

test("占地面积1453437.2㎡, 建筑面积8000m²: the symbol is 平方米, the unit the contract names", () => {
  expect(records("某县教育统计\n全县中小学占地面积1453437.2㎡，建筑面积8000m²。").map((r) => [r.value, r.unit])).toEqual([
    [1453437.2, "平方米"],
    [8000, "平方米"],
  ]);
});

test("指标(在校学生数/万人) | 2019年 | 2020年: the row labels' header names what every figure measures, and its unit", () => {
  const got = records("某市教育统计\n指标(在校学生数/万人) | 2019年 | 2020年 |\n普通高中 | 9.12 | 9.01 |\n初中 | 13.71 | 13.2 |");
  expect(got.map((r) => [r.name, r.value, r.unit, r.year])).toEqual([
    ["普通高中在校学生数", 9.12, "万人", 2019],
    ["普通高中在校学生数", 9.01, "万人", 2020],
    ["初中在校学生数", 13.71, "万人", 2019],
    ["初中在校学生数", 13.2, "万人", 2020],
  ]);
});

test("a statistics table's header broken over lines (合计 | 其中专任教师 under 职工总数(人)) heads the rows of as many cells", () => {
  const text = ["表5 全县各类学校基本情况", "学校类别 | 学校数(所) | 占地面积 (平方米) |", "班级(个) | 在校学生数(人) | 职工总数(人) | |", "合计 | 其中专任教师 | |||||", "小学 | 41 | 375338.5 | 563 | 15079 | 857 | 839 |", "初中 | 7 | 204636.3 | 158 | 7934 | 488 | 474 |"].join("\n");
  const got = records(text).filter((r) => r.quote.startsWith("小学"));
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["小学学校数", 41, "所"],
    ["小学占地面积", 375338.5, "平方米"],
    ["小学班级", 563, "个"],
    ["小学在校学生数", 15079, "人"],
    ["小学职工总数", 857, "人"],
    ["小学专任教师", 839, "人"],
  ]);
});

test("紹興市(shi)(shi)幼兒(er)(er)園: a pinyin gloss printed twice is page noise too", () => {
  expect(records("某市教育概况\n紹興市(shi)(shi)幼兒(er)(er)園(yuan)584所。").map((r) => r.name)).toEqual(["绍兴市幼儿园"]);
});

test("50项民生实事高质量完成, 改扩建工程顺利完成: a deed said finished at its clause's end reports (确保年底前全面完成 plans)", () => {
  const got = records("2024年，我县50项民生实事高质量完成，民生支出占一般公共预算支出87.9%。新增城镇就业5612人。城关一小改扩建工程顺利完成，新增城区义务教育学位1640个。");
  expect(got.map((r) => r.kind)).toEqual(got.map(() => "actual"));
  const plan = records("某县2025年工作要点\n确保年底前全面完成，新增学位1200个。");
  expect(plan.map((r) => r.kind)).toEqual(["target"]);
});

test("一栋2层艺体馆…用地面积5.86亩…。目前，项目已全面完工: a project said finished has the size it was to have; 2层 says which building", () => {
  const text = (done: string) => `鲤城教育项目\n目前，一批教育项目将于今秋投用。\n通政中心小学北校区扩建项目位于开元街道，用地面积5.86亩，建设包括1栋2层艺体馆。${done}`;
  const finished = records(text("目前，项目已全面完工，今年秋季投入使用。"));
  expect(finished.find((r) => r.value === 5.86)?.kind).toBe("actual");
  expect(finished.find((r) => r.unit === "栋")?.name).not.toMatch(/层/);
  expect(records(text("项目计划明年开工。")).find((r) => r.value === 5.86)?.kind).toBe("target");
});

test("专任教师2799人(含特岗教师229人)，其中：高中326人，完全中学176人，幼儿园442人: parts named by their stage take the total's measure", () => {
  const got = records("某县教育统计\n现有专任教师2799人（含2019年以来招聘特岗教师229人），其中：高中326人，完全中学176人，幼儿园442人。");
  expect(got.filter((r) => [326, 176, 442].includes(r.value!)).map((r) => r.name)).toEqual(["高中专任教师", "完全中学专任教师", "幼儿园专任教师"]);
});

test("毛人学率, 毛人园率: a scan's 人 for 入 is read as 入, the quote as written", () => {
  const got = records("某县统计快报\n高中阶段毛人学率达95.33%，学前三年毛人园率达98.99%。");
  expect(got.map((r) => [r.name, r.quote])).toEqual([
    ["高中阶段毛入学率", "高中阶段毛人学率达95.33%"],
    ["学前三年毛入园率", "学前三年毛人园率达98.99%"],
  ]);
});

test("到2025年…翻番；…攻坚任务超额完成，公办园占比跃升至51.6%: a year ahead, named in an earlier part, does not date what is reported done", () => {
  const got = records("某市2021年教育工作会议召开\n会议回顾了2020年教育工作：到2025年新增学位接近翻番；学前教育攻坚任务超额完成，公办园在园儿童占比从不足4%跃升至51.6%。");
  expect(got.filter((r) => r.value === 51.6).map((r) => [r.kind, r.year])).toEqual([["actual", null]]);
});

test("“十二五”以来，教育投入年均增长15%以上: a span since a period runs to the present, it is not dated by the period's end", () => {
  expect(records("某市教育局长致辞\n“十二五”以来，教育投入年均增长15%以上，新增学位15.6万个。").map((r) => r.year)).toEqual([null, null]);
});

test("学生宿舍食堂共计17917.14平方米，投资2150万元: money named only as money, after a thing built, is what that thing costs", () => {
  const got = records("某县会议讲话\n建设内容：九所学校学生宿舍食堂共计17917.14平方米，投资2150万元；教师周转宿舍64套2100平方米，投资269.46万元。");
  expect(got.filter((r) => r.unit === "万元").map((r) => r.name)).toEqual(["学校学生宿舍食堂投资", "教师周转宿舍投资"]);
});

test("2017年，…。到今年9月，…将全面实现…: a sentence opening on a year relative to now is not of the paragraph's year", () => {
  const got = records("某区教育新闻\n2018-07-02 来源:某网\n2017年，全区实现188.9万名学生享受资助，较2016年增加10.5万人。到今年9月，全区294.19万名学生将全面享受资助。");
  expect(got.find((r) => r.value === 294.19)?.year).not.toBe(2017);
  expect(got.find((r) => r.value === 188.9)?.year).toBe(2017);
});

test("设立奖补专项资金，从起初的每年1000万元增加到每年4000万元: where it started and how often are no name", () => {
  const got = records("某市学前教育发展综述\n市财政设立普惠性幼儿园发展奖补专项资金，从起初的每年1000万元增加到每年4000万元。");
  expect(got.map((r) => r.name)).toEqual(got.map(() => expect.stringContaining("奖补专项资金")));
});

test("574个党支部全部实现“五化”建设达标: the quoted standard is part of the deed the implied 100% names", () => {
  const got = records("某市十四五规划\n十三五期间，574个党支部全部实现“五化”建设达标。");
  expect(got.find((r) => r.unit === "%")?.name).toContain("五化建设达标");
});

test("今年…计划新建…据了解，去年投入1.12亿元…。全市普惠性幼儿园覆盖率达85.61%: after a sentence that reported done, an unmarked one goes on done though the paragraph opened on a plan", () => {
  const got = records("今天上午记者从市教育局了解到，今年我市计划新建、改扩建幼儿园8所。据了解，去年我市投入1.12亿元，新建和改扩建幼儿园12所。全市普惠性幼儿园覆盖率达85.61%，公办园在园幼儿占比达50.81%。");
  expect(got.filter((r) => r.unit === "%").map((r) => r.kind)).toEqual(["actual", "actual"]);
  expect(got.find((r) => r.value === 8)?.kind).toBe("target");
});

test("全省应新建改扩建1000所: 应 before a verb of building or reaching is shall (供应 is no such word)", () => {
  expect(markedKind("根据原定规划任务，2019年，全省应新建改扩建")).toBe("target");
  expect(markedKind("全年燃气供应完成")).not.toBe("target");
});

test("学前三年毛入园率达.02%: a decimal whose whole part the page lost is not read as 2%", () => {
  expect(records("某市新闻\n全市学前三年毛入园率达.02%，普惠性幼儿园覆盖率达85.61%。").map((r) => r.value)).toEqual([85.61]);
});

test("a PDF's statistics table split by single spaces: measures over several lines (units below them), a year and 备注 among them, then rows of a label and one number per measure", () => {
  const text = ["某区教育事业统计情况表", "基本情况(一)", "", "2021年 备 注", "校(园)数 教职工总数 学校占地面积", "(平方米)", "其中:运动场面积", "(平方米)", "合 计 131 4800 1180825.87 430275.97", "幼儿园 56 1040 119044.8 42149.52 含民办20所", "九年一贯制学校", "", "小学 62 1874 508860.65 193252.23"].join("\n");
  const got = records(text).filter((r) => r.quote.startsWith("小学"));
  expect(got.map((r) => [r.name, r.value, r.unit, r.year, r.kind])).toEqual([
    ["小学校数", 62, "所", 2021, "actual"],
    ["小学教职工总数", 1874, "人", 2021, "actual"],
    ["小学学校占地面积", 508860.65, "平方米", 2021, "actual"],
    ["小学运动场面积", 193252.23, "平方米", 2021, "actual"],
  ]);
});

test("a statistics table whose 其中 sub-columns are printed on a line of their own after all the others, a header cell going on on an indented line, and an empty cell a space between separators", () => {
  const text = [
    "2020年某市各级各类学校基本情况表",
    "发布日期 2021-05-10 09:00 效力状态 有效",
    "   学校数(所) 招生数 在校生数 毕业班",
    "     学生数",
    "教职工数 校舍面积",
    "     (万平方米)",
    "其中:女 其中:女 其中:专任教师",
    "总计 320 51000 240000 115000 45000 21000 14500 16800 410.50",
    "其中:民办 40 8000 30000 14000 6000 2600 1900 1700 35.20",
    "一、小学 180 24000 130000 62000 21000 9800 7400 8900 160.00",
    "其中:民办   3000 9000 4300 1500 700   520  ",
    "1、完全小学 150 20000 110000 52000 18000 8100 6200 7400 130.00",
  ].join("\n");
  const got = records(text);
  const of = (quote: string) => got.filter((r) => r.quote.startsWith(quote)).map((r) => [r.name, r.value, r.unit, r.year, r.kind]);
  // 女 is about half of 在校生, not of 毕业班学生 (the figures alone fit both)
  expect(of("总计").map((r) => r[0])).toEqual(["总计学校数", "总计招生数", "总计在校生数", "总计在校女生数", "总计毕业班学生数", "总计教职工数", "总计女教职工数", "总计专任教师数", "总计校舍面积"]);
  // the empty cells leave their columns empty; the part of a row is named with its whole
  expect(of("其中:民办   3000")).toEqual([
    ["民办小学招生数", 3000, "人", 2020, "actual"],
    ["民办小学在校生数", 9000, "人", 2020, "actual"],
    ["民办小学在校女生数", 4300, "人", 2020, "actual"],
    ["民办小学毕业班学生数", 1500, "人", 2020, "actual"],
    ["民办小学教职工数", 700, "人", 2020, "actual"],
    ["民办小学专任教师数", 520, "人", 2020, "actual"],
  ]);
  expect(of("1、完全小学")[8]).toEqual(["完全小学校舍面积", 130, "万平方米", 2020, "actual"]);
});

test("建立控辍保学目标责任制, 学前教育计划等项目建设: a system of goals and a programme listed with 等 look ahead for nobody", () => {
  expect(markedKind("建立控辍保学目标责任制、联控联保制")).toBeNull();
  expect(markedKind("全面实施改薄项目、学前教育计划等项目建设")).toBeNull();
  expect(markedKind("力争实现年度目标")).toBe("target");
});

test("投入4.8亿在城区新建7所学校, 累计投入近5000万建设: a bare 万 or 亿 spent is money", () => {
  expect(records("某县新闻\n今年，投入4.8亿在城区新建7所学校。")[0]?.unit).toBe("亿元");
  expect(records("某县新闻\n我县4年累计投入近5000万建设合格学校。")[0]?.unit).toBe("万元");
  // (places are counted by 个, seventeenth session: 50 labels of a bare 万 of places say 万个, one 万)
  expect(records("某县新闻\n全县新增学位1.7万。")[0]?.unit).toBe("万个");
});

test("投入35.1亿元改善…办学条件, 投资1330万元为全部学校配置…, 中央财政累计投入90亿元，用于…: the money is named by what it paid for", () => {
  const name = (text: string) => records("某省报告\n" + text).find((r) => r.unit.endsWith("元"))?.name ?? "";
  expect(name("投入35.1亿元改善1646所义务教育学校办学条件。")).toContain("办学条件");
  expect(name("投资1330万元为全部学校配置教学触控一体机。")).toContain("一体机");
  expect(name("中央财政连续三年累计投入90亿元，用于农村寄宿制学校建设工程。")).toContain("寄宿制学校");
});

test("7个区县通过学前教育普及普惠国家督导评估认定: an assessment passed is named by what it assessed (one assessment, 市级标准化验收, is kept whole)", () => {
  expect(records("某市报告\n7个区县通过学前教育普及普惠国家督导评估认定。")[0]?.name).toContain("学前教育普及普惠");
  expect(records("某县计划\n确保2016年20所小学顺利通过市级标准化验收。")[0]?.name).toContain("标准化验收");
});

test("所有县(市、区)均顺利通过A和B评估: 100 % for each deed; 组考工作零失误: none; 一元复始 and 三张答卷 are set phrases", () => {
  const got = records("某市总结\n全市所有县(市、区)均顺利通过义务教育优质均衡发展县和学前教育普及普惠县省级评估。2024年中考、高考组考工作零失误。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[100, "%"], [100, "%"], [0, "次"]]);
  expect(got[0]!.name).toContain("优质均衡");
  expect(got[1]!.name).toContain("普及普惠");
  expect(got[2]!.name).toContain("失误");
  expect(records("某县新年致辞\n一元复始，万象更新。全力交好“教学质量、平安校园、群众满意度”三张答卷。")).toEqual([]);
  // (所有90个项目都实现了…: the count is there, no share is implied)
  expect(records("某市新闻\n所有90个项目都实现了拟议的主要完成目标。").filter((r) => r.unit === "%")).toEqual([]);
});

test("75%幼儿园达到市级二类以上办园标准: 二类以上 is the grade of a standard, part of the name", () => {
  const got = records("某县规划\n到2025年，75%幼儿园达到市级二类以上办园标准。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[75, "%"]]);
  expect(got[0]!.name).toContain("办园标准");
});

test("2018至19學年, 2020至21年: the second half of a school year written as Hong Kong writes it; 投资近1个亿: 个 before 亿 as the sum is said aloud", () => {
  const got = records("某报\n由2018至19學年的18萬人，跌至2022至23學年的14萬人。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[18, "万人"], [14, "万人"]]);
  expect(records("某校规划\n2010年，投资近1个亿的新校区全面启用。").map((r) => [r.value, r.unit])).toEqual([[1, "亿元"]]);
});

test("五年累计7.79万亿元: 万亿 is a trillion, ten thousand 亿", () => {
  expect(records("国务院报告\n国家财政性教育经费支出五年累计7.79万亿元。").map((r) => [r.value, r.unit])).toEqual([[77900, "亿元"]]);
  // (共投入1万亿元，其中2000亿元…: both sums in the one unit)
  expect(records("某报告\n共投入1万亿元，其中2000亿元用于学校建设。").map((r) => [r.value, r.unit])).toEqual([[10000, "亿元"], [2000, "亿元"]]);
});

test("…人数上限，由相当于本地学额数目的40%增至50%: a clause opening on 由/从 a change goes on about the clause before (从业人员 is no such opening)", () => {
  const got = records("施政报告\n每所资助专上院校的非本地生自费就学人数上限，由相当于本地学额数目的40%增至50%。资助研究院研究课程的超额收生自资学额上限，亦由100%增至120%。");
  expect(got.map((r) => r.name)).toEqual(["非本地生自费就学人数上限", "非本地生自费就学人数上限", "超额收生自资学额上限", "超额收生自资学额上限"]);
  expect(records("某市规划\n人人都有机会终身接受教育，从业人员继续教育年参与率达60%以上。")[0]?.name).toContain("参与率");
});

test("在2021学年前增加1.1万个学额，包括…由每班28人增至35人: the start of a change is where things stand; a deadline in a clause before is not its year (如2015年…，…从63%提高到70% still revises that year's goal)", () => {
  const start = records("某报\n目前需要在2021学年前增加1.1万个学额，包括扩大每班学生人数，由每班28人增至35人。").find((r) => r.value === 28);
  expect([start?.kind, start?.year, start?.comparator]).toEqual(["actual", null, "="]);
  const revised = records("某省新闻\n如2015年学前三年毛入园率从60%提高到70%，高中阶段毛入学率从63%提高到70%。").find((r) => r.value === 63);
  expect([revised?.kind, revised?.year]).toEqual(["target", 2015]);
});

test("高等学校招生…，毕业学生…，在校学生…: a kind of school opening the sentence heads each measure after it, as a stage does", () => {
  const got = records("某省报告\n高等学校招生16.3万人，毕业学生6.4万人，在校学生达到38万人。技工学校招生9.7万人，毕业2.7万人。");
  expect(got.map((r) => r.name)).toEqual(["高等学校招生", "高等学校毕业学生", "高等学校在校学生", "技工学校招生", "技工学校毕业"]);
});

test("对…的行为零容忍: 行为 is no 为 and zero tolerance is a stance, not a zero (辍学率为零 is)", () => {
  expect(records("某省报告\n对从孩子“口中夺食”的行为零容忍。全县辍学率为零。").map((r) => r.name)).toEqual(["辍学率"]);
});

test("完工项目6个（滨湖幼儿园、…、厦门大学平潭研究院）: a long list in brackets after a figure says which ones, never what is counted", () => {
  expect(records("某区总结\n完工项目6个（滨湖幼儿园、富春城幼儿园、国彩学校改扩建、城北小学改扩建、中湖小学、厦门大学平潭研究院），年度完成投资2.41亿元。")[0]?.name).toBe("完工项目");
});

test("16所高职学校入选…“双高计划”, 8所大学入选新一轮“双一流”名单: schools chosen into a programme or a list are named with it (新一轮 is \"the next\", no count); a title (省级党建示范校) names them alone", () => {
  const got = records("某省报告\n16所高职学校入选第二期国家“双高计划”，8所大学入选新一轮“双一流”名单，4所学校被评为省级党建示范校。");
  expect(got.map((r) => r.value)).toEqual([16, 8, 4]);
  expect(got[0]!.name).toMatch(/高职学校.*双高计划/);
  expect(got[1]!.name).toMatch(/大学.*双一流/);
  expect(got[2]!.name).toBe("省级党建示范校");
});

test("计划招9个班约270人: classes enrolled and the children in them are both figures (其中6个街道约300公顷 keeps its count as a qualifier)", () => {
  expect(records("某幼儿园三年发展规划\n计划招9个班约270人,教工34人。").map((r) => [r.value, r.unit])).toEqual([[9, "个"], [270, "人"], [34, "人"]]);
  expect(records("某区规划\n其中6个街道约300公顷。").map((r) => r.value)).toEqual([300]);
});

test("自106年迄今共補助206園, 計12園: Taiwan counts kindergartens in 園; a span up to now (迄今, 至今) says done and is no part of the name (3园区, 5园所 are other words)", () => {
  const got = records("國教署新聞\n國教署補助興建幼兒園園舍經費，自106年迄今共補助206園。核定補助新北市計12園。全县建成3园区。");
  expect(got.map((r) => [r.value, r.unit, r.kind])).toEqual([[206, "园", "actual"], [12, "园", expect.any(String)]]);
  expect(got[0]!.name).toBe("共补助");
});

test("…学生人数锐减近4万人。由2018至19學年的18萬人，跌至2022至23學年的14萬人: a sentence opening on 由 a change goes on about the last figure's measure, and the figure it falls to, after its year, is of it too", () => {
  const got = records("某报\n在5个学年间，幼稚园学生人数锐减近4万人。由2018至19学年的18万人，跌至2022至23学年的14万人。");
  expect(got.filter((r) => r.unit === "万人").map((r) => r.name)).toEqual(["幼稚园学生人数锐减", "幼稚园学生人数锐减", "幼稚园学生人数锐减"]);
});

test("7600顆無線AP, 近200隊参赛: 颗 and 队 are measure words (队员, 队伍 are words)", () => {
  expect(records("某市新闻\n建置7600顆無線AP。预计全国近200队参赛。组建3支队伍。").map((r) => [r.value, r.unit])).toEqual([[7600, "颗"], [200, "队"], [3, "支"]]);
});

test("进入ESI前1%学科24个, 台州市前3000名达到329人: a band of a ranking says which ones are counted and stays in the name", () => {
  expect(records("某省报告\n全省进入ESI前1%学科24个。")[0]?.name).toContain("前1%");
  expect(records("某市总结\n台州市前3000名达到329人。")[0]?.name).toContain("前3000名");
});

test("the review's edge cases: a 由… sentence in a new paragraph takes no measure from the last one; 一颗红心 is no count; 和谐 is a word; 实现零失误 is one zero", () => {
  expect(records("某区总结\n在园幼儿4万人。\n\n二、教师队伍建设\n\n教师招聘工作顺利完成。由2018年的1.2万人增至1.5万人。").filter((r) => r.name === "在园幼儿").map((r) => r.value)).toEqual([4]);
  expect(records("某报告\n投入近一颗红心的力量。")).toEqual([]);
  expect(records("某县总结\n所有学校均通过和谐校园评估和平安校园评估验收。")[0]?.name).toContain("和谐校园");
  expect(records("某县计划\n确保中考组考工作实现零失误。").map((r) => [r.value, r.unit])).toEqual([[0, "次"]]);
});

test("核定补助北部…计12园，中部…计5园: items named only by a region and its places share the first item's deed", () => {
  const got = records("國教署新聞\n114年度核定補助北部臺北市、新北市計12園，中部臺中市、雲林縣計5園。");
  expect(got.map((r) => r.name)).toEqual(["核定补助北部台北市、新北市", "核定补助中部台中市、云林县"]);
});

test("国家助学制度进一步完善，中央财政投入223亿元: a treasury spending names who pays; the clause before says what for", () => {
  expect(records("国务院报告\n国家助学制度进一步完善，中央财政投入223亿元。")[0]?.name).toBe("国家助学制度中央财政投入");
});

test("对所有…学生免费提供教科书, 全部免除…学杂费: given free or waived for all of them is a share of 100 % (a count given, 5200万名学生的学杂费, is the figure instead)", () => {
  expect(records("国务院报告\n对所有农村义务教育阶段学生免费提供教科书。全部免除义务教育阶段学生的学杂费。").map((r) => [r.value, r.unit])).toEqual([[100, "%"], [100, "%"]]);
  expect(records("国务院报告\n全部免除了西部地区农村义务教育阶段5200万名学生的学杂费。").map((r) => r.unit)).toEqual(["万名"]);
});

test("由每年约25亿元增加至每年约35亿元 in a plan: every verb of change with 至 or 到 makes the start where things stand", () => {
  const got = records("某市2026年工作计划\n特殊教育的经常开支将由每年约25亿元增加至每年约35亿元，专任教师由1200人缩减到1100人。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [25, "actual"],
    [35, "target"],
    [1200, "actual"],
    [1100, "target"],
  ]);
});

test("投入9368.1万元开展校园整治 / 筹资2000万元，实施…工程 / 计划投资…，全面推进…项目: money with no subject is named by the deed it paid for, right after it or in the next clause, and keeps its spending as written", () => {
  const got = records("某县2017年工作总结\n全县投入9368.1万元开展校园整治。筹资2000万元，实施学前教育建设工程。计划投资1632万元，全面推进“全面改薄”项目。县赤松乡中心幼儿园投资186万元，新建园舍1710平方米。建设投资3.3亿元，建成后办学规模为60个班。");
  expect(got.filter((r) => r.unit.endsWith("元")).map((r) => r.name)).toEqual(["校园整治投入", "学前教育建设工程筹资", "全面改薄项目计划投资", "县赤松乡中心幼儿园投资", "建设投资"]);
});

test("2008年启动合格学校建设以来 / 同年: a span from a deed's year is no figure's year, and 同年 is the year named last", () => {
  const got = records("某省教育财政\n2008年启动合格学校建设以来，我县共投入1773万元新建教学楼15栋。\n2022年，全省投入13.88亿元扩大公办学位供给。\n同年，全省还投入16.98亿元支持高职院校。");
  expect(got.map((r) => [r.value, r.year])).toEqual([
    [1773, null],
    [15, null],
    [13.88, 2022],
    [16.98, 2022],
  ]);
});

test("我局共办理…195件，其中… reports a deed counted up, and opening a paragraph, all of it; 力争全年共培训 does not, nor does 共新建 reach past its clause", () => {
  const got = records("2023年,我局共办理代表建议和政协提案195件，其中市代表建议34件。力争全年共培训教师5000人次。近三年，该区共新建学校35所；今年9月，3所学校也将投入使用。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [195, "actual"],
    [34, "actual"],
    [5000, "target"],
    [35, "actual"],
    [3, "target"],
  ]);
});

test("类别 | 计划任务数 | 累计完成数 over places, one cell per line: each place's count of what the caption measures, planned and done, past rows that say none", () => {
  const text = "某市教育局2022年民生实事完成情况\n附件1\n某市增加公办义务教育学位完成情况统计\n类别 |\n计划任务数 |\n累计完成数 |\n全市 |\n2633 |\n3348 |\n市直 |\n/ |\n/ |\n经开区 |\n/ |\n/ |\n东城区 |\n310 |\n420 |\n";
  expect(records(text).map((r) => [r.name, r.value, r.unit, r.kind])).toEqual([
    ["全市增加公办义务教育学位", 2633, "个", "target"],
    ["全市增加公办义务教育学位", 3348, "个", "actual"],
    ["东城区增加公办义务教育学位", 310, "个", "target"],
    ["东城区增加公办义务教育学位", 420, "个", "actual"],
  ]);
});

test("跌百分之零點一至二點八不等 / 減少百分之一 / 跌幅介乎…: 跌 is a fall, 百分之一 a share, and 不等 no noun", () => {
  const got = records("香港新聞\n其餘類別跌百分之零點一至二點八不等，中學則以直資學校減少百分之一，小學跌幅介乎百分之二點三至三點二。");
  expect(got.map((r) => [r.min ?? r.value, r.max ?? null, r.unit, /不/.test(r.name)])).toEqual([
    [-2.8, -0.1, "%", false],
    [-1, null, "%", false],
    [-3.2, -2.3, "%", false],
  ]);
});

test("仍有6个省份尚未实现“零的突破” / 已有25个省份的246个县: what is left now is a fact, a breakthrough not made implies nothing, and places counted with their parts are figures each", () => {
  const got = records("某新闻\n全国仍有6个省份尚未实现“零的突破”。全国累计已有25个省份的246个县通过认定。");
  expect(got.map((r) => [r.value, r.comparator, r.kind])).toEqual([
    [6, "=", "actual"],
    [25, "=", "actual"],
    [246, "=", "actual"],
  ]);
});

test("即教育强国推进工程合计676.47万元，于本年度支出676.47万元: money named only by what was done with it is the sum before it, named with that deed", () => {
  const got = records("某县教育局2022年部门绩效自评工作情况总结\n三是小学教育支出，即教育强国推进工程合计676.47万元，于本年度支出676.47万元。");
  expect(got.map((r) => r.name)).toEqual(["教育强国推进工程合计", "教育强国推进工程支出"]);
});

test("2016届毕业生…比例为53.7%: a class named by the year it graduates is no figure, and gives its figures their year", () => {
  const got = records("某市新闻\n报告显示，2016届毕业生毕业半年后受雇全职工作的比例为53.7%，自主创业比例为8.2%。");
  expect(got.map((r) => [r.value, r.unit, r.year])).toEqual([
    [53.7, "%", 2016],
    [8.2, "%", 2016],
  ]);
});

test("1158所学校已实施…校长负责制 / 7所学校开展…试点工作: schools counted by what they carry out are named by it (a long deed by what follows its last 的)", () => {
  const got = records("某省工作总结\n全省1158所学校已实施党组织领导的校长负责制。全市7所学校开展党组织领导的校长负责制试点工作。");
  expect(got.map((r) => r.name)).toEqual(["实施党组织领导校长负责制学校", "开展校长负责制试点工作学校"]);
});

test("入园率达\\n99%\\n，…: a page saved with a line break at every change of type puts figures on lines of their own inside their sentences, which go on", () => {
  const text = "某市“十四五”教育发展专项规划\n到\n2025\n年，全市学前三年幼儿入园率达\n99%\n，公办园幼儿占比达\n65%\n，班生额控制在\n50\n人以内，培育示范校\n20\n所以上。";
  expect(records(text).map((r) => [r.name, r.comparator, r.value, r.unit])).toEqual([
    ["学前三年幼儿入园率", ">=", 99, "%"],
    ["公办园幼儿占比", ">=", 65, "%"],
    ["班生额", "<=", 50, "人"],
    ["培育示范校", ">=", 20, "所"],
  ]);
});

test("预定增加…5家: 预定 (Taiwan's \"scheduled\") plans, as 预计 does", () => {
  const got = records("某市2017年工作总结\n全市已设置非营利幼儿园6家。另预定增加非营利幼儿园5家。");
  expect(got.map((r) => [r.value, r.kind])).toEqual([
    [6, "actual"],
    [5, "target"],
  ]);
});

test("资助学额由原有合共5,000个增至8,000个学额: where things stood, counted up (合共, Hong Kong's 共), starts the change and is no part of its name", () => {
  const got = records("香港施政报告\n资助学额由原有合共5,000个增至8,000个学额。");
  expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
    ["资助学额", 5000, "actual"],
    ["资助学额", 8000, "target"],
  ]);
});

test("何况…财政储备高达5,804.7亿 / 全县仅有教师120名: a conjunction, 高达 and how few are no part of the name", () => {
  const got = records("澳门评论\n何况本澳2023年的财政储备高达5,804.7亿的情况下。全县仅有教师120名。");
  expect(got.map((r) => r.name)).toEqual(["财政储备", "教师"]);
});

test("a page saved with a line break at every change of type, even inside words (，推\\n动): its lines are one text again, broken where sentences end; 三元区 is a place", () => {
  const text = "某市教育局2023年新年贺词\n我们聚焦项目建设，校园环境更\n“靓”了。\n全市\n实施教育补短板项目\n48个，年度新增公办幼儿园和中小学学位2.47万个\n，推\n动转变。\n探索开展“\n幼\n小\n”“小\n初\n”衔接试点工作。\n三元区贵溪洋中学投入使用。\n学前\n教育\n公办率\n69.38\n%\n，\n普惠率\n97.76\n%，居全省前列。\n新增市级以上示范园\n9\n所\n、乡村学前教育标准化办学点\n15个\n。";
  expect(records(text).map((r) => [r.name, r.value, r.unit])).toEqual([
    ["实施教育补短板项目", 48, "个"],
    ["新增公办幼儿园和中小学学位", 2.47, "万个"],
    ["学前教育公办率", 69.38, "%"],
    ["普惠率", 97.76, "%"],
    ["新增市级以上示范园", 9, "所"],
    ["乡村学前教育标准化办学点", 15, "个"],
  ]);
});

test("…107学年度…代理教师比率，已从…的30%调降至19.87% / 创近五届新高: 已从 opens a change named by the clause before (its year aside), 调降 is a fall, and a span of sessions is no count", () => {
  const got = records("台南新闻\n台南市107学年度学校附幼代理教师比率，已从县市合并初期的30%调降至19.87%。运动会成绩创近五届新高。");
  expect(got.map((r) => [r.name, r.value, r.comparator])).toEqual([
    ["台南市学校附幼代理教师比率", 30, "="],
    // (a fall that has arrived is at its value: =, fourteenth session)
    ["台南市学校附幼代理教师比率", 19.87, "="],
  ]);
});

test("其中近 50亿元 用于建筑与设备: a sum with no name of its own is named by what it is used for", () => {
  const got = records("新竹新闻\n地方教育发展基金预算为201亿元，其中近 50亿元 用于建筑与设备。");
  expect(got.map((r) => r.name)).toEqual(["地方教育发展基金预算", "建筑与设备经费"]);
});

test("…游泳合格率约45%，希望明年可提高至50%: 可 before a change is a stance, and the change arrives at the measure before it", () => {
  const got = records("台中新闻\n今年学生游泳合格率约45%，希望明年可提高至50%。");
  expect(got.map((r) => r.name)).toEqual(["学生游泳合格率", "学生游泳合格率"]);
});

test("普惠性幼儿园4747所，比上年增加510所，增长12.04%，占总数的68.08%: a share opening on 占 is of the count before it, past that count's changes", () => {
  const got = records("某省统计公报\n全省普惠性幼儿园4747所，比上年增加510所，增长12.04%，占总数的68.08%。");
  expect(got[got.length - 1]!.name).toBe("普惠性幼儿园占总数比例");
});

test("比上年增加510所，增长12.04% / 比上年减少300人，下降1.5%: a change in % right after a change on last year of the same measure is on last year too", () => {
  const got = records("某省统计公报\n全省普惠性幼儿园4747所，比上年增加510所，增长12.04%。在校生2万人，比上年减少300人，下降1.5%。");
  expect(got.map((r) => [r.value, r.basis])).toEqual([
    [4747, "absolute"],
    [510, "previous_year"],
    [12.04, "previous_year"],
    [2, "absolute"],
    [-300, "previous_year"],
    [-1.5, "previous_year"],
  ]);
});

test("县委十三届十二次全会精神: a plenary session named by its number is no count", () => {
  const got = records("某县访谈\n为深入学习贯彻省委十二届七次全会、县委十三届十二次全会精神，全县开展培训12次。");
  expect(got.map((r) => [r.name, r.value])).toEqual([["开展培训", 12]]);
});

test("近视率↓2.8个百分点 / 优秀率↑3个百分点 / 入学率100﹪: arrows sign a change, and ﹪ is %", () => {
  const got = records("某校2023年工作总结\n近视率↓2.8个百分点，优秀率↑3个百分点。小学入学率100﹪。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [-2.8, "百分点"],
    [3, "百分点"],
    [100, "%"],
  ]);
});

describe("what this session's joiners and names must leave alone", () => {
  test("a text whose broken figure lines all carry a % is rejoined too", () => {
    const got = records("某县2023年工作总结\n全县学前教育毛入园率达\n99%\n，公办园在园幼儿占比达\n60%\n，普惠性幼儿园覆盖率达\n95%\n以上。");
    expect(got.map((r) => r.value)).toEqual([99, 60, 95]);
  });
  test("a bare number alone on its line before 的 is a page's number, not a figure of the sentence", () => {
    expect(records("某县2023年工作总结\n义务教育学校\n12\n的巩固率达到98%。").map((r) => [r.name, r.value])).toEqual([["巩固率", 98]]);
  });
  test("a table of one-character grades and two lines opening on a comma is no page broken at every change of type: headings stay lines", () => {
    const got = records("某校2023年自评报告\n一、基本情况\n我校现有教学班24个，学生1100人。\n，其中专任教师72人\n，高级教师20人\n二、自评结果\n办学条件\n优\n师资队伍\n良\n管理水平\n优\n教学质量\n良");
    expect(got[0]!.name).toBe("教学班");
  });
  test("共新建 in a plan of that year is still planned", () => {
    expect(records("某县2026年教育工作要点\n2026年，全县共新建幼儿园5所。").map((r) => r.kind)).toEqual(["target"]);
  });
  test("即墨区 keeps its 即; 五百元县级奖励 is money; a share of a plan done names no deed", () => {
    expect(records("某区2023年工作总结\n2023年，即墨区新建学校12所。").map((r) => r.name)).toEqual(["即墨区新建学校"]);
    expect(records("某县2023年工作总结\n对获奖教师给予五百元县级奖励。").map((r) => [r.value, r.unit])).toEqual([[500, "元"]]);
    expect(records("某县2023年工作总结\n今年投资3000万元，完成年度计划的98%。")[0]!.name).toBe("投资");
  });
});

describe("a report's parts and Hong Kong's spaced thousands (thirteenth session)", () => {
  test("2025年工作安排 above 七、… holds its numbered sections: their figures are planned, the review's above are done", () => {
    const got = records("2024年工作回顾\n六、民生事业更接地气。\n新增省级标准化学校30所。\n2025年工作安排\n七、抓民生促和谐\n开展学前教育普惠保障行动，新增市级及以上优质园5所。");
    expect(got.map((r) => [r.value, r.kind])).toEqual([
      [30, "actual"],
      [5, "target"],
    ]);
  });
  test("a table's caption above the next 二、 holds no sections: the plan after it stays planned", () => {
    const got = records("某县2022年工作总结和2023年工作计划\n一、2022年工作完成情况\n新建幼儿园8所。\n表1 2022年主要指标完成情况\n指标\t单位\t2022年目标\t2022年完成\n高中阶段毛入学率\t%\t95\t95.8\n二、2023年工作计划\n新建九年一贯制学校两所。");
    expect(got.filter((r) => r.unit === "所").map((r) => [r.value, r.kind])).toEqual([
      [8, "actual"],
      [2, "target"],
    ]);
  });
  test("the document's title repeated on a line above 一、 holds no section (its year stays the title's)", () => {
    const got = records("县教育局2024年工作计划\n\n县教育局2024年工作计划\n\n一、优化资源配置\n1.加快项目建设。总投资2000万元。");
    expect(got.map((r) => r.year)).toEqual([null]);
  });
  test("為 1 130 名: groups of three split by spaces on a page spaced between words, a measure word after a space", () => {
    expect(records("1997年施政報告\n在 1996 至 97 年度，為 1 130 名在職幼稚園教師提供訓練。").map((r) => [r.value, r.unit])).toEqual([[1130, "名"]]);
  });
});

describe("Taiwan's words for years gone by, money spent with 以, growth as 成长 (thirteenth session)", () => {
  test("这四年…也争取许多中央补助经费, 包括兴建校舍20校: years gone by make the sought funds obtained and the counts done", () => {
    const got = records("市长执政四年来，教育成果丰硕。局长指出，这四年增加教育预算，也争取许多中央补助经费改善学习环境，包括兴建校舍20校、改善运动跑道150校。");
    expect(got.map((r) => [r.value, r.kind])).toEqual([
      [20, "actual"],
      [150, "actual"],
    ]);
  });
  test("另以14.66亿元兴建21校活动中心: money 以 spends is named by the deed after it, the count's 校 dropped", () => {
    const got = records("2023年工作总结\n另以14.66亿元兴建21校活动中心。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
      ["兴建活动中心经费", 14.66, "亿元"],
      ["兴建活动中心", 21, "校"],
    ]);
  });
  test("较111年度成长5.85%: 成长 is a change, and a change on a year named is the change of the measure before it", () => {
    const got = records("北市112年编列669.9亿元教育相关预算，较111年度成长5.85%。");
    expect(got[1]!.name).toContain("预算");
    expect(got[1]!.name).not.toMatch(/比例$/);
  });
});

test("决不放过一个隐患, 不漏一人, 一个都不能少: 'not a single one' is a resolve, no count; a headline's 【】 are no part of a name", () => {
  expect(records("2020年工作总结\n决不放过一个隐患，做到不漏一人，一个都不能少。")).toEqual([]);
  const got = records("【主题：北市编列669.9亿元教育相关预算，较上年度成长5.85%】");
  expect(got.map((r) => r.name).join("")).not.toMatch(/[【】]/);
});

describe("Taiwan news of works done (thirteenth session)", () => {
  test("并于111年完成…1,039栋: a deed dated to a year of the Republic says the text counts years that way", () => {
    const got = records("张明文说，新北市配合教育部校园耐震补强专案，并于111年完成全市学校共计1,039栋建筑物耐震补强作业。");
    expect(got.map((r) => [r.value, r.year])).toEqual([[1039, 2022]]);
  });
  test("至今年3月已改善15校, 市府从2023年就自筹2亿经费: the point in time and the year a deed started are no part of a name; 亿 before 经费 is money", () => {
    const got = records("教育处指出，市府从2023年就自筹2亿经费，至今年3月已改善15校。");
    expect(got.map((r) => [r.name, r.unit])).toEqual([
      ["市府自筹经费", "亿元"],
      ["改善", "校"],
    ]);
  });
  test("总共1.1亿元改善…老旧厕所: a clause that opens on the sum spends it on the deed after", () => {
    expect(records("市府配合款2277万元，总共1.1亿元改善国中小老旧厕所。")[1]!.name).toBe("改善国中小老旧厕所经费");
  });
});

test("由新台币55元调增至60元: 调增 is a change that arrives, and the start, its currency said first, is where things stand", () => {
  const got = records("宜兰县2025年新闻\n县内学校营养午餐成本每人由新台币55元调增至60元。");
  expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
    ["县内学校营养午餐成本", 55, "actual"],
    ["县内学校营养午餐成本", 60, "target"],
  ]);
});

describe("news of counts in Taiwan's press (thirteenth session)", () => {
  test("〔记者王小明／某县报导〕 is a news byline: a story told after it, looking nowhere ahead, reports counts", () => {
    expect(records("某县学校减班\n〔记者王小明／某县报导〕某县教育处指出，全县12校仅一班新生，32校新生个位数。").map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
  test("根据新一份《小学概览》显示 makes its counts counted; 较上学年少13班 is a fall on last year, 至少 and 不少于 are no change", () => {
    const got = records("小一适龄人口持续下跌\n根据新一份《小学概览》显示，本学年有53间小学缩减小一班数，较上学年少13班。");
    expect(got.map((r) => [r.value, r.kind, r.basis])).toEqual([
      [53, "actual", "absolute"],
      [-13, "actual", "previous_year"],
    ]);
    expect(records("某县2024年工作要点\n每班至少配备2名教师，每校不少于3名。").map((r) => r.value)).toEqual([2, 3]);
  });
  test("根据县政府统计 makes its figures counted, but not past a ；", () => {
    expect(records("某县新闻\n根据县政府统计，2019年小一新生人数10021人，2020年9468人。").map((r) => r.kind)).toEqual(["actual", "actual"]);
    expect(records("某区新闻\n数据显示，近三年该区共新建学校35所；今年9月，新都二幼等3所学校也将投入使用。").map((r) => [r.value, r.kind])).toEqual([
      [35, "actual"],
      [3, "target"],
    ]);
  });
});

test("龙兴国小规划24班: classes counted by the verb that plans them are 班级; 1亿1400多万 is one sum, its 多 and all, and money when 争取到", () => {
  expect(records("桃园新闻\n新校中，龙兴国小规划24班。")[0]!.name).toBe("龙兴国小规划班级");
  const got = records("高雄新闻\n中央前瞻计划1月时已争取到1亿1400多万，用于新设幼儿园。");
  expect(got.map((r) => [r.name, r.value, r.unit, r.comparator])).toEqual([["中央前瞻计划", 11400, "万元", ">"]]);
});

test("数十万名学生, 几百所学校: a size guessed at is no figure; 十万名 is", () => {
  expect(records("教育部新闻\n每年协助数十万名学生减轻就学经济压力，十万名学生受益。").map((r) => r.value)).toEqual([100000]);
});

describe("what the thirteenth session's rules must leave alone", () => {
  test("a plan's 依据…统计口径 and a forecast's 预测显示 are no statistics: their figures stay planned", () => {
    expect(records("区教育事业发展规划\n二、发展目标\n依据国家统计口径，全区学前三年毛入园率达到92%。")[0]!.kind).toBe("target");
    expect(records("某区规划\n根据学龄人口预测显示，全区需新增学位5000个。")[0]!.kind).toBe("target");
  });
  test("今后的这四年 and 2021—2025年这五年 are ahead, not years gone by", () => {
    expect(records("某区要点\n今后的这四年，争取新建幼儿园10所。")[0]!.kind).toBe("target");
    expect(records("某区规划\n2021—2025年这五年中，全区新建幼儿园10所。")[0]!.kind).toBe("target");
  });
  test("a building's 100年 and a school's 110年 are spans of years, not years of the Republic", () => {
    const got = records("某校工作总结\n新建教学楼设计使用年限达到100年，110年以上老校12所。");
    expect(got.map((r) => r.value)).toContain(100);
    expect(got.every((r) => r.year === null)).toBe(true);
  });
  test("a report's plan part with prose under it stands beside its summary part, not under it", () => {
    const got = records("某区2023年工作总结和2024年工作计划\n2023年工作总结\n一、学前教育\n全区新建幼儿园5所。\n2024年工作计划\n全区新建幼儿园6所。");
    expect(got.map((r) => [r.value, r.kind])).toEqual([
      [5, "actual"],
      [6, "target"],
    ]);
  });
  test("就业率, 就读, 起始年级 after a year keep their first character; 校园 and 校区 keep 校", () => {
    const names = records("某区2023年统计公报\n2023年就业率98%，2023年就读普惠性幼儿园幼儿1200人，2022年起始年级学生800人。2023校园足球联赛参赛12支。").map((r) => r.name);
    expect(names).toEqual(["就业率", "就读普惠性幼儿园幼儿", "起始年级学生", "校园足球联赛参赛"]);
  });
  test("增设 and 提升改造 of the schools counted are no change of a share; 较大规模学校至少 is no fall", () => {
    const got = records("某县要点\n中小学增设心理辅导室的学校达到100%，较大规模学校至少达到60%。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["中小学增设心理辅导室学校比例", 100],
      ["较大规模学校比例", 60],
    ]);
  });
  test("百分之一.二至一.五: both ends of a range read their dot", () => {
    expect(records("某县要点\n残疾儿童入学率为百分之一.二至一.五。").map((r) => [r.min, r.max])).toEqual([[1.2, 1.5]]);
  });
  test("a plan's annex of yearly tasks down the first column is not read as years gone by", () => {
    const got = records("区“十四五”教育发展规划\n附表1 学位建设分年度安排\n单位：个\n年度 | 新增学前学位 | 新增义务教育学位 |\n2023 | 1200 | 3000 |\n2024 | 1500 | 3200 |");
    expect(got.length).toBe(4);
    expect(got.every((r) => r.kind === "target" && !r.name.includes("附表"))).toBe(true);
  });
});

test("具有高中（含中专）教育程度人口: a note with no figure is an aside to its words, not a clause; 50米跑 and 1000米（男） are sports events", () => {
  expect(records("统计公报\n全市常住人口中，具有高中（含中专）教育程度人口为43.6万人。")[0]!.name).toBe("具有高中教育程度人口");
  expect(records("某市2023年中考体育\n取消1000米（男）/800米（女）项目，考生从50米跑、1分钟仰卧起坐中选一项。学校新建跑道400米。").map((r) => r.value)).toEqual([400]);
});

test("三元 with no word of paying around it is the place (三元教育城域网); 每人每天补助三元 is money; 高出省标1.25个百分点 is the gap of the measure before to the province's standard", () => {
  const got = records("泰宁新闻\n实现三元教育城域网全覆盖。每人每天补助三元。全县学前三年毛入园率达99.25%，高出省标1.25个百分点。");
  expect(got.filter((r) => r.unit === "元").map((r) => r.value)).toEqual([3]);
  expect(got.find((r) => r.unit === "百分点")!.name).toBe("学前三年毛入园率高于省标");
});

test("自98年8月3日起: a date written with a short year is no span of years; 学制3年 is", () => {
  expect(records("嘉义县新闻\n聘任期限自98年8月3日起至99年7月31日止，学制3年。").map((r) => [r.value, r.unit])).toEqual([[3, "年"]]);
});

describe("things counted by what they won or began (thirteenth session)", () => {
  test("篇次 and 件次 are units of their own; people counted in 人次 are named by what they won", () => {
    const got = records("某校2022年工作总结\n教师发表论文80余篇次。6人次获得省市级先进班主任。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [80, "篇次"],
      [6, "人次"],
    ]);
    expect(got[1]!.name).toBe("获得省市级先进班主任");
  });
  test("prizes listed by grade (分别荣获一、二、三等奖) are prizes won; works put out 分别在… keep their words", () => {
    expect(records("某校2022年工作总结\n6名学生分别荣获一、二、三等奖。")[0]!.name).toBe("获奖学生");
    expect(records("某校2022年工作总结\n有17人分别在《写作》等报刊发表作品。")[0]!.name).toContain("发表作品");
  });
  test("things counted by a deed with no object (已全部开工建设, 全部建成投用) are named by it, two adverbs and all", () => {
    expect(records("某县2023年工作总结\n12所学校已全部建成投用。")[0]!.name).toBe("建成投用学校");
    expect(records("某县2023年工作总结\n8个项目均已开工建设。")[0]!.name).toBe("开工建设项目");
  });
});

describe("news features of what was done (fourteenth session)", () => {
  test("a plan's name and a word of results in the opening's prose make no title: a feature whose sentences say done reports", () => {
    const text = [
      "【教改系列报道】某县：推进学前教育普及普惠",
      "某县实施《学前教育三年行动计划》，在多方面突显成效，提升了学前教育普及普惠水平。",
      "一是健全体系。在城区布局建设4所公办园，9个乡镇设置10所中心园。",
      "二是加大投入。近年来，投入5000余万元，先后新建2所幼儿园，增加学位1440个。",
      "2021年，某县普及普惠工作通过了省级督导评估。",
      "县政府召开联席会议，投入15万元，建立了督导工作网络。",
    ].join("\n");
    const got = records(text);
    expect(got.find((r) => r.value === 4)?.kind).toBe("actual");
    expect(got.find((r) => r.value === 10)?.kind).toBe("actual");
  });
  test("a report's part headed 成果丰硕 reviews; one that strives for a result (全力推进…再上新台阶) plans", () => {
    const text = [
      "政府工作报告（2018）",
      "一、深入贯彻新发展理念，“加油干2017”成果丰硕",
      "新增普惠制幼儿园2家，新增公立中小学学位3810个。",
      "二、全力推进2018年各项工作再上新台阶",
      "新改扩建中小学校13所，新增普惠性幼儿园13所。",
    ].join("\n");
    const got = records(text);
    expect(got.find((r) => r.value === 3810)?.kind).toBe("actual");
    expect(got.filter((r) => r.value === 13).map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("classes a school takes in (实验幼儿园招收小班新生4个班) are named by the whole clause, the school kept", () => {
    const got = records("某区2015年秋季公办幼儿园招生工作方案\n实验幼儿园招收小班新生4个班；城关幼儿园招收小班新生7个班。");
    expect(got.map((r) => [r.value, r.name])).toEqual([
      [4, expect.stringMatching(/^实验幼儿园招收小班新生班/)],
      [7, expect.stringMatching(/^城关幼儿园招收小班新生班/)],
    ]);
  });
  test("Taiwan counts projects in 案 (校舍改建34案, 已經完成11案); a case not after digits (本案) is no figure", () => {
    const got = records("臺北市教育局長表示，專款推動校舍改建34案，目前已經完成11案。本案由教育局辦理。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [34, "案"],
      [11, "案"],
    ]);
  });
  test("从2026年起 gives the figures after it their year; 从2011年起分三年 starts a period whose figures are for no one year", () => {
    const got = records("某市计划\n2023年到2030年每年投入40亿元；从2026年起，基金增加至57亿元。");
    expect(got.map((r) => [r.value, r.year])).toEqual([
      [40, 2030],
      [57, 2026],
    ]);
    expect(records("某省行动计划\n从2011年起分三年在全省建设1200所公办幼儿园。")[0]?.year).not.toBe(2011);
  });
  test("places at a school named before them keep the school (城厢区文献小学提供1620个小学学位); a kind of school (公办幼儿园) or a list of schools does not", () => {
    const got = records("某市新闻\n城厢区文献小学提供1620个小学学位；莆田哲理中学实验楼及附属工程新增1200个高中学位；全市公办幼儿园新增3000个学位。");
    expect(got.map((r) => r.name)).toEqual([expect.stringContaining("文献小学"), expect.stringContaining("哲理中学"), "公办幼儿园新增学位"]);
    const list = records("某县总结\n甲乡中心小学教学楼、乙乡小学教学楼2个项目完成主体工程建设。");
    expect(list[0]?.name ?? "").not.toMatch(/^乙乡小学/);
  });
  test("a bare 亿 of a budget or treasury is money (649億財政盈餘, 修訂預算的712億, 由507億減至448億 in a sentence on the budget); people in 亿 are not", () => {
    const got = records("教協新聞稿\n在坐擁649億財政盈餘的情況下，教育開支由去年修訂預算的712億下降至645億。");
    expect(got.map((r) => r.unit)).toEqual(["亿元", "亿元", "亿元"]);
    expect(records("某国教育统计\n全国财政教育经费4万亿元，在校学生2.9亿。").find((r) => r.value === 2.9)?.unit).not.toBe("亿元");
  });
  test("a change in its own clause (6岁学龄人口，将会由5.85万人降至5万人; 亦将由…持续下跌至2029年的6.01万人) is of the topic before, an age no figure of it; 两位数 counts digits", () => {
    const got = records("教育局推算\n6岁学龄人口，将会由5.85万人降至5万人。12岁适龄升中人口，亦将由2024年的6.95万人，持续下跌至2029年的6.01万人。");
    // (the age may stay in the name, as names keep ages)
    expect(got.map((r) => [r.value, r.name, r.comparator])).toEqual([
      [5.85, expect.stringMatching(/^(?:6岁)?学龄人口$/), "="],
      [5, expect.stringMatching(/^(?:6岁)?学龄人口$/), "<="],
      [6.95, expect.stringMatching(/^(?:12岁)?适龄升中人口$/), "="],
      [6.01, expect.stringMatching(/^(?:12岁)?适龄升中人口$/), "<="],
    ]);
    expect(records("某省统计\n小学超大班首次缩减至两位数。")).toEqual([]);
  });
  test("a fall that has arrived (已降至, 下跌至 in a report) is at its value (=); in a plan it is a ceiling (<=)", () => {
    expect(records("某县2020年工作总结\n全县辍学率已下降至0.5%。")[0]?.comparator).toBe("=");
    expect(records("某县2021年工作计划\n力争全县辍学率下降至0.5%。")[0]?.comparator).toBe("<=");
  });
  test("一、2025年国民经济和社会发展计划执行情况 reviews (the plan is only what it reports on); 二、2026年…预期目标和任务 plans", () => {
    const text = [
      "一、2025年国民经济和社会发展计划执行情况",
      "新增“幼小”衔接试点市级实验区2个、试点校19所。102个中小学改扩建项目全部开工，新增公办义务教育学位1.1万个。",
      "二、2026年国民经济和社会发展主要预期目标和任务",
      "新增公办义务教育学位6000个。",
    ].join("\n");
    const got = records(text);
    expect(got.filter((r) => r.value !== 6000).map((r) => r.kind)).toEqual(["actual", "actual", "actual", "actual"]);
    expect(got.find((r) => r.value === 6000)?.kind).toBe("target");
  });
  test("digits before 千 and 百 count them (7千8百30萬元, 1千1百70餘萬, 5百人); 3千米 is a distance", () => {
    const got = records("東引國中小新建大樓\n工程、監造設計經費為7千8百30萬元，接著又投入1千1百70餘萬進行內部裝潢，共5百人受惠。學生跑3千米。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [7830, "万元"],
      [1170, "万元"],
      [500, "人"],
      [3, "千米"],
    ]);
  });
  test("K1, P1 keep their number in a name; where most values fall (也多落在) is no part of it; 一六六名 is 166, 一二三名 no count", () => {
    const got = records("澳門出生\nK1人數也多落在10至30人之間。P1學額共5000個。");
    expect(got.map((r) => r.name)).toEqual(["K1人数", "P1学额"]);
    expect(records("屏東新聞\n共增加一六六名供應量。")[0]?.value).toBe(166);
    expect(records("某校新聞\n比賽獲得一二三名。").map((r) => r.value)).not.toContain(123);
  });
  test("a comparison's base (較2013/14學年的151所) is of the measure before; 由約1%至約98%不等 is one range; a clause with no subject takes the topic before, its ordinal and what it matches aside", () => {
    const got = records("教育局答覆\n本學年受惠學校共173所，較2013/14學年的151所增加14.6%。非華語生佔校內總學生人數百分比由約1%至約98%不等。");
    expect(got.map((r) => [r.name, r.value ?? [r.min, r.max]])).toEqual([
      ["本学年受惠学校", 173],
      ["本学年受惠学校", 151],
      ["本学年受惠学校", 14.6],
      ["非华语生占校内总学生人数百分比", [1, 98]],
    ]);
    expect(records("澳門教師津貼\n調整金額與私框第6級教學人員一致，每月3,100元至6,550元。")[0]?.name).toBe("调整金额");
    expect(records("某统计\n学生较上一学年增加4.4%至25,212名。").map((r) => r.unit)).toEqual(["%", "名"]);
  });
  test("a school named by its number (平潭一中, 三中) keeps its 中: 中 of 'among' goes only after other words", () => {
    expect(records("某区招生方案\n平潭一中招收10个班。")[0]?.name).toBe("平潭一中招收班");
  });
  test("electricity in 度 and power in kWp are units (28度 heat is none); years of service name the teachers counted (服務屆滿40年教師 5名)", () => {
    const got = records("臺北市校園發電\n112年發電量超過3,342萬度，總容量1,210 kWp。例如28度以上纔開啓冷氣。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [3342, "万度"],
      [1210, "kWp"],
    ]);
    expect(records("新竹縣教師節\n服務屆滿40年教師 5名、服務屆滿30年教師 100名。").map((r) => [r.name, r.value])).toEqual([
      ["服务届满40年教师", 5],
      ["服务届满30年教师", 100],
    ]);
  });
  test("二〇三五年远景目标 in a five-year plan's title is its horizon: the plan's 到2025年 is still ahead", () => {
    const text = "平潭综合实验区国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n推进中小学达标创建，到2025年，累计完成42所学校管理标准化达标创建，公办高中比率达100%。";
    expect(records(text).map((r) => [r.value, r.kind, r.year])).toEqual([
      [42, "target", 2025],
      [100, "target", 2025],
    ]);
  });
});

describe("what the fourteenth session's rules must leave alone (review)", () => {
  const one = (text: string) => records("某市新闻\n" + text);
  test("3百分点 is per cent; 3位数学教师 are teachers; 提高5%至98% is a change and where it arrives", () => {
    expect(one("毛入学率提高了3百分点。").map((r) => [r.value, r.unit])).toEqual([[3, "百分点"]]);
    expect(one("全县引进3位数学教师和5位数字化教学骨干。").map((r) => r.value)).toEqual([3, 5]);
    expect(one("巩固率提高5%至98%。").map((r) => r.value)).toEqual([5, 98]);
  });
  test("从2016年起，…累计 and 从2021年开始，截至目前共… are spans, no year", () => {
    expect(one("从2016年起，全县累计新建校舍12万平方米。")[0]?.year).toBeNull();
    expect(one("从2021年开始，截至目前共新建学校12所。")[0]?.year).toBeNull();
  });
  test("people in 亿 (常住人口达到1.27亿) and 工程技术人员 in 万 are no money", () => {
    expect(one("全省常住人口达到1.27亿，财政收入增长8%。")[0]?.unit).toBe("亿人");
    // (fifteenth session: a bare 万 before people counts them, 万人)
    expect(one("全市新增1.2万工程技术人员。")[0]?.unit).toBe("万人");
  });
  test("a kind of school (义务教育阶段学校, 今年秋季全区中等职业学校) names no school; 城关镇中心小学 does", () => {
    expect(one("今年秋季全区中等职业学校提供3000个学位。")[0]?.name).not.toContain("中等职业学校提供");
    expect(one("义务教育阶段学校提供1620个学位。")[0]?.name).not.toContain("阶段学校提供");
    expect(one("城关镇中心小学提供300个学位。")[0]?.name).toContain("城关镇中心小学");
  });
  test("what a topic matches is cut at its last 与 or 同, never inside 合同; an ordinal stays in the name", () => {
    expect(one("聘用合同教師待遇與在編教師一致，每月3,100元至6,550元。")[0]?.name).toBe("聘用合同教师待遇");
    expect(one("私框第6級教學人員，每月3,100元至6,550元。")[0]?.name).toMatch(/^私框第[6６]级教学人员$/);
  });
  test("第十四个五年规划和二〇三五年远景目标纲要 is a plan from 2021: 2020年 is its base year, done", () => {
    const got = records("某市国民经济和社会发展第十四个五年规划和二〇三五年远景目标纲要\n2020年，全市学前教育毛入园率达到92%。");
    expect(got[0]?.kind).toBe("actual");
  });
  test("加快推进…取得新进展 heads a review (ordinary verbs of work are no striving)", () => {
    const got = records("某县教育工作要点\n一、加快推进学前教育普及取得新进展\n新建幼儿园5所，新增学位1200个。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
});

describe("sizes a plan sets (fifteenth session)", () => {
  test("规划班级数为33个 in a plan is a size the plan sets, not a state; 占地面积约52.38亩 is no share", () => {
    const got = records("某区教育项目规划\n项目建设地址为某路以北，项目占地面积约52.38亩，规划班级数为33个，规划总学位1530个。");
    expect(got.map((r) => [r.name, r.kind])).toEqual([
      ["项目占地面积", "target"],
      ["规划班级数", "target"],
      ["规划总学位", "target"],
    ]);
  });
  test("新增学位近6万个（其中幼儿园11925个，中小学47775个）: parts counted in 个 are of a total in 万个, and 中小学 is a stage", () => {
    const got = records("某市教育新闻\n2018年，全市新增学位总计近6万个（其中幼儿园11925个，中小学47775个）。");
    expect(got.slice(1).map((r) => r.name)).toEqual(["幼儿园新增学位总计", "中小学新增学位总计"]);
  });
  test("a share stated with 占 is still a state, and 为 of an unplanned measure too", () => {
    const got = records("某县教育工作要点\n教育经费占财政支出的比例为18%，全县小学在校生为12000人。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
});

describe("rates, programmes and money in prose (fifteenth session)", () => {
  test("600元/生/年, 4元/人·天: the per-unit tail is the rate's, not the next name's", () => {
    const got = records("某县教育局报告\n小学按寄宿生1250元/生/年拨付生活补助，补助标准为4元/人·天。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([
      [1250, "元"],
      [4, "元"],
    ]);
    expect(got.map((r) => r.name).join("")).not.toMatch(/[/／]/);
  });
  test("a programme named in a headline (营养改善计划累计落实…) does not make the story a plan", () => {
    const got = records("我县营养改善计划累计落实补助资金1.1亿元\n发布时间:2015-05-04 10:38\n2015年春季,我县实施营养改善计划学校152所,惠及学生44568名。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual", "actual"]);
  });
  test("a plan's title still ends in its kind: …民生实事项目40项, …工作计划（2021年）", () => {
    expect(records("丹阳确定2024年政府民生实事项目40项\n新建幼儿园3所。")[1]?.kind).toBe("target");
    expect(records("某县教育局工作计划（2021年）\n新建幼儿园3所。")[0]?.kind).toBe("target");
  });
  test("再拿出1000万: money taken out for a purpose is money, in 万元", () => {
    expect(records("某县教育局2019年工作总结\n县财政再拿出1000万，用于教师奖励。")[0]?.unit).toBe("万元");
  });
});

describe("a report's statement of a result (fifteenth session)", () => {
  test("六是民生保障持续加强。…: an opening that states a result reports its paragraph's bare deeds", () => {
    const got = records("六是民生保障持续加强。完善就业优先政策，提供11.2万个高校毕业生就业岗位，新增普惠托位8897个。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
  test("（七）切实加大民生投入，人民福祉持续增进。: a heading whose last clause states a result heads a review", () => {
    const got = records("（七）切实加大民生投入，人民福祉持续增进。\n全省压减非急需非刚性预算支出190亿元，新增就业60万人。");
    expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
  test("（三）推动城乡融合…。实施…计划，…: a plan's word in the opening prose is no title, and a review's words of results decide", () => {
    const got = records("（三）推动城乡融合，促进百姓共同富裕。\n实施岗位挖潜扩容支持计划，帮助困难人员就业16.8万人。两所高校入选国家“双高计划”，新建普通高中11所，3个项目获批国家试点。");
    expect(new Set(got.map((r) => r.kind))).toEqual(new Set(["actual"]));
  });
  test("民生保障水平得到提升, 民生福祉改善迈出坚实步伐: done to it, or a step taken, states a result too", () => {
    expect(records("（六）用心用情办好民生实事，民生保障水平得到提升。八成以上财政资金用于民生，城镇新增就业124.9万人。").map((r) => r.kind)).toEqual(["actual", "actual"]);
    expect(records("（六）民生福祉改善迈出坚实步伐。城镇新增就业124.9万人。").map((r) => r.kind)).toEqual(["actual"]);
  });
  test("民心工程和民生实事全面完成。: a task said finished opens a review; 确保…全面完成 is still a goal", () => {
    expect(records("（四）着力加强民生建设\n民心工程和民生实事全面完成。新增养老床位3852张，新建社区长者食堂57家。").map((r) => r.kind)).toEqual(["actual", "actual"]);
    expect(records("确保民生实事全面完成。新增养老床位3852张。").map((r) => r.kind)).toEqual(["target"]);
  });
  test("a review in bare verbs (…全面完成, 得到加强, 排全国前列) with no word looking ahead reports", () => {
    const text = "（九）扎实保障和改善民生，积极发展社会事业。财政民生支出增长4.3%，为民办实事工程项目全面完成。新就业群体权益保障得到加强，新建普通高中11所，集采药品数量连续3年排全国前列。";
    expect(new Set(records(text).map((r) => r.kind))).toEqual(new Set(["actual"]));
    // (a plan that looks ahead is not turned by them)
    expect(records("某县2024年教育工作要点\n确保民生实事全面完成，力争新建普通高中2所，计划新建幼儿园3所。").every((r) => r.kind === "target")).toBe(true);
  });
  test("a plan's goal reads the same and stays a goal; a task with its verb first states nothing", () => {
    expect(records("某区“十四五”教育发展规划\n城乡教育质量稳步提升。学前教育毛入园率达到99%。")[0]?.kind).toBe("target");
    expect(records("持续加强教师队伍建设。新增普惠托位8897个。")[0]?.kind).toBe("target");
  });
});

test("a statistics bulletin's section with a 科技计划项目 in it is still a page of counts, done", () => {
  const got = records("十、教育和科学技术\n2023年，全市普通高等教育招生14803人，在校生46064人，毕业生14531人。普通高中招生1.88万人，在校生5.19万人，毕业生1.55万人。全年组织实施省级以上科技计划项目27项。");
  expect(new Set(got.map((r) => r.kind))).toEqual(new Set(["actual"]));
});

test("所有学校达到省定办学标准: every one meets a standard, 100 %, with no 均 to say so; 所有学校要开展… sets none", () => {
  const got = records("某市“十四五”教育规划\n“十三五”期间，所有学校达到省定办学标准。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["学校达到省定办学标准比例", 100, "%"]]);
  expect(records("某县教育工作要点\n所有学校要开展课后服务。")).toEqual([]);
});

describe("people, ages, bases and gaps in a report (fifteenth session)", () => {
  test("脱贫人口务工规模超过3300万: a bare 万 after a measure of people counts people; so does a population's (eighteenth session: 8 labels to 3)", () => {
    const got = records("国务院政府工作报告\n脱贫人口务工规模超过3300万，全省常住人口达到1.27亿。");
    expect(got.map((r) => r.unit)).toEqual(["万人", "亿人"]);
  });
  test("为80万重点群体提供就业帮扶: a bare 万 before people counts people; 30万幼儿园学位 counts places (个, seventeenth session)", () => {
    const got = records("某省政府工作报告\n为80万重点群体提供就业帮扶，需要增加30万幼儿园学位。");
    expect(got.map((r) => r.unit)).toEqual(["万人", "万个"]);
  });
  test("60岁以上老年人, 20年以上电梯: an age right before what it describes is no figure", () => {
    expect(records("某省政府工作报告\n为全省60岁以上老年人免费接种流感疫苗，完成20年以上电梯更新。")).toEqual([]);
  });
  test("20万以上人口县, 3万人口以上乡镇: a population says which places; it is no figure and stays in the name", () => {
    const got = records("某省政府工作报告\n20万以上人口县实现特殊教育学校全覆盖，3万人口以上乡镇至少办好2所公办中心幼儿园。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["20万以上人口县特殊教育学校覆盖率", 100],
      ["3万人口以上乡镇公办中心幼儿园", 2],
    ]);
  });
  test("每10万人口拥有大学生2000人: the base of a rate is no figure, and stays in the name", () => {
    const got = records("某市统计公报\n每10万人口拥有大学生2000人。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["每10万人口拥有大学生", 2000]]);
  });
  test("失业率5.1%，低于全国0.6个百分点: a gap to a level is the gap of the measure before, not a bound", () => {
    const got = records("某省2024年工作回顾\n城镇调查失业率5.1%，低于全国0.6个百分点。");
    expect(got[1]).toMatchObject({ name: "城镇调查失业率低于全国", value: 0.6, unit: "百分点", comparator: "=" });
    // (with 平均水平 said, the same: the size of the gap)
    expect(records("某省2024年工作回顾\n入园率98%，高于全国平均水平5个百分点。")[1]).toMatchObject({ name: "入园率高于全国平均水平", comparator: "=" });
  });
});

test("努力办好人民满意的教育 and 纳入绩效目标考评 promise nothing: a feature of what was done stays a report", () => {
  const text = "办好教育，某县好“棋”连连！\n某县紧紧围绕办好人民满意教育的总目标，努力办好人民满意的教育。今年来，某县已投入1.5亿元，实施教育项目9个。目前，全县学前教育三年入园率达99.33%。某县把教育工作纳入绩效目标考评。截至目前，共有46批研学团队前来研学。目前，新学校已开学。教育发展基金会共募集资金1032万元，发放助学金149.38万元。";
  expect(new Set(records(text).map((r) => r.kind))).toEqual(new Set(["actual"]));
});

test("…代表建议的答复: a bureau's reply to a proposal tells what has been done; 下一步 still plans", () => {
  const got = records("某市教育局关于市人大四次会议第0095号代表建议的答复\n全市创建县级青少年法治教育基地12个，开展普法活动1240场次。\n下一步，我局将新建法治教育基地3个。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual", "target"]);
});

test("小学师生比为⏎1:19: a line ending on the word that introduces a figure goes on with it; a list after 为： does not", () => {
  const got = records("某市教育局答复\n省核定教师编制数标准是：小学师生比为\n1:19，初中1:13.5。");
  expect(got.map((r) => [r.name, r.unit])).toEqual([
    ["小学师生比", "ratio"],
    ["初中师生比", "ratio"],
  ]);
  expect(records("某县工作要点\n主要目标为：\n1.新建幼儿园3所。").map((r) => r.value)).toEqual([3]);
});

test("比五年前增加5800多亿元: a base of comparison alone names nothing, the measure before does; 《消除…措施》 implies no zero", () => {
  const got = records("国务院政府工作报告\n社会保障基金规模达到7800多亿元，比五年前增加5800多亿元。");
  expect(got.map((r) => r.name)).toEqual(["社会保障基金规模", "社会保障基金规模"]);
  expect(records("某市教育工作要点\n三是研究制订《消除义务教育大班额十条措施》。")).toEqual([]);
});

test("推出创业引领计划，…: a plan named as a noun sets no tense; 经过25年坚持不懈的努力 is effort spent", () => {
  expect(markedKind("推出创业引领计划，高校毕业生就业稳中有升")).toBeNull();
  expect(markedKind("经过25年坚持不懈的努力，全国财政性教育经费支出占国内生产总值比例超过")).toBeNull();
  expect(markedKind("计划新建幼儿园")).toBe("target");
  expect(markedKind("今后努力提高")).toBe("target");
});

test("共有42,890名有特殊教育需要的学生 counts people; 有3名以上正式党员的学校 describes schools; 特殊教育需要 is a noun", () => {
  expect(records("香港新聞\n全港共約有42,890名有特殊教育需要的學生。").map((r) => r.value)).toEqual([42890]);
  expect(records("某县党建工作要点\n有3名以上正式党员的学校要单独建立党支部。")).toEqual([]);
  expect(records("香港新聞\n全港有244名特殊教育需要統籌主任。")[0]?.name).toContain("特殊教育需要统筹主任");
});

test("较去年减少2,734人（跌4%）, 多了536人、增7%: a change in per cent right after a count is the same measure's; 较去年多 is a rise", () => {
  const got = records("香港新聞\n今年日校考生總數較去年減少2,734人（跌4%），自修生較去年多了536人、增7%。");
  expect(got.map((r) => [r.name, r.value, r.unit, r.basis])).toEqual([
    ["日校考生总数", -2734, "人", "previous_year"],
    ["日校考生总数", -4, "%", "previous_year"],
    ["自修生", 536, "人", "previous_year"],
    ["自修生", 7, "%", "previous_year"],
  ]);
});

test("流失率由4.4%增至今個學年的7.5%, 有470名教師流失，百分比為8.4%: a change arriving at a time said from now, and \"the percentage\" of a count", () => {
  expect(records("香港新聞\n流失率由4.4%增至今個學年的7.5%。").map((r) => r.name)).toEqual(["流失率", "流失率"]);
  expect(records("香港新聞\n目前有470名教師流失，百分比為8.4%。").map((r) => r.name)).toEqual(["教师流失", "教师流失比例"]);
});

test("政府工作报告提出：2019年，… sets the year's plan; on a page of 2019, …提出，2018年… reviews the year gone by", () => {
  expect(records("武汉新闻\n发布时间:2019-01-07\n政府工作报告提出:2019年,我市新改扩建公益普惠性幼儿园30所。").map((r) => r.kind)).toEqual(["target"]);
  expect(records("山东两会\n发布时间:2019-02-14\n政府工作报告中提出,2018年扎实推进民生保障。新建改扩建幼儿园2602所。").map((r) => r.kind)).toEqual(["actual"]);
});

test("1所高中获评省高品质示范高中首批建设立项学校: a high school counted by the title it won, as 学校被评为… is", () => {
  expect(records("某市2020年工作总结\n1所高中获评省高品质示范高中首批建设立项学校。")[0]?.name).toBe("省高品质示范高中首批建设立项学校");
});

describe("what the fifteenth session's rules must leave alone (review)", () => {
  test("the same paragraph under one title is read the same each time", () => {
    const para = "各项目标任务全面完成。新建学校5所，新增学位3000个。";
    const kinds = records(["某县教育", para, para, para].join("\n")).map((r) => r.kind);
    expect(new Set(kinds).size).toBe(1);
  });
  test("a plan's goals headed as results stay goals: （一）普惠性资源进一步扩大", () => {
    const got = records("XX县学前教育发展提升行动计划\n（一）普惠性资源进一步扩大\n普惠性幼儿园覆盖率达到90%。\n（二）保教质量全面提升\n新增省级示范幼儿园5所。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("巩固率达到⏎99% goes on with its figure as 为⏎ does", () => {
    expect(records("某县教育工作总结\n小学巩固率达到\n99%，初中巩固率为98%。").map((r) => r.value)).toEqual([99, 98]);
  });
  test("300人户籍问题: 户籍 is no household's size; 减少比例为4% keeps its word", () => {
    expect(records("某县工作总结\n全年解决300人户籍问题。").map((r) => r.value)).toEqual([300]);
    expect(records("某县统计公报\n在校生减少300人，减少比例为4%。")[1]?.name).toMatch(/比例$/);
  });
  test("政府工作报告要求2019年…: the report's requirement sets that year's plan", () => {
    expect(markedKind("政府工作报告要求2019年新建学校", null)).toBe("target");
  });
  test("a middle dot at the end of a text is no decimal point; 3万学生家庭 are households", () => {
    expect(records("某县新闻\n第一‧")).toEqual([]);
    expect(records("某县新闻\n惠及3万学生家庭。")[0]?.unit).toBe("万");
  });
});

describe("Taiwan and Macao forms (fifteenth session)", () => {
  test("四‧五億元, 一‧五倍: a middle dot between Chinese numerals is a decimal point; 一一五年 is the Republic year 115", () => {
    const got = records("高雄市教育局新聞\n115學年度起營養午餐免費，一一五年自籌四‧五億元經費，同步增加一‧五倍。");
    expect(got.map((r) => [r.value, r.unit, r.year])).toEqual([
      [4.5, "亿元", 2026],
      [1.5, "倍", 2026],
    ]);
    expect(got[0]!.name).not.toMatch(/一一五/);
  });
  test("3人家庭, 以1人家庭为例: the size of a household is no figure; 上调至 ends a name as 提高至 does", () => {
    const got = records("澳門新聞\n以1人家庭為例，月入上限由上學年的16920元上調至17400元，3人家庭調升至44080元。");
    expect(got.map((r) => [r.name, r.value])).toEqual([
      ["月入上限", 16920],
      ["月入上限", 17400],
      [expect.any(String), 44080],
    ]);
  });
});

test("实现A、B两个100%: 两个 counts the figures that follow, each name takes the 100%", () => {
  const got = records("某区工作汇报\n全市率先实现义务段公办学校覆盖率、义务教育免费率两个100%。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([
    ["义务段公办学校覆盖率", 100, "%"],
    ["义务教育免费率", 100, "%"],
  ]);
});

test("新建幼儿园328所的工作任务, 教育投入以每年10%的速度增长, 创成1个省级、6个市级品牌项目: a task and a pace are frames; levels listed share the thing named last", () => {
  expect(records("某县新闻\n完成今年新建、改扩建农村幼儿园328所的工作任务。")[0]?.name).toContain("幼儿园");
  expect(records("某县新闻\n该县教育投入以每年10%的速度增长。")[0]?.name).toBe("教育投入年均增长比例");
  expect(records("某县工作总结\n创成1个省级、6个市级品牌项目。").map((r) => r.name)).toEqual([expect.stringMatching(/省级品牌项目$/), "市级品牌项目"]);
});

test("294.19万名学生将全面实现国家通用语言文字教育100%全覆盖: counted by the deed after 将全面, its object ending where the next figure starts, and looking ahead", () => {
  const got = records("某区教育新闻\n记者日前获悉，全区义务教育阶段294.19万名学生将全面实现国家通用语言文字教育100%全覆盖目标。");
  const count = got.find((r) => r.value === 294.19)!;
  expect(count.name).toContain("实现国家通用语言文字教育");
  expect(count.kind).toBe("target");
});

describe("what money was for (sixteenth session)", () => {
  test("a treasury's spending with stance words between (将, 为此) is named by the deed before it", () => {
    const got = records("政府工作报告\n继续实施第二期农村中小学危房改造，中央财政将投入60亿元。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["农村中小学危房改造中央财政投入", 60, "亿元"]]);
  });
  test("为此 points back to the sentence's first clause, not the clause right before", () => {
    const got = records("政府工作报告\n今年要启动西部地区“两基”攻坚计划，到2007年使西部地区基本普及九年义务教育，中央财政将为此投入100亿元。");
    expect(got[0]!.name).toMatch(/^西部地区两基攻坚计划/);
  });
  test("不少于 between the spending and the sum; 用于 after it names what it is for", () => {
    expect(records("某市方案\n市财政每年安排不少于500万元用于教师表彰奖励。").map((r) => [r.name, r.comparator])).toEqual([["教师表彰奖励安排", ">="]]);
  });
  test("对…进行改造 after a place's spending names the money", () => {
    const got = records("某区方案\n江夏区计划投入1.56亿元，对全区78所学校进行消防改造。");
    expect(got.map((r) => r.name)).toEqual(["消防改造投入", "学校消防改造"]);
  });
});

describe("a provincial report's targets (sixteenth session)", () => {
  test("增长5%-5.5%: a dash between two shares after a change is a range of the change (提高5%至98% still is not)", () => {
    const got = records("2026年工作安排\n地区生产总值增长5%-5.5%。");
    expect(got.map((r) => [r.comparator, r.min, r.max])).toEqual([["between", 5, 5.5]]);
  });
  test("零就业家庭 is a noun; clearing them is the one zero", () => {
    const got = records("2026年工作安排\n保持零就业家庭动态清零。");
    // (households cleared are counted none, in 户: seventeenth session)
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["零就业家庭", 0, "户"]]);
  });
  test("办好12类45件民生实事: the count of kinds is named by the things", () => {
    const got = records("2026年工作安排\n今年将办好12类45件民生实事。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([[12, "类"], [45, "件"]]);
    expect(got.every((r) => r.name.startsWith("民生实事"))).toBe(true);
  });
  test("micrograms per cubic metre, cubic metres and kilowatts are units", () => {
    const got = records("2026年工作安排\n细颗粒物年均浓度控制在29微克/立方米左右，新增装机200万千瓦。");
    expect(got.map((r) => [r.name, r.value, r.unit, r.comparator])).toEqual([
      ["细颗粒物年均浓度", 29, "微克/立方米", "~"],
      ["新增装机", 200, "万千瓦", ">="],
    ]);
  });
});

describe("last year's figure beside this year's (sixteenth session)", () => {
  test("較去年的12人少5人: last year's figure and the change after it are the measure before", () => {
    const got = records("文憑試新聞\n今年共誕7名狀元，較去年的12人少5人。");
    expect(got.map((r) => [r.value, r.basis])).toEqual([[7, "absolute"], [12, "absolute"], [-5, "previous_year"]]);
    expect(new Set(got.map((r) => r.name)).size).toBe(1);
    expect(got[0]!.name).toMatch(/状元/);
  });
  test("較去年的55.8%為多 is last year's share of the same measure", () => {
    const got = records("文憑試新聞\n中文科考生佔57.2％，較去年的55.8％為多。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["中文科考生比例", 57.2], ["中文科考生比例", 55.8]]);
  });
  test("較去年多4人 is the change of the count before, not a name of its own", () => {
    const got = records("文憑試新聞\n違規考生有79人，較去年多4人。");
    expect(got.map((r) => [r.name, r.value, r.basis])).toEqual([["违规考生", 79, "absolute"], ["违规考生", 4, "previous_year"]]);
  });
});

describe("a news page's date line (sixteenth session)", () => {
  test("2020-07-22　實習記者胡尚佑: a date, then a byline, dates the page", () => {
    expect(publicationDate("【DSE放榜】違規升14.3%\n\n2020-07-22　實習記者胡尚佑\n\n今屆考生…")).toEqual({ year: 2020, month: 7 });
    expect(publicationDate("標題\n\n2018-04-25　記者吳婉英\n")).toEqual({ year: 2018, month: 4 });
  });
  test("a dated story whose sentences mostly tell what was done is a report, though its words look ahead more often", () => {
    // (an audit story of 2018 that quotes the plans it audits: by its words alone it would look ahead)
    const stored = readFileSync(join(__dirname, "fixtures", "real", "audit-hongkong-edb-2018-news-trad.txt"), "utf8");
    const s = cleanLayout(cleanCharacters(stored)).text;
    expect(publicationDate(s)?.year).toBe(2018);
    expect(readDocument(s, 2018).kind).toBe("actual");
  });
  test("a date that opens a sentence is no date line", () => {
    expect(publicationDate("某县新闻\n2020-07-22 全县召开教育工作会议，部署新学年工作。\n")).toBeNull();
  });
});

describe("a forecast's falls by the year (sixteenth session)", () => {
  test("平均年減3.2萬人, 每年少1萬人: a fall by the year is a change on the year before, signed", () => {
    const got = records("教育部預測\n國小生平均年減3.2萬人。學生數每年少1萬人。");
    expect(got.map((r) => [r.value, r.basis])).toEqual([[-3.2, "previous_year"], [-1, "previous_year"]]);
  });
  test("年減4500人或3.1%: the same fall in per cent is signed as the count is", () => {
    const got = records("教育部預測\n小一學生平均年減4500人或3.1%。");
    expect(got.map((r) => [r.value, r.unit, r.basis])).toEqual([[-4500, "人", "previous_year"], [-3.1, "%", "previous_year"]]);
  });
  test("今年減少3所 and 學年減免 are no falls by the year", () => {
    expect(records("某县新闻\n今年學校減少3所。學年減免學費2000元。").map((r) => [r.value, r.basis])).toEqual([[-3, "absolute"], [2000, "absolute"]]);
  });
});

describe("what the sixteenth session's rules must leave alone (review)", () => {
  test("a date before other words is a schedule's line, not the page's date", () => {
    expect(publicationDate("培训通知\n一、培训安排\n2024-03-01 学员报到\n2024-03-02 开班仪式\n")).toBeNull();
    expect(publicationDate("【財政預算案】教育開支減\n\n2020-02-26　眾新聞記者\n")?.year).toBe(2020);
  });
  test("a subject of its own before 较去年的 names the figure and its change, not the figure before", () => {
    const got = records("某县2023年教育工作总结\n全县有专任教师5000人，在校学生较去年的48000人增加2000人。");
    expect(got.map((r) => [r.name, r.value, r.basis])).toEqual([
      ["专任教师", 5000, "absolute"],
      ["在校学生", 48000, "absolute"],
      ["在校学生", 2000, "previous_year"],
    ]);
  });
  test("对…进行 names the money by its first deed only", () => {
    expect(records("某区方案\n区财政投入500万元，对城关小学进行维修、对实验中学实施改造。")[0]?.name).toBe("维修投入");
  });
  test("为此 skips a purpose or a time that opens the sentence; stance words go wherever they stand", () => {
    const got = records("政府工作报告\n为促进教育公平，继续实施第二期农村中小学危房改造，中央财政将为此投入60亿元。今年，继续实施第二期农村中小学危房改造，中央财政将为此投入60亿元。实施农村义务教育学生营养改善计划，中央财政将每年为此安排160亿元。");
    expect(got.map((r) => r.name)).toEqual(["农村中小学危房改造中央财政投入", "农村中小学危房改造中央财政投入", "农村义务教育学生营养改善计划中央财政每年安排"]);
  });
  test("零辍学、消除大班额: a clearing of another noun leaves 零辍学 its zero", () => {
    expect(records("2026年工作安排\n实现零辍学、消除大班额。").map((r) => r.name)).toEqual(["辍学率", "大班额比例"]);
  });
});

describe("an exam's results day (sixteenth session)", () => {
  test("放榜 in a headline says the story tells results; 放榜后 looks ahead as before", () => {
    const got = records("【IB放榜】英基誕46名狀元\n\n國際文憑大學預科課程昨放榜，香港今年誕生130名IB狀元。英基46名狀元當中，有14人計劃留港升學。");
    expect(got.map((r) => r.value)).toEqual(expect.arrayContaining([130, 46, 14]));
    expect(got.every((r) => r.kind === "actual")).toBe(true);
    expect(markedKind("高考放榜后将公布分数线", null)).toBe("target");
  });
  test("what people in a story intend (14人计划留港升学) sets no tense", () => {
    expect(markedKind("英基46名状元当中，仅有14人计划留港升学", null)).toBeNull();
    expect(markedKind("全县计划新建学校3所", null)).toBe("target");
  });
});

describe("a report's review cut from its heading (sixteenth session)", () => {
  test("圆满收官, 建成投用, 创成: words of results make a passage under an imperative heading a review", () => {
    const text = "(六)扎实做好基本民生工作,有效解决群众急难愁盼。百项民生实事圆满收官、完成投资218.17亿元。开展职业技能培训6万人次,城镇新增就业5万人。15所中小学校建成投用、新增学位3.2万个。创成省定基本标准村卫生室300个。";
    expect(records(text).every((r) => r.kind === "actual")).toBe(true);
  });
});

describe("Macao and Taiwan numerals and periods (sixteenth session)", () => {
  test("二千○三十一人: a white circle between numerals is a zero", () => {
    expect(records("澳門日報\n融合生增加到二千○三十一人。").map((r) => [r.name, r.value])).toEqual([["融合生", 2031]]);
  });
  test("未來16學年 is a period, not a count of school years", () => {
    expect(records("教育部預測\n而未來16學年，國小生平均年減3.2萬人。").map((r) => r.unit)).toEqual(["万人"]);
  });
  test("比103學年少56.4萬人: fewer than a named school year is a fall of the measure before", () => {
    const got = records("教育部預測\n國小學生有68.9萬人，比103學年少56.4萬人。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["国小学生", 68.9], ["国小学生", -56.4]]);
  });
});

describe("changes named by a time alone (sixteenth session)", () => {
  test("兩年內增加到13所, 現在已倍增至14所: a span or now before the change names nothing; the measure before does", () => {
    const got = records("臺中市新聞\n非營利幼兒園有5所，兩年內增加到13所。公托有7所，現在已倍增至14所。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["非营利幼儿园", 5], ["非营利幼儿园", 13], ["公托", 7], ["公托", 14]]);
  });
});

describe("a summary and next year's points in one page (sixteenth session)", () => {
  test("a part's title holds its numbered sections even with an opening paragraph between", () => {
    const text = "某区教育系统2014年工作总结及2015年工作要点\n\n2014年工作总结\n\n2014年，在区委、区政府的正确领导下，教育系统不断提升教育教学质量。\n\n一、紧扣主题，全力突破重点工作\n\n全年28项重点工作扎实推进。\n\n2015年工作要点\n\n一、加快学位建设\n\n新建幼儿园6所。";
    const parts = findHeadings(text).filter((h) => h.level === 0.5).map((h) => h.title);
    expect(parts).toEqual(["2014年工作总结", "2015年工作要点"]);
  });
  test("实现…目标, a goal met, looks ahead no more", () => {
    expect(markedKind("第一次全面实现“一五九”高考目标（即重点本科率超过10%）", null)).not.toBe("target");
    expect(markedKind("目标是重点本科率超过10%", null)).toBe("target");
  });
});

describe("a summary in bare verbs (sixteenth session)", () => {
  test("圆满完成…各项目标任务, 获批, 率先在全省开展: words of results outweigh the goals met and the plans named", () => {
    const text = "20XX年全市教育系统深入推进十二五教育发展规划，圆满完成年初制定的各项目标任务。\n各类教育有序推进。实施学前教育发展五年计划，23所幼儿园入围省优质园现场评估。某市获批省职业教育创新发展实验区，率先在全省开展现代职业教育体系建设试点。实施幼儿园增量工程，增加9000多个学位。";
    expect(readDocument(text).kind).toBe("actual");
    expect(records(text).every((r) => r.kind === "actual")).toBe(true);
  });
});

describe("lists and their counts (sixteenth session)", () => {
  test("广州、深圳、东莞三市…分别为: the count of the places listed is no part of the last one's name", () => {
    const got = records("广东省\n广州、深圳、东莞三市需增加公办学位分别为75.99万、67.63万和57.65万个。");
    expect(got.map((r) => r.name)).toEqual(["广州需增加公办学位", "深圳需增加公办学位", "东莞需增加公办学位"]);
  });
});

describe("words that open with a conjunction's character (sixteenth session)", () => {
  test("和美乡村 keeps its 和", () => {
    expect(records("某省政府工作报告\n过去一年，和美乡村建设覆盖率达80%。")[0]?.name).toBe("和美乡村建设覆盖率");
  });
});

describe("hours and credits of a course (sixteenth session)", () => {
  test("6个学分 is 6 学分, and hours and credits name the measure of the course", () => {
    const got = records("某市美育实施方案\n保证美育类必修课程有6个学分，美育课程不得低于72个学时。");
    expect(got.map((r) => [r.value, r.unit])).toEqual([[6, "学分"], [72, "学时"]]);
    expect(got.map((r) => r.name)).toEqual([expect.stringMatching(/学分$/), expect.stringMatching(/学时$/)]);
  });
});

describe("a budget's sums (sixteenth session)", () => {
  test("经常开支预算为786亿元 is what the budget sets, not a state; people counted in it are", () => {
    const got = records("財政預算案\n\n2017-02-22　記者\n\n財政司司長發表財政預算案。\n\n教育：2017/18年度經常開支預算為786億元。\n\n在職人員159人，其中納入預算的人員為145人。");
    expect(got.filter((r) => r.value !== 159).map((r) => [r.value, r.kind])).toEqual([[786, "target"], [145, "actual"]]);
  });
});

describe("words that open with 一, and a page's counts of views (sixteenth session)", () => {
  test("一般性项目 is no figure 一 joined to the list before", () => {
    const got = records("义乌新闻\n今年实施重点项目36项、一般性项目124项。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["实施重点项目", 36], ["一般性项目", 124]]);
  });
  test("a date and time, then counts of views and comments, is the page's furniture", () => {
    const got = records("新建工程启动\n\n张家港新闻 2020/1/18 9:53:35 3004次 0条点评\n\n沙洲小学新建工程总投资1.2亿元。");
    expect(got.map((r) => r.value)).toEqual([1.2]);
  });
});

describe("a range, then what it counts (sixteenth session)", () => {
  test("每人每月200-500元不等的乡镇工作补贴: 不等的 leads to what the range counts", () => {
    const got = records("三明市答复\n乡村教师享受每人每月200-500元不等的乡镇工作补贴。");
    expect(got.map((r) => [r.min, r.max])).toEqual([[200, 500]]);
    expect(got[0]!.name).toMatch(/乡镇工作补贴/);
  });
});

describe("a deed counted up goes on to the next sentence (sixteenth session)", () => {
  test("落实…，确保…。2021年我县共资助…；办理…: the paragraph's imperative lead gives way to the sentence before", () => {
    const text = "落实学生资助政策，确保精准资助。2021年我县共资助贫困学生2.8189万人次，共发放各项教育资助资金1897.4万元；办理生源地助学贷款4889人次，贷款金额4157.1万元。";
    expect(records(text).map((r) => r.kind)).toEqual(["actual", "actual", "actual", "actual"]);
  });
});

describe("what the sixteenth session's rules must leave alone (second reading)", () => {
  const kinds = (text: string) => records(text).map((r) => r.kind);
  test("放榜 after a word of planning, and 他们计划, still look ahead", () => {
    expect(kinds("某校新闻\n学校计划在文凭试放榜中取得考获5科以上考生比例达到80%以上。")).toEqual(["target"]);
    expect(records("某县今年已新建学校5所\n本报讯 今年以来，某县已新建学校5所。县教育局局长表示，他们计划用三年时间新增公办学位5000个。").pop()?.kind).toBe("target");
  });
  test("收官之年, 率先实现, 建成投用 and 力争创成 are no words of results", () => {
    expect(kinds("2025年是“十四五”收官之年，也是全面胜利收官之年。学前三年毛入园率达到95%。")).toEqual(["target"]);
    expect(kinds("率先实现县域义务教育优质均衡，率先建成教育强县。学前三年毛入园率达到95%。")).toEqual(["target"]);
    expect(kinds("新建城南小学，9月建成投用；改扩建第二中学，年底建成投用。学前三年毛入园率达到95%，新增学位2700个。")).toEqual(["target", "target"]);
  });
  test("2025年计划 still looks ahead; 下阶段实现…目标 is a goal pursued", () => {
    expect(records("我县首次获批国家级示范区。2025年计划新建学校3所，2026年计划新建学校2所。学前三年毛入园率达到95%。").pop()?.kind).toBe("target");
    expect(records("某县教育发展规划\n目前全县已有幼儿园30所，下阶段实现学前教育普及普惠目标，学前三年毛入园率达到95%。").pop()?.kind).toBe("target");
  });
  test("a part title with no year over a paragraph does not hold the numbered sections", () => {
    const text = "某某中学2024年度工作总结\n工作思路\n本年度学校坚持立德树人，全面推进素质教育。\n一、主要成绩\n本科上线率达到85%，一本上线人数为320人。";
    expect(findHeadings(text).filter((h) => h.level === 0.5)).toEqual([]);
    expect(kinds(text)).toEqual(["actual", "actual"]);
  });
  test("现在园幼儿, 现在编教师 keep their words; 和美育 and 和平安 lose their 和", () => {
    expect(records("某园概况\n我园现在园幼儿320人，全校现在编教师95人。").map((r) => r.name)).toEqual(["现在园幼儿", "现在编教师"]);
    expect(records("某县\n全县体育课程开课率为100%和美育课程开课率为98%。").map((r) => r.name)).toEqual(["体育课程开课率", "美育课程开课率"]);
  });
  test("两校区, 两区县 are words, not a count of the items listed", () => {
    expect(records("某县\n高中、初中两校区在校生分别为1200人、800人。").map((r) => r.name)).toEqual(["高中两校区在校生", "初中两校区在校生"]);
  });
  test("公共培训 counts nothing up; a sentence that ends looking ahead passes no report on; a plan's tasks count up as plans", () => {
    expect(kinds("某县教育局2025年工作计划\n二、主要任务\n依托公共培训平台开展教师全员培训，培训教师3000人次，新增县级骨干教师200名。")).toEqual(["target", "target"]);
    expect(kinds("某县教育局2025年工作计划\n一、主要任务\n（一）学生资助。2024年共资助学生2.8万人次，2025年将进一步扩大资助范围。新增资助名额500个，资助资金达到3000万元。")).toEqual(["actual", "target", "target"]);
  });
  test("a run of circles between numerals is a run of zeros", () => {
    const [r] = records("澳門\n教育开支约一千○○五万元。");
    expect((r?.value ?? 0) * (r?.unit === "万元" ? 1e4 : r?.unit === "元" ? 1 : NaN)).toBe(10050000);
  });
});

describe("who speaks and the span used (sixteenth session)", () => {
  test("我们计划用三年时间新增…: the speaker and 用 left by a span name nothing", () => {
    expect(records("某县新闻\n我们计划用三年时间新增公办学位5000个。全县力争用3年时间建成幼儿园10所。").map((r) => r.name)).toEqual(["新增公办学位", "建成幼儿园"]);
  });
});

describe("list markers past ten (sixteenth session)", () => {
  test("十二是 opens an item as 二是 does", () => {
    expect(records("2025年工作安排\n十二是建设50个乡镇级饮用水源地。")[0]?.name).toBe("乡镇级饮用水源地");
  });
});

describe("what a survey found (sixteenth session)", () => {
  test("调查显示，近半受访者会参与: the finding is found; the respondents' 会 is no plan of the text", () => {
    expect(markedKind("调查显示，近半受访者会参与罢课，约两成同学将于课后加入集会", null)).toBe("actual");
    expect(markedKind("有七成受访学生表示会报读", null)).toBe("actual");
    expect(markedKind("明年将开展问卷调查，预计覆盖", null)).toBe("target");
  });
});

test("据统计显示，到2025年…需新增: a forecast from statistics still looks ahead (sixteenth session, review)", () => {
  expect(records("某市规划\n据统计显示，到2025年全市需新增学位3万个。")[0]?.kind).toBe("target");
});

describe("a bare 万 or 亿 measured by what it counts (seventeenth session)", () => {
  test("a Taiwan budget's revenue and spending are money; 挹注 and 编列 spend", () => {
    const units = records("某縣總預算\n計畫歲入約384億多，歲出卻高達411.6億。市府文化局也編列1.4億。").map((r) => r.unit);
    expect(units).toEqual(["亿元", "亿元", "亿元"]);
  });
  test("households, school places and disabled people are counted in their own measure", () => {
    expect(records("某市\n料有270萬住戶受惠。")[0]?.unit).toBe("万户");
    expect(records("某区\n三年行动项目预计增加1.7万学位。")[0]?.unit).toBe("万个");
    expect(records("某省\n为138万残疾人发放生活补贴。")[0]?.unit).toBe("万人");
  });
});

describe("an event held once in a span of years (seventeenth session)", () => {
  test("每3年举办一次…展演 plans the event's cycle, 3 年", () => {
    const cycle = records("某市美育实施意见\n每三年组织一次学校美育质量监测。各县（区）每3年至少举办1次全县（区）性的艺术展演活动。").filter((r) => r.unit === "年");
    expect(cycle.map((r) => [r.name, r.comparator, r.value])).toEqual([["学校美育质量监测周期", "=", 3], ["艺术展演周期", "=", 3]]);
  });
  test("once a year or once in a term is no cycle of years", () => {
    expect(records("某市美育实施意见\n每年举办一次艺术节，每学期组织一次展演。").filter((r) => r.unit === "年")).toEqual([]);
  });
});

describe("a change against a stated earlier year (seventeenth session)", () => {
  test("较2015年提高5.1个百分点 is a change on an earlier year, and the name loses its 较", () => {
    const [r] = records("十一五回顾\n初中毛入学率较2015年提高5.1个百分点。");
    expect([r?.name, r?.basis, r?.value]).toEqual(["初中毛入学率", "previous_year", 5.1]);

  });
  test("ratios that end in 比 keep it", () => {
    expect(records("某县\n师生比达到1:15。")[0]?.name).toBe("师生比");
    expect(records("某省\n城乡居民收入比缩小至2.04∶1。")[0]?.name).toContain("收入比");
  });
});

describe("a table of history written one cell per line (seventeenth session)", () => {
  const table = "新中国60年教育发展\n单位:万人\n年份\n1949\n1980\n2000\n2009\n高等教育在校生\n11.72\n271.93\n939.85\n2826.5\n高中阶段在校生\n43.88\n1720.61\n2447.1\n4624.44";
  test("年份 alone heads the rows' names, and the unit line measures the cells", () => {
    const got = records(table);
    expect(got).toHaveLength(8);
    expect(got.every((r) => r.unit === "万人")).toBe(true);
    expect(got.filter((r) => r.name === "高等教育在校生").map((r) => [r.year, r.value])).toEqual([[1949, 11.72], [1980, 271.93], [2000, 939.85], [2009, 2826.5]]);
  });
  test("years decades apart are a history, all of it done; a plan's base and targets stay apart", () => {
    expect(records(table).map((r) => r.kind)).toEqual(Array(8).fill("actual"));
    const plan = records("教育发展主要指标\n指标\n2020年\n2025年\n2035年\n学前教育毛入园率（%）\n90\n95\n98");
    expect(plan.map((r) => r.kind)).toEqual(["actual", "target", "target"]);
  });
});

describe("a goal said met after its noun (seventeenth session)", () => {
  test("规划目标基本全面实现 and 目标如期实现 report, as 实现了…目标 does", () => {
    expect(markedKind("教育事业蓬勃发展，规划目标基本全面实现", null)).not.toBe("target");
    expect(markedKind("学前教育普及取得突破性进展，规划目标如期实现", null)).not.toBe("target");
    expect(markedKind("确保规划目标全面实现", null)).toBe("target");
    expect(markedKind("到2025年，规划目标是新增学位5000个", null)).toBe("target");
  });
});

describe("a topic line 在…上 (seventeenth session)", () => {
  test("the sums each stage gets below 在…津贴上 are the topic's", () => {
    const got = records("澳門施政報告\n教育方面\n在非高等教育書補津貼上\n明年都會有所增加\n中學增至3,300元/年\n幼兒及小學增至2,400元/年");
    expect(got.map((r) => r.name)).toEqual(["中学非高等教育书补津贴", "幼儿及小学非高等教育书补津贴"]);
  });
  test("a sentence's end closes the topic", () => {
    expect(records("澳門施政報告\n在書補津貼上，已有安排。\n中學增至3,300元")[0]?.name).toBe("中学");
  });
});

describe("names of a government report's review (seventeenth session)", () => {
  test("12类45件民生实事全面完成: the count of kinds is named by the things with nothing before it, and how it went is no name", () => {
    const got = records("2025年回顾\n12类45件民生实事全面完成。19项目标任务顺利完成。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["民生实事", 12, "类"], ["民生实事数", 45, "件"], ["目标任务", 19, "项"]]);
  });
  test("a height that says which schools and a side's players are part of the name; PM2.5 keeps its size", () => {
    expect(records("2026年任务\n为100所海拔1500米以上农村中小学幼儿园建设供暖设施。").map((r) => [r.name, r.value])).toEqual([["海拔1500米以上农村中小学幼儿园建设供暖设施", 100]]);
    expect(records("2026年任务\n新建50个3人制篮球场。").map((r) => [r.name, r.value])).toEqual([["新建3人制篮球场", 50]]);
    expect(records("2025年回顾\n全省PM2.5浓度下降13.7%。")[0]?.name).toBe("PM2.5浓度");
  });
  test("a span of life is a figure; an age after 为 'for' says who", () => {
    expect(records("2025年回顾\n人均预期寿命提升到79岁。").map((r) => [r.name, r.value, r.unit])).toEqual([["人均预期寿命", 79, "岁"]]);
    expect(records("2025年回顾\n为3-6岁儿童提供服务。")).toEqual([]);
  });
  test("an area farmed times over is counted in 亩次", () => {
    expect(records("2025年回顾\n农机作业服务面积60万亩次以上。")[0]?.unit).toBe("万亩次");
  });
});

describe("Taiwan's press on schools and exams (seventeenth session)", () => {
  test("a share named only by the school it is of is the rate the sentence named", () => {
    const got = records("大專校院註冊率\n國立台灣大學註冊率則為99.32％，國立政治大學為97.45％。註冊率未達6成學校共有6所，依序包括：真理大學59.41％、台鋼科技大學58.88％。");
    expect(got.filter((r) => r.unit === "%" && r.value! > 61).map((r) => r.name)).toEqual(["国立台湾大学注册率", "国立政治大学注册率"]);
    expect(got.filter((r) => r.unit === "%" && r.value! < 60).map((r) => r.name)).toEqual(["真理大学注册率", "台钢科技大学注册率"]);
  });
  test("words that only link a figure to the measure before (則為, 同樣為, 僅剩) add nothing to its name", () => {
    const got = records("大專校院註冊率\n註冊率未達6成學校共有9所（113學年為9所、111學年同樣為19校、109學年則為12校）。社會科去年滿級分2510人，今年僅剩1713人。");
    expect(got.filter((r) => r.unit === "所" || r.unit === "校").map((r) => r.name)).toEqual(["学校数", "学校数", "学校数", "学校数"]);
    expect(got.filter((r) => r.unit === "人").map((r) => r.name)).toEqual(["社会科去年满级分", "社会科去年满级分"]);
  });
  test("級分 is a score reached, unless it says which pupils; 一级分园 is no score", () => {
    expect(records("學測\n國文頂標13級分。")[0]?.unit).toBe("级分");
    expect(records("會考\n全國有67.19%的學生拿到4級分。").map((r) => [r.name, r.unit])).toEqual([["学生拿到4级分比例", "%"]]);
    expect(records("學前教育\n建立6所一级分园。").map((r) => r.unit)).toEqual(["所"]);
  });
  test("相較上學年度增加2106人 is a change of the measure before", () => {
    expect(records("學測\n總報名人數11萬8551，相較上學年度增加2106人。")[1]?.name).toBe("总报名人数");
  });
});

describe("local currencies (seventeenth session)", () => {
  test("港元, 澳門幣, 台幣 are 元, as most readers of those texts write them; a foreign currency keeps its name", () => {
    expect(records("香港\n教育經常開支增至786億港元。津貼3,300澳門幣。學費共413,704台幣。捐款50萬美元。").map((r) => r.unit)).toEqual(["亿元", "元", "元", "万美元"]);
  });
  test("the same money again in brackets in another currency is no figure", () => {
    expect(records("台灣升學\n學費共413,704台幣（約108,849港元）。").map((r) => r.value)).toEqual([413704]);
  });
});

describe("a statistics table with no corner cell, one cell per line (seventeenth session)", () => {
  const table = "各级各类民办学校校数、教职工情况\n学校数(所)\n教职工数(人)\n一、高中阶段\n16\n1492\n1.\n高级中学\n2\n461\n2.\n完全中学\n4\n631\n(二)中等职业学校\n10\n400\n1.\n中等技术学校\n2.\n成人中等专业学校\n3.\n职业高中学校\n10\n400";
  test("the measures head the columns; each row is named by its own label, its number aside", () => {
    const got = records(table);
    expect(got.filter((r) => r.unit === "所").map((r) => [r.name, r.value])).toEqual([["高中阶段学校数", 16], ["高级中学学校数", 2], ["完全中学学校数", 4], ["中等职业学校学校数", 10], ["职业高中学校学校数", 10]]);
    expect(got.every((r) => r.kind === "actual")).toBe(true);
  });
});

test("$2500津貼, $6000萬: a dollar sign before the number makes it money, and is no part of the name (seventeenth session)", () => {
  expect(records("香港\n幼稚園中小學生$2500津貼。教育局撥款$6000萬資助學校。").map((r) => [r.name, r.value, r.unit])).toEqual([
    ["幼稚园中小学生津贴", 2500, "元"],
    ["教育局拨款资助学校", 6000, "万元"],
  ]);
});

test("刚刚过去的2024年，…: a year the text looks back on opens its paragraph as 2024年，… does (seventeenth session)", () => {
  const got = records("评论\n刚刚过去的2024年，綦江基础设施得到改善，让农民感受到幸福。200公里的农村通畅公路建成，让农民出行更加方便。");
  expect(got.map((r) => [r.value, r.year])).toEqual([[200, 2024]]);
});

describe("what the seventeenth session's rules must leave alone (review)", () => {
  test("a figure in brackets after a sum that is no money is no conversion", () => {
    expect(records("某市\n新建校舍投资1.2亿元（约2万平方米），资助学生补助200万元（约1000人受惠）。").map((r) => r.unit)).toEqual(["亿元", "万平方米", "万元", "人"]);
  });
  test("在…基础上 is what a figure builds on, no topic", () => {
    expect(records("某市\n在2023年基础上\n小学提高至每生每年800元")[0]?.name).toBe("小学");
  });
  test("率先 is no rate; 毛入学率 keeps its 毛; a kind of school is no school named", () => {
    expect(records("台灣\n全國大專校院註冊率為85%，在全國率先推動，台東縣為70%。")[1]?.name).toBe("台东县注册率");
    expect(records("某县\n全县高中毛入学率达到95%，城区学校为98%。")[1]?.name).not.toContain("入学率");
    expect(records("某省\n全省高中毛入学率达到95%，某某大学为98%。")[1]?.name).toBe("某某大学毛入学率");
  });
  test("每3年召开11次: the 1 of 11 is no 一次", () => {
    expect(records("某县\n每3年召开11次教育工作会议。").filter((r) => r.unit === "年")).toEqual([]);
  });
  test("20人制定 is twenty people; 頂標達到14級分 is a score; 建成50公里以上健身步道 is built", () => {
    expect(records("某县\n抽调骨干教师20人制定课程方案。").map((r) => r.value)).toEqual([20]);
    expect(records("學測\n今年數學頂標達到14級分，國文頂標13級分。").map((r) => r.value)).toEqual([14, 13]);
    expect(records("某市\n全市建成50公里以上健身步道。").map((r) => r.value)).toEqual([50]);
  });
  test("人数比 is a ratio and keeps its 比", () => {
    expect(records("某县\n全县教职工与学生人数比为1:13.5。")[0]?.name).toBe("教职工与学生人数比");
  });
  test("a plan's table from 2012 to 2035 keeps its targets", () => {
    expect(records("教育现代化规划\n指标\n2012年\n2020年\n2035年\n学前三年毛入园率（%）\n64.5\n85\n95").map((r) => r.kind)).toEqual(["actual", "target", "target"]);
  });
  test("规划目标任务全面完成 is a goal met; 同样 and 平均 are no how-it-went", () => {
    expect(markedKind("“十三五”规划目标任务全面完成", null)).not.toBe("target");
    expect(records("台灣\n私立大學同樣為19校。")[0]?.name).toBe("私立大学");
  });
  test("HK $ 2,500 with a space is money", () => {
    expect(records("香港\n每名學生可獲HK $ 2,500津貼。").map((r) => [r.name, r.unit])).toEqual([["每名学生可获津贴", "元"]]);
  });
});

describe("a wire story and a general (seventeenth session)", () => {
  test("新华社北京9月1日电 opens a news story, and the story tells what was done", () => {
    expect(readDocument("开学日\n新华社北京9月1日电 全国各地中小学今天开学。全国小学新生1800万人，将举行开学典礼。").kind).toBe("actual");
    expect(readDocument("澎湖新生人數\n中评社澎湖9月1日电／全台各国中今天开学。澎湖新生仅520人，比去年新生528人少8人，将举行迎新活动。").kind).toBe("actual");
  });
  test("将军 is a general, no future: 將軍國小僅有1名新生 is no plan", () => {
    expect(markedKind("将军国小僅有1名新生", null)).not.toBe("target");
    expect(markedKind("将新建国小1所", null)).toBe("target");
  });
});

describe("a story that keeps saying who said what (seventeenth session)", () => {
  test("教育處指出…, 教育處統計…: a news story with no dateline tells what was done", () => {
    // (the extractor reads the text simplified)
    const text = "少子化冲击 国中仍减31班\n屏东县国中新生人数5355人，实际报到4435人。教育处今年初宣布，新生降为以28人编班，教育处统计，国中减班教师超额28人。\n教育处指出，学生人数逐年下降。校长表示，学校会减1班。";
    expect(readDocument(text).kind).toBe("actual");
  });
  test("a story of what officials say will be done still looks ahead", () => {
    const text = "某市教育新闻\n教育局表示，明年将新建学校10所。局长指出，力争新增学位5000个。教育局统计，计划招聘教师300名。";
    expect(readDocument(text).kind).toBe("target");
  });
  test("類科 counts the subjects a teacher exam hires for", () => {
    expect(records("教甄\n國小開出11類科197名缺額。")[0]?.unit).toBe("类科");
  });
});

test("从29人调减1人: 调减 is a change from where it started, as 减少 is, and no noun (seventeenth session)", () => {
  expect(records("某县\n国小新生从29人调减1人。").map((r) => [r.name, r.value])).toEqual([["国小新生", 29], ["国小新生", -1]]);
});

test("争取资金1.2亿元 is funds obtained, named so; 力争新建 still loses its resolve (seventeenth session)", () => {
  expect(records("某县\n年度争取资金1.2亿元。争取上级资金3000万元。力争新建学校10所。").map((r) => r.name)).toEqual(["争取资金", "争取上级资金", "新建学校"]);
});

describe("places and clearings counted (seventeenth session)", () => {
  test("270万基础教育学位, 新增公办普高学位6.7万: a bare 万 of school places counts 个", () => {
    expect(records("深圳\n到2025年可提供270万基础教育学位。新增公办普高学位6.7万。").map((r) => r.unit)).toEqual(["万个", "万个"]);
  });
  test("辍学学生动态清零, 零就业家庭动态清零: people and households cleared are counted, none left; a share cleared is a share", () => {
    expect(records("某县\n脱贫户学生失学辍学动态清零。").map((r) => [r.value, r.unit])).toEqual([[0, "人"]]);
    expect(records("某县\n零就业家庭动态清零。").map((r) => [r.value, r.unit])).toEqual([[0, "户"]]);
    expect(records("某县\nD级危房动态清零。").map((r) => [r.value, r.unit])).toEqual([[0, "%"]]);
  });
});

test("57個星期 is a span in weeks, as 6个月 is in months (seventeenth session)", () => {
  expect(records("香港\n輪候時間由2016年的57個星期，上升至2017年的74個星期。").map((r) => [r.name, r.value, r.unit])).toEqual([["轮候时间", 57, "个星期"], ["轮候时间", 74, "个星期"]]);
});

describe("what the seventeenth session's later rules must leave alone (second review)", () => {
  test("人社局9月1日电视电话会议 is no wire dateline; a notice's figures stay targets", () => {
    const got = records("关于做好秋季学期开学工作的通知\n各学校：根据市人社局9月1日电视电话会议精神，全市新建幼儿园10所，新增学位5000个，招聘教师300名。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target", "target"]);
  });
  test("officials explaining a plan (答记者问) are no news of what was done", () => {
    const text = "教育部负责人就学前教育方案答记者问\n教育部负责人表示，方案明确，新建改扩建幼儿园2万所，新增普惠性学位200万个。负责人指出，公办园占比达到50%以上。部长强调，覆盖率达到85%。";
    expect(readDocument(text).kind).toBe("target");
  });
  test("将领取 is still the future; 將軍國小 keeps its 将 in the name", () => {
    expect(records("营养餐\n本报讯 去年全县新建学校3所。下学期全县学生将领取营养餐补助1200万元。").map((r) => r.kind)).toEqual(["actual", "target"]);
    expect(records("澎湖新生\n本报讯 今天开学。將軍國小新生29人。")[0]?.name).toBe("将军国小新生");
  });
  test("money spent on school places is money; people counted before 学位 are no places", () => {
    expect(records("某县\n全县投入3000万新建学位2000个。")[0]?.unit).toBe("万元");
    expect(records("某市\n全市户籍人口80万需要学位保障。")[0]?.unit).not.toBe("万个");
    expect(records("某省\n我省还有近100万的学位缺口。")[0]?.unit).toBe("万个");
  });
  test("3类科研项目, 3级分类管理: 类 and 级 before another word", () => {
    expect(records("某市\n全市设立3类科研项目120个。").map((r) => [r.name, r.unit])).toEqual([["设立科研项目", "类"], ["设立科研项目数", "个"]]);
    expect(records("某校\n学校划分为3级分类管理。").filter((r) => r.unit === "级分")).toEqual([]);
  });
  test("消除 counts people none as 清零 does; a treasury's account cleared counts no households", () => {
    expect(records("某县\n全面消除辍学学生。").map((r) => [r.value, r.unit])).toEqual([[0, "人"]]);
    expect(records("某县\n年底前财政专户清零。").filter((r) => r.unit === "户")).toEqual([]);
  });
  test("调减至, 调降至 and 调低至 fall to a ceiling, and leave no 调 in the name", () => {
    expect(records("某县\n普通班级数调减至20个。普通班级数调降至20个。").map((r) => [r.name, r.comparator])).toEqual([["普通班级数", "<="], ["普通班级数", "<="]]);
  });
  test("争取上级补助资金 keeps 争取; a dateline is no part of a name; AUS$ is no US dollar", () => {
    expect(records("某县\n2023年争取上级补助资金5000万元。")[0]?.name).toBe("争取上级补助资金");
    expect(records("开学\n新华社北京9月1日电 全国小学新生1800万人。")[0]?.name).toBe("小学新生");
    expect(records("某校\n每人获AUS$2,000奖学金。").filter((r) => r.unit.includes("美元"))).toEqual([]);
  });
});

test("围墙1.8万延长米 is measured along its length; 从今年开始 is when a rule starts, no part of what it sets (seventeenth session)", () => {
  expect(records("某市\n围墙1.8万延长米。")[0]?.unit).toBe("万延长米");
  expect(records("某市\n从今年开始，市财政每年安排资金100万元。")[0]?.name).toBe("市财政每年安排资金");
});

test("预计…基本同步，新增城镇就业20.1万人: an estimate speaks for its own clause, not for the deeds a review lists after it (seventeenth session)", () => {
  const got = records("一、2024年工作回顾\n民生事业不断取得新进展，预计居民收入增长与经济增长基本同步，新增城镇就业20.1万人。");
  expect(got.map((r) => r.kind)).toEqual(["actual"]);
  expect(records("某市\n预计到2025年，新增学位5000个。预计全年新增学位3000个。").map((r) => r.kind)).toEqual(["target", "target"]);
});

test("減幅13.2%, 跌幅逾三成半: a fall's size named as a fall is a signed change, as most labels read it (seventeenth session)", () => {
  const got = records("香港\n教育總開支由1,259億元下降至1,123億元，減幅13.2%。適齡讀小一人口跌幅逾三成半。");
  expect(got.filter((r) => r.unit === "%").map((r) => r.value)).toEqual([-13.2, -35]);
});

test("体育馆约7亿: a bare 亿 is money unless people or things are counted (seventeenth session)", () => {
  expect(records("金門\n金城國中體育館約7億等工程。").map((r) => r.unit)).toEqual(["亿元"]);
  expect(records("某省\n惠及4.32亿城镇职工和城镇居民。全国人口14亿人。").map((r) => r.unit)).toEqual(["亿人", "亿人"]);
  expect(records("某省\n平台用户超1亿。").map((r) => r.unit)).not.toContain("亿元");
});

test("課時不少於12小時且出席率不得低於八成: 且 opens the next condition, no noun of the figure before nor part of the name after (eighteenth session)", () => {
  const got = records("澳門\n修讀課程，課時不少於12小時且出席率不得低於八成，方可獲發放津貼。");
  expect(got.map((r) => [r.name, r.value])).toEqual([["课时", 12], ["出席率", 80]]);
});

test("113年國中教育會考 in a text in traditional characters is 2024, as Taiwan's press counts years; a mainland 建校113年 is a school's age (eighteenth session)", () => {
  expect(records("南投會考\n113年國中教育會考成績公布，全縣5A學生共173人。")[0]?.year).toBe(2024);
  expect(records("某校\n学校历经113年发展，学生共1730人。")[0]?.year).toBeNull();
});

test("「114至116年…整修工程計畫」經費1.17億元: a span opening a programme's quoted name names the programme, not the year of its money (eighteenth session)", () => {
  expect(records("某县\n县府争取“2025至2027年公立中小学老旧厕所整修工程计划”经费1.17亿元。")[0]?.year).toBeNull();
  expect(records("某县\n2025至2027年，整修厕所184间。")[0]?.year).toBe(2027);
});

test("2024年 alone on its line titles the part below it, 2025年 the next (eighteenth session)", () => {
  const got = records("邯山区教育\n2024年\n一是投资6000万元，推进区三中改扩建项目。\n2025年\n全力推进盛世小学建设项目，新增学位500个。");
  expect(got.map((r) => r.year)).toEqual([2024, 2025]);
});

test("不到 is a bound below (小一新生人數將不到十八萬人); 一百零五學年 is a Republic year written as a number (eighteenth session)", () => {
  const got = records("全國減班\n一百零五學年小一新生人數將不到十八萬人。");
  expect(got.map((r) => [r.name, r.comparator, r.value, r.year])).toEqual([["小一新生人数", "<", 180000, 2016]]);
});

test("25所學校學生不到30人: schools counted by a bound on their pupils are the figure; the bound is no figure of its own (eighteenth session)", () => {
  const got = records("花蓮\n全縣有25所學校學生不到30人，其中2所國小人數不足10人。");
  expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["学校学生", 25, "所"], ["国小人数", 2, "所"]]);
  // (a fall arriving below a bound is of the measure it fell from)
  expect(records("澳門\n中學每級的學生由每年七千多人，逐步下跌至不到四千人。").map((r) => r.name)).toEqual(["中学每级学生", "中学每级学生"]);
});

test("公立大學每學期錄取50名,每名新台幣4,000元整: a per-head name takes the subject of the figure before or of the clause before; 元整 is an exact sum (eighteenth session)", () => {
  const got = records("金門獎學金\n1.公立大學每學期錄取50名,每名新台幣4,000元整。\n3.國外大學,每學期錄取5名,每名新台幣3,000元整。");
  expect(got.map((r) => [r.name, r.value])).toEqual([["公立大学每学期录取", 50], ["公立大学每名", 4000], ["国外大学每学期录取", 5], ["国外大学每名", 3000]]);
});

test("博士獎學金名額15名，每人每年可獲得72,000元: the heads counted before name a per-head sum, without the count's word (eighteenth session)", () => {
  const got = records("澳門\n博士獎學金名額15名，每人每年可獲得獎學金金額72,000元。");
  expect(got.map((r) => r.name)).toEqual(["博士奖学金名额", "博士奖学金每人每年可获得奖学金金额"]);
});

test("义务教育学校建设2.293亿元: the building of schools is what the money is for, 建设 stays (eighteenth session)", () => {
  expect(records("福建\n其中，义务教育学校建设2.293亿元，普通高中建设1.164亿元。").map((r) => r.name)).toEqual(["义务教育学校建设", "普通高中建设"]);
});

test("…投资5.853亿元。这是…首次超过5亿元。其中，…: a remark on the figure before holds no total; the parts are of the year of the total before it (eighteenth session)", () => {
  const got = records("福建\n国家发改委安排我省2016年教育基础设施建设中央预算内投资5.853亿元。这是我省教育项目获中央预算内投资首次超过5亿元。\n其中，义务教育学校建设2.293亿元。");
  expect(got.find((r) => r.value === 2.293)?.year).toBe(2016);
});

test("〔記者蔡淑媛/台中報導〕 is a byline, no part of a name (eighteenth session)", () => {
  expect(records("北屯\n〔記者蔡淑媛/台中報導〕台中北屯區人口破30萬。")[0]?.name).toBe("台中北屯区人口");
});

test("2022年 | 2021年 | … | 2018年: years running back from the newest are a statistics run, all reported (eighteenth session)", () => {
  const got = records("宁波教育\n指标(在校学生数/万人) | 2022年 | 2021年 | 2020年 | 2019年 |\n普通高等学校 | 19.1 | 18.4 | 17.7 | 16.3 |\n普通高中 | 10.3 | 9.9 | 9.3 | 8.9 |");
  expect(got.length).toBe(8);
  expect(new Set(got.map((r) => r.kind))).toEqual(new Set(["actual"]));
});

test("一、指导思想和发展目标 / （一）规划背景: a plan's background under its goals is what was done (eighteenth session)", () => {
  const got = records("某市教育事业发展“十三五”规划\n一、指导思想和发展目标\n（一）规划背景\n全市有公办幼儿园21所。\n（二）发展目标\n全市公办幼儿园达到40所。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "target"]);
});

test("啟用一期校舍, 二期工程: a phase named before what it builds is an ordinal; 有望 is a stance, and the topic's trend (人口逐年成長) no part of what is counted (eighteenth session)", () => {
  expect(records("竹北\n文興國小於今年8月啟用一期校舍，二期工程明年完工。")).toEqual([]);
  expect(records("淡水\n新北市淡水區人口逐年成長，年底有望突破廿萬人。").map((r) => [r.name, r.value])).toEqual([["新北市淡水区人口", 200000]]);
});

test("近4年来，…共为我省安排下达薄弱学校改造计划专项资金39.42亿元: a programme's money (改造计划专项资金) looks ahead for nobody (eighteenth session)", () => {
  expect(markedKind("近4年来，财政部共为我省安排下达农村义务教育薄弱学校改造计划专项资金", null)).toBe("actual");
  expect(markedKind("今年计划改造薄弱学校", null)).toBe("target");
});

test("Taiwan's forecasts: 跌破 is a bound below; 一百十八學年 and 一○五及一○六學年 are years; 適逢虎年效應 is a cause and 恐 a stance, no part of a name (eighteenth session)", () => {
  const got = records("台灣少子化\n大一學生數約在廿七萬人左右，一○五及一○六學年適逢虎年效應降至廿五・五萬人。大一新生自一百十四學年起將跌破二十萬人。國小生恐再降至十七萬人。");
  expect(got.map((r) => [r.name, r.comparator, r.year])).toEqual([
    ["大一学生数", "~", null],
    ["大一学生数", "<=", 2017],
    ["大一新生", "<", 2025],
    ["国小生", "<=", null],
  ]);
});

test("今年有四所校缺額率大於四成: schools that there are, counted by a bound on a rate; the rate is no figure (eighteenth session)", () => {
  expect(records("大學分發\n今年有四所校缺額率大於四成。").map((r) => [r.name, r.value, r.unit])).toEqual([["校缺额率", 4, "所"]]);
});

test("2024年鹿邑將著力辦好十件實事。1.…: a sentence announcing a counted list names the year of its items (eighteenth session)", () => {
  const got = records("鹿邑十件实事\n鹿邑县政府工作报告提出，2024年鹿邑将着力办好十件实事。\n1.开展职业技能培训。全年开展职业技能培训2.55万人次。\n2.改善办学条件。新建和改扩建25所学校，新增学位6120个。");
  expect(got.map((r) => r.year)).toEqual([2024, 2024, 2024]);
});

describe("what the eighteenth session's rules must leave alone (review)", () => {
  test("a per-head word with its own noun needs no subject; the subject is of people counted, without its verb", () => {
    const got = records("某县2024年教育工作总结\n新增学位3600个，每位教师每年培训不少于72学时。专任教师2600名，每班平均学生42人。今年招聘特岗教师120名，中央财政投入资金1800万元，每人每年工资性补助3.52万元。");
    expect(got.map((r) => r.name)).toEqual(["新增学位", "每位教师每年培训学时", "专任教师", "每班平均学生", "招聘特岗教师", "中央财政投入资金", "特岗教师每人每年工资性补助"]);
  });
  test("达不到, 不到位, 不到三年时间 are no bounds; 下跌至不到 keeps the measure's name", () => {
    const got = records("某县\n全县仍有办学条件达不到标准的学校12所。资金拨付不到位的项目3个。全县新生人数由2020年的6200人持续下跌至不到四千人。");
    expect(got.map((r) => [r.name, r.comparator])).toEqual([["办学条件达不到标准学校", "="], ["资金拨付不到位项目", "="], ["新生人数", "<"]]);
  });
  test("a remark that is no milestone (这是关键的一年，…计划新建学校8所) holds its own total for 其中", () => {
    const got = records("某县教育局2024年工作总结和2025年工作计划\n一、2024年工作回顾\n全年新建学校5所。\n二、2025年工作计划\n这是关键的一年，全县计划新建学校8所、新增学位4000个。其中，新建幼儿园3所。");
    expect(got[got.length - 1]).toMatchObject({ name: "新建幼儿园", comparator: ">=", kind: "target", year: 2025 });
  });
  test("a base to strengthen under 主要任务 (一、厚植教育高质量发展基础) is a task", () => {
    const got = records("某县“十五五”教育发展规划\n第三章 主要任务\n一、厚植教育高质量发展基础\n新建幼儿园12所，新增学位6000个。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("people reached or room made after a count of schools (受益学生超过3000人, 可容纳学生超过6000人) are figures of their own", () => {
    const got = records("某县\n结对帮扶12所乡村学校受益学生超过3000人。今年秋季新投用5所学校可容纳学生超过6000人。");
    expect(got.map((r) => r.value)).toEqual([3000, 6000]);
  });
  test("a school's age in a Hong Kong text (經歷100年的發展, 迎來110年校慶) is no Republic year", () => {
    expect(records("聖保羅書院校史\n經歷100年的發展，學校現有學生1,200人。")[0]?.year).toBeNull();
    expect(records("香港某校新聞\n本校今年迎來110年校慶，全校學生1,200人。")[0]?.year).toBeNull();
  });
  test("公办幼儿园建设12所 counts kindergartens; 学校建设2.293亿元 is money for building them", () => {
    expect(records("某县\n全年完成公办幼儿园建设12所，义务教育学校建设2.293亿元。").map((r) => r.name)).toEqual(["公办幼儿园", "义务教育学校建设"]);
  });
});

test("较去年跌一个百分点, 较去年略低一個百分點, 比上年高2个百分点: a one-character change after its base is signed and names nothing (eighteenth session)", () => {
  const got = records("港\n今年联招取录比例为35%，较去年跌一个百分点。升学率比上年高2个百分点，辍学率较去年略低一個百分點。");
  expect(got.map((r) => [r.name, r.value])).toEqual([["联招取录比例", 35], ["联招取录比例", -1], ["升学率", 2], ["辍学率", -1]]);
});

test("新生不足20人的學校將達130校: a bound with its own figure after it is that figure's, not the count's; 接著又 opens a clause (eighteenth session)", () => {
  expect(records("台\n到了115學年，新生不足20人的學校將達130校。")[0]?.comparator).toBe(">=");
  expect(records("台\n縣府編列800萬元補助裝潢，接著又投入1170萬元。")[1]?.name).not.toMatch(/^接/);
});

test("县政府2025年度十件民生实事项目正式出炉! 一、… 三、…: a list announced with its year dates its items, however it is announced (eighteenth session)", () => {
  const got = records("涉县民生实事\n县政府2025年度十件民生实事项目正式出炉!\n一、村内基础设施提升工程\n在17个乡镇硬化道路10万平方米。\n二、城乡电网改造升级工程\n在39个村改造升级配变56台。");
  expect(new Set(got.map((r) => r.year))).toEqual(new Set([2025]));
});

test("較2019/20學年分別減10.2%: a school year named by its two years is the base of a change; 回升 is a rise; 不過兩者於本學年 names nothing of its own (eighteenth session)", () => {
  const got = records("港\n2022/23學年中小學非本地生較2019/20學年分別減10.2%及13.8%，不過兩者於本學年分別回升3.4%及1.4%。");
  expect(got.map((r) => [r.name, r.value, r.basis])).toEqual([
    ["中小学非本地生比例", -10.2, "previous_year"],
    ["中小学非本地生比例", -13.8, "previous_year"],
    ["中小学非本地生比例", 3.4, "absolute"],
    ["中小学非本地生比例", 1.4, "absolute"],
  ]);
});

test("報告顯示 reports what was; 於本學年(2023/24學年) is that school year (eighteenth session)", () => {
  const got = records("港\n報告顯示,2022/23學年中小學非本地生較2019/20學年分別減10.2%及13.8%,不過兩者於本學年(2023/24學年)分別回升3.4%及1.4%。");
  expect(got.map((r) => [r.kind, r.year])).toEqual([["actual", 2022], ["actual", 2022], ["actual", 2023], ["actual", 2023]]);
});

test("a story of no date whose sentences with figures report twice as often as they plan reads as a report (eighteenth session)", () => {
  // (无锡 2018: two sentences of 2017's results with figures, one of 2018's plans)
  const story = readFileSync(join(__dirname, "fixtures/real/report-wuxi-city-2018-news.txt"), "utf8");
  expect(readDocument(story)).toMatchObject({ kind: "actual", rule: "figures mostly done" });
  expect(readDocument("某县教育\n今年将新建学校5所，新增学位3000个。目前已完工2所。计划投入资金1亿元。").kind).toBe("target");
});

test("全县有各级各类学校97所 opening a sentence states what the county has now, even in a plan (eighteenth session)", () => {
  expect(markedKind("全县有各级各类学校", null)).toBe("actual");
  expect(markedKind("到2025年全县有各级各类学校", null)).toBe("target");
  const got = records("德清县“十三五”教育发展规划\n全县有各级各类学校97所，在校学生63116人。");
  expect(got.map((r) => r.kind)).toEqual(["actual", "actual"]);
});

test("高质量完成“十四五”规划 in a title reviews the period, about its last year (eighteenth session)", () => {
  const reviewed = records("主题:高质量完成“十四五”规划系列主题新闻发布会\n“十四五”期间，全市新建学校120所。");
  const planned = records("某市“十四五”教育发展规划\n“十四五”期间，全市新建学校120所。");
  expect([reviewed[0]?.kind, planned[0]?.kind]).toEqual(["actual", "target"]);
});

test("24.2‰ is a share in thousandths and 8.5個千分點 its change; 10℅ typed for 10% is a share (eighteenth session)", () => {
  const got = records("臺北\n國中占比24.2‰，較上學年增加8.5個千分點。實驗教育學校比例上限為10℅。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[24.2, "‰"], [8.5, "千分点"], [10, "%"]]);
});

describe("what the eighteenth session's later rules must leave alone (second review)", () => {
  test("news about a plan (方案提出, a dated press conference) keeps its plan's figures as targets", () => {
    const got = records("我市召开基础教育扩优提质行动方案新闻发布会\n3月12日，市政府新闻办召开新闻发布会，市教育局介绍了《某市基础教育扩优提质行动方案（2025—2027年）》有关情况。\n方案提出，三年内全市新建改扩建中小学幼儿园60所，新增学位5万个。市级以上优质幼儿园占比达到80%。\n市教育局局长表示，下一步将加强统筹，抓好落实。发布会于上午10时结束，共有20余家媒体参加了发布会。");
    expect(got.filter((r) => r.unit !== "家").map((r) => r.kind)).toEqual(["target", "target", "target"]);
  });
  test("a forecast's report (預測報告顯示) looks ahead", () => {
    expect(records("少子化衝擊\n教育部最新公布的學生人數預測報告顯示，115學年國小一年級新生約14.8萬人。")[0]?.kind).toBe("target");
  });
  test("a fall arriving at a school year's value (下跌至2029/30學年的3.6萬人) is bound by its own word", () => {
    expect(records("學齡人口推算\n全港小一適齡人口將由2023/24學年的5.1萬人，下跌至2029/30學年的3.6萬人。").map((r) => r.comparator)).toEqual(["=", "<="]);
  });
  test("物料, 塑料 keep their 料", () => {
    expect(records("澳門\n教青局向全澳學校派發防疫物料12萬件。學校回收塑料3.5噸。").map((r) => r.name)).toEqual(["教青局向全澳学校派发防疫物料", "学校回收塑料"]);
  });
  test("a bracket after 本學年 that holds last year's figure does not date this year's", () => {
    expect(records("澳門教育統計\n本學年(2022/23學年為5,210人)小一新生共4,980人。").find((r) => r.value === 4980)?.year).toBeNull();
  });
  test("a five-year span as a base (比2016-2020年增长35%) is no earlier school year", () => {
    expect(records("某县“十四五”教育发展回顾\n2021-2025年，全县累计投入教育经费56亿元，比2016-2020年增长35%。").find((r) => r.unit === "%")?.basis).toBe("absolute");
  });
});

test("分别, 相差, 秋季: words that say how or when name nothing; the measure before names the figure (eighteenth session)", () => {
  const got = records("臺北\n國中實驗教育學生占比為24.2‰，分別較109學年度15.7‰增加8.5個千分點。");
  expect(got.map((r) => r.name)).not.toContain("分别");
  expect(got.length).toBe(3);
});

test("269宗投訴: 宗 counts cases, as Hong Kong and Macao write; 宗教 is a word (eighteenth session)", () => {
  const got = records("港\n教育局共接獲269宗投訴，其中99宗不成立。尊重5宗教派。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([[269, "宗"], [99, "宗"]]);
});

describe("nineteenth session", () => {
  test("a heading saying a plan's tasks were done (“十四五”任务完成：…) heads a review", () => {
    const text = "高质量完成“十四五”规划系列主题新闻发布会\n一、“十四五”任务完成：延续底蕴，构建优质完善的教育体系\n全市学前教育三年毛入园率达99%以上，公办幼儿园覆盖率70%。";
    expect(records(text).map((r) => [r.kind, r.comparator])).toEqual([["actual", ">="], ["actual", "="]]);
  });
  test("类 别 学校数(所) … over rows of spaced-out labels (小 学 35 64328 -0.3): one header line opening on the labels' header is enough, and -0.3 is a fall", () => {
    const got = records("统计公报\n表8 各类学校、在校生数表\n类 别 学校数(所) 在校学生数(人) 比上年增长(%)\n小 学 35 64328 -0.3\n初 中 27 26687 0.3\n高 中 9 7288 3.6");
    expect(got.filter((r) => r.name.startsWith("小学")).map((r) => [r.value, r.unit])).toEqual([[35, "所"], [64328, "人"], [-0.3, "%"]]);
  });
  test("a PDF's wrapped lines are joined though table rows stand among them (14.58 / 万人)", () => {
    const prose = [
      "至年末,全区共有各类学校264所,中、小、幼、职、特五类教育在校学生数14.58",
      "万人,比上年增长1.6%。全区共有各类学校教职工1.29万人,比上年增长5.6%,其",
      "中专任教师0.93万人,增长6.3%。各类学校在校生数总体略有扩大(见表8)。",
      "表8 各类学校、在校生数表",
      "类 别 学校数(所) 在校学生数(人) 比上年增长(%)",
      "小 学 35 64328 -0.3",
      "初 中 27 26687 0.3",
      "高 中 9 7288 3.6",
      "幼 儿 园 112 42222 7.1",
      "托 儿 所 2 163 -48.1",
      "中 职 校 4 4948 -8.9",
      "全区依法批准设立的民办非学历办学机构50所,民办幼儿园62所,民办托儿",
      "所2所,民办中学5所,民办小学19所。全年共签订各类技术交易合同162项,比",
      "上年增长14.1%;技术交易合同额15253万元,增长10.3%,技术合同成交额位居",
      "全区前列。全年获得国家、市级创新基金项目立项107项;新认定10家科技小巨",
    ].join("\n");
    expect(records("教育和科学技术\n" + prose).find((r) => r.value === 14.58)?.unit).toBe("万人");
  });
  test("36所中小学校创建成为宁波市文明校园: schools counted by what they were made into", () => {
    expect(records("回顾\n全市36所中小学校创建成为宁波市文明校园，1所中学创建成为浙江省文明校园。").map((r) => r.name)).toEqual(["宁波市文明校园", "浙江省文明校园"]);
  });
  test("增加学位7080个 keeps its verb; its parts are of the thing (幼儿园学位)", () => {
    const got = records("计划\n全市增加学位7080个，其中幼儿园420个、中小学6660个。");
    expect(got.map((r) => r.name)).toEqual(["增加学位", "幼儿园学位", "中小学学位"]);
  });
  test("北京青年报 in a byline is a paper's name, no annual report (年报)", () => {
    const got = records("北京市2026年重要民生实事项目公布\n北京青年报客户端 2026-02-03 22:04\n托幼育人方面，新增中学学位1万个。颐养暖心方面，新增家庭养老床位5000张。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("a story opening on its day (2025年2月7日，在…会议上) dates the page: what 2024 saw was done", () => {
    const got = records("2025年2月7日,在市第十五届人民代表大会第四次会议上,市长向大会作政府工作报告。\n报告指出,2024年12个新建和改扩建学校投入使用、新增学位1.17万个。");
    expect(got.map((r) => [r.year, r.kind])).toEqual([[2024, "actual"], [2024, "actual"]]);
  });
  test("越南9.3萬人（35.2%）、印尼2.1萬人（7.9%）: a percentage in brackets after a figure is that figure's share, and the next item is named by its own words", () => {
    const got = records("統計\n以父（母）來自中國大陸有11.6萬人居首（43.7%），越南9.3萬人（35.2%）、印尼2.1萬人（7.9%）次之。");
    expect(got.map((r) => r.name)).toEqual(["以父（母）来自中国大陆", "以父（母）来自中国大陆", "越南", "越南", "印尼", "印尼"]);
  });
  test("減少4.7萬人（15.1%）: the per cent in brackets is the same fall", () => {
    const got = records("統計\n113學年新住民子女學生26.5萬人，較108學年減少4.7萬人（15.1%）。").find((r) => r.unit === "%");
    expect([got?.value, got?.basis]).toEqual([-15.1, "previous_year"]);
  });
  test("2015—2017年，…小学分别为…，初中分别为…: a span of as many years as figures gives one to each, and every figure of the parallel part takes the measure", () => {
    const got = records("回顾\n2015—2017年,预算内生均教育事业费小学分别为12262元、13963元、14027元,初中分别为9925元、12307元、14994元,实现了逐年增长。");
    expect(got.map((r) => r.year)).toEqual([2015, 2016, 2017, 2015, 2016, 2017]);
    expect(got.slice(3).every((r) => r.name.includes("生均教育事业费"))).toBe(true);
  });
  test("测试分析报告, 统考质量讲评: an analysis of a test's results reports them", () => {
    const got = records("2023年小学毕业水平测试分析报告\n昭平县教研室。\n为了有效提升教育教学质量，做好教学质量的监控，以利于今后的教学指导，今年春季学期，我县组织了小学毕业水平测试。\n一、小学毕业测试情况。\n全县19个乡镇130所学校4593人报名参加小学毕业测试，参考率为99.38%。");
    expect(got.map((r) => [r.kind, r.comparator])).toEqual([["actual", "="], ["actual", "="], ["actual", "="], ["actual", "="]]);
  });
  test("有望 looks ahead, in its own clause only", () => {
    const got = records("淡水\n淡水區人口逐年成長，年底有望突破20萬人，為紓解學子的就學需求，市府已投入八億九千萬元新建校舍。");
    expect(got.map((r) => r.kind)).toEqual(["target", "actual"]);
  });
  test("600分以上1698人, 640分以上的有120人: a score band says which candidates are counted; it is part of the count's name, no figure", () => {
    const got = records("高考喜报\n2023年高考，全县考生600分以上1698人，全市640分以上的有120人。");
    expect(got.map((r) => [r.name, r.value, r.unit])).toEqual([["考生600分以上", 1698, "人"], ["640分以上", 120, "人"]]);
  });
  test("改扩建学校⏎64 处. 其中…: a wrapped line ending on a noun goes on with the figure opening the next line; a heading's count or a year on the next line does not", () => {
    const got = records("2017教育发展蓝图\n一是实施办学条件提升工程。抓好全面改薄工作,规划投资1.14亿元, 改扩建学校\n64 处。其中, 规划投资\n9200 万元, 建设校舍项目\n71 个。");
    expect(got.map((r) => [r.value, r.name.includes(r.unit.endsWith("元") ? "规划投资" : r.unit === "处" ? "改扩建学校" : "建设校舍项目")])).toEqual([[1.14, true], [64, true], [9200, true], [71, true]]);
    const heading = records("温州教育\n新增省特级教师47人\n2022年,我市新增市级名师236人。");
    expect(heading.map((r) => r.year)).toEqual([null, 2022]);
  });
  test("31万人口: 人 took the first half of 人口, the people counted; a bare 有 opens no name (有普通高中), 有效 stays a word", () => {
    const got = records("概况\n南城县有31万人口，全县有普通高中3所，有效学位1200个。");
    expect(got.map((r) => r.name)).toEqual(["南城县人口", "普通高中", "有效学位"]);
  });
  test("review: a span's years go one to each figure only where one thing is counted (新建幼儿园、小学、初中分别为… are all of its end)", () => {
    const got = records("县教育局2021—2023年工作总结\n2021—2023年，全县新建幼儿园、小学、初中分别为12所、15所、9所。");
    expect(got.map((r) => [r.name, r.year])).toEqual([["新建幼儿园", 2023], ["新建小学", 2023], ["新建初中", 2023]]);
  });
  test("review: a plan titled with 质量分析 or a 考试质量分析 方案 is no analysis of results", () => {
    expect(records("XX县教育质量分析与提升三年行动计划（2024—2026年）\n全县建成智慧教室300间。")[0]?.kind).toBe("target");
    expect(records("XX县教育局关于印发2024年期末考试质量分析工作方案的通知\n各学校：\n全县新建幼儿园5所。")[0]?.kind).toBe("target");
  });
  test("review: a story opening on its day does not make the story a report (会议明确，今年全市新建…)", () => {
    const got = records("我市召开教育工作会议\n2024年2月20日上午，全市教育工作会议召开。会议明确，今年全市新建幼儿园12所，新增学位8000个。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("review: （占比9.4%） after a change is a share, not the change in per cent", () => {
    const got = records("2023年县教育事业统计公报\n全县民办幼儿园128所，比上年减少12所（占比9.4%）。").find((r) => r.unit === "%");
    expect([got?.value, got?.basis]).toEqual([9.4, "absolute"]);
  });
  test("review: a table's column of changes on the year before (比上年增减(%)) has that basis", () => {
    const got = records("公报\n表8 各类学校\n类 别 学校数(所) 在校生数(人) 比上年增减(%)\n小 学 35 64328 -0.3\n初 中 27 26687 2.1").filter((r) => r.unit === "%");
    expect(got.map((r) => [r.value, r.basis])).toEqual([[-0.3, "previous_year"], [2.1, "previous_year"]]);
  });
  test("【概况】 2020年，…: a yearbook entry's tag before the year leaves it the year of the paragraph", () => {
    const got = records("道县年鉴\n【概况】 2020年,道县公办幼儿园学位建设超额完成。全县公办园学位建设任务1467个,实际完成1695个学位。");
    expect(got.map((r) => r.year)).toEqual([2020, 2020]);
  });
  test("与2021年相比分别提高0.7、0.2个百分点: the comparison names nothing; the measures listed before name the changes", () => {
    const got = records("新闻\n截至2022年底,学前教育毛入园率、九年义务教育巩固率分别达到93%、96.7%,与2021年相比分别提高0.7、0.2个百分点。");
    expect(got.slice(2).map((r) => r.name)).toEqual(["学前教育毛入园率", "九年义务教育巩固率"]);
  });
  test("新建扩建 is one verb, as 新建改扩建 is", () => {
    expect(records("新闻\n保定将新建扩建59所中小学校、幼儿园。")[0]?.name).toContain("新建扩建");
  });
  test("免费为1000名学生提供…服务: 为 before those a deed is done for means for; the figure is no state", () => {
    const got = records("高明十大民生实事出炉\n实施青少年健康促进工程。免费为1000名脊柱侧弯学生提供中医药干预服务。");
    expect([got[0]?.kind, got[0]?.comparator]).toEqual(["target", ">="]);
  });
  test("a photo's caption on the first line (…已完成主体封顶。区卫生健康委供图) is no opening sentence of the story", () => {
    const got = records("南川区中医医院综合楼项目已完成主体封顶。区卫生健康委供图\n全区实施民生实事19件，学前三年毛入园率达到91.5%。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("a story that a plan came out (2025高明十大民生实事出炉) tells the plan, though its page is dated", () => {
    const got = records("2025高明十大民生实事出炉,件件与你息息相关\n2025-02-03 16:58\n1月24日,在区人民代表大会上,公布了票决选出的2025年度十件民生实事项目。\n实施青少年健康促进工程。开展健康知识进校园活动50场次,在全区中小学开展20场心理健康讲座。");
    expect(got.filter((r) => r.unit !== "件").map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("the size of a project begun or being built (…举行开工奠基仪式，…总投资2亿元) is what it is to be, in a dated story too; money spent (完成投资) is not", () => {
    const page = (line: string) => records(`新增学位！这所学校开工\n来源:今晚报 2022-10-13 05:33:50\n${line}`).map((r) => [r.value, r.kind]);
    expect(page("今天上午，城东中小学项目举行开工奠基仪式，总投资2亿元，建筑面积2.7万平方米。")).toEqual([[2, "target"], [2.7, "target"]]);
    expect(page("开工幼儿园13处，完成投资2893万元。")).toEqual([[13, "actual"], [2893, "actual"]]);
  });
  test("review: money used for building (投入资金8000万元，用于新建学校3所) in a summary was spent", () => {
    const got = records("某县2022年教育工作总结\n2022年，全县投入资金8000万元，用于新建学校3所，改造校舍2万平方米。");
    expect(got.filter((r) => r.unit !== "万元").map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
  test("review: a plan named in a dated story (年初确定的十件民生实事进展顺利) is no plan coming out", () => {
    const got = records("某县教育民生实事工作纪实\n发布日期：2024-01-05\n本报讯 年初确定的十件民生实事进展顺利。全县新建幼儿园3所，新增学位1200个。");
    expect(got.filter((r) => r.unit !== "件").map((r) => r.kind)).toEqual(["actual", "actual"]);
  });
  test("review: a ratio after 为 before a deed (生师比为19:1配置专任教师) is stated, not for whom", () => {
    const got = records("某县2023年教育工作要点\n全县小学生师比为19:1配置专任教师。");
    expect(got[0]?.comparator).toBe("=");
  });
  test("新增21个教学班1050个学位: a figure right after another's counted noun shares its subject", () => {
    expect(records("计划\n新增21个教学班1050个学位。").map((r) => r.name)).toEqual(["新增教学班", "新增学位"]);
  });
  test("47.1人每班: the unit's per names nothing; “普九” keeps its 九", () => {
    expect(records("概况\n中学平均班额47.1人每班。")[0]?.name).toBe("中学平均班额");
    expect(records("回顾\n全市“普九”人口覆盖率达100%。")[0]?.name).toBe("普九人口覆盖率");
  });
  test("新建了四所学校 counts; 实现了三次跨越发展 does not", () => {
    expect(records("新闻\n近年来，营山又新建了四所学校。")[0]?.value).toBe(4);
    expect(records("回顾\n全县教育实现了三次跨越发展。")).toEqual([]);
  });
});

describe("twentieth session", () => {
  test("a profile's head counts (中小学人数56042人, 在园幼儿人数7434人, 寄宿生16285人) with no word looking ahead report", () => {
    const got = records("【学生情况】2020年秋季学期,某县中小学人数56042人。全县中小学寄宿生16285人,中小学班级数1388个。民办幼儿园在园幼儿人数7434人。");
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([
      [56042, "actual", "="],
      [16285, "actual", "="],
      [1388, "actual", "="],
      [7434, "actual", "="],
    ]);
  });
  test("今年 on a dated page is the page's year; not 今年起, a span after it (未来三年), nor a starting value (从原本600元)", () => {
    const page = (line: string) => records(`某市教育新闻\n发布时间:2025-03-10  来源:某某晚报\n${line}`).map((r) => [r.value, r.year]);
    expect(page("会议提到,今年全市将推动建成44所中小学幼儿园项目,新增学位5万个。")).toEqual([[44, 2025], [5, 2025]]);
    expect(page("今年起,全区将2年新改扩建公办幼儿园20所。")).toEqual([[20, null]]);
    expect(page("今年全市加快学校建设,未来三年将投入使用中小学90所。")).toEqual([[90, null]]);
    expect(page("今年敬师礼券从原本600元提高至1000元。")).toEqual([[600, null], [1000, 2025]]);
  });
  test("a review's heading (一、2024年工作总结 / 2024年主要工作 in a summary of 2024 and plan of 2025) dates the results under it; a period's (2025年和“十四五”时期工作回顾) does not", () => {
    const doc = (heading: string) => records(`某区教育局2024年工作总结和2025年工作安排\n${heading}\n全区新建幼儿园15所，新增学前学位4410座。\n二、2025年工作安排\n新增学位5000个。`).map((r) => [r.value, r.year, r.kind]);
    expect(doc("一、2024年工作总结")).toEqual([[15, 2024, "actual"], [4410, 2024, "actual"], [5000, 2025, "target"]]);
    expect(doc("一、2024年主要工作")).toEqual([[15, 2024, "actual"], [4410, 2024, "actual"], [5000, 2025, "target"]]);
    expect(doc("一、2024年和“十四五”时期工作回顾")).toEqual([[15, null, "actual"], [4410, null, "actual"], [5000, 2025, "target"]]);
  });
  test("a goal named in the opening (围绕建设…强市的目标) and an editor's abstract (摘要：…出台了《…方案》) make no plan of a year's review", () => {
    const got = records("某市：奋力开启全市教育现代化新征程\n\n摘要:成功承办全国推普周开幕式。出台了《某市减轻学生作业负担实施方案》。\n\n2021年,某市紧紧围绕建设西部教育强市的目标,取得了明显成效。\n\n推动各类教育协调发展。新增6所普惠性民办幼儿园,普惠性幼儿园覆盖率达88%。");
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([[6, "actual", "="], [88, "actual", "="]]);
  });
  test("a news headline telling an event (…集中交付, 跌至983间, 新校舍落成) reports; not one still ahead (年内竣工) nor a plan made public (实施细则公布)", () => {
    const story = (headline: string) => records(`${headline}\n全区新建学校7所，新增学位12000个。`).slice(-2).map((r) => r.kind);
    expect(story("铁西区7所公立新(扩)建校集中交付")).toEqual(["actual", "actual"]);
    expect(story("幼稚园数量跌至983间 创2014年后新低")).toEqual(["actual", "actual"]);
    expect(story("今年教育补短板项目超百个 20个中小学年内竣工")).toEqual(["target", "target"]);
    expect(story("今年我市中考中招实施细则公布")).toEqual(["target", "target"]);
  });
  test("the time a change starts from (由去年, 從去年度) and its verb name nothing: 跨境生由去年逾二千人大減至七百人", () => {
    expect(records("新聞\n今年跨境生由去年逾二千人大減至七百人。").map((r) => r.name)).toEqual(["跨境生", "跨境生"]);
    expect(records("新聞\n東新國中一年級新生從去年度97人增加到今年度197人。").map((r) => r.name)).toEqual(["东新国中一年级新生", "东新国中一年级新生"]);
    expect(records("新聞\n今年敬師禮券從原本600元提高至1000元。").map((r) => r.name)).toEqual(["敬师礼券", "敬师礼券"]);
    expect(records("通知\n特岗教师工资性补助由年人均3.52万元提高到3.88万元。").map((r) => r.name)).toEqual(["特岗教师工资性补助", "特岗教师工资性补助"]);
  });
  test("a plan's 编制背景 (drafting background) tells what is, as its 规划背景 does", () => {
    const got = records("某区“十四五”残疾人保障和发展规划\n一、编制背景\n适龄残疾儿童少年接受义务教育比例达96%。\n二、主要目标\n残疾儿童少年义务教育入学率达到99%以上。");
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([[96, "actual", "="], [99, "target", ">="]]);
  });
  test("a school named first, then when it opened (…附属幼儿园2019年9月开园，办学规模18个班), gives its name to the measures after", () => {
    expect(records("总结\n广州市培英中学附属幼儿园2019年9月开园,办学规模18个班。")[0]?.name).toMatch(/^广州市培英中学附属幼儿园办学规模/);
  });
  test("a statistics title naming one year (吉林省教育事业发展概况(2023年版)) dates its undated counts; a title naming two does not", () => {
    const years = (title: string) => records(`${title}\n一、综合\n——全省共有各级各类学校6883所,比上年减少1309所。`).map((r) => r.year);
    expect(years("某省教育事业发展概况(2023年版)")).toEqual([2023, 2023]);
    expect(years("某省2022年和2023年教育事业统计概况")).toEqual([null, null]);
  });
  test("review: 今年 dates no figure past another time (去年同期为, 上年为, 明年9月建成) or a clause's end; 比去年 only compares", () => {
    const page = (line: string) => records(`某市新闻\n发布时间:2025-03-10\n${line}`).map((r) => [r.value, r.year]);
    // (the 去年 clause's figure is last year's: 2024 on a page of 2025, twenty-first session)
    expect(page("今年全市普通高考报名人数5.2万人，去年报名人数为4.9万人。")).toEqual([[5.2, 2025], [4.9, 2024]]);
    expect(page("今年全市教育支出预算安排20亿元，上年为18亿元。")).toEqual([[20, 2025], [18, null]]);
    expect(page("今年开工建设，明年9月建成投用，可提供学位1800个。")).toEqual([[1800, null]]);
    expect(page("今秋全市又有一批新改扩建学校投入使用，新增学位9万座。")).toEqual([[9, 2025]]);
    expect(page("香港今年誕生130名IB狀元，比去年同期升4.7倍。")[0]).toEqual([130, 2025]);
  });
  test("review: a heading of one year and a span (2022年和过去五年工作回顾), or a sentence opening on a span (五年来), dates nothing; 一年来 is the year's", () => {
    const got = records("2023年政府工作报告\n一、2022年和过去五年工作回顾\n五年来，全市累计新建改扩建中小学幼儿园120所。\n二、2023年工作安排\n新增学位1万个。");
    expect(got.map((r) => [r.value, r.year])).toEqual([[120, null], [1, 2023]]);
    const review = records("某区2024年工作总结和2025年工作安排\n一、2024年工作总结\n五年来，全区新建幼儿园15所。一年来开展竞赛活动30场。");
    expect(review.map((r) => [r.value, r.year])).toEqual([[15, null], [30, 2024]]);
  });
  test("review: a headline of a forecast (推算…跌至), an opening date ahead (2026年启用) or a list made public (公布…民生实事) is no event told", () => {
    const story = (headline: string) => records(`${headline}\n新建改扩建中小学幼儿园20所，新增学位2.4万个。`).slice(-2).map((r) => r.kind);
    expect(story("我市公布2025年十件教育民生实事")).toEqual(["target", "target"]);
    expect(story("教育局推算2029年小一適齡人口跌至4.1萬")).toEqual(["target", "target"]);
    expect(story("XX中学新校区2026年启用")).toEqual(["target", "target"]);
  });
  test("review: the size a school is built for (设计班级数36个，学生总人数1800人，寄宿生900人) is no statistics entry", () => {
    const got = records("XX中学新建工程\n项目选址于城东新区，设计班级数36个，学生总人数1800人，寄宿生900人，新增学位1800个。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target", "target", "target"]);
  });
  test("a project put on a building plan (已被列入…年度投资项目建设计划，项目用地面积约150亩) is to be", () => {
    const got = records("关于第2024012号建议答复的函\n某中学分校建设工程已被列入温岭市2024年市级投资项目建设计划,项目用地面积约150亩,总建筑面积约6.5万平方米。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("a goal exceeded (高于省定50%目标，普惠率94.64%) sets no goal for the figure after it", () => {
    const got = records("某市“十四五”教育发展专项规划\n一、发展基础\n全市学前三年入园率98.94%，公办率62.09%，高于省定50%目标，普惠率94.64%，高于85%预期目标，示范园就读比率60.6%。");
    expect(got.filter((r) => r.value !== 50 && r.value !== 85).map((r) => [r.value, r.kind])).toEqual([[98.94, "actual"], [62.09, "actual"], [94.64, "actual"], [60.6, "actual"]]);
  });
  test("a bulleted school item with where it stands between (●…金箔路校区位于东山镇金箔路，规划占地面积…) names its measures", () => {
    const got = records("学校简介:\n●江宁实验小学金箔路校区位于东山镇金箔路,规划占地面积30015平方米,建筑面积约34000平方米,规模为6轨36个班。");
    expect(got.map((r) => r.name)).toEqual(["江宁实验小学金箔路校区规划占地面积", "江宁实验小学金箔路校区建筑面积", "江宁实验小学金箔路校区办学规模"]);
  });
  test("a school's size bound (100人以下小规模学校, 30人以下学校) says which schools are counted: part of the name, no figure", () => {
    const got = records("新闻\n全县100人以下小规模学校23所，30人以下学校有9所。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["100人以下小规模学校", 23], ["30人以下学校", 9]]);
    expect(records("新闻\n50人以下國小為374所，12班以下學校共有1407所。").map((r) => [r.name, r.value])).toEqual([["50人以下国小", 374], ["12班以下学校", 1407]]);
  });
  test("a byline on its own line (大众网记者 张三 通讯员 李四 青岛报道) makes a news story, whose results are reported", () => {
    const got = records("大众网记者 张洪硕 通讯员 宋艳玲 曹立堃 青岛报道\n5月16日上午,某职业技术学院举办2023年度办学质量发布会,公开发布质量年度报告。毕业生对学校满意度达96%,用人单位对毕业生工作满意度达98%。");
    expect(got.map((r) => [r.value, r.kind, r.comparator])).toEqual([[96, "actual", "="], [98, "actual", "="]]);
  });
  test("the pupils counted right after a count of schools are those schools' (职业学校1所，在校学生1810人), not the paragraph's stage", () => {
    const got = records("某县教育概况\n全县现有普通高中3所,在校学生9393人,职业学校1所,在校学生1810人。初中33所,在校学生17032人(公办初中28所,在校学生14203人)。至99学年度高中校数增至335所,学生为40万642人。");
    expect(got.filter((r) => r.unit === "人").map((r) => r.name)).toEqual(["普通高中在校学生", "职业学校在校学生", "初中在校学生", "公办初中在校学生", "高中学生"]);
  });
  test("a name of linking words only (112學年度降為9617人, 109學年則為12校) is the measure the figure before it named", () => {
    const got = records("新闻\n彰化縣111學年度小一新生人數為1萬281人,112學年度降為9617人,113學年度為8875人。");
    expect(got.map((r) => [r.name, r.value])).toEqual([["彰化县小一新生人数", 10281], ["彰化县小一新生人数", 9617], ["彰化县小一新生人数", 8875]]);
  });
  test("review: what a plan held, done (完成列入年度建设计划的…项目32个, 列入年度计划的12项…全部完成), and 一系列…实施计划, are no plan", () => {
    const kinds = (line: string) => records(`某县2023年教育工作总结\n一、主要成绩\n${line}`).map((r) => r.kind);
    expect(kinds("全年完成列入年度建设计划的校舍改造项目32个，总投资2.1亿元。")).toEqual(["actual", "actual"]);
    expect(kinds("列入省级年度建设计划的4所学校已全部竣工。")).toEqual(["actual"]);
    expect(kinds("出台一系列教师队伍建设实施计划，全年培训教师1.2万人次。")).toEqual(["actual"]);
  });
  test("review: a meeting that 部署今年…工作 after a byline tells plans, not results", () => {
    const got = records("大众网记者 张洪硕 通讯员 宋艳玲 曹立堃 青岛报道\n5月16日上午，青岛市教育局召开会议，部署今年教育重点工作。全市新建改扩建中小学校和幼儿园60所，新增学位6万个。");
    expect(got.map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("review: a count run into the next clause (招聘教师1200人以上学校师资…) is no school's size bound", () => {
    expect(records("总结\n今年全市招聘教师1200人以上学校师资紧缺问题得到缓解。").map((r) => r.value)).toEqual([1200]);
  });
  test("the share of a whole said with 达到 (标准化学校达到学校总数的80%) is named with 占", () => {
    expect(records("计划\n全市标准化学校达到学校总数的80%。")[0]?.name).toBe("标准化学校占学校总数比例");
  });
  test("a meeting that 透露/提出 before a year's review (2025年全省教育工作会议透露:2024年,…) dates nothing; the review's year does", () => {
    const got = records("聚焦全省教育工作会议丨亮点\n湖南教育发布 • 专题\n2025-02-13 11:52:20\n2025年全省教育工作会议透露:2024年,我省全力办好教育重点民生实事。建成100所县中“徐特立项目”,新增优质公办学位6.6万个。");
    expect(got.map((r) => [r.value, r.year])).toEqual([[100, 2024], [6.6, 2024]]);
  });
  test("an editor's line with the date (責任編輯:王錦坤 2024-09-02 16:37:23 來源:…) dates the page", () => {
    const got = records("深圳中小學開學\n\n責任編輯:王錦坤 2024-09-02 16:37:23 來源:深圳特區報\n\n 9月2日,深圳中小學正式開啟2024年秋季新學年。今秋又有一批新改擴建學校集中交付並投入使用,開學新增學位達到9萬座。今年全年,深圳計劃改擴建中小學校(幼兒園)130所以上。");
    expect(got.map((r) => [r.value, r.kind, r.comparator, r.year])).toEqual([[9, "actual", "=", 2024], [130, "target", ">=", 2024]]);
  });
  test("a school year written in numerals on both sides (二○二五/二六學年) is one year, the first", () => {
    expect(records("新聞\n資助計劃在二○二五/二六學年將會資助七所專上院校共32個副學位課程。").map((r) => r.year)).toEqual([2025]);
  });
});

describe("twenty-first session", () => {
  test("the one year a works list's title names (关于印发2025年区政府实事项目的通知) dates its undated items; a list over years to come does not", () => {
    const years = (title: string) => records(`${title}\n\n一、实事项目\n\n1.改建认知障碍照护床位220张\n\n2.*新增1家社区长者食堂`).map((r) => r.year);
    expect(years("关于印发2025年区政府实事项目和重点工程的通知")).toEqual([2025, 2025]);
    expect(years("2022年及未来五年 我市将全力办好十件民生实事")).toEqual([null, null]);
  });
  test("a list's item mark (*新增1家社区长者食堂) is no part of a name", () => {
    expect(records("2025年区政府实事项目\n\n1.*改建认知障碍照护床位220张")[0]?.name).toBe("改建认知障碍照护床位");
  });
  test("a date line followed by its paper (2026-03-19 08:39 北京青年报) dates the page, so 今年 is that year", () => {
    const got = records("海淀区公布民生实事项目\n\n2026-03-19 08:39 北京青年报\n\n据了解,海淀区今年将新增家庭养老床位750张。");
    expect(got.map((r) => [r.value, r.year])).toEqual([[750, 2026]]);
  });
});
describe("twenty-first session, titles", () => {
  test("a title naming a year's data (上海市虹口区2020年教育数据) reports, and 年末实有 counts are results; a data platform's plan does not", () => {
    const body = "\n年末实有普通中学36所,在校学生22020人,比上年增长0.9%。";
    expect(records("上海市虹口区2020年教育数据" + body).map((r) => r.kind)).toEqual(["actual", "actual", "actual"]);
    expect(records("2024年教育大数据平台建设\n力争接入学校200所。").map((r) => r.kind)).toEqual(["target"]);
  });
});
describe("twenty-first session, projects", () => {
  test("in a story, a project's size right after its name (…建设项目总投资17140.5万元) and what it gives once built (建成后可提供) are to be; not a project said opened", () => {
    const story = "发布时间:2025-03-25 21:24:25\n记者从区教育局了解到，第二小学建设项目正式复工。\n";
    expect(records("拉萨这所学校建设最新进展\n" + story + "达孜区第二小学建设项目总投资17140.5万元。已完成主体建设，形象进度达到68%。").map((r) => [r.value, r.kind])).toEqual([[17140.5, "target"], [68, "actual"]]);
    expect(records("新校区建设进展\n" + story + "全市新建学校5所，建成后可增加学位2.6万个。").map((r) => [r.value, r.kind])).toEqual([[5, "actual"], [2.6, "target"]]);
    expect(records("幼儿园交付\n" + story + "此次建成交付的机关幼儿园，项目总投资1600万元。").map((r) => r.kind)).toEqual(["actual"]);
  });
});
describe("twenty-first session, names", () => {
  test("报到 keeps its 到 (实际报到2720人), and a rate compared with a year (报到率比2021年增加) drops the 比", () => {
    const got = records("学院招生\n2022年,各类招生类型共录取3135人,实际报到2720人,报到率比2021年增加6.46%;报到数比2021年增加45人。");
    expect(got.map((r) => r.name)).toEqual(["各类招生类型共录取", "实际报到", "实际报到率", "报到数"]);
  });
});
describe("twenty-first session, counts made known", () => {
  test("a headline making counts known (高考安排及人数公布) reports them; a quota's (招生计划人数公布) does not", () => {
    const body = "\n我市高考报名77279人,比上年增加1007人。";
    expect(records("衡阳市2023年高考安排及人数公布!" + body).map((r) => r.kind)).toEqual(["actual", "actual"]);
    expect(records("某市2023年普通高中招生计划人数公布" + "\n全市普通高中招生计划32000人。").map((r) => r.kind)).toEqual(["target"]);
  });
});
describe("twenty-first session, planned enrolment", () => {
  test("共计划招生6个班 is 共 + 计划招生 (no 共计 + 划), and 计划招生 names a quota", () => {
    expect(records("郑州新校\n二七区2所新建小学投入使用,共计划招生6个班。")[1]?.name).toBe("计划招生班");
    expect(records("某县投资\n总计划投资3000万元。")[0]?.name).toBe("总计划投资");
  });
});
describe("twenty-first session, bases and bare 万", () => {
  test("a time before which a change is counted (比十八大前提高, 从十八大前的…到现在) is no name; the rate before is", () => {
    const got = records("新闻\n学前教育毛入园率92.9%，比十八大前提高了28.4个百分点。毛入学率从十八大前的不到30%到现在超过60%。");
    expect(got.map((r) => r.name)).toEqual(["学前教育毛入园率", "学前教育毛入园率", "毛入学率", "毛入学率"]);
  });
  test("a bare 万 of those taken in (增加本科招生70万) counts people, of places supplied (新增学位供给35万) places", () => {
    expect(records("新闻\n增加本科招生70万，新增学位供给35万。").map((r) => r.unit)).toEqual(["万人", "万个"]);
  });
});
describe("twenty-first session, lists and noise", () => {
  test("measures parted by 、, one a list of its own (学前三年毛入园率、义务教育和高中阶段教育毛入学率均接近100%), give one record each", () => {
    expect(records("新闻\n学前三年毛入园率、义务教育和高中阶段教育毛入学率均接近100%。").map((r) => r.name)).toEqual(["学前三年毛入园率", "义务教育毛入学率", "高中阶段教育毛入学率"]);
  });
  test("a copying site's noise (@*%@) is no part of a name", () => {
    expect(records("新闻\n普惠性幼儿园在园幼儿8.2万余人@*%@,占比超过85%。").map((r) => r.name)).toEqual(["普惠性幼儿园在园幼儿", "普惠性幼儿园在园幼儿占比"]);
  });
});
describe("twenty-first session, a meeting that made a plan", () => {
  test("a story opening on a meeting that chose the year's works (…会议召开…选出了2024年十大民生实事项目) tells plans", () => {
    const got = records("2024年1月5日,顺德区十七届人大二次会议召开第三次全体会议,参会人大代表采取差额票决的方式选出了2024年顺德十大民生实事项目。\n一、加强学位宿位建设。\n新增幼儿园学位1500个、高中阶段学位600个。");
    expect(got.filter((r) => r.unit === "个").map((r) => r.kind)).toEqual(["target", "target"]);
  });
});
describe("twenty-first session, times of day", () => {
  test("a time of day (上午9时30分, 至11时30分) is no figure; a score's change (提高3分) is", () => {
    expect(records("新闻\n2024年9月12日上午9时30分，召开发布会。考试时间为9:00至11时30分。平均分提高3分。").map((r) => r.value)).toEqual([3]);
  });
});
describe("twenty-first session, grades", () => {
  test("Hong Kong's top grade (5**) is no part of a name", () => {
    expect(records("新闻\n今年有4人考獲7科5**。").every((r) => !r.name.includes("*"))).toBe(true);
  });
});
describe("twenty-first session, 去年 on a dated page", () => {
  const page = (body: string) => records("新闻\n发布时间：2021-02-25\n" + body);
  test("去年 on a dated page is the year before the page's, for a figure after it", () => {
    expect(page("去年，长沙县新增公办幼儿园24所，新增公办学位6168个。").map((r) => r.year)).toEqual([2020, 2020]);
    expect(page("据介绍，去年新增公办幼儿园24所。").map((r) => r.year)).toEqual([2020]);
  });
  test("not a comparison (比去年增加), a span (去年以来), a day something began (去年3月开工), nor past 目前 or a clause's end", () => {
    expect(page("全县在校学生比去年增加1200人。").map((r) => r.year)).toEqual([null]);
    expect(page("去年以来，全县新增公办幼儿园24所。").map((r) => r.year)).toEqual([null]);
    expect(page("项目于去年3月29日开工，截至目前，已完成8栋建筑物主体建设。").map((r) => r.year)).toEqual([null]);
    expect(page("审计处去年决算报告出炉，依照规定，代理教师可占教师员额8%。").map((r) => r.year)).toEqual([null]);
  });
});
describe("twenty-first session, review", () => {
  test("review: a project said opened before its size (正式投用…该校建设项目总投资, 正式启用…) has that size", () => {
    const kinds = (text: string) => records(text).map((r) => [r.value, r.kind]);
    expect(kinds("县城第三小学正式投用\n本报讯 9月1日，县城第三小学正式投用，迎来首批1200名学生。该校建设项目总投资1.2亿元。")).toEqual([[1200, "actual"], [1.2, "actual"]]);
    expect(kinds("新校区启用\n本报讯 新校区正式启用。新校区项目总投资2.8亿元。")).toEqual([[2.8, "actual"]]);
  });
  test("review: a plan or notice about data (2024年教育数据工作要点, …数据质量提升行动的通知) is no year's data", () => {
    expect(records("XX区2024年教育数据工作要点\n上报准确率达到100%。").map((r) => r.kind)).toEqual(["target"]);
    expect(records("关于开展2024年度教育数据质量提升行动的通知\n到年底，准确率达到99%以上。").map((r) => r.kind)).toEqual(["target"]);
  });
  test("review: a quota's count made known (公费师范生招录人数发布) is a quota", () => {
    expect(records("2025年公费师范生招录人数发布\n今年全省公费师范生招录1200人。").map((r) => [r.kind, r.comparator])).toEqual([["target", ">="]]);
  });
  test("review: a works list's year does not date a figure another year's word dates (去年…, 明年…)", () => {
    expect(records("2024年民生实事项目进展\n去年全区新增学位3000个。明年将再新建中小学2所。今年新增学位5000个。").map((r) => r.year)).toEqual([null, null, 2024]);
  });
  test("review: a timeline's line ending in 校园网 dates no page", () => {
    expect(records("城关中学信息化建设大事记\n2019年9月1日 建成千兆校园网\n今年，学校新增交互式电子白板48块。").map((r) => r.year)).toEqual([null]);
  });
  test("review: short measures sharing a subject (小学适龄儿童入学率、巩固率和升学率) keep it", () => {
    expect(records("总结\n全县小学适龄儿童入学率、巩固率和升学率均达到100%。").map((r) => r.name)).toEqual(["小学适龄儿童入学率", "小学适龄儿童巩固率", "小学适龄儿童升学率"]);
  });
  test("review: the 比 of 比例 and the 与 of 参与 are no comparison (本科学历比例较五年前提高, 参与率较疫情前提高)", () => {
    expect(records("总结\n专任教师本科学历比例较五年前提高12个百分点。学生课后服务参与率较疫情前提高了15个百分点。").map((r) => r.name)).toEqual(["专任教师本科学历比例", "学生课后服务参与率"]);
  });
});
describe("twenty-first session, item headings", () => {
  test("a sum named only as the standard (资助标准为500元/学期/人) at the head of a list item is the item's; its per-term words are no name", () => {
    const got = records("资金使用情况\n1.学前入园资助金。\n资助标准为500元/学期/人。2023年春季发放学前入园资助金10.55万元。");
    expect(got.map((r) => r.name)).toEqual(["学前入园资助金资助标准", "发放学前入园资助金"]);
  });
});
describe("twenty-first session, lead-ins", () => {
  test("in a report, a lead-in of a year gone (2021年，…共投入8573.19万元，具体情况为：) dates the results listed below it", () => {
    const got = records("学生资助资金情况公示\n发布时间:2022-05-20 11:26\n2021年，市本级财政学生资助共投入8573.19万元，具体情况为：\n1、学前教育。困难幼儿入园资助投入434.4万元，惠及学生4819人。\n2、高中教育。高中助学金投入1106.97万元。");
    expect(got.map((r) => r.year)).toEqual([2021, 2021, 2021, 2021]);
  });
  test("a lead-in naming two years (2010年工作情况和2011年工作打算汇报如下：) dates nothing below it", () => {
    const got = records("某县教育局工作汇报\n现将2010年工作情况和2011年工作打算汇报如下:\n(一)教育经费保障有力。今年,我县教育投入累计8316万元。");
    expect(got.map((r) => r.year)).not.toContain(2011);
  });
  test("last year's value (比上年的114.14亿元) is of the year before the sentence's", () => {
    const got = records("统计\n2022年,全市教育经费总投入为121.43亿元,比上年的114.14亿元增长6.39%。");
    expect(got.map((r) => [r.value, r.year])).toEqual([[121.43, 2022], [114.14, 2021], [6.39, 2022]]);
  });
});
describe("twenty-first session, schools' places", () => {
  test("places counted in the clause right after a count of schools (公办幼儿园增加251所，10.86万个学位，增长72.83%) are those schools'", () => {
    const got = records("统计\n“十三五”期间，公办幼儿园增加251所，10.86万个学位，增长72.83%；公办小学增加58所，19.19万个学位，增长31.14%。");
    expect(got.map((r) => r.name)).toEqual(["公办幼儿园", "公办幼儿园学位", "公办幼儿园学位", "公办小学", "公办小学学位", "公办小学学位"]);
  });
});
describe("twenty-first session, Taiwan's press", () => {
  test("a run of numerals ending in ○ (招生二四○人) is a figure written digit by digit", () => {
    expect(records("新聞\n國中部首度招生二四○人，國中部招生一五○名。").map((r) => r.value)).toEqual([240, 150]);
  });
  test("a name that only says where a count went (106學年減至114.7萬人, 將降至) is the measure before it", () => {
    const got = records("新聞\n99學年國小學生數共152萬人,106學年減至114.7萬人,125學年將降至92.3萬人。");
    expect(got.map((r) => r.name)).toEqual(["国小学生数", "国小学生数", "国小学生数"]);
  });
});
describe("twenty-first session, a plan made", () => {
  test("what a plan made (已制订《…三年行动计划》，提出…覆盖率2021年达到40%，2022年达到55%) sets is a goal, and 提出 is no part of its name", () => {
    const got = records("第一季度项目进展\n已制订《福田区中小学集团化办学三年行动计划》，提出福田区中小学集团化办学校区覆盖率2021年达到40%，2022年达到55%。");
    expect(got.map((r) => [r.name, r.kind, r.comparator])).toEqual([["福田区中小学集团化办学校区覆盖率", "target", ">="], ["福田区中小学集团化办学校区覆盖率", "target", ">="]]);
  });
});
describe("twenty-first session, planned against done", () => {
  test("计划完成170所，实际完成195所: planned against done names both, and 实际 marks what was done", () => {
    expect(records("新闻\n2020年计划完成170所，实际完成195所。").map((r) => [r.name, r.kind])).toEqual([["计划完成", "target"], ["实际完成", "actual"]]);
  });
});
describe("twenty-first session, second review", () => {
  test("review: pupils after a part of the whole (其中民办学校150所，在校生45万人), after several kinds of school, or after a count of anything else keep their own name", () => {
    expect(records("2022年教育事业统计公报\n全市共有各级各类学校1200所，其中民办学校150所，在校生45万人。").map((r) => r.name)).toEqual(["各级各类学校", "民办学校", "在校生"]);
    expect(records("统计\n全县共有普通高中5所，职业高中2所，在校学生1.2万人。全年表彰先进集体20个，教师150名。").map((r) => r.name)).toEqual(["普通高中", "职业高中", "在校学生", "表彰先进集体", "教师"]);
  });
  test("review: a plan named in a summary (…计划》提出的目标全部实现, 落实《…》要求，…) sets no goal for the results after it", () => {
    expect(records("2021年教育工作总结\n《XX区学前教育三年行动计划》提出的目标全部实现，全区普惠性幼儿园覆盖率2021年达到85%。").map((r) => r.kind)).toEqual(["actual", "actual"]);
    expect(records("2021年工作总结\n我区认真落实《学前教育发展提升行动计划》要求，全区公办园在园幼儿占比2021年达到52%。").map((r) => r.kind)).toEqual(["actual"]);
  });
  test("review: a lead-in of two years ends the year an earlier lead-in carried", () => {
    const got = records("某县教育局工作汇报\n2021年，全县教育投入共计5.6亿元，具体如下：\n1、新建学校3所。\n现将2022年工作情况和2023年工作打算汇报如下：\n1、新建幼儿园4所。");
    expect(got.map((r) => r.year)).toEqual([2021, 2021, null]);
  });
  test("review: last year's value under a deadline (到2025年…由去年的88%) is not counted back from the deadline", () => {
    expect(records("XX区2024年教育工作要点\n到2025年，全区普惠性幼儿园覆盖率由去年的88%提高到92%。")[0]?.year).not.toBe(2024);
  });
  test("review: an item heading that names no money (二、资助对象及标准, 一、基本情况) is no part of a sum's name", () => {
    expect(records("资金\n二、资助对象及标准\n补助标准为每生每年1000元。")[0]?.name).toBe("补助标准");
  });
  test("review: 二○○人 is 200, digit by digit", () => {
    expect(records("新聞\n國中部招生二○○人。").map((r) => r.value)).toEqual([200]);
  });
  test("review: 按实际配备比例计分 is a scoring rule, no deed done", () => {
    expect(records("考核办法\n心理健康教师配备率达到100%，按实际配备比例计分。").map((r) => r.kind)).toEqual(["target"]);
  });
});
describe("twenty-first session, 另", () => {
  test("另 (besides) before a name is no part of it (另國中部招收一八○人, 另有小学教学点12个)", () => {
    expect(records("新聞\n另國中部招收一八○人，另有小学教学点12个。").map((r) => r.name)).toEqual(["国中部招收", "小学教学点"]);
  });
});
describe("twenty-first session, areas given twice", () => {
  test("an area given again in brackets in another measure (3.9985公顷(约60亩)) is no second figure", () => {
    expect(records("项目\n项目用地面积3.9985公顷(约60亩)，总建筑面积2.1万平方米。").map((r) => r.value)).toEqual([3.9985, 2.1]);
  });
});
describe("twenty-first session, third review", () => {
  test("review: 实际 after a goal's word (力争实际招生人数达到1500人) is still the goal's", () => {
    expect(records("某县2024年教育工作要点\n力争实际招生人数达到1500人，确保新生实际报到率达到95%以上。").map((r) => r.kind)).toEqual(["target", "target"]);
  });
  test("review: a plan's 提出 followed by a comma (《…方案》提出，…2023年达到92%) sets a goal", () => {
    expect(records("某县2023年教育工作报告\n《县教育发展三年行动方案》提出，全县学前三年毛入园率2023年达到92%。").map((r) => [r.kind, r.comparator])).toEqual([["target", ">="]]);
  });
  test("review: places after schools keep the schools though a count of something else came before (校舍改造15处，新建公办幼儿园8所，学位2400个), and childcare places their 机构", () => {
    expect(records("总结\n一年来，完成校舍改造15处，新建公办幼儿园8所，学位2400个。新增托育机构5家，托位300个。").map((r) => r.name)).toEqual(["校舍改造", "新建公办幼儿园", "新建公办幼儿园学位", "新增托育机构", "新增托育机构托位"]);
  });
  test("review: an item heading of a programme (1.学前教育资助。3.营养改善计划。) names the standard under it", () => {
    expect(records("资金\n一、学生资助\n1.学前教育资助。\n资助标准为每生每年1000元。\n3.营养改善计划。\n补助标准为每生每天5元。").map((r) => r.name)).toEqual(["学前教育资助资助标准", "营养改善计划补助标准"]);
  });
  test("review: 另 before a lone verb (另建教师周转房) stays", () => {
    expect(records("新闻\n另建教师周转房120套。")[0]?.name).toBe("另建教师周转房");
  });
});
describe("twenty-first session, short lead-ins", () => {
  test("a short lead-in of no year (分别是：) right after a sentence of one year takes that year for the list below", () => {
    const got = records("资助金发放\n发布时间:2025-10-20\n根据上级各项资助政策要求，2025年秋季学期共需为16350人次发放资助金1271.2015万元。分别是:\n一、学前教育资助:386人,金额17.38万元;\n二、义务教育生活补助:7074人,430.8875万元;");
    expect(got.map((r) => r.year)).toEqual([2025, 2025, 2025, 2025, 2025, 2025]);
  });
  test("a reporter's lead (记者从发布会上获悉，2022年，…) does not stop a year opening its paragraph", () => {
    const got = records("新闻发布会\n记者从发布会上获悉，2022年，洛阳市开工建设7所高中学校。新增学位2000个。");
    expect(got.map((r) => r.year)).toEqual([2022, 2022]);
  });
});

describe("twenty-second session, performance self-evaluations (绩效自评)", () => {
  it("names a target's and a result's slots (年初目标值, 实际完成值) by the measure said before them", () => {
    const got = records("2023年度项目绩效自评\n（2）时效指标\n项目完成及时率，年初目标值100%，实际完成值98%。\n满意度指标\n家长满意度，年初目标值≥95%，实际完成值96.5%。").map(brief);
    expect(got).toEqual([
      ["项目完成及时率", 100, "%", null, "target", ">="],
      ["项目完成及时率", 98, "%", null, "actual", "="],
      ["家长满意度", 95, "%", null, "target", ">="],
      ["家长满意度", 96.5, "%", null, "actual", "="],
    ]);
  });

  it("reads a table of 一级指标 | 二级指标 | 指标名称 | 目标值 | 实际完成值 written one cell per line, a count of people with no unit cell in 人", () => {
    const table = ["一级指标", "二级指标", "指标名称", "目标值", "实际完成值", "产出指标", "数量指标", "受资助学生人数", "1200", "1350", "产出指标", "质量指标", "资助政策知晓率", "100%", "98%"];
    for (const text of [table.join("\n"), table.map((c) => c + " |").join("\n")]) {
      const got = records("完成的绩效目标如下表：\n" + text).map(brief);
      expect(got).toEqual([
        ["受资助学生人数", 1200, "人", null, "target", ">="],
        ["受资助学生人数", 1350, "人", null, "actual", "="],
        ["资助政策知晓率", 100, "%", null, "target", ">="],
        ["资助政策知晓率", 98, "%", null, "actual", "="],
      ]);
    }
  });

  it("reads 指标值 right before a figure as the target's slot, and 元/生.年 as a sum per pupil a year", () => {
    const got = records("2023年家庭经济困难学生生活补助绩效自评\n小学寄宿学生人均补助标准指标值1000元/生.年，全年实际完成值1000元/生.年。").map(brief);
    expect(got).toEqual([
      ["小学寄宿学生人均补助标准", 1000, "元", null, "target", ">="],
      ["小学寄宿学生人均补助标准", 1000, "元", null, "actual", "="],
    ]);
  });

  it("reads 周期指标值 and 本年度指标值 as targets, and no class of indicators (数量指标) as a subject", () => {
    const cells = ["一级指标", "二级指标", "三级指标", "周期指标值", "本年度指标值", "产出指标", "数量指标", "总建筑面积(平方米)", "44979.8", "30000", "新增学位数量(个)", "3000", "1200"];
    const got = records("2020年义务教育薄弱环节改善项目绩效自评报告\n\n" + cells.join("\n\n")).map(brief);
    expect(got).toEqual([
      ["总建筑面积", 44979.8, "平方米", 2020, "target", ">="],
      ["总建筑面积", 30000, "平方米", 2020, "target", ">="],
      ["新增学位数量", 3000, "个", 2020, "target", ">="],
      ["新增学位数量", 1200, "个", 2020, "target", ">="],
    ]);
  });

  it("reads 年度指标值 as the year's target and 度量单位 as the unit column", () => {
    const got = records("绩效目标表\n三级指标\t年度指标值\t度量单位\t实际完成值\n资助学生人次\t800\t人次\t815\n").map(brief);
    expect(got).toEqual([
      ["资助学生人次", 800, "人次", null, "target", ">="],
      ["资助学生人次", 815, "人次", null, "actual", "="],
    ]);
  });
});

describe("twenty-second session, after review", () => {
  it("takes no column of words after the figures as the rows' names (指标 | 2020年 | 2025年 | 重点任务)", () => {
    expect(records("指标\t2020年\t2025年\t重点任务\n学前三年毛入园率（%）\t88\t92\t新建改扩建公办幼儿园\n").map(brief)).toEqual([
      ["学前三年毛入园率", 88, "%", 2020, "actual", "="],
      ["学前三年毛入园率", 92, "%", 2025, "target", ">="],
    ]);
    expect(records("指标名称\t单位\t2025年目标\t工作内容\n学前三年毛入园率\t%\t92\t新建幼儿园\n").map(brief)).toEqual([["学前三年毛入园率", 92, "%", 2025, "target", ">="]]);
  });

  it("gives a count no whole unit when its row is written with fractions (在校学生数 6.8, in 万 said elsewhere); 满意度 is a percentage", () => {
    const got = records("指标\t2020年\t2025年\n普通高中在校学生数\t6.8\t7.5\n受资助学生人数\t1200\t1350\n学生满意度\t95\t97\n").map((r) => [r.name, r.value, r.unit]);
    expect(got).toEqual([
      ["受资助学生人数", 1200, "人"],
      ["受资助学生人数", 1350, "人"],
      ["学生满意度", 95, "%"],
      ["学生满意度", 97, "%"],
    ]);
  });

  it("keeps 计划值 of a quota and 高于计划值 of a comparison in the name; 实际值 and 完成值 are what was done", () => {
    const got = records("全县普通高中招生计划值为3200人。\n学前三年毛入园率目标值为95%，实际值为96.2%，高于计划值1.2个百分点。\n项目完成及时率，年初目标值100%，完成值100%。");
    expect(got.map((r) => [r.name, r.value, r.kind])).toEqual([
      ["普通高中招生计划值", 3200, "actual"],
      ["学前三年毛入园率", 95, "target"],
      ["学前三年毛入园率", 96.2, "actual"],
      ["高于计划值", 1.2, "target"],
      ["项目完成及时率", 100, "target"],
      ["项目完成及时率", 100, "actual"],
    ]);
  });
});

describe("twenty-second session, goals in brackets", () => {
  it("gives a goal in brackets after 规划目标 or 要求 the measure the sentence gave before it, as a target", () => {
    const got = records("一、规划指标完成情况\n至十三五中期，学前三年毛入园率达100%，超额完成规划目标(98%)；外教总数为41人，已达到规划目标(>30人)；普惠性幼儿园覆盖率达70.73%，超过了市里的要求(60%)。");
    expect(got.map((r) => [r.name, r.value, r.kind, r.comparator])).toEqual([
      ["学前三年毛入园率", 100, "actual", "="],
      ["学前三年毛入园率", 98, "target", ">="],
      ["外教总数", 41, "actual", "="],
      ["外教总数", 30, "target", ">"],
      ["普惠性幼儿园覆盖率", 70.73, "actual", "="],
      ["普惠性幼儿园覆盖率", 60, "target", ">="],
    ]);
  });
});

test("twenty-second session: a bare 万 after 补助 or 自筹款 is money (获中央补助约7000万、县府自筹款8400万)", () => {
  const got = records("某校舊校舍重建\n校方獲中央補助約7000萬、縣府自籌款8400萬、總經費1.5億餘元進行重建。");
  expect(got.map((r) => [r.value, r.unit])).toEqual([
    [7000, "万元"],
    [8400, "万元"],
    [1.5, "亿元"],
  ]);
});

describe("twenty-second session, after the second review", () => {
  const one = (text: string) => records(text).map((r) => [r.name, r.value, r.unit, r.kind, r.comparator]);

  it("reads 实际值, 完成值 and 指标值 as slots only right before their figure", () => {
    expect(one("某县2024年教育工作要点\n以2023年实际值为基数，2024年新增学位3000个。")).toEqual([["新增学位", 3000, "个", "target", ">="]]);
    expect(one("2023年度学生资助项目绩效自评报告\n资助政策知晓率，年度绩效指标值95%，实际完成值98%。").map((r) => r[3])).toEqual(["target", "actual"]);
    expect(one("2024年部门预算项目绩效目标表\n资助学生人数预期完成值1200人。").map((r) => r[3])).toEqual(["target"]);
    expect(one("项目完成率，年度计划值100%，实际完成值98%。")).toEqual([
      ["项目完成率", 100, "%", "target", ">="],
      ["项目完成率", 98, "%", "actual", "="],
    ]);
  });

  it("gives a goal in brackets to the measure said last before it, not to one under way, and keeps a ceiling a ceiling", () => {
    expect(one("学前教育毛入园率95%，义务教育巩固率达到99%，超过规划目标(98%)。").slice(-1)).toEqual([["义务教育巩固率", 98, "%", "target", ">="]]);
    expect(one("全县共有幼儿园120所，其中公办园80所，达到规划目标（60所）。").slice(-1)).toEqual([["公办园", 60, "所", "target", ">="]]);
    expect(one("小学班额控制在45人以内，达到标准（45人）。").map((r) => r[4])).toEqual(["<=", "<="]);
    expect(one("学生近视率下降至45%，低于省定目标（50%以内）。").some((r) => r[0] === "学生近视率" && r[1] === 50)).toBe(false);
  });

  it("counts people, not money, after 补助 when people are named after the figure", () => {
    expect(one("营养改善计划补助3.5万学生。").map((r) => r[2])).toEqual(["万人"]);
  });

  it("keeps 年初 after 元/生. as the next words, and gives per-capita counts their unit with fractions", () => {
    expect(one("800元/生.年初下达资金2000万元。").slice(-1)[0]![0]).toBe("年初下达资金");
    expect(one("指标\t2020年\t2025年\n每十万人口高等教育在校生数\t2856.5\t3200\n").map((r) => [r[1], r[2]])).toEqual([
      [2856.5, "人"],
      [3200, "人"],
    ]);
  });
});

describe("twenty-second session, after the third review", () => {
  const one = (text: string) => records(text).map((r) => [r.name, r.value, r.unit, r.kind, r.comparator]);

  it("keeps a plan titled …三年行动 a plan, whatever its opening review says", () => {
    const plan = "某县基础教育扩优提质三年行动\n近年来，全县累计投入教育资金12亿元，新建学校9所，义务教育巩固率达到97.2%，在校学生5.4万人，专任教师4200人，各项工作取得显著成效，群众满意度持续提升，教育质量稳居全市前列。\n1.新增学位360个。2.招聘教师120名。";
    expect(one(plan).slice(-2).map((r) => r[3])).toEqual(["target", "target"]);
  });

  it("reads 元/生.年以上 as a bound per pupil a year, 约 and 达到 after 实际值, 本期完成值 as done", () => {
    expect(one("生均公用经费标准提高到小学720元/生.年以上。").map((r) => [r[1], r[2], r[4]])).toEqual([[720, "元", ">="]]);
    expect(one("某项目绩效自评\n资助政策知晓率，年度指标值100%，实际值约96%，本期完成值98%。").map((r) => r[3])).toEqual(["target", "actual", "actual"]);
  });

  it("makes a grant money when a deed follows it, not when people are counted", () => {
    expect(one("县财政自筹8400万新建城东幼儿园。争取中央补助1500万用于学校建设。营养改善计划补助3.5万学生。").map((r) => r[2])).toEqual(["万元", "万元", "万人"]);
  });

  it("binds a signed goal in brackets whatever the verb, and a plain one after 达 or a long gap", () => {
    expect(one("大班额比例为3%，优于省定目标（≤5%）。").slice(-1)).toEqual([["大班额比例", 5, "%", "target", "<="]]);
    expect(one("义务教育巩固率99%，已达省定目标（97%）。").slice(-1)).toEqual([["义务教育巩固率", 97, "%", "target", ">="]]);
    expect(one("巩固率98%，超额完成了市教育局下达的年度目标（95%）。").slice(-1)).toEqual([["巩固率", 95, "%", "target", ">="]]);
    expect(one("辍学率为0.2%，实现了年度控制目标（0.5%以下）。").slice(-1)).toEqual([["辍学率", 0.5, "%", "target", "<="]]);
    expect(one("在建项目12个，完成年度目标（10个）。").slice(-1)).toEqual([["在建项目", 10, "个", "target", ">="]]);
  });

  it("gives no whole unit to a yearly count written with fractions (每年培训教师人数 2.4)", () => {
    expect(one("指标\t2020年\t2025年\n每年培训教师人数\t2.4\t3\n")).toEqual([]);
  });
});
