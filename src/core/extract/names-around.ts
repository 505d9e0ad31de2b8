// Names a figure takes from around its own clause when the clause gives none, or gives a worse
// one: the clause before (a topic, a rate, a change's measure), the label before a colon or on
// the line above (a form), the deed money paid for or that was done to what is counted.
import { LIST_MARKER, withoutListMarker } from "./list-markers";
import { deedAfterLastDe, finishName, isVerbOnly, objectOfWork, shortenSubject, subjectBefore, toWide } from "./names";
import type { Figure } from "./numbers";
import type { Span } from "./sentences";
import type { ExtractedIndicator } from "./types";

/** Where the last clause of `text` starts, less one: its last ，,；; (-1 when it is one clause). */
export function lastClauseMark(text: string): number {
  return Math.max(text.lastIndexOf("，"), text.lastIndexOf(","), text.lastIndexOf("；"), text.lastIndexOf(";"));
}

/** The last clause with words in s[from, to): the one before a clause starting at `to`. */
export function clauseBefore(s: string, from: number, to: number): string {
  return s.slice(from, to).split(/[，,；;]/).filter((c) => c.trim()).pop() ?? "";
}

// verbs of spending money
const SPEND = "投入|投资|安排|筹措|筹集|筹资|拨付|拨款|下达|花费|耗资|拿出|出资|挹注|编列";
// 投入, 累计投入约, 安排资金: a verb of spending right before the money
// (另以14.66亿元兴建…: 以 right before money says what it is spent with; 总共1.1亿元改善…: a
// clause that opens on the sum spends it on the deed after)
const SPENDING = new RegExp(String.raw`(${SPEND})(?:资金|经费)?\s*(?:约|近|超过|共|总计|累计|不少于|不低于)?\s*$|(?<![所可予加难得用之])以\s*(?:约|近)?\s*$|^\s*(?:总共|共计|合计|总计)\s*(?:约|近)?\s*$`);
// 投入4.8亿在城区新建…, 累计投入近5000万建设…: a verb of spending or a sum's name right before a figure
// (资金约, 经费共计, 超过: a sum's own name and the words of how much, between the verb and the figure)
const SUM_TAIL = String.raw`(?:资金|经费)?(?:约|近|达到?|共计?|累计|超过?|逾)?\s*$`;
const SPENT_BEFORE = new RegExp(String.raw`(?:${SPEND}|资金|经费|争取到)${SUM_TAIL}`);
// 获中央补助约7000万, 县府自筹8400万: a grant or a sum raised (not when pupils or people are counted
// right after the figure, 补助3.5万学生)
const GRANT_BEFORE = new RegExp(String.raw`(?:补助|补贴|奖补|自筹款?|捐款|捐资)${SUM_TAIL}`);
const GRANTED_TO_PEOPLE = /^\s*(?:多|余)?\s*(?:名|位)?\s*[\u4e00-\u9fff]{0,4}?(?:学生|儿童|幼儿(?!园)|教师|家庭|人次|人(?!民))/;
// 649亿财政盈余, 修订预算的712亿: a budget's or a treasury's sum
// (歲入約384億, 歲出卻高達411.6億, 差短的近27億: a year's revenue, spending and shortfall in Taiwan's budgets)
const BUDGET_BEFORE = /(?:预算|开支|拨款|盈余|储备|支出|收入|费用|造价|总投资|投资额|岁入|岁出|差短)(?:却|也|则|的)?(?:高达|达到?|为|是)?(?:约|近|将近)?\s*$/;
// 自筹2亿经费, 1千2百万的拨款: money's own word after the figure
const MONEY_AFTER = /^\s*的?(?:经费|资金|预算|拨款|补助款|奖补资金|财政|开支|津贴|资助|工程(?![师技]))/;
// (由507亿减至448亿 in a sentence about a budget; 金城体育馆7亿…，合计逾15亿元: a sum in 亿元 says so too)
const BUDGET_WORD = /预算|开支|拨款|财政|经费|\d\s*亿元/;
// (学生2亿, 人口1.4亿: people or things counted before a bare 亿)
const COUNTED_BEFORE = /(?:学生|人口|儿童|师生|人员|教师|居民|家庭|人|人次|册|件|平方米|用户|会员|读者|观众|游客|网民|次数|量)\s*(?:约|近|达到?|为|有|超过?|逾|突破)?\s*$/;

