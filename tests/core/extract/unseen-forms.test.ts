// Forms that plans and summaries use and the dev seeds do not (issue 13), one kind at a time,
// on made-up snippets: indicator tables, names, achieved figures, numbers in words, years.
import JSZip from "jszip";
import mammoth from "mammoth";
import * as OpenCC from "opencc-js";
import { htmlToText } from "../../../src/core/extract/clean-text";
import { extractIndicators } from "../../../src/core/extract/extract";
import type { ExtractedIndicator } from "../../../src/core/extract/types";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const records = (text: string) => extractIndicators(text).indicators;
const brief = (r: ExtractedIndicator) => [r.name, r.comparator === "between" ? [r.min, r.max] : r.value, r.unit, r.year, r.kind, r.comparator];

describe("1. indicator tables", () => {
  const rows = [
    ["指标", "单位", "2020年", "2025年", "属性"],
    ["学前教育毛入园率", "%", "91", "95", "预期性"],
    ["义务教育巩固率", "%", "97.5", "≥99", "约束性"],
    ["新增公办学位", "万个", "—", "1.6", "预期性"],
    ["中小学近视率", "%", "52", "45", "约束性"],
  ];
  const expected = [
    ["学前教育毛入园率", 91, "%", 2020, "actual", "="],
    ["学前教育毛入园率", 95, "%", 2025, "target", ">="],
    ["义务教育巩固率", 97.5, "%", 2020, "actual", "="],
    ["义务教育巩固率", 99, "%", 2025, "target", ">="],
    ["新增公办学位", 1.6, "万个", 2025, "target", ">="],
    ["中小学近视率", 52, "%", 2020, "actual", "="],
    // a target below its base is a ceiling
    ["中小学近视率", 45, "%", 2025, "target", "<="],
  ];
  const lead = "某县“十四五”教育发展规划\n一、发展目标\n表1 主要指标\n";
  const tail = "\n二、主要任务\n新建幼儿园3所。";
  const more = ["新建幼儿园", 3, "所", null, "target", ">="];

  test.each<[string, string]>([
    ["tab-separated rows", rows.map((r) => r.join("\t")).join("\n")],
    ["one cell per line", rows.flat().join("\n")],
    ["one cell per paragraph (.docx raw text)", rows.flat().join("\n\n")],
    ["cells split by two spaces or more", rows.map((r) => r.join("   ")).join("\n")],
  ])("%s", (_, table) => {
    const text = lead + table + tail;
    for (const variant of [text, toTraditional(text)]) {
      const r = records(variant);
      expect(r.map(brief)).toEqual([...expected, more]);
      for (const x of r) {
        expect(x.name).not.toMatch(/预期性|约束性|\d/);
        expect(variant).toContain(x.quote.split(/\s/)[0]);
      }
      expect(r[0]!.section).toEqual(["一、发展目标"]);
    }
  });

  test("an HTML <table>, as a page and as the text htmlToText gives", () => {
    const html = `<html><body><h2>一、发展目标</h2><p>表1 主要指标</p><table>${rows
      .map((r, i) => `<tr>${r.map((c) => (i ? `<td>${c}</td>` : `<th>${c}</th>`)).join("")}</tr>`)
      .join("")}</table><p>二、主要任务</p><p>新建幼儿园3所。</p></body></html>`;
    expect(records(html).map(brief)).toEqual([...expected, more]);
    expect(records(htmlToText(html)).map(brief)).toEqual([...expected, more]);
  });

  test("a .docx table as mammoth reads it: an empty cell keeps its column", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    const p = (t: string) => `<w:p><w:r><w:t>${t}</w:t></w:r></w:p>`;
    const row = (cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${c ? p(c) : "<w:p/>"}</w:tc>`).join("")}</w:tr>`;
    const body = [
      p("某县“十四五”教育发展规划"),
      p("一、发展目标"),
      `<w:tbl>${[rows[0]!, rows[1]!, ["新增公办学位", "万个", "", "1.6", "预期性"], ["特殊教育学校在校生", "人", "310", "", "预期性"]].map(row).join("")}</w:tbl>`,
      p("二、主要任务"),
    ].join("");
    zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
    const { value } = await mammoth.extractRawText({ buffer: await zip.generateAsync({ type: "nodebuffer" }) });
    expect(records(value).map(brief)).toEqual([
      ["学前教育毛入园率", 91, "%", 2020, "actual", "="],
      ["学前教育毛入园率", 95, "%", 2025, "target", ">="],
      ["新增公办学位", 1.6, "万个", 2025, "target", ">="],
      ["特殊教育学校在校生", 310, "人", 2020, "actual", "="],
    ]);
  });

  test("a category column spanning rows, units in the name, a serial and a text column", () => {
    const table = [
      ["序号", "类别", "指标名称", "2021年基数", "2023年目标", "责任单位"],
      ["1", "普及", "学前三年毛入园率（%）", "90.2", "93", "基教科"],
      ["2", "义务教育巩固率（%）", "98", "99", "基教科"],
      ["3", "条件", "新建校舍面积（万平方米）", "/", "6.5", "计财科"],
    ];
    const text = "某区教育局2023年工作考核指标\n" + table.flat().join("\n");
    expect(records(text).map(brief)).toEqual([
      ["学前三年毛入园率", 90.2, "%", 2021, "actual", "="],
      ["学前三年毛入园率", 93, "%", 2023, "target", ">="],
      ["义务教育巩固率", 98, "%", 2021, "actual", "="],
      ["义务教育巩固率", 99, "%", 2023, "target", ">="],
      ["新建校舍面积", 6.5, "万平方米", 2023, "target", ">="],
    ]);
  });

  test("target and achieved columns of a summary's table; a target column takes the caption's year", () => {
    const done = ["指标\t单位\t2022年目标\t2022年完成", "高中阶段毛入学率\t%\t95\t95.6", "教师培训\t人次\t8000\t8650"].join("\n");
    expect(records("某县2022年教育工作总结\n" + done).map(brief)).toEqual([
      ["高中阶段毛入学率", 95, "%", 2022, "target", ">="],
      ["高中阶段毛入学率", 95.6, "%", 2022, "actual", "="],
      ["教师培训", 8000, "人次", 2022, "target", ">="],
      ["教师培训", 8650, "人次", 2022, "actual", "="],
    ]);
    const goal = "附件：2024年考核指标\n考核指标\t目标值\t牵头科室\n教育信息化达标率（%）\t100\t电教馆";
    expect(records(goal).map(brief)).toEqual([["教育信息化达标率", 100, "%", 2024, "target", ">="]]);
  });

  test("header words: a year in brackets, 年度目标 / 上半年完成, a growth column left aside", () => {
    const bracketed = "某市教育发展规划（2021—2025年）\n指标\t现状值（2020年）\t目标值（2025年）\t年均增长\n普通高中在校生（万人）\t3.2\t3.8\t3.5%";
    expect(records(bracketed).map(brief)).toEqual([
      ["普通高中在校生", 3.2, "万人", 2020, "actual", "="],
      ["普通高中在校生", 3.8, "万人", 2025, "target", ">="],
    ]);
    const halfYear = "某县2023年上半年工作总结\n指标\t单位\t年度目标\t上半年完成\n新增学位\t个\t2400\t1350";
    // the line above names the year of columns that do not
    expect(records(halfYear).map(brief)).toEqual([
      ["新增学位", 2400, "个", 2023, "target", ">="],
      ["新增学位", 1350, "个", 2023, "actual", "="],
    ]);
  });

  test("a table of scoring rules gives no figures", () => {
    expect(records("考核内容\t分值\t评分标准\n学校安全管理\t10\t发生一起安全事故扣5分\n教学质量\t20\t优秀率每下降1个百分点扣1分")).toEqual([]);
  });

  test("prose with tabs or a list of short lines is not a table", () => {
    expect(records("一、主要目标\n\t全县学前三年毛入园率达到95%以上。").map(brief)).toEqual([["学前三年毛入园率", 95, "%", null, "target", ">="]]);
    expect(records("指标\n单位\n说明\n新建学校5所。").map((r) => r.value)).toEqual([5]);
  });

  test("years down the first column (历年…情况表): each cell is its column's measure in its row's year, the unit line's unit and the cell's own %", () => {
    const table = ["某县历年教育经费投入情况表", "单位：人民币万元", "年度 | 教育经费 | 占财政支出比例 | 合计 |", "2021 | 12,000 | 18.5% | 13,000 |", "2022 | 12,800 | 19.1% | 13,900 |", "", "下一节"].join("\n");
    expect(records(table).map(brief)).toEqual([
      ["教育经费", 12000, "万元", 2021, "actual", "="],
      ["教育经费", 12800, "万元", 2022, "actual", "="],
      ["占财政支出比例", 18.5, "%", 2021, "actual", "="],
      ["占财政支出比例", 19.1, "%", 2022, "actual", "="],
      ["教育经费投入合计", 13000, "万元", 2021, "actual", "="],
      ["教育经费投入合计", 13900, "万元", 2022, "actual", "="],
    ]);
    expect(records(table)[1]!.quote).toBe("2022 | 12,800");
  });

  test("a year-row table in Republic years, in traditional characters, names whose figures by the caption's measure", () => {
    const table = toTraditional(["教育部与原民会历年原住民教育预算编列情形表", "单位：新台币千元", "年度\t教育部\t原民会", "96\t1,642,528\t1,124,883", "97\t1,768,170\t1,148,967"].join("\n"));
    expect(records(table).map(brief)).toEqual([
      ["教育部原住民教育预算", 1642528, "千元", 2007, "actual", "="],
      ["教育部原住民教育预算", 1768170, "千元", 2008, "actual", "="],
      ["原民会原住民教育预算", 1124883, "千元", 2007, "actual", "="],
      ["原民会原住民教育预算", 1148967, "千元", 2008, "actual", "="],
    ]);
  });

  test("a column of years that are list numbers or dates in prose is no year-row table", () => {
    // (cells of words are read as prose: the years are not figures)
    expect(records("年度 | 工作内容\n2021 | 新建学校5所\n2022 | 新建学校6所").map((r) => r.value)).toEqual([5, 6]);
    expect(records("年份  说明\n2021  见附件\n2022  见附件")).toEqual([]);
  });
});

