// Target or actual: a plan's figures are goals unless the words say they already happened
// (已建成, 完成了, 现有, 截至); a work summary's figures are results unless the words look
// ahead (力争, 确保, 计划, 下一步). Headings switch a document between the two (2022年工作
// 回顾 / 2023年工作打算), and a year before the one the title names is past.
import { ASIDE } from "./asides";
import type { Kind } from "./types";
import { LEADING_LIST_MARKER } from "./list-markers";
import { planPeriodEnd } from "./years";
import { wordedAsDone } from "./done-wording";

// (·综述·, 【概况】: a yearbook's entry on the year; 盘点, 亮点: a stock-taking of one)
// (高考安排及人数公布: the counts made known, not a quota's, 招生计划人数公布)
// (虹口区2020年教育数据: a year's data; not a plan or a notice about data, 2024年教育大数据平台建设,
// 2024年教育数据工作要点, 2024年度教育数据质量提升行动的通知)
// (…第0095号代表建议的答复, …提案办理情况的答复: a bureau's reply tells what has been done; its plans
// are marked 下一步, 将)
const SUMMARY_TITLE = /(?:建议|提案|议案)(?:办理情况)?的(?:答复|复函)|[【·]\s*(?:概况|综述|基本情况)\s*[】·]|盘点|亮点|总结|(?<!政府)工作报告|情况报告|(?:督导|评估|检查|调研|调查|审计|监测|验收)(?:工作)?的?报告|统计概况|统计公报|统计分析|(?:(?:测试|考试|统考|成绩|学情)(?:质量)?|质量)(?:分析报告|讲评|分析(?=\s*(?:\n|$)))|概况(?=\s*(?:\n|$))|情况汇报|情况的报告|情况的汇报|工作汇报|汇报材料|反馈意见|决算|自查报告|自评报告|述职|(?<!青)年报|公报|统计快报|年鉴|(?<!计划|招生|指标|名额|招录|招聘|招收|拟招|录取)人数(?:公布|出炉|发布)|(?:19|20)\d{2}\s*年度?[\u4e00-\u9fff]{0,10}?数据(?![^\n，,。；;]{0,12}(?:中心|平台|库|治理|建设|共享|管理|安全|应用|赋能|质量|要点|计划|规划|方案|意见|安排|行动|通知|工作))|成效|(?:成果|成就)(?=\s*(?:\n|$))|取得[^，,。\n]{0,8}(?:进步|成就|成绩|进展|突破)|回顾|(?:工作|完成|开展|落实|进展|推进|执行|实施)情况|情况(?=\s*[|｜]?\s*(?:\n|$))|(?<!确保|力争|努力|争取)(?:高质量|圆满|全面)完成[^，,。\n]{0,6}(?:十[一二三四五六七八九]五|规划|计划)/;
// (民生实事项目: the year's list of works promised; a report on them says 完成情况, a summary's word)
const PLAN_TITLE = /要点|计划|规划|方案|意见|安排|打算|(?<![的新])目标(?!(?:任务)?(?:完成|落实|执行))|行动|实事项目/;
// 我县营养改善计划累计落实补助资金1.1亿元: a programme's name inside a headline is no plan's title;
// the kind of a document is the head of its title, which comes last (…工作计划, …方案（试行）, …的通知,
// 民生实事项目40项)
const PLAN_HEAD = new RegExp(String.raw`(?:${PLAN_TITLE.source}|任务|项目|清单|纲要)(?:[(（][^()（）\n]{0,24}[)）]|[》”"」』:：]|的?通知|\s|\d+\s*[项个件条])*$`);

/**
 * The document's default: a summary reports, everything else plans. `published` is the page's
 * own date line (publicationYear), read by the caller before page furniture goes.
 */
export function documentKind(text: string, published: number | null = null): Kind {
  return readDocument(text, published).kind;
}

/** The name of the first rule by which a text reports (REPORTING_RULES, in order), or null when it plans. */
export function reportingRule(text: string, published: number | null = null): string | null {
  return readDocument(text, published).rule;
}

// a title that ends by naming a plan: …规划（2021—2025年）, 关于印发《…工作计划》的通知, 民生实事项目; the
// title itself may also end on …三年行动, …任务清单, …项目 (not a later line: 启动绿色行动 is a subheading)
const PLAN_WORDS = "要点|计划|规划|纲要|方案|意见|安排|打算|实事项目";
const TITLE_TAIL = String.raw`(?:[(（][^()（）\n]{0,24}[)）]|[》”"」』]|的?通知|\s)*$`;
const PLAN_TITLE_END = new RegExp(`(?:${PLAN_WORDS})${TITLE_TAIL}`);
const WORKS_TITLE_END = new RegExp(`(?:${PLAN_WORDS}|行动|清单|项目)${TITLE_TAIL}`);
// (2024年部门预算公开, 编列…预算 in the title: a budget is money to be spent; 预算执行情况 and 决算 tell
// what was; a budget named in a later line is often a self-evaluation's or an account's, whose
// figures the labels read as done)
const BUDGET_TITLE = /预算(?!执行|决算)/;

/**
 * What a whole text is, read once: its default kind, the rule that made it a report, and whether
 * a title line among the first is a plan's (工作要点, 布局规划, 实施方案) — the kind of a document
 * ends its title (a headline 今年我市计划新建… only says what is planned).
 */
export function readDocument(text: string, published: number | null = null, options: { wording?: boolean } = {}): DocumentReading {
  const e = new Evidence(text, published);
  // 今天公布：2023年浙江教育要做这十方面的民生实事: a headline that looks ahead (要做, 将建, 计划)
  // and names no summary says the story is of plans, whatever its date and its figures' words
  // (努力办好人民满意的教育: a slogan's resolve promises no figures)
  const headlinePlans = e.headline !== "" && !e.summary && markedKind(e.headline.replace(/努力|力求/g, "  ")) === "target";
  const ruled = headlinePlans ? null : (REPORTING_RULES.find((r) => r.holds(e))?.name ?? null);
  const planTitled = e.lines.slice(0, 3).some((l) => isTitleLine(l) && /(?:要点|计划|规划|方案|意见|安排|打算)[)）》]?\s*$/.test(l));
  // (…规划（2021—2025年）, 关于印发《…工作计划》的通知, 部门预算公开: a title that names a plan or a
  // budget says what the text is, whatever its words; the openings of 十四五 plans stored in the
  // labelled texts review the 十三五 and read as done, but a whole plan pasted has its targets too)
  const title = e.lines[0] && isTitleLine(e.lines[0]) ? e.lines[0] : "";
  const titled = WORKS_TITLE_END.test(title) || BUDGET_TITLE.test(title) || e.lines.slice(0, 3).some((l) => isTitleLine(l) && PLAN_TITLE_END.test(l));
  const undecided = ruled === null && !headlinePlans && !titled;
  const rule = undecided && options.wording !== false && wordedAsDone(text) ? WORDED_AS_DONE : ruled;
  return { kind: rule ? "actual" : "target", rule, planTitled, undecided };
}

/** The name of the last reporting rule: no rule read the text, and its wording is that of figures done (done-wording.ts). */
export const WORDED_AS_DONE = "worded as done";

export interface DocumentReading {
  kind: Kind;
  /** the rule that made it a report (REPORTING_RULES, or WORDED_AS_DONE), null when it plans */
  rule: string | null;
  /** a title line among the first is a plan's (工作要点, 布局规划, 实施方案) */
  planTitled: boolean;
  /** no rule read the text and no headline said it plans: its wording decides */
  undecided: boolean;
}

/** How many sentences say what was done, and how many what is to be. */
interface Balance {
  done: number;
  planned: number;
}

// 摘要：…, 编者按：…: an editor's abstract above a story, which is no title of it
const ABSTRACT = /^\s*[【\[]?(?:摘要|导读|编者按|内容提要)[】\]]?\s*[:：]/;
// what a news headline tells as having happened (落成, 集中交付, 揭牌, 跌至, 下探, 创…新低, 公布, 划定)
const HEADLINE_EVENT = /落成|交付|揭牌|启用|跌至|降至|下探|锐减|骤减|新低|新高|公布|划定|获核定|开学|竣工/;
// …not when it is still ahead (即将, 年内竣工, 2026年启用, a forecast: 推算…跌至), a plan or list made
// public (实施细则公布, 公布…民生实事), or a notice (关于…的通知)
const EVENT_NOT_YET = new RegExp(String.raw`即将|今秋|年内|年底|月底|推算|推估|预估|预测|(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月)?\s*(?:${HEADLINE_EVENT.source})|(?:细则|方案|办法|政策|计划|规划|实事)[^，,。\s]{0,4}公布|公布[^，,。\s]{0,12}(?:实事|项目|计划|方案)|^\s*关于|通知|公告|通告`);
/** Whether a headline with no word of tense tells an event that happened (铁西区…新(扩)建校集中交付). */
function tellsEvent(headline: string): boolean {
  return HEADLINE_EVENT.test(headline) && !AHEAD_ONE.test(headline) && !WILL_ONE.test(headline) && !EVENT_NOT_YET.test(headline);
}