/** The people a bare 万 or 亿 may count (80万重点群体, 4.32亿城镇职工), the one list for each reader of them. */
export const PEOPLE_NOUNS = "群体|群众|居民|人口|老年人|老人|儿童|学生|幼儿|师生|教师|职工|农民工|劳动力|劳动者|残疾人|孩子|家庭成员|患者|妇女|青少年|毕业生|考生|人员";
// (4.32亿城镇职工, 1亿人次: people or things counted after a bare 亿 make it no money)
const COUNTED_AFTER_BARE = new RegExp(String.raw`^\s*(?:人|名|册|件|次|个|户|[\u4e00-\u9fff]{0,6}?(?:人|${PEOPLE_NOUNS}|用户|观众|游客|读者|家庭|亩|平方米))`);
/** Whether a bare 万 or 亿 (a figure at `at`, ending at `end`) is money: spent, a budget's, or named money by the words around it. */
export function isBareMoney(s: string, at: number, end: number | undefined, unit: string, sentence: { start: number; end: number }): boolean {
  const before = s.slice(Math.max(0, at - 12), at);
  if (SPENT_BEFORE.test(before) || BUDGET_BEFORE.test(before)) return true;
  // (获中央补助约7000万、县府自筹8400万新建…: a grant or a sum raised, unless pupils or people are
  // counted right after it, 补助3.5万学生)
  if (GRANT_BEFORE.test(before) && (end === undefined || !GRANTED_TO_PEOPLE.test(s.slice(end, end + 8)))) return true;
  if (end !== undefined && MONEY_AFTER.test(s.slice(end, end + 6))) return true;
  // (体育馆约7亿: a hundred million of anything but people or things counted is money, as the brief has it)
  return unit === "亿" && !COUNTED_BEFORE.test(s.slice(Math.max(0, at - 6), at)) && (BUDGET_WORD.test(s.slice(sentence.start, sentence.end)) || (end !== undefined && !COUNTED_AFTER_BARE.test(s.slice(end, end + 10))));
}
// (中央财政连续三年累计投入: a treasury spends)
const SPENDER = /(?:学校|中学|小学|幼儿园|学院|大学|局|政府|委员会|财政|[省市县区镇乡])$/;
// deeds money pays for, and the words that only lead into one (重点改善, 加快推进…迁建工程)
// deeds of building and fitting out, which money pays for even when said for whom (为…新建)
const WORKS_VERB = "新建|改扩建|扩建|改建|迁建|兴建|兴整建|建设|改造|维修|修缮|购置|更新|配备|配置|添置|配齐|安装|建成";
const PAID_VERB = `${WORKS_VERB}|改善|实施|完成|开展|推进|支持|扶持|健全|打造|加强|新征`;
const LEAD_IN_WORDS = "另|再|并|主要|重点|全力|着力|大力|深入|加快|继续|进一步|专项|全面|集中";
const LEAD_IN = new RegExp(`^(?:${LEAD_IN_WORDS})+`);
const OPENS_ON_SPENDING = new RegExp(String.raw`^(?:${SPEND}|资金|经费)`);
const PROJECT_SIZE_AFTER = /^[^，,；;。]{0,6}?(?:建成后|规模|占地|面积)/;
const LEAD_VERB = /^(?:实施|完成|开展|推进|支持|扶持|健全|打造|加强|用于)了?/;
// (after 用于, or a clause that goes on 完成了…, whatever follows is what was paid for:
// 投资1.76亿元用于校舍建设, 投资272万元，完成了…远程教育工程, 投资3980万元，全面完成了…项目,
// 投入4220万元，为全市16所高中更新实验设备, 投入35.1亿元改善…办学条件, 投资1330万元为全部学校配置…,
// 投入3.14亿元，建设3所芙蓉学校, 筹资2000万元，实施学前教育建设工程: a deed in the clause right after)
const PAID_DEED = new RegExp(
  String.raw`^\s*(?:、?\s*(?:用于|完成了?|实施了?|开展了?|进行了?)?\s*((?:${LEAD_IN_WORDS})*(?:${PAID_VERB})[^，,；;。]{2,40})|[，,]?\s*(?:全面|全部|顺利|基本|已)?(?:用于|完成了)\s*([^，,；;。]{2,40})|的\s*(?:\d+\s*[个所项处家]\s*)?([^，,；;。\d]{2,30}?(?:项目|工程|建设|改造|维修|平台))|[，,]?\s*为[^，,；;。]{1,24}?((?:${WORKS_VERB})[^，,；;。]{2,30})|[，,]\s*((?:${LEAD_IN_WORDS})*(?:${PAID_VERB})[^，,；;。]{2,40})|[，,]?\s*对[^，,；;。]{1,24}?(?:进行|实施|开展)了?([^，,；;。、和对]{2,30}))`,
);
// 计划投资, 投入资金, 累计投入: the spending as written, kept in the name after what it paid for
const SPENT_AS_WRITTEN = new RegExp(String.raw`(?:计划|规划|预计|拟|完成|累计|实际)?(?:${SPEND})(?:资金|经费)?(?=\s*(?:约|近|超过|共|总计|累计)?\s*$)`);
/** What money spent with no subject of its own paid for, named by the deed after it ("" when none). */
export function moneyFor(left: string, rest: string): string {
  const verb = SPENDING.exec(left);
  if (!verb) return moneyUsedFor(left, rest);
  // (the subject may be who spends: 某学校今年投资178万元改造学生宿舍浴室)
  // (规划投资, 计划投资: the plan's money, whose object is still what it pays for)
  const subject = finishName(subjectBefore(left.slice(0, verb.index))).replace(/(?:今年|去年|明年|当年|年内|[上下]半年|每年|计划|将|还将|也将)+$/, "").replace(/^(?:规划|计划|预计|拟|另|再|又|共|共计|累计|全年)$/, "");
  if (subject && !isVerbOnly(subject) && !SPENDER.test(subject)) return "";
  const deed = PAID_DEED.exec(rest);
  if (!deed) return "";
  // (投资3000万元，完成年度计划的98%: a share of a plan done is no deed the money paid for)
  if (deed[5] && /[%％]|(?:计划|任务|目标)的/.test(deed[5])) return "";
  // (县赤松乡中心幼儿园投资186万元，新建园舍…: a deed in the next clause is the spender's, not the money's name)
  // (建设投资3.3亿元，建成后…: a name of its own before the money stays)
  if (deed[5] && (subject || PROJECT_SIZE_AFTER.test(deed[5]))) return "";
  // (the deed's own figures, 18所, 约15万平方米, are figures of their own: finishName drops them)
  // (投资4664万元的39个学校运动场标准化改造项目: the project the money is of)
  let words = withoutRoughness(deed[1] ?? deed[2] ?? deed[3] ?? deed[4] ?? deed[6] ?? deed[5]!).replace(/了/g, "");
  for (let was = ""; was !== words; ) {
    was = words;
    words = words.replace(LEAD_IN, "").replace(LEAD_VERB, "");
  }
  // (…24所中小学的消防设施和用电线路的安全改造: a long deed is named by what it does last)
  const object = deedAfterLastDe(shortenSubject(finishName(words), 12));
  // (年度计划投资1亿元，完成投资3212万元: a clause that spends again pays for nothing named)
  if (object.length < 2 || OPENS_ON_SPENDING.test(object) || isVerbOnly(object)) return "";
  // (以 names no spending of its own: the sum is the deed's 经费)
  const spent = verb[1] ?? "经费";
  return object + (deed[5] ? (SPENT_AS_WRITTEN.exec(left)?.[0] ?? spent) : spent);
}
// (约15万平方米: the deed's own figures go with their words of roughness; finishName drops the figures)
const withoutRoughness = (words: string) => words.replace(/(?:约|近|共)(?=\s*\d)/g, "");