describe("2. names are row labels", () => {
  test.each<[string, string[]]>([
    // the verb between the subject and the figure is not the name
    ["加快推进中小学研学实践基地建设，2023年建成60个。", ["建成中小学研学实践基地"]],
    ["推进农村教师周转宿舍建设，全年建成120套。", ["建成农村教师周转宿舍"]],
    // an elliptical second figure keeps the noun of the first
    ["2023年确保建成幼儿园3所，力争建成5所。", ["建成幼儿园", "建成幼儿园"]],
    // leftovers: 对…, 按有关规定, 从…提高到
    ["对建档立卡家庭学生实现资助全覆盖。", ["建档立卡家庭学生资助覆盖率"]],
    ["中小学教师培训经费按照有关规定不低于学校年度公用经费预算总额的5%。", ["中小学教师培训经费比例"]],
    ["公办园在园幼儿占比从2019年的38.5%提高到52.3%。", ["公办园在园幼儿占比", "公办园在园幼儿占比"]],
    // 分别: the subjects before it, the measure after it
    ["幼儿园、小学、初中分别新增学位800个、1200个、900个。", ["幼儿园新增学位", "小学新增学位", "初中新增学位"]],
    ["新建、改扩建幼儿园分别为5所、8所。", ["新建幼儿园", "改扩建幼儿园"]],
    ["省级示范幼儿园、市级示范幼儿园分别新增3所、8所。", ["新增省级示范幼儿园", "新增市级示范幼儿园"]],
  ])("%s", (text, names) => {
    expect(records(text).map((r) => r.name)).toEqual(names);
    expect(records(toTraditional(text)).map((r) => r.name)).toEqual(names);
  });

  test("这一比例 is the figure named before; 均 gives each subject the figure", () => {
    expect(records("到2022年，30%的县通过评估；到2023年，这一比例达到60%。").map((r) => r.name)).toEqual(["县通过评估比例", "县通过评估比例"]);
    expect(records("每百名学生拥有骨干教师数，小学、初中均达到1人以上。").map((r) => [r.name, r.value])).toEqual([
      ["小学每百名学生拥有骨干教师数", 1],
      ["初中每百名学生拥有骨干教师数", 1],
    ]);
  });

  test("figures that pick out what a rule or sanction applies to are not targets", () => {
    expect(records("撤并就业率连续两年低于80%的专业。")).toEqual([]);
    expect(records("对合格率低于60%的学校进行约谈。")).toEqual([]);
  });

  test("a figure before its noun counts the noun", () => {
    const r = records("实施新建学校、改扩建校舍等九个项目，总投资4.8亿元。");
    expect(r.map((x) => [x.value, x.unit])).toEqual([[9, "个"], [4.8, "亿元"]]);
    expect(r[0]!.name).toMatch(/项目$/);
    expect(r[1]!.name).toContain("投资");
  });
});

