// Which rule says a text reports (kind.ts REPORTING_RULES), tried in order: each made-up text
// here is decided by the rule named beside it, and a plan by none.
import { extractIndicators } from "../../../src/core/extract/extract";
import { documentKind, markedKind, publicationYear, reportingRule } from "../../../src/core/extract/kind";

describe("the rules by which a text reports", () => {
  test.each([
    ["summary title", "某县教育局2023年工作总结\n全年新建学校5所。"],
    // a plan's word in the opening sentence does not outweigh a summary's word in a title line
    ["summary title", "近年来，某盟以办好人民满意教育为目标，教育事业蓬勃发展。\n1回顾:“十三五”时期教育事业蓬勃发展\n学前三年毛入园率达到93%。"],
    // a yearbook's entry
    ["summary title", "·综述·\n【概况】2021年，某市有各级各类学校2602所。"],
    // a stock-taking of the year
    ["summary title", "数说2023某区教育亮点：全年学校建设投入3.6亿元\n大众网记者 吴某 菏泽报道\n2023年投资3.6亿元，新建学校4所。"],
    // (a plan's title among the first lines, 二、2023年工作计划, blocks the summary's title; the report on a plan first still decides)
    ["report on a plan", "市教育局2022年重点工作目标任务1-12月完成情况\n新增优质园53所。\n二、2023年工作计划\n新建幼儿园5所。"],
    // (with no plan's title about, the report's own head decides: 目标任务 is only what it reports on)
    ["summary title", "市教育局2022年重点工作目标任务1-12月完成情况\n新增优质园53所。"],
    ["changes on last year", "义务教育\n学校数比上年增加3所，在校生比上年增加200人，专任教师比上年增加30人。"],
    ["review opening", "截至2019年8月底，全县新建学校5所。"],
    // a plan's word (实施方案) ahead of a summary's (取得新成绩) in the opening sentences names no title
    ["review opening", "2019年以来，某省政府印发《教育现代化2035》及五年实施方案，召开全省教育大会。进入2020年，各项工作取得新成绩。\n一、强本固基\n调研8次。"],
    // a news byline first, a plan's word (围绕…目标) in the opening sentence itself
    ["review opening", "本网讯 今年以来，州教育局围绕办好人民满意的教育目标，实施建设项目153个。"],
    // the first line of prose after a headline, its subtitle and byline
    ["review opening", "刘某：推动新区教育事业迈进\n访新区教体局局长\n记者 张某\n刚刚过去的2018年，新区坚持“一三三二”工作思路，确保教育事业朝向宏伟目标前行。新建学校4所。"],
    ["opening sentence done", "2020年，某区召开教育大会，开启了教育现代化的新征程。\n新建学校5所。"],
    // a goal named as a noun (朝着…目标迈进) sets none
    ["opening sentence done", "2017年，全市教育系统为百姓办了更多实事，朝着办好人民满意的教育目标稳步迈进。\n新建学校5所。"],
    ["dated page or story", "某县新建学校5所\n（记者 杨帆）全县新建学校5所，今年秋季投入使用。"],
    ["dated page or story", "某区举行教师节表彰大会\n贵阳网·甲秀新闻讯 9月10日，某区举行表彰大会。一直以来，某区新建学校38所，已评选名校长13名。"],
    // 记者从…了解到; the name of a document (《…三年行动计划》) looks ahead for nobody
    // a goal pursued (围绕…目标任务), money obtained (争取资金) and a change against a year named (比2017年提高) weighed
    ["dated page or story", "努力办好人民满意的教育\n某省新闻网讯 2018年，全省紧紧围绕“三个普及”的目标任务，各项教育全面完成。义务教育巩固率96.85%，比2017年提高2.64个百分点，学前三年毛入园率89.4%，比2017年提高3.2个百分点。争取资金投入，改善特教学校条件，中职招生比2017年增加1200人。"],
    ["dated page or story", "某区2023年新增学位1.2万个\n近日，记者从区教育体育局了解到，2023年，全区取得了显著成果，新增学位1.2万个。区里印发《教育高质量发展三年行动计划(2023-2025)》。"],
    // programmes named without 《》 (营养改善计划, 三年攻坚行动计划) look ahead for nobody
    ["dated page or story", "某市营养餐惠及40万学生\n新华网某市9月26日电（记者 张某）某市实施农村义务教育学生营养改善计划以来，已覆盖45个县。全市实施三年攻坚行动计划，营养改善计划资金已下达2亿元，40万农村学生受益。"],
    ["digest of results", "某区教育发展\n近3年来，累计新建学校7所。\n先后引进人才130名。\n已建成实验室20个。"],
    // no date, no byline: the headline itself says what was done
    ["headline done", "某省去年新增51个教育集团、4.6万个学位\n全省新增教育集团51个，新增学位4.6万个，统筹推进学校建设。"],
    ["story after a headline", "某县新建学校38所\n近日，某县召开教育大会，表彰了先进集体。\n新建学校38所。"],
    // no title, date or byline: most sentences say done (已, 近年来); a programme's name (“强师计划”) says nothing
    ["sentences mostly done", "2022年，通过“强师计划”引进80人，招聘特岗教师775人。\n已认定骨干教师253人。\n近年来新建学校5所。\n三、聚焦均衡\n提升质量。"],
    // no title and no word ahead, but a yearbook's stock counts
    ["statistics entry", "教育\n全市普通高中13所，招生7 561人，在校生21 493人，毕业生人数6 860人。初中学校58所，招生11 659人。"],
    ["first part a review", "某县教育\n为推进教育发展，全县上下共同努力。\n各校积极参与。\n社会各界大力支持。\n家长普遍认可。\n师生齐心协力。\n一、工作落实情况\n新建学校5所。"],
  ])("%s", (rule, text) => {
    expect(reportingRule(text)).toBe(rule);
    expect(documentKind(text)).toBe("actual");
  });

  test("a dated page whose headline names the year's 民生实事项目 plans them", () => {
    const text = "丹阳确定2024年政府民生实事项目40项\n1月11日，丹阳市人代会确定并公布2024年政府民生实事项目40项。\n项目包括：开设20个爱心暑托班；新建充电桩100个。";
    expect(reportingRule(text, 2024)).toBeNull();
  });

  test("a dated story under a headline that looks ahead (要做, 将对…进行) plans, whatever its figures' words", () => {
    const text = "今天公布：2023年某省教育要做这十方面的民生实事\n某信息网2023-03-01\n28日，全省教育系统工作会议举行，会上公布了十方面民生实事。\n1.新建公办中小学校100所，新增学位8万个。";
    expect(reportingRule(text, 2023)).toBeNull();
    expect(reportingRule("某县将对64所学校进行扩建\n某县2020年义务教育项目已经县发改委批复。\n项目总投资7178万元。", 2020)).toBeNull();
  });

  test("a 政府工作报告 named at the top is the year's plan as much as last year's review: it makes no summary", () => {
    const text = "教育、医疗、养老……件件事关百姓民生，某市政府工作报告回应市民关切。\n报告点击\n新增义务教育学位1.8万个\n新改扩建公办幼儿园28所、中小学20所，新增公办幼儿园学位8000个。";
    expect(reportingRule(text)).toBeNull();
    expect(reportingRule("某县教育局2023年工作报告\n全年新建学校5所。")).toBe("summary title");
  });

  test("a plan fits none of them", () => {
    const text = "某县教育局2024年工作要点\n力争新建学校5所，新增学位3000个。";
    expect(reportingRule(text)).toBeNull();
    expect(documentKind(text)).toBe("target");
  });

  test("the order decides: a summary title is found before the report-on-a-plan reading of the same title", () => {
    expect(reportingRule("2022年工作总结和2023年工作计划\n新建学校5所。")).toBe("summary title");
  });

  test("a paper's name and date on a line of their own date the page (甘孜日报 2023年08月11日)", () => {
    expect(publicationYear("甘孜日报 2023年08月11日\n本网讯 今年以来，新建学校5所。")).toBe(2023);
  });
});

