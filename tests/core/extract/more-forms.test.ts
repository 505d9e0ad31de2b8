// Forms met in assessment rules, project lists, statistics bulletins, news reports and .docx
// task lists (issue 13, third round), one at a time on made-up snippets.
import { htmlToText } from "../../../src/core/extract/clean-text";
import { extractIndicators } from "../../../src/core/extract/extract";
import type { ExtractedIndicator } from "../../../src/core/extract/types";

const records = (text: string) => extractIndicators(text).indicators;
const brief = (r: ExtractedIndicator) => [r.name, r.comparator === "between" ? [r.min, r.max] : r.value, r.unit, r.year, r.kind, r.comparator];

describe("names", () => {
  test("a 均 list whose last item carries the head noun gives it to each item", () => {
    expect(records("某县2024年教育工作要点\n幼儿园、小学、初中教师均不少于72学时。").map((r) => r.name)).toEqual(["幼儿园教师", "小学教师", "初中教师"]);
    // items that are whole already keep their words
    expect(records("某县2024年教育工作要点\n小学、初中均达到1人以上。").map((r) => r.name)).toEqual(["小学", "初中"]);
  });

  test("cells of a tab-split row that is no indicator table do not run into each other", () => {
    const text = "2024年教育民生实事项目\n序号\t项目名称\t建设内容\t完成时限\n1\t校舍维修\t完成农村校舍维修改造4.5万平方米\t2024年10月\n";
    expect(records(text).map((r) => [r.name, r.value, r.quote])).toEqual([["农村校舍维修改造", 4.5, "完成农村校舍维修改造4.5万平方米"]]);
  });

  test("the size of a building (12个班规模) is neither a figure nor part of the name", () => {
    expect(records("某县2024年教育工作要点\n新建12个班规模公办幼儿园1所。").map(brief)).toEqual([["新建公办幼儿园", 1, "所", null, "target", ">="]]);
  });
});

describe("years of achieved figures", () => {
  test("a year opening a paragraph of a summary is the year of its achieved figures", () => {
    const r = records("某县2023年教育工作总结\n2023年，全县新建幼儿园5所。学前三年毛入园率达到92%。\n");
    expect(r.map((x) => [x.name, x.year, x.kind])).toEqual([
      ["新建幼儿园", 2023, "actual"],
      ["学前三年毛入园率", 2023, "actual"],
    ]);
  });

  test("a deadline, or the state of now, does not date an achieved figure", () => {
    const r = records("某区教育发展规划\n到2025年，全区建成省级示范高中2所。目前已建成1所。\n2024年，培训教师5000人次。目前全区已有骨干教师356名。\n");
    expect(r.map((x) => [x.value, x.year, x.kind])).toEqual([
      [2, 2025, "target"],
      [1, null, "actual"],
      [5000, 2024, "target"],
      [356, null, "actual"],
    ]);
  });

  test("a past period opening a paragraph (“十三五”期间，) dates its figures by the year it ended", () => {
    const r = records("某县“十四五”教育发展规划\n“十三五”期间，全县教育事业取得长足发展。新建学校12所，新增学位8000个。\n");
    expect(r.map((x) => [x.value, x.year, x.kind])).toEqual([
      [12, 2020, "actual"],
      [8000, 2020, "actual"],
    ]);
    // the period a plan is for spans its years: its yearly figures are not its last year's
    const plan = records("某县“十四五”教育发展规划\n“十四五”期间，新建中小学校18所。每年选派不少于300名教师支教。\n");
    expect(plan.map((x) => [x.value, x.year])).toEqual([
      [18, null],
      [300, null],
    ]);
  });
});

describe("assessment rules", () => {
  const text = [
    "某县2024年度中小学校督导评估细则",
    "（一）办学条件（20分）",
    "1．每百名学生拥有计算机台数不少于15台。达到的得3分，未达到的不得分。",
    "2．学生体质健康测试合格率达到95%以上的得10分，90%—95%的得6分，低于90%的不得分。",
    "3．专任教师学历达标率保持100%，得5分；有1人不达标扣1分。",
    "4．生均用房面积达到省定标准的得4分；每低0.5平方米扣1分。",
    "实行百分制，总分100分。评估得分90分以上为优秀，75—89分为良好。评为优秀的学校比例不超过30%。",
  ].join("\n");

  test("a requirement is a target; score bands, weights, deductions, the scale and grade bands are not", () => {
    expect(records(text).map(brief)).toEqual([
      ["每百名学生拥有计算机台数", 15, "台", null, "target", ">="],
      ["专任教师学历达标率", 100, "%", null, "target", "="],
      ["评为优秀学校比例", 30, "%", null, "target", "<="],
    ]);
  });
});