describe("3. achieved figures", () => {
  test("a summary reports: 达到 is exact, 余/多 more than", () => {
    const r = records("关于2022年教育工作情况的报告\n全县学前三年毛入园率达到93.6%，招聘新教师320余名，争取各级资金1.26亿元，完成薄弱学校改造项目15个。");
    expect(r.map((x) => [x.value, x.kind, x.comparator])).toEqual([[93.6, "actual", "="], [320, "actual", ">"], [1.26, "actual", "="], [15, "actual", "="]]);
  });

  test("a summary followed by next year's plan switches at its headings", () => {
    const text = [
      "某县教育局2022年工作总结及2023年工作思路",
      "一、主要工作及成效",
      "（一）围绕目标任务，扩大学前资源",
      "新建幼儿园5所，普惠性幼儿园覆盖率达到86%。",
      "二、下步工作",
      "（一）巩固成效",
      "新建幼儿园3所，普惠性幼儿园覆盖率达到90%。",
    ].join("\n");
    expect(records(text).map((x) => [x.value, x.kind, x.comparator])).toEqual([[5, "actual", "="], [86, "actual", "="], [3, "target", ">="], [90, "target", ">="]]);
  });

  test("a past plan period and 年来 report; 年度计划 is a noun, not a resolve", () => {
    expect(records("某区“十四五”教育规划\n“十三五”期间，全区新增学位1.2万个。五年来累计新建学校12所。").map((x) => x.kind)).toEqual(["actual", "actual"]);
    expect(records("某县2023年上半年工作总结\n累计完成投资1.35亿元，占年度计划的62%。").map((x) => x.kind)).toEqual(["actual", "actual"]);
  });

  test("tense words decide inside a paragraph", () => {
    expect(records("某县2023年教育工作要点\n去年全县已建成幼儿园5所，今年力争再建成3所。").map((x) => x.kind)).toEqual(["actual", "target"]);
    expect(records("某县2023年教育工作要点\n2022年，全县共新建幼儿园5所。2023年，新建幼儿园3所。").map((x) => x.kind)).toEqual(["actual", "target"]);
    expect(records("某县2022年教育工作总结\n全县新建幼儿园5所。2023年，我们将新建幼儿园3所。").map((x) => x.kind)).toEqual(["actual", "target"]);
    // a span in the title: its first year on is planned, the year before is the base
    expect(records("某县教育发展规划（2021—2025年）\n2020年，全县学前三年毛入园率为90%；2023年达到93%。").map((x) => [x.year, x.kind])).toEqual([
      [2020, "actual"],
      [2023, "target"],
    ]);
  });
});