describe("a page's date written in English (date 2025-11-17)", () => {
  test("dates the page, and the story under it reports", () => {
    const text = "date 2025-11-17 某市教育局今天表示，新增3间非营利幼儿园，迄今累计达到88间，共提供7723个名额。";
    expect(publicationYear(text)).toBe(2025);
    expect(documentKind(text, publicationYear(text))).toBe("actual");
  });
});

test("a goal met (完成…任务过半的目标) looks ahead for nobody; a goal set out after 目标： does", () => {
  expect(markedKind("我省累计落实教育建设资金18.8亿元，完成省政府确定年内投资29亿元任务过半的目标")).toBeNull();
  expect(markedKind("超额完成了2021年行动方案中制定目标：新建公办幼儿园不少于")).toBe("target");
});

test("争取到 money is money obtained; 争取到2025年 is a resolve", () => {
  expect(markedKind("2006年，庆安县争取到")).toBeNull();
  expect(markedKind("争取到2025年新建")).toBe("target");
});

test("计划 before a number is a quota (招生计划3140个), before a year a plan to act (计划2025年9月完工)", () => {
  expect(markedKind("互相投放高职计划1423个，本科计划581个，比上年增加")).toBeNull();
  expect(markedKind("南岛学校计划2025年9月完工新增")).toBe("target");
});