// 其中近 50億元 用於建築與設備: a sum with no name of its own, said what it is used for
const USED_FOR = /^\s*(?:将|全部|主要|专项|分别)?用于\s*([^，,；;。]{2,30})/;
function moneyUsedFor(left: string, rest: string): string {
  const use = USED_FOR.exec(rest);
  if (!use || finishName(subjectBefore(left)).replace(/^(?:其中|另|另有|再)$/, "")) return "";
  const object = shortenSubject(finishName(withoutRoughness(use[1]!)), 12);
  return object.length >= 2 && !isVerbOnly(object) ? object + "经费" : "";
}

export const DONE_TO = /^[\s的]*([\u4e00-\u9fff]{0,8}?)(?:进行|开展|实施|予以|给予)了?([\u4e00-\u9fff“”"]{2,12})(?=[，,；;。、]|$)/;
// 提升中小学生在优质学校的就读比例，这个比例2015年仅为70%: the clause before the figure's, when
// it names a rate and holds no figure
export function rateNamedBefore(s: string, sentence: Span, at: number): string {
  const own = s.slice(sentence.start, at);
  const prev = clauseBefore(s, sentence.start, sentence.start + lastClauseMark(own) + 1);
  if (/\d/.test(prev) || !/(?:比例|率|比重|占比)\s*$/.test(prev)) return "";
  return objectOfWork(prev);
}

// 多媒体设备到班比例，高中达96.9%，初中达94.6%; 学历合格率逐年提高，普通高中达98.39%: stages (or
// parts of a place) listed one by one after a clause that names their rate (and how it went), with no
// figure of its own
const RATE_THEN_TREND = /(率|比例|比重|占比)(?:(?:逐年|稳步|不断|持续|明显|显著|大幅|进一步)?(?:提高|提升|上升|增长|增加|下降|降低)(?:了)?)?\s*$/;
export function rateBeforeParts(s: string, sentence: Span, at: number, isPartClause: (clause: string) => boolean): string {
  const clauses = s.slice(sentence.start, at).split(/[，,；;]/);
  clauses.pop();
  for (let i = clauses.length - 1; i >= 0; i--) {
    const c = clauses[i]!;
    if (/\d/.test(c)) {
      if (!isPartClause(c)) return "";
      continue;
    }
    const m = RATE_THEN_TREND.exec(c);
    return m ? objectOfWork(c.slice(0, m.index + m[1]!.length)) : "";
  }
  return "";
}

// 教育经费支出增至XX亿元，同比去年增长6.98%: a change with no subject is the change of what
// the clause before measured, even when that clause's figure was left blank
// (约增3.8%: 增 alone after 约, as Taiwan's press writes it; 编列: what a budget sets)
const CHANGE_VERB = "(?:增长|增加|提高|提升|下降|降低|减少)";
const CHANGE_AT_END = new RegExp(`(?:${CHANGE_VERB}|(?:^|约)[增减])了?\\s*$`);
const CHANGE_ONLY = new RegExp(`^\\s*(?:约|大约)?(?:${CHANGE_VERB}|[增减])了?\\s*$`);
/** Whether the words before a figure are a change verb and nothing else (约增, 提高了). */
export function isChangeOnly(left: string): boolean {
  return CHANGE_ONLY.test(left);
}
/** 比上年, 较去年, 同比, 较111年度, 比2015年: the figure is a change on an earlier year. */
// (较111年度成长5.85%, 比2015年增长12%: a change on a year named is a change of the measure too)
export const AGAINST_EARLIER_YEAR = /(?:比|较)(?:上一?学?年度?|去年|前一学?年|\s*(?:(?:19|20)\d{2}|1[0-3]\d)\s*学?年度?(?:底|末)?)|同比/;
const REACHED = /增至|增加到|增长到|提高到|提高至|提升到|提升至|达到|达|为|编列/;
export function changeOfClauseBefore(s: string, sentenceStart: number, clauseStart: number, left: string): string {
  if (!CHANGE_AT_END.test(left)) return "";
  const prev = s.slice(sentenceStart, clauseStart).split(/[，,；;]/).filter((c) => c.trim()).pop() ?? "";
  const verb = REACHED.exec(prev);
  if (!verb || verb.index < 2) return "";
  return finishName(shortenSubject(subjectBefore(prev.slice(0, verb.index))));
}

const ONLY_A_YEAR = /^\s*(?:(?:19|20)\d{2}\s*年度?|1[0-3]\d\s*学?年度?)\s*$/;
// （一）幼儿教育：澳门币18490元: a figure alone after an item's label and colon is the label's
const LABEL_BEFORE_COLON = new RegExp(String.raw`(?:^|[，,；;。\n])\s*${LIST_MARKER}?\s*([^，,；;。：:\n]{2,12})[：:]\s*$`);
export function labelBeforeColon(s: string, sentenceStart: number, clauseStart: number, left: string): string {
  // (新生报到率：2022年88%: the year of the value cell is not a name of its own)
  if (left.trim() && !ONLY_A_YEAR.test(left)) return "";
  const m = LABEL_BEFORE_COLON.exec(s.slice(Math.max(sentenceStart, clauseStart - 20), clauseStart));
  return m ? finishName(m[1]!) : "";
}

// 中小学在校生人数，从2015年的31.5万人，增至…: a clause with no subject of its own goes on about
// the words of the clause before, when those hold no figure
export function topicClauseBefore(s: string, sentenceStart: number, clauseStart: number): string {
  const prev = clauseBefore(s, sentenceStart, clauseStart);
  // (近3年国中新生报到率: a span of years before the topic is no figure of it, nor its name)
  // (台南市107学年度…比率: the year it is of is no figure of it either)
  // (6岁学龄人口, 12岁适龄升中人口: an age says which people, it is no figure of them)
  // (与私框第6级教学人员一致: an ordinal says which ones, it is no figure either)
  // (6岁学龄人口, 第6级教学人员: an age or an ordinal says which ones; it is no figure of them, and
  // stays in the name, which keeps ages as names.ts does)
  // (3.國外大學(經教育部認可學校): a list item's number is no figure of it)
  const topic = prev.replace(/^\s*\d{1,2}\s*[.、．]\s*(?!\d)/, "").replace(/近\s*\d{1,2}\s*(?:个)?(?:年|学年|个月)来?|(?:19|20)\d{2}\s*学?年度?/g, "");
  const which = /\d{1,2}\s*周?岁(?:以[上下])?|第\s*\d{1,3}\s*(?=[级名位批期届次条款项章节号])/g;
  if (!topic || /\d/.test(topic.replace(which, "")) || topic.length > 24 || /[：:]/.test(topic)) return "";
  // (调整金额与私框第6级教学人员一致: what it matches is no part of the topic; the last 与 or 同, not
  // the 同 of 合同)
  const own = topic.replace(/(?<=[\u4e00-\u9fff]{2})(?:与|(?<!合)同)(?![^，,；;]*(?:与|(?<!合)同))[^，,；;]{1,24}(?:一致|相同|持平|看齐)$/, "");
  // (淡水區人口逐年成長，年底有望突破廿萬人: the trend the topic is on is no part of what is counted)
  const name = finishName(shortenSubject(subjectBefore(own.replace(/(?<=[\u4e00-\u9fff]{2})(?:逐年|持续|不断|快速|稳步)(?:成长|增长|增加|上升|下降|减少|下滑)$/, "").replace(/第\s*(\d{1,3})(?=\s*[级名位批期届次条款项章节号])/g, (_, d: string) => "第" + toWide(d)))));
  return name.length >= 2 && !isVerbOnly(name) ? name : "";
}

// 国家助学制度进一步完善，中央财政投入223亿元: the clause before, with no figure, says what money is for;
// how that thing stands (进一步完善) is no part of it
// (继续实施第二期农村中小学危房改造，中央财政将投入60亿元: what is done, not the doing; 启动"两基"攻坚计划，
// 到2007年…，中央财政将为此投入100亿元: 为此 points back to the sentence's first clause)
export function purposeClauseBefore(s: string, sentenceStart: number, clauseStart: number, backToFirst = false): string {
  let topic = "";
  if (backToFirst) {
    // (为促进教育公平，…; 今年，…: a purpose or a time that opens the sentence is not what is done)
    for (const m of s.slice(sentenceStart, clauseStart).matchAll(/[，,；;]/g)) {
      const to = sentenceStart + m.index + 1;
      if (/^[\s]*(?:为了?|按照|根据|围绕)/.test(clauseBefore(s, sentenceStart, to))) continue;
      topic = topicClauseBefore(s, sentenceStart, to);
      if (topic) break;
    }
  }
  topic = (topic || topicClauseBefore(s, sentenceStart, clauseStart)).replace(/(?:进一步|不断|逐步|日益|更加)?(?:完善|健全|加强|巩固|扩大)$/, "");
  return objectOfWork(topic.replace(/["“”'‘’]/g, "")) || topic;
}

// 平湖中心小学改扩建工程，新增…: a clause that is only the name of a project or a school
export function projectBefore(s: string, sentenceStart: number, clauseStart: number): string {
  const prev = withoutListMarker(clauseBefore(s, sentenceStart, clauseStart)).trim();
  // (将继续实施标准化学校建设工程: a deed done to a project is a clause of its own, not a name)
  if (!/^[\u4e00-\u9fff（）()]{2,20}(?:工程|项目|学校|小学|中学|幼儿园|校区)$/.test(prev) || /将|实施|推进|继续|加快|启动|开展|抓好|落实|加强|完成/.test(prev)) return "";
  return finishName(prev);
}

// 资金总额 / 10000万元, 学生、家长、社会满意度 / ≥90%: a form laid out one cell per line — a figure
// alone on its line is the value of the label on the line above
export function labelOnLineAbove(s: string, f: Figure, left: string): string {
  // (≥90%: a sign before the figure is part of the value cell)
  const sign = /^[\s≥≤><=＞＜]*$/;
  if (!sign.test(left)) return "";
  const lineStart = s.lastIndexOf("\n", f.start - 1) + 1;
  const lineEnd = s.indexOf("\n", f.end);
  // (780元/生/年: the per-student of a rate is the value cell's too)
  if (!sign.test(s.slice(lineStart, f.start)) || s.slice(f.end, lineEnd < 0 ? s.length : lineEnd).replace(/[/／](?:生|人|年|学年|月|天|日|校|班|次)|[\s。；;，,]/g, "")) return "";
  // (the last line with words above, read backwards: the text before it can be the whole plan)
  let end = lineStart;
  while (end > 0 && /\s/.test(s[end - 1]!)) end--;
  const label = s.slice(s.lastIndexOf("\n", end - 1) + 1, end).trim().replace(/[：:]$/, "");
  if (label.length < 2 || label.length > 24 || /\d|[。；;！？!?]/.test(label)) return "";
  return finishName(withoutListMarker(label).replace(/^(?:其中|另外)\s*[:：]?/, ""));
}

// 30岁以下教师242人，…；30-39岁的1608人: a clause that opens on an age band counts the same people
// as the band before it
export function bandOfEarlier(left: string, unit: string, earlier: ExtractedIndicator[]): string {
  const band = /^\s*(\d{1,2}(?:\s*[-—–~至到]\s*\d{1,2})?\s*周?岁?\s*(?:及?以[上下])?)\s*的?\s*$/.exec(left);
  if (!band) return "";
  const before = [...earlier].reverse().find((r) => r.unit === unit && /岁/.test(r.name));
  const who = before ? /[\u4e00-\u9fff]+$/.exec(before.name.replace(/^.*岁(?:及?以[上下])?/, ""))?.[0] : undefined;
  if (!who) return "";
  return finishName(`${band[1]!.replace(/\s/g, "").replace(/(\d)$/, "$1岁").replace(/(\d)(以[上下])$/, "$1岁$2")}${who}`);
}

// 在非高等教育書補津貼上 / 明年都會有所增加 / 中學增至3,300元/年 / 小學增至2,800元/年: a line that says
// what the lines below are "on" (在…上) names the sums they give for each stage or group of pupils
// (在2023年基础上, 在此基础上: what a figure builds on is no topic)
const ON_TOPIC = /(?:^|[\n，,。；;])\s*(?:而|另外|此外|至于)?在([^\n，,。；;在]{2,20}?)(?<!基础)上\s*(?=[\n，,])/g;
/** The topic (在…上) of the lines just before `at`, within a few lines and no sentence's end, or "". */
export function topicOnBefore(s: string, at: number): string {
  const before = s.slice(Math.max(0, at - 120), at);
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(ON_TOPIC)) last = m;
  if (!last || /[。；;]/.test(before.slice(last.index! + last[0].length)) || (before.slice(last.index!).match(/\n/g)?.length ?? 0) > 6) return "";
  const topic = finishName(last[1]!);
  return topic.length >= 2 ? topic : "";
}

// 1.学前入园资助金。⏎资助标准为500元/学期/人: a sum named only as "the standard" or "the amount" at the
// head of a list item is the item's, whose heading is the line just before
const GENERIC_SUM = /^(?:资助|补助|补贴|奖补|奖励)?(?:标准|金额|资金)$/;
const MONEY_HEADING = /(?:资助金?|助学金|奖学金|补助金?|补贴|津贴|奖励金?|资金|经费|费|贷款|计划|工程)$/;
const ITEM_HEADING = new RegExp(String.raw`^\s*${LIST_MARKER}\s*([^\n\d，,；;：:]{2,16}?)[。.．:：]?\s*$`);
/** The heading of the list item a generic sum (资助标准, 金额) opens, when it opens the line after it, or "". */
export function itemHeadingOf(s: string, name: string, lineStart: number): string {
  if (!GENERIC_SUM.test(name) || lineStart < 2) return "";
  const prevEnd = s.lastIndexOf("\n", lineStart - 1);
  let at = prevEnd;
  while (at > 0 && s[at - 1] === "\n") at--;
  const prevStart = s.lastIndexOf("\n", at - 1) + 1;
  const heading = ITEM_HEADING.exec(s.slice(prevStart, at));
  // (a heading that names the money, 学前入园资助金, 寄宿生生活补助; not 基本情况, 资助对象及标准, 加强经费保障)
  return heading && MONEY_HEADING.test(heading[1]!) && !/^(?:加强|落实|做好|规范|强化|完善)|及|情况|对象|目标|措施|标准|要求/.test(heading[1]!) ? finishName(heading[1]!) : "";
}
