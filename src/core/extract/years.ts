// Years a sentence names, and what each is: the year a figure is for (到2022年, 2020年确保),
// a date (2018年3月, the day a document was issued), a base of comparison (比2017年), the
// year of a starting value (从2015年的62.3%提高到…), or a placeholder of a template (20*年,
// 201X年) that names no year at all.
import { chineseNumeralToDigits } from "../values/chinese-numerals";
import { CHANGE_ARRIVES } from "./basis";
import { LOCAL_CURRENCY_WORDS } from "./unit-kinds";

export interface YearMention {
  start: number;
  end: number;
  /** null for placeholders and year ranges */
  year: number | null;
  role: "for" | "date" | "base" | "start";
  /** not written where it stands: carried from the paragraph or a heading, or the end of a period (“十四五”期间) opening the sentence */
  inferred?: boolean;
}

// a year of the Republic of China calendar (民国112年, 112学年度, 112年度) is 1911 on; a class (2016届毕业生)
// is the year it graduates
// 从, 由 just before a figure, perhaps with a few words of what the start is, a total's word or a currency
const FROM_BEFORE = new RegExp(String.raw`(?:从|由)(?:\s*|[^，,；;。\d从由]{1,14}的|每[\u4e00-\u9fff]{1,2}|(?:原有|原来|原先|现有)?(?:合共|共计|共))(?:${LOCAL_CURRENCY_WORDS})?$`);
const YEAR = /(到|至|在|于|截至|截止到?|比|较|与|同|从|由)?\s*((?:19|20)\d{2}|(?:19|20)[\dXx*＊×]{1,2}|[一二][〇零九一二三四五六七八九]{3}|民国\s*\d{2,3}|(?<!\d)1[0-3]\d(?=\s*学?年度)|(?<![\d.]|\d,)(?:1[0-3]\d|[89]\d)(?=\s*学年))(?:\s*([-—至到~/])\s*((?:19|20)?\d{2}|(?<=[〇零一二三四五六七八九]{4}\s*[-—至到~/]\s*)[〇零一二三四五六七八九]{2}))?(?:(?<=[今去明][(（]\s*\d{4})\s*[)）])?\s*(?:学?年(?!级|代)|(?<=(?:19|20)\d{2})届)/g;

