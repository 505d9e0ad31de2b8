// The hard forms of plan language, one rule at a time, on sentences written for these tests
// (not taken from the seeds), each also in traditional characters and with pinyin noise.
import * as OpenCC from "opencc-js";
import { extractIndicators } from "../../../src/core/extract/extract";
import type { ExtractedIndicator } from "../../../src/core/extract/types";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
// 學(xué)校: some pages print the pinyin of every few characters
const withPinyin = (text: string) => text.replace(/学/g, "学(xué)").replace(/校/g, "校(xiào)").replace(/率/g, "率(lǜ)");

const records = (text: string) => extractIndicators(text).indicators;

/** The sentence in simplified, traditional and pinyin-noisy form gives the expected records. */
function expectAll(text: string, expected: Partial<ExtractedIndicator>[]) {
  for (const variant of [text, toTraditional(text), withPinyin(toTraditional(text))]) {
    const got = records(variant);
    expect(got).toHaveLength(expected.length);
    expected.forEach((e, i) => expect(got[i]).toMatchObject(e));
    for (const r of got) {
      expect(r.name).not.toMatch(/\d/);
      expect(variant).toContain(r.quote);
    }
  }
}

describe("numbers", () => {
  test.each<[string, Partial<ExtractedIndicator>]>([
    ["全县小学入学率达到99.8%。", { value: 99.8, unit: "%" }],
    ["特殊教育学校入学率达到百分之九十五以上。", { value: 95, unit: "%", comparator: ">=" }],
    ["新建乡镇幼儿园十五所。", { value: 15, unit: "所" }],
    ["新建两所寄宿制学校。", { value: 2, unit: "所" }],
    ["全年开展家长培训3.2万人次。", { value: 3.2, unit: "万人次" }],
    ["安排教育专项资金1.8亿元。", { value: 1.8, unit: "亿元" }],
    ["创建省级特色高中2-3所。", { comparator: "between", min: 2, max: 3, unit: "所" }],
    ["每个学区建设1至2个学科基地。", { comparator: "between", min: 1, max: 2, unit: "个" }],
    ["培育三至五个品牌社团。", { comparator: "between", min: 3, max: 5, unit: "个" }],
    ["遴选三四所学校开展试点。", { comparator: "between", min: 3, max: 4, unit: "所" }],
    ["城区小学生师比达到19:1。", { value: 19, unit: "ratio" }],
    ["受益学生1200多人。", { comparator: ">", value: 1200, unit: "人" }],
    ["培训班主任1,500人。", { value: 1500, unit: "人" }],
    ["学生体质健康合格率达到９５％。", { value: 95, unit: "%" }],
    ["义务教育学校平均受教育年限达到10.5年。", { value: 10.5, unit: "年" }],
    ["专任教师平均年龄不超过45岁。", { value: 45, unit: "岁", comparator: "<=" }],
    ["每万名学生配备专职心理教师不少于2名。", { value: 2, unit: "名", comparator: ">=" }],
  ])("%s", (text, expected) => expectAll(text, [expected]));
});

describe("comparators (以上/以下/以内 include the number, 超过/不满 exclude it)", () => {
  test.each<[string, ExtractedIndicator["comparator"], number]>([
    ["教师培训合格率不低于95%。", ">=", 95],
    ["每校至少配备1名专职心理健康教师。", ">=", 1],
    ["中小学生每天校内体育活动时间不少于1小时。", ">=", 1],
    ["寄宿制学校床位使用率超过90%。", ">", 90],
    ["新增学位逾3000个。", ">", 3000],
    ["全县中小学近视率控制在50%以内。", "<=", 50],
    ["小学班额不超过45人。", "<=", 45],
    ["校外培训机构数量压减到20家以下。", "<=", 20],
    ["辍学率低于0.5%。", "<", 0.5],
    ["农村学校教师流失率少于3%。", "<", 3],
    ["学生满意度保持在95%。", "=", 95],
    ["家长满意度约为90%。", "~", 90],
    ["参与学生近5000人。", "~", 5000],
    ["高中阶段普职招生比例大体保持在1:1左右。", "~", 1],
  ])("%s → %s", (text, comparator, value) => expectAll(text, [{ comparator, value }]));
});