describe("reports of figures", () => {
  test("a statistics bulletin reports: its figures are actual, its changes on last year exact", () => {
    const r = records("某市2023年教育事业发展统计公报\n一、学前教育\n全市共有幼儿园642所，比上年减少21所。学前三年毛入园率92.8%，比上年提高0.6个百分点。\n");
    expect(r.map((x) => [x.value, x.unit, x.kind, x.comparator, x.basis])).toEqual([
      [642, "所", "actual", "=", "absolute"],
      [-21, "所", "actual", "=", "previous_year"],
      [92.8, "%", "actual", "=", "absolute"],
      [0.6, "百分点", "actual", "=", "previous_year"],
    ]);
  });

  test("a ratio in a clause that goes on from one naming the ratio (初中为12.5:1) is a ratio", () => {
    const r = records("某市2023年教育统计公报\n小学生师比为16.8:1，初中为12.5:1。会议于8:30开始。\n");
    expect(r.map((x) => [x.value, x.unit])).toEqual([
      [16.8, "ratio"],
      [12.5, "ratio"],
    ]);
  });

  test("为 opening a clause is “for”, not a copula stating a fact", () => {
    const r = records("某县2024年教育工作要点\n为8600名农村学生提供营养膳食补助。全县义务教育巩固率为99%。\n");
    expect(r.map((x) => [x.value, x.kind])).toEqual([
      [8600, "target"],
      [99, "actual"],
    ]);
  });
});

describe(".docx task lists", () => {
  test("a short numbered item stating a figure is text, not a page label", () => {
    const text = "某区2024年教育重点工作任务\n\n三、加强教师队伍建设\n\n1. 招聘新教师150名。\n\n2. 全年组织教师培训1.5万人次。\n\n2. 公办园在园幼儿占比达到55%以上。\n";
    expect(records(text).map((r) => r.value)).toEqual([150, 1.5, 55]);
  });
});

describe("tables", () => {
  const lead = "某县教育发展规划\n一、发展目标\n表1 主要指标\n";

  test("one cell per line: a header of one row (指标 | 单位 | 2020年 | 目标值) is read by the width of its rows", () => {
    const cells = ["指标", "单位", "2020年", "目标值", "学前教育毛入园率", "%", "91", "95", "义务教育巩固率", "%", "97.5", "99"];
    expect(records(lead + cells.join("\n") + "\n二、主要任务\n").map(brief)).toEqual([
      ["学前教育毛入园率", 91, "%", 2020, "actual", "="],
      ["学前教育毛入园率", 95, "%", null, "target", ">="],
      ["义务教育巩固率", 97.5, "%", 2020, "actual", "="],
      ["义务教育巩固率", 99, "%", null, "target", ">="],
    ]);
    // a header cell of two paragraphs (2025年 / 目标值) stays one column
    const docx = ["指标", "单位", "2025年", "目标值", "学前教育毛入园率", "%", "95", "义务教育巩固率", "%", "99"];
    expect(records(lead + docx.join("\n") + "\n二、主要任务\n").map(brief)).toEqual([
      ["学前教育毛入园率", 95, "%", 2025, "target", ">="],
      ["义务教育巩固率", 99, "%", 2025, "target", ">="],
    ]);
  });

  test("a page's caption far above its table (wrappers in between) still gives the year", () => {
    const html = `<html><body><h2>一、发展目标</h2><p><strong>表1 2025年主要发展指标（单位：%）</strong></p><div><div><p>&nbsp;</p><div><table><tbody>
      <tr><td><p>指标</p></td><td><p>目标值</p></td><td><p>属性</p></td></tr>
      <tr><td><p>学前教育毛入园率</p></td><td><p>95</p></td><td><p>预期性</p></td></tr>
      </tbody></table></div></div></div><h2>二、主要任务</h2></body></html>`;
    for (const page of [html, htmlToText(html)]) expect(records(page).map(brief)).toEqual([["学前教育毛入园率", 95, "%", 2025, "target", ">="]]);
  });
});