test("a story of what will be (将推进, 将建成) is no digest of results, however often it says 已 or 累计", () => {
  const text = "某区民生工程\n据了解，今年某区将推进182项民生工程。已累计投入资金5亿元。将建成学校4所。目前已完成主体工程。";
  expect(reportingRule(text)).not.toBe("digest of results");
});

test("紧盯…目标任务 names a goal pursued; 将…全部纳入 with a long object is 把, not the future", () => {
  expect(markedKind("某县紧盯“学生餐、本省产”目标任务，使学校食堂采购本省食材占比达")).toBeNull();
  expect(markedKind("与此同时，将农村学校义务教育阶段寄宿制家庭经济困难学生和城市户口享受低保家庭寄宿学生全部纳入补助范围，受益学生")).toBeNull();
});

test("荣获 is won, done; a goal reached (已达到并超过了…规划的目标) leaves what was done standing", () => {
  expect(markedKind("我县在全省督导评价中荣获“优秀等次”，全县四年级学生参训合格比例达到")).toBe("actual");
  expect(markedKind("全市学前教育毛入园率达到100.56%，已达到并超过了自治区规划的目标，普惠性幼儿园覆盖率")).toBe("actual");
});

test("添加时间:2020-12-1 under a headline dates the page, and a figure of a year before it is what was (2019年，…巩固率达到94.8%)", () => {
  const text = "教育部:普惠性幼儿园覆盖率达76%\n\n添加时间:2020-12-1      浏览次数:\n\n某司长介绍，规划确定的主要目标任务将如期实现。2019年，我国九年义务教育巩固率达到94.8%。";
  expect(publicationYear(text)).toBe(2020);
  expect(extractIndicators(text).indicators.find((r) => r.value === 94.8)?.kind).toBe("actual");
});

test("2025年1月16日 星期四 on a line of its own dates the page", () => {
  expect(publicationYear("2025年1月16日 星期四\n\n某计划|教育部\n计划效益：7所学校")).toBe(2025);
});

test("一、2025年工作回顾 … 三、2026年主要工作: after a review of a year, a heading of a later year plans", () => {
  const got = extractIndicators("一、2025年工作回顾\n这一年，新增基础教育学位4万个。\n三、2026年主要工作\n新增基础教育公办学位4万个。60%公办中小学校纳入集团化管理。").indicators;
  expect(got.map((r) => [r.kind, r.comparator])).toEqual([["actual", "="], ["target", ">="], ["target", ">="]]);
});

test("no title nor date, but more words of results than of plans (首次, 获批, 升格为): an excerpt of a report of results", () => {
  const text = "教育质量整体提升。新增学位1.26万个，普通高中升学率首次超过70%。获批国家智慧教育试点，某师范学院升格为某师范大学。";
  expect(reportingRule(text)).toBe("words of results");
  // (a plan's goals: 2023年完工, 教育公平得到保障, 明显增强 are no results)
  expect(reportingRule("新建学校5所，2023年完工。教育公平得到保障，信息化能力明显增强。")).toBeNull();
  // (one result word is not enough, and words looking ahead outweigh them)
  expect(reportingRule("力争首次获批国家试点，确保入选示范校，计划新建学校5所。")).toBeNull();
});

test("年度计划投资26.78亿元 in a summary is the year's planned sum; 完成年度计划投资 and 占年度计划投资总额的75% name the plan as a noun", () => {
  expect(markedKind("2022年我局在库重点项目50个，年度计划投资")).toBe("target");
  expect(markedKind("建成投用中小学项目8个，超额110.9%完成年度计划投资")).not.toBe("target");
  expect(markedKind("已完成投资1.2亿元，占年度计划投资总额的")).not.toBe("target");
});

test("成文日期 | 2024-12-03 in a page's metadata table dates it; a story signed off (钱某 特约通讯员:赵某) is news", () => {
  expect(publicationYear("索引号 | 1133/2024-43308 | 文号 | |\n成文日期 | 2024-12-03 | 公开方式 | 主动公开 |\n正文")).toBe(2024);
  const story = "2021年，某县持续推进学生资助工作，确保政策不减。\n全年共资助学生62972人次，发放资金5052.01万元。学前教育政府资助5875人次，发放资金235万元。(钱某 特约通讯员:赵某)";
  expect(reportingRule(story, null)).toBe("dated page or story");
  expect(reportingRule(story.replace("(钱某 特约通讯员:赵某)", ""), null)).toBe(null);
});

test("目标完成情况 in a title reports how goals went (县教育局2017年目标完成情况及2018年工作计划); 目标 alone names a plan", () => {
  expect(reportingRule("县教育局2017年目标完成情况及2018年工作计划\n一年来，圆满完成各项工作任务。", null)).toBe("summary title");
  expect(reportingRule("县教育局2018年工作目标及措施\n一、全面推进教育改革。", null)).toBe(null);
});
