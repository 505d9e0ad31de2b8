// The made-up plans and summaries in fixtures/ (written for these tests, labelled by hand in the
// shared scorer's JSONL format) scored by our port of the scorer's rules (score.ts), so the
// suite runs without the shared directory. Where the shared scorer is present, it is run on the
// same output too and must agree with the port.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { htmlToText } from "../../../src/core/extract/clean-text";
import { extractIndicators, extractUnguarded } from "../../../src/core/extract/extract";
import { parseGold, scoreExtraction, type Score } from "./score";
import { scorerPath } from "./shared-dir";

const FIXTURES = join(__dirname, "fixtures");
const read = (name: string) => readFileSync(join(FIXTURES, name), "utf8");
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

// [name shown, text file, its labels, how the text reaches extraction]
const CASES: [string, string, string, (text: string) => string][] = [
  ["summary and next year's plan", "summary-and-plan.txt", "summary-and-plan.jsonl", (t) => t],
  ["annual work points", "plan-points.txt", "plan-points.jsonl", (t) => t],
  ["five-year plan, .docx-like table", "plan-five-year.txt", "plan-five-year.jsonl", (t) => t],
  ["school's year summary", "summary-school.txt", "summary-school.jsonl", (t) => t],
  ["county plan with item lists", "plan-county-tasks.txt", "plan-county-tasks.jsonl", (t) => t],
  ["summary in narrative paragraphs", "summary-narrative.txt", "summary-narrative.jsonl", (t) => t],
  ["implementation plan with yearly targets and a task table", "plan-action.txt", "plan-action.jsonl", (t) => t],
  ["news page: half-year summary with an HTML table", "news-page.html", "news-page.jsonl", (t) => t],
  ["news page as htmlToText gives it", "news-page.html", "news-page.jsonl", (t) => htmlToText(t)],
  ["work points as .docx raw text, with a serial-numbered table", "plan-docx-points.txt", "plan-docx-points.jsonl", (t) => t],
  ["十四五 table, tab-separated", "table-tabs.txt", "table-plan.jsonl", (t) => t],
  ["十四五 table, one cell per line", "table-cells.txt", "table-plan.jsonl", (t) => t],
  ["十四五 table, one cell per paragraph (.docx raw text)", "table-cells.txt", "table-plan.jsonl", (t) => t.replace(/\n/g, "\n\n")],
  ["十四五 table, HTML page", "table.html", "table-plan.jsonl", (t) => t],
  ["十四五 table, HTML page as htmlToText gives it", "table.html", "table-plan.jsonl", (t) => htmlToText(t)],
  ["十四五 plan: two-row table headers, units in the name column, shared measures, carried years", "plan-two-row-tables.txt", "plan-two-row-tables.jsonl", (t) => t],
  ["work points with assessment tables (赋分, 权重, 考核分 columns)", "plan-bureau-2024.txt", "plan-bureau-2024.jsonl", (t) => t],
  ["school summary with next year's plan under year headings", "summary-school-next-year.txt", "summary-school-next-year.jsonl", (t) => t],
  ["web page copied with its navigation and sidebar", "page-sidebar.txt", "page-sidebar.jsonl", (t) => t],
  ["district plan in traditional characters, table one cell per line", "plan-district-trad.txt", "plan-district-trad.jsonl", (t) => t],
  ["two-row table headers (rowspan, colspan) and a score column in an HTML page", "table-two-row.html", "table-two-row.jsonl", (t) => t],
  ["the same page as htmlToText gives it", "table-two-row.html", "table-two-row.jsonl", (t) => htmlToText(t)],
  ["assessment rules: requirements are targets, score bands and weights are not", "assess-rules.txt", "assess-rules.jsonl", (t) => t],
  ["livelihood projects: a 项目 | 建设内容 | 完成时限 list that is no indicator table", "livelihood-projects.txt", "livelihood-projects.jsonl", (t) => t],
  ["school's year plan with percentages and 人次", "plan-school-year.txt", "plan-school-year.jsonl", (t) => t],
  ["statistics bulletin: every figure actual, changes on last year", "stats-bulletin.txt", "stats-bulletin.jsonl", (t) => t],
  ["news report mixing quotes and figures", "news-report.txt", "news-report.jsonl", (t) => t],
  ["task list as .docx raw text, headings （一） 1. (1) ①", "docx-numbered.txt", "docx-numbered.jsonl", (t) => t],
  ["city 十四五 plan page: merged category cells, a footnote row, 十三五 figures", "plan-city-fyp.html", "plan-city-fyp.jsonl", (t) => t],
  ["the same page as htmlToText gives it", "plan-city-fyp.html", "plan-city-fyp.jsonl", (t) => htmlToText(t)],
  ["county bureau summary: results, problems, next year's plan", "summary-county-bureau.txt", "summary-county-bureau.jsonl", (t) => t],
  ["school 双减 scheme: minutes, ranges, 不超过90分钟", "plan-school-double-reduction.txt", "plan-school-double-reduction.jsonl", (t) => t],
  ["校外培训 governance report: 压减率, counts named by their predicate", "report-training-governance.txt", "report-training-governance.jsonl", (t) => t],
  ["督导 report: schools meeting a standard out of all, bare rates, 初中为12.6:1", "report-inspection.txt", "report-inspection.jsonl", (t) => t],
  ["government work report: 亿元, 平方米, 新（改扩）建, 同比增长", "gov-work-report.txt", "gov-work-report.jsonl", (t) => t],
  ["Taiwan-style statistics in traditional characters: 学年度 years, 13万2,486人", "stats-tw-trad.txt", "stats-tw-trad.jsonl", (t) => t],
  ["plan of no date: 十三五 before 十四五, a two-column table, tab rows, 按…计分", "plan-assess-two-column.txt", "plan-assess-two-column.jsonl", (t) => t],
];

function expectGood(s: Score): void {
  const report = [...s.missed.map((m) => `missed ${m}`), ...s.extra.map((m) => `extra ${m}`), ...s.disagreements].join("\n");
  expect({ f1: s.f1 >= 0.95, comparator: s.comparator_agreement >= 0.95, year: s.year_agreement >= 0.95, kind: s.kind_agreement >= 0.95, report: s.f1 >= 0.95 ? "" : report }).toEqual({
    f1: true,
    comparator: true,
    year: true,
    kind: true,
    report: "",
  });
  // names are row labels, not sentences
  expect(s.name_median_length).toBeLessThanOrEqual(12);
}

describe("made-up plans and summaries against their labels", () => {
  test.each(CASES)("%s", (_, file, gold, shape) => {
    const text = shape(read(file));
    expect(() => extractUnguarded(text)).not.toThrow();
    expectGood(scoreExtraction(parseGold(read(gold)), extractIndicators(text, { source: file }).indicators));
  });

  test.each(CASES.filter(([, file]) => file.endsWith(".txt")))("%s, in traditional characters", (_, file, gold, shape) => {
    const text = toTraditional(shape(read(file)));
    expectGood(scoreExtraction(parseGold(read(gold)), extractIndicators(text).indicators));
  });
});

describe("the port scores as the shared scorer does", () => {
  const scorer = scorerPath();
  const available = existsSync(scorer);
  if (!available) process.stderr.write(`\n*** SKIPPED: the shared scorer (${scorer}) is absent; the port alone scores the fixtures ***\n\n`);
  let dir: string;
  beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "it-extract-fixtures-"))));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  (available ? test.each(CASES.slice(0, 8)) : test.skip.each(CASES.slice(0, 8)))("%s", (_, file, gold, shape) => {
    const result = extractIndicators(shape(read(file)));
    const out = join(dir, `${file}.json`);
    writeFileSync(out, JSON.stringify(result));
    const r = spawnSync(process.execPath, [scorer, join(FIXTURES, gold), out, "--json"], { encoding: "utf8" });
    expect(r.status).toBe(0);
    const shared = JSON.parse(r.stdout) as Record<string, number>;
    const ours = scoreExtraction(parseGold(read(gold)), result.indicators) as unknown as Record<string, number>;
    const keys = ["gold", "predicted", "matched", "precision", "recall", "f1", "comparator_agreement", "year_agreement", "kind_agreement", "name_median_length"];
    const pick = (o: Record<string, number>) => Object.fromEntries(keys.map((k) => [k, o[k]]));
    expect(pick(ours)).toEqual(pick(shared));
  });
});