/** What the rules look at: the first lines, the title words, and counts over the text (taken when first asked for). */
class Evidence {
  readonly lines: string[];
  readonly summary: RegExpExecArray | null;
  readonly plan: RegExpExecArray | null;
  /** (a plan's word in an opening paragraph, 落实…目标与任务, is not a plan's title) */
  readonly planTitle: boolean;
  /** (回顾：“十三五”时期…: a summary's word in a title line, not only in an opening sentence) */
  readonly summaryTitle: boolean;
  /** the first line when it reads as a headline (short, no sentence in it), else "" */
  readonly headline: string;
  private changeCount: number | undefined;
  private resultCount: number | undefined;
  private balances: { all: Balance; figures: Balance } | undefined;
  constructor(
    readonly text: string,
    readonly published: number | null,
  ) {
    // the title is among the first lines; furniture is gone by now
    // a title spaced out to a width (双 师 教 师 概 况) reads as its words
    this.lines = text
      .slice(0, 600)
      .split("\n")
      // (摘要：成功承办…出台了《…实施方案》: an editor's abstract tells what the story does, no title)
      .filter((l) => l.trim() && !ABSTRACT.test(l))
      .map((l) => l.replace(/(?<=[\u4e00-\u9fff])\s+(?=[\u4e00-\u9fff])/g, ""))
      // 2024年《政府工作报告》重点工作目标任务分解表: a document the title names is not its kind when
      // the title's own words say what it is
      .map((l) => {
        const own = l.replace(/《[^》]{1,40}》/g, "《》");
        return PLAN_TITLE.test(own) ? own : l;
      });
    const head = this.lines.slice(0, 3).join("\n").slice(0, 200);
    let summary = SUMMARY_TITLE.exec(head);
    // (实施…支持计划 in the opening prose is a programme, not the document's title: a plan's word
    // counts in the first lines only when one of them reads as a title; a summary's word, 完成情况
    // in a table's header, 回顾 in an opening sentence, tells what the text reports wherever it stands)
    let plan = PLAN_TITLE.exec(this.lines.slice(0, 3).some(isTitleLine) ? head : "");
    // a news page's own headlines may come first: a title-like line a little further down decides
    if (!summary && !plan) {
      const title = this.lines.slice(3, 6).find((l) => isTitleLine(l) && (SUMMARY_TITLE.test(l.trim()) || PLAN_TITLE.test(l)));
      if (title) [summary, plan] = [SUMMARY_TITLE.exec(title.trim()), PLAN_TITLE.exec(title)];
    }
    this.summary = summary;
    this.plan = plan;
    this.planTitle = !!plan && this.lines.slice(0, 3).some((l) => isTitleLine(l) && PLAN_HEAD.test(l));
    this.summaryTitle = !!summary && this.lines.slice(0, 3).some((l) => isTitleLine(l) && SUMMARY_TITLE.test(l.trim()));
    this.headline = this.lines[0] && isTitleLine(this.lines[0]) ? this.lines[0] : "";
  }
  /** figures set against the year before (比上年增加…, a total then 增长…) */
  get changes(): number {
    this.changeCount ??= (this.text.match(CHANGE_ON_LAST_YEAR) ?? []).length + (this.text.match(TOTAL_THEN_CHANGE) ?? []).length;
    return this.changeCount;
  }
  /** sentences whose own words say done (已, 了, 以来) and those that say planned (力争, 将) */
  get balance(): Balance {
    return this.countSentences().all;
  }
  /** the same, over the sentences that hold a figure */
  get figureBalance(): Balance {
    return this.countSentences().figures;
  }
  // (one pass for both: each sentence's kind is read once)
  private countSentences(): { all: Balance; figures: Balance } {
    if (this.balances) return this.balances;
    const all = { done: 0, planned: 0 };
    const figures = { done: 0, planned: 0 };
    // (names of documents and programmes, 《三年行动计划》, “强师计划”, say nothing of tense)
    for (const sentence of withoutNames(this.text).split(/[。！？；;\n]/)) {
      const kind = markedKind(sentence, this.published);
      if (kind === null) continue;
      const key = kind === "actual" ? "done" : "planned";
      all[key]++;
      // (a date, a time or a list number holds no figure: 3月12日…召开发布会)
      if (/\d/.test(sentence.replace(NO_FIGURE_DIGITS, ""))) figures[key]++;
    }
    this.balances = { all, figures };
    return this.balances;
  }
  /** words that report a result (RESULT_WORDS) */
  get results(): number {
    this.resultCount ??= (this.text.match(RESULT_WORDS) ?? []).length;
    return this.resultCount;
  }
  get untitled(): boolean {
    return !this.plan && !this.summary;
  }
}