export function findYears(s: string, from: number, to: number): YearMention[] {
  const out: YearMention[] = [];
  const text = s.slice(from, to);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const lead = m[1] ?? "";
    const raw = m[2]!;
    let year: number | null = null;
    if (/^\d{4}$/.test(raw)) year = Number(raw);
    // only 民国… and 1xx before 年度 are Republic years; "200年" (as in 1,200年) is a figure
    else if (/^民国\s*\d{2,3}$/.test(raw) || /^(?:1[0-3]\d|[89]\d)$/.test(raw)) year = Number(raw.replace(/\D/g, "")) + 1911;
    else if (/^[一二]/.test(raw)) {
      const d = chineseNumeralToDigits(raw);
      year = d === null ? null : Number(d);
    }
    // 2018-2020年: a span, not one year; but 2017/18年度, 2019/2020学年: one school or budget
    // year, named by its first
    // (2023-2024学年 likewise: a school year of two calendar years)
    // (二〇二五/二六学年: the second year in numerals too)
    const second = m[4] === undefined || /^\d+$/.test(m[4]) ? m[4] : (chineseNumeralToDigits(m[4]) ?? undefined);
    const oneSchoolYear = (m[3] === "/" || /学年/.test(m[0])) && year !== null && Number(second) % 100 === (year + 1) % 100;
    // 2020-2025年 otherwise: a span, whose figures are due by its end (第一阶段(2014-2018年)); the
    // total of a span gone by (从2015-2018年，共建设…) and a plan named by its span (2015-2017年规划)
    // are of no one year
    const span = !!second && !oneSchoolYear;
    const after = s.slice(end, end + 8);
    // (「114至116年公立國民中小學老舊廁所整修工程計畫」經費: a span opening a programme's quoted name)
    const programme = span && /^[^，,。；;\d“”「」『』]{0,24}?(?:计划|规划|方案)[”」』]/.test(s.slice(end, end + 30));
    if (span) year = year === null || /^(?:从|由)$/.test(lead) || /^\s*(?:规划|计划|行动)/.test(after) || programme ? null : endOfSpan(year, second!);
    if (year !== null && (year < 1900 || year > 2100)) year = null;
    let role: YearMention["role"] = "for";
    // (从115年起，…增加至57亿元: from that year on, the figures after are for it; not 从2011年起分三年,
    // 从2017年起，4年内: the start of a period, whose figures are for its end)
    if (/^(?:从|由)$/.test(lead) && !span && !/^\s*(?:起|开始)(?![^。；;]{0,16}(?:至今|以来|累计|共|截至|截止|目前))(?![^。；;]{0,12}[\d一二两三四五六七八九十]\s*年)/.test(s.slice(end, end + 24))) role = "start";
    // 始建于1903年, 创办于1952年: when a school was founded dates it, no figure is for that year
    else if (/(?:始建|创建|创办|兴办|兴建|成立|建立|建校|创立|组建)于?\s*$/.test(s.slice(Math.max(0, start - 4), start + (lead ? lead.length : 0)))) role = "date";
    else if (/^(?:比|较|与|同)$/.test(lead) || /^(?:的?基础上|相比|同期|水平)/.test(after)) role = "base";
    // 2018年3月 names a day, unless it is a deadline (到2020年9月, 2020年9月前, 2026年3月完工)
    else if (/^\s*\d{1,2}\s*月/.test(after) && !/^(?:到|至|截至|截止到?)$/.test(lead) && !/^\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*(?:底|末|中旬|上旬|下旬)?\s*(?:前|之前|以前|完工|竣工|建成|投入使用|投用|交付)/.test(s.slice(end, end + 14))) role = "date";
    // 2011年以来，…累计1.3亿元: the start of a span up to now, not the year of its figures
    else if (/^\s*(?:以来|来)/.test(after)) role = "date";
    // (2008年启动合格学校建设以来, 自2016年实施改薄工程以来: the span starts at a deed done that year)
    else if (/^[^，,。；;！？!?\d\n]{2,16}?以来/.test(s.slice(end, end + 20))) role = "date";
    // 2021年教育工作会上获悉: the year in a meeting's name dates the meeting, not the figures told there
    else if (/^\s*(?:度|春季|秋季)?[^，,。；;\d\n]{0,12}?(?:工作会|会议|大会|座谈会|推进会|现场会|发布会|论坛)\s*(?:上|中|召开|举行|获悉|透露|提出|指出|强调|明确|介绍)/.test(s.slice(end, end + 24))) role = "date";
    // 《关于报送2015年工作总结和2016年工作思路的通知》: a year in the title of a document named
    else if (insideTitleMarks(s, start)) role = "date";
    out.push({ start, end, year, role });
  }
  return out;
}

// 2020-2025 → 2025, 2021-25 → 2025
function endOfSpan(first: number, end: string): number | null {
  const last = end.length === 2 ? Math.floor(first / 100) * 100 + Number(end) : Number(end);
  return last > first && last - first <= 20 ? last : null;
}

// Whether `at` stands inside 《…》 on its line.
function insideTitleMarks(s: string, at: number): boolean {
  const open = s.lastIndexOf("《", at);
  if (open < 0 || at - open > 60) return false;
  const close = s.lastIndexOf("》", at);
  return close < open && !s.slice(open, at).includes("\n");
}

/** The year of a figure at `at`: the last year before it in its sentence that is not a date or a base. */
export function yearAt(mentions: YearMention[], at: number): number | null {
  return mentionAt(mentions, at)?.year ?? null;
}

/** The last mention of the year a figure at `at` is for, among those ending before it. */
export function mentionAt(mentions: YearMention[], at: number): YearMention | null {
  let found: YearMention | null = null;
  for (const m of mentions) {
    if (m.end > at) break;
    if (m.role === "for") found = m;
  }
  return found;
}