describe("4. numbers written in words", () => {
  test.each<[string, Partial<ExtractedIndicator>]>([
    ["选派三批骨干教师赴省内名校跟岗学习。", { value: 3, unit: "批" }],
    ["成立三所教育集团。", { value: 3, unit: "所" }],
    ["全县现有八所普通高中。", { value: 8, unit: "所", kind: "actual", comparator: "=" }],
    ["培训教师超万人次。", { value: 1, unit: "万人次", comparator: ">" }],
    ["参与志愿服务的学生近万名。", { value: 1, unit: "万名", comparator: "~" }],
    ["受益学生万余人。", { value: 1, unit: "万人", comparator: ">" }],
    ["保证学生每天一小时校园体育活动。", { value: 1, unit: "小时", comparator: ">=" }],
    ["确保学生每天锻炼两小时。", { value: 2, unit: "小时", comparator: ">=" }],
    ["全年实现校园安全零事故。", { value: 0, unit: "起", comparator: "=" }],
    ["全年校园安全责任事故零发生。", { value: 0, unit: "起", comparator: "=" }],
    ["56人以上大班额全部清零。", { value: 0, unit: "%", comparator: "=" }],
    ["无证校外培训机构动态清零。", { value: 0, unit: "%", comparator: "=" }],
    ["中小学校心理辅导室实现全覆盖。", { value: 100, unit: "%", comparator: "=" }],
    ["一半以上的学校建成心理健康教育特色校。", { value: 50, unit: "%", comparator: ">=" }],
    ["半数以上的乡村教师参加市级以上培训。", { value: 50, unit: "%", comparator: ">=" }],
    ["三分之一以上的教师参加轮训。", { value: 33.33, unit: "%", comparator: ">=" }],
    ["县级骨干教师总量翻一番。", { value: 2, unit: "倍", comparator: ">=" }],
    ["研究生学历教师占比超过三成。", { value: 30, unit: "%", comparator: ">" }],
  ])("%s", (text, expected) => {
    for (const variant of [text, toTraditional(text)]) {
      const r = records(variant);
      expect(r).toHaveLength(1);
      expect(r[0]).toMatchObject(expected);
      expect(r[0]!.name.length).toBeGreaterThanOrEqual(2);
      expect(variant).toContain(r[0]!.quote);
    }
  });

  test("slogans and attitudes are not figures", () => {
    for (const text of ["对校园欺凌坚持零容忍。", "做到一校一策、一生一案。", "落实一岗双责。", "办好每一所学校。"]) expect(records(text)).toEqual([]);
  });
});