describe("figures implied by words", () => {
  test("全覆盖 and 全部 are 100 %", () => {
    expectAll("实现乡镇中心幼儿园全覆盖。", [{ comparator: "=", value: 100, unit: "%" }]);
    expect(records("实现乡镇中心幼儿园全覆盖。")[0]!.name).toContain("乡镇中心幼儿园");
    expectAll("义务教育学校全部达标。", [{ value: 100, unit: "%" }]);
  });
  test("消除, 为零 and 不发生一起 are = 0", () => {
    expectAll("全面消除义务教育超大班额。", [{ comparator: "=", value: 0, unit: "%" }]);
    expect(records("全面消除义务教育超大班额。")[0]!.name).toContain("超大班额");
    expectAll("确保全县不发生一起重大食品安全事故。", [{ comparator: "=", value: 0, unit: "起" }]);
    expect(records("确保全县不发生一起重大食品安全事故。")[0]!.name).toBe("重大食品安全事故");
    expectAll("义务教育阶段辍学率为零。", [{ comparator: "=", value: 0 }]);
  });
  test("零的突破 is >= 1", () => {
    expectAll("力争实现国家级教学成果奖零的突破。", [{ comparator: ">=", value: 1 }]);
    expect(records("力争实现国家级教学成果奖零的突破。")[0]!.name).toContain("教学成果奖");
    expect(records("力争实现引进特级教师零的突破。")[0]).toMatchObject({ unit: "名", value: 1 });
  });
  test("a figure inside what is removed is not a target of its own", () => {
    expectAll("全面消除56人及以上超大班额。", [{ comparator: "=", value: 0, unit: "%" }]);
  });
});

describe("numbers that are not indicators", () => {
  test.each([
    "2021年4月召开全县教育大会。",
    "学习贯彻党的二十大精神，编制十四五教育规划。",
    "实施第二期学前教育三年行动计划。",
    "推进“5+2”课后服务和1+X证书试点，落实3+4贯通培养。",
    "开通12345教育服务热线，实施“111”工程和316工程。",
    "扎实开展“三名一好”创建活动。",
    "第三届校园文化艺术节顺利举办。",
    "一是加强组织领导，二是完善工作机制。",
    "用三年时间完成全部改造任务。",
    "有5名以上党员的学校应单独成立党支部。",
    "全力办好人民满意的教育，做到两个只增不减。",
    "指导四所职校做好迎检工作，确立一批特色学校。",
    "保障3～6岁适龄儿童就近入园。",
    "公布第1、2、3批示范校名单。",
    "2020-2022学年度工作会议在8:30召开。",
    "每五年一周期，连续3年开展督导。",
  ])("%s", (text) => {
    expect(records(text)).toEqual([]);
    expect(records(toTraditional(text))).toEqual([]);
  });
});

describe("分别 lists", () => {
  test("subjects × figures, the shared tail given to each", () => {
    const r = records("全区城区、乡镇、农村学校教师培训覆盖率分别达到100%、98%、95%以上。");
    expect(r.map((x) => [x.value, x.comparator])).toEqual([[100, ">="], [98, ">="], [95, ">="]]);
    expect(r[0]!.name).toMatch(/^城区.*培训覆盖率$/);
    expect(r[1]!.name).toMatch(/^乡镇.*培训覆盖率$/);
    expect(r[2]!.name).toMatch(/^农村学校教师培训覆盖率$/);
  });
  test("subjects × figures × years", () => {
    const text = "小学和初中巩固率2021年分别达到98%、97%以上，2023年分别达到99%、98.5%以上。";
    for (const variant of [text, toTraditional(text)]) {
      const r = records(variant);
      expect(r.map((x) => [x.name, x.value, x.year])).toEqual([
        ["小学巩固率", 98, 2021],
        ["初中巩固率", 97, 2021],
        ["小学巩固率", 99, 2023],
        ["初中巩固率", 98.5, 2023],
      ]);
    }
  });
  test("figures listed without a unit take the list's unit", () => {
    const r = records("引进博士、硕士研究生分别不少于5、20名。");
    expect(r.map((x) => [x.value, x.unit, x.comparator])).toEqual([[5, "名", ">="], [20, "名", ">="]]);
  });
});

describe("names", () => {
  test.each<[string, string]>([
    ["全市继续确保高中阶段毛入学率达到95%以上。", "高中阶段毛入学率"],
    ["力争新增省级示范幼儿园3所。", "新增省级示范幼儿园"],
    ["年内建设10个创客实验室。", "创客实验室"],
    ["招聘新教师不少于200名。", "招聘新教师"],
    ["骨干教师交流比例不低于交流总数的20%。", "骨干教师交流比例"],
    ["小学生均公用经费不低于700元，初中不低于900元。", "小学生均公用经费"],
  ])("%s → %s", (text, name) => {
    expect(records(text)[0]!.name).toBe(name);
    expect(records(toTraditional(text))[0]!.name).toBe(name);
  });
  test("an elliptical clause borrows the measure and swaps the parallel word", () => {
    expect(records("小学生均公用经费不低于700元，初中不低于900元。")[1]!.name).toBe("初中生均公用经费");
  });
  test("parts after 其中 are named by whose share they are", () => {
    const r = records("全市新建学校44所，其中城区12所，农村32所。");
    expect(r.map((x) => x.name)).toEqual(["新建学校", "城区新建学校", "农村新建学校"]);
    const inBrackets = records("新建改扩建学校12所（其中新建5所，改扩建7所），新增学位6000个。");
    expect(inBrackets.map((x) => [x.name, x.value])).toEqual([["新建改扩建学校", 12], ["新建学校", 5], ["改扩建学校", 7], ["新增学位", 6000]]);
  });
});