// 44,451元增至…: a figure a change starts from
const CHANGED_TO = new RegExp("^[\\d.,]+\\s*(?:万|亿)?\\s*[^\\d，,。；;]{0,4}?" + CHANGE_ARRIVES);

// 比上年的114.14亿元, 由去年的88%: last year's value, right before it
export const LAST_YEARS_VALUE = /(?:从|由|比|较)\s*(?:上一?年度?|去年|上学年度?)\s*的\s*$/;
/** Whether a year mention is a deadline (到2025年, 至2025年), the year a goal is for, not one things happened in. */
export function isDeadline(s: string, m: YearMention): boolean {
  return /[到至]\s*$/.test(s.slice(Math.max(0, m.start - 2), m.start) + s.slice(m.start, m.end).replace(/\d.*$/s, ""));
}

/**
 * 从2015年的62.3%, 比2020年的85%: a figure right after the year of a start or a base is that
 * year's value, a fact. The mention, or null.
 */
export function startValueAt(s: string, mentions: YearMention[], at: number): YearMention | null {
  // 由上年的86.5%提高到…: last year's value, whose year the words do not give
  const lastYear = LAST_YEARS_VALUE.exec(s.slice(Math.max(0, at - 12), at));
  if (lastYear) return { start: at - lastYear[0].length, end: at, year: null, role: "start" };
  for (const m of mentions) {
    if (m.end > at) break;
    // (较113学年度1777班: a base year right before its value, with no 的)
    if ((m.role === "start" || m.role === "base") && m.year !== null && (/^\s*度?\s*(?:底|末)?\s*的\s*$/.test(s.slice(m.end, at)) || (m.role === "base" && /^\s*度?\s*$/.test(s.slice(m.end, at))))) return m;
  }
  // 高校由2015年的108所增至110所，在校学生由105.5万人增至…: the starts listed after the first
  // are of its year
  // (由每班28人增至35人, 由相当于本地学额数目的40%增至50%: a few words of what the start is may stand between)
  // (由原有合共5,000个增至8,000个: where it stood, counted up)
  // (由新台币55元调增至60元: the currency said before the start is part of it)
  if (FROM_BEFORE.test(s.slice(Math.max(0, at - 16), at))) {
    const first = mentions.find((m) => m.end <= at && m.role === "start" && m.year !== null && /^\s*度?\s*(?:底|末)?\s*的/.test(s.slice(m.end, m.end + 4)));
    if (first) return first;
    // 小学生的单位成本由44,451元增至57,500元: a start with no year is still where things stood
    // (2015年毛入园率从60%提高到70%: under a year of its own, a start may be a goal revised)
    // (…在2021学年前增加1.1万个学额，包括…由每班28人增至35人: a deadline in a clause before is not the
    // start's own, nor is a year inferred for the sentence (carried, or a period's end); but
    // 如2015年…从60%提高到70%，…从63%提高到70% is still the year's goal revised)
    const ownYear = (m: YearMention) => {
      if (m.end > at || m.role !== "for") return false;
      const between = s.slice(m.end, at);
      if (!/[，,；;。！？!?\n]/.test(between)) return true;
      return !m.inferred && !/[；;。！？!?\n]/.test(between) && !/^\s*(?:底|末)?\s*(?:之|以)?前/.test(s.slice(m.end, m.end + 4));
    };
    if (CHANGED_TO.test(s.slice(at, at + 24)) && !mentions.some(ownYear)) return { start: at - 1, end: at, year: null, role: "start" };
  }
  return null;
}

/**
 * 2021年、2022年分别建成4所、6所: years listed before 分别 go one to each figure of the list
 * after it. The years in order, or null when the words do not line up.
 */