describe("5. years", () => {
  test("each figure takes its own year", () => {
    const r = records("2021年确保建成幼儿园4所，力争建成5所；到2023年，建成幼儿园12所。");
    expect(r.map((x) => [x.value, x.year])).toEqual([[4, 2021], [5, 2021], [12, 2023]]);
    const listed = records("2021年、2022年分别建成幼儿园4所、6所。");
    expect(listed.map((x) => [x.value, x.year])).toEqual([[4, 2021], [6, 2022]]);
  });

  test("the year of a starting value belongs to it, not to the target", () => {
    expect(records("公办园在园幼儿占比从2015年的62.3%提高到75.1%。").map((x) => [x.value, x.year, x.kind, x.comparator])).toEqual([
      [62.3, 2015, "actual", "="],
      [75.1, null, "target", ">="],
    ]);
    expect(records("到2025年，公办园在园幼儿占比由2020年的50%提高到60%以上。").map((x) => [x.value, x.year, x.kind])).toEqual([
      [50, 2020, "actual"],
      [60, 2025, "target"],
    ]);
    expect(records("普惠性幼儿园覆盖率由上年的86.5%提高到91.2%。").map((x) => [x.name, x.value, x.kind])).toEqual([
      ["普惠性幼儿园覆盖率", 86.5, "actual"],
      ["普惠性幼儿园覆盖率", 91.2, "target"],
    ]);
  });
});