describe("target or actual", () => {
  test("a plan's figures are targets unless they already happened", () => {
    expect(records("全区已建成标准化学校58所。")[0]).toMatchObject({ kind: "actual", comparator: "=" });
    expect(records("到2023年，力争建成标准化学校70所。")[0]).toMatchObject({ kind: "target", comparator: ">=", year: 2023 });
  });
  test("a summary's figures are results unless they look ahead", () => {
    const r = records("某县2020年教育工作总结\n全年新增学位2400个，培训教师5600人次。\n下一步，力争新建幼儿园3所。");
    expect(r.map((x) => x.kind)).toEqual(["actual", "actual", "target"]);
  });
});

describe("changes against last year", () => {
  test.each<[string, Partial<ExtractedIndicator>]>([
    ["义务教育辍学率较上年降低0.2个百分点。", { comparator: "<=", value: -0.2, unit: "百分点", basis: "previous_year" }],
    ["教育经费投入比上年增长10%。", { comparator: ">=", value: 10, unit: "%", basis: "previous_year" }],
    ["优质高中招生比例比上年提高5个百分点以上。", { comparator: ">=", value: 5, unit: "百分点", basis: "previous_year" }],
  ])("%s", (text, expected) => expectAll(text, [expected]));
});

describe("years", () => {
  test("the year a figure is for, not dates or bases", () => {
    expect(records("2022年底前，建成智慧校园30所。")[0]!.year).toBe(2022);
    expect(records("教育局（2021年3月）印发方案，建成智慧校园30所。")[0]!.year).toBeNull();
    expect(records("与2020年相比，新增幼儿园15所。")[0]!.year).toBeNull();
  });
});

describe("layout of real files", () => {
  test("text hard-wrapped at a fixed width reads as if it were not", () => {
    const para = "到2025年，全县学前三年毛入园率达到95%以上，普惠性幼儿园覆盖率不低于90%，义务教育巩固率保持在99%以上，新建改扩建中小学校12所，新增学位8000个，培训教师2万人次以上。";
    const wrapped = para.match(/.{1,20}/gu)!.join("\n");
    const text = (p: string) => `某县教育发展规划\n一、主要目标\n${p}\n${p.replace("2025", "2023")}`;
    const a = records(text(wrapped)).map((r) => [r.name, r.value, r.year]);
    expect(a).toEqual(records(text(para)).map((r) => [r.name, r.value, r.year]));
    expect(a).toHaveLength(12);
  });

  test("the year of a lead-in holds for the list under it, until the next heading", () => {
    const r = records("一、发展目标\n到2025年，全县教育发展的主要目标是：\n1.学前三年毛入园率达到95%以上。\n2.义务教育巩固率保持在99%以上。\n二、重点任务\n新建学校5所。");
    expect(r.map((x) => x.year)).toEqual([2025, 2025, null]);
  });

  test("a figure stated with 为 and no word looking ahead reports a state", () => {
    expect(records("全县学前三年毛入园率为93.2%。")[0]).toMatchObject({ kind: "actual", comparator: "=" });
    expect(records("一、主要目标\n确保辍学率为0.5%以下。")[0]).toMatchObject({ kind: "target", comparator: "<=" });
  });

  test("a summary's plans for next year are targets, its review is actual", () => {
    const r = records("某县2022年工作总结\n一、2022年工作回顾\n新增学位2400个，比上年提高3个百分点。\n二、2023年工作打算\n新建幼儿园3所。");
    expect(r.map((x) => [x.kind, x.comparator])).toEqual([["actual", "="], ["actual", "="], ["target", ">="]]);
  });

  test("government page metadata is furniture", () => {
    const page = "索引号：11330200/2021-123456\n发布日期：2021-03-15 浏览次数：88\n【字体：大 中 小】 【打印】 【关闭】\n新建学校3所。\n打印本页 关闭窗口";
    expect(records(page).map((x) => x.value)).toEqual([3]);
  });
});