// The ways a text shows it reports, tried in this order; a text none of them fits plans.
const REPORTING_RULES: { name: string; holds: (e: Evidence) => boolean }[] = [
  // 工作总结, 统计公报, 完成情况 … named in the title, before any word of a plan
  // (a plan's word in an opening sentence, 以办好人民满意教育为目标, does not outweigh a summary's word
  // in a title line, 回顾：“十三五”时期教育事业蓬勃发展)
  { name: "summary title", holds: (e) => !!e.summary && (!e.plan || e.summary.index <= e.plan.index || (!e.planTitle && e.summaryTitle)) },
  // 重点工作目标任务完成情况, 教育规划落实情况工作报告: a plan named before a report on how it went
  // is what the report is about (the head noun of a Chinese title comes last)
  {
    name: "report on a plan",
    holds: (e) => {
      const title = e.lines[0] && isTitleLine(e.lines[0]) && !/[|｜\t]/.test(e.lines[0]) ? e.lines[0] : "";
      const reportOn = SUMMARY_TITLE.exec(title);
      const planned = PLAN_TITLE.exec(title);
      return !!reportOn && !!planned && planned.index < reportOn.index && /情况|报告|汇报/.test(reportOn[0]) && !PLAN_TITLE.test(title.slice(reportOn.index));
    },
  },
  // no title to say (a statistics page that opens on 义务教育): figures set against the year
  // before, again and again, and few words looking ahead (落实…目标与任务 here and there does not
  // outweigh a page of such figures)
  { name: "changes on last year", holds: (e) => !e.planTitle && e.changes >= 3 && (e.text.match(LOOKS_AHEAD_ALL) ?? []).length * 4 <= e.changes },
  // no title, but the text opens by looking back (今年一至三季度以来，…; 截至2019年8月底，…)
  // (本网讯 今年以来，…: a news story's byline first)
  // (a plan's word in the opening's own sentences, 围绕…目标, is no title)
  // (刘明成：推动…迈进 / 访…局长 / 记者 张某 / 刚刚过去的2018年，…: the first line of prose after a
  // headline, its subtitle and byline)
  {
    name: "review opening",
    holds: (e) => {
      if (e.planTitle) return false;
      if (e.lines.slice(0, 3).some((l, i) => REVIEW_OPENING.test(l.replace(BYLINE, "")) && (i === 0 || l.trim().length <= 40 || BYLINE.test(l)))) return true;
      const prose = e.lines.slice(0, 5).find((l) => !isTitleLine(l));
      return !!prose && REVIEW_OPENING.test(prose.replace(BYLINE, ""));
    },
  },
  // no title, and the opening sentence tells what was done (2020年，…召开教育大会，…开启了…新征程)
  {
    name: "opening sentence done",
    holds: (e) => {
      // (…项目已完成主体封顶。区卫生健康委供图: a photo's caption opens nothing)
      const opening = e.lines[0] && !isTitleLine(e.lines[0]) && !PHOTO_CREDIT.test(e.lines[0]) ? firstSentence(e.lines[0]) : "";
      // (朝着…的目标稳步迈进: a goal named as a noun sets none)
      // (…人大会议召开…，代表票决选出了2024年十大民生实事项目: a meeting that made a plan tells the plan)
      return !e.planTitle && !e.summary && !!opening && openingKind(opening) === "actual" && !PLAN_COMES_OUT.test(opening);
    },
  },
  // a page with no title but its date (日期：114/04/21), or a news story (本报讯（通讯员…）笔者日前从…
  // 获悉, dated by its paper even when the page is not), with fewer words looking ahead than said to
  // have happened (到2023年 on a page of 2024 is a deadline passed; 超额完成…目标任务, 实现了…的目标 a goal met)
  {
    name: "dated page or story",
    holds: (e) => {
      // (2025高明十大民生实事出炉, …公布了…民生实事项目: a story that a plan came out tells the plan)
      if (e.planTitle || e.summary || PLAN_COMES_OUT.test(e.text.slice(0, 300)) || PLANS_SET_OUT.test(e.text.slice(0, 300)) || (e.published === null && !NEWS_OPENING.test(e.lines.slice(0, 4).join("\n")) && !NEWS_SIGNOFF.test(e.text.slice(-200)) && ((e.text.match(ATTRIBUTED) ?? []).length < 3 || EXPLAINS_A_PLAN.test(e.text)))) return false;
      const { published } = e;
      // (《…三年行动计划(2023-2025)》: the name of a document looks ahead for nobody)
      const text = e.text.replace(/《[^》\n]{1,60}》/g, (m) => " ".repeat(m.length));
      const ahead = [...text.matchAll(LOOKS_AHEAD_ALL)].filter((m) => !(m[1] && published !== null && Number(m[1]) < published) && !(/^(?:目标|任务)$/.test(m[0]) && goalNamedOnly(text.slice(Math.max(0, m.index - 26), m.index)))).length;
      return ahead + willCount(text) <= Math.max(1, ((text.match(LOOKED_BACK) ?? []).length + e.changes) / 2);
    },
  },
  // nor a date, but figures said again and again to have happened (近3年来，累计…; 一直以来), and not
  // one word looking ahead: a digest of results
  // (将推进, 将建成: a story of what will be is no digest)
  { name: "digest of results", holds: (e) => e.untitled && !LOOKS_AHEAD.test(e.text) && (e.text.match(LOOKED_BACK) ?? []).length >= 3 && willCount(e.text) === 0 },
  // a news headline that itself says what was done (海南去年新增51个教育集团, …已建成…) and names no
  // kind of document
  // (铁西区7所公立新(扩)建校集中交付, 幼稚园数量跌至983间, 新校舍落成: an event told, with no word looking ahead)
  { name: "headline done", holds: (e) => e.untitled && !!e.headline && (markedKind(e.headline) ?? (tellsEvent(e.headline) ? "actual" : null)) === "actual" },
  // a news headline that names no kind of document, then a story whose opening sentence tells
  // what was done (某县新建学校38所 / 近日，某县召开教育大会，表彰了…)
  {
    name: "story after a headline",
    holds: (e) => {
      if (!e.untitled || !e.headline) return false;
      const first = e.lines.slice(1, 3).find((l) => !isTitleLine(l));
      return !!first && markedKind(firstSentence(first)) === "actual";
    },
  },
  // no title of a plan, and the first part is headed 一、工作落实情况 (the opening before it leads into it)
  {
    name: "first part a review",
    holds: (e) => {
      if (e.planTitle) return false;
      const first = /^\s*一\s*[、.．]\s*([^\n]{2,30})$/m.exec(e.text);
      return !!first && REVIEW_HEADING.test(first[1]!) && !PLAN_HEADING.test(first[1]!);
    },
  },
  // no title and not one word looking ahead, but the stock counts of a statistics page or a
  // yearbook's entry (招生901人，在校生2 210人，毕业生607人)
  // (a word looking ahead here and there, 科技计划项目, does not outweigh a page of such counts)
  {
    name: "statistics entry",
    holds: (e) => {
      if (e.planTitle || e.summary) return false;
      // (设计班级数36个，学生总人数1800人: the size a school is built for counts nothing yet)
      const stock = e.text.split(/[。；;\n]/).filter((t) => !PROJECT_WORDS.test(t)).reduce((n, t) => n + (t.match(STOCK_COUNTS) ?? []).length, 0);
      return stock >= 3 && (e.text.match(LOOKS_AHEAD_ALL) ?? []).length + willCount(e.text) <= Math.floor(stock / 6);
    },
  },
  // no title nor date, and the words of results (首次, 获批, 入选, 揭牌, 升格为, 稳居, 创历史新高)
  // outnumber those that look ahead: an excerpt of a report of results (a 政府工作报告's review)
  {
    name: "words of results",
    // (“双高计划”, 《…规划》: the names of programmes and documents look ahead for nobody)
    holds: (e) => e.untitled && e.published === null && !e.planTitle && e.results >= 2 && e.results > (withoutNames(e.text).match(AHEAD_WORDS) ?? []).length,
  },
  // no title nor date, and most sentences say what was done (a dated page has been weighed above)
  {
    name: "sentences mostly done",
    holds: (e) => {
      if (e.planTitle || (e.summary && e.summaryTitle)) return false;
      const { done, planned } = e.balance;
      return done >= 2 && done + 1 >= 2 * (planned + 1);
    },
  },
  // (a text of no plan title in which more sentences with figures say what was done than what is to be)
  {
    name: "figures mostly done",
    // (not a story about a plan: 方案提出, 政策解读, 行动计划正式出台, 民生实事项目正式出炉)
    holds: (e) => !e.planTitle && !(e.summary && e.summaryTitle) && !EXPLAINS_A_PLAN.test(e.text) && !PLAN_COMES_OUT.test(e.text) && e.figureBalance.done >= 2 && e.figureBalance.done >= 2 * e.figureBalance.planned,
  },
];
// (a byline in brackets, （记者 杨帆）, whatever stands before it; a press conference held)
// (钱文勇 特约通讯员:赵虎), （记者 张三 通讯员 李四）: a story signed off with its reporters
const NEWS_SIGNOFF = /[(（][^()（）\n]{0,12}(?:记者|通讯员)[^()（）\n]{0,20}[)）]\s*$/;
// 教育處指出, 教育處統計, 校長表示: a story that keeps saying who said or counted what is news
const ATTRIBUTED = /(?:教育处|教育局|教育厅|教育部|教青局|教育署|主计处|统计处|校长|局长|处长|主任|部长|官员|发言人)(?:也|并|则|还)?(?:指出|表示|统计|宣布|透露|坦言|证实)/g;
// 召开会议，部署今年教育重点工作 / 新闻发布会介绍今年…: a meeting or conference setting out the year's work
const PLANS_SET_OUT = /(?:部署|安排|介绍)了?(?:今年|本年度?|明年|新一年|全年)/;
// 3月12日, 2024年, 1、: dates, years and list numbers, which hold no figure of a sentence
const NO_FIGURE_DIGITS = /(?:19|20)\d{2}\s*[-—–~至到/]\s*(?:19|20)?\d{2}\s*年|(?:19|20)\d{2}\s*年|\d{1,2}\s*[月日时点号](?!\s*\d)|^\s*\d{1,2}\s*[、.．]/g;
// 方案正式印发, 民生实事项目正式出炉, 公布了…民生实事, 代表票决选出了…民生实事项目: a plan coming out (not 年初确定的十件民生实事进展
// 顺利, 按照规划确定的布局: a plan named)
const PLAN_COMES_OUT = /(?:计划|方案|规划|意见|实事项目?|实事)[”"」》]?\s*(?:正式)?(?:出炉|出台|印发|公布|发布)|(?:公布|发布)了[^，,。；;\n]{0,12}(?:实事|项目|计划|方案)|(?:选出|票决出|票选出|确定)了[^，,。；;\n]{0,16}实事/;
// (答记者问, 解读, a 方案 or 规划 named: officials explaining a plan are no news of what was done)
const EXPLAINS_A_PLAN = /答记者问|解读|(?:方案|规划|计划|意见|要点)(?:[》”"」]|明确|提出|要求)/;
// (新华社北京3月5日电, 中評社澎湖9月1日電, 中央社台北1日電: a wire story's dateline; 大众网记者 张三 通讯员
// 李四 青岛报道: a byline on its own line)
const NEWS_OPENING = /本报讯|本网讯|(?:^|\n)\s*[^\n，,。；;]{0,24}?(?:社|网|报)[\u4e00-\u9fff]{0,8}?\s*(?:(?:19|20)\d{2}\s*年\s*)?(?:\d{1,2}\s*月\s*)?\d{1,2}\s*日\s*电(?![视话子脑力报告])|(?:^|\n)\s*[\u4e00-\u9fff·]{0,10}(?:新闻|网|报|社|台)讯(?=\s|[（(：:]|\d)|[(（][^()（）\n]{0,8}记者[^()（）\n]{2,16}电\s*[)）]|[电讯]\s*[(（]\s*(?:记者|通讯员)|[(（]\s*(?:记者|通讯员)\s*[\u4e00-\u9fff]{2,4}\s*[)）]|(?:记者|笔者)[^，,。\n]{0,20}(?:获悉|了解到|得知)|记者\s*[\u4e00-\u9fff]{2,4}\s*[／/]?\s*(?:[\u4e00-\u9fff]{2,6}\s*)?报[道导]|新闻发布会[^，,。\n]{0,10}召开|(?:^|\n)[ \t]*[\u4e00-\u9fff]{0,8}记者[\u4e00-\u9fff \t]{2,40}?报道[ \t]*(?=\n)/;
// 《三年行动计划》, “强师计划”: the names of documents and programmes, blanked (offsets kept) where the
// words of tense are counted, for they say nothing of it
const NAMES = /《[^》\n]{1,60}》|“[^”\n]{1,30}”/g;
const withoutNames = (text: string) => text.replace(NAMES, (m) => " ".repeat(m.length));
const PROJECT_WORDS = /设计|项目|工程|建成后|迁建|扩建后|规划/;
const STOCK_COUNTS = /招生\s*\d|在校生(?:总?人数)?\s*\d|毕业生(?:人数)?\s*\d|在园幼儿(?:总?人数)?\s*\d|专任教师\s*\d|(?:学生|中小学)总?人数\s*\d|寄宿生\s*\d|班级数\s*\d/g;
// words that report a result, and the words that look ahead they are weighed against: every one,
// names of plans (三年行动计划) and 要 included, unlike LOOKS_AHEAD (a text that so much as names plans is
// less surely an excerpt of results)
// (not 完工, 建成投用, 稳步提升, 得到保障: a plan sets those as goals, 2023年完工, 教育公平得到保障)
// (全面完成, 得到加强, 排全国前列, 上线运行: a government report's review says what was done in such words, with
// no 已 or 了)
const RESULT_WORDS = /首次|成功(?:举办|创建|设置|获批|入选|申报)|获批|入选|揭牌|升格为|更名为|稳居|位居|跻身|荣获|获评|被评为|被认定为|创(?:历史)?新高|历史性突破|实现了|取得了|正式招生|提前完成|超额完成|(?:全面|全部|顺利|如期)完成(?=[。，,；;]|$)|得到(?:加强|提升|改善|巩固)|排(?:全国|全省)?前列|上线运行|稳中有升|(?:圆满|胜利|顺利)收官(?!之年|年)|(?<!力争|争取|确保|努力|全力|要|将|积极|加快)创成(?!之年|年)|(?<!确保|力争|争取|努力|要|将|必须)(?:圆满|全面|超额|顺利)完成[^，,。；;]{0,16}(?:目标|任务)/g;
// (圆满完成…各项目标任务, 五年计划: a goal met and a plan named look ahead for nobody)
// 将 not of the future: 将来 (that is ahead, but as a noun), 将近, 将其/将这 (the object marker), and
// 将军, 将领, 将士 (a general; 將軍國小 is a school; 将领取 is "will receive")
/** After 将: a general (将军, 将领, 将士), not "will" (将领取 is). */
export const A_GENERAL = String.raw`[军士]|领(?![取到衔办])`;
const NOT_WILL = String.raw`(?![来近其这该此所与和把对\d一二两三四五六七八九十]|${A_GENERAL})`;
// 规划目标基本全面实现, 目标如期实现, 任务全面完成: a goal or task said met, after its noun
const GOAL_MET_AFTER = String.raw`(?:任务)?[”"」]?(?:基本|已经?|均|都|全部|全面|如期|顺利|提前|超额|圆满)+(?:实现|完成|达成)`;
const AHEAD_WORDS = new RegExp(String.raw`力争|确保|未来|(?<!(?<!\d)[一二两三四五六七八九十]年|行动|完成年度?|超)计划|争取|预计|拟|(?<!(?:已|已经|全面|首次|第一次|顺利|圆满|如期|提前|超额)(?:实现|完成|达成)了?[^，,。；;]{0,16}|(?:实现|完成|达成)了[^，,。；;]{0,16})(?:目标|任务)(?![”"」]?${GOAL_MET_AFTER})|下一步|今后|明年|到\s*(?:19|20)\d{2}\s*年|将${NOT_WILL}|(?<![主重需纲摘提简只])要(?![求点素])`, "g");
// (for one test: a global pattern's .test keeps its place between calls)
const AHEAD_ONE = new RegExp(AHEAD_WORDS.source);
// 根据县政府统计, 据统计, 根据新一份《小学概览》显示, 数据显示, 報告顯示: figures counted are what was (not
// 依据…统计口径, a standard, nor 预测显示, a forecast)
const STATISTICS_SAID = String.raw`(?<!依)据[^，,。；;
]{0,20}?(?<!口径|预测|测算)(?:统计|显示)(?!口径|标准)|统计(?:显示|数据表明)|(?<!预测|推算|推估|测算)(?:数据|报告|资料|数字)(?:显示|表明)`;
const LOOKED_BACK = new RegExp(String.raw`以来|年来|累计|已经|已|共有|先后|荣获|被评为|${STATISTICS_SAID}`, "g");
// 本网讯, 贵阳网·甲秀新闻讯 9月10日: a news story's byline and date, before its first words
const BYLINE = /^\s*[\u4e00-\u9fff·]{0,10}(?:本报|本网|新闻|网|报|社|台)讯\s*(?:\d{1,2}\s*月\s*\d{1,2}\s*日\s*[，,]?)?\s*/;
// (一、自104年至107年6月止，…: a span up to a date now past)
const REVIEW_OPENING = /^\s*(?:[^，,。；;]{0,14}以来|截至|截止|(?:[一二三四五六七八九十]+、)?自[^，,。；;]{2,20}止|(?:刚刚|刚)?过去的\s*(?:一年|(?:19|20)\d{2}\s*年)|回首(?:过去的)?\s*(?:一年|(?:19|20)\d{2}\s*年))/;
// 比上年增加, 较上一学年增加, 较前一学年减少, 同比增长
// (比2017年提高2.64个百分点: against a year named)
const CHANGE_ON_LAST_YEAR = /(?:[比较](?:上一?|前一)学?年度?(?:同期)?|[比较]\s*(?:19|20)\d{2}\s*年(?:底|末)?(?:同期)?|同比)(?:增加|减少|增长|下降|提高|降低)/g;
// (a budget or policy address announces what will be; a meeting that 部署今年…工作 or a conference that
// 介绍今年… sets out what is to be done: PLANS_SET_OUT)
// 争取 money or projects (争取各级资金1.26亿元, 争取到…, 中央和省级资金) is what was obtained, not a resolve
const OBTAINED = String.raw`到(?!\s*(?:19|20)\d{2}|\s*[本今明]年)|(?:(?:到位|上级|中央|省级?|市级?|县级?|各级|国家|社会)[和及、与]?)+[^，,；;。]{0,6}?(?:资金|经费|支持|投入|资助|拨款|专项|债券)|(?:(?:到位|上级|中央|省级?|市级?|县级?|各级|国家|社会)[和及、与]?)*(?:资金|经费|项目|支持|投入|资助|拨款|专项|债券)|[^，,；;。\d]{0,12}?(?:补助|专项|项目)?(?:资金|经费)\s*(?:\d|$)`;
// (三年攻坚行动计划, 营养改善计划: the name of a programme looks ahead for nobody; 今年计划改造 does)
// (…改造计划专项资金: a programme's money)
// (14人计划留港升学, 她则计划前往荷兰: what people intend, told in a story, is no plan of the text's)
const PLAN_NOUN = String.raw`(?<!(?:年度|年|工作|行动|投资|招生|建设|发展|实施|项目|教学|按|按照|依|培养|培训|人才|英才|支持|工程|引才|助学|资助|专项|改善|提升|攻坚|振兴|倍增|提高|科技|研发|科研|火炬|星火|改造)计划)(?!专项|资金|经费)(?<!(?:\d\s*[人名位]|学生|考生|状元|家长|受访者)(?:则|都|亦|也|仍|均)?计划)`;
// (计划 before a verb of doing is "plan to" whatever stands before it: 今明两年计划新增)
const PLAN_VERB = String.raw`(?=新增|新建|改扩建|扩建|改造|投资|建设|建成|完成|招聘|招收|开工|投入|培训|安排|下达)`;
const LOOKS_AHEAD = new RegExp(String.raw`${PLANS_SET_OUT.source}|力争|确保|计划${PLAN_VERB}|计划${PLAN_NOUN}|争取(?!${OBTAINED})|预计|拟|目标|任务|下一步|今后|明年|预算案|施政报告|到\s*((?:19|20)\d{2})\s*年`);
const LOOKS_AHEAD_ALL = new RegExp(LOOKS_AHEAD.source, "g");
// 将 as "will" (将用3年时间, 将改造), counted against what a story reports; not 将其, 将41个, nor
// 将体育课“搬”进了滑雪场 (把, done)
// (将军, 将领, 将士: a general is no future; 將軍國小 is a school in Penghu)
const WILL = new RegExp(String.raw`将${NOT_WILL}`, "g");
// (for one test: a global pattern's .test keeps its place between calls)
const WILL_ONE = new RegExp(WILL.source);
const AHEAD_THEN_WILL = /(?:下一步|下步|今后|明年|力争|预计)[^。；;！？!?\n]*$/;
function willCount(text: string): number {
  let n = 0;
  // (the rest of its clause, looked at within a sentence's reach: the text may be long)
  // (下一步，市财政将继续…: a 将 after a word looking ahead in its sentence is the same look, counted once)
  for (const m of text.matchAll(WILL)) if (!/了/.test(/^[^，,。；;]*/.exec(text.slice(m.index, m.index + 80))![0]) && !AHEAD_THEN_WILL.test(text.slice(Math.max(0, m.index - 30), m.index))) n++;
  return n;
}
const TOTAL_THEN_CHANGE = /\d\s*(?:万|亿)?\s*(?:%|[\u4e00-\u9fff]{1,4})[，,；;]\s*(?:增长|增加|下降|减少|提高|降低)\s*\d/g;

const PHOTO_CREDIT = /(?:供图|摄|图\s*[/／]\s*[\u4e00-\u9fff]{2,8}|图片来源[：:][^\n]{1,20})\s*[)）]?\s*$/;
const firstSentence = (line: string) => /^[^。！!？?]*/.exec(line)![0];

/** A short line with no sentence in it. */
const isTitleLine = (l: string) => l.trim().length <= 60 && !/[，,。；;]/.test(l);

/**
 * The year a document is about, from its title: the latest it names (2022年工作总结和2023年
 * 工作计划 → 2023), the first of a span (2021—2025年), the first of a five-year plan (十四五 →
 * 2021); null when the title names none.
 */
export function titleYear(text: string): number | null {
  // a title: a short line with no sentence in it that names a kind of document
  const head = text
    .slice(0, 400)
    .split("\n")
    .filter((l) => l.trim())
    .slice(0, 3)
    // (一、…完成情况 opens a section: a heading, not the document's title)
    .find((l) => isTitleLine(l) && !LEADING_LIST_MARKER.test(l) && (SUMMARY_TITLE.test(l.trim()) || PLAN_TITLE.test(l)));
  if (!head) return null;
  // a plan for a span of years (2021—2025年) is about the years from its first on
  const span = /((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*(?:19|20)\d{2}/.exec(head);
  if (span) return Number(span[1]);
  // (…第十四个五年规划和二〇三五年远景目标纲要: 2035 is the horizon, not the year the plan is about)
  const years = [...head.matchAll(/((?:19|20)\d{2})\s*(?=年)(?!年\s*远景)/g)].map((m) => Number(m[1]));
  // 112学年度, 民国112年: the Republic of China calendar
  for (const m of head.matchAll(/(?:民国\s*(\d{2,3})\s*年|(?<!\d)(1[0-3]\d)\s*学?年度)/g)) years.push(Number(m[1] ?? m[2]) + 1911);
  if (years.length) return Math.max(...years);
  // a five-year plan (十四五规划) is about the years from its first on
  // (a review of one, 「十三五」期间…十大成就, is about the period up to its end)
  const end = planPeriodEnd(head);
  return end === null ? null : SUMMARY_TITLE.test(head.trim()) ? end : end - 4;
}

// 2025年区政府实事项目, 关于印发2025年民生实事项目的通知, 海淀区昨天公布2026年重要民生实事项目: a
// list of the works a government will do in one year, named so in its title
const WORKS_LIST_TITLE = /民生实事|实事项目|为民办实事|民生工程|惠民实事/;
/** The one year the title of a year's list of works names, which its undated items are for (null when none or several). */
export function worksListYear(s: string): number | null {
  const title = s.slice(0, 400).split("\n").filter((l) => l.trim()).slice(0, 3).find((l) => l.trim().length <= 60 && WORKS_LIST_TITLE.test(l));
  // (2022年及未来五年…十件民生实事: works over years to come, not one year's)
  if (!title || /未来|今后|[一二两三四五六七八九十\d]\s*年(?:内|来|间)|期间|以来/.test(title)) return null;
  return onlyYear(title, /((?:19|20)\d{2})\s*年(?!\s*[-—–~至到])/g);
}

// 吉林省教育事业发展概况(2023年版), 2023年全省教育事业统计公报: a statistics title naming one year
const STATISTICS_TITLE = /统计(?:公报|概况|快报|数据|资料|分析)|事业(?:发展)?(?:统计)?(?:概况|公报)|基本情况统计|年鉴/;
/** The one year a statistics title names, whose undated counts are that year's (null when none or several). */
export function statisticsYear(s: string): number | null {
  const title = s.slice(0, 300).split("\n").filter((l) => l.trim()).slice(0, 3).find((l) => isTitleLine(l) && STATISTICS_TITLE.test(l));
  return title ? onlyYear(title, /((?:19|20)\d{2})\s*年/g) : null;
}

/** The one year `pattern` (global, the year in its first group) finds in a title, or null when none or several. */
function onlyYear(title: string, pattern: RegExp): number | null {
  const years = new Set([...title.matchAll(pattern)].map((m) => Number(m[1])));
  return years.size === 1 ? [...years][0]! : null;
}

/**
 * The year a page was published, from a date line near its top (日期：114/04/21, 发布时间：
 * 2024-03-01, 发布日期 2024年3月1日); null when there is none. A page with no title year reports
 * the years before it as past.
 */
export function publicationYear(text: string): number | null {
  return publicationDate(text)?.year ?? null;
}

/** The page's own date line, as publicationYear reads it, with its month when the line gives one. */
export function publicationDate(text: string): { year: number; month: number | null } | null {
  const lines = text.slice(0, 600).split("\n").filter((l) => l.trim()).slice(0, 6);
  const at = (year: number, month: string | undefined) => ({ year, month: month && Number(month) >= 1 && Number(month) <= 12 ? Number(month) : null });
  for (const l of lines) {
    // (索引号 | … / 成文日期 | 2024-12-03 | 公开方式: a page's metadata table; 添加时间:2020-12-1)
    const m = /(?:^|[|｜\t]|\s{2})\s*(?:日期|发布日期|发布时间|发文日期|成文日期|时间|更新日期|更新时间|(?:添加|发表|发稿|录入|上传)(?:日期|时间)|[Dd]ate|DATE)\s*[:：|｜]?\s*((?:19|20)\d{2}|1[0-3]\d)\s*[-/.年]\s*(\d{1,2})/.exec(l);
    if (m) return at(m[1]!.length === 3 ? Number(m[1]) + 1911 : Number(m[1]), m[2]);
    // a line that is only the page's date (2023-12-22 15:39:18, 2023年12月22日, 2025年1月16日 星期四)
    // (or followed by the page's source: 2024年02月29日07:47 | 来源：海南日报; 2026-03-19 08:39 北京青年报)
    // 来源：某日报 2021-02-05 23:17: the source, then the date
    // (甘孜日报 2023年08月11日: the paper, then the date)
    const sourced = /^\s*(?:来源\s*[:：][^\n]{0,30}?|[\u4e00-\u9fff]{2,8}(?:日报|晚报|时报|报|网)\s*)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*\d{1,2}/.exec(l);
    if (sourced) return at(Number(sourced[1]), sourced[2]);
    const bare = /^\s*((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*\d{1,2}\s*日?(?:\s*(?:星期|礼拜|周)[一二三四五六日天])?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*(?:$|[|｜丨]?\s*(?:来源|作者|编辑|发布|责任编辑|浏览|字号)|[\u4e00-\u9fff]{2,8}?(?:日报|晚报|时报|青年报|商报|都市报|晨报|早报|教育报|法制报|新闻网|新闻)\s*$)/.exec(l);
    if (bare) return at(Number(bare[1]), bare[2]);
    // (2020-07-22　實習記者胡尚佑: a news page's date, then its byline; a date before other words is a
    // schedule's line, 2024-03-01 学员报到)
    const byline = /^\s*((?:19|20)\d{2})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*\d{1,2}(?:\s+\d{1,2}:\d{2})?\s+[\u4e00-\u9fff]{0,6}?(?:记者|記者|通讯员|通訊員|撰文|作者|编辑|編輯)\s*[\u4e00-\u9fff、／/ ]{0,16}\s*$/.exec(l);
    if (byline) return at(Number(byline[1]), byline[2]);
    // (責任編輯:王錦坤 2024-09-02 16:37:23 來源:深圳特區報: the editor's name, then the date)
    const edited = /^\s*(?:责任编辑|責任編輯|编辑|編輯|作者)\s*[:：]\s*[\u4e00-\u9fff·]{2,6}\s+((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*\d{1,2}/.exec(l);
    if (edited) return at(Number(edited[1]), edited[2]);
    // day first, as Macao and Hong Kong pages write it (05/09/2019)
    const dayFirst = /^\s*\d{1,2}\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*((?:19|20)\d{2})\s*$/.exec(l);
    if (dayFirst) return at(Number(dayFirst[2]), dayFirst[1]);
  }
  return null;
}

/**
 * The year of the day a story opens on (2025年2月7日，在…会议上), in its first two lines: not the
 * page's date, which says whether the story reports, but the edge before which its years are past.
 */
export function openingDayYear(text: string): number | null {
  const lines = text.slice(0, 600).split("\n").filter((l) => l.trim()).slice(0, 2);
  for (const l of lines) {
    const m = /^\s*((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?:上午|下午|晚上?|早上|凌晨)?\s*[，,]/.exec(l);
    if (m) return Number(m[1]);
  }
  return null;
}

/** A figure for a year before the one a document is about happened; one after it is planned. */
export function yearKind(year: number | null, docYear: number | null): Kind | null {
  if (year === null || docYear === null || year === docYear) return null;
  return year < docYear ? "actual" : "target";
}

/** “十三五”期间 in a plan from 2021 on: the period named before a figure, as the year it ended. */
export function periodYear(sentenceBefore: string): number | null {
  const m = /十[一二三四五六七八九]五”?(?:期间|时期|以来|末)/.exec(sentenceBefore);
  return m ? planPeriodEnd(m[0]) : null;
}

// 辖12个乡镇, 总人口26万人: what a place is (its parts, its people, its area) is a fact, never a goal
// 累计/总计 only add up (累计达到60所 may be planned): the words around them decide
// 现时 (Hong Kong, Macao): at present; 仍有, 尚有: what is left now
// a verb done (了): 新增了…, 开启了…; not 为了, 了解, nor what a document 明确了 or 提出了 (its
// goals are still to be reached)
// 50项民生实事高质量完成, 改扩建工程顺利完成: a deed said finished at its clause's end, with no
// word of resolve before it in the clause (确保年底前全面完成 is a plan; the look back comes after
// the words, so it runs only where they stand)
/**
 * 我局共办理…195件, 共接待: a deed counted up reports what was done, for the figures of its own clause
 * only (a plan's 招聘计划：共招聘180名 counts what is to be done, so 招聘 is not among the deeds).
 */
const COUNTED_DEED = String.raw`共(?:计)?(?:办理|受理|接待|招收|录取|开展|举办|组织|培训|发放|资助|慰问|走访|查处|评选|表彰|创建|建成|新建|改扩建|承办|帮扶|救助|减免|收到|收集|审核|审批|引进|接收|安置|投用|交付|下达|拨付)了?`;
export const COUNTED_UP = new RegExp(COUNTED_DEED + "[^，,；;。]*$");
// (…共资助贫困学生2.8万人次；办理助学贷款4889人次: a deed counted up earlier in the sentence, with its figure;
// 公共培训 is no 共培训: the 共 of a count stands on its own)
export const COUNTED_UP_EARLIER = new RegExp("(?<!公)" + COUNTED_DEED + String.raw`[^。！？!?]*?\d[^。！？!?]*$`);
// 这四年来, 这五年间, 这四年增加…: the years just gone by (今后的这四年 are ahead; 2021—2025年这五年 is
// a plan's period)
// (近年来，…努力加大投入: a frame of time gone by, after which effort words tell how it was done)
const YEARS_GONE_BY = String.raw`(?<![年的]|今后|未来|接下来)这[一二三四五六七八九十两几]年(?!内|中|期间|计划|规划)`;
const FRAME_GONE_BY = new RegExp(String.raw`近年来?|[一二三四五六七八九十两几\d半]年来|(?<!一直)以来|过去|${YEARS_GONE_BY}`);
// 指标值1000元, 实际值为96.2%, 完成值100%: a performance report's slot word right before its figure
// (为, 是, 约, 达到 or a colon, and a sign, may stand between); not 以上年实际值为基数
const SLOT_TAIL = String.raw`(?=\s*(?:[：:]|为|是|约|近|达到?)?\s*[≥≤≧≦>＞<＜=＝]?\s*(?:\d|$))`;
const ACTUAL = new RegExp(String.raw`(?:(?:顺利|圆满|高质量|如期|提前|超额)完成(?<!(?:确保|力争|争取|努力|力求|(?<!即)将(?!来)|(?<![主重需纲摘提简只])要(?![点求素])|计划|预计|拟|[之以]前|底前|必须|应当|应该|需要)[^，,；;。]{0,35})(?=\s*(?:[，,；;。]|$))|了(?<=[\u4e00-\u9fff]了)(?<![为除罢不]了|(?:明确|提出|制定|编制|印发|出台|部署|规定|要求|确定|设定|强调)了)(?!解|如指掌|不起|结)|已经|已|迄今|(?<![截直])至今|现有|现时|(?<![由从比较和与])现在(?!起|开始|就|的?相比)|目前|截至|截止|共有|仍有|尚有|以来|荣获|[一二三四五六七八九十两几\d半]年来|先后|近年来?|${YEARS_GONE_BY}|一直保持|去年|上年度|过去|(?<![按以据照依])(?<!(?:计划|将|力争|争取|确保|预计|希望|要|达到)[^，,。；;]{0,12})实际(?=完成|建成|到位|支出|投入|招收|招生|录取|报到|参加|参与|使用|发放)|实际值${SLOT_TAIL}|(?<![目标指划])(?<!预期)完成值${SLOT_TAIL}|${STATISTICS_SAID}|(?<!(?:计划|将|力争|争取|确保|预计|希望)[^，,。；;]{0,12})放榜(?=[】\]」，,。\s]|$)|(?<![管直统])辖(?=\s*\d|[一二两三四五六七八九十])|(?:总人口|常住人口|户籍人口|总面积|国土面积)(?=\s*(?:约|达|为|有|近)?\s*\d))`, "g");
// 全县有各级各类学校97所 opening a sentence: what the place has now (tried apart from ACTUAL, whose
// many alternatives a lookbehind to the start would slow)
const PLACE_HAS = /^\s*(?:全[县市区省镇乡旗州盟]|[县市区省]内)(?:共|现)?有(?=[\u4e00-\u9fff])/;
// 争取 money or projects is what was obtained (OBTAINED);
// 已被列入…年度投资项目建设计划，项目用地面积约150亩: a project put on a plan is to be (not 列入年度计划的
// 12项工作全部完成: what the plan held, done);
// 完成年度目标任务的99%: a goal named as what was measured against, not a goal set; nor is a system
// of goals (目标责任制, 目标管理考核), nor one exceeded (高于省定50%目标, a comparison)
// 计划 as a verb (计划新建, 年度计划投资26.78亿元), not as a noun (年度计划的, 招生计划的50%, 学前教育计划等项目,
// 占年度计划投资总额的75%, 超额110.9%完成年度计划投资), nor 按计划 (as planned);
// 规划“新建幼儿园30所”: what a plan set, quoted in a summary
// 《…发展纲要》提出在2025/2026学年…: what a plan named sets out for a year is its goal
const TARGET = new RegExp(String.raw`(?:(?:列入|被列)[^，,；;。]{0,24}?(?:建设|投资|项目|年度|实施)计划(?!的)|力争|确保|计划(?<!(?:按|按照|依|依照|既定|原|完成|完成年度|完成了年度)计划)${PLAN_VERB}(?!投资(?:总)?额)|计划${PLAN_NOUN}(?!的|数|任务|内|外|生育|单列|等|\s*(?!(?:19|20)\d{2}\s*年)\d|[”"」』，,；;。、）)]|[^，,；;。的]{1,4}的)|争取(?!${OBTAINED})|预计|有望(?=[^，,；;]*$)|预定(?=[在于]|\s*(?:19|20)?\d{2,3}\s*学?年|[\u4e00-\u9fff]{0,2}(?:增加|新增|设置|完成|建成|招收|开办|成立|启用|完工))|拟(?!办)|将(?!${A_GENERAL})|下一步|下步|今后|明年|努力(?!下)|力求|目标(?=\s*[：:])|目标(?<!(?:年度|完成|实现|达成|既定|这一|这个|此|该)目标)(?<!(?:实现|完成|达成|达到)了?[^，,；;。]{1,12}目标)(?<!(?:高于|超过|超出|超额|好于|优于)[^，,；;。]{0,12}目标)(?!任务的|责任|管理|考核|考评|${GOAL_MET_AFTER})|下一?阶段|(?<!科学|合理|统筹|整体|精心|超前)规划(?=[“"「]|容纳|建设|新建|布局|设置|在\s*(?:19|20)\d{2})|到\s*(?:19|20)\d{2}\s*年|[在于]\s*(?:19|20)\d{2}\s*学?年度?(?:底|末)?之?前|要(?![点求素闻害])|(?<![供相适反响对呼答效感回])应(?:当|该)?(?=新建|新增|建成|完成|达到|实现|改扩建|建设|招聘|不低于|不少于|不超过|控制)|再(?=建|创(?!辉煌|佳绩|新高|历史新高|新纪录)|新|增|培|引|打|推|提|扩|开|办|组|选)|(?<=(?:规划|纲要|方案|计划|意见|要点)》)\s*[，,]?\s*(?:中)?(?:提出|明确|要求|确定|规定|提到)(?=[^。；;]{0,6}(?:在|到|至)\s*(?:19|20)\d{2}|(?<=提出|明确)(?!的)[，,：:]?[^。；;，,]{0,30}(?:19|20)\d{2}\s*年\s*(?:达到|达|要|实现))|(?<=政府工作报告》?)\s*(?:中)?(?:提出|明确|要求|确定)(?=\s*[：:，,]?\s*(?:(?:在|到|至)\s*)?(?:19|20)\d{2}\s*年))|(?<!各项)指标值${SLOT_TAIL}|(?<!招生|招收|录取|招聘)计划值${SLOT_TAIL}`, "g");
const DISPOSAL = /^将[^，,；;。]{1,60}?(?:(?:与|和|同)[^，,；;]{1,20}?(?:融合|结合|衔接|对接|挂钩|统筹)|纳入|列入|融入|作为|列为)/;
// 在巩固现有…的同时, 在已有…基础上: the past is the background of a new target
const SLOGAN = /(?:努力|全力|着力|致力于?|奋力)?(?:办好|办)(?:新时代)?(?:更加)?(?:人民|群众)满意的?教育/g;
const BACKGROUND = /(?:的同时|的基础上|基础上)/;

/** The kind of a figure, from the words of its sentence before it (the nearest marker wins). */
export function kindAt(sentenceBefore: string, fallback: Kind): Kind {
  return markedKind(sentenceBefore) ?? fallback;
}

/**
 * The tense words set for what follows them (a paragraph's opening, a list's lead-in): as
 * markedKind, but 目标 and 任务 as nouns (落实…的目标与任务) name goals without setting one.
 */
export function openingKind(words: string, pastBefore: number | null = null): Kind | null {
  return markedKind(words.replace(/目标|任务/g, "，"), pastBefore);
}

/** A global pattern's matches, by exec: matchAll copies the pattern on each call, and the kind
 *  of the words before a figure is asked for every figure. */
function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    if (!m[0]) re.lastIndex++;
  }
  return out;
}

// (a deed opening the clause after an estimate's: 新增, 新建, 完成…)
const ESTIMATE_ENDS = /^\s*(?:全年|年初承诺的?)?(?:新增|新建|新筹建|建成|完成|改造|开工|实现|发放|资助|招聘|培训|累计)/;
// 调查显示…, 受访者…: a survey's own findings (markedKind)
const SURVEY_FOUND = /(?:调查|问卷|研究|民调)(?:结果)?(?:显示|发现|指出|表明)|(?<![接])受访(?:者|学生|教师|老师|家长|人士|市民|青年|中学生|小学生)/;
/**
 * The kind the words of `text` mark (the last marker wins), or null when none does.
 * `pastBefore`: the year before which figures happened (a page's date), when known.
 */
export function markedKind(sentenceBefore: string, pastBefore: number | null = null): Kind | null {
  // (包括在建、已建幼儿园): an aside on what is counted tells no tense (blanked, offsets kept)
  if (/[(（]/.test(sentenceBefore)) sentenceBefore = sentenceBefore.replace(ASIDE, (m) => " ".repeat(m.length));
  // (努力办好人民满意的教育: the standing slogan of every bureau promises nothing this year)
  if (sentenceBefore.includes("满意")) sentenceBefore = sentenceBefore.replace(SLOGAN, (m) => " ".repeat(m.length));
  let lastActual = -1;
  let lastTarget = -1;
  for (const m of matchesOf(ACTUAL, sentenceBefore)) {
    // 比去年 / 较上年度 compare with last year, they do not report it
    if (/[比较]$/.test(sentenceBefore.slice(Math.max(0, m.index - 1), m.index))) continue;
    // (数据显示，近三年…；今年9月…3所学校也将投入使用: statistics speak for their own part of a
    // sentence; 根据统计，今年…年度建设计划为348个: the count of a plan is still the plan)
    if (/统计|数据|显示/.test(m[0]) && /[；;]|计划|目标|任务|预计/.test(sentenceBefore.slice(m.index + m[0].length))) continue;
    const clauseEnd = sentenceBefore.slice(m.index).search(/[，,；;]/);
    if (clauseEnd >= 0 && BACKGROUND.test(sentenceBefore.slice(m.index, m.index + clauseEnd))) continue;
    lastActual = m.index;
  }
  // 近年来，…努力加大投入, …确保…稳定在85%: after a frame of time gone by, effort words tell how
  // it was done
  // (一直以来努力办好…: a standing resolve, no time gone by)
  // (这四年…也争取许多中央补助经费: funds sought in years gone by were obtained)
  const frame = FRAME_GONE_BY.exec(sentenceBefore);
  // 调查显示，近半受访者会参与罢课: what a survey found is found; what its respondents say they will do
  // is theirs, not the text's plan
  const survey = SURVEY_FOUND.exec(sentenceBefore);
  if (survey) lastActual = Math.max(lastActual, survey.index);
  if (lastActual < 0 && PLACE_HAS.test(sentenceBefore)) lastActual = 0;
  for (const m of matchesOf(TARGET, sentenceBefore)) {
    if (survey && m.index > survey.index) continue;
    if (frame && frame.index < m.index && /^(?:努力|力求|确保|争取)/.test(m[0]) && !/今后|下一步|下步|明年|将来|未来/.test(sentenceBefore.slice(frame.index, m.index))) continue;
    // 政府工作报告中提出，2018年扎实推进… on a page of 2019: a report that states a year gone by reviews it
    if (/^\s*[，,]?\s*中?(?:提出|明确|要求|确定)$/.test(m[0]) && pastBefore !== null) {
      const said = /((?:19|20)\d{2})\s*年/.exec(sentenceBefore.slice(m.index + m[0].length, m.index + m[0].length + 32));
      if (said && Number(said[1]) < pastBefore) continue;
    }
    // 预计居民收入增长与经济增长基本同步，新增城镇就业20.1万人: an estimate speaks for its own clause,
    // not for the deeds a review lists after it
    if (m[0] === "预计") {
      const rest = sentenceBefore.slice(m.index);
      const end = rest.search(/[，,；;]/);
      if (end >= 0 && ESTIMATE_ENDS.test(rest.slice(end + 1))) continue;
    }
    // 经过25年坚持不懈的努力, 经过努力: effort spent, not effort to come
    if (m[0].startsWith("努力") && /经过[^，,；;。]{0,14}$/.test(sentenceBefore.slice(0, m.index))) continue;
    // 要 inside words (主要, 重要, 需要, 要点) is not "shall"
    // (要点, 要求 and the like are not matched: TARGET's 要 looks past them)
    if (m[0] === "要" && /[主重需纲摘提简必只]$/.test(sentenceBefore.slice(Math.max(0, m.index - 1), m.index))) continue;
    if (m[0] === "将" && /^将(?:来|近)/.test(sentenceBefore.slice(m.index, m.index + 2))) continue;
    // 现将…情况公示如下: "hereby", an official formula, not the future; 已将…缩减至: 将 of what
    // was done to a thing (把), past
    if (m[0] === "将" && /(?:现|已|已经)$/.test(sentenceBefore.slice(Math.max(0, m.index - 2), m.index))) continue;
    // 将中心工作与党建工作深度融合, 将…纳入: 将 takes an object (it is 把), it does not look ahead
    if (m[0] === "将" && DISPOSAL.test(sentenceBefore.slice(m.index))) continue;
    // 将41个项目纳入…: 将 before a count takes an object (it is 把), it does not look ahead
    if (m[0] === "将" && (/^将\s*$/.test(sentenceBefore.slice(m.index)) || /^将\s*\d[\d.,]*\s*(?:万|亿)?\s*[个所名人项处户次件家种类位批期届场节门间条台座张份块班]/.test(sentenceBefore.slice(m.index, m.index + 12)))) continue;
    // 经过努力，到2020年底…达到57%: what efforts have reached by then, looking back
    if (m[0].startsWith("到") && /经过[^，,；;。]{0,8}努力\s*[，,]?\s*$/.test(sentenceBefore.slice(0, m.index))) {
      lastActual = Math.max(lastActual, m.index);
      continue;
    }
    // 提高到2020年的91.6%: that year's value, not a deadline (the year decides, see yearKind)
    if (m[0].startsWith("到") && /^\s*(?:底|末)?的/.test(sentenceBefore.slice(m.index + m[0].length))) continue;
    // 到2023年，全国幼儿园27.4万所 on a page of 2024: a deadline passed tells where things stood
    if (m[0].startsWith("到") && pastBefore !== null && Number(/\d{4}/.exec(m[0])![0]) < pastBefore) {
      lastActual = Math.max(lastActual, m.index);
      continue;
    }
    // (…完成了…制定目标：新建幼儿园不少于19所: the goal's own figures, set out after it, are goals)
    if (m[0].startsWith("目标") && !/^目标\s*[:：]/.test(sentenceBefore.slice(m.index, m.index + 4)) && goalNamedOnly(sentenceBefore.slice(Math.max(0, m.index - 26), m.index))) continue;
    lastTarget = m.index;
  }
  if (lastActual < 0 && lastTarget < 0) return null;
  return lastActual > lastTarget ? "actual" : "target";
}

/**
 * Whether the words before 目标 make it a goal named, not one set: met (完成省政府确定…任务过半的目标)
 * or pursued (紧盯“学生餐、贵州产”目标任务, 围绕…的目标任务), or the base of a comparison (比县目标71人超出32人).
 */
function goalNamedOnly(before: string): boolean {
  // (比县目标71人超出32人: a goal as the base of a comparison)
  return /(?:完成|(?:实现|达成|达到|超过)了|已经?(?:实现|达成|达到|超过)|紧盯|围绕|聚焦|对标|对照|瞄准|紧扣|锚定|按照|根据)[^，,。；;]{0,24}$|(?:比|较)[^，,。；;\d]{0,8}$/.test(before);
}

/**
 * 为87.01%, 是95%: a plain statement of a figure with no word looking ahead reports a state
 * (全市学前三年毛入园率为97.5%), unless it stands under a heading of goals or tasks.
 */
export function statesAFact(sentenceBefore: string, word: string | undefined, section: string[]): boolean {
  if (word !== "为" && word !== "是" && word !== "分别为") return false;
  // 规划班级数为33个, 设计容量为2000人: a measure the plan sets is no state
  if (/规划|设计|预计|预期|拟(?!办)/.test(sentenceBefore.slice(Math.max(sentenceBefore.search(/[^，,；;：:]*$/), 0)))) return false;
  // (经常开支预算为786亿元: the sum a budget sets, likewise; 纳入预算的人员为145人 counts people)
  if (/预算(?:总额|金额|数)?\s*(?:为|是)\s*$/.test(sentenceBefore)) return false;
  for (const m of matchesOf(TARGET, sentenceBefore)) {
    if (m[0] !== "要" && m[0] !== "将") return false;
  }
  return !section.some((t) => /目标|目的|任务|计划|要点|措施|举措|安排|打算|重点/.test(t));
}

const PLAN_HEADING = /打算|计划|目标|目的|思路|安排|(?<!根本)任务|重点工作|要点|举措|下一步|下步|明年|来年|展望|措施|整改要求|工作要求|意见建议|改进建议/;
const RESULT_HEADING = /(?:实现|取得)了?新(?:突破|成效|进展|成绩|跨越|提升)|(?:迈|跃)上新台阶|再上新台阶|成效(?:显著|明显)|成绩(?:显著|斐然|突出)|成果(?:丰硕|显著|斐然)|(?:稳步|明显|显著|不断|持续|大幅)(?:提升|提高|增强|改善|优化)[。.]?$|(?:逐步|全部|顺利)完成[。.]?$/;
// 六是民生保障持续加强。/ …，人民福祉持续增进。: a subject, then how it grew, and no figure — a
// report's statement of a result, which the sentences after it bear out (持续加强教师队伍建设, with
// the verb first, is a task)
// (民生保障水平得到提升, 民生福祉改善迈出坚实步伐, 民生实事全面完成: done to it, a step taken, a task
// finished, likewise)
const RESULT_STATEMENT = /[\u4e00-\u9fff]{2,}(?:(?:持续|不断|稳步|明显|显著|大幅|全面|进一步|有效|日益|逐步)(?:加强|增进|提升|提高|增强|改善|优化|巩固|深化|扩大|完善|彰显|壮大|向好|加快|夯实)|(?:进一步|有效|明显|显著|持续)?得到(?:提升|提高|加强|改善|增强|巩固|保障|落实|优化)|迈出(?:坚实|新的|重要|关键)?(?:一?大?步伐|一步)|(?:全面|全部|顺利|如期|圆满|超额)(?:完成|建成|落实|实现|达标|到位)|取得(?:新的?|明显|显著|积极|重要|重大)?(?:成效|进展|突破|成绩))[。.！!]?$/;
/** Whether a paragraph's opening sentence (no figure in it) states a result: 六是民生保障持续加强。 */
export function statesResult(opening: string): boolean {
  const sentence = /^[^。！!]*[。！!]/.exec(opening)?.[0] ?? "";
  if (!sentence || /\d/.test(sentence) || sentence.length > 40) return false;
  const lastClause = sentence.split(/[，,；;]/).pop()!.trim();
  const result = RESULT_STATEMENT.exec(lastClause);
  return !!result && !STRIVING.test(sentence) && !AHEAD_ONE.test(sentence.replace(/^[^，,；;]*[，,；;]/, "") || sentence);
}
const REVIEW_HEADING = /回顾|完成情况|开展情况|工作情况|进展情况|落实情况|执行情况|主要做法|工作总结|取得的|成绩|成效|基本情况|概况|现状|背景分析|发展背景|规划背景|编制背景|校情分析/;
const BACKGROUND_HEADING = /规划背景|编制背景|背景分析|发展背景|发展现状|现状分析/;
const WHOLE_BASE_HEADING = /^(?:第[一二三四五六七八九十]+[章节部分]\s*|[一二三四五六七八九十]+[、.．]\s*|[(（][一二三四五六七八九十]+[)）]\s*)?(?:发展|工作|现实)基础$/;
// 发展基础 of a five-year plan is what the last one achieved (夯实发展基础 is a task)
const BASE_HEADING = /(?:发展|工作|现实)基础|基础(?:与|和|及)(?:背景|形势|现状)|(?:背景|现状)(?:与|和|及)基础|发展成就|主要成就/;
// (“十四五”任务完成：… heads what was done as well)
const PLAN_REVIEWED = /(?:计划|规划|目标|任务|要点)(?=的?(?:执行|完成|落实|实施|推进)(?:情况|\s*[:：]|$))/g;
// (加快推进…取得新进展 heads a review: ordinary verbs of work are no striving)
const STRIVING = /力争|确保|努力|奋力|全力|争取/;
const BASE_TASK = /夯实|筑牢|打牢|奠定|巩固|加强|强化|打好|优化/;

/**
 * What the headings above a figure say it is: a plan (打算, 目标) or a review (回顾, 成效). The
 * outermost heading that says either decides: 主要工作目标 › 教育均衡发展有新成效 is a goal,
 * 主要工作及成效 › 围绕目标任务… a result. A heading that says both (2022年工作总结和2023年
 * 打算) decides nothing. After a review of a year (一、2025年工作回顾), a heading that names a later
 * year (三、2026年主要工作) is that year's plan.
 */
export function sectionKind(section: string[], reviewed: number | null = null, planTitled = false): Kind | null {
  // (一、指导思想和发展目标 / （一）规划背景: a plan's background under its goals is what was done)
  // (not 一、厚植教育高质量发展基础 under 主要任务: a base to strengthen is a task)
  if (section.length > 1 && section.slice(1).some((t) => BACKGROUND_HEADING.test(t) || WHOLE_BASE_HEADING.test(t))) return "actual";
  for (const t of section) {
    // (一)抓住中心，重点工作实现新突破 / 教育质量稳步提升: a heading that states a result heads a review
    // (全力推进2018年各项工作再上新台阶: a result striven for is an aim)
    const result = RESULT_HEADING.exec(t);
    if (result && !STRIVING.test(t.slice(0, result.index))) return "actual";
    // (（七）切实加大民生投入，人民福祉持续增进: a heading whose last clause states a result — not in a
    // plan, whose goals are headed the same way: （一）普惠性资源进一步扩大)
    if (!planTitled && !/\d/.test(t) && RESULT_STATEMENT.test(t.split(/[，,；;]/).pop()!.trim()) && !STRIVING.test(t)) return "actual";
    // (2025年国民经济和社会发展计划执行情况: how a plan went is a review, the plan only its object)
    const plan = PLAN_HEADING.test(t.replace(PLAN_REVIEWED, ""));
    const review = REVIEW_HEADING.test(t) || (BASE_HEADING.test(t) && !BASE_TASK.test(t));
    if (plan !== review) return plan ? "target" : "actual";
    if (reviewed !== null && !review && headingYears(t).some((y) => y > reviewed)) return "target";
  }
  return null;
}

const headingYears = (t: string) => [...t.matchAll(/((?:19|20)\d{2})\s*年/g)].map((m) => Number(m[1]));

/** The latest year a review heading names (一、2025年和“十四五”时期工作回顾 → 2025), or null. */
export function reviewedYear(headings: string[]): number | null {
  const years = headings.filter((t) => REVIEW_HEADING.test(t) && !PLAN_HEADING.test(t.replace(PLAN_REVIEWED, ""))).flatMap(headingYears);
  return years.length ? Math.max(...years) : null;
}