describe("6. two-row table headers, score columns, shared measures, carried years", () => {
  const lead = "某县“十四五”教育发展规划\n二、发展目标\n";
  const pick = (r: ExtractedIndicator[]) => r.map((x) => [x.name, x.value, x.unit, x.year, x.kind]);

  test("a year row above a 现状值 | 目标值 row, with units in the name column", () => {
    const rows = [
      ["指标", "2020年", "2025年", "属性"],
      ["", "现状值", "目标值", ""],
      ["学前三年毛入园率（%）", "90", "95", "预期性"],
      ["普通高中在校生（万人）", "1.2", "1.5", "预期性"],
    ];
    const want = [
      ["学前三年毛入园率", 90, "%", 2020, "actual"],
      ["学前三年毛入园率", 95, "%", 2025, "target"],
      ["普通高中在校生", 1.2, "万人", 2020, "actual"],
      ["普通高中在校生", 1.5, "万人", 2025, "target"],
    ];
    expect(pick(records(lead + rows.map((r) => r.join("\t")).join("\n")))).toEqual(want);
    // as a page gives it: the lower row's cells follow the upper row's
    const cells = rows.flat().filter(Boolean);
    expect(pick(records(lead + cells.join("\n")))).toEqual(want);
  });

  test("one upper cell spanning several lower ones: 年度目标 over the years, 2025年 over 目标值 | 属性", () => {
    const years = lead + "序号\t项目\t年度目标\n\t\t2023年\t2024年\t2025年\n1\t智慧校园示范校（所）\t10\t15\t20";
    expect(pick(records(years))).toEqual([
      ["智慧校园示范校", 10, "所", 2023, "target"],
      ["智慧校园示范校", 15, "所", 2024, "target"],
      ["智慧校园示范校", 20, "所", 2025, "target"],
    ]);
    expect(pick(records(lead + "序号\n项目\n年份\n2023年\n2024年\n1\n新建幼儿园（所）\n3\n4"))).toEqual([
      ["新建幼儿园", 3, "所", 2023, "target"],
      ["新建幼儿园", 4, "所", 2024, "target"],
    ]);
    const spanned = lead + "指标\t单位\t2025年\n\t\t目标值\t属性\n新建中小学校\t所\t12\t约束性";
    expect(pick(records(spanned))).toEqual([["新建中小学校", 12, "所", 2025, "target"]]);
  });

  test("scores of an assessment table are not figures of its indicators", () => {
    for (const score of ["分值", "赋分", "考核分", "权重（%）", "分值（分）"]) {
      const text = `2024年度考核指标\n序号\t考核指标\t目标值\t${score}\n1\t课后服务覆盖率\t100%\t10\n2\t新增公办学位（个）\t3000\t8`;
      expect(records(text).map((x) => [x.name, x.value, x.unit])).toEqual([
        ["课后服务覆盖率", 100, "%"],
        ["新增公办学位", 3000, "个"],
      ]);
      const cells = text.replace(/\t/g, "\n");
      expect(records(cells).map((x) => [x.name, x.value])).toEqual([
        ["课后服务覆盖率", 100],
        ["新增公办学位", 3000],
      ]);
    }
  });

  test("one figure after several measures is a figure of each", () => {
    const r = records("义务教育巩固率、高中阶段毛入学率保持在97%以上。城区学校、乡村小规模学校课后服务覆盖率达到100%。");
    expect(r.map((x) => [x.name, x.value, x.comparator])).toEqual([
      ["义务教育巩固率", 97, ">="],
      ["高中阶段毛入学率", 97, ">="],
      ["城区学校课后服务覆盖率", 100, ">="],
      ["乡村小规模学校课后服务覆盖率", 100, ">="],
    ]);
    expect(records("城区学校和农村学校生均公用经费均不低于800元。").map((x) => x.name)).toEqual(["城区学校生均公用经费", "农村学校生均公用经费"]);
    // a count of several kinds of people stays one figure
    expect(records("培训校长、教师2万人次。").map((x) => x.value)).toEqual([2]);
  });

  test("a leading year holds for the rest of its paragraph, a heading's for its section", () => {
    const text = [
      "某区教育局2024年工作要点",
      "一、主要目标",
      "到2025年，学前三年毛入园率达到95%。普惠性幼儿园覆盖率达到90%。目前已建成普惠性幼儿园40所。",
      "义务教育巩固率达到99%。",
      "二、2024年重点工作",
      "新建幼儿园3所。",
      "（一）学位建设",
      "新增学位2000个。2023年新增学位1500个。",
    ].join("\n");
    expect(records(text).map((x) => [x.value, x.year, x.kind])).toEqual([
      [95, 2025, "target"],
      [90, 2025, "target"],
      // a reported figure takes no carried year
      [40, null, "actual"],
      // a new paragraph: the year is gone
      [99, null, "target"],
      [3, 2024, "target"],
      [2000, 2024, "target"],
      [1500, 2023, "actual"],
    ]);
  });

  test("a heading of another period ends a heading's year", () => {
    const text = ["学校2023年工作总结及2024年工作打算", "一、2023年工作回顾", "新建录播教室2间。", "二、2024年工作打算", "新建录播教室3间。", "三、存在问题", "录播教室缺口5间。"].join("\n");
    expect(records(text).map((x) => [x.value, x.year, x.kind])).toEqual([
      [2, 2023, "actual"],
      [3, 2024, "target"],
      [5, null, "actual"],
    ]);
  });

  test("a sidebar's collections of articles are page furniture", () => {
    const text = "某县2023年教育工作要点\n热点专题\n2022年学校工作计划8篇\n教师述职报告范文精选12篇\n一、主要目标\n全县学前三年毛入园率达到91%。";
    expect(records(text).map((x) => x.value)).toEqual([91]);
  });
});