// Real published texts (fixtures/real/, sources in SOURCES.md), labelled before the extractor
// ran on them. Each must keep at least the score it has now; the issue's goal is 0.90. A real
// table's row labels are kept as written, so their names may be longer than made-up ones.
// [name shown, file stem, lowest F1, lowest comparator/year/kind agreement]
// [name shown, stem, F1 floor, floor of comparator, year and kind agreement, longest median name
// (16 unless said)]
const REAL: [string, string, number, number, number?][] = [
  ["county 十四五 plan: 主要指标表 one cell per line, spaced header, 其中 sub-rows stacked in cells", "fyp-county-indicator-table", 1, 1],
  ["黄南州 十四五 plan (Qinghai 2022): 十三五 results, 比2015年增加…个百分点", "fyp-huangnan-2022", 1, 1],
  ["county 2011 work points: 每个乡镇都有一所, 入园率…以上", "points-county-2011", 1, 1],
  ["Shandong 2024 evaluation report: counts and 全覆盖", "report-shandong-duties-2024", 1, 1],
  // 学生福利基金 is named two clauses before its budget: the name keeps only 基金预算 (left open)
  ["Macao education policy in traditional characters: 億元, 按年增加, 八成半, 現時", "macau-education-trad", 0.8, 0.875],
  // second batch, labelled before the extractor ran (first F1 in brackets)
  ["Haimen (Jiangsu) 2020 为民办实事 list: 万平方米, 全覆盖 (1.0)", "shishi-haimen-2020", 1, 1],
  // the 2018 plan quoted in a summary (规划“…”) and the 2019 plan: kinds not all right yet (kind 0.91)
  ["Xiangyang (Hubei) 2019 十件实事 release: 2018 plan, results, 2019 plan (1.0)", "summary-plan-xiangyang-2019", 1, 0.91],
  ["Guangdong city 2022 summary run together on one line: 将41个…纳入, 按计划, 4所学校被评为… (0.91)", "summary-city-guangdong-2022", 1, 1],
  ["city 2024 work points wrapped as a PDF, half-width figures in the lines, a line opening 30 个 (0.69)", "points-city-2024", 1, 1],
  ["Xinchang (Zhejiang) statistics with no title: 比上年增加/减少, the same change under two stages (0.99)", "stats-xinchang-2024", 1, 1],
  // third batch, labelled before the extractor ran (first F1 in brackets); the forms fixed are
  // tested on made-up snippets in real-text-forms.test.ts
  ["county five-year review (2016): 由X上升到Y, 班班通 (0.91)", "summary-county-five-years-2016", 1, 1],
  ["county 教育体育局 2020 summary: 完成…目标任务的99.27%, 争取中央和省级资金 (0.94)", "summary-county-sports-bureau-2020", 1, 1],
  // 至少2篇在…刊物发表: the measure (论文) is in the clause before (left open)
  ["school term plan (Liaoning 2025): 每月进行一次, 安排两次, 在原有基础上提高5分 (0.80)", "school-chengdong-2025", 0.9, 1],
  ["Taipei 2025 results in traditional characters: 114年度, a bare 115年, 9校, headlines above the title (0.76)", "taipei-edu-2025-trad", 1, 1],
  ["county 十四五 rows with no header: 名称(单位) - ≥12% 预期性 (0.56)", "fyp-county-services-table", 1, 1],
  ["city 规划纲要: two 分别 lists of whole measures, 和 before the last, 13.5年 among percentages (0.96)", "plan-city-2015-2020-targets", 1, 1],
  ["Linxiang (Hunan) completion notice, traditional characters with pinyin: 2 棟 (0.93)", "linxiang-livelihood-2020", 1, 1],
  // two 13处 in different columns are matched crosswise by the scorer; 占年度计划投资总额的75%
  // follows 计划拨付 in its sentence and is read as planned (left open)
  // agreement floor lowered (fifteenth session): a plan's word counts only in a title among the first lines; this table has none, so its header's 完成情况 now makes the page a report, and one more cell of the targets' column is read as done (a table whose columns split targets from results is left open)
  ["Yantai 2022 民生实事 table of prose: 2022年度任务目标 | 1-9月份工作完成情况 columns (0.96; kind 0.50)", "livelihood-table-yantai-2022", 0.96, 0.58],
  // fourth batch, labelled before the extractor ran (first F1 in brackets)
  ["Danyang (Jiangsu) plan, 工作目的: 分别为 under a heading of goals (1.0; kind 0.83)", "plan-danyang-basic-ed-section", 1, 1],
  ["county bureau 2022 summary: 为41名儿童开展“送教上门”, 占比 after a count (0.91)", "summary-county-bureau-2022-docshare", 1, 1],
  // 超额110.9%完成年度计划投资: a completion rate named 超额比例; 确保…全覆盖 in a summary read as
  // planned; a 2023学年一2025学年 programme's end year given to its figures (left open)
  ["Zhejiang city 2023 summary run on one line: 将…与…融合, 同比去年增长, 乐成一中(一期) (0.71)", "summary-city-zhejiang-2023", 0.87, 0.8],
  ["高新区 2022 summary: 3000多名教师全员竞聘上岗, 29所学校…，占比超过90.63% (0.71)", "summary-district-hightech-2022", 1, 1],
  ["Jining 十四五 plan reported in traditional characters with pinyin (1.0)", "fyp-jining-2022-news-trad", 1, 1],
  ["Hong Kong 2013 Policy Address, education: 約五分之一, 將近七成, 超過三分之一 (1.0; kind 0.75)", "hk-policy-address-2013-edu-trad", 1, 1],
  ["Hangzhou 2005 opinion on preschool education: targets for 2007 and 2010 (0.91)", "opinion-hangzhou-preschool-2005", 1, 1],
  // fifth batch, labelled before the extractor ran (first F1 in brackets)
  ["Wuhu kindergarten 2025 plan: 零投诉, 重大安全事故零发生 (0.95)", "school-wuhu-yuhong-kindergarten-2025", 1, 1],
  ["Ankang junior school 2024 report under 开展业务活动情况 (1.0; kind 0)", "school-ankang-junior-2024", 1, 1],
  ["Zhujing primary 2006 plan: 违法犯罪率和案发率为零 (0.86)", "school-zhujing-primary-2006", 1, 1],
  // 3 of 19 left: 2014 figures read as planned after a target sentence (kind 0.89)
  ["Shilin county 2015 report: 2014 results and 2015 targets (1.0; kind 0.89)", "report-shilin-county-2015", 1, 0.89],
  ["MoE 2023 statistics release: 其中…，占全国…的比例, 下降3.9% (0.89; kind 0.42)", "stats-moe-national-2023", 1, 1],
  ["national 扩优提质 plan: 主要目标，即到2027年, (2022年为54%), 20万人口以上的县 (0.40)", "plan-national-expand-quality-2027", 1, 1],
  // 目前為13.1人: the measure (每位教師教導學生數) is in the clause before; 達306所 with no year
  // read as planned (left open)
  ["Taiwan Executive Yuan page of facts, dated 114/04/21: 9學年間, 增幅為, 計1萬1,068所 (0.68; kind 0.21)", "tw-ey-education-2025-trad", 1, 1],
  // sixth batch, labelled before the extractor ran (first F1 in brackets)
  ["Luyang (Hefei) 2020 work points (1.0)", "points-luyang-district-2020", 1, 1],
  // 做好全区66辆校车的安全监管: a current count inside a task, read as planned (left open)
  ["Dazu (Chongqing) 2016 work points: 66辆校车 (1.0; kind 0.86)", "points-dazu-district-2016", 1, 0.85],
  // 研究教育工作38次 named by the whole sentence; 1.2万个、2.7万个，同比增长33.33%、80% (left open)
  ["Quanzhou 2022 summary on the bureau's site (0.90)", "summary-quanzhou-city-2022", 0.9, 1],
  ["Sayibak (Urumqi) 2022 履职报告: 现有…培养计划79人 (0.98; kind 0.90)", "report-sayibak-district-2022", 0.97, 1],
  ["Donghu (Nanchang) 十四五 plan, traditional characters with pinyin (1.0)", "fyp-donghu-district-2021-trad", 1, 1],
  // 36—45岁教师占45% named 青年教师比例 from the sentence before (left open)
  ["Shanghai vocational college 2019 teacher statistics: 双 师 教 师 概 况, 占 5 %, 35岁以下 (0.84; kind 0.25)", "college-succ-dual-teachers-2019", 1, 1],
  // money before a verb and its object (投资500万元新建…教学楼一幢) is named by the verb alone;
  // 这10件实事已完成7件 (left open)
  // (two figures of a 分校 matched since 办 is no verb of names, both read as planned: left open)
  ["Chengxian (Gansu) ten education projects and their completion: 一是…十是 (0.71; kind 0.13)", "livelihood-chengxian-county", 0.8, 0.88],
  // the items' amounts lack the lead-in's measure (津贴) in their names; the amounts of a decree
  // are read as actual where the label says target (left open)
  ["Macao 2017 decree on free-education subsidies, traditional characters: 學生人數為二十五至三十五人的班級 (0.47)", "macau-free-education-subsidy-2017-trad", 0.57, 0],
  // seventh batch, labelled before the extractor ran (first F1 in brackets; two keys corrected
  // against the contract before any fix, see SOURCES.md)
  // 支持…8所…示范校: schools that exist, read as planned (left open)
  ["Taiyuan 2023 plan as news, traditional with garbled characters (1.0; kind 0.89)", "plan-taiyuan-city-2023-news", 1, 0.88],
  ["Jinan 2023 press conference: 2022 results and 2023 plan, traditional with pinyin: 發布時間, 介紹,2022年, (1.0; kind 0.67)", "plan-jinan-city-2023-trad", 1, 1],
  // 3萬人口以上鄉鎮至少辦好2所: the object after the figure (标准化公办中心幼儿园) is lost (left open)
  ["Zhengzhou preschool targets for 2020, traditional with pinyin: 3萬人口以上鄉鎮 (0.82)", "plan-zhengzhou-preschool-2020-trad", 0.9, 0.8],
  ["Ningxia 2021 plan as news: 经过努力，到2020年底…分别达到 (1.0; kind 0.60)", "plan-ningxia-2021-news", 1, 1],
  ["Qingfeng (Henan) 2020 summary: 推荐15人参加…培训, 县春晖路小学，占地24亩 (0.95)", "summary-qingfeng-county-2020", 1, 1],
  ["Chenghua (Chengdu) 2022 summary run on: 6所学校投入使用 (0.85)", "summary-chenghua-district-2022", 1, 1],
  // 能够增加600个容量增位 after the list, in a text whose title says nothing (left open)
  ["Chengde 2023 press release: 计划实施的5个项目已…竣工。具体情况如下： 1.…学校，建设面积… (1.0; kind 0.29)", "summary-chengde-city-2023", 1, 0.94],
  ["Xing'an League 2019 education statistics: 兴安盟教育事业取得长足进步 (0.97; kind 0.11)", "report-xinganmeng-education-2019", 0.97, 1],
  // eighth batch, labelled before the extractor ran (first F1 in brackets)
  ["Jiuyuan (Baotou) 十四五 plan, traditional with pinyin: 十三五 results in prose (1.0)", "fyp-jiuyuan-district-2022-trad", 1, 1],
  ["Xiushui (Jiangxi) 十四五 plan: dense base-year counts, (民办6903人) (0.97)", "fyp-xiushui-county-2021", 0.97, 1],
  // 申報的30個義務教育發展基本均衡縣 cut to 义务教育发展基本 (left open)
  ["national inspection feedback on 30 Hebei counties, traditional with pinyin (0.89; kind 0)", "report-hebei-30-counties-2016-trad", 1, 1],
  // 包括…四个方面内容: a count of the items listed, read >= where the (optional) label says = (left open)
  // (the standards' own names are long: 小学每百名学生拥有高于规定学历教师数)
  ["Hebei 优质均衡 standards: 每百名学生拥有…教师数：小学、初中分别达到… (0)", "standard-hebei-quality-balanced", 1, 0.71, 18],
  ["Guizhou kindergarten 2023 普及普惠 scheme (0.96)", "school-guizhou-kindergarten-2023", 0.95, 1],
  ["Meihua school's report to a county CPPCC survey: 汇报材料, 2009年… then 现有 (0.92; year 0.42)", "school-meihua-central-primary", 0.97, 1],
  // 增长4.8% after 收、支总计各增加 is named for one of the two; 完成年初预算的110.2% (left open)
  ["MoE 2024 final accounts, traditional: 收入總計64,999,264.21萬元, 基本支出 (0.82; kind 0.10)", "budget-moe-final-2024-trad", 0.98, 0.97],
  // ninth batch, labelled before the extractor ran (first F1 in brackets)
  ["Guangxi 2019 kindergarten plan as news, traditional (1.0)", "plan-guangxi-kindergartens-2019-news-trad", 1, 1],
  // a sentence of this year's plan after one of last year's keeps last year's year (left open)
  ["Liaoning 2020 preschool plan as news, traditional: 2019年…共摸排出974所 (1.0; year 0.71)", "plan-liaoning-preschool-2020-news-trad", 1, 0.85],
  ["Beijing districts' 2023 plans, one district a line (1.0)", "plan-beijing-districts-2023-news", 1, 1],
  // an excerpt with no title whose 2022年，… is mid-sentence: nothing says it is past (left open)
  ["Changchun 2022 summary, opening cut: 2022年，引进17名…，签约951名 (0.97; kind 0)", "summary-changchun-city-2022", 0.96, 1],
  ["Binhai (Tianjin) 2019 summary as news (1.0; kind 0.92)", "summary-binhai-district-2019-news", 1, 0.91],
  // 大力实施…全覆盖 in a year's review: done once a paragraph's opening words set the tense
  ["Qinghai 2020 review as news, traditional: 30萬人以上縣城特教學校全覆蓋 (0.57)", "summary-qinghai-province-2020-news-trad", 1, 1],
  // tenth batch, labelled before the extractor ran (first F1 in brackets)
  ["Xiamen 2023 plan as news, traditional with pinyin: 要全部為公辦 (0.97 after two optional repeats were labelled)", "plan-xiamen-city-2023-news-trad", 1, 1],
  ["Haikou 2020 plan from the 两会 (1.0)", "plan-haikou-city-2020-news", 1, 1],
  ["Shenzhen 2022 places plan and progress: 全年将…。其中，… (1.0; kind 0.25)", "plan-shenzhen-places-2022", 1, 1],
  ["Xiangtan 2024 third-quarter summary: 13.8万平米 kept as written (0.90)", "summary-xiangtan-city-2024q3", 1, 1],
  ["Yinjiang (Guizhou) results report, figures blanked by the repost (1.0)", "summary-yinjiang-county-report", 1, 1],
  // 2023年，蕲春将…推进县域10%的…纳入教联体建设: planned once a paragraph's opening words set the tense
  ["Qichun (Hubei) 2022 results and 2023 plan, traditional with pinyin (0.75)", "summary-qichun-county-2022-news-trad", 1, 1],
  // eleventh batch, labelled before the extractor ran (first F1 in brackets)
  // 公办和普惠幼儿学位占比 is one combined share, split in two (left open)
  ["Gu'an (Hebei) 2024 government work report, review (0.98)", "report-guan-county-2024-review", 0.98, 1],
  ["Nanling (Anhui) 2024 《政府工作报告》 task table, education rows (1.0; kind 0)", "plan-nanling-county-2024-table", 1, 1],
  // 占比2019年底達到30%: a year between the name and 達到 (left open)
  ["Yantian (Shenzhen) 2019 plan as news, traditional (1.0)", "plan-yantian-district-2019-news-trad", 1, 0.91],
  // names run across the poster's line breaks, which the unwrapper joins (left open); the area's
  // label had the key 平方米, not in its own name, and now has 校舍 (so the area is a miss)
  ["a city's results poster, traditional with pinyin: 2021年以来 on a line of its own (0.93; kind 0)", "summary-city-layout-2024-news-trad", 0.86, 1],
  ["a county 教育局 2024 summary, 范文 repost (1.0)", "summary-county-2024-plan-2025", 1, 0.94],
  // a news round-up whose first line names 工作报告 and 回顾 but whose body is the year's plans;
  // 31个省区市 counted (left open)
  ["31 provinces' 2022 government reports, news round-up (0.57)", "plan-provinces-2022-gov-reports-news", 0.57, 0.6],
  // twelfth batch, summaries and reports, labelled before the extractor ran (first F1 in brackets)
  ["Changsha county work report digest: titles with no number switch results to tasks (0.97; kind 0.33)", "gov-report-changsha-county-2021", 1, 1],
  // 比上年增加…，增长…% three figures a sentence; a few parts of 分别 lists lost (left open)
  ["Shanxi 2018 statistics bulletin: 比上年增加/减少, 占总数 (0.93)", "report-shanxi-stats-2018", 1, 1],
  // 860元年 (元/年 with its slash lost) and 零点招 (left open)
  ["Heilongjiang 2014 results, news: 分别达到860元年,1060元年 (0.77)", "summary-heilongjiang-province-2014-news", 0.84, 1],
  // 近500项 and 1/4 of the population; years of 这十年 figures (left open)
  ["Tibet ten years of education, traditional: 比十年前分别提高了, 92.2萬, （人民幣，下同） (0.72)", "summary-tibet-2022-news-trad", 0.94, 0.77],
  ["Yubei district data digest, traditional, no title or date: 近3年来, 2018年 (0.96; kind 0.30)", "summary-yubei-district-2018-trad", 0.95, 0.95],
  ["Zhuoni county 2025 summary: counts by stage, 其中, 近1300余人 (0.92)", "summary-zhuoni-county-2025", 0.92, 1],
  // thirteenth batch, plans (first F1 in brackets)
  // 本次…53所 of an event that took place read as planned; 2020年秋季…170所 lists (left open)
  ["Xi'an three-year school building plan, a phrase a line (0.87; kind 0.71)", "action-xian-schools-2019", 0.92, 0.66],
  // 84班2歲專班 (a count before the noun that names it), 再增加了66班 (left open)
  ["Taichung preschool classes, traditional: 學年度 spans, 最終增加了214班, 達成率119% (0.43)", "plan-taichung-preschool-2026-trad", 0.61, 1],
  ["Xinjiang preschool plan, news: 2021 results, 2022 plans, 2025 target (1.0)", "plan-xinjiang-preschool-2022-news", 1, 1],
  // the budget rows above the indicators (年初预算数 | 全年预算数 | 执行率) are not read (left open)
  ["Yongde school 2022 performance self-evaluation table, bars (0.52)", "plan-yongde-school-2022-table", 0.88, 1],
  // 2012年…总投入470億元 as a budget set (labelled target) read as a fact (left open)
  ["Chongqing 2012 preschool tasks, traditional: a paragraph opening 2012年本市將… (1.0; kind 0.42)", "points-chongqing-2012-news-trad", 1, 0.75],
  // 50个学时 and 新建2所投资1000万元以上的…幼儿园 (left open)
  ["Qianxinan 2014 ten tasks: 一是…十是, programme names with numbers (0.81)", "points-qianxinan-2014", 0.81, 1],
  // fourteenth batch, tables and bulletins (first F1 in brackets)
  ["Zhejiang 十三五 indicator table: 指 标 / 单位 2015年 2020年 over two lines, rows split by spaces, category rows (0.13)", "fyp-zhejiang-province-2016-table", 1, 1],
  // 约/预计 targets of the year among its progress read as done (left open)
  ["Quanzhou 2020 kindergarten project progress: 年度计划投资 and 完成投资 (0.78; kind 0.50)", "livelihood-quanzhou-kindergartens-2020", 1, 0.79],
  // a two-row header out of line with its rows, progress cells of a bare 100 (left open)
  ["Liuyang 2024 民生实事 completion table (0.40)", "livelihood-table-liuyang-2024", 0.4, 0],
  // 9個省份136個縣 pairs, 全部實現 as 100% (left open)
  ["national 2019 balanced-development inspection report, traditional (0.73)", "report-national-balanced-2019-trad", 0.72, 1],
  ["Jiangmen 2024 statistics table: rows of stages by columns of measures, one cell per line closed by a bar (0.0)", "stats-jiangmen-city-2024-table", 0.97, 1],
  ["Yunnan 2016 statistics bulletin: 比上年增加/减少, 16.80:1 与上年持平 (0.95)", "stats-yunnan-province-2016", 0.94, 1],
  // fifteenth to seventeenth batches: labelled and first scored as texts the extractor had not
  // seen (first F1 in brackets), then the forms fixed by principle; what is left is noted
  ["Inner Mongolia 十四五 targets, news, traditional: one 到2025年 for eight targets (1.0)", "fyp-inner-mongolia-2021-news-trad", 1, 1],
  // 39所…列入为民办实事项目 labelled planned, read as a count of what is listed (left open)
  ["Ningde 2012 kindergarten projects, progress: 计划总投资, 完成计划的36% (0.86; kind 0.77)", "livelihood-ningde-kindergartens-2012", 0.85, 0.76],
  // 贫困生100%获得资助: the share is named by the deed after it (left open)
  ["Guigang 2019 targets, news: 控制在…以下, 全面覆盖 (0.89)", "points-guigang-city-2019-news", 0.88, 1],
  ["Xining 2019–2020 plan with a 十三五 review, news: 两万余个, 基本消除 (0.91)", "points-xining-city-2019-news", 0.95, 0.9],
  ["New Taipei council report, traditional: figures in numerals (二百五十七所, 五點七億元, 九成四), 一一三學年度 (0.22)", "report-new-taipei-council-2025-trad", 0.96, 0.83],
  ["Huizhou 2021 statistics: 比去年/比上年, falls (0.98)", "stats-huizhou-city-2021", 0.98, 1],
  // 两项附加 1409 万元 (a name that is a count of kinds) (left open)
  ["Jining county 2010 summary from a PDF: numbers split from their units by line wraps (0.92)", "summary-county-jining-2010", 0.91, 0.91],
  ["district bureau summary with places and years masked: 比上年增加 after each figure (0.86)", "summary-district-bureau-c2009", 0.85, 1],
  ["Nanning 2017 preschool action plan: 由2013年的1.44亿元提高到2016年的3.6亿元 (0.60)", "action-nanning-preschool-2017", 0.9, 1],
  // 八所 after 到訪, 其中有25%獲評為「世界領先」, facts about research read as planned (left open)
  ["Hong Kong 2021 Policy Address, education: 約16 000個, 由每年約25億元增加至… (0.33)", "hk-policy-address-2021-edu-trad", 0.49, 0.74],
  // place names opening with 和 (和林縣) lose it as a joining word (left open)
  ["Hohhot 2022 school building, news, traditional: counts by district (0.80)", "points-hohhot-city-2022-news-trad", 0.8, 1],
  ["Kunshan 2017 work opinions: 保持100%, 达69% (1.0)", "points-kunshan-city-2017", 1, 1],
  ["Tianjin 2025 school places, news mirror with pinyin, traditional (0.91)", "points-tianjin-city-2025-news-trad", 0.9, 1],
  ["village primary school term summary: spaced figures, a page line (0.83)", "school-yongyuan-primary-2014", 0.82, 1],
  // 高中部…11000人 of a school-park design, read with the wrong names (left open)
  ["county 2017 summary: 7亿多元, 约600亩, 撤并…等12所学校 (0.67)", "summary-county-2017-targets", 0.75, 0.77],
  ["Dongsheng 2023 education spending (0.87)", "summary-dongsheng-district-2023", 1, 1],
  // a year named by the title and its headings (2017年度决算) is not given to the results under
  // them, as the contract's examples have it; the labels give it (left open)
  // (two shares more matched since a share after each count is that count's, both with the
  // title's year in their labels: year agreement a little lower)
  ["Lixian kindergarten 2017 final accounts: spaced figures, shares (0.82)", "budget-lixian-kindergarten-2017", 0.94, 0.45],
  // a table split by spaces whose header is two levels of column numbers (01…32) (left open)
  ["Shucheng 2024 kindergarten project table, space-separated, column-number rows (0.20)", "livelihood-table-shucheng-county-2024", 0.2, 1],
  // a table run together in one line with its cells out of reading order (left open)
  ["Guangshui 2023 performance target form as one run of text (0.07)", "plan-guangshui-city-2023-table", 0.07, 0],
  ["Dazu 2019 balanced-development self-assessment: 其中 breakdowns, (含2所…) (0.88)", "report-dazu-district-2019", 0.87, 1],
  // rows whose 2017年前/后 wording was lost in the stored copy; 元/年 read as written (left open)
  ["Nanjiang preschool standards table, one cell per paragraph: 序号 | 指标 | 国家标准 (0.0)", "standard-nanjiang-county-2024-table", 0.56, 1],
  ["Macao 2010/2011 education statistics, traditional: 較上一學年增加, 1比11.6 (0.68; kind 0.22)", "stats-macau-2011-news-trad", 0.71, 1],
  ["province 2017 upper-secondary statistics: 普职比1:0.99, 与上年持平 (0.99)", "stats-province-highschool-2017", 0.98, 1],
  // 2021年 named once at the top of a bulletin is not carried to its later paragraphs (left open)
  ["Shaanxi 2021 statistics bulletin, mirror with pinyin, traditional (0.99; year 0.52)", "stats-shaanxi-province-2021-news-trad", 1, 0.52],
  // eighteenth batch: first scored unseen after the fifteenth to seventeenth were mended (first
  // F1 in brackets; pooled 0.77, kind 0.68)
  ["Pinghe county 十四五 专栏: 2-4所, 85%左右的…（不含…）通过… (0.80)", "fyp-pinghe-county-column", 1, 1],
  // shares of the year's task (完成年度任务的108%) are named …完成率; the labels name them by the task (left open)
  // (0.55 since the seventh session: 972套教师周转宿舍已全部完成 gives its implied 100% beside the count, which the labels leave out)
  ["Gansu 2021 livelihood projects done, news: 108%, 117.1%, 170.1% of the year's task (0.59)", "livelihood-gansu-province-2021-news", 0.55, 1],
  ["Shenzhen and Guangdong school places, news: 今明两年计划新增, 在去年…基础上 (0.87; kind 0.77)", "points-shenzhen-city-2024-news", 1, 1],
  // 预计提高4.58个百分点 of the year reviewed (an estimate of what happened) read as planned (left open)
  ["Yunnan 2020 education conference, news: 总结了2019年的工作，安排部署2020年的 (0.95; kind 0)", "points-yunnan-province-2020-news", 0.94, 0.88],
  // 其中四班為兩歲專班, 一百二十三班為近三年新增; 總經費 of a kindergarten opened read as planned (left open)
  ["Taoyuan kindergarten news, traditional: 一億二千萬元, 二千六百九十八平方公尺, 一一四學年度 (0.50)", "report-taoyuan-preschool-2025-trad", 0.79, 1],
  ["Henan 2021 statistics, news: 从2020年的73.7%上浮至82.59%, 由…234个缩减至32个 (0.62)", "stats-henan-province-2021-news", 0.88, 1],
  // a half-year summary's tasks of the year (新开工建设20所) labelled planned, read as done (left open)
  ["Lanzhou half-year summary, shared document: tasks and progress side by side (0.94; kind 0.47)", "summary-lanzhou-city-halfyear-docshare", 0.94, 0.52],
  ["Wencheng county 2024 summary, mirror in traditional characters with pinyin residue (1.0; kind 0.92)", "summary-wencheng-county-2024-trad", 1, 0.92],
  // nineteenth and twentieth batches: first scored unseen after the eighteenth was mended (first
  // F1 in brackets; pooled 0.77 and 0.95, kind 0.83 and 0.65)
  // a year's tasks in a progress report (新建幼儿园15所) read as done; 2011年以来 sums dated (left open)
  ["Jilin city 2013 kindergarten projects: the year's task and its progress side by side (1.0; kind 0.75)", "livelihood-jilin-city-kindergartens-2013", 1, 0.66],
  // 一半費用30元, 半年需要2.6億元, 45至55元的區間: names of a news story's amounts (left open)
  ["Miaoli school lunch subsidies, traditional: 4萬326人, 1.8億多元 (0.17)", "plan-miaoli-school-lunch-2025-trad", 0.34, 0.66],
  ["Yongjia 2022–2025 preschool plan, news: targets year by year (1.0)", "plan-yongjia-preschool-2022-news", 1, 1],
  ["Jining 2024 plan, news: 2023年我市共… mid-paragraph, a dated page (1.0; kind 0.73)", "points-jining-city-2024-news", 1, 0.93],
  // 36周岁, 715周岁 (hyphens lost) (left open)
  ["Huangmei rural primary school plan from a template site (0.80)", "school-huangmei-rural-primary-plan", 0.8, 1],
  // 生均活动室使用面积 names (left open)
  ["Panyu private kindergarten 2021 annual report: areas in ㎡ (0.20)", "school-panyu-hongrei-kindergarten-2021", 0.11, 1], // its labels keep ㎡ as written; the extractor writes 平方米, as the contract lists the unit and 29 of the 45 labels over a ㎡ do
  ["district half-year summary on one line: 比去年增加, 增幅, 个百分点 (0.88)", "summary-district-halfyear-2019-docshare", 0.88, 1],
  // 可望达到 (forecasts in a review) read as planned (left open)
  ["Wuyi county 十二五 review: 《…2016年工作思路的通知》, …落实情况如下： (0.96; kind 0.38)", "summary-wuyi-county-2015", 0.96, 0.93],
  ["Shandong 2015 preschool action plan, news (0.94)", "action-shandong-preschool-2015-news", 0.94, 1],
  ["Zhenjiang preschool plan, news, traditional (1.0)", "action-zhenjiang-preschool-2023-news-trad", 1, 1],
  // 201億4,070萬元 and 97.86億 (no 元); 115年度 budget lines (left open)
  ["Hsinchu county 115年度 education budget, traditional (0.33)", "budget-hsinchu-county-2026-trad", 0.42, 0.74],
  ["Yantai 2022 education funding: 由上年的X元增加到Y元，增长Z% (1.0)", "budget-yantai-city-2022", 1, 0.92],
  ["national 十四五 public-services plan, education part, news: > signs, 2020 and 2025 (0.94)", "fyp-national-public-services-2022-news", 0.94, 1],
  // 过去五年 results read as planned in a report whose tasks come later (left open)
  ["national 2023 government work report, education, news (1.0; kind 0.82)", "gov-report-national-2023-news", 1, 0.81],
  ["Huzhou 2023 compulsory-education statistics on one line: totals then 增长… (0.98; kind 0.13)", "stats-huzhou-city-2023", 0.98, 1],
  // a title year (2023年版) is not given to every figure under it, as the contract's examples have
  // it; the labels give it (left open)
  ["Jilin province 2023 statistics: 学校[2]6883所, 比上年减少 (1.0; year 0)", "stats-jilin-province-2023", 1, 0],
  // twenty-first batch: first scored unseen after the nineteenth and twentieth were mended (first
  // F1 in brackets; pooled 0.66, kind 0.67)
  // a year's task restated beside its progress, per-county task/done/started triples (left open)
  ["Wenzhou 2019 livelihood projects, kindergartens: task and progress (0.82; kind 0.76)", "livelihood-wenzhou-city-2019", 0.87, 0.91],
  ["district 十四五 plan: 到2023年…；到2025年… (1.0)", "plan-district-14th-fyp-2021", 1, 1],
  ["Hainan 2023 results as reported: a date line with its source, 去年 in the headline (1.0; kind 0.44)", "report-hainan-province-2023", 1, 1],
  // a councillor's figures of cuts (删减) labelled as amounts, read as changes; 億 without 元 (left open)
  ["Kaohsiung council questions on subsidy cuts, traditional (0.42; kind 0)", "report-kaohsiung-council-2025-trad", 0.42, 0.41],
  ["national 2019 statistics bulletin on a spam mirror: ◈✿✿★ between the figures (0.44)", "stats-national-2019-spam", 0.97, 1],
  ["county bureau summary with its year masked: 20XX年 (1.0)", "summary-county-bureau-2013", 1, 1],
  // an untitled review whose items open with 1.教育投入不断扩大。: nothing says it is past (left open)
  ["Ouhai district 2020 summary, masked: 同比增长(同口径)16.53% (0.71; kind 0)", "summary-ouhai-district-2020", 0.85, 1],
  // 2020 tasks (labelled planned) among the year's results (left open)
  ["Yingshang county 2020 school building summary, converted to traditional: 1.35萬元平方米, 棟 (0.96; kind 0.64)", "summary-yingshang-county-2020-trad", 0.95, 0.63],
  // twenty-second batch: year plans and 要点, first scored unseen before any fix it caused (first F1 in brackets; pooled 0.90, kind 0.98)
  ["a city 教育局 2018 plan, scrambled by the repost: 比上年提高3-5个百分点 (0.9)", "plan-city-bureau-2018", 0.96, 1],
  ["a county 教育局 2019 plan: 提升…个百分点, 争破, 保3争4 (0.88)", "plan-county-bureau-2019", 0.88, 1],
  ["a Fuyang district 教育局 plan, year masked: 不少于…以上 (0.8)", "plan-fuyang-district-c2024", 1, 1],
  ["Jiangxi 2016 preschool plan as reported (1; kind 0.83)", "plan-jiangxi-preschool-2016-news", 1, 0.83],
  ["Linxiang (Hunan) 2017 bureau plan, traditional with pinyin (0.9)", "plan-linxiang-city-2017-trad", 0.9, 1],
  ["a provincial 教育厅 2011 要点: 降至8%以下, 2%左右 (1)", "points-province-2011", 1, 1],
  // twenty-third batch: 规划 passages and plans, first scored unseen before any fix it caused (first F1 in brackets; pooled 0.78, kind 0.96)
  ["a city's 十三五 plan, preschool part, doc-share copy (0.9)", "fyp-city-13th-plan-docshare", 0.9, 1],
  ["Haikou 十三五 outline as reported (1)", "fyp-haikou-city-2016-news", 1, 0.88],
  ["Shinan (Qingdao) 十三五 draft: money spent then the deed it paid for (0.64; kind 0.88)", "fyp-shinan-district-2016", 1, 1],
  ["Cangnan county targets to 2020, news, traditional (1)", "plan-cangnan-county-2020-targets-news-trad", 1, 1],
  ["Henan county preschool assessment plan as reported, traditional (1)", "plan-henan-preschool-2021-news-trad", 1, 1],
  ["Hubei preschool report to the 人大, traditional (1)", "report-hubei-preschool-2022-news-trad", 1, 1],
  ["Yunnan preschool speech, traditional: 1 122個, 1 704(所次), 项目…个共…平方米 (0.5; kind 0.83)", "report-yunnan-preschool-2016-trad", 0.92, 0.83],
  // twenty-fourth batch: traditional-character texts and summaries, first scored unseen before any fix it caused (first F1 in brackets; pooled 0.79, kind 0.74)
  // a kindergarten's site and cost in a planning report labelled as facts (left open)
  ["Tangshan 2020 school building as reported, traditional with pinyin (0.96; kind 0.64)", "livelihood-tangshan-city-2020-news-trad", 0.96, 0.71],
  ["a Changchun district report, year masked: 由700元提高到900元 (0.69)", "report-changchun-district-c2013", 0.78, 1],
  ["Hong Kong 教育局 on the 2017/18 budget, traditional (0.7; kind 0.57)", "report-hongkong-edb-2017-news-trad", 0.9, 0.66],
  // 由每班28人增至35人 and 回归教育方面，…: a topic named before 方面 (left open)
  ["Macao 2019/2020 school places as reported, traditional: 05/09/2019 (0.63; kind 0.75)", "stats-macau-2019-news-trad", 0.81, 1],
  ["national preschool figures at a press conference, BIG5 mirror: 到2023年 on a page of 2024 (0.84; kind 0.62)", "stats-national-preschool-2023-news-trad", 0.94, 0.93],
  ["Caidian (Wuhan) 2022 results and 2023 tasks, traditional (1)", "summary-caidian-district-2022-news-trad", 1, 1],
  ["a county bureau 2022 summary with no title: 一、工作落实情况 (0.71; kind 0.2)", "summary-county-bureau-2022", 0.85, 0.83],
  ["a district 教体局 summary of 2016–2020 (1)", "summary-district-sports-bureau-2020", 1, 1],
  // twenty-fifth batch: statistics, 民生实事, a government report, a school plan, first scored unseen before any fix it caused (first F1 in brackets; pooled 0.86, kind 0.95)
  ["Bao'an 2025 government work report, education, as reported (0.87)", "gov-report-baoan-district-2025-news", 0.87, 0.91],
  // 预计缺口 inside a name; 新增学位过万 with no unit (left open)
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["Futian 2020 livelihood school places, traditional with pinyin: 过万 (0.54; kind 0.6)", "livelihood-futian-district-2020-news-trad", 0.54, 0.6],
  // the opening sentence reports (截至目前…已完成), so the text reports; a project's 总投资 with no
  // word of its own is read as a result though it is the project's budget (kind 0.94)
  ["Zhanjiang 2022 school places task and progress (0.9)", "livelihood-zhanjiang-city-2022-news", 0.9, 0.93],
  ["Wuwei 2021 school building plan: (繁体:辦), làng, casino words (0.75)", "plan-wuwei-city-schools-2021", 0.92, 1],
  ["national inspection of 18 Hunan counties, traditional: 对8090人进行了问卷调查 (0.66)", "report-hunan-balanced-inspection-2018-news-trad", 0.83, 1],
  ["Houzhao primary school plan 2013–2018: 发展背景分析 (0.88; kind 0.58)", "school-houzhao-primary-2013", 0.88, 1],
  ["Yindu (Anyang) 2020 education statistics: 比上年 (0.99)", "stats-yindu-district-2020", 0.99, 1],
  // twenty-sixth batch: plans and work points, first scored unseen after the twenty-second to twenty-fifth were mended (first F1 in brackets; pooled 0.89, kind 0.76)
  // a plan's task beside its progress in one row (left open)
  ["Zhaoyuan 2022 livelihood table with 责任单位 and progress (0.72; kind 0.55)", "livelihood-zhaoyuan-city-2022-table", 0.72, 0.55],
  ["Pidu (Chengdu) 攻坚方案 2018–2024 as reported (1)", "plan-pidu-district-2019-news", 1, 0.85],
  ["Rencheng two-year public kindergarten plan as reported (1)", "plan-rencheng-district-2024-news", 1, 1],
  // sites and buildings of planned kindergartens labelled as facts (left open)
  ["Tianfu new area three-year kindergarten plan as reported, per school (0.98; kind 0.56)", "plan-tianfu-newarea-2015-news", 0.75, 0.87], // ㎡ labelled as written; the extractor writes 平方米
  ["Xiamen 2023 main work as reported, traditional with pinyin (0.96)", "points-xiamen-city-2023-news-trad", 0.96, 0.94],
  ["Qingzhou 2014 four key projects, results (0.9)", "summary-qingzhou-city-2014-news", 0.9, 1],
  ["Sanming 十三五 public kindergartens on a spam mirror: 来源：… 2021-02-05 (1; kind 0.4)", "summary-sanming-preschool-2020-news-spam", 1, 1],
  // twenty-seventh batch: reviews with next year's tasks, first scored unseen after the twenty-second to twenty-fifth were mended (first F1 in brackets; pooled 0.85, kind 0.90)
  ["a county 2019 meeting on 2018 exam results: 985 and 211 by year (0.73)", "report-county-meeting-2018-news", 0.73, 1],
  ["a deputy county head's speech: 比去年净增 194 人, 600 分以上的 (0.88)", "report-dianjiang-county-meeting-undated", 1, 1],
  // a machine-reworded copy: 92.六亿元 (left open)
  ["Dongguan 2021 school building, machine-reworded: 92.六亿元, 亿人民币 (0.4)", "report-dongguan-city-2021-news-spun", 0.66, 0.66],
  ["Fuzhou education meeting, 2023 results and 2024 tasks, traditional (1)", "report-fuzhou-city-2023-news-trad", 1, 0.66],
  ["Jian'ou bureau head's 述职, opening (1)", "report-jianou-city-duty-undated", 1, 1],
  ["Ningde mayor's review of 十一五: 分别比…提高 8 个、5 个和 22 个百分点 (0.82; kind 0.85)", "report-ningde-city-c2010", 0.82, 0.85],
  ["Xiamen 2018 补短板 projects, traditional (0.94)", "report-xiamen-city-2018-news-trad", 0.94, 1],
  // a half-year report's figures read as planned (left open)
  ["Yuqing 2017 first-half project report: 半年来 (1; kind 0.27)", "summary-yuqing-county-halfyear-2017-news", 1, 0.72],
  // twenty-eighth batch: tables as pages store them, first scored unseen after the twenty-second to twenty-fifth were mended (first F1 in brackets; pooled 0.56, kind 0.96)
  // a computed balance (1304*1.65*0.5=1075.80万元) and a table's 合计 (left open)
  ["Baise 2024 budget project performance table, pipes (0.66; kind 0.6)", "budget-baise-city-2024-table", 0.66, 0.6],
  ["Ninghe 2020 special bond performance table, pipes (0.93)", "budget-ninghe-district-2020-table", 0.93, 0.85],
  ["Qingshan (Wuhan) 2020 performance target table, one cell per line (0; kind 0)", "budget-qingshan-district-2020-table", 0.9, 1],
  // cells run together on a line, per-day rates 17元/人.每天 (left open)
  ["Xiangxi special school 2023 performance table, cells run together (0.62)", "budget-xiangxi-special-school-2023-table", 0.66, 1],
  ["Lianshui county 十四五 goals (1)", "fyp-lianshui-county-2021", 1, 1],
  ["Hengnan county preschool assessment plan: 民办园14812人，占比58.98% (0.84)", "plan-hengnan-county-2020", 0.94, 1],
  ["Chongqing yearbook 2008 table, bilingual rows under bare years (0; kind 0)", "stats-chongqing-2007-table", 1, 1],
  // twenty-ninth batch: news reports, Hong Kong, Macao and Changhua, first scored unseen after the twenty-second to twenty-fifth were mended (first F1 in brackets; pooled 0.76, kind 0.86)
  // amounts in Chinese numerals named by what follows them; 预留…为… (left open)
  ["Hong Kong 2018/19 budget, education, traditional: 三億六千七百萬元 (0.55; kind 0.57)", "budget-hongkong-edu-2018-news-trad", 0.63, 0.57],
  ["Haidian 十四五 press conference, traditional: 从2015年的31.5万人，增至… (0.74)", "fyp-haidian-district-2021-news-trad", 0.95, 1],
  ["Dongcheng and Xicheng 2020 两会 education targets (1)", "plan-dongcheng-xicheng-2020-news", 1, 1],
  ["Ningxia kindergartens in poor villages as reported (0.94)", "plan-ningxia-rural-kindergartens-c2017-news", 0.94, 1],
  // the Republic year in brackets after 今/去 (今(112)年) read as an aside (left open)
  ["Changhua desks programme, traditional: 去(111)年, 今(112)年 (0.4; kind 0.4)", "report-changhua-county-desks-2023-news-trad", 0.4, 0.4],
  ["Macao 2013 school subsidies, traditional: 75.5萬元(澳門元,下同)津貼 (0.81; kind 0.76)", "report-macau-subsidies-2013-news-trad", 0.9, 0.71],
  ["Shanghai 85 new schools in autumn 2016, traditional with pinyin (0.95; kind 0.7)", "report-shanghai-new-schools-2016-news-trad", 0.95, 0.89],
  ["Shenyang bureau press conference 2022 (0.9)", "report-shenyang-city-2022-news", 0.9, 0.94],
  // thirtieth batch: western and northern regions, first scored unseen after the twenty-second to twenty-ninth were mended (first F1 in brackets; pooled 0.83, kind 0.61)
  ["Bijie City c2021 十四五/十三五 plan (1; kind -0.01)", "fyp-bijie-city-c2021", 1, 1],
  ["Heilongjiang Province 2022 十四五/十三五 plan, traditional (0.84)", "fyp-heilongjiang-province-2022-trad", 1, 0.95],
  ["Xilingol League 2022 十四五/十三五 plan (0.93)", "fyp-xilingol-league-2022", 1, 1],
  ["County Bureau 2010 plan (0.26)", "plan-county-bureau-2010", 0.95, 1],
  ["Hebei Livelihood 2023 plan, as reported, traditional (0.85)", "plan-hebei-livelihood-2023-news-trad", 1, 1],
  // the excerpt ends in the middle of a figure (…平均入学率达到90), which is now read as a rate
  ["Qinghai Province Projects c2010 plan (0.55)", "plan-qinghai-province-projects-c2010", 0.94, 1],
  ["Township Schools 2023 school text (0.94; kind 0.37)", "school-township-schools-2023", 0.94, 0.82],
  ["Yijinhuoluo Banner c2021 summary (0.89)", "summary-yijinhuoluo-banner-c2021", 0.89, 1],
  // thirty-first batch: summaries and reports from the south and east, first scored unseen after the twenty-second to twenty-ninth were mended (first F1 in brackets; pooled 0.79, kind 0.92)
  ["District Balanced Selfeval undated report (0.92)", "report-district-balanced-selfeval-undated", 0.92, 1],
  ["Guangdong Balanced Inspection 2016 report, traditional (0.78)", "report-guangdong-balanced-inspection-2016-trad", 0.78, 1],
  ["Guangxi Province 2011 report, traditional (0.49; kind 0.49)", "report-guangxi-province-2011-trad", 0.74, 1],
  ["Hunan Province 2025 report, as reported (0.89)", "report-hunan-province-2025-news", 0.89, 1],
  ["Guigang District 2021 summary (0.96)", "summary-guigang-district-2021", 0.96, 1],
  ["Hefei City 2020 summary, as reported, machine-reworded (1; kind 0.85)", "summary-hefei-city-2020-news-spun", 1, 0.85],
  ["Suichuan County 2018 summary (0.36; kind 0.74)", "summary-suichuan-county-2018", 0.54, 1],
  // thirty-second batch: tables and forms, first scored unseen after the twenty-second to twenty-ninth were mended (first F1 in brackets; pooled 0.53, kind 0.81)
  // a performance table with its cells run together by spaces (left open)
  ["Guangdong New Universities 2021 budget or performance table, table (-0.01; kind -0.01)", "budget-guangdong-new-universities-2021-table", 0, 0],
  // a self-evaluation table one cell per line under its column headers (left open)
  ["Langfang Food School 2019 budget or performance table, table (0.09)", "budget-langfang-food-school-2019-table", 0.09, 1],
  ["Xiangyin County Kindergartens 2022 budget or performance table, table (0.74)", "budget-xiangyin-county-kindergartens-2022-table", 0.74, 0.33],
  // OCR text whose score column runs into the values (left open)
  ["Yinchuan Sixth Middle 2021 budget or performance table, table (0.17; kind -0.01)", "budget-yinchuan-sixth-middle-2021-table", 0.17, 0],
  ["Zhonglou District 2021 livelihood projects, table (0.92)", "livelihood-zhonglou-district-2021-table", 0.97, 0.94],
  // a form whose header cells stand over value rows, with pipes (left open)
  ["Xuhui Middle 2009 school text, table (-0.01; kind -0.01)", "school-xuhui-middle-2009-table", 0.21, 1.0],
  // a yearbook table with pipes and lost label cells (left open)
  ["Nanjing City 2014 statistics, table (0.47; kind 0.49)", "stats-nanjing-city-2014-table", 0.47, 0.49],
  ["Ziyang County 2021 statistics, table (0.76)", "stats-ziyang-county-2021-table", 0.79, 1],
  // thirty-third batch: news reports and Taiwan, Hong Kong texts, first scored unseen after the twenty-second to twenty-ninth were mended (first F1 in brackets; pooled 0.60, kind 0.70)
  ["Guiyang City 2018 plan, as reported, traditional (0.86)", "plan-guiyang-city-2018-news-trad", 1, 1],
  ["County Student Aid Halfyear undated report, as reported (0.33; kind -0.01)", "report-county-student-aid-halfyear-undated-news", 1, 1],
  ["Hefei City 2019 report, as reported, traditional (0.96)", "report-hefei-city-2019-news-trad", 0.96, 0.93],
  // a worked example of a policy's sums, named by what follows them (left open)
  ["Hongkong Policy Address 2016 report, as reported, traditional (0.57; kind 0.69)", "report-hongkong-policy-address-2016-news-trad", 0.64, 0.35],
  ["Ningbo City 2024 report, as reported (0.78; kind 0.34)", "report-ningbo-city-2024-news", 0.91, 1],
  // labels keyed by the unit (校次, 人次), which names do not carry (left open)
  ["Tainan School Lunch 2018 report, traditional (-0.01; kind -0.01)", "report-tainan-school-lunch-2018-trad", 1, 0.79],
  // an inspection's figures quoted in a news story, traditional (left open)
  ["Yunlin County School Seismic 2019 report, as reported, traditional (0.51; kind 0.66)", "report-yunlin-county-school-seismic-2019-news-trad", 0.51, 0.77],
  // (已超额完成年度26所目标任务，还有5所幼儿园计划年底前投入: a goal met says no plan, so the 5 still planned, marked only after their figure, read as done)
  ["Zhengzhou City 2015 report, as reported, traditional (0.87; kind 0.83)", "report-zhengzhou-city-2015-news-trad", 0.9, 0.85],
  // thirty-fourth batch: mixed held-out sample, first scored unseen at the session's end, the held-out estimate (first F1 in brackets; pooled 0.79, kind 0.72)
  ["Huichang County 2022 十四五/十三五 plan (0.86)", "fyp-huichang-county-2022", 0.95, 1],
  ["Chengde City 2023 report, as reported, traditional (1)", "report-chengde-city-2023-news-trad", 1, 0.94],
  ["Hongkong Secondary Places 2024 report, as reported, traditional (0.36; kind 0.39)", "report-hongkong-secondary-places-2024-news-trad", 0.59, 0.87],
  ["Hubei County 2023 summary (0.94)", "summary-hubei-county-2023", 0.94, 1],
  // 成班率达到60.8 is the average class size here (人); a rate word before a bare number reads
  // it as a percentage (满意率在80以上), the common case
  ["Yuanzhou Primary undated summary (0.76; kind -0.01)", "summary-yuanzhou-primary-undated", 0.69, 1],
  // thirty-fifth batch: mixed held-out sample, first scored unseen at the session's end, the held-out estimate (first F1 in brackets; pooled 0.85, kind 0.82)
  ["Henan Kindergartens 2019 livelihood projects, as reported, traditional (0.94)", "livelihood-henan-kindergartens-2019-news-trad", 0.94, 0.83], // 1000所民生项目幼儿园全部投入使用后 now goes on done after the sentence that reported 1000 done, and the scorer pairs an optional restated goal with it
  ["Fujian Large Classes 2018 plan, as reported (0.53; kind 0.71)", "plan-fujian-large-classes-2018-news", 0.66, 0.79],
  ["Chongqing 2011 work points, as reported (1)", "points-chongqing-2011-news", 1, 1],
  // (one more rate matched, 寄宿率 shared by a list, whose label gives the undated page's year)
  ["Guizhou Province 2014 work points, as reported, traditional (0.9)", "points-guizhou-province-2014-news-trad", 0.95, 0.65],
  ["Xindai Kindergarten 2004 school text (1; kind 0.3)", "school-xindai-kindergarten-2004", 1, 1],
  ["National 2022 statistics, as reported, traditional (1)", "stats-national-2022-news-trad", 1, 0.95],
  ["Haidian District 2017 summary, as reported, traditional (0.83)", "summary-haidian-district-2017-news-trad", 0.83, 1],
  ["Yuanzhou District Halfyear c2013 summary (0.89; kind 0.33)", "summary-yuanzhou-district-halfyear-c2013", 1, 1],
  // thirty-sixth batch: held-out sample from thinly covered regions, first scored unseen at the session's end, the held-out estimate (first F1 in brackets; pooled 0.74, kind 0.76)
  ["Hainan Nongken Middle 2023 budget or performance table, table (0.28; kind 0.24)", "budget-hainan-nongken-middle-2023-table", 0.28, 0.24, 25],
  // sums used for a purpose (47亿元用于…) now matched, planned as >= where the labels write planned investment as =
  ["Tibet 12th 2011 十四五/十三五 plan, as reported (0.84; kind 0.7)", "fyp-tibet-12th-2011-news", 0.9, 0.84],
  // per-district counts keyed by the work (新建, 改建) (left open)
  ["Shenyang Kindergartens 2014 plan, as reported, traditional (0.44; kind 0.23)", "plan-shenyang-kindergartens-2014-news-trad", 0.97, 1],
  ["Hainan New Schools 2021 report, as reported (1)", "report-hainan-new-schools-2021-news", 1, 1],
  ["Heilongjiang Province 2023 report, as reported, spam mirror (0.82; kind 0.14)", "report-heilongjiang-province-2023-news-spam", 0.82, 1],
  // (kind 0.83 → 0.17 when programme names stopped counting as words ahead; 0.50 again once a month after the page's date (今年8月底 on 2023-07-21) read as ahead: the year's 29 and 1.1万 stay done)
  ["Ningxia Preschool 2023 report, as reported, traditional (0.74; kind 0.83)", "report-ningxia-preschool-2023-news-trad", 0.74, 0.5],
  ["Xinjiang Region 2014 statistics (0.94)", "stats-xinjiang-region-2014", 1, 1],
  // (投资8个亿 is now read, as 8亿元 planned, ">=" as planned investment is; its label says "=")
  ["Jinzhong City 2015 summary, as reported (0.77)", "summary-jinzhong-city-2015-news", 0.94, 0.8],
  // thirty-seventh to forty-third batches: year plans and 要点, summaries, 十四五 texts, implementation plans, school plans,
  // speeches; each scored unseen before the changes it prompted (first F1 in brackets; pooled b41–b43 0.78, comparator 0.81, kind 0.76)
  ["包头市教育局, 2018年全市教育工作计划 (0.80)", "plan-baotou-city-2018", 0.92, 1],
  ["鄂尔多斯市教育局, 2012年工作安排 (1.00)", "plan-ordos-city-2012", 1, 1],
  ["青海省教育厅, 2019年工作要点 (总体目标) (1.00)", "points-qinghai-province-2019", 1, 1],
  ["陕西省教育厅, 2015年工作要点 (0.50)", "points-shaanxi-province-2015", 1, 1],
  ["西安市教育局, 2018年工作要点 (1.00)", "points-xian-city-2018", 1, 1],
  ["鄂尔多斯市教育局, 过去五年工作总结 (2012–2017) (0.67)", "summary-ordos-city-2017", 1, 1],
  ["a 中心小学 of 舒城县 (Anhui), year masked (20 xx) (0.88)", "school-shucheng-central-primary-c2020", 0.88, 1],
  ["a county 教育体育局 (probably Shaanxi), 2011年度总结 (1.00)", "summary-county-education-sports-2011", 1, 1],
  ["山东省教育厅, 2019年上半年政府工作报告重点工作落实情况 (0.98)", "summary-shandong-province-halfyear-2019", 0.97, 0.9],
  ["无锡市教育局, 2022年重点工作目标任务1-12月完成情况 (0.92)", "summary-wuxi-city-2022", 1, 1],
  ["咸宁市教育局, 教育规划落实情况工作报告 (2018–2020 figures) (0.85)", "summary-xianning-city-plan-implementation-2024", 0.84, 1],
  ["沅陵县教育局 (Hunan), 2019年度教育工作总结 (0.71)", "summary-yuanling-county-2019", 1, 1],
  ["乐清市教育局, 2018年工作总结和2019年工作思路 (0.89)", "summary-yueqing-city-2018", 0.88, 1],
  ["江苏 十三五 教育发展规划, its 2020 targets as reported (0.88)", "fyp-jiangsu-province-2016-news", 0.87, 1],
  ["国家教育事业发展十三五规划, its targets as briefed (traditional characters, pinyin noise) (0.80)", "fyp-national-13th-2017-news-trad", 1, 1],
  ["四川省, 十四五 教育发展规划 (the 十三五 state) (0.86)", "fyp-sichuan-province-2022", 1, 1],
  ["重庆市教委 十四五 results press conference, 中新网 report (0.95)", "report-chongqing-2025-news", 0.94, 0.94],
  ["江西省教育厅 十四五 results press conference, 人民网 report (0.71)", "report-jiangxi-province-2025-news", 0.7, 1],
  ["贵州省教育厅 十二五 targets, as reported (1.00)", "plan-guizhou-province-2012-news-trad", 1, 1],
  ["江西 学前教育 实施意见 (赣发〔2019〕21号) (1.00)", "plan-jiangxi-preschool-2019-trad", 1, 1],
  ["柳州市教育局等, 特殊教育 实施方案 (undated, c2023) (1.00)", "plan-liuzhou-special-education-c2023-trad", 1, 0],
  ["教育部等八部门 儿童青少年近视防控实施方案 (0.80)", "plan-national-myopia-2018", 1, 1],
  ["推普脱贫攻坚 实施方案 (issuer inferred) (0.89)", "plan-national-putonghua-2017-trad", 1, 1],
  ["a provincial 意见 (陕西 inferred), as reported (0.80)", "plan-shaanxi-central-west-2016-news", 0.86, 0.76],
  ["寿县 教育工作会议讲话 reviewing 2015 (figures broken onto lines, `?/p>` residue) (0.00)", "report-shouxian-county-meeting-2015", 0.77, 1],
  ["定兴县教育局, 工作总结 (year masked 20___) (0.80)", "summary-dingxing-county-undated-trad", 0.79, 1],
  // (planned sums, 计划投资…, are read as floors of a plan, as the shared dev labels read 晋江 2018's 计划投资30.6亿元;
  // these labels make them exact: agreement floors at what that reading gives)
  ["a district bureau's 基建科, 2010年工作总结 (0.53)", "summary-district-infrastructure-section-2010", 0.63, 0.66], // 平方米 for ㎡ matches more of its figures; the new matches disagree on comparators
  ["晋江市教育局, 2015年上半年工作总结 (0.71)", "summary-jinjiang-city-halfyear-2015", 1, 0.42],
  ["无为市教育局, 2021年工作总结 (0.88)", "summary-wuwei-city-anhui-2021", 0.92, 0.9],
  ["遵义市教育局, 2018年工作总结 (1.00)", "summary-zunyi-city-2018", 1, 1],
  ["a district bureau's 2012 work plan (traditional characters) (0.93)", "plan-district-bureau-2012-trad", 0.92, 1],
  ["邗江区教育局, 2014 初三毕业 targets (1.00)", "plan-hanjiang-graduation-2014", 1, 1],
  ["霍山县太阳乡, 2024 幼儿园招生计划 (0.86)", "plan-huoshan-taiyang-preschool-2024", 0.85, 1],
  ["a Guangdong township 中心小学, 2011 term plan (0.91)", "school-guangdong-central-primary-2011", 0.9, 0.83],
  ["轻工幼儿园, 2010–2015 五年规划 (0.47)", "school-qinggong-kindergarten-2010", 0.81, 1],
  ["树屏镇中心校 (Gansu), 控辍保学 方案 and 汇报 (one line) (0.75)", "school-shuping-township-dropout-undated", 0.74, 1],
  ["a township 中心学校, autumn-term plan (undated) (1.00)", "school-township-central-autumn-plan", 1, 1],
  ["a county of an Inner Mongolian 盟, 2023 教育工作会议讲话 (0.62)", "report-county-league-meeting-2023", 0.71, 1],
  // (more figures matched since 基础设施建设-like names keep 建设; year agreement a little lower)
  ["a 县长's 2011 教育工作会议讲话 (十一五 review) (0.79)", "report-county-magistrate-meeting-2011", 0.97, 0.85],
  ["梁保华, 全省教育工作会议讲话 (undated, c2005) (0.88)", "report-jiangsu-province-undated", 0.87, 1],
  ["石家庄市政府办公厅, 2011 县级政府教育工作督导评估 通报 (0.50)", "report-shijiazhuang-city-2011", 0.49, 0.91],
  ["a county bureau's c2009 report (铜陵县 inferred; traditional, pinyin noise) (0.77)", "report-tongling-county-2009-trad", 0.84, 1],
  ["寿光市教育局, 总结及计划 (2016, the site rewrote it as 2022) (1.00)", "summary-shouguang-city-2016", 1, 1],
  // forty-fourth to fifty-second batches: summaries, plans, 民生实事 and 绩效 tables, school results; each scored unseen before the
  // changes it prompted (first F1 in brackets; held-out 44–46 pooled 0.77, 47–49 0.81, 50–52 0.71)
  ["岑溪市政府办, 第三期学前教育行动计划 (2017—2020), 现状分析 (1.00)", "action-cenxi-preschool-2018", 1, 1],
  ["甘肃省政府办, 民族教育专项规划 (2016—2020), 发展基础 (0.70)", "fyp-gansu-ethnic-education-2016-trad", 0.69, 1],
  ["福建省 2014年为民办实事, education items, as reported (1.00)", "livelihood-fujian-province-2014-news", 1, 0.79],
  ["珠海市教育局, 2017年度政府部门责任白皮书 (当前形势) (0.84)", "plan-zhuhai-city-2017", 0.84, 1],
  ["a county education authority, 2011年教育主要工作意见 (traditional) (0.77)", "points-county-opinions-2011-trad", 0.76, 1],
  ["深圳市教育局 2016 work meeting, 十二五 results, a 范文-site write-up (0.77)", "report-shenzhen-city-2015-news", 0.92, 0.16],
  ["a county bureau director's 2025 述职 report (0.91)", "report-county-director-duty-2025", 0.9, 0.39],
  ["陆良县政府, 校安工程 since 2009 (0.89)", "report-luliang-county-2013-trad", 0.88, 1],
  ["武陵源区 figures, 张家界新闻网 report (0.74)", "report-wulingyuan-district-2016-news-trad", 0.84, 1],
  ["a county-level city bureau (name masked), 2014 工作总结 (0.62)", "summary-city-bureau-2014", 0.76, 0.93],
  ["a county bureau, 2018年上半年工作总结 (0.29)", "summary-county-halfyear-2018", 0.64, 1],
  ["a county's 合格学校 building since 2008, local news (0.82)", "summary-county-qualified-schools-2011-news", 0.91, 1],
  ["泗县, 十三五 education projects report (2016—2018) (0.87)", "summary-sixian-county-c2019", 0.87, 1],
  ["昌吉州第四中学, 国家助学金 公示 and 绩效目标 (0.89)", "budget-changji-fourth-middle-2019-trad", 0.88, 0.36],
  ["临邑县师范附属小学, 2025 项目支出目标申报表 (0.22)", "budget-linyi-county-primary-2025-table", 0.88, 0.87],
  ["宁晋县教育局, 2019 高中助学金 绩效评价指标表 (0.83)", "budget-ningjin-county-2019-table", 0.83, 1],
  ["甘肃省 十一五 教育事业发展规划, 发展成就 (1.00)", "fyp-gansu-province-2006", 1, 1],
  ["秦安县 2015 十件民生实事, news report (0.91)", "livelihood-qinan-county-2015-news-trad", 0.9, 1],
  ["洋县政府, 2024年十大民生实事 with its table (0.83)", "livelihood-yangxian-county-2024-table-trad", 0.82, 1],
  ["a province's 2019 基础教育 yearbook entry (Jiangsu inferred) (0.91)", "stats-province-basic-education-2019", 0.95, 1],
  ["a county bureau, 2015 summary and 2016 plan (plan part) (0.73)", "plan-county-bureau-2016", 0.73, 0.45],
  // 位列全区前15% is labelled as a figure; a band of a ranking (前20%) is read as no figure (0.84)
  ["a primary school's year summary, 目标 beside 战果 (0.85)", "school-primary-annual-undated", 0.84, 0.94],
  ["a township 中心学校 (place masked), 2017 控辍保学 总结 (1.00)", "school-township-dropout-2017", 1, 1],
  ["a district bureau (洞头 inferred), 2018 总结 (figures partly masked) (0.83)", "summary-dongtou-district-2018", 0.83, 1],
  ["二道江区, 全面改薄 2016 总结汇报 (1.00)", "summary-erdaojiang-district-2016", 1, 0],
  ["施甸县教育局, 2016 and four years' 总结 with the 2017 plan (1.00)", "summary-shidian-county-2016", 1, 1],
  ["安徽省教育厅, 2018 改薄 and 幼儿园 progress 通报, as reported (0.80)", "plan-anhui-kindergartens-2018-news-trad", 0.92, 0.83],
  ["a county's 乡村教育 part of a 2021 plan (0.80)", "plan-county-rural-schools-2021", 0.79, 1],
  ["福州市政府办, 学前教育 意见, as reported (0.43)", "plan-fuzhou-preschool-2011-news-trad", 0.61, 1],
  ["青岛市教育局, 学前教育设施布局规划 (2011-2015), as reported (0.86)", "plan-qingdao-kindergartens-2013-news-trad", 0.85, 1],
  ["温州市 学前教育发展推进会 2020, forum repost (0.85)", "plan-wenzhou-preschool-2020-news", 0.84, 1],
  ["延吉市, 2020 公办幼儿园 projects, as reported (0.82)", "plan-yanji-kindergartens-2020-news", 0.81, 0.79],
  ["西安市教育局, 基础教育提升三年行动计划 mid-term, 新华社 (0.74)", "report-xian-schools-2021-news-trad", 0.92, 0.79],
  ["平和县 education results, 海峡导报 (0.44)", "report-pinghe-county-2017-news-trad", 1, 1],
  ["山西省教育厅, 全面改薄 progress 通报 to August 2015 (0.60)", "report-shanxi-school-improvement-2015", 0.79, 0.05],
  ["双江县, education spending and buildings since 2014, news (1.00)", "report-shuangjiang-county-2019-news", 1, 0.74],
  ["桃江县融媒体中心, 回眸2021 城乡教育均衡发展 (1.00)", "report-taojiang-county-2021-news", 1, 1],
  ["铜陵市郊区, 义务教育优质均衡 progress note (1.00)", "report-tongling-jiaoqu-balanced-2025", 1, 1],
  ["平江县, 教育概况 (undated) (1.00)", "stats-pingjiang-county-undated", 1, 1],
  ["织金县, 教育基本情况 2022 (county site) (0.67)", "stats-zhijin-county-2022", 0.93, 1],
  ["海南省, 教育事业十二五规划, 规划背景 (1.00)", "fyp-hainan-province-2011", 1, 0.93],
  ["扬州市政府, 教育事业十二五发展规划 (十一五 review) (0.71)", "fyp-yangzhou-city-2011", 1, 1],
  ["峨山县, 基础教育质量提升计划 (targets for 2024) (0.50)", "plan-eshan-county-2022", 0.87, 1],
  ["明光市教育体育局, 2020 二季度工作计划 (0.86)", "plan-mingguang-city-2020q2", 0.85, 1],
  ["北京市教委, 中小学建设三年行动计划 (2012—2014) progress, 北京日报 (0.93)", "report-beijing-school-building-2015-news-trad", 0.92, 0.81],
  ["赫章县教育局, 教育扶贫 results, as reported (0.58)", "report-hezhang-county-2018-news-trad", 0.58, 0.14],
  ["a Jilin county bureau, 工作总结 (county and year masked) (0.62)", "summary-jilin-county-c2013", 0.87, 1],
  ["甘肃省教育厅, 2023 建宿舍增学位扩食堂改厕所, press conference (0.55)", "livelihood-gansu-province-2023-news-trad", 0.59, 0.52], // money named by the thing it builds matches one more figure, whose kind disagrees
  ["衡水市, 2022 新改扩建中小学幼儿园 16所, 河北新闻网 (0.65)", "plan-hengshui-city-2022-news", 0.92, 0.97],
  ["广西, 2023 投入59亿元 新建83所学校, 光明网 (0.97)", "report-guangxi-new-schools-2023-news-trad", 0.96, 1],
  ["海南省政府, 2022 履行教育职责 自评报告, as reported (0.69)", "report-hainan-province-2022-news", 0.69, 0.88],
  ["青海省教育厅, preschool figures to 2012, news (1.00)", "report-qinghai-preschool-2012-news", 1, 1],
  // (agreement 0.59 since the seventh session: one more figure matched, 全部通过…验收, whose labelled year 2019 the output does not give)
  ["黑龙江省教育厅, 十三五 十大成就 (0.88)", "summary-heilongjiang-13th-fyp-2021-trad", 0.92, 0.59],
  ["托里县, 基本情况 and 十三五 work (0.96)", "summary-tuoli-county-c2020", 0.96, 1],
  ["赤壁市实验中学 (inferred), 上半年工作总结 (0.61)", "school-chibi-experimental-middle-halfyear-undated-trad", 0.61, 1],
  ["a primary school, 2020 期中 examination report (decimal points typed as 。) (0.04)", "school-primary-midterm-analysis-2020", 0.02, 1],
  ["新民初级中学, 九年级中考目标责任书 (0.88)", "school-xinmin-junior-2017", 0.87, 1],
  ["羊册镇中心学校, 研训一体化 汇报材料 (1.00)", "school-yangce-township-training-undated", 1, 1],
  ["阳曲二中, 2019年中考报告 (0.29)", "school-yangqu-second-middle-2019", 0.69, 0],
  ["永汉中学, 2012 高考/中考 results, local news (0.57)", "school-yonghan-middle-2012-news", 0.61, 0],
  ["永和县城镇第二幼儿园, 一类园 自查报告 (0.78)", "school-yonghe-second-kindergarten-undated-trad", 0.78, 1],
  // fifty-third to fifty-fifth batches: the session's last held-out sample (first F1 in brackets; 53: 0.73, 54: 0.40, 55: 0.73)
  ["永登县, 全面改薄 plan, quoted in the county's 教育志 (0.60)", "plan-yongdeng-county-c2014", 0.86, 0.95],
  ["庐江县教体局, 2019 校舍维修改造 and 公办幼儿园 plan and progress (0.73)", "report-lujiang-county-2019-news", 0.66, 0], // one ㎡ labelled as written; the extractor writes 平方米
  ["a county, 十三五 education summary (0.78)", "summary-county-13th-fyp-c2020", 0.88, 1],
  ["a county, 2021 学生资助 and 控辍保学 (traditional) (0.75)", "summary-county-student-aid-2021-trad", 0.74, 0.8],
  ["将乐县教育局, first-quarter summary (undated) (1.00)", "summary-jiangle-county-q1-undated-trad", 1, 0.37],
  ["珠海金湾区教育局, 上半年工作总结 (year masked, c2016) (0.75)", "summary-jinwan-district-halfyear-c2016", 0.81, 0.91],
  ["a 甘孜 county, 2017 教育扶贫 summary (traditional) (0.75)", "summary-kangba-county-poverty-2017-trad", 0.82, 1],
  ["香港教育局局长 on the 2025-26 预算案 (0.83)", "budget-hongkong-edb-2025-trad", 1, 0.49],
  // (sixteenth session: a dated page whose sentences mostly say what was done now reads as a report; this
  // speech tells the address's new measures in the same words, 已預留, 推出)
  ["香港教育局局长 on the 2019 施政报告 (0.71)", "report-hongkong-policy-address-2019-trad", 0.71, 0.2],
  ["澳门教青局 2016/17 subsidies, 力报 (0.47)", "report-macau-subsidies-2016-news-trad", 0.71, 0.59],
  ["南投县教育处 2016 class counts, 中央社 story (0.17)", "report-nantou-county-classes-2016-news-trad", 0.39, 0.88],
  ["新华网 2021 on 学前教育 (mirror in traditional) (0.72)", "report-national-preschool-2021-news-trad", 0.79, 0.88],
  ["Taiwan 教育部 statistics of small schools, 中央社 2017 (0.26)", "stats-taiwan-small-schools-2017-news-trad", 0.28, 0.92],
  ["a 肥城 town's 教育工作总结 (year masked) (0.56)", "summary-feicheng-town-undated-trad", 0.55, 1],
  ["山东 双高计划 funding, 2020 (0.75)", "budget-shandong-double-high-2020-news", 0.74, 0.24],
  ["贵州 十三五 规划, 十二五 results (1.00)", "fyp-guizhou-province-c2016", 1, 1],
  ["中国教育报 on 辽宁 and 海南 双一流 targets (0.50)", "plan-provinces-double-first-class-2017-news", 0.92, 1],
  ["四川省教育厅 双一流 实施意见, as reported (1.00)", "plan-sichuan-double-first-class-2017-news", 1, 0.87],
  ["eol.cn, the 2017 双一流 list and 北京's 高精尖中心 target (0.50)", "report-eol-double-first-class-2017", 0.49, 1],
  ["five provinces' 学科 targets against the 第四轮学科评估 (0.61)", "report-provinces-discipline-targets-2018-news", 0.71, 0.41],
  // fifty-sixth to fifty-eighth batches: the sample of the session's closing estimate, scored unseen at f6f5a6a (first F1 in
  // brackets; pooled F1 0.79, comparator 0.71, kind 0.66)
  ["衡东县教育局, 2019 民生实事 self-check report (0.73)", "livelihood-hengdong-county-2019", 0.72, 0.49],
  ["济宁市教育局, 2018 school-building progress 通报 (traditional, pinyin noise) (0.76)", "report-jining-city-2018-news-trad", 0.75, 0.86],
  ["成都成华区教育局 (inferred), summary with masked years (c2014) (0.72)", "summary-chenghua-district-c2014", 0.77, 1],
  ["a county bureau, 2020 summary (Party-building part) (1.00)", "summary-county-bureau-2020", 1, 1],
  ["a district bureau, 2020 教育扶贫 summary (traditional) (0.64)", "summary-district-poverty-2020-trad", 0.63, 0.87],
  ["a 淄博 district bureau, 2020 教育扶贫 summary (traditional) (0.77)", "summary-zibo-district-poverty-2020-trad", 0.76, 1],
  ["莆田城厢区 十四五 education plan, forum summary (1.00)", "fyp-chengxiang-district-2023-news", 1, 1],
  ["西安 2024 为民实事 progress, education part (0.67)", "livelihood-xian-city-2024-news", 0.66, 0.84],
  ["肥西县, 9 public kindergartens, 央广网 mirror (0.59)", "plan-feixi-county-kindergartens-2017-news-trad", 0.59, 0.59],
  ["漳浦县 public kindergartens, projects 2017–2019 (0.86)", "plan-zhangpu-county-kindergartens-2017-news", 0.95, 0.7], // 平方米 for ㎡ matches one more figure, whose kind disagrees
  ["丽水 (inferred), 2017 education building projects (0.82)", "report-lishui-city-projects-2017-news", 0.81, 0.39],
  ["青岛新闻网, 2019 new schools and 市办实事 kindergartens (0.97)", "report-qingdao-city-schools-2019-news", 0.97, 0.94],
  ["十堰 (inferred), new school places by district (undated) (1.00)", "report-shiyan-city-places-undated-news", 1, 0.02],
  ["郑州 2022 民生实事 briefing: 学位 results and three-year targets (0.79)", "livelihood-zhengzhou-city-2022-news", 0.79, 0.9],
  ["番禺区 2025 教育工作会议, district site (1.00)", "report-panyu-district-2025-news", 1, 1],
  ["山东教育厅 briefing on 义务教育 实事, 人民网 2021 (1.00)", "report-shandong-compulsory-2021-news", 1, 1],
  ["山西教育厅 five-year results at a press briefing (c2022) (1.00)", "report-shanxi-province-c2022-news-trad", 1, 0.42],
  // left open: the share after 合計開辦二十九園三十三班，讓五歲幼兒就讀幼兒園比例 takes the count's name, and 增設五十八所 lacks
  // the 公立幼兒園 of the clause before (floor 0: the text is kept to be read without throwing until then)
  ["桃园县 公立幼儿园五年计画, 2013 news (0.00)", "report-taoyuan-county-preschool-2013-news-trad", 0.36, 0],
  ["西安 学前教育 results, 西安新闻网 on a mirror (0.75)", "report-xian-preschool-2023-news-trad", 0.93, 1],
  ["安徽统计局, 儿童发展纲要 figures for 2018 against 2010 (0.89)", "stats-anhui-province-2019-news", 0.94, 1],
  // fifty-ninth to sixty-fourth batches (seventh session): plans, summaries, five-year plans, news of
  // both, Hong Kong, Macao and Taiwan texts; each scored once, unseen, before any change it prompted
  // (first F1 in brackets; pooled first runs F1 0.955, 0.836, 0.777, 0.850, 0.685, 0.745)
  ["plan fangxian county 2024 (0.90)", "plan-fangxian-county-2024", 1, 1],
  ["plan helan county 2017 news (1.00)", "plan-helan-county-2017-news", 1, 0.87],
  ["plan jinghe county 2021 news (1.00)", "plan-jinghe-county-2021-news", 1, 0.82],
  ["plan ordos city c2017 (0.83)", "plan-ordos-city-c2017", 1, 1],
  ["plan suzhouqu district 2017 news (1.00)", "plan-suzhouqu-district-2017-news", 1, 1],
  ["plan yuxi city 2021 news trad (1.00)", "plan-yuxi-city-2021-news-trad", 1, 1],
  ["points xx district 2020 (1.00)", "points-xx-district-2020", 1, 1],
  ["report qingyuan city 2022 news trad (1.00)", "report-qingyuan-city-2022-news-trad", 1, 0.32],
  ["summary hanshan county 2024 (0.91)", "summary-hanshan-county-2024", 0.9, 1],
  ["summary liuzhou district 2020 (0.60)", "summary-liuzhou-district-2020", 0.59, 1],
  ["summary nanchuan district 2022 trad (0.62)", "summary-nanchuan-district-2022-trad", 0.71, 1],
  ["summary qujing city 2020 trad (0.67)", "summary-qujing-city-2020-trad", 0.9, 1],
  ["summary zhangjiachuan county 2018 trad (0.88)", "summary-zhangjiachuan-county-2018-trad", 1, 0.87],
  ["summary zhoushan county 2025 (1.00)", "summary-zhoushan-county-2025", 1, 0.92],
  ["fyp debao county 2018 (1.00)", "fyp-debao-county-2018", 1, 0.49],
  ["fyp guangdong province 2021 news (0.96)", "fyp-guangdong-province-2021-news", 0.95, 1],
  ["fyp hebei province 2021 news (1.00)", "fyp-hebei-province-2021-news", 1, 1],
  ["report hongkong sar 2023 news trad (0.88)", "report-hongkong-sar-2023-news-trad", 1, 0.59],
  ["school youxian school 2011 (0.83)", "school-youxian-school-2011", 0.83, 0.79],
  ["stats macao sar 2005 trad (0.35)", "stats-macao-sar-2005-trad", 0.43, 0.79],
  ["report dengzhou city 2023 news (1.00)", "report-dengzhou-city-2023-news", 1, 1],
  ["report ganzi city 2023 news trad (0.93)", "report-ganzi-city-2023-news-trad", 0.93, 0.78],
  ["report hengyang county 2022 news trad (1.00)", "report-hengyang-county-2022-news-trad", 1, 0.89],
  ["report huaxi district 2023 news (0.79)", "report-huaxi-district-2023-news", 0.78, 1],
  ["report lichuan county 2021 (0.77)", "report-lichuan-county-2021", 0.84, 1],
  ["summary linyi city 2021 news (0.83)", "summary-linyi-city-2021-news", 0.89, 0.56],
  ["summary qiqihar city 2019 trad (0.91)", "summary-qiqihar-city-2019-trad", 0.95, 1],
  ["plan chengde city 2018 news (0.88)", "plan-chengde-city-2018-news", 0.87, 1],
  ["plan chongqing city 2016 news trad (1.00)", "plan-chongqing-city-2016-news-trad", 1, 1],
  ["plan guangdong province 2021 news (0.52)", "plan-guangdong-province-2021-news", 0.51, 0.91],
  ["plan nanjing city 2018 news trad (0.74)", "plan-nanjing-city-2018-news-trad", 0.88, 1],
  ["plan ningbo city 2023 news (1.00)", "plan-ningbo-city-2023-news", 1, 0.91],
  ["plan shanxi province 2020 news (1.00)", "plan-shanxi-province-2020-news", 1, 0.87],
  ["plan tianya district 2024 news (1.00)", "plan-tianya-district-2024-news", 1, 0.61],
  ["plan xiamen city 2012 news (0.72)", "plan-xiamen-city-2012-news", 0.72, 0.7],
  ["plan zunhua city 2021 news (0.92)", "plan-zunhua-city-2021-news", 0.91, 0.82],
  // (its labels leave a population's bare 万 (常住人口约110万) without 人, as 3 labels in 11 do; the figure is now in 万人)
  ["report fengxian district 2013 (1.00)", "report-fengxian-district-2013", 0.9, 1],
  ["report huangshi city 2023 news trad (1.00)", "report-huangshi-city-2023-news-trad", 1, 0.91],
  // (agreement 0.18 since the class places are named, 2歲專班1班16個名額: six more figures matched, most of them
  // read as planned where the labels read a story of what opened; the kind of Taipei news is left open)
  ["report taipei city 2025 news trad (0.45)", "report-taipei-city-2025-news-trad", 0.87, 0.48],
  ["school pingjiang school c2015 (0.51)", "school-pingjiang-school-c2015", 0.85, 0.93],
  ["stats anqiu city 2023 (1.00)", "stats-anqiu-city-2023", 1, 0.65],
  // sixty-fifth to sixty-seventh batches (seventh session), scored once, unseen (pooled first runs F1 0.895, 0.877, 0.794)
  ["report baoshan city c2022 news (0.90)", "report-baoshan-city-c2022-news", 0.89, 0.87],
  ["report binhai district 2018 news (0.88)", "report-binhai-district-2018-news", 0.87, 1],
  ["report ganjingzi district 2017 news (1.00)", "report-ganjingzi-district-2017-news", 1, 0.78],
  ["report xingye county 2019 news (0.92)", "report-xingye-county-2019-news", 0.92, 1],
  ["report xining city 2017 news (0.75)", "report-xining-city-2017-news", 0.74, 1],
  ["report xx county 2018 trad (0.94)", "report-xx-county-2018-trad", 0.93, 1],
  ["report yanan city 2016 news (0.90)", "report-yanan-city-2016-news", 0.89, 0.37],
  ["fyp henan province 2022 news trad (1.00)", "fyp-henan-province-2022-news-trad", 1, 0.88],
  ["plan ganzhou city 2014 news (1.00)", "plan-ganzhou-city-2014-news", 1, 0],
  ["plan guizhou province 2014 news trad (1.00)", "plan-guizhou-province-2014-news-trad", 1, 1],
  ["plan hohhot city 2022 news trad (0.80)", "plan-hohhot-city-2022-news-trad", 0.79, 1],
  ["plan lanzhou city c2015 news trad (0.86)", "plan-lanzhou-city-c2015-news-trad", 0.93, 0.74],
  ["plan shenzhen city 2022 news trad (0.88)", "plan-shenzhen-city-2022-news-trad", 0.93, 0.88],
  ["plan wugong county 2020 news trad (0.95)", "plan-wugong-county-2020-news-trad", 0.94, 1],
  ["plan wanzhou district 2021 (0.91)", "plan-wanzhou-district-2021", 0.9, 0.88],
  ["report chengdu city 2015 news (1.00)", "report-chengdu-city-2015-news", 1, 0.82],
  ["report lienchiang county 2020 news trad (0.07)", "report-lienchiang-county-2020-news-trad", 0.42, 1],
  ["report yangzhou city 2017 news (0.67)", "report-yangzhou-city-2017-news", 0.87, 1],
  ["report zhoukou city 2022 (0.36)", "report-zhoukou-city-2022", 0.36, 1],
  ["school zaozhuang school 2022 (1.00)", "school-zaozhuang-school-2022", 1, 1],
  ["stats huizhou city c2020 (0.98)", "stats-huizhou-city-c2020", 0.98, 1],
  // sixty-eighth and sixty-ninth batches (seventh session), scored once, unseen (pooled first runs F1 0.632, 0.876)
  ["plan longgang district 2019 news (0.17)", "plan-longgang-district-2019-news", 0.47, 0.4],
  ["plan yinzhou district 2024 news (0.96)", "plan-yinzhou-district-2024-news", 0.95, 0.68],
  ["plan zhijiang county 2013 news (0.85)", "plan-zhijiang-county-2013-news", 0.84, 0.9],
  ["report baiyu county 2017 news trad (0.46)", "report-baiyu-county-2017-news-trad", 0.95, 1],
  ["report qijiang district 2023 news (1.00)", "report-qijiang-district-2023-news", 1, 0.93],
  ["report weining county c2018 news (1.00)", "report-weining-county-c2018-news", 1, 1],
  ["summary jinchuan district 2015 (1.00)", "summary-jinchuan-district-2015", 1, 0.85],
  ["fyp shenzhen city c2022 (0.71)", "fyp-shenzhen-city-c2022", 0.81, 1],
  ["inspection yunnan province 2018 (0.95)", "inspection-yunnan-province-2018", 0.94, 0.89],
  ["meeting liuzhou city 2016 news (0.76)", "meeting-liuzhou-city-2016-news", 0.82, 1],
  ["meeting shaoyang city 2020 news trad (1.00)", "meeting-shaoyang-city-2020-news-trad", 1, 1],
  ["minsheng danyang city 2024 news (1.00)", "minsheng-danyang-city-2024-news", 1, 0.8],
  ["school dangyang school c2023 (1.00)", "school-dangyang-school-c2023", 1, 1],
  ["stats henan county 2022 (1.00)", "stats-henan-county-2022", 1, 1],
  // seventieth and seventy-first batches: the seventh session's closing sample, scored once, unseen (pooled first runs
  // F1 0.839 and 0.902; comparator 0.74 and 0.77; kind 0.62 and 0.74)
  ["plan kaiyang county c2020 news (0.55)", "plan-kaiyang-county-c2020-news", 0.54, 1],
  ["plan suichang county 2024 (1.00)", "plan-suichang-county-2024", 1, 1],
  ["plan xiji county 2022 news trad (1.00)", "plan-xiji-county-2022-news-trad", 1, 1],
  ["plan zhumadian city 2023 news trad (0.96)", "plan-zhumadian-city-2023-news-trad", 0.96, 1],
  ["report guandu district 2023 news (0.81)", "report-guandu-district-2023-news", 0.81, 1],
  ["report mudan district 2023 news (1.00)", "report-mudan-district-2023-news", 1, 0.92],
  ["summary minhang district 2020 (0.76)", "summary-minhang-district-2020", 0.85, 0.55],
  ["fyp xilingol league 2021 news (0.96)", "fyp-xilingol-league-2021-news", 0.95, 1],
  ["report longzhou county c2016 (1.00)", "report-longzhou-county-c2016", 1, 0.93],
  ["report ningxia region c2016 news trad (0.95)", "report-ningxia-region-c2016-news-trad", 0.94, 0.88],
  ["report shaanxi province 2022 news trad (1.00)", "report-shaanxi-province-2022-news-trad", 1, 1],
  ["report xuanzhou district 2020 (0.82)", "report-xuanzhou-district-2020", 0.82, 0.94],
  ["stats henan province 2020 news trad (0.90)", "stats-henan-province-2020-news-trad", 0.89, 0.4],
  ["stats yueyang city 2021 (0.92)", "stats-yueyang-city-2021", 0.97, 1],
  // seventy-second to seventy-seventh batches (eighth session): reports and news of results, plans and news of plans, mixed web, summaries, plans with targets, news mixes; each scored once, unseen (pooled first runs F1 0.842, 0.854, 0.871, 0.848, 0.867, 0.636)
  // agreement floor lowered, F1 floor raised (fourteenth session): a bare 亿 of a budget now read as money matches one more labelled record, whose comparator, year or kind the output does not share
  // (its labels keep 澳門幣 as written; most labels of local currencies, and the extractor now, read them as 元)
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["report macao sar 2014 news trad (0.27)", "report-macao-sar-2014-news-trad", 0.33, 0.25],
  ["report qingan county 2006 news (0.73)", "report-qingan-county-2006-news", 0.83, 1],
  ["report quannan county undated (1.00)", "report-quannan-county-undated", 1, 1],
  ["report xizang region 2015 (1.00)", "report-xizang-region-2015", 1, 1],
  ["report zeku county 2025 news trad (0.44)", "report-zeku-county-2025-news-trad", 0.44, 1],
  ["stats zhenlai county c2024 (1.00)", "stats-zhenlai-county-c2024", 1, 1],
  ["summary ledong county 2013 (0.88)", "summary-ledong-county-2013", 0.87, 1],
  ["plan anshun city 2020 news (0.86)", "plan-anshun-city-2020-news", 0.85, 1],
  ["plan baoshan city 2021 news (1.00)", "plan-baoshan-city-2021-news", 1, 0.62],
  ["plan guangxi region 2021 news (0.93)", "plan-guangxi-region-2021-news", 0.93, 1],
  ["plan hefei gaoxin district 2022 news (0.83)", "plan-hefei-gaoxin-district-2022-news", 0.83, 0.92],
  ["plan qingdao city 2021 news trad (1.00)", "plan-qingdao-city-2021-news-trad", 1, 1],
  ["plan xinjiang region 2022 news trad (1.00)", "plan-xinjiang-region-2022-news-trad", 0.9, 1],
  ["plan yuquan district 2021 news (1.00)", "plan-yuquan-district-2021-news", 1, 1],
  ["fyp zhejiang province 2021 news (0.92)", "fyp-zhejiang-province-2021-news", 1, 1],
  ["plan hongkong sar 2018 news trad (0.87)", "plan-hongkong-sar-2018-news-trad", 0.86, 1],
  ["report fuzhou city 2013 news trad (1.00)", "report-fuzhou-city-2013-news-trad", 1, 0.81],
  ["report gansu province 2022 news (0.76)", "report-gansu-province-2022-news", 0.89, 1],
  ["report qinghai province 2021 news (0.70)", "report-qinghai-province-2021-news", 0.81, 0.66], // a pace (以每年…的速度) is named as a change now: one more figure matched, whose kind disagrees
  ["stats shaanxi province 2022 news trad (0.99)", "stats-shaanxi-province-2022-news-trad", 0.98, 1],
  ["summary yuanzhou district c2013 (1.00)", "summary-yuanzhou-district-c2013", 1, 1],
  ["inspection dalian city 2023 (0.53)", "inspection-dalian-city-2023", 0.53, 1],
  ["report jincheng city 2021 news (1.00)", "report-jincheng-city-2021-news", 1, 1],
  ["report zaoqiang county 2012 news (1.00)", "report-zaoqiang-county-2012-news", 1, 1],
  ["school pengzhou school 2016 news trad (0.94)", "school-pengzhou-school-2016-news-trad", 0.94, 1],
  ["summary chengdu city 2018 (0.44)", "summary-chengdu-city-2018", 0.88, 1],
  ["summary chongchuan district 2019 (0.67)", "summary-chongchuan-district-2019", 0.66, 1],
  ["summary dongfeng county undated trad (0.96)", "summary-dongfeng-county-undated-trad", 0.95, 1],
  ["fyp henan province 2017 news (0.95)", "fyp-henan-province-2017-news", 0.95, 1],
  ["plan hainan province 2011 news (0.88)", "plan-hainan-province-2011-news", 0.87, 1],
  ["plan heilongjiang province 2013 news (0.78)", "plan-heilongjiang-province-2013-news", 1, 1],
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["plan hubei province c2015 news trad (1.00)", "plan-hubei-province-c2015-news-trad", 1, 0.71],
  ["plan nanchang city 2015 news (0.83)", "plan-nanchang-city-2015-news", 0.83, 0.82],
  ["plan ningxia region c2009 news (0.95)", "plan-ningxia-region-c2009-news", 0.94, 0.96],
  // (sixteenth session: 提前一年实现…目标 is a goal met, so the story's figures now read as done, and the
  // 十二五 period then dates them 2015, where the labels leave them without a year)
  ["report qinghai province 2015 news (0.96)", "report-qinghai-province-2015-news", 0.95, 0.53],
  ["report chengdu city 2022 news (0.93)", "report-chengdu-city-2022-news", 1, 1],
  ["report fuyang city 2019 news (0.50)", "report-fuyang-city-2019-news", 0.49, 0.92], // the scorer pairs 幼儿园33所 with its bare repeat (no year) now that neither carries a stray word; the first is named as labelled
  ["report guangshan county 2017 news (0.76)", "report-guangshan-county-2017-news", 0.95, 1],
  ["report hongkong sar c2023 news trad (0.83)", "report-hongkong-sar-c2023-news-trad", 0.83, 1],
  ["report macao sar 2024 news trad (1.00)", "report-macao-sar-2024-news-trad", 1, 0.82],
  ["report xiangyang city 2019 news (0.90)", "report-xiangyang-city-2019-news", 0.89, 0.89],
  ["stats pingtung county 2025 news trad (0.41)", "stats-pingtung-county-2025-news-trad", 0.46, 0.75],
  // seventy-eighth to eightieth batches (eighth session): county results, plans and points, mixed hard cases; each scored once, unseen (pooled first runs F1 0.795, 0.915, 0.763)
  ["report chuxiong prefecture 2012 news (0.71)", "report-chuxiong-prefecture-2012-news", 0.7, 0],
  ["report dongwuzhumuqin banner c2014 news trad (0.80)", "report-dongwuzhumuqin-banner-c2014-news-trad", 0.79, 0.66],
  ["report gansu province 2025 news (0.78)", "report-gansu-province-2025-news", 0.77, 1],
  ["report heping county 2015 news (0.83)", "report-heping-county-2015-news", 0.83, 1],
  ["report suide county 2017 (0.75)", "report-suide-county-2017", 1, 1],
  ["report xiuwen county 2019 news (1.00)", "report-xiuwen-county-2019-news", 1, 0.39],
  ["summary zhijiang county 2023 (0.92)", "summary-zhijiang-county-2023", 1, 1],
  ["fyp donggang city 2018 (0.94)", "fyp-donggang-city-2018", 0.97, 1],
  ["plan binhai district c2020 news (0.95)", "plan-binhai-district-c2020-news", 0.94, 0.83],
  ["plan changchun city 2018 news trad (0.84)", "plan-changchun-city-2018-news-trad", 0.84, 1],
  ["plan chongqing city 2023 (1.00)", "plan-chongqing-city-2023", 1, 0.21],
  ["plan putian city 2021 news (0.95)", "plan-putian-city-2021-news", 0.95, 1],
  ["plan qingyunpu district 2022 (1.00)", "plan-qingyunpu-district-2022", 1, 0.83],
  ["plan tianjin city 2025 news trad (0.78)", "plan-tianjin-city-2025-news-trad", 0.77, 0.63],
  ["minsheng guangming district 2025 (0.93)", "minsheng-guangming-district-2025", 0.93, 0.7],
  ["plan yulin city 2017 news (1.00)", "plan-yulin-city-2017-news", 1, 0.95],
  // (降幅達27.7％ is now a signed fall and matches; the scorer pairs it with the label of 約減27.7％, ~)
  ["report taiwan national 2025 news trad (0.41)", "report-taiwan-national-2025-news-trad", 0.58, 0.9],
  ["report xiaonan district undated news (0.75)", "report-xiaonan-district-undated-news", 0.74, 0.89],
  ["stats china national 2021 news (0.96)", "stats-china-national-2021-news", 1, 1],
  ["subsidy macao sar 2024 news trad (0.23)", "subsidy-macao-sar-2024-news-trad", 0.23, 1],
  ["summary xx town 2012 (1.00)", "summary-xx-town-2012", 1, 1],
  // eighty-first and eighty-second batches: the eighth session's first closing sample, scored once, unseen, at 2a9db11 (pooled F1 0.730, comparator 0.80, year 0.99, kind 0.73)
  ["plan ningbo city 2014 (0.84)", "plan-ningbo-city-2014", 0.89, 1],
  ["plan xx district 2013 (0.78)", "plan-xx-district-2013", 0.77, 1],
  ["report jianchuan county 2012 news (1.00)", "report-jianchuan-county-2012-news", 1, 1],
  ["report tainan city 2023 news trad (0.55)", "report-tainan-city-2023-news-trad", 0.72, 1],
  ["stats xx city undated (1.00)", "stats-xx-city-undated", 1, 1],
  ["summary chongyi county undated (0.16)", "summary-chongyi-county-undated", 0.55, 0.71],
  ["summary xx county 2017 (0.84)", "summary-xx-county-2017", 0.84, 1],
  ["fyp anhui province c2016 news trad (1.00)", "fyp-anhui-province-c2016-news-trad", 1, 0.87],
  ["minsheng xx city 2020 news (0.64)", "minsheng-xx-city-2020-news", 0.63, 0.43],
  ["plan fengdu county 2018 news (1.00)", "plan-fengdu-county-2018-news", 1, 0.93],
  // agreement floor lowered (fifteenth session): 占地面积 is no share stated with 占; this story's site areas were read as actual only by that slip, while the story itself is still read as a plan (left open)
  ["report kaifu district 2022 news trad (1.00)", "report-kaifu-district-2022-news-trad", 1, 0.25],
  ["school luliang school 2015 (0.46)", "school-luliang-school-2015", 0.57, 0.43],
  ["speech ankang city c2022 (0.95)", "speech-ankang-city-c2022", 1, 0.89],
  ["summary minhe county 2023 (0.88)", "summary-minhe-county-2023", 0.87, 1],
  // eighty-third and eighty-fourth batches: the eighth session's final sample, scored once, unseen, at 38c0f97 and a3eabca (pooled F1 0.814, comparator 0.88, year 0.99, kind 0.76)
  ["fyp lincang city 2022 (0.95)", "fyp-lincang-city-2022", 0.95, 1],
  ["plan harbin city 2015 news (0.98)", "plan-harbin-city-2015-news", 0.97, 1],
  ["plan langfang city 2017 news trad (0.94)", "plan-langfang-city-2017-news-trad", 0.93, 0.59],
  ["plan linquan county 2020 (1.00)", "plan-linquan-county-2020", 1, 0.55],
  // money named by its deed now matches more figures under “十三五”期间, whose year (the period's end) the labels leave null
  ["report baotou city c2020 (0.65)", "report-baotou-city-c2020", 0.9, 0.2],
  ["report fenyi county 2020 news (0.86)", "report-fenyi-county-2020-news", 0.95, 1],
  ["report huidong county 2020 (0.67)", "report-huidong-county-2020", 0.66, 1],
  ["plan sanya city 2023 news trad (0.95)", "plan-sanya-city-2023-news-trad", 0.94, 1],
  ["plan xian city 2016 news (0.83)", "plan-xian-city-2016-news", 0.83, 1],
  ["plan xinshi district 2015 news (0.72)", "plan-xinshi-district-2015-news", 0.88, 0.94], // 平方米 for ㎡ matches six more figures
  ["report nanning city 2016 news (0.78)", "report-nanning-city-2016-news", 0.86, 0.79],
  ["report qinghai province 2018 news (0.86)", "report-qinghai-province-2018-news", 0.85, 1],
  ["report qiyang county 2017 news (0.83)", "report-qiyang-county-2017-news", 0.83, 0.79],
  ["stats ningxia region 2015 news (0.94)", "stats-ningxia-region-2015-news", 0.93, 1],
  // ninth session (2026-12-03): batches 85-99, first unseen runs in brackets (scored at the HEAD of the moment, see SOURCES.md)
  ["report guangxi region 2015 news (0.61)", "report-guangxi-region-2015-news", 0.9, 1],
  ["report hengxian county 2018 news (0.92)", "report-hengxian-county-2018-news", 0.91, 1],
  ["report jianchang county 2020 news (0.97)", "report-jianchang-county-2020-news", 0.96, 1],
  ["report yunnan province 2019 news trad (0.65)", "report-yunnan-province-2019-news-trad", 0.7, 0.82],
  ["summary haicang district 2022 (0.94)", "summary-haicang-district-2022", 0.94, 0.87],
  ["summary haicang district 2024 (0.97)", "summary-haicang-district-2024", 0.96, 0.92],
  ["plan changsha city 2023 news (1.00)", "plan-changsha-city-2023-news", 1, 0.93],
  ["plan jiangxia district 2022 news (0.64)", "plan-jiangxia-district-2022-news", 0.71, 0.66],
  ["plan zhejiang province 2023 news (0.95)", "plan-zhejiang-province-2023-news", 0.94, 0.94],
  ["points guangzhou city 2024 (0.50)", "points-guangzhou-city-2024", 0.83, 1],
  ["school ganzhou city 2023 news (0.88)", "school-ganzhou-city-2023-news", 0.87, 0.89],
  ["school wuhu school 2023 news trad (0.95)", "school-wuhu-school-2023-news-trad", 0.94, 0.77],
  ["fyp shaanxi province 2022 news (1.00)", "fyp-shaanxi-province-2022-news", 1, 1],
  ["fyp sichuan province 2017 news (0.89)", "fyp-sichuan-province-2017-news", 0.88, 1],
  ["review china national 2015 news (0.78)", "review-china-national-2015-news", 0.77, 0.87],
  ["review gansu province 2025 news trad (0.90)", "review-gansu-province-2025-news-trad", 0.89, 1],
  ["stats beijing city 2007 (1.00)", "stats-beijing-city-2007", 1, 1],
  ["stats henan province 2014 news (1.00)", "stats-henan-province-2014-news", 1, 0.89],
  ["minsheng pidu district 2020 news (1.00)", "minsheng-pidu-district-2020-news", 1, 0.92],
  ["minsheng yandu district 2021 news (0.85)", "minsheng-yandu-district-2021-news", 0.84, 1],
  ["plan yanbian prefecture 2023 news (1.00)", "plan-yanbian-prefecture-2023-news", 1, 1],
  ["plan zhengzhou city 2018 news trad (0.50)", "plan-zhengzhou-city-2018-news-trad", 0.49, 0.49],
  ["report henan province 2022 news (0.82)", "report-henan-province-2022-news", 0.82, 0.92],
  ["report shandong province 2019 news (1.00)", "report-shandong-province-2019-news", 1, 0],
  ["report zhonghe town 2018 (1.00)", "report-zhonghe-town-2018", 1, 1],
  ["school congjiang school undated trad (0.97)", "school-congjiang-school-undated-trad", 0.97, 1],
  ["school kuytun school 2013 news trad (1.00)", "school-kuytun-school-2013-news-trad", 1, 0.82],
  ["school nanning kindergarten 2020 news (0.80)", "school-nanning-kindergarten-2020-news", 0.79, 1],
  ["school siziwang school 2019 (0.88)", "school-siziwang-school-2019", 0.87, 1],
  ["school yiliang school 2012 news trad (0.63)", "school-yiliang-school-2012-news-trad", 0.63, 0.35],
  ["funds guangdong province 2022 news (0.78)", "funds-guangdong-province-2022-news", 0.88, 0.85],
  ["funds tangshan city 2025 news (1.00)", "funds-tangshan-city-2025-news", 1, 1],
  ["plan dalian zhongshan district 2022 news (1.00)", "plan-dalian-zhongshan-district-2022-news", 1, 0],
  ["report fuzhou city 2021 news trad (0.96)", "report-fuzhou-city-2021-news-trad", 0.96, 1],
  ["report hebei province 2018 news (1.00)", "report-hebei-province-2018-news", 1, 0.87],
  ["report taichung city 2025 news trad (0.75)", "report-taichung-city-2025-news-trad", 0.79, 0.49],
  ["report hubei province 2020 (0.95)", "report-hubei-province-2020", 0.94, 1],
  ["report jiangxi province 2016 (0.91)", "report-jiangxi-province-2016", 0.9, 1],
  ["report shaanxi province 2015 news (0.50)", "report-shaanxi-province-2015-news", 0.49, 1],
  ["report shaanxi province 2016 news (0.91)", "report-shaanxi-province-2016-news", 0.9, 0.7],
  ["report sichuan province c2018 news (0.60)", "report-sichuan-province-c2018-news", 0.59, 0.74],
  ["summary shucheng county 2020 (0.80)", "summary-shucheng-county-2020", 0.79, 0.42],
  ["fyp yunnan province c2022 (0.67)", "fyp-yunnan-province-c2022", 0.66, 1],
  // (its label keeps 30萬幼兒園學位 in a bare 万; the other labels of places, and the extractor now, count them in 万个)
  ["plan guangdong province 2018 news trad (0.93)", "plan-guangdong-province-2018-news-trad", 0.8, 0.66],
  ["plan guangxi region 2017 news (0.87)", "plan-guangxi-region-2017-news", 0.86, 0.91],
  ["plan shanghai city c2019 news (1.00)", "plan-shanghai-city-c2019-news", 1, 1],
  ["report fuzhou city 2018 news trad (1.00)", "report-fuzhou-city-2018-news-trad", 1, 1],
  ["report guangxi region c2022 news (0.88)", "report-guangxi-region-c2022-news", 0.87, 0.42],
  ["aid yilong county 2017 news (0.77)", "aid-yilong-county-2017-news", 0.76, 1],
  ["build hunan province 2020 news trad (0.96)", "build-hunan-province-2020-news-trad", 0.95, 0.93],
  ["exam hunan xx county 2016 news (0.57)", "exam-hunan-xx-county-2016-news", 0.9, 0.89],
  ["funds tibet region 2021 news trad (0.38)", "funds-tibet-region-2021-news-trad", 0.37, 1],
  ["school renshou county 2019 news (0.83)", "school-renshou-county-2019-news", 0.83, 0.39],
  ["stats guizhou province 2018 news (0.93)", "stats-guizhou-province-2018-news", 0.93, 1],
  ["fyp shenbei district c2021 (1.00)", "fyp-shenbei-district-c2021", 1, 1],
  ["plan cangnan county 2018 news (1.00)", "plan-cangnan-county-2018-news", 1, 0.29],
  ["plan luoyang city 2020 news (0.82)", "plan-luoyang-city-2020-news", 0.81, 1],
  ["plan shijiazhuang city 2022 news (0.63)", "plan-shijiazhuang-city-2022-news", 0.63, 1],
  ["points hedong district 2022 news (1.00)", "points-hedong-district-2022-news", 1, 1],
  ["report weifang city 2020 (0.70)", "report-weifang-city-2020", 0.7, 0.8],
  ["report dongxihu district 2020 news (0.78)", "report-dongxihu-district-2020-news", 0.77, 1],
  ["report hantai district 2016 news (0.79)", "report-hantai-district-2016-news", 0.78, 0.79],
  ["report hunan province 2018 news (0.46)", "report-hunan-province-2018-news", 0.66, 0.74],
  ["report tongan district 2017 news trad (0.95)", "report-tongan-district-2017-news-trad", 0.95, 0.9],
  ["report xindu district 2023 news (0.76)", "report-xindu-district-2023-news", 0.85, 0.88], // places counted by a deed after 将全面 match one more figure, whose year disagrees
  // agreement floor lowered (fifteenth session): 占地面积 is no share stated with 占; this story's site areas were read as actual only by that slip, while the story itself is still read as a plan (left open)
  ["report yifeng county 2023 news (0.86)", "report-yifeng-county-2023-news", 0.85, 0.33],
  ["budget hongkong sar 2019 news trad (0.36)", "budget-hongkong-sar-2019-news-trad", 0.57, 0.39],
  ["budget taiwan municipal 2025 news trad (0.10)", "budget-taiwan-municipal-2025-news-trad", 0.63, 0.88],
  ["build taiwan national c2016 news trad (0.82)", "build-taiwan-national-c2016-news-trad", 0.82, 1],
  ["report macao sar 2022 news trad (0.89)", "report-macao-sar-2022-news-trad", 0.88, 1],
  ["report taiwan national c2024 news trad (0.62)", "report-taiwan-national-c2024-news-trad", 0.62, 0.59],
  ["stats hongkong sar 2021 news trad (0.30)", "stats-hongkong-sar-2021-news-trad", 0.36, 1],
  ["report baiyin city 2020 news trad (0.89)", "report-baiyin-city-2020-news-trad", 0.88, 0],
  ["report liuzhou city 2022 news (0.80)", "report-liuzhou-city-2022-news", 0.79, 0.49],
  ["report yulin city 2022 news (0.70)", "report-yulin-city-2022-news", 0.78, 0.88],
  ["report zhaotong city 2024 (0.95)", "report-zhaotong-city-2024", 0.95, 1],
  ["speech chuxiong prefecture c2023 (0.61)", "speech-chuxiong-prefecture-c2023", 0.61, 0.79],
  ["summary xiangtan city 2018 news (0.86)", "summary-xiangtan-city-2018-news", 0.86, 0.87],
  ["aid wuhu city 2019 news (0.88)", "aid-wuhu-city-2019-news", 0.87, 1],
  ["aid yangzhou city 2015 news (0.55)", "aid-yangzhou-city-2015-news", 0.96, 1],
  ["enrol xuancheng city 2019 news trad (1.00)", "enrol-xuancheng-city-2019-news-trad", 1, 0.82],
  ["exam luzhou city 2019 news (0.85)", "exam-luzhou-city-2019-news", 0.84, 0.9],
  ["meal shijiazhuang city 2019 news (0.71)", "meal-shijiazhuang-city-2019-news", 0.7, 0.66],
  // (agreement 1 → 0.8: the figure matched once dates like 98年8月3日 stopped taking its place carries a kind the labels read otherwise)
  ["recruit guzhen county 2020 trad (0.89)", "recruit-guzhen-county-2020-trad", 1, 0.8],
  ["fyp jilin province c2016 (0.86)", "fyp-jilin-province-c2016", 0.85, 1],
  ["fyp neimenggu region 2017 (1.00)", "fyp-neimenggu-region-2017", 1, 0.85],
  ["fyp ningxia region 2021 trad (1.00)", "fyp-ningxia-region-2021-trad", 1, 0.41],
  ["fyp xinjiang region c2017 news (0.89)", "fyp-xinjiang-region-c2017-news", 0.88, 1],
  ["plan hainan province 2025 news (1.00)", "plan-hainan-province-2025-news", 1, 1],
  ["plan qinghai province 2021 news trad (0.83)", "plan-qinghai-province-2021-news-trad", 0.83, 0.82],
  // ninth session (2026-12-03): batches 100-102, the held-out final sample (places A-H, J-R, S-Z), first runs in brackets
  ["fyp chongqing city 2021 news (0.82)", "fyp-chongqing-city-2021-news", 0.81, 0.79],
  ["plan chengdu city 2018 news (0.89)", "plan-chengdu-city-2018-news", 0.88, 0.69],
  ["plan ezhou city c2016 news trad (0.50)", "plan-ezhou-city-c2016-news-trad", 0.83, 1],
  ["report hefei city 2019 enrolment news trad (0.67)", "report-hefei-city-2019-enrolment-news-trad", 0.66, 0.74],
  ["stats dongguan city 2013 (0.85)", "stats-dongguan-city-2013", 0.85, 1],
  ["summary foshan city c2013 (0.33)", "summary-foshan-city-c2013", 0.33, 1],
  ["fyp pingxiang city c2022 (1.00)", "fyp-pingxiang-city-c2022", 1, 0.19],
  ["plan nanjing city 2020 news (0.95)", "plan-nanjing-city-2020-news", 0.95, 1],
  ["points meishan city 2021 news (0.89)", "points-meishan-city-2021-news", 0.88, 0.24],
  ["report kunming city 2020 news trad (0.89)", "report-kunming-city-2020-news-trad", 0.88, 0.93],
  ["stats ningbo city 2019 (1.00)", "stats-ningbo-city-2019", 1, 1],
  ["summary rongcheng city c2024 (0.79)", "summary-rongcheng-city-c2024", 0.92, 1],
  // F1 floor lowered (fifteenth session): 所有县(市、区)通过…评估 is now a share of 100 %, one more record the labels, which counted the 全覆盖 after it, leave out
  ["fyp wenzhou city 2016 (0.81)", "fyp-wenzhou-city-2016", 0.78, 1],
  ["plan xian city 2019 news (1.00)", "plan-xian-city-2019-news", 1, 1],
  ["report wujiang district 2021 news (0.73)", "report-wujiang-district-2021-news", 0.72, 0.49],
  ["report wuxi city 2018 news (0.82)", "report-wuxi-city-2018-news", 0.81, 1],
  ["stats xiamen city 2023 news trad (0.88)", "stats-xiamen-city-2023-news-trad", 0.87, 1],
  ["summary wenzhou city 2024 (0.80)", "summary-wenzhou-city-2024", 0.79, 0.87],
  // Batches 103–114 (tenth session): first unseen F1 in brackets; their floors are the score at this commit
  ["fyp shaanxi province 2017 (0.00)", "fyp-shaanxi-province-2017", 1, 0.96],
  ["fyp sichuan province c2011 news trad (0.93)", "fyp-sichuan-province-c2011-news-trad", 1, 0.85],
  ["fyp yunnan province c2016 news (0.82)", "fyp-yunnan-province-c2016-news", 0.81, 1],
  ["plan guizhou province 2022 news trad (0.86)", "plan-guizhou-province-2022-news-trad", 0.85, 0.85],
  ["plan lanzhou city 2025 news (0.81)", "plan-lanzhou-city-2025-news", 0.93, 0.82],
  ["plan qinghai province 2019 news (0.95)", "plan-qinghai-province-2019-news", 0.94, 0.89],
  ["report jinghai district 2023 (0.80)", "report-jinghai-district-2023", 0.88, 1],
  ["report shuangtaizi district 2023 trad (0.61)", "report-shuangtaizi-district-2023-trad", 1, 1],
  ["report yimei district 2023 (0.93)", "report-yimei-district-2023", 0.92, 1],
  ["summary hohhot city 2022 news trad (0.86)", "summary-hohhot-city-2022-news-trad", 0.85, 0.89],
  ["summary jinan city 2024 news (1.00)", "summary-jinan-city-2024-news", 1, 0.82],
  ["summary qianxi county 2024 news (1.00)", "summary-qianxi-county-2024-news", 1, 0.79],
  ["minsheng hunan province 2026 news trad (1.00)", "minsheng-hunan-province-2026-news-trad", 1, 0.89],
  ["plan longxu district 2023 news trad (1.00)", "plan-longxu-district-2023-news-trad", 1, 0.82],
  ["plan meilan district 2025 news (1.00)", "plan-meilan-district-2025-news", 1, 0.7],
  ["plan nanchang city 2023 news (1.00)", "plan-nanchang-city-2023-news", 1, 0.74],
  ["plan shenzhen city 2024 news trad (1.00)", "plan-shenzhen-city-2024-news-trad", 1, 1],
  ["points quanzhou city 2024 news trad (0.91)", "points-quanzhou-city-2024-news-trad", 0.9, 1],
  ["fyp fuliang county 2023 (1.00)", "fyp-fuliang-county-2023", 1, 1],
  ["fyp loudi city c2022 trad (0.77)", "fyp-loudi-city-c2022-trad", 0.86, 1],
  ["plan shanxi province 2021 news (0.80)", "plan-shanxi-province-2021-news", 0.79, 1],
  ["points huangshi city 2024 (0.91)", "points-huangshi-city-2024", 0.9, 1],
  ["summary huoqiu county 2024 trad (1.00)", "summary-huoqiu-county-2024-trad", 1, 1],
  ["summary taiyuan city 2021 news trad (0.74)", "summary-taiyuan-city-2021-news-trad", 0.82, 0.75],
  ["plan guangzhou city 2023 news (0.61)", "plan-guangzhou-city-2023-news", 0.6, 0.77],
  ["plan licheng district 2025 news trad (1.00)", "plan-licheng-district-2025-news-trad", 1, 0.49],
  ["school putuo school 2021 (0.92)", "school-putuo-school-2021", 0.92, 1],
  ["school putuo school 2025 (1.00)", "school-putuo-school-2025", 1, 1],
  ["summary beilun district 2022 (0.67)", "summary-beilun-district-2022", 0.9, 1],
  ["summary tianning district 2021 (0.80)", "summary-tianning-district-2021", 1, 1],
  ["report kinmen county 2025 news trad (0.83)", "report-kinmen-county-2025-news-trad", 0.83, 1],
  ["stats qingtian county 2020 (0.69)", "stats-qingtian-county-2020", 1, 1],
  ["stats shaoxing city 2020 news trad (0.56)", "stats-shaoxing-city-2020-news-trad", 0.37, 1],
  ["stats xx county 2021 (0.89)", "stats-xx-county-2021", 0.97, 1],
  ["stats xx county 2022 (0.31)", "stats-xx-county-2022", 0.98, 1],
  ["stats yunlin county 2024 news trad (0.10)", "stats-yunlin-county-2024-news-trad", 0.19, 1],
  ["stats gansu province 2017 news trad (0.86)", "stats-gansu-province-2017-news-trad", 0.93, 0.82],
  ["stats guiding county 2022 (0.81)", "stats-guiding-county-2022", 0.96, 1],
  ["stats mouding county 2022 (0.58)", "stats-mouding-county-2022", 0.97, 1],
  ["stats wulong district 2021 (0.03)", "stats-wulong-district-2021", 0.55, 0.97],
  ["stats xxdb county 2022 (1.00)", "stats-xxdb-county-2022", 1, 1],
  ["meeting shenzhen city 2021 news (0.67)", "meeting-shenzhen-city-2021-news", 0.71, 1],
  ["report haidian district 2021 news trad (1.00)", "report-haidian-district-2021-news-trad", 1, 0.49],
  ["report linyi city 2023 news (0.83)", "report-linyi-city-2023-news", 0.82, 0.83],
  ["report longhua district 2020 news (1.00)", "report-longhua-district-2020-news", 1, 1],
  ["speech fuzhoujx city c2018 (1.00)", "speech-fuzhoujx-city-c2018", 1, 1],
  ["speech xx county 2019 (0.68)", "speech-xx-county-2019", 0.94, 1],
  ["plan anhui province 2024 news (0.75)", "plan-anhui-province-2024-news", 0.74, 1],
  ["plan fuzhou city 2022 news trad (0.90)", "plan-fuzhou-city-2022-news-trad", 0.89, 0.94],
  ["plan hebei province 2020 news trad (0.73)", "plan-hebei-province-2020-news-trad", 0.9, 0.79],
  ["plan jiangxi province 2018 news (1.00)", "plan-jiangxi-province-2018-news", 1, 0.8],
  ["plan ningxia region 2018 news (0.89)", "plan-ningxia-region-2018-news", 0.88, 1],
  ["plan shenzhen city 2022 highschools news trad (1.00)", "plan-shenzhen-city-2022-highschools-news-trad", 1, 0.7],
  ["report guangxi region c2017 news trad (0.93)", "report-guangxi-region-c2017-news-trad", 0.93, 1],
  ["report xinjiang region 2018 news trad (0.44)", "report-xinjiang-region-2018-news-trad", 0.58, 0.71],
  ["school wuning school c2021 (0.67)", "school-wuning-school-c2021", 0.66, 1],
  ["summary xx district c2018 (0.86)", "summary-xx-district-c2018", 0.85, 1],
  ["summary yingshan county 2023 (0.91)", "summary-yingshan-county-2023", 0.9, 1],
  ["summary zhongxian county 2022 news (0.80)", "summary-zhongxian-county-2022-news", 0.79, 1],
  ["plan xian city 2021 news (0.92)", "plan-xian-city-2021-news", 0.91, 1],
  ["plan xining city 2023 news (0.91)", "plan-xining-city-2023-news", 0.9, 1],
  ["report lishui city 2024 (0.83)", "report-lishui-city-2024", 1, 1],
  ["report lixin county 2021 news (0.87)", "report-lixin-county-2021-news", 0.86, 1],
  ["report xingan county 2023 news trad (0.80)", "report-xingan-county-2023-news-trad", 1, 1],
  ["report zhengzhou city 2022 news trad (0.98)", "report-zhengzhou-city-2022-news-trad", 0.97, 0.76],
  ["plan maanshan city c2021 news (0.83)", "plan-maanshan-city-c2021-news", 0.9, 1],
  ["plan qingdao city 2022 news trad (1.00)", "plan-qingdao-city-2022-news-trad", 1, 0.68],
  ["points xiangxi prefecture 2025 (0.92)", "points-xiangxi-prefecture-2025", 0.92, 1],
  // Eleventh session: batch 109's 武汉 table, its 其中 sub-columns printed after all the others
  ["stats wuhan city 2018 (0.00)", "stats-wuhan-city-2018", 1, 1],
  // Batches 115–126 (eleventh session): first unseen F1 in brackets; their floors are the score at this commit
  ["plan shenqiu county undated news (0.67)", "plan-shenqiu-county-undated-news", 0.66, 0.19],
  ["report yunnan province 2025 (0.94)", "report-yunnan-province-2025", 0.94, 0.69],
  ["school fengqiu school 2021 (1.00)", "school-fengqiu-school-2021", 1, 1],
  ["summary jiangxi xx city 2025 (0.75)", "summary-jiangxi-xx-city-2025", 1, 1],
  // one more figure matched (schools named by what they carry out), of a kind the labels read otherwise
  ["summary nanjiang county c2018 (0.80)", "summary-nanjiang-county-c2018", 0.84, 0.23],
  ["summary shandong xx county 2024 (0.86)", "summary-shandong-xx-county-2024", 1, 0.82],
  ["summary suixi county 2024 (0.87)", "summary-suixi-county-2024", 0.91, 0.9],
  ["summary yuhuan city 2019 (0.93)", "summary-yuhuan-city-2019", 1, 1],
  ["fyp lanling county c2021 (0.87)", "fyp-lanling-county-c2021", 0.9, 1],
  ["fyp xiangyang city c2021 trad (1.00)", "fyp-xiangyang-city-c2021-trad", 1, 1],
  ["fyp xuzhou city 2021 news (0.94)", "fyp-xuzhou-city-2021-news", 0.93, 1],
  ["report china national 2020 news trad (1.00)", "report-china-national-2020-news-trad", 1, 0.92],
  ["review anhui province c2021 news trad (0.67)", "review-anhui-province-c2021-news-trad", 0.66, 0],
  ["review china national 2020 news trad (1.00)", "review-china-national-2020-news-trad", 1, 0.9],
  ["report china national 2007 (0.73)", "report-china-national-2007", 0.78, 1],
  ["report chongqing city 2026 (0.71)", "report-chongqing-city-2026", 0.85, 0],
  ["report fujian province 2025 (1.00)", "report-fujian-province-2025", 1, 1],
  ["report guizhou province 2026 (1.00)", "report-guizhou-province-2026", 1, 0.17],
  ["report hailar district 2019 (0.80)", "report-hailar-district-2019", 1, 0],
  ["report ningxia province 2025 (1.00)", "report-ningxia-province-2025", 1, 1],
  ["report hainan province 2024 news (1.00)", "report-hainan-province-2024-news", 1, 1],
  ["report shaanxi province 2024 news trad (0.67)", "report-shaanxi-province-2024-news-trad", 1, 1],
  ["report wusu city 2016 news (0.82)", "report-wusu-city-2016-news", 1, 1],
  ["report xinjiang region 2017 news (0.67)", "report-xinjiang-region-2017-news", 0.66, 0.49],
  ["summary changzhou xx city 2023 (0.75)", "summary-changzhou-xx-city-2023", 0.74, 1],
  ["summary wengan county 2018 (1.00)", "summary-wengan-county-2018", 1, 1],
  ["report china national 2013 (0.42)", "report-china-national-2013", 0.66, 1],
  ["report guangdong province 2026 (0.63)", "report-guangdong-province-2026", 0.84, 1],
  ["report hailar district 2016 (1.00)", "report-hailar-district-2016", 1, 1],
  ["report hainan province 2026 (0.88)", "report-hainan-province-2026", 0.87, 1],
  ["report liaoning province 2025 (0.96)", "report-liaoning-province-2025", 0.95, 1],
  ["report shanxi province 2026 (0.76)", "report-shanxi-province-2026", 0.76, 1],
  ["school enping school 2015 news (0.73)", "school-enping-school-2015-news", 0.73, 0.85],
  ["school fengxin kindergarten 2015 (0.40)", "school-fengxin-kindergarten-2015", 0.66, 1],
  ["school laiwu school 2022 (0.83)", "school-laiwu-school-2022", 0.83, 0.59],
  ["school shangluo school c2016 (0.94)", "school-shangluo-school-c2016", 0.94, 1],
  ["school songzi kindergarten c2016 trad (0.86)", "school-songzi-kindergarten-c2016-trad", 0.85, 1],
  ["school wujin school 2017 (0.89)", "school-wujin-school-2017", 1, 0.49],
  ["budget chiayi county 2019 trad (0.91)", "budget-chiayi-county-2019-trad", 0.9, 1],
  ["plan macao sar 2018 news trad (0.29)", "plan-macao-sar-2018-news-trad", 0.28, 0.32],
  ["report hongkong sar 2023 trad (0.89)", "report-hongkong-sar-2023-trad", 0.88, 0.74],
  ["report yunlin county 2025 news trad (0.83)", "report-yunlin-county-2025-news-trad", 0.83, 0.59],
  ["review taiwan national 2025 trad (1.00)", "review-taiwan-national-2025-trad", 1, 0],
  ["stats hongkong sar c2023 news trad (0.15)", "stats-hongkong-sar-c2023-news-trad", 0.38, 0.24],
  ["plan macao sar 2023 news trad (1.00)", "plan-macao-sar-2023-news-trad", 1, 1],
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["report hongkong sar 2025 news trad (0.36)", "report-hongkong-sar-2025-news-trad", 0.72, 0.5],
  // (7600顆 is read now, its year 2024 from the sentence where the label has none)
  ["report tainan city 2025 news trad (0.61)", "report-tainan-city-2025-news-trad", 0.66, 0.66],
  ["report taiwan national 2024 news trad (0.88)", "report-taiwan-national-2024-news-trad", 0.87, 0.56],
  ["report taiwan national 2025 kindergartens news trad (0.44)", "report-taiwan-national-2025-kindergartens-news-trad", 0.85, 0.83],
  ["stats hongkong sar c2020 news trad (0.61)", "stats-hongkong-sar-c2020-news-trad", 0.61, 0.13],
  ["budget china national 1956 (0.52)", "budget-china-national-1956", 0.6, 0.89],
  ["plan sichuan province c2011 (0.74)", "plan-sichuan-province-c2011", 0.79, 1],
  ["report chongqing city 2025 (0.83)", "report-chongqing-city-2025", 0.83, 1],
  ["report gansu province 2026 (1.00)", "report-gansu-province-2026", 1, 0.82],
  // one more figure matched (高达 out of its name), whose kind the text's news tense leaves open
  // agreement floor lowered, F1 floor raised (fifteenth session): a bare 万 before people is now 万人 and matches one more labelled record, whose kind the output does not share
  ["report ningbo city 2014 news (0.76)", "report-ningbo-city-2014-news", 0.84, 0.72],
  ["summary pingtan county 2024 (0.89)", "summary-pingtan-county-2024", 0.89, 0.95],
  ["summary pingtan county 2022 (0.93)", "summary-pingtan-county-2022", 0.95, 1],
  ["report china national 2009 (0.67)", "report-china-national-2009", 0.81, 1],
  ["report hubei province 2025 (0.88)", "report-hubei-province-2025", 0.87, 1],
  ["report jiangxi province 2025 (0.95)", "report-jiangxi-province-2025", 0.94, 0.88],
  ["report qinghai province 2026 (1.00)", "report-qinghai-province-2026", 1, 1],
  ["report sichuan province 2025 (0.93)", "report-sichuan-province-2025", 0.96, 1],
  ["report zhejiang province 2026 (0.96)", "report-zhejiang-province-2026", 0.95, 1],
  // Batches 128–133 (twelfth session): summaries, a 十四五 table, statistics bulletins, budgets and self-evaluations, county government reports, school quality reports
  ["school fenggang school 2022 (0.81)", "school-fenggang-school-2022", 0.97, 1],
  ["summary huoqiu county 2022 (0.69)", "summary-huoqiu-county-2022", 1, 1],
  ["summary shaoyang city 2022 (0.37)", "summary-shaoyang-city-2022", 1, 0.96],
  ["summary wuhan city 2023 (1.00)", "summary-wuhan-city-2023", 1, 1],
  ["fyp pingtan county 2022 (1.00)", "fyp-pingtan-county-2022", 1, 1],
  ["stats chengdu city 2021 (0.86)", "stats-chengdu-city-2021", 0.85, 1],
  ["stats hongkong sar c2021 news trad (0.18)", "stats-hongkong-sar-c2021-news-trad", 0.49, 1],
  ["stats hualien county 2018 news trad (0.50)", "stats-hualien-county-2018-news-trad", 0.49, 1],
  ["stats kunming city 2022 news trad (0.97)", "stats-kunming-city-2022-news-trad", 0.97, 1],
  ["stats shenzhen city 2022 (0.93)", "stats-shenzhen-city-2022", 0.92, 1],
  ["budget fenyang county 2018 (0.88)", "budget-fenyang-county-2018", 0.88, 0.71],
  ["budget huangshi school 2023 (0.96)", "budget-huangshi-school-2023", 0.95, 0.49],
  ["perf changning school 2023 (1.00)", "perf-changning-school-2023", 1, 1],
  ["report china national 2025 news trad (0.70)", "report-china-national-2025-news-trad", 0.85, 1],
  ["report xx district c2015 (0.75)", "report-xx-district-c2015", 0.74, 1],
  ["stats qingtian county 2022 (0.98)", "stats-qingtian-county-2022", 0.98, 0.96],
  ["report hailar district 2017 (0.73)", "report-hailar-district-2017", 0.72, 1],
  ["report huarong district 2026 news trad (0.80)", "report-huarong-district-2026-news-trad", 0.79, 1],
  ["quality changshu college 2019 (0.88)", "quality-changshu-college-2019", 0.87, 0.82],
  ["quality daqing city 2016 news (0.84)", "quality-daqing-city-2016-news", 0.84, 1],
  ["quality guangyuan school 2018 (1.00)", "quality-guangyuan-school-2018", 1, 0.57],
  ["quality qishan school 2017 (1.00)", "quality-qishan-school-2017", 1, 1],
  ["quality weiyuan school 2021 (1.00)", "quality-weiyuan-school-2021", 1, 1],
  ["report taichung college c2022 trad (0.60)", "report-taichung-college-c2022-trad", 0.59, 0.49],
  // Batches 134–135 (twelfth session): 三明's 2026 要点 and 十四五 goals from a GitHub crawl; Taiwan and Hong Kong plans and results in the press
  ["fyp sanming city 2021 (0.62)", "fyp-sanming-city-2021", 1, 1],
  ["points sanming city 2026 (0.74)", "points-sanming-city-2026", 0.88, 0.87],
  ["budget hongkong sar 2024 news trad (0.93)", "budget-hongkong-sar-2024-news-trad", 0.93, 0.49],
  ["plan hongkong sar 2022 news trad (0.42)", "plan-hongkong-sar-2022-news-trad", 0.58, 0.85],
  ["plan taoyuan city 2018 news trad (0.61)", "plan-taoyuan-city-2018-news-trad", 0.76, 0.83],
  ["plan yunlin county 2026 news trad (0.64)", "plan-yunlin-county-2026-news-trad", 0.63, 0.28],
  ["report miaoli county 2025 news trad (0.73)", "report-miaoli-county-2025-news-trad", 0.72, 0.62],
  ["summary taipei city 2025 news trad (0.88)", "summary-taipei-city-2025-news-trad", 0.87, 0.35],
  // Batches 136–137 (twelfth session): 三明's yearly greetings reviewing the year and its school building; Taiwan and Macao budgets, council replies and columns
  ["report jiangle county 2022 news (0.73)", "report-jiangle-county-2022-news", 1, 1],
  ["report sanming city 2021 news (0.55)", "report-sanming-city-2021-news", 0.61, 0.55],
  // its lines joined, 预计新增追加…7000万元 is read, as a plan's sum; the label reads it as done
  ["summary sanming city 2022 news (0.67)", "summary-sanming-city-2022-news", 0.79, 0.96],
  ["summary sanming city 2023 news (0.88)", "summary-sanming-city-2023-news", 0.88, 1],
  ["summary sanming city 2024 news (0.90)", "summary-sanming-city-2024-news", 0.9, 1],
  ["summary sanming city 2025 news (0.89)", "summary-sanming-city-2025-news", 1, 0.62],
  // agreement floor lowered, F1 floor raised (fourteenth session): a bare 亿 of a budget now read as money matches one more labelled record, whose comparator, year or kind the output does not share
  ["budget hsinchu county 2025 news trad (0.42)", "budget-hsinchu-county-2025-news-trad", 0.55, 0.55],
  ["budget taichung city 2026 news trad (0.50)", "budget-taichung-city-2026-news-trad", 0.59, 0.79],
  // agreement floor lowered, F1 floor raised (fourteenth session): a bare 亿 of a budget now read as money matches one more labelled record, whose comparator, year or kind the output does not share
  ["comment macao sar 2024 trad (0.21)", "comment-macao-sar-2024-trad", 0.41, 0.62],
  ["report kaohsiung city 2023 news trad (0.74)", "report-kaohsiung-city-2023-news-trad", 0.73, 0.43],
  ["report tainan city 2019 news trad (0.35)", "report-tainan-city-2019-news-trad", 0.66, 0.74],
  ["summary changhua county 2026 news trad (0.55)", "summary-changhua-county-2026-news-trad", 0.59, 0.33],
  // Batches 138–140 (twelfth session, scored last): a 局长 interview, a city 政府工作报告 and a 民生实事 list, national statistics news in traditional characters
  ["interview linli county 2024 news (0.80)", "interview-linli-county-2024-news", 0.85, 1],
  ["plan lanzhou city 2019 news (0.84)", "plan-lanzhou-city-2019-news", 0.84, 0.94],
  // (期望寿命79.82岁 is now read as a figure, and like the other 2020 figures of its review reads as a target)
  ["report sanming city 2021 (0.97)", "report-sanming-city-2021", 0.96, 0.79],
  ["stats china national 2023 news trad (0.96)", "stats-china-national-2023-news-trad", 0.95, 1],
  // Batch 141 (thirteenth session): a county bureau's half-year summary (re-uploaded), district news of 普及普惠 results
  ["report huangyan district 2025 news (0.95)", "report-huangyan-district-2025-news", 0.95, 1],
  ["summary boxing county 2023 (0.70)", "summary-boxing-county-2023", 0.69, 1],
  // Batches 142–143 (thirteenth session): Hong Kong, Taiwan and Macao texts in traditional characters (a 施政報告 progress table, a year-row budget table, a budget, a 立法會 reply, statistics); 莆田 政府工作报告, 为民办实事 lists and a 统计公报 from a crawl of its government site
  ["budget hongkong sar 2026 news trad (0.70)", "budget-hongkong-sar-2026-news-trad", 0.69, 0.24],
  ["plan taiwan national 2012 trad (0.73)", "plan-taiwan-national-2012-trad", 0.72, 0.49],
  ["reply hongkong sar c1999 trad (0.60)", "reply-hongkong-sar-c1999-trad", 0.59, 0.79],
  // (agreement 1 → 0.5: 1 130 名, read whole since a7c7568, is a commitment the labels call a target (>=) beside its
  // status in a progress table, which the output reads as done; the 1 180 名 of 約有 is labelled ~)
  ["report hongkong sar 1997 trad (0.22)", "report-hongkong-sar-1997-trad", 0.66, 0.5],
  ["report taiwan national c2014 trad (0.00)", "report-taiwan-national-c2014-trad", 1, 0.95],
  ["stats macao sar 2012 trad (1.00)", "stats-macao-sar-2012-trad", 1, 0.82],
  ["plan putian city 2023 news (1.00)", "plan-putian-city-2023-news", 1, 1],
  ["report putian city 2023 (0.92)", "report-putian-city-2023", 0.92, 1],
  ["report putian city 2024 (1.00)", "report-putian-city-2024", 1, 1],
  ["report putian city 2025 (1.00)", "report-putian-city-2025", 1, 1],
  ["stats putian city 2018 (1.00)", "stats-putian-city-2018", 1, 1],
  ["summary putian city 2022 news (1.00)", "summary-putian-city-2022-news", 1, 1],
  // Batches 144–145 (thirteenth session): 莆田 政府工作报告 (2016, 2020), a 教育局 press conference on reopening schools, a 统计公报; 台中 and 臺北 bureau reports and a budget reply, Hong Kong's 優質教育基金 figures, in traditional characters
  ["report putian city 2016 (1.00)", "report-putian-city-2016", 1, 1],
  ["report putian city 2020 (1.00)", "report-putian-city-2020", 1, 1],
  ["stats putian city 2017 (1.00)", "stats-putian-city-2017", 1, 1],
  ["summary putian city 2020 news (0.70)", "summary-putian-city-2020-news", 0.69, 0.44],
  ["budget taipei city 2022 trad (0.50)", "budget-taipei-city-2022-trad", 0.63, 0.55],
  ["report hongkong sar 2009 trad (0.94)", "report-hongkong-sar-2009-trad", 0.94, 0.39],
  ["report taichung city c2015 trad (0.67)", "report-taichung-city-c2015-trad", 0.66, 1],
  ["report taichung city c2022 news trad (0.78)", "report-taichung-city-c2022-news-trad", 0.82, 0.89],
  // Batches 146–147 (thirteenth session): 莆田 十四五 plan Q&A, a 2015 sample-survey bulletin, 政府工作报告 2019, 2021, 2022; news of 新北, 基隆, 嘉義市, 宜蘭 and Macao in traditional characters
  ["fyp putian city 2022 (1.00)", "fyp-putian-city-2022", 1, 1],
  ["report putian city 2019 (1.00)", "report-putian-city-2019", 1, 1],
  ["report putian city 2021 (1.00)", "report-putian-city-2021", 1, 1],
  ["report putian city 2022 (1.00)", "report-putian-city-2022", 1, 1],
  ["stats putian city 2015 (0.67)", "stats-putian-city-2015", 0.76, 1],
  ["report chiayi city c2020 news trad (0.47)", "report-chiayi-city-c2020-news-trad", 0.47, 0.24],
  ["report keelung city 2025 news trad (0.33)", "report-keelung-city-2025-news-trad", 0.41, 0.39],
  ["report macao sar 2011 news trad (0.63)", "report-macao-sar-2011-news-trad", 0.63, 0.3],
  // (228校需… now takes the measure before and is matched, with the kind a story of no date gives it)
  ["report newtaipei city 2024 news trad (0.50)", "report-newtaipei-city-2024-news-trad", 0.53, 0.4],
  ["report yilan county 2025 news trad (0.83)", "report-yilan-county-2025-news-trad", 1, 0.32],
  // Batches 148–149 (thirteenth session): news of 桃園, 高雄, 屏東, 彰化 and Hong Kong in traditional characters (new schools, public kindergartens, first-grade intakes); a 莆田 press conference on 双减, a new school, 中考 rules, 三明 measures for physical health
  // agreement floor lowered, F1 floor raised (fourteenth session): a bare 亿 of a budget now read as money matches one more labelled record, whose comparator, year or kind the output does not share
  ["plan kaohsiung city 2021 news trad (0.50)", "plan-kaohsiung-city-2021-news-trad", 0.59, 0.3],
  // (agreement 0.59 → 0.56: the four classes counts matched since names take 班级 carry kinds the news tense leaves open)
  ["plan taoyuan city 2026 news trad (0.46)", "plan-taoyuan-city-2026-news-trad", 0.68, 0.56],
  ["report pingtung county c2023 news trad (0.67)", "report-pingtung-county-c2023-news-trad", 0.66, 1],
  ["stats changhua county 2023 news trad (0.73)", "stats-changhua-county-2023-news-trad", 0.73, 0.61],
  ["stats hongkong sar 2025 news trad (0.57)", "stats-hongkong-sar-2025-news-trad", 0.57, 0.33],
  ["exam putian city 2023 news (0.55)", "exam-putian-city-2023-news", 0.66, 0.43],
  ["plan sanming city 2021 news (0.91)", "plan-sanming-city-2021-news", 0.9, 1],
  ["report putian city 2022 news (0.86)", "report-putian-city-2022-news", 0.85, 1],
  ["school xianyou county 2023 news (1.00)", "school-xianyou-county-2023-news", 1, 0.28],
  // Batch 150 (thirteenth session): news in traditional characters of Hong Kong's extra education money, Macao's fee subsidy, 南投 and 新竹縣 bureau figures, 教育部 on fees
  ["report hongkong sar 2018 news trad (0.95)", "report-hongkong-sar-2018-news-trad", 0.95, 0.49],
  ["report hsinchu county 2025 news trad (0.55)", "report-hsinchu-county-2025-news-trad", 0.54, 0.16],
  ["report nantou county 2025 news trad (0.75)", "report-nantou-county-2025-news-trad", 0.74, 0.66],
  ["report taiwan national 2026 news trad (0.43)", "report-taiwan-national-2026-news-trad", 0.43, 0.39],
  ["subsidy macao sar 2018 news trad (0.55)", "subsidy-macao-sar-2018-news-trad", 0.54, 0.32],
  // Batches 151–152 (thirteenth session): 三明's 2023 政府工作报告 and its 教改 news series (宁化, 泰宁, 三元); news of Hong Kong grants, 屏東, 嘉義縣, 基隆 and 臺北 in traditional characters
  ["report ninghua county 2022 news (0.92)", "report-ninghua-county-2022-news", 0.91, 0],
  ["report ninghua county 2023 news (0.94)", "report-ninghua-county-2023-news", 0.94, 0.62],
  ["report sanming city 2023 (0.73)", "report-sanming-city-2023", 0.72, 1],
  ["report sanyuan district 2022 news (0.70)", "report-sanyuan-district-2022-news", 0.7, 0.49],
  // (agreement 0.38 → 0.34: the two 省标 gaps matched since names take 高于省标 are planned in the output, done in the labels, as the text's other figures)
  ["report taining county 2022 news (0.80)", "report-taining-county-2022-news", 0.89, 0.34],
  ["plan keelung city 2025 news trad (0.57)", "plan-keelung-city-2025-news-trad", 0.57, 0.74],
  ["plan taipei city 2026 news trad (0.61)", "plan-taipei-city-2026-news-trad", 0.6, 0.56],
  ["report chiayi county 2009 news trad (0.71)", "report-chiayi-county-2009-news-trad", 0.74, 0.16],
  ["report pingtung county 2024 news trad (1.00)", "report-pingtung-county-2024-news-trad", 1, 0.07],
  ["subsidy hongkong sar 2025 news trad (0.50)", "subsidy-hongkong-sar-2025-news-trad", 0.49, 0.39],
  // Batches 153–156 (fourteenth session): 平潭 政府工作报告 2018–2025, 十四五 纲要, 统计公报, replies to proposals, 中招 lines; 莆田 reports 2011–2017; 明溪 feature; Taiwan, Hong Kong, Macao news
  ["fyp pingtan county 2021 (0.92)", "fyp-pingtan-county-2021", 0.92, 0.49],
  ["report pingtan county 2018 (1.00)", "report-pingtan-county-2018", 1, 0.19],
  ["report pingtan county 2019 (0.92)", "report-pingtan-county-2019", 0.92, 1],
  ["report pingtan county 2021 (0.83)", "report-pingtan-county-2021", 0.83, 1],
  ["report pingtan county 2023 (0.88)", "report-pingtan-county-2023", 0.87, 0.85],
  ["report pingtan county 2024 (0.94)", "report-pingtan-county-2024", 0.94, 1],
  ["report pingtan county 2025 (1.00)", "report-pingtan-county-2025", 1, 1],
  ["exam pingtan county 2026 (0.54)", "exam-pingtan-county-2026", 0.53, 0.37],
  ["reply pingtan county 2022 (0.77)", "reply-pingtan-county-2022", 0.76, 0.39],
  ["reply pingtan county 2025 (0.77)", "reply-pingtan-county-2025", 0.77, 0.63],
  ["stats pingtan county 2019 (0.92)", "stats-pingtan-county-2019", 0.92, 1],
  ["stats pingtan county 2021 (0.96)", "stats-pingtan-county-2021", 0.95, 1],
  ["stats pingtan county 2022 (1.00)", "stats-pingtan-county-2022", 1, 1],
  ["enrol hongkong sar 2025 news trad (0.44)", "enrol-hongkong-sar-2025-news-trad", 0.44, 0.13],
  ["meeting taipei city 2026 news trad (0.47)", "meeting-taipei-city-2026-news-trad", 0.47, 0.24],
  ["report macao sar c2016 news trad (0.67)", "report-macao-sar-c2016-news-trad", 0.66, 1],
  ["report newtaipei city 2019 news trad (0.59)", "report-newtaipei-city-2019-news-trad", 0.58, 0.49],
  ["subsidy penghu county 2019 trad (0.67)", "subsidy-penghu-county-2019-trad", 0.66, 0.66],
  ["report putian city 2011 (1.00)", "report-putian-city-2011", 1, 0.76],
  ["report putian city 2014 (1.00)", "report-putian-city-2014", 1, 0.87],
  ["report putian city 2015 (1.00)", "report-putian-city-2015", 1, 1],
  ["report putian city 2017 (0.84)", "report-putian-city-2017", 0.84, 0.92],
  ["school mingxi county 2022 news (0.74)", "school-mingxi-county-2022-news", 0.73, 0.42],
  // Batches 157–160 (fourteenth session): 平潭 统计公报 2016–2020, 十三五 纲要, 招生方案, 残疾人 plan; 三明 2020 report and 教改 features; 莆田 统计公报 2013/2016, a reply, county news; Taiwan, Hong Kong, Macao news
  ["enrol pingtan county 2015 (0.00)", "enrol-pingtan-county-2015", 0.59, 0.72],
  ["fyp pingtan county 2016 (0.88)", "fyp-pingtan-county-2016", 0.87, 1],
  ["plan pingtan county 2015 (0.27)", "plan-pingtan-county-2015", 0.63, 0.56],
  ["plan pingtan county 2022 (0.40)", "plan-pingtan-county-2022", 0.39, 0],
  ["stats pingtan county 2016 (0.92)", "stats-pingtan-county-2016", 0.92, 1],
  ["stats pingtan county 2018 (0.90)", "stats-pingtan-county-2018", 0.89, 1],
  ["stats pingtan county 2020 (1.00)", "stats-pingtan-county-2020", 1, 1],
  // (較上年度分別升4個百分點及6個百分點 is now named by the measure before and matched, with the
  // comparator and kind a story of no date gives it)
  ["alloc hongkong sar 2025 news trad (0.36)", "alloc-hongkong-sar-2025-news-trad", 0.42, 0.66],
  ["reply tainan city 2025 news trad (0.19)", "reply-tainan-city-2025-news-trad", 0.19, 0.49],
  ["report newtaipei city c2022 news trad (1.00)", "report-newtaipei-city-c2022-news-trad", 1, 0.59],
  ["subsidy macao sar 2026 news trad (0.25)", "subsidy-macao-sar-2026-news-trad", 0.24, 0],
  ["teachers kaohsiung city 2025 news trad (0.60)", "teachers-kaohsiung-city-2025-news-trad", 0.59, 0.49],
  ["teachers taichung city 2025 news trad (0.71)", "teachers-taichung-city-2025-news-trad", 0.7, 0.32],
  ["enrol sanyuan district 2022 news (1.00)", "enrol-sanyuan-district-2022-news", 1, 0.32],
  ["report datian county 2022 news (0.77)", "report-datian-county-2022-news", 0.76, 0.39],
  ["report jiangle county 2022 kindergartens news (0.92)", "report-jiangle-county-2022-kindergartens-news", 0.92, 0.53],
  ["report sanming city 2020 (0.85)", "report-sanming-city-2020", 0.84, 0.93],
  ["report sanming city 2022 news (0.76)", "report-sanming-city-2022-news", 0.75, 0.72],
  ["report yongan city 2022 news (0.84)", "report-yongan-city-2022-news", 0.84, 0.62],
  ["budget xianyou county 2022 news (1.00)", "budget-xianyou-county-2022-news", 1, 1],
  ["reply putian city 2022 (1.00)", "reply-putian-city-2022", 1, 0.18],
  ["stats putian city 2013 (0.96)", "stats-putian-city-2013", 0.96, 1],
  ["stats putian city 2016 (1.00)", "stats-putian-city-2016", 1, 1],
  ["summary chengxiang district 2022 news (0.89)", "summary-chengxiang-district-2022-news", 0.88, 1],
  // Batches 161–164 (fourteenth session): 三明 2018/2019 reports and 教改 features; 莆田 replies, 补短板 plan, autumn places by school, county news; Taiwan county news (花蓮, 嘉義, 宜蘭, 南投, 臺北, 新北); Hong Kong budget, replies, 教協; Macao subsidies and 公報
  ["report jiangle county 2022 myopia news (0.69)", "report-jiangle-county-2022-myopia-news", 0.69, 0.29],
  ["report sanming city 2018 (0.93)", "report-sanming-city-2018", 0.93, 1],
  ["report sanming city 2019 (1.00)", "report-sanming-city-2019", 1, 1],
  ["report sanyuan district 2022 family news (0.89)", "report-sanyuan-district-2022-family-news", 0.88, 1],
  ["school sanming kindergarten 2022 news (0.86)", "school-sanming-kindergarten-2022-news", 0.85, 0.57],
  ["school shaxian school 2022 news (0.96)", "school-shaxian-school-2022-news", 0.96, 1],
  ["school youxi school 2022 news (0.80)", "school-youxi-school-2022-news", 0.79, 1],
  ["plan putian city 2023 shortfall news (0.80)", "plan-putian-city-2023-shortfall-news", 0.79, 0.66],
  ["reply putian city 2022 childcare (0.60)", "reply-putian-city-2022-childcare", 0.59, 0.32],
  ["reply putian city 2022 labour (1.00)", "reply-putian-city-2022-labour", 1, 0.28],
  // agreement floor lowered, F1 floor raised (fourteenth session): a school named by itself (城关镇中心小学 kind no longer) now names its places, matching one more labelled record whose kind the output does not share
  ["report chengxiang district 2024 news (0.86)", "report-chengxiang-district-2024-news", 0.95, 0.59],
  // agreement floor lowered (fifteenth session): 占地面积 is no share stated with 占; this story's site areas were read as actual only by that slip, while the story itself is still read as a plan (left open)
  ["report hanjiang district 2023 news (0.88)", "report-hanjiang-district-2023-news", 0.88, 0.48],
  ["report licheng district 2024 news (1.00)", "report-licheng-district-2024-news", 1, 1],
  ["report putian city 2023 news (0.36)", "report-putian-city-2023-news", 0.36, 1],
  ["build nantou county 2018 news trad (0.87)", "build-nantou-county-2018-news-trad", 0.86, 0.69],
  ["build newtaipei city 2025 news trad (0.73)", "build-newtaipei-city-2025-news-trad", 0.72, 0.74],
  ["build yilan county 2025 news trad (0.67)", "build-yilan-county-2025-news-trad", 0.66, 0.59],
  ["report hualien county 2026 news trad (0.90)", "report-hualien-county-2026-news-trad", 0.89, 0.81],
  ["subsidy chiayi county 2026 news trad (0.84)", "subsidy-chiayi-county-2026-news-trad", 0.84, 0.62],
  ["teachers taipei city 2025 news trad (0.86)", "teachers-taipei-city-2025-news-trad", 0.85, 0.37],
  ["budget hongkong edb 2026 news trad (0.42)", "budget-hongkong-edb-2026-news-trad", 0.41, 0.16],
  ["comment hongkong sar 2013 trad (0.31)", "comment-hongkong-sar-2013-trad", 0.3, 0.66],
  ["question macao sar 2018 news trad (0.80)", "question-macao-sar-2018-news-trad", 0.79, 0.24],
  ["reply hongkong sar 2021 news trad (0.80)", "reply-hongkong-sar-2021-news-trad", 0.79, 1],
  ["subsidy macao sar 2013 trad (0.00)", "subsidy-macao-sar-2013-trad", 0, 0],
  ["subsidy macao sar c2007 news trad (0.44)", "subsidy-macao-sar-c2007-news-trad", 0.44, 0.49],
  // Batches 165–168 (fourteenth session): 三明 2026 report, 计划执行 reports 2025/2026, 教改 and sports news; 莆田 news of places, projects, tutoring, 公费师范生; Taiwan county news (南投, 嘉義市, 花蓮, 連江, 臺東, 新竹市); Hong Kong 教協, replies, population; Macao statistics and births
  ["report mingxi county 2022 sports news (0.92)", "report-mingxi-county-2022-sports-news", 0.92, 0.92],
  ["report qingliu county 2022 news (0.83)", "report-qingliu-county-2022-news", 0.82, 0.95],
  ["report sanming city 2025 devplan (0.89)", "report-sanming-city-2025-devplan", 0.88, 0.09],
  ["report sanming city 2026 devplan (1.00)", "report-sanming-city-2026-devplan", 1, 0.16],
  ["report sanming city 2026 (1.00)", "report-sanming-city-2026", 1, 1],
  ["report yongan city 2022 green news (0.83)", "report-yongan-city-2022-green-news", 0.83, 0],
  ["plan putian city 2020 normal news (0.89)", "plan-putian-city-2020-normal-news", 0.88, 0.72],
  ["plan putian city 2022 teachersday news (0.76)", "plan-putian-city-2022-teachersday-news", 0.75, 0.26],
  ["report putian city 2020 places news (0.76)", "report-putian-city-2020-places-news", 0.75, 0.78],
  ["report putian city 2021 projects news (0.98)", "report-putian-city-2021-projects-news", 0.98, 0.92],
  ["report putian city 2022 tutoring news (0.82)", "report-putian-city-2022-tutoring-news", 0.82, 0.85],
  ["report xianyou county 2023 tutoring news (0.67)", "report-xianyou-county-2023-tutoring-news", 0.66, 1],
  ["school putian school 2023 news (0.67)", "school-putian-school-2023-news", 0.66, 0.62],
  ["build lienchiang county 2016 news trad (0.20)", "build-lienchiang-county-2016-news-trad", 0.19, 1],
  ["staff hualien county 2026 news trad (0.55)", "staff-hualien-county-2026-news-trad", 0.54, 0],
  ["staff taitung county 2025 news trad (0.22)", "staff-taitung-county-2025-news-trad", 0.22, 1],
  ["summary hsinchu city 2026 news trad (0.73)", "summary-hsinchu-city-2026-news-trad", 0.72, 1],
  ["teachers chiayi city 2025 news trad (0.62)", "teachers-chiayi-city-2025-news-trad", 0.62, 0.19],
  ["teachers nantou county 2025 news trad (0.76)", "teachers-nantou-county-2025-news-trad", 0.75, 1],
  ["comment hongkong sar 2016 trad (0.38)", "comment-hongkong-sar-2016-trad", 0.38, 0.24],
  ["comment macao sar 2022 trad (0.36)", "comment-macao-sar-2022-trad", 0.35, 0.7],
  // agreement floor lowered, F1 floor raised (fourteenth session): K1 now kept in names matches more labelled records, one of whose year or kind the output does not share
  ["enrol macao sar 2024 news trad (0.53)", "enrol-macao-sar-2024-news-trad", 0.73, 0.85],
  ["reply hongkong sar 2024 news trad (0.51)", "reply-hongkong-sar-2024-news-trad", 0.51, 0],
  ["report hongkong edb 2021 news trad (0.00)", "report-hongkong-edb-2021-news-trad", 0.66, 0.75],
  ["stats macao sar 2016 news trad (0.93)", "stats-macao-sar-2016-news-trad", 0.92, 1],
  // Batches 169–170 (fourteenth session): 三明 计划执行 reports 2019–2024 and a 建宁 projects item; 莆田 news of 2020–2024 (teachers, awards, 中考 lines, 师范生, vocational places)
  ["report jianning county 2020 projects news (1.00)", "report-jianning-county-2020-projects-news", 1, 0],
  ["report sanming city 2019 devplan (0.75)", "report-sanming-city-2019-devplan", 0.74, 1],
  ["report sanming city 2020 devplan (0.93)", "report-sanming-city-2020-devplan", 0.93, 1],
  ["report sanming city 2021 devplan (1.00)", "report-sanming-city-2021-devplan", 1, 1],
  ["report sanming city 2022 devplan (1.00)", "report-sanming-city-2022-devplan", 1, 1],
  ["report sanming city 2023 devplan (1.00)", "report-sanming-city-2023-devplan", 1, 1],
  ["report sanming city 2024 devplan (0.80)", "report-sanming-city-2024-devplan", 0.79, 1],
  ["enrol putian city 2024 vocational news (0.85)", "enrol-putian-city-2024-vocational-news", 0.84, 0.49],
  ["exam putian city 2020 cutoff news (0.61)", "exam-putian-city-2020-cutoff-news", 0.61, 0.22],
  ["exam putian city 2021 cutoff news (0.81)", "exam-putian-city-2021-cutoff-news", 0.81, 0.45],
  ["plan putian city 2020 masters news (1.00)", "plan-putian-city-2020-masters-news", 1, 0.49],
  ["plan putian city 2021 normal news (0.95)", "plan-putian-city-2021-normal-news", 0.94, 1],
  ["report putian city 2020 awards news (0.94)", "report-putian-city-2020-awards-news", 0.94, 0.88],
  ["teachers putian city 2020 retired news (0.86)", "teachers-putian-city-2020-retired-news", 0.85, 0.13],
  // Batches 171–172 (fourteenth session): Taiwan county news (苗栗, 新竹縣 audit, 台東女中, 嘉義縣 intake, 臺南 solar, 屏東 kindergarten); Hong Kong population, 教協, a LegCo reply; Macao allowances, births, 2007 funding
  ["audit hsinchu county 2025 news trad (0.61)", "audit-hsinchu-county-2025-news-trad", 0.61, 0.66],
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["build taitung county 2025 news trad (0.46)", "build-taitung-county-2025-news-trad", 0.46, 0.33],
  ["energy tainan city 2025 news trad (0.53)", "energy-tainan-city-2025-news-trad", 0.53, 0],
  ["enrol chiayi county 2025 news trad (0.50)", "enrol-chiayi-county-2025-news-trad", 0.49, 0.85],
  ["preschool pingtung county c2022 news trad (0.00)", "preschool-pingtung-county-c2022-news-trad", 0.18, 0.5],
  ["teachers miaoli county 2025 news trad (0.46)", "teachers-miaoli-county-2025-news-trad", 0.46, 0.66],
  // F1 floor lowered (fourteenth session): a clause with no subject now takes the topic before it (调整金额, what it matches aside), so a range of the allowance is one more record, named otherwise than the label's 津贴
  ["allowance macao sar 2024 news trad (0.36)", "allowance-macao-sar-2024-news-trad", 0.33, 0.49],
  ["comment hongkong sar c2021 news trad (0.75)", "comment-hongkong-sar-c2021-news-trad", 0.74, 1],
  // agreement floor lowered, F1 floor raised (fourteenth session): K1 now kept in names matches more labelled records, one of whose year or kind the output does not share
  ["comment macao sar 2026 trad (0.17)", "comment-macao-sar-2026-trad", 0.33, 0.66],
  ["reply hongkong edb 2014 news trad (0.29)", "reply-hongkong-edb-2014-news-trad", 0.28, 1],
  ["report hongkong edb 2023 news trad (0.31)", "report-hongkong-edb-2023-news-trad", 0.3, 0.24],
  ["report macao sar 2007 news trad (0.55)", "report-macao-sar-2007-news-trad", 0.54, 0.32],
  // Batches 173–176 (fourteenth session): 三明市教育局 replies to 人大建议/政协提案 2017–2020; 莆田 中考 rules, admissions, teachers, bursaries; Taiwan county news (新竹縣/市, 高雄 intake, 臺北 solar, 彰化, 花蓮女中); Hong Kong and Macao works, replies, sub-degree places, allowances
  ["reply sanming city 2017 etiquette (1.00)", "reply-sanming-city-2017-etiquette", 1, 0.55],
  ["reply sanming city 2018 arts (0.95)", "reply-sanming-city-2018-arts", 0.95, 1],
  ["reply sanming city 2019 kindergartens (0.68)", "reply-sanming-city-2019-kindergartens", 0.67, 0.56],
  ["reply sanming city 2019 meilie (0.67)", "reply-sanming-city-2019-meilie", 0.66, 0.89],
  ["reply sanming city 2019 tutoring (0.81)", "reply-sanming-city-2019-tutoring", 0.81, 1],
  ["reply sanming city 2020 safety (0.60)", "reply-sanming-city-2020-safety", 0.59, 0.77],
  ["enrol putian college 2020 admissions news (1.00)", "enrol-putian-college-2020-admissions-news", 1, 0.62],
  ["enrol putian university 2022 quota news (0.85)", "enrol-putian-university-2022-quota-news", 0.84, 0.7],
  ["exam putian city 2021 scoring news (0.86)", "exam-putian-city-2021-scoring-news", 0.85, 0.08],
  ["plan putian city 2021 appraisal news (0.88)", "plan-putian-city-2021-appraisal-news", 0.87, 1],
  ["report putian city 2023 bursary news (1.00)", "report-putian-city-2023-bursary-news", 1, 1],
  ["teachers putian city 2021 workforce news (0.86)", "teachers-putian-city-2021-workforce-news", 0.85, 1],
  ["build changhua county 2026 news trad (0.82)", "build-changhua-county-2026-news-trad", 0.82, 0.77],
  // agreement floor lowered, F1 floor raised (fourteenth session): electricity in 度 and kWp now read match more labelled records, one of whose year the output does not share
  ["energy taipei city 2025 news trad (0.47)", "energy-taipei-city-2025-news-trad", 0.73, 0.7],
  ["enrol kaohsiung city 2025 news trad (0.48)", "enrol-kaohsiung-city-2025-news-trad", 0.47, 0.3],
  ["highschool hsinchu city 2026 news trad (0.59)", "highschool-hsinchu-city-2026-news-trad", 0.59, 0.49],
  ["rebuild hualien county 2025 news trad (0.67)", "rebuild-hualien-county-2025-news-trad", 0.66, 0.74],
  ["teachers hsinchu county 2025 news trad (0.53)", "teachers-hsinchu-county-2025-news-trad", 0.53, 0.87],
  ["allowance macao sar 2018 news trad (0.36)", "allowance-macao-sar-2018-news-trad", 0.36, 0],
  ["build hongkong edb 2014 news trad (0.73)", "build-hongkong-edb-2014-news-trad", 0.72, 0.49],
  ["comment hongkong sar 2019 news trad (0.62)", "comment-hongkong-sar-2019-news-trad", 0.62, 0.49],
  ["question macao sar c2025 news trad (0.59)", "question-macao-sar-c2025-news-trad", 0.58, 1],
  ["reply hongkong edb 2024 news trad (0.53)", "reply-hongkong-edb-2024-news-trad", 0.53, 0.74],
  ["report macao sar c2019 trad (0.60)", "report-macao-sar-c2019-trad", 0.59, 0.66],
  // Batches 178 and 180 (fourteenth session): 莆田 中考 rules, PE test, cut-off lines, 综合高中班, vocational news; Hong Kong university works and 小一 places, Macao inclusive education and the bureau's budgets
  ["enrol putian city 2025 comprehensive news (0.57)", "enrol-putian-city-2025-comprehensive-news", 0.57, 0.59],
  ["exam putian city 2020 pe news (0.38)", "exam-putian-city-2020-pe-news", 0.37, 0.66],
  ["exam putian city 2022 opening news (0.53)", "exam-putian-city-2022-opening-news", 0.52, 0.16],
  ["exam putian city 2025 cutoff news (0.93)", "exam-putian-city-2025-cutoff-news", 0.93, 0.37],
  ["report putian city 2022 vocational news (0.80)", "report-putian-city-2022-vocational-news", 0.79, 0.88],
  ["question macao sar c2024 news trad (0.33)", "question-macao-sar-c2024-news-trad", 0.33, 0],
  ["report hongkong universities 2009 news trad (0.67)", "report-hongkong-universities-2009-news-trad", 0.66, 1],
  ["report hongkong universities 2024 news trad (0.89)", "report-hongkong-universities-2024-news-trad", 0.88, 0.66],
  ["report macao dsej c2014 trad (0.57)", "report-macao-dsej-c2014-trad", 0.57, 1],
  ["stats hongkong sar c2017 news trad (0.80)", "stats-hongkong-sar-c2017-news-trad", 0.79, 0.42],
  // Batch 177 (fourteenth session): 三明市教育局 replies to proposals, 2018–2019 (family education, teachers, poverty counties, recruitment, rural teachers, training funds)
  ["reply sanming city 2018 family education (0.92)", "reply-sanming-city-2018-family-education", 0.92, 0.32],
  ["reply sanming city 2019 poverty counties (0.36)", "reply-sanming-city-2019-poverty-counties", 0.36, 0.24],
  ["reply sanming city 2019 recruitment (0.80)", "reply-sanming-city-2019-recruitment", 0.79, 0.49],
  // agreement floor lowered (fifteenth session): a reply to a proposal is now read as telling what was done; this one sets out measures under headings that read as tasks (全面加强师范生培养), which the labels call targets (left open)
  // (and again: 实施…计划, a programme named as a noun, no longer looks ahead — one more of its measures is read as done)
  ["reply sanming city 2019 rural teachers (0.67)", "reply-sanming-city-2019-rural-teachers", 0.66, 0.63],
  // agreement floor lowered (fifteenth session): a reply to a proposal is now read as telling what was done; this one sets out measures under headings that read as tasks (全面加强师范生培养), which the labels call targets (left open)
  ["reply sanming city 2019 teachers (0.77)", "reply-sanming-city-2019-teachers", 0.76, 0.2],
  // longest median name 20, not 16 (fourteenth session): shares of a wage bill set by a standard (按教职工年度工资总额1.5%～2.5%的标准) are named by the whole clause; what they are shares for (培训经费) comes after them, which names do not yet reach
  ["reply sanming city 2019 training funds (0.67)", "reply-sanming-city-2019-training-funds", 0.66, 1, 20],
  // Batch 179 (fourteenth session): Taiwan county news (連江 intake, 高雄 small schools, 新竹市 建功, 南投 法治國小, 新竹縣 teachers' awards)
  ["build nantou county undated news trad (0.67)", "build-nantou-county-undated-news-trad", 0.66, 0],
  ["enrol lienchiang county 2024 news trad (0.61)", "enrol-lienchiang-county-2024-news-trad", 0.6, 0.37],
  ["expand hsinchu city c2023 news trad (0.60)", "expand-hsinchu-city-c2023-news-trad", 0.59, 1],
  ["schools kaohsiung city c2026 news trad (0.57)", "schools-kaohsiung-city-c2026-news-trad", 0.57, 0.66],
  ["teachers hsinchu county 2022 news trad (0.67)", "teachers-hsinchu-county-2022-news-trad", 0.66, 1],
  // Batches 181–186 (fifteenth session): bureau summaries (崆峒/原州 民族教育, 蚌埠, 辉县, a Xinjiang county, 景宁, 蒲城); plans as news (武汉, 柳州, 郑州, 吉林, 枣庄二中, 潮州); 十四五 reviews (泰州, 嵊州, 兴国), 福田 places, 河南 preschool plan, 常州; Taiwan, Hong Kong, Macao; passages of 政府工作报告 (国务院 2003/2008, 贵州, 广东, 新疆, 北京, 西藏, 海南, 福建) and 统计公报 (三明 2023, 莆田 2011, 平潭 2013)
  ["report huixian county duty 2014 (0.95)", "report-huixian-county-duty-2014", 0.94, 1.0],
  ["report xinjiang county free education 2018 (0.54)", "report-xinjiang-county-free-education-2018", 0.68, 0.42],
  ["report xx district ethnic c2016 (0.94)", "report-xx-district-ethnic-c2016", 0.94, 1.0],
  ["summary bengbu district 2021 (1.00)", "summary-bengbu-district-2021", 1.0, 0.0],
  ["summary jingning county 2019 (0.67)", "summary-jingning-county-2019", 0.66, 0.33],
  ["summary pucheng county 2015 news (0.91)", "summary-pucheng-county-2015-news", 0.9, 1.0],
  ["plan chaozhou city 2015 news (0.60)", "plan-chaozhou-city-2015-news", 0.6, 0.33],
  ["plan jilin province 2014 news trad (0.86)", "plan-jilin-province-2014-news-trad", 0.85, 0.75],
  ["plan liuzhou city 2019 news (0.74)", "plan-liuzhou-city-2019-news", 0.73, 1.0],
  ["plan wuhan city 2019 news (0.80)", "plan-wuhan-city-2019-news", 0.8, 0.69],
  ["plan zhengzhou city 2020 news (0.73)", "plan-zhengzhou-city-2020-news", 0.72, 0.75],
  ["school zaozhuang second middle 2022 (0.67)", "school-zaozhuang-second-middle-2022", 0.66, 0.5],
  ["fyp shengzhou city 2022 (1.00)", "fyp-shengzhou-city-2022", 1.0, 1.0],
  ["fyp taizhou city c2021 (0.74)", "fyp-taizhou-city-c2021", 0.74, 1.0],
  ["fyp xingguo county 2023 trad (0.93)", "fyp-xingguo-county-2023-trad", 0.93, 1.0],
  ["plan futian district 2020 news trad (1.00)", "plan-futian-district-2020-news-trad", 1.0, 1.0],
  ["plan henan preschool 2015 news (0.97)", "plan-henan-preschool-2015-news", 0.96, 0.7],
  ["review changzhou city 2026 news (1.00)", "review-changzhou-city-2026-news", 1.0, 1.0],
  ["budget taiwan moe 2026 news trad (0.71)", "budget-taiwan-moe-2026-news-trad", 0.7, 0.71],
  ["plan kaohsiung lunch 2026 news trad (0.00)", "plan-kaohsiung-lunch-2026-news-trad", 0.42, 1.0],
  ["reply hongkong teachers 2022 news trad (0.53)", "reply-hongkong-teachers-2022-news-trad", 0.52, 0.8],
  ["report tainan council 2025 news trad (0.44)", "report-tainan-council-2025-news-trad", 1.0, 1.0],
  // longest median name 17, not 16 (fifteenth session): a table written column after column (its row names, then the amounts, then the shares) is not read as a table, and what comes out of it is named by the report's long sentences (left open)
  ["report taiwan remote schools c2018 trad (0.10)", "report-taiwan-remote-schools-c2018-trad", 0.2, 0.0, 17],
  ["subsidy macao sar 2020 news trad (0.44)", "subsidy-macao-sar-2020-news-trad", 0.68, 0.09],
  ["livelihood guangdong province 2025 (0.89)", "livelihood-guangdong-province-2025", 0.88, 0.91],
  ["report beijing city 2026 (1.00)", "report-beijing-city-2026", 1.0, 1.0],
  ["report china national 2008 (0.71)", "report-china-national-2008", 0.7, 1.0],
  ["report guizhou province 2025 (0.97)", "report-guizhou-province-2025", 0.97, 1.0],
  ["report xinjiang region 2026 (0.88)", "report-xinjiang-region-2026", 0.87, 0.27],
  ["report xizang region 2026 (0.94)", "report-xizang-region-2026", 0.94, 1.0],
  ["report china national 2003 (0.89)", "report-china-national-2003", 0.88, 0.55],
  ["report fujian province 2026 (0.95)", "report-fujian-province-2026", 0.94, 1.0],
  ["report hainan province 2025 (0.90)", "report-hainan-province-2025", 0.9, 1.0],
  ["stats pingtan county 2013 (1.00)", "stats-pingtan-county-2013", 1.0, 0.86],
  ["stats putian city 2011 (0.90)", "stats-putian-city-2011", 0.9, 1.0],
  ["stats sanming city 2023 (0.96)", "stats-sanming-city-2023", 0.95, 0.26],
  // Batches 187–192 (fifteenth session): passages of provincial 政府工作报告 for 2025 and 2026 — reviews (山东, 江苏, 黑龙江, 四川, 广西, 陕西, 安徽, 天津, 山西, 辽宁) and tasks (湖南, 浙江, 吉林, 内蒙古, 宁夏, 甘肃, 河北, 河南, 云南, 黑龙江); 三明市教育局 replies of 2026; 莆田 and 平潭 统计公报 2012–2014; 泰宁, 宁化 and 三明 news
  ["livelihood hunan province 2025 (0.95)", "livelihood-hunan-province-2025", 0.95, 1.0],
  ["livelihood zhejiang province 2025 (0.84)", "livelihood-zhejiang-province-2025", 0.97, 1.0],
  ["report heilongjiang province 2025 (0.91)", "report-heilongjiang-province-2025", 0.91, 0.95],
  ["report jiangsu province 2025 (0.86)", "report-jiangsu-province-2025", 0.95, 1.0],
  ["report jilin province 2025 (0.80)", "report-jilin-province-2025", 0.8, 1.0],
  ["report shandong province 2025 (0.90)", "report-shandong-province-2025", 0.9, 1.0],
  ["livelihood neimenggu region 2026 (0.97)", "livelihood-neimenggu-region-2026", 0.97, 0.94],
  ["report gansu province 2025 (0.89)", "report-gansu-province-2025", 0.88, 0.93],
  ["report guangxi region 2026 (0.86)", "report-guangxi-region-2026", 0.85, 0.0],
  ["report ningxia region 2026 (1.00)", "report-ningxia-region-2026", 1.0, 0.88],
  ["report shaanxi province 2026 (1.00)", "report-shaanxi-province-2026", 1.0, 1.0],
  ["report sichuan province 2026 (0.88)", "report-sichuan-province-2026", 0.92, 1.0],
  // (增加学位 kept whole brings two more matches, one read as a target where the label has it done: kind 0.33 → 0.25)
  ["reply sanming city 2026 sanyuan (0.67)", "reply-sanming-city-2026-sanyuan", 0.88, 0.25],
  ["reply sanming city 2026 small classes (0.00)", "reply-sanming-city-2026-small-classes", 0.85, 1.0],
  ["report ninghua county 2020 projects news (0.71)", "report-ninghua-county-2020-projects-news", 0.71, 0.8],
  ["report pingtan county 2020 (0.86)", "report-pingtan-county-2020", 0.85, 0.66],
  ["stats putian city 2012 (0.93)", "stats-putian-city-2012", 0.92, 1.0],
  ["summary taining county 2023 news (0.93)", "summary-taining-county-2023-news", 0.93, 0.81],
  ["livelihood yunnan province 2025 (0.90)", "livelihood-yunnan-province-2025", 0.9, 1.0],
  ["report anhui province 2025 (0.91)", "report-anhui-province-2025", 0.9, 1.0],
  ["report hebei province 2025 (0.82)", "report-hebei-province-2025", 0.82, 1.0],
  ["report henan province 2025 (0.96)", "report-henan-province-2025", 0.96, 1.0],
  ["report shanxi province 2025 (0.80)", "report-shanxi-province-2025", 0.8, 0.3],
  ["report tianjin city 2025 (0.94)", "report-tianjin-city-2025", 0.94, 1.0],
  ["report anhui province 2026 (0.91)", "report-anhui-province-2026", 0.9, 0.85],
  ["report heilongjiang province 2026 (1.00)", "report-heilongjiang-province-2026", 1.0, 1.0],
  ["report hunan province 2026 (1.00)", "report-hunan-province-2026", 1.0, 1.0],
  ["report jilin province 2026 (0.93)", "report-jilin-province-2026", 0.93, 1.0],
  ["report liaoning province 2026 (0.88)", "report-liaoning-province-2026", 0.87, 1.0],
  ["report shandong province 2026 (0.93)", "report-shandong-province-2026", 0.92, 1.0],
  ["reply sanming city 2026 law education (0.80)", "reply-sanming-city-2026-law-education", 0.8, 0.35],
  ["reply sanming city 2026 recess (0.86)", "reply-sanming-city-2026-recess", 0.86, 0.76],
  ["reply sanming city 2026 vocational (0.95)", "reply-sanming-city-2026-vocational", 0.95, 0.47],
  ["report sanming city 2023 principals news (0.47)", "report-sanming-city-2023-principals-news", 0.47, 0.0],
  ["stats pingtan county 2014 (0.98)", "stats-pingtan-county-2014", 0.97, 1.0],
  ["stats putian city 2014 (1.00)", "stats-putian-city-2014", 1.0, 1.0],
  // Batches 193–194 (fifteenth session): passages of 2026 provincial 政府工作报告 (上海, 江西, 云南 reviews; 天津, 河北, 河南 tasks) and of the national reports of 2006, 2011, 2014, 2018, 2019, 2022
  ["report hebei province 2026 (1.00)", "report-hebei-province-2026", 1.0, 1.0],
  ["report henan province 2026 (1.00)", "report-henan-province-2026", 1.0, 1.0],
  ["report jiangxi province 2026 (0.86)", "report-jiangxi-province-2026", 0.86, 0.63],
  ["report shanghai city 2026 (0.90)", "report-shanghai-city-2026", 0.9, 0.89],
  ["report tianjin city 2026 (1.00)", "report-tianjin-city-2026", 1.0, 1.0],
  ["report yunnan province 2026 (0.95)", "report-yunnan-province-2026", 1.0, 1.0],
  ["report china national 2006 (1.00)", "report-china-national-2006", 1.0, 1.0],
  ["report china national 2011 (0.88)", "report-china-national-2011", 0.87, 1.0],
  ["report china national 2014 (0.60)", "report-china-national-2014", 0.6, 1.0],
  ["report china national 2018 (0.92)", "report-china-national-2018", 0.92, 1.0],
  ["report china national 2019 (1.00)", "report-china-national-2019", 1.0, 1.0],
  ["report china national 2022 (0.75)", "report-china-national-2022", 0.75, 0.33],
  // Batch 195 (fifteenth session): passages of the national 政府工作报告 of 2004, 2010, 2012, 2015, 2016, 2017
  ["report china national 2004 (0.00)", "report-china-national-2004", 1.0, 1.0],
  ["report china national 2010 (0.74)", "report-china-national-2010", 0.73, 1.0],
  ["report china national 2012 (0.71)", "report-china-national-2012", 0.7, 0.0],
  ["report china national 2015 (0.85)", "report-china-national-2015", 0.84, 0.09],
  ["report china national 2016 (1.00)", "report-china-national-2016", 1.0, 0.8],
  ["report china national 2017 (0.86)", "report-china-national-2017", 0.85, 0.83],
  // Batches 196–198 (fifteenth session): Hong Kong news from the 眾新聞 archive (funding plan, audit of 融合教育, LegCo replies, DSE statistics, withdrawals survey, 施政報告, budget, admissions, Ombudsman, allowances, complaints against teachers); 莆田 2008, 平潭 2012, 三明 2018 统计公报; 三明市教育局 replies of 2026; 永安 news
  ["audit hongkong edb 2018 news trad (0.34)", "audit-hongkong-edb-2018-news-trad", 0.43, 0.89],
  // (兩者均下跌約3% now takes the measure before and is matched, bringing its year disagreement)
  ["exam hongkong hkeaa 2020 news trad (0.39)", "exam-hongkong-hkeaa-2020-news-trad", 0.44, 0.04],
  // (its point heading 4. 資訊科技發展，每月2.5萬元 now names its figure by the heading, a repeat of the body's 津貼 the labels leave out)
  ["plan hongkong sar 2017 news trad (0.59)", "plan-hongkong-sar-2017-news-trad", 0.57, 0.87],
  ["reply hongkong edb 2018 news trad (0.43)", "reply-hongkong-edb-2018-news-trad", 0.42, 0.88],
  ["stats hongkong hkeaa 2019 news trad (0.51)", "stats-hongkong-hkeaa-2019-news-trad", 0.61, 0.31],
  ["survey hongkong secondary 2021 news trad (0.73)", "survey-hongkong-secondary-2021-news-trad", 0.72, 0.39],
  ["budget hongkong sar 2020 news trad (0.55)", "budget-hongkong-sar-2020-news-trad", 0.54, 0.42],
  ["enrol hongkong universities 2018 news trad (0.45)", "enrol-hongkong-universities-2018-news-trad", 0.45, 0.9],
  ["report hongkong ombudsman 2019 news trad (0.52)", "report-hongkong-ombudsman-2019-news-trad", 0.52, 0.57],
  ["report hongkong policy address 2017 news trad (1.00)", "report-hongkong-policy-address-2017-news-trad", 1.0, 1.0],
  // longest median name 18, not 16 (fifteenth session): counts of complaints are named by the whole clause that says which (与「社会动乱」相关的教师专业失德投诉…), as a paper to LegCo writes them (left open)
  ["report hongkong teachers 2021 news trad (0.71)", "report-hongkong-teachers-2021-news-trad", 0.71, 0.45, 18],
  ["subsidy hongkong civil service 2021 news trad (0.36)", "subsidy-hongkong-civil-service-2021-news-trad", 0.36, 0.0],
  ["reply sanming city 2026 science (0.75)", "reply-sanming-city-2026-science", 0.75, 0.92],
  ["reply sanming city 2026 training bases (0.94)", "reply-sanming-city-2026-training-bases", 0.94, 0.94],
  ["safety yongan city 2023 news (0.71)", "safety-yongan-city-2023-news", 0.71, 1.0],
  ["stats pingtan county 2012 (0.83)", "stats-pingtan-county-2012", 0.83, 0.09],
  ["stats putian city 2008 (0.89)", "stats-putian-city-2008", 0.89, 1.0],
  ["stats sanming city 2018 (0.94)", "stats-sanming-city-2018", 0.94, 1.0],
  // Batches 199–200 (fifteenth session): passages of the national 政府工作报告 of 2005, 2021, 2024; 莆田 统计公报 2009 and 2010; a 三明市教育局 reply of 2026; Hong Kong news from the 眾新聞 archive (class cuts, 教協 on funding, reading grants, SEN pupils, kindergartens, student outflow)
  ["reply sanming city 2026 special school (0.73)", "reply-sanming-city-2026-special-school", 0.72, 0.87],
  ["report china national 2005 (0.89)", "report-china-national-2005", 0.88, 1.0],
  ["report china national 2021 (0.67)", "report-china-national-2021", 0.66, 0.0],
  ["report china national 2024 (0.50)", "report-china-national-2024", 0.5, 0.0],
  ["stats putian city 2009 (0.88)", "stats-putian-city-2009", 0.87, 1.0],
  ["stats putian city 2010 (0.91)", "stats-putian-city-2010", 0.9, 1.0],
  ["comment hongkong ptu 2017 news trad (0.53)", "comment-hongkong-ptu-2017-news-trad", 0.53, 1.0],
  ["comment hongkong schools 2021 news trad (0.73)", "comment-hongkong-schools-2021-news-trad", 0.72, 0.33],
  ["enrol hongkong classes 2021 news trad (0.67)", "enrol-hongkong-classes-2021-news-trad", 0.66, 0.0],
  ["report hongkong kindergartens 2018 news trad (0.59)", "report-hongkong-kindergartens-2018-news-trad", 0.58, 0.25],
  ["stats hongkong sen 2018 news trad (0.55)", "stats-hongkong-sen-2018-news-trad", 0.54, 0.33],
  ["subsidy hongkong edb 2020 news trad (0.72)", "subsidy-hongkong-edb-2020-news-trad", 0.72, 0.3],
  // Batches 201–207 (sixteenth session): Hong Kong news 2016–2021 (眾新聞), 福建 statistics and replies, provincial 2026 reports' tasks, budgets and replies, Taiwan and Macao, schools
  ["exam hongkong dse 2018 news trad (0.58)", "exam-hongkong-dse-2018-news-trad", 0.8, 0.82],
  ["plan hongkong policy address jan 2017 news trad (0.62)", "plan-hongkong-policy-address-jan-2017-news-trad", 0.61, 0.75],
  ["stats hongkong student suicide 2018 news trad (0.13)", "stats-hongkong-student-suicide-2018-news-trad", 0.12, 1.0],
  ["stats hongkong textbooks 2017 news trad (0.69)", "stats-hongkong-textbooks-2017-news-trad", 0.69, 0.9],
  ["survey hongkong depression 2017 news trad (0.71)", "survey-hongkong-depression-2017-news-trad", 0.7, 1.0],
  ["survey hongkong tsa teachers 2018 news trad (0.61)", "survey-hongkong-tsa-teachers-2018-news-trad", 0.61, 0.85],
  ["enrol china private schools 2021 news trad (0.40)", "enrol-china-private-schools-2021-news-trad", 0.4, 0.8],
  ["exam hongkong ib 2021 news trad (0.48)", "exam-hongkong-ib-2021-news-trad", 0.47, 0.0],
  // (the headline's $2500 is now money, a repeat its labels leave out)
  ["plan hongkong policy address 2019 news trad (0.59)", "plan-hongkong-policy-address-2019-news-trad", 0.57, 0.85],
  ["survey hongkong students 2020 news trad (0.80)", "survey-hongkong-students-2020-news-trad", 0.8, 0.25],
  ["survey hongkong teachers 2020 news trad (0.35)", "survey-hongkong-teachers-2020-news-trad", 0.34, 0.3],
  ["teachers hongkong complaints 2020 news trad (0.46)", "teachers-hongkong-complaints-2020-news-trad", 0.46, 1.0],
  ["reply sanming city 2018 rural kindergartens (0.83)", "reply-sanming-city-2018-rural-kindergartens", 0.83, 1.0],
  ["report sanming city 2018 devplan (0.91)", "report-sanming-city-2018-devplan", 0.9, 0.88],
  ["stats pingtan county 2017 (0.89)", "stats-pingtan-county-2017", 0.89, 0.72],
  ["stats putian city 2005 (0.96)", "stats-putian-city-2005", 0.95, 0.86],
  ["stats putian city 2006 (0.96)", "stats-putian-city-2006", 0.95, 1.0],
  ["stats putian city 2007 (1.00)", "stats-putian-city-2007", 1.0, 1.0],
  ["report beijing city 2026 tasks (0.90)", "report-beijing-city-2026-tasks", 0.96, 1.0],
  ["report guangxi region 2026 tasks (0.93)", "report-guangxi-region-2026-tasks", 0.93, 1.0],
  ["report jiangsu province 2026 tasks (0.89)", "report-jiangsu-province-2026-tasks", 1.0, 1.0],
  ["report jiangxi province 2026 tasks (0.90)", "report-jiangxi-province-2026-tasks", 1.0, 1.0],
  ["report shaanxi province 2026 tasks (1.00)", "report-shaanxi-province-2026-tasks", 1.0, 1.0],
  ["report yunnan province 2026 tasks (1.00)", "report-yunnan-province-2026-tasks", 1.0, 1.0],
  ["budget pingjiang county 2016 (0.88)", "budget-pingjiang-county-2016", 0.88, 1.0],
  ["funds sichuan province 2019 news (0.85)", "funds-sichuan-province-2019-news", 0.84, 0.35],
  ["funds suizhou city 2022 (0.70)", "funds-suizhou-city-2022", 0.69, 0.45],
  ["reply dejiang county 2022 (1.00)", "reply-dejiang-county-2022", 1.0, 1.0],
  ["reply pingdingshan city 2019 (1.00)", "reply-pingdingshan-city-2019", 1.0, 0.66],
  ["reply tengchong city 2024 (0.83)", "reply-tengchong-city-2024", 0.83, 1.0],
  ["budget taichung city c2015 trad (0.63)", "budget-taichung-city-c2015-trad", 0.63, 1.0],
  ["report macao blue sky 2019 news trad (0.22)", "report-macao-blue-sky-2019-news-trad", 0.22, 0.5],
  // (兩年內增加到13所 and 已倍增至14所 now match, named by the measure before; one of them is labelled
  // actual where the plan's paragraph reads it as a target)
  ["report taichung preschool 2020 news trad (0.42)", "report-taichung-preschool-2020-news-trad", 0.54, 0.66],
  ["review macao special education 2022 news trad (0.67)", "review-macao-special-education-2022-news-trad", 0.66, 0.62],
  // (falls by the year, 平均年減, now match; the period's last year, 129學年, still dates their average, which
  // the labels leave without a year)
  ["stats taiwan forecast 2025 news trad (0.08)", "stats-taiwan-forecast-2025-news-trad", 0.32, 0.3],
  ["subsidy macao teacher education 2015 news trad (0.43)", "subsidy-macao-teacher-education-2015-news-trad", 0.43, 0.2],
  ["fyp xx county c2021 (0.97)", "fyp-xx-county-c2021", 0.96, 1.0],
  ["quality guiping vocational 2020 (1.00)", "quality-guiping-vocational-2020", 1.0, 1.0],
  ["quality xx vocational 2016 (0.67)", "quality-xx-vocational-2016", 0.66, 1.0],
  ["school liangzihu kindergarten 2025 (1.00)", "school-liangzihu-kindergarten-2025", 1.0, 1.0],
  ["school linyi 24th middle 2018 news (0.73)", "school-linyi-24th-middle-2018-news", 0.73, 0.91],
  ["school xinning second middle undated news (1.00)", "school-xinning-second-middle-undated-news", 1.0, 1.0],
  // Batches 208–212 (sixteenth session): city and county work reports, statistics bulletins of six provinces, county bureau summaries, plans in the news, Taiwan news
  ["report dongchangfu district 2018 (0.96)", "report-dongchangfu-district-2018", 0.96, 1.0],
  ["report gangu county 2020 tasks news (0.88)", "report-gangu-county-2020-tasks-news", 0.88, 1.0],
  ["report guangshui city 2021 tasks news (0.34)", "report-guangshui-city-2021-tasks-news", 0.34, 1.0],
  ["report hanyuan county 2025 (0.93)", "report-hanyuan-county-2025", 0.92, 0.0],
  ["report quanzhou city 2017 tasks news (0.94)", "report-quanzhou-city-2017-tasks-news", 0.94, 1.0],
  ["report suqian city 2023 (0.96)", "report-suqian-city-2023", 0.96, 1.0],
  ["stats chenggong district 2023 (1.00)", "stats-chenggong-district-2023", 1.0, 1.0],
  ["stats hangzhou city 2022 (1.00)", "stats-hangzhou-city-2022", 1.0, 1.0],
  ["stats nanjing city 2017 (0.94)", "stats-nanjing-city-2017", 0.94, 1.0],
  ["stats xizang region 2008 (1.00)", "stats-xizang-region-2008", 1.0, 1.0],
  ["stats yanji city 2007 (1.00)", "stats-yanji-city-2007", 1.0, 1.0],
  ["stats zhengzhou city 2012 (1.00)", "stats-zhengzhou-city-2012", 1.0, 0.82],
  ["summary licheng district halfyear undated (0.96)", "summary-licheng-district-halfyear-undated", 0.95, 1.0],
  ["summary nanjing city c2013 (0.89)", "summary-nanjing-city-c2013", 0.88, 1.0],
  ["summary panyu district 2014 (1.00)", "summary-panyu-district-2014", 1.0, 0.11],
  ["summary wenzhou city halfyear 2023 (0.73)", "summary-wenzhou-city-halfyear-2023", 0.72, 0.0],
  ["summary xx county fyp 2025 (1.00)", "summary-xx-county-fyp-2025", 1.0, 1.0],
  ["summary yanta district 2022 (0.67)", "summary-yanta-district-2022", 0.66, 0.5],
  ["plan dongchangfu district 2023 news (1.00)", "plan-dongchangfu-district-2023-news", 1.0, 0.0],
  ["plan huangyan district 2018 news (0.73)", "plan-huangyan-district-2018-news", 0.72, 0.2],
  ["plan liuyang city undated news (1.00)", "plan-liuyang-city-undated-news", 1.0, 0.94],
  ["plan yiwu city 2020 news (0.78)", "plan-yiwu-city-2020-news", 0.78, 0.41],
  ["plan zhangjiagang city 2020 news (0.84)", "plan-zhangjiagang-city-2020-news", 0.84, 0.5],
  ["points ningxiang city 2022 news (1.00)", "points-ningxiang-city-2022-news", 1.0, 0.42],
  ["audit taipei city 2025 news trad (0.92)", "audit-taipei-city-2025-news-trad", 0.91, 0.78],
  ["audit taoyuan city 2025 news trad (0.76)", "audit-taoyuan-city-2025-news-trad", 0.75, 0.84],
  ["build keelung city 2022 news trad (0.75)", "build-keelung-city-2022-news-trad", 0.75, 0.33],
  ["enrol taoyuan hsinchu miaoli 2025 news trad (0.92)", "enrol-taoyuan-hsinchu-miaoli-2025-news-trad", 0.91, 0.18],
  ["enrol yunlin county 2016 news trad (0.71)", "enrol-yunlin-county-2016-news-trad", 0.71, 0.63],
  ["plan hualien preschool 2026 news trad (0.56)", "plan-hualien-preschool-2026-news-trad", 0.55, 0.8],
  // Batches 213–218 (sixteenth session): 美育 plans from a policy corpus, 2025 provincial reviews, Hong Kong policy and budget news, county bureau summaries and self-descriptions, plans of six provinces, school budgets and reports
  ["plan guangxi region 2021 arts (0.67)", "plan-guangxi-region-2021-arts", 0.74, 1.0],
  ["plan hohhot city 2017 arts (0.86)", "plan-hohhot-city-2017-arts", 0.85, 0.83],
  ["plan shanghai city 2016 arts (0.78)", "plan-shanghai-city-2016-arts", 0.77, 0.85],
  ["plan shanxi province 2017 arts (0.87)", "plan-shanxi-province-2017-arts", 0.95, 1.0],
  ["plan suining city 2017 arts (0.80)", "plan-suining-city-2017-arts", 0.9, 0.89],
  ["plan weifang city 2017 arts (0.78)", "plan-weifang-city-2017-arts", 0.9, 0.83],
  ["report beijing city 2025 (0.94)", "report-beijing-city-2025", 0.93, 1.0],
  ["report guangdong province 2025 (0.93)", "report-guangdong-province-2025", 0.93, 1.0],
  ["report guangxi region 2025 (0.89)", "report-guangxi-region-2025", 0.88, 1.0],
  ["report qinghai province 2025 (0.81)", "report-qinghai-province-2025", 0.84, 1.0],
  ["report xinjiang region 2025 (0.91)", "report-xinjiang-region-2025", 0.91, 1.0],
  ["report yunnan province 2025 review (0.88)", "report-yunnan-province-2025-review", 0.88, 1.0],
  // (270萬住戶 now matches in 万户; its 料有 reads as a forecast, labelled as a fact, so comparator agreement fell)
  ["budget hongkong relief 2019 news trad (0.60)", "budget-hongkong-relief-2019-news-trad", 0.6, 0.76],
  ["budget hongkong sar 2017 news trad (0.80)", "budget-hongkong-sar-2017-news-trad", 0.8, 0.63],
  ["funds hongkong education 2017 news trad (1.00)", "funds-hongkong-education-2017-news-trad", 1.0, 0.8],
  ["plan hongkong basic law 2017 news trad (0.71)", "plan-hongkong-basic-law-2017-news-trad", 0.7, 0.87],
  ["plan hongkong welfare 2017 news trad (0.89)", "plan-hongkong-welfare-2017-news-trad", 0.88, 0.55],
  // (the headline's $3萬 is now money, and matches a label that reads the proposal 倡 as a target)
  ["subsidy hongkong self financing 2017 news trad (0.67)", "subsidy-hongkong-self-financing-2017-news-trad", 0.66, 0.55],
  ["report anqing city c2021 spam trad (0.95)", "report-anqing-city-c2021-spam-trad", 0.94, 1.0],
  ["report wulatehouqi banner 2023 news trad (0.82)", "report-wulatehouqi-banner-2023-news-trad", 0.82, 0.57],
  ["report xuancheng city c2022 trad (0.95)", "report-xuancheng-city-c2022-trad", 0.94, 1.0],
  ["summary lujiang county 2022 news (0.91)", "summary-lujiang-county-2022-news", 0.9, 1.0],
  ["summary meilan district undated (1.00)", "summary-meilan-district-undated", 1.0, 0.92],
  ["summary xunwu county 2021 (1.00)", "summary-xunwu-county-2021", 1.0, 0.57],
  ["plan hefei city 2017 layout news (0.90)", "plan-hefei-city-2017-layout-news", 0.89, 1.0],
  ["plan jincheng city 2026 news (1.00)", "plan-jincheng-city-2026-news", 1.0, 0.0],
  ["plan nantong city 2018 arts sports (0.94)", "plan-nantong-city-2018-arts-sports", 0.93, 0.95],
  ["plan suixian county 2023 preschool (1.00)", "plan-suixian-county-2023-preschool", 1.0, 0.0],
  ["plan yantai development zone 2020 news trad (1.00)", "plan-yantai-development-zone-2020-news-trad", 1.0, 0.11],
  ["plan ziyang city 2017 arts (0.91)", "plan-ziyang-city-2017-arts", 0.9, 1.0],
  ["budget rongchang renyi middle 2025 (0.91)", "budget-rongchang-renyi-middle-2025", 0.91, 0.07],
  ["budget wuzhou third middle 2023 (1.00)", "budget-wuzhou-third-middle-2023", 1.0, 0.44],
  ["college zunyi normal 2023 (0.88)", "college-zunyi-normal-2023", 0.88, 1.0],
  ["quality wucheng vocational 2018 (0.96)", "quality-wucheng-vocational-2018", 0.96, 0.96],
  ["school nanyue experimental middle 2017 (0.63)", "school-nanyue-experimental-middle-2017", 0.63, 1.0],
  ["school yuanan first high 2014 news (0.85)", "school-yuanan-first-high-2014-news", 0.84, 0.46],
  // Batches 219–220 (sixteenth session): 2025 provincial reports' tasks, Hong Kong survey news
  ["report beijing city 2025 tasks (1.00)", "report-beijing-city-2025-tasks", 1.0, 1.0],
  ["report guizhou province 2025 tasks (0.95)", "report-guizhou-province-2025-tasks", 0.94, 1.0],
  ["report hainan province 2025 tasks (0.98)", "report-hainan-province-2025-tasks", 0.97, 1.0],
  ["report ningxia region 2025 tasks (0.94)", "report-ningxia-region-2025-tasks", 0.93, 1.0],
  ["report shandong province 2025 tasks (0.97)", "report-shandong-province-2025-tasks", 0.96, 1.0],
  ["report shanxi province 2025 tasks (0.92)", "report-shanxi-province-2025-tasks", 0.92, 1.0],
  ["survey hongkong gaming 2017 news trad (0.61)", "survey-hongkong-gaming-2017-news-trad", 0.6, 0.36],
  ["survey hongkong primary 2019 news trad (0.78)", "survey-hongkong-primary-2019-news-trad", 0.78, 1.0],
  ["survey hongkong ptu 2019 news trad (0.79)", "survey-hongkong-ptu-2019-news-trad", 0.78, 0.5],
  // (a teachers' union survey whose shares are named by the whole worry each answers, 擔心因政治立場被投訴)
  ["survey hongkong ptu 2020 news trad (0.82)", "survey-hongkong-ptu-2020-news-trad", 0.82, 1.0, 19],
  ["survey hongkong self financing 2018 news trad (0.63)", "survey-hongkong-self-financing-2018-news-trad", 0.63, 1.0],
  ["survey hongkong strike 2019 news trad (0.62)", "survey-hongkong-strike-2019-news-trad", 0.62, 0.27],
  // Batches 221–228 (seventeenth session): provincial 2026 reports, statistics bulletins, 美育 plans, Hong Kong news, bureau summaries, a table of history, school texts
  ["report guizhou province 2026 tasks (0.88)", "report-guizhou-province-2026-tasks", 0.88, 1.0],
  ["report heilongjiang province 2026 review (0.93)", "report-heilongjiang-province-2026-review", 0.92, 1.0],
  ["report henan province 2026 review (0.94)", "report-henan-province-2026-review", 0.93, 1.0],
  ["report hubei province 2026 (0.94)", "report-hubei-province-2026", 0.93, 0.96],
  ["report hunan province 2026 review (0.86)", "report-hunan-province-2026-review", 0.86, 1.0],
  ["report jiangsu province 2026 (0.86)", "report-jiangsu-province-2026", 0.85, 1.0],
  ["report shandong province 2026 tasks (1.00)", "report-shandong-province-2026-tasks", 1.0, 1.0],
  ["stats huanxian county 2011 (0.98)", "stats-huanxian-county-2011", 0.98, 1.0],
  ["stats longnan city 2013 (1.00)", "stats-longnan-city-2013", 1.0, 1.0],
  ["stats maguan county 2009 (1.00)", "stats-maguan-county-2009", 1.0, 1.0],
  ["stats neimenggu region 2009 culture (0.97)", "stats-neimenggu-region-2009-culture", 0.96, 1.0],
  ["stats xinganmeng league 2016 (1.00)", "stats-xinganmeng-league-2016", 1.0, 1.0],
  ["stats zhejiang province 2014 trad (1.00)", "stats-zhejiang-province-2014-trad", 1.0, 1.0],
  ["plan changping district 2018 arts (0.97)", "plan-changping-district-2018-arts", 1.0, 0.66],
  ["plan chengdu city 2016 arts (0.92)", "plan-chengdu-city-2016-arts", 0.96, 0.84],
  ["plan luzhou city 2017 arts (0.84)", "plan-luzhou-city-2017-arts", 0.84, 0.93],
  ["plan nanping city 2017 arts (0.74)", "plan-nanping-city-2017-arts", 0.78, 1.0],
  ["plan putian city 2017 arts (0.83)", "plan-putian-city-2017-arts", 0.85, 1.0],
  ["plan shandong province 2016 arts (0.74)", "plan-shandong-province-2016-arts", 0.81, 1.0],
  ["enrol hongkong hku medicine 2018 news trad (0.62)", "enrol-hongkong-hku-medicine-2018-news-trad", 0.61, 0.6],
  ["report hongkong electors 2021 news trad (0.57)", "report-hongkong-electors-2021-news-trad", 0.57, 0.12],
  // (a bracket's close no longer names the next item: 各3間 of 南區及九龍城 now splits in two, one more extra, F1 0.74 → 0.72)
  ["report hongkong sen centres 2018 news trad (0.74)", "report-hongkong-sen-centres-2018-news-trad", 0.72, 0.3],
  // (its labels keep 台幣 as written; most labels of local currencies, and the extractor now, read them as 元)
  ["report hongkong taiwan study 2018 news trad (0.81)", "report-hongkong-taiwan-study-2018-news-trad", 0.8, 0.85],
  // (轄下有兩間中心 is now a figure, matched, and brings its kind disagreement: a story of no date reads as plans)
  ["report hongkong tutoring 2020 news trad (0.73)", "report-hongkong-tutoring-2020-news-trad", 0.72, 0.46],
  ["survey hongkong sen parents 2018 news trad (0.57)", "survey-hongkong-sen-parents-2018-news-trad", 0.57, 1.0],
  ["summary hantai district 2023 news trad (0.91)", "summary-hantai-district-2023-news-trad", 0.9, 1.0],
  ["summary liangxi district 2021 (0.96)", "summary-liangxi-district-2021", 0.96, 1.0],
  ["summary louxing district c2008 trad (0.88)", "summary-louxing-district-c2008-trad", 0.88, 1.0],
  ["summary xx district undated (1.00)", "summary-xx-district-undated", 1.0, 1.0],
  ["summary yangyi town 2021 (0.77)", "summary-yangyi-town-2021", 0.76, 0.2],
  ["report national 2010 outline table (0.07)", "report-national-2010-outline-table", 1.0, 1.0],
  ["report national 2011 eleventh fyp (0.88)", "report-national-2011-eleventh-fyp", 0.87, 0.87],
  ["quality guangyuan school 2017 (1.00)", "quality-guangyuan-school-2017", 1.0, 1.0],
  ["school jixian shangcang school undated (0.81)", "school-jixian-shangcang-school-undated", 0.81, 1.0],
  ["school xx kindergarten undated (0.89)", "school-xx-kindergarten-undated", 0.88, 1.0],
  ["school zhuxi zhongfeng school undated (0.86)", "school-zhuxi-zhongfeng-school-undated", 0.85, 0.96],
  // Batch 227 (seventeenth session): Taiwan and Macao news and notices
  ["comment taiwan national 2006 news trad (0.59)", "comment-taiwan-national-2006-news-trad", 0.59, 0.57],
  ["plan taoyuan preschool 2025 news trad (0.80)", "plan-taoyuan-preschool-2025-news-trad", 0.8, 0.62],
  // (the sums per stage now match under their 在…上 topic; their 明年, on a page of 2017-11, is labelled 2018 and read null)
  ["report macao sar 2018 news trad (0.00)", "report-macao-sar-2018-news-trad", 0.73, 0.07],
  ["stats hualien county 2010 trad (0.77)", "stats-hualien-county-2010-trad", 0.76, 0.0],
  ["stats taiwan national 2018 news trad (0.45)", "stats-taiwan-national-2018-news-trad", 0.45, 0.4],
  ["summary tainan city 2025 news trad (0.63)", "summary-tainan-city-2025-news-trad", 0.63, 0.83],
  // Batches 229–231 (seventeenth session): bureau plans, Taiwan news, replies and livelihood lists
  ["plan cangzhou city c2016 news (0.93)", "plan-cangzhou-city-c2016-news", 0.93, 0.85],
  ["plan jiaozuo city 2024 news trad (1.00)", "plan-jiaozuo-city-2024-news-trad", 1.0, 1.0],
  ["plan qujing city 2019 news (0.92)", "plan-qujing-city-2019-news", 0.92, 0.69],
  ["plan qujing city 2024 (1.00)", "plan-qujing-city-2024", 1.0, 1.0],
  ["plan yinchuan city 2022 news (0.77)", "plan-yinchuan-city-2022-news", 0.76, 0.83],
  ["enrol taiwan universities 2020 news trad (0.21)", "enrol-taiwan-universities-2020-news-trad", 0.2, 0.42],
  ["enrol taiwan universities 2025 news trad (0.10)", "enrol-taiwan-universities-2025-news-trad", 0.1, 0.5],
  ["exam taiwan national 2023 news trad (0.25)", "exam-taiwan-national-2023-news-trad", 0.24, 0.0],
  ["exam taiwan national 2024 news trad (0.46)", "exam-taiwan-national-2024-news-trad", 0.46, 0.0],
  ["stats pingtung county 2022 news trad (0.49)", "stats-pingtung-county-2022-news-trad", 0.48, 0.18],
  ["teachers changhua county 2025 news trad (0.87)", "teachers-changhua-county-2025-news-trad", 0.86, 0.0],
  ["teachers yunlin county 2019 news trad (0.92)", "teachers-yunlin-county-2019-news-trad", 0.92, 0.0],
  ["livelihood lianyungang city 2022 news trad (1.00)", "livelihood-lianyungang-city-2022-news-trad", 1.0, 0.87],
  ["livelihood lianyungang city 2023 (0.89)", "livelihood-lianyungang-city-2023", 0.88, 0.87],
  ["livelihood shunde district 2024 news (0.92)", "livelihood-shunde-district-2024-news", 0.92, 0.0],
  ["reply china moe 2024 news trad (0.86)", "reply-china-moe-2024-news-trad", 0.85, 0.41],
  ["reply jining city 2024 (0.95)", "reply-jining-city-2024", 0.95, 1.0],
  ["reply tengchong city 2024 infrastructure trad (0.88)", "reply-tengchong-city-2024-infrastructure-trad", 0.88, 1.0],
  // Batches 232–234 (seventeenth session): county report digests, Hong Kong spending news and commentary, provincial plans
  ["report dingan county 2014 news trad (0.96)", "report-dingan-county-2014-news-trad", 0.95, 1.0],
  ["report gangu county 2022 news trad (1.00)", "report-gangu-county-2022-news-trad", 1.0, 1.0],
  ["report qijiang district 2025 news (1.00)", "report-qijiang-district-2025-news", 1.0, 0.12],
  ["budget hongkong dse 2020 news trad (0.53)", "budget-hongkong-dse-2020-news-trad", 0.52, 0.8],
  ["comment hongkong degree places 2017 trad (0.57)", "comment-hongkong-degree-places-2017-trad", 0.57, 0.33],
  ["comment hongkong spending 2020 news trad (0.83)", "comment-hongkong-spending-2020-news-trad", 0.82, 0.38],
  ["comment hongkong universities 2016 trad (0.59)", "comment-hongkong-universities-2016-trad", 0.59, 0.66],
  ["report hongkong legco 2024 news trad (0.50)", "report-hongkong-legco-2024-news-trad", 0.5, 0.5],
  ["report hongkong spending c2017 news trad (0.54)", "report-hongkong-spending-c2017-news-trad", 0.53, 0.88],
  ["fyp liaoning province 2017 trad (0.80)", "fyp-liaoning-province-2017-trad", 0.8, 1.0],
  ["plan hebei province c2023 mental health (0.71)", "plan-hebei-province-c2023-mental-health", 0.71, 1.0],
  ["plan jilin province c2019 vocational (0.95)", "plan-jilin-province-c2019-vocational", 0.94, 0.0],
  ["report qinghai province 2022 preschool news trad (0.93)", "report-qinghai-province-2022-preschool-news-trad", 0.93, 1.0],
  ["report zunyi city 2019 news trad (1.00)", "report-zunyi-city-2019-news-trad", 1.0, 1.0],
  // Batches 235–236 (seventeenth session): statistics tables and bulletins, school and kindergarten texts
  ["stats kunming city 2017 news trad (0.87)", "stats-kunming-city-2017-news-trad", 0.86, 1.0],
  ["stats shaanxi province 2015 (0.97)", "stats-shaanxi-province-2015", 0.97, 0.62],
  ["stats xx city 2019 table (0.00)", "stats-xx-city-2019-table", 1.0, 1.0],
  ["stats xx county undated (0.91)", "stats-xx-county-undated", 0.91, 0.96],
  ["school jiudu kindergarten undated (0.94)", "school-jiudu-kindergarten-undated", 0.93, 1.0],
  ["school xx school 2025 (0.87)", "school-xx-school-2025", 0.86, 0.95],
  ["summary tugao junior 2024 (0.86)", "summary-tugao-junior-2024", 0.85, 0.0],
  ["summary xx kindergarten 2025 (0.92)", "summary-xx-kindergarten-2025", 0.91, 0.0],
  // Batches 237–238 (seventeenth session): Taiwan county news, mainland education news
  ["audit keelung city 2025 news trad (0.47)", "audit-keelung-city-2025-news-trad", 0.46, 0.77],
  // (体育馆约7亿 is now money and matches; its label reads the contract as a target, the text as done)
  ["build kinmen county 2025 news trad (0.75)", "build-kinmen-county-2025-news-trad", 0.87, 0.57],
  ["enrol penghu county 2025 news trad (0.83)", "enrol-penghu-county-2025-news-trad", 0.83, 0.06],
  ["preschool miaoli county 2020 news trad (0.80)", "preschool-miaoli-county-2020-news-trad", 0.8, 0.9],
  ["preschool miaoli county 2025 news trad (0.67)", "preschool-miaoli-county-2025-news-trad", 0.66, 0.5],
  ["teachers pingtung county 2024 news trad (0.71)", "teachers-pingtung-county-2024-news-trad", 0.71, 0.33],
  ["enrol wuhan city 2024 news (0.88)", "enrol-wuhan-city-2024-news", 0.88, 0.69],
  ["enrol xiangzhou district 2023 news (1.00)", "enrol-xiangzhou-district-2023-news", 1.0, 0.92],
  ["exam bozhou city 2022 news trad (1.00)", "exam-bozhou-city-2022-news-trad", 1.0, 0.0],
  ["plan wuhan devzone district 2018 news trad (0.93)", "plan-wuhan-devzone-district-2018-news-trad", 0.92, 1.0],
  ["teachers yantai city 2023 news (1.00)", "teachers-yantai-city-2023-news", 1.0, 1.0],
  ["teachers yongan city 2016 news trad (1.00)", "teachers-yongan-city-2016-news-trad", 1.0, 0.11],
  // Batch 240 (seventeenth session): the 2024 reviews of seven provinces' 2025 reports
  ["report gansu province 2025 review (0.97)", "report-gansu-province-2025-review", 0.96, 1.0],
  ["report hebei province 2025 review (0.93)", "report-hebei-province-2025-review", 0.92, 1.0],
  ["report henan province 2025 review (0.94)", "report-henan-province-2025-review", 0.94, 1.0],
  ["report jilin province 2025 review (0.94)", "report-jilin-province-2025-review", 0.93, 1.0],
  ["report neimenggu region 2025 (0.93)", "report-neimenggu-region-2025", 0.92, 0.0],
  ["report shaanxi province 2025 (0.97)", "report-shaanxi-province-2025", 0.97, 1.0],
  ["report zhejiang province 2025 (1.00)", "report-zhejiang-province-2025", 1.0, 1.0],
  // Batch 239 (seventeenth session): education conference speeches and a county feature
  ["report qingyun county c2021 news trad (0.92)", "report-qingyun-county-c2021-news-trad", 0.91, 0.9],
  ["speech china national 2024 news trad (1.00)", "speech-china-national-2024-news-trad", 1.0, 0.25],
  ["speech huining county 2021 (0.75)", "speech-huining-county-2021", 0.75, 1.0],
  ["speech meixian county 2023 news trad (0.50)", "speech-meixian-county-2023-news-trad", 0.5, 1.0],
  ["speech xx county c2024 (0.67)", "speech-xx-county-c2024", 0.66, 0.0],
  ["speech xx district 2022 (1.00)", "speech-xx-district-2022", 1.0, 1.0],
  // Batch 241 (seventeenth session): five-year plans and reviews of their results
  ["fyp china national 2026 (1.00)", "fyp-china-national-2026", 1.0, 1.0],
  ["fyp xx city 2026 (1.00)", "fyp-xx-city-2026", 1.0, 1.0],
  ["plan shenzhen city 2023 news (0.52)", "plan-shenzhen-city-2023-news", 0.52, 1.0],
  ["review china national 2020 news (0.77)", "review-china-national-2020-news", 0.77, 0.64],
  ["review western region 2025 news (0.71)", "review-western-region-2025-news", 0.71, 1.0],
  // Batches 242–243 (seventeenth session): 美育 plans, provincial reviews of 2024 and 2025
  ["plan chongqing city 2016 arts (0.77)", "plan-chongqing-city-2016-arts", 0.76, 1.0],
  ["plan dazhou city 2017 arts (1.00)", "plan-dazhou-city-2017-arts", 1.0, 0.94],
  ["plan dongying city 2017 arts (0.93)", "plan-dongying-city-2017-arts", 0.92, 1.0],
  ["plan shijiazhuang city 2016 arts (0.97)", "plan-shijiazhuang-city-2016-arts", 0.96, 1.0],
  ["plan sichuan province 2016 arts (1.00)", "plan-sichuan-province-2016-arts", 1.0, 1.0],
  ["plan xizang region 2016 arts (0.89)", "plan-xizang-region-2016-arts", 0.88, 1.0],
  ["plan yantai city 2017 arts (0.92)", "plan-yantai-city-2017-arts", 0.92, 1.0],
  ["report hunan province 2025 (0.92)", "report-hunan-province-2025", 0.92, 1.0],
  ["report jilin province 2026 review (0.88)", "report-jilin-province-2026-review", 0.88, 0.94],
  ["report ningxia region 2026 review (0.84)", "report-ningxia-region-2026-review", 0.83, 0.85],
  ["report shanghai city 2025 (1.00)", "report-shanghai-city-2025", 1.0, 1.0],
  ["report tianjin city 2026 review (0.94)", "report-tianjin-city-2026-review", 0.94, 1.0],
  ["report xizang region 2025 (1.00)", "report-xizang-region-2025", 1.0, 1.0],
  ["report xizang region 2026 review (0.69)", "report-xizang-region-2026-review", 0.68, 1.0],
  // Batch 244 (seventeenth session): Hong Kong surveys and reports
  ["report hongkong online learning 2020 news trad (0.75)", "report-hongkong-online-learning-2020-news-trad", 0.75, 0.78],
  ["report hongkong psychiatry 2018 news trad (0.21)", "report-hongkong-psychiatry-2018-news-trad", 0.26, 0.72],
  ["report hongkong tsa 2018 news trad (0.71)", "report-hongkong-tsa-2018-news-trad", 0.71, 0.71],
  ["survey hongkong bullying 2021 news trad (0.44)", "survey-hongkong-bullying-2021-news-trad", 0.44, 0.91],
  ["survey hongkong library 2020 news trad (0.56)", "survey-hongkong-library-2020-news-trad", 0.56, 0.5],
  // batch 245: Taiwan county news (屏東, 澎湖, 雲林, 嘉義, 金門)
  ["audit chiayi county 2025 news trad (0.40)", "audit-chiayi-county-2025-news-trad", 0.4, 0.83],
  ["build yunlin county 2026 news trad (0.86)", "build-yunlin-county-2026-news-trad", 0.85, 0.37],
  ["enrol penghu county 2023 news trad (0.63)", "enrol-penghu-county-2023-news-trad", 0.63, 1.0],
  ["stats penghu county 2025 news trad (0.77)", "stats-penghu-county-2025-news-trad", 0.76, 0.6],
  ["subsidy kinmen county 2025 trad (0.62)", "subsidy-kinmen-county-2025-trad", 0.61, 1.0],
  ["subsidy magong city 2025 news trad (0.96)", "subsidy-magong-city-2025-news-trad", 0.96, 0.13],
  ["teachers pingtung county 2023 news trad (1.00)", "teachers-pingtung-county-2023-news-trad", 1.0, 0.5],
  // batch 246: Taiwan news (花蓮, 南投, 彰化, 桃園, 基隆, 宜蘭)
  ["aircon yilan county 2022 news trad (0.57)", "aircon-yilan-county-2022-news-trad", 0.57, 0.25],
  ["exam nantou county 2024 news trad (0.54)", "exam-nantou-county-2024-news-trad", 0.53, 0.0],
  ["preschool taoyuan city 2023 news trad (0.65)", "preschool-taoyuan-city-2023-news-trad", 0.65, 0.84],
  ["report hualien county 2023 news trad (0.61)", "report-hualien-county-2023-news-trad", 0.6, 0.88],
  ["review changhua county teachers 2025 news trad (0.86)", "review-changhua-county-teachers-2025-news-trad", 0.85, 0.7],
  ["stats keelung city 2010 news trad (0.59)", "stats-keelung-city-2010-news-trad", 0.58, 0.33],
  ["teachers changhua county 2024 news trad (0.92)", "teachers-changhua-county-2024-news-trad", 0.92, 0.0],
  // batch 247: mainland county and district news (康巴什, 连云港, 海州, 宿州, 铁岭)
  ["livelihood lianyungang city 2021 news (0.69)", "livelihood-lianyungang-city-2021-news", 0.69, 0.8],
  ["livelihood suzhou anhui city 2014 news (0.86)", "livelihood-suzhou-anhui-city-2014-news", 0.85, 0.26],
  ["plan lianyungang city 2021 news (1.00)", "plan-lianyungang-city-2021-news", 1.0, 0.57],
  ["report haizhou district 2023 news trad (0.85)", "report-haizhou-district-2023-news-trad", 0.84, 1.0],
  ["report kangbashi district 2025 news (0.88)", "report-kangbashi-district-2025-news", 0.87, 1.0],
  ["report tieling county 2011 news trad (0.83)", "report-tieling-county-2011-news-trad", 0.83, 0.91],
  // batch 248: Macao scholarships and questions, Hong Kong news
  ["enrol hongkong sar 2023 news trad (0.44)", "enrol-hongkong-sar-2023-news-trad", 0.44, 0.8],
  ["funding hongkong sar 2017 news trad (0.80)", "funding-hongkong-sar-2017-news-trad", 0.8, 0.0],
  ["question macao inclusive c2024 trad (0.33)", "question-macao-inclusive-c2024-trad", 0.33, 1.0],
  ["scholarship macao foundation 2023 trad (0.42)", "scholarship-macao-foundation-2023-trad", 0.41, 0.2],
  ["scholarship macao sar 2013 news trad (0.60)", "scholarship-macao-sar-2013-news-trad", 0.6, 0.44],
  ["scholarship macao sar 2019 news trad (0.71)", "scholarship-macao-sar-2019-news-trad", 0.71, 0.0],
  // batch 249: Taiwan news (national class cuts and statistics, 新北, 金門, 高雄)
  ["enrol taiwan national 2016 news trad (0.18)", "enrol-taiwan-national-2016-news-trad", 0.17, 0.0],
  ["reply newtaipei city 2025 news trad (0.89)", "reply-newtaipei-city-2025-news-trad", 0.88, 0.0],
  ["report newtaipei city 2025 news trad (0.78)", "report-newtaipei-city-2025-news-trad", 0.77, 0.22],
  ["stats taiwan national 2015 news trad (0.46)", "stats-taiwan-national-2015-news-trad", 0.46, 1.0],
  ["subsidy kinmen county 2021 trad (0.40)", "subsidy-kinmen-county-2021-trad", 0.4, 1.0],
  ["substitutes kaohsiung city 2025 news trad (0.48)", "substitutes-kaohsiung-city-2025-news-trad", 0.47, 0.4],
  // batch 250: mainland city and county news of the southwest (红河, 玉林, 上高, 上饶, 河池, 竹山)
  ["plan hechi city 2022 news (1.00)", "plan-hechi-city-2022-news", 1.0, 0.87],
  ["plan yulin city 2016 news (1.00)", "plan-yulin-city-2016-news", 1.0, 0.32],
  ["report honghe prefecture 2009 news (0.92)", "report-honghe-prefecture-2009-news", 0.92, 0.91],
  ["report shanggao county 2022 news (0.88)", "report-shanggao-county-2022-news", 0.87, 0.44],
  ["report zhushan county 2023 news trad (1.00)", "report-zhushan-county-2023-news-trad", 1.0, 0.16],
  ["summary shangrao city 2020 news (1.00)", "summary-shangrao-city-2020-news", 1.0, 1.0],
  // batch 251: mainland city and county texts of the north (佳木斯, 日照, 渭南, 大荔, 邯山)
  ["fyp rizhao city 2021 news (0.75)", "fyp-rizhao-city-2021-news", 0.75, 1.0],
  ["preschool weinan city 2021 news (0.94)", "preschool-weinan-city-2021-news", 0.93, 0.46],
  ["report jiamusi city 2017 news (0.94)", "report-jiamusi-city-2017-news", 0.93, 0.06],
  ["schools dali county 2023 news trad (1.00)", "schools-dali-county-2023-news-trad", 1.0, 1.0],
  ["summary hanshan district 2024 trad (1.00)", "summary-hanshan-district-2024-trad", 1.0, 0.0],
  ["yearbook rizhao city 2013 (1.00)", "yearbook-rizhao-city-2013", 1.0, 1.0],
  // batch 252: Taiwan news (基隆, 彰化, 臺南, 高雄, 苗栗, 臺中)
  ["build miaoli county 2026 news trad (0.67)", "build-miaoli-county-2026-news-trad", 0.66, 0.42],
  ["enrol taichung city 2024 news trad (0.48)", "enrol-taichung-city-2024-news-trad", 0.48, 0.62],
  ["enrol tainan city 2022 news (0.22)", "enrol-tainan-city-2022-news", 0.22, 0.83],
  ["exam kaohsiung city 2007 news (0.73)", "exam-kaohsiung-city-2007-news", 0.72, 0.9],
  ["schools keelung city 2025 news trad (0.85)", "schools-keelung-city-2025-news-trad", 0.84, 0.93],
  ["schools miaoli county 2025 news trad (0.86)", "schools-miaoli-county-2025-news-trad", 0.85, 0.5],
  ["subsidy changhua county 2025 news trad (0.86)", "subsidy-changhua-county-2025-news-trad", 0.85, 0.5],
  // batch 253: mainland county and city texts of the centre (溆浦, 新邵, 鹤城, 怀化, 光山, 邓州)
  ["build dengzhou city 2022 news trad (0.85)", "build-dengzhou-city-2022-news-trad", 0.84, 1.0],
  ["build guangshan county 2023 news (1.00)", "build-guangshan-county-2023-news", 1.0, 1.0],
  ["build xinshao county 2023 news (1.00)", "build-xinshao-county-2023-news", 1.0, 1.0],
  ["profile hecheng district 2021 (0.93)", "profile-hecheng-district-2021", 0.93, 1.0],
  ["profile huaihua city 2009 news (0.87)", "profile-huaihua-city-2009-news", 0.86, 1.0],
  ["profile xinshao county 2022 (1.00)", "profile-xinshao-county-2022", 1.0, 1.0],
  ["summary xupu county 2025 (0.92)", "summary-xupu-county-2025", 0.91, 1.0],
  // batch 254: mainland texts of the east and south (茂名, 清远, 佛冈, 华安, 福建, 衢江)
  // (an allocation list whose names are long programme titles: 安排职业中等职业教育产教融合工程, 边远艰苦地区农村学校教师周转宿舍)
  ["budget fujian province 2016 news trad (0.80)", "budget-fujian-province-2016-news-trad", 0.8, 0.22, 18],
  ["plan fogang county 2024 news (0.89)", "plan-fogang-county-2024-news", 0.89, 0.47],
  ["plan qingyuan city 2023 news (0.98)", "plan-qingyuan-city-2023-news", 0.97, 1.0],
  ["reply qujiang district 2023 (0.86)", "reply-qujiang-district-2023", 0.85, 0.5],
  ["report huaan county undated news trad (1.00)", "report-huaan-county-undated-news-trad", 1.0, 0.9],
  ["report maoming city 2025 news (1.00)", "report-maoming-city-2025-news", 1.0, 0.7],
  // batch 255: county statistics bulletins (青羊, 孙吴, 泗洪, 凤冈, 黔东南)
  ["stats fenggang county 2010 (0.77)", "stats-fenggang-county-2010", 0.76, 1.0],
  ["stats qiandongnan prefecture 2012 (0.97)", "stats-qiandongnan-prefecture-2012", 0.96, 1.0],
  ["stats qingyang district 2012 (1.00)", "stats-qingyang-district-2012", 1.0, 0.88],
  ["stats sihong county 2010 (1.00)", "stats-sihong-county-2010", 1.0, 1.0],
  ["stats sunwu county 2010 (1.00)", "stats-sunwu-county-2010", 1.0, 1.0],
  // batch 256: Taiwan district news (大里, 平鎮, 善化, 淡水, 竹北, 蘆竹, 桃園)
  ["build dali district 2025 news trad (0.80)", "build-dali-district-2025-news-trad", 0.8, 0.7],
  ["build pingzhen district 2025 news trad (0.75)", "build-pingzhen-district-2025-news-trad", 0.75, 0.33],
  ["build shanhua district 2022 news trad (0.77)", "build-shanhua-district-2022-news-trad", 0.76, 0.83],
  ["build tamsui district 2024 news trad (0.67)", "build-tamsui-district-2024-news-trad", 0.66, 0.83],
  ["build zhubei city 2025 news trad (0.59)", "build-zhubei-city-2025-news-trad", 0.58, 0.57],
  ["enrol luzhu district 2025 news trad (1.00)", "enrol-luzhu-district-2025-news-trad", 1.0, 0.75],
  ["enrol taoyuan city 2024 news trad (0.67)", "enrol-taoyuan-city-2024-news-trad", 0.66, 0.92],
  // batch 257: mainland texts of the west (库尔勒, 利通, 水磨沟, 乌鲁木齐, 榆林, 汉中)
  ["build korla city undated news (0.93)", "build-korla-city-undated-news", 0.93, 0.88],
  ["build litong district 2020 news (0.96)", "build-litong-district-2020-news", 0.95, 1.0],
  ["build shuimogou district 2020 news trad (0.94)", "build-shuimogou-district-2020-news-trad", 0.94, 0.87],
  ["build urumqi city 2017 news trad (0.93)", "build-urumqi-city-2017-news-trad", 0.93, 0.88],
  ["profile yulin city 2018 news (1.00)", "profile-yulin-city-2018-news", 1.0, 1.0],
  ["report hanzhong city 2020 news (0.93)", "report-hanzhong-city-2020-news", 0.93, 0.93],
  // batch 258: school profiles (潮州, 东方, 和平, 马鞍山, 莆田, 新丰)
  ["school chaozhou songchang high undated (0.89)", "school-chaozhou-songchang-high-undated", 0.88, 0.96],
  ["school dongfang sigeng middle 2007 (0.97)", "school-dongfang-sigeng-middle-2007", 0.96, 0.93],
  ["school heping liyuan kindergarten undated (0.93)", "school-heping-liyuan-kindergarten-undated", 0.93, 0.92],
  ["school maanshan second high 2011 (1.00)", "school-maanshan-second-high-2011", 1.0, 1.0],
  ["school putian baisha middle 2009 (0.95)", "school-putian-baisha-middle-2009", 0.95, 0.9],
  ["school xinfeng jiading primary 2016 (0.84)", "school-xinfeng-jiading-primary-2016", 0.84, 1.0],
  // batch 259: plans and reports with tables or city-by-city lists (青山, 都江堰, 湖南, 番禺, 温州, 宁波)
  ["budget qingshan district 2020 rural (0.89)", "budget-qingshan-district-2020-rural", 0.88, 0.0],
  ["fyp dujiangyan city 2017 (1.00)", "fyp-dujiangyan-city-2017", 1.0, 0.47],
  ["livelihood hunan province 2013 (1.00)", "livelihood-hunan-province-2013", 1.0, 0.96],
  ["plan panyu district 2022 news (0.80)", "plan-panyu-district-2022-news", 0.8, 0.7],
  ["report wenzhou city 2023 news (0.95)", "report-wenzhou-city-2023-news", 0.95, 0.95],
  ["stats ningbo city 2022 news (1.00)", "stats-ningbo-city-2022-news", 1.0, 0.21],
  // batch 260: city and county education overviews (温州, 诸城, 德清, 曲阜, 嘉善, 南通)
  ["fyp deqing county 2016 (1.00)", "fyp-deqing-county-2016", 1.0, 0.15],
  ["letter zhucheng city undated (0.91)", "letter-zhucheng-city-undated", 0.91, 0.95],
  ["livelihood jiashan county 2023 news (1.00)", "livelihood-jiashan-county-2023-news", 1.0, 0.9],
  ["report nantong city 2025 news (1.00)", "report-nantong-city-2025-news", 1.0, 0.0],
  ["stats wenzhou city 2022 news trad (1.00)", "stats-wenzhou-city-2022-news-trad", 1.0, 1.0],
  ["summary qufu city 2018 news (0.95)", "summary-qufu-city-2018-news", 0.95, 0.0],
  // batch 262: provincial programmes (江苏 资助, 宁夏 and 云南 营养改善计划, 福建 乡村教师, 甘肃 薄弱学校, 内蒙古 特岗)
  ["aid jiangsu province 2018 news (1.00)", "aid-jiangsu-province-2018-news", 1.0, 1.0],
  ["meal ningxia region 2016 news (0.95)", "meal-ningxia-region-2016-news", 0.94, 0.7],
  ["meal yunnan province 2014 news (1.00)", "meal-yunnan-province-2014-news", 1.0, 0.33],
  ["recruit inner mongolia region 2009 news (1.00)", "recruit-inner-mongolia-region-2009-news", 1.0, 0.83],
  ["report gansu province 2014 news trad (0.88)", "report-gansu-province-2014-news-trad", 0.87, 0.0],
  ["subsidy fujian province 2018 news (0.69)", "subsidy-fujian-province-2018-news", 0.68, 1.0],
  // batch 261: Taiwan national news (教育部 programmes, forecasts, admissions, scholarships)
  ["budget taiwan digital 2021 news trad (0.75)", "budget-taiwan-digital-2021-news-trad", 0.75, 0.75],
  ["enrol taiwan universities 2025 placement news trad (0.73)", "enrol-taiwan-universities-2025-placement-news-trad", 0.72, 0.07],
  ["plan taiwan teachers 2026 news trad (0.80)", "plan-taiwan-teachers-2026-news-trad", 0.8, 0.7],
  ["stats taiwan forecast 2022 news trad (0.47)", "stats-taiwan-forecast-2022-news-trad", 0.46, 0.5],
  ["stats taiwan freshmen 2025 news trad (0.35)", "stats-taiwan-freshmen-2025-news-trad", 0.35, 0.62],
  ["subsidy taiwan scholarship 2026 news trad (0.71)", "subsidy-taiwan-scholarship-2026-news-trad", 0.7, 0.37],
  ["subsidy taiwan vocational 2023 trad (1.00)", "subsidy-taiwan-vocational-2023-trad", 1.0, 0.57],
  // batch 263: Hong Kong press (小一 and 中一 places, JUPAS, international schools, school-age population)
  ["enrol hongkong jupas 2008 news trad (0.77)", "enrol-hongkong-jupas-2008-news-trad", 0.77, 0.0],
  ["enrol hongkong jupas 2018 news trad (0.50)", "enrol-hongkong-jupas-2018-news-trad", 0.5, 0.0],
  // (較去年減逾五千三百人 is now named by the measure before and matched; the story's forecasts read as reports)
  ["enrol hongkong primary 2019 news trad (0.38)", "enrol-hongkong-primary-2019-news-trad", 0.38, 0.16],
  ["enrol hongkong primary 2021 news trad (0.68)", "enrol-hongkong-primary-2021-news-trad", 0.68, 0.0],
  ["report hongkong secondary 2021 news trad (0.50)", "report-hongkong-secondary-2021-news-trad", 0.5, 0.0],
  ["stats hongkong international 2018 news trad (0.72)", "stats-hongkong-international-2018-news-trad", 0.72, 0.64],
  ["stats hongkong population 2021 news trad (0.75)", "stats-hongkong-population-2021-news-trad", 0.75, 0.77],
  // batch 264: county livelihood lists (鹤城, 墨江, 涉县, 鹿邑, 枣强, 安达)
  ["livelihood anda city 2024 news (1.00)", "livelihood-anda-city-2024-news", 1.0, 1.0],
  ["livelihood hecheng district 2025 (1.00)", "livelihood-hecheng-district-2025", 1.0, 0.09],
  ["livelihood luyi county 2024 news trad (0.95)", "livelihood-luyi-county-2024-news-trad", 0.95, 0.0],
  ["livelihood mojiang county 2025 news (1.00)", "livelihood-mojiang-county-2025-news", 1.0, 0.0],
  ["livelihood shexian county 2025 news (0.65)", "livelihood-shexian-county-2025-news", 0.64, 0.36],
  ["livelihood zaoqiang county 2022 news (1.00)", "livelihood-zaoqiang-county-2022-news", 1.0, 0.87],
  // batch 265: Taiwan county budgets and council news (屏東, 基隆, 南投, 嘉義市, 新竹市, 臺東)
  ["budget chiayi city 2025 news trad (0.67)", "budget-chiayi-city-2025-news-trad", 0.66, 0.75],
  ["budget hsinchu city 2026 news trad (0.86)", "budget-hsinchu-city-2026-news-trad", 0.85, 0.75],
  ["budget keelung city 2021 news trad (0.88)", "budget-keelung-city-2021-news-trad", 0.87, 0.6],
  ["budget taitung county 2017 news trad (0.60)", "budget-taitung-county-2017-news-trad", 0.6, 0.33],
  ["build pingtung county 2017 news trad (0.47)", "build-pingtung-county-2017-news-trad", 0.47, 0.6],
  ["build pingtung county 2023 news trad (0.92)", "build-pingtung-county-2023-news-trad", 0.92, 0.53],
  ["council nantou county 2025 news trad (0.56)", "council-nantou-county-2025-news-trad", 0.56, 0.62],
  // batch 266: Taiwan budgets and free lunch (基隆, 新北, 臺中, 臺南)
  ["budget keelung city 2026 news trad (0.97)", "budget-keelung-city-2026-news-trad", 0.97, 0.04],
  ["budget newtaipei city 2026 news trad (0.59)", "budget-newtaipei-city-2026-news-trad", 0.59, 0.21],
  ["council keelung city 2025 trad (0.24)", "council-keelung-city-2025-trad", 0.23, 1.0],
  ["lunch newtaipei city 2026 news trad (0.83)", "lunch-newtaipei-city-2026-news-trad", 0.82, 0.25],
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["lunch taichung city 2025 news trad (0.76)", "lunch-taichung-city-2025-news-trad", 0.76, 0.53],
  ["lunch taichung city 2026 news trad (0.95)", "lunch-taichung-city-2026-news-trad", 0.95, 0.3],
  ["subsidy tainan city undated news trad (0.60)", "subsidy-tainan-city-undated-news-trad", 0.6, 1.0],
  // batch 267: Hong Kong news (學券, 直資, 非華語, 跨境學童, 教師流失, 特殊教育)
  // (a story whose sentences with figures mostly report now reads as a report; its figures the words leave unmarked, project sizes or quotas, follow)
  ["plan hongkong dss 2025 news trad (0.73)", "plan-hongkong-dss-2025-news-trad", 0.72, 0.5],
  ["report hongkong crossborder 2013 news trad (0.92)", "report-hongkong-crossborder-2013-news-trad", 0.91, 0.33],
  ["stats hongkong crossborder 2014 news trad (0.74)", "stats-hongkong-crossborder-2014-news-trad", 0.73, 0.05],
  ["stats hongkong sen 2023 news trad (0.73)", "stats-hongkong-sen-2023-news-trad", 0.73, 0.91],
  ["stats hongkong teachers 2024 news trad (0.76)", "stats-hongkong-teachers-2024-news-trad", 0.76, 1.0],
  ["subsidy hongkong kindergarten 2014 news trad (0.40)", "subsidy-hongkong-kindergarten-2014-news-trad", 0.4, 1.0],
  ["subsidy hongkong ncs 2019 news trad (0.59)", "subsidy-hongkong-ncs-2019-news-trad", 0.59, 0.3],
  // batch 268: district texts of large cities (丰台, 浦东, 龙华, 白云, 金牛, 灞桥)
  ["meeting jinniu district 2019 news (1.00)", "meeting-jinniu-district-2019-news", 1.0, 1.0],
  ["plan longhua district 2018 news (0.73)", "plan-longhua-district-2018-news", 0.72, 0.66],
  ["report fengtai district 2019 news (0.83)", "report-fengtai-district-2019-news", 0.83, 0.4],
  ["summary baiyun district 2020 news (0.56)", "summary-baiyun-district-2020-news", 0.55, 0.0],
  ["summary baqiao district 2022 news (1.00)", "summary-baqiao-district-2022-news", 1.0, 0.66],
  ["summary pudong district 2019 (1.00)", "summary-pudong-district-2019", 1.0, 1.0],
  // batch 269: Taiwan and Hong Kong leads (臺中 free lunch, 高雄 council, 非華語, 跨境學童, 國際學校)
  ["council kaohsiung city 2020 trad (0.33)", "council-kaohsiung-city-2020-trad", 0.33, 0.66],
  ["lunch taichung fee 2025 news trad (0.76)", "lunch-taichung-fee-2025-news-trad", 0.76, 0.9],
  ["lunch taichung legislator 2026 news trad (0.73)", "lunch-taichung-legislator-2026-news-trad", 0.73, 0.5],
  ["report hongkong crossborder 2017 news trad (1.00)", "report-hongkong-crossborder-2017-news-trad", 1.0, 0.85],
  ["report hongkong ncs 2019 news trad (0.73)", "report-hongkong-ncs-2019-news-trad", 0.72, 0.66],
  ["stats hongkong international 2024 news trad (0.31)", "stats-hongkong-international-2024-news-trad", 0.3, 0.5],
  // batch 270: mainland reviews with plans (威信, 桂平, 南宁, two 十四五 mid-term reviews)
  ["fyp nanning city 2021 (1.00)", "fyp-nanning-city-2021", 1.0, 1.0],
  ["letter guiping city 2022 trad (0.86)", "letter-guiping-city-2022-trad", 0.85, 1.0],
  ["report guiping city c2022 news trad (1.00)", "report-guiping-city-c2022-news-trad", 1.0, 0.54],
  ["report weixin county 2023 news trad (1.00)", "report-weixin-county-2023-news-trad", 1.0, 0.46],
  ["review xx area fyp c2023 (0.67)", "review-xx-area-fyp-c2023", 0.66, 1.0],
  ["review xx city fyp 2023 (0.93)", "review-xx-city-fyp-2023", 0.93, 1.0],
  // batch 271: mainland local news with figures (信丰, 章贡, 临川, 昆明, 文安, 秦皇岛)
  ["build qinhuangdao city 2017 news (1.00)", "build-qinhuangdao-city-2017-news", 1.0, 0.82],
  ["build wenan county 2016 news (0.62)", "build-wenan-county-2016-news", 0.61, 1.0],
  ["enrol linchuan district 2022 news (1.00)", "enrol-linchuan-district-2022-news", 1.0, 0.66],
  ["enrol xinfeng county 2021 (0.64)", "enrol-xinfeng-county-2021", 0.63, 1.0],
  ["enrol zhanggong district 2018 news (1.00)", "enrol-zhanggong-district-2018-news", 1.0, 1.0],
  ["meal kunming city 2020 news (0.93)", "meal-kunming-city-2020-news", 0.93, 0.33],
  // batch 272: mainland county and township texts (石门, 凤冈, 甘孜, 杨溪铺, 达州)
  ["build shimen county 2022 news (0.85)", "build-shimen-county-2022-news", 0.84, 0.84],
  ["report fenggang township 2006 (0.97)", "report-fenggang-township-2006", 0.97, 1.0],
  ["report ganzi prefecture 2021 news trad (0.72)", "report-ganzi-prefecture-2021-news-trad", 0.72, 0.6],
  ["report yangxipu town undated (0.97)", "report-yangxipu-town-undated", 0.96, 1.0],
  ["summary dazhou county undated trad (0.95)", "summary-dazhou-county-undated-trad", 0.94, 1.0],
  // batch 273: Macao texts (横琴 school, PISA, vocational courses, continuing education, obesity, nutrition)
  ["build macao hengqin school 2024 news trad (0.92)", "build-macao-hengqin-school-2024-news-trad", 0.92, 1.0],
  ["comment macao pisa 2010 trad (0.80)", "comment-macao-pisa-2010-trad", 0.8, 0.0],
  ["comment macao vocational 2023 news trad (0.77)", "comment-macao-vocational-2023-news-trad", 0.76, 1.0],
  ["question macao continuing education 2023 news trad (0.75)", "question-macao-continuing-education-2023-news-trad", 0.75, 0.33],
  ["report macao obesity 2014 news trad (0.62)", "report-macao-obesity-2014-news-trad", 0.61, 0.25],
  ["survey macao student nutrition c2009 trad (0.82)", "survey-macao-student-nutrition-c2009-trad", 0.82, 0.14],
  // batch 274: Taiwan school news (臺東專校, 新竹 會考, 宜蘭 實驗教育, 古坑國中, 臺南一中, 臺北 統計)
  ["budget taitung junior college 2024 trad (0.41)", "budget-taitung-junior-college-2024-trad", 0.41, 1.0],
  ["exam hsinchu area undated news trad (0.61)", "exam-hsinchu-area-undated-news-trad", 0.6, 0.28],
  // (its 5℅ and 10℅, a care-of sign typed for %, are now read as shares; the caps they state are named poorly)
  ["report yilan county 2016 news trad (0.50)", "report-yilan-county-2016-news-trad", 0.44, 0.37],
  ["school gukeng junior high 2011 news trad (0.71)", "school-gukeng-junior-high-2011-news-trad", 0.7, 0.0],
  ["school tainan first high 2025 news trad (0.76)", "school-tainan-first-high-2025-news-trad", 0.75, 0.76],
  // (the shares of 109學年度 and their changes in 千分點 are now read and named, with the kind a text of no date gives them)
  ["stats taipei city 2024 trad (0.56)", "stats-taipei-city-2024-trad", 0.8, 0.42],
  // Batches 275–281 (nineteenth session): 天津 and 上海 districts, 安徽, 江苏/浙江/山东 plans, northern cities, Taiwan counties, Hong Kong and Macao replies; first F1 unseen at the HEAD of that moment
  ["plan baodi district 2019 news (0.67)", "plan-baodi-district-2019-news", 0.66, 1.0],
  ["plan jizhou district 2022 news (1.00)", "plan-jizhou-district-2022-news", 1.0, 0.0],
  ["plan tanggu district 2013 news (1.00)", "plan-tanggu-district-2013-news", 1.0, 1.0],
  ["report jinghai district 2025 (1.00)", "report-jinghai-district-2025", 1.0, 1.0],
  ["stats jinnan district 2010 (0.97)", "stats-jinnan-district-2010", 0.96, 0.97],
  ["summary binhai district 2024 news (0.75)", "summary-binhai-district-2024-news", 0.75, 0.83],
  ["plan lingang area 2021 news (0.88)", "plan-lingang-area-2021-news", 0.87, 0.64],
  ["report jinshan district 2017 (1.00)", "report-jinshan-district-2017", 1.0, 1.0],
  ["review chongming district 2018 (1.00)", "review-chongming-district-2018", 1.0, 0.4],
  ["review songjiang district 2024 (0.71)", "review-songjiang-district-2024", 0.7, 1.0],
  ["stats songjiang district 2014 (0.38)", "stats-songjiang-district-2014", 0.98, 1.0],
  ["livelihood lixin county 2021 news (1.00)", "livelihood-lixin-county-2021-news", 1.0, 1.0],
  ["fyp cixi city c2021 (0.80)", "fyp-cixi-city-c2021", 0.8, 1.0],
  ["fyp yinzhou district 2021 (0.96)", "fyp-yinzhou-district-2021", 0.96, 1.0],
  ["fyp yueqing city 2017 (0.86)", "fyp-yueqing-city-2017", 0.85, 0.83],
  ["plan qingdao city 2021 news (0.91)", "plan-qingdao-city-2021-news", 0.91, 1.0],
  ["report wujin district 2021 news (1.00)", "report-wujin-district-2021-news", 1.0, 1.0],
  // (增加学位 kept whole: the new match has no year where the label dates it by the story, year 0.86 → 0.75)
  ["report cangzhou city 2023 news (0.80)", "report-cangzhou-city-2023-news", 0.93, 0.75],
  ["report cangzhou zone 2023 news (1.00)", "report-cangzhou-zone-2023-news", 1.0, 0.8],
  ["report hengshui city 2025 news trad (0.86)", "report-hengshui-city-2025-news-trad", 0.85, 0.75],
  ["report yingkou city 2024 news (1.00)", "report-yingkou-city-2024-news", 1.0, 1.0],
  ["report yingkou city 2025 news (0.80)", "report-yingkou-city-2025-news", 0.8, 1.0],
  ["build nantou county 2025 news trad (0.55)", "build-nantou-county-2025-news-trad", 0.54, 0.5],
  ["build nantou kangshou 2025 news trad (0.89)", "build-nantou-kangshou-2025-news-trad", 0.88, 0.66],
  ["build taichung city 2020 news trad (0.77)", "build-taichung-city-2020-news-trad", 0.76, 1.0],
  ["enrol pingtung county 2024 news trad (0.61)", "enrol-pingtung-county-2024-news-trad", 0.61, 0.37],
  ["lunch changhua county 2025 news trad (0.62)", "lunch-changhua-county-2025-news-trad", 0.62, 0.75],
  ["lunch taitung county c2014 news trad (0.62)", "lunch-taitung-county-c2014-news-trad", 0.61, 0.0],
  ["budget hongkong preschool c2015 trad (0.40)", "budget-hongkong-preschool-c2015-trad", 0.4, 0.0],
  ["reply macao crossborder 2018 news trad (0.86)", "reply-macao-crossborder-2018-news-trad", 0.85, 0.66],
  ["report hongkong legco 2025 trad (0.50)", "report-hongkong-legco-2025-trad", 0.5, 0.66],
  // (a table of school years (2009/10學年 …) whose unit is only in the notes after it: not read yet)
  ["stats hongkong ncs c2015 trad (0.00)", "stats-hongkong-ncs-c2015-trad", 0.0, 0.0],
  ["subsidy hongkong legco 1998 trad (0.71)", "subsidy-hongkong-legco-1998-trad", 0.71, 0.0],
  // Batches 282–288 (nineteenth session): 重庆, 贵州, 粤东西北, 湖北/湖南, 苏北, Taiwan statistics news, 2026 plans and 民生实事; first F1 unseen at the HEAD of that moment
  ["livelihood wushan county 2018 news (0.97)", "livelihood-wushan-county-2018-news", 0.96, 1.0],
  ["points bishan district 2018 news (0.83)", "points-bishan-district-2018-news", 0.83, 1.0],
  ["report tongnan district 2021 (0.89)", "report-tongnan-district-2021", 0.88, 1.0],
  ["stats rongchang district 2022 (1.00)", "stats-rongchang-district-2022", 1.0, 1.0],
  ["summary fengjie county 2024 news (0.81)", "summary-fengjie-county-2024-news", 0.81, 1.0],
  ["summary tongnan district c2024 (1.00)", "summary-tongnan-district-c2024", 1.0, 0.8],
  ["build sinan county 2014 news (0.89)", "build-sinan-county-2014-news", 0.88, 0.14],
  ["profile tongren city 2011 trad (0.97)", "profile-tongren-city-2011-trad", 0.97, 0.13],
  ["report bozhou district c2018 news (0.81)", "report-bozhou-district-c2018-news", 0.8, 0.69],
  ["report kaili city 2010 news (1.00)", "report-kaili-city-2010-news", 1.0, 1.0],
  ["report renhuai city undated news (0.92)", "report-renhuai-city-undated-news", 0.92, 1.0],
  ["build puning city 2021 news (0.89)", "build-puning-city-2021-news", 0.88, 0.88],
  ["build puning city 2024 news (1.00)", "build-puning-city-2024-news", 1.0, 1.0],
  ["profile lufeng city 2018 trad (1.00)", "profile-lufeng-city-2018-trad", 1.0, 1.0],
  ["profile raoping county c2011 (0.93)", "profile-raoping-county-c2011", 0.92, 1.0],
  ["report xinyi city c2004 news (0.67)", "report-xinyi-city-c2004-news", 0.66, 0.66],
  ["summary shanwei city 2022 (0.97)", "summary-shanwei-city-2022", 0.96, 0.0],
  ["summary yangjiang city 2019 (0.98)", "summary-yangjiang-city-2019", 0.97, 1.0],
  ["livelihood shuangpai county 2024 (1.00)", "livelihood-shuangpai-county-2024", 1.0, 0.0],
  ["livelihood yangxin county 2025 news (0.92)", "livelihood-yangxin-county-2025-news", 0.91, 0.9],
  ["report chenzhou city 2024 news trad (1.00)", "report-chenzhou-city-2024-news-trad", 1.0, 0.61],
  ["report huangshi city 2025 news (1.00)", "report-huangshi-city-2025-news", 1.0, 0.66],
  ["report xiangtan county 2025 news (0.86)", "report-xiangtan-county-2025-news", 0.85, 0.6],
  ["report xishui county 2025 news (1.00)", "report-xishui-county-2025-news", 1.0, 1.0],
  ["livelihood suqian city 2023 news trad (0.84)", "livelihood-suqian-city-2023-news-trad", 0.84, 0.6],
  ["report lianshui county 2010 news (0.96)", "report-lianshui-county-2010-news", 0.95, 0.63],
  ["report sheyang county undated news (0.91)", "report-sheyang-county-undated-news", 0.9, 0.0],
  ["stats dongtai city 2013 (0.97)", "stats-dongtai-city-2013", 0.97, 1.0],
  ["stats jianhu county 2011 (0.94)", "stats-jianhu-county-2011", 0.93, 1.0],
  ["stats suining county undated (1.00)", "stats-suining-county-undated", 1.0, 1.0],
  // (a law's text: its minimums are named by whole clauses of the act, 各级政府教育经费预算合计应不低于…之比例)
  ["budget taiwan national 2024 trad (0.92)", "budget-taiwan-national-2024-trad", 0.92, 0.0, 22],
  ["stats taiwan graduates 2021 news trad (0.67)", "stats-taiwan-graduates-2021-news-trad", 0.73, 0.86],
  ["stats taiwan newimmigrant 2022 news trad (0.77)", "stats-taiwan-newimmigrant-2022-news-trad", 0.83, 0.96],
  ["stats taiwan newimmigrant 2023 news trad (0.80)", "stats-taiwan-newimmigrant-2023-news-trad", 0.8, 0.88],
  ["stats taiwan newimmigrant 2024 news trad (0.68)", "stats-taiwan-newimmigrant-2024-news-trad", 0.84, 0.53],
  ["livelihood beijing city 2026 news (0.93)", "livelihood-beijing-city-2026-news", 0.92, 1.0],
  ["livelihood chengzhong district 2026 news trad (0.90)", "livelihood-chengzhong-district-2026-news-trad", 0.9, 0.81],
  ["livelihood haidian district 2026 news (0.88)", "livelihood-haidian-district-2026-news", 0.88, 0.09],
  ["meeting zhengzhou city 2026 news (0.86)", "meeting-zhengzhou-city-2026-news", 0.85, 0.5],
  ["points changsha city 2026 news (0.86)", "points-changsha-city-2026-news", 0.85, 0.16],
  ["review changping district 2025 news (0.67)", "review-changping-district-2025-news", 0.66, 0.6],
];