export function listedYears(s: string, mentions: YearMention[], firstFigure: number, count: number): (number | null)[] | null {
  const before = mentions.filter((m) => m.end <= firstFigure && m.role === "for");
  if (count < 2) return null;
  // 2015—2017年，…小学分别为12262元、13963元、14027元: a span of as many years as figures gives one to
  // each, when one thing is counted (幼儿园、小学、初中分别为12所、15所、9所 gives one to each of them)
  const last = before[before.length - 1];
  if (last && last.year !== null) {
    const first = /^\D{0,6}((?:19|20)\d{2})\s*[-—–~至到]\s*(?:(?:19|20)?\d{2})\s*年/.exec(s.slice(last.start, last.end));
    const between = s.slice(last.end, firstFigure);
    const start = first ? Number(first[1]) : NaN;
    if (last.year - start + 1 === count && /^[^、和及与]*分别/.test(between)) return Array.from({ length: count }, (_, i) => start + i);
  }
  if (before.length < count) return null;
  const run = before.slice(before.length - count);
  for (let i = 1; i < run.length; i++) if (!/^[\s、，,和及与]*$/.test(s.slice(run[i - 1]!.end, run[i]!.start))) return null;
  return /分别/.test(s.slice(run[run.length - 1]!.end, firstFigure)) ? run.map((m) => m.year) : null;
}

/** A five-year plan (十四五) → its last year (2025): 十一五 ended in 2010, each five years on. */
export function planPeriodEnd(text: string): number | null {
  // (第十四个五年规划: the official title's form)
  const m = /十([一二三四五六七八九])(?:五|个五年)/.exec(text);
  return m ? 2010 + 5 * "一二三四五六七八九".indexOf(m[1]!) : null;
}

// 今年 (今秋, 今春) on a dated page is the page's year (extract.ts), for a figure after it in its
// sentence; not 今年以来/今年起 (a span), nor past the clause's end (；), nor when another time stands
// between (未来三年, 去年同期为, 明年9月建成: that time is the figure's; 比去年 only compares), nor for the
// value a change starts from (今年生均经费从600元提高至800元: 600 was before; compare FROM_BEFORE)
const THIS_YEAR = /(?<![比较較])今(?:年(?!度?(?:以来|起|开始))|[春秋]季?(?![天日]))/g;
// 去年, 上年, 前年, 明年, 次年: a year named relative to the text's own (not 比去年, which only compares)
export const RELATIVE_YEAR = /(?<![比较較与同])(?:去年|上一?年|前年|明年|次年|后年)/;
const ANOTHER_TIME = /[。；;]|未来|[一二两三四五六七八九十\d]+\s*年|(?<![比较較与同])(?:去年|上一?年|前年)|明年|次年|[上下]学年/;
const STARTS_FROM = /(?:从|由)\s*(?:原本|原来)?\s*$/;
/** Whether the words before a figure in its sentence date it 今年 (this year), with no other time between. */
export function thisYearBefore(before: string): boolean {
  const last = [...before.matchAll(THIS_YEAR)].pop();
  if (!last) return false;
  const after = before.slice(last.index + last[0].length);
  return !ANOTHER_TIME.test(after) && !STARTS_FROM.test(before);
}
// 去年 on a dated page is the year before the page's, as 今年 is its own: not 比去年/较去年 (a
// comparison), 去年同期 (last year's figure beside this year's), 去年以来 (a span), 去年3月29日开工
// (the day something began; its figures are counted up to now), nor past 目前/截至 (now). 上年 is left
// to accounts, where 上年结转 is a sum carried into this year.
const LAST_YEAR = /(?<![比较較与同和])去年(?!度?(?:同期|以来|起|开始)|\s*\d{1,2}\s*月)/g;
/** Whether the words before a figure in its sentence date it 去年 (last year), with no other time between. */
export function lastYearBefore(before: string): boolean {
  const last = [...before.matchAll(LAST_YEAR)].pop();
  if (!last) return false;
  const after = before.slice(last.index + last[0].length);
  // (one opening its sentence, 去年，全县新增… or 据介绍，去年…, holds past commas; one inside, only in its clause)
  const beyond = /^(?:[^，,。；;]{0,6}[，,])?\s*$/.test(before.slice(0, last.index)) ? /今(?:年|[春秋])|目前|截至|截止|现在|至今/ : /[，,]|今(?:年|[春秋])|目前|截至|截止|现在|至今/;
  return !ANOTHER_TIME.test(after) && !beyond.test(after) && !STARTS_FROM.test(before);
}