// A page of a bureau's site (breadcrumbs, 【进行中】, phone, contents with page numbers,
// 专栏4.) whose opening holds no figure of the plan: nothing may come out of it.
test("Hongqiao 十五五 draft page with its furniture: no record", () => {
  const text = read(join("real", "page-hongqiao-15th-fyp-draft.txt"));
  expect(extractIndicators(text, { source: "page-hongqiao-15th-fyp-draft.txt" }).indicators).toEqual([]);
});

// A real text whose labels are all optional (a 工作要点's opening of preamble and party work):
// nothing may come out of it but what those labels allow.
test("Wuhu 2024 work points, opening only: no record beyond the optional labels", () => {
  const text = read(join("real", "points-wuhu-city-2024.txt"));
  const s = scoreExtraction(parseGold(read(join("real", "points-wuhu-city-2024.jsonl"))), extractIndicators(text, { source: "points-wuhu-city-2024.txt" }).indicators);
  expect(s.extra).toEqual([]);
});

describe("real published texts against their labels", () => {
  const real = (name: string) => read(join("real", name));
  test.each(REAL)("%s", (_, stem, minF1, minAgreement, longestMedian = 16) => {
    const text = real(`${stem}.txt`);
    expect(() => extractUnguarded(text)).not.toThrow();
    const s = scoreExtraction(parseGold(real(`${stem}.jsonl`)), extractIndicators(text, { source: `${stem}.txt` }).indicators);
    const report = [...s.missed.map((m) => `missed ${m}`), ...s.extra.map((m) => `extra ${m}`), ...s.disagreements].join("\n");
    expect({ f1: s.f1 >= minF1, comparator: s.comparator_agreement >= minAgreement, year: s.year_agreement >= minAgreement, kind: s.kind_agreement >= minAgreement, report: s.f1 >= minF1 ? "" : report }).toEqual({
      f1: true,
      comparator: true,
      year: true,
      kind: true,
      report: "",
    });
    expect(s.name_median_length).toBeLessThanOrEqual(longestMedian);
  });
});

// The issue's measure of names: over every real text, what comes out reads as a row label (the
// median name no longer than 12 characters), not as a sentence.
test("names on all real texts: median length at most 12 characters", () => {
  const lengths = REAL.flatMap(([, stem]) => extractIndicators(read(join("real", `${stem}.txt`))).indicators.map((r) => [...r.name].length)).sort((a, b) => a - b);
  expect(lengths.length).toBeGreaterThan(1000);
  const mid = lengths.length / 2;
  const median = lengths.length % 2 ? lengths[Math.floor(mid)]! : (lengths[mid - 1]! + lengths[mid]!) / 2;
  expect(median).toBeLessThanOrEqual(12);
});
