// The year a sentence's figures belong to when the sentence names none of its own. Three sources
// carry a year forward, nearest first: the paragraph's opening (2023年，… / 到2025年，… / 主要目标，
// 即到2027年，…), a lead-in ending in a colon (到2025年，主要目标是：) for the list below it, and a
// heading's year (三、2024年工作打算) for its section. `YearInForce` walks the sentences in order and
// keeps that state; extract.ts asks it once per sentence.
import type { Heading } from "./sections";
import type { Span } from "./sentences";
import type { Kind } from "./types";
import { sectionKind, yearKind } from "./kind";
import { openAside } from "./asides";
import { findYears, planPeriodEnd, type YearMention } from "./years";

interface Held {
  year: number;
  /** the year of what happened (2023年，… in a summary), which achieved figures share; a deadline
   *  (到2025年) or a year still to come is only the targets' */
  reported: boolean;
}

export interface SentenceYears {
  /** the sentence's year mentions, with the year in force first when it names none of its own */
  years: YearMention[];
  /** the year carried into the sentence, when it names none of its own */
  carried: Held | null;
}

const PRESENT = /目前|现有|现在(?!起|开始|就)|现已|当前|现阶段|截至目前|截止目前|至今/;
// 刘绍辉介绍，2022年，…: a speaker's lead-in before a sentence's year
// 【概况】 2020年，…: a yearbook's entry tag before a paragraph's opening year
const ENTRY_TAG = /^\s*【[^】\n]{1,8}】\s*$/;
const SPEAKER_LEAD = /^[^，,。；;]{0,20}(?:介绍|表示|指出|透露|称|说|强调|要求|提出|获悉|了解到|得知)[，,：:]\s*$/;
// 刚刚过去的2024年，…, 回顾2023年，…: a year the text looks back on, opening its paragraph
const YEAR_GONE_LEAD = /^\s*(?:(?:在|回顾)?(?:刚刚|刚|即将)?(?:过去|走过)的|回顾|回首)\s*$/;
const SAME_YEAR = /(?<=^[^，,。；;\d]{0,8})同年(?!级|龄|度)/;
// 分别是：, 具体如下：, 其中：: a short lead-in into a list
const SHORT_LEAD_IN = /^\s*(?:其中|具体|分别|详见|明细|主要)[^。；;，,]{0,8}[：:]\s*$/;
const GOAL_YEAR = /(?:主要|总体|发展|工作)?目标(?:是|为)?[，,：:]?\s*即?\s*[到至]\s*((?:19|20)\d{2})\s*年/;

export class YearInForce {
  private carried: (Held & { level: number }) | null = null;
  private paragraph: (Held & { line: number }) | null = null;
  private readonly headingYears: (Held & { level: number })[] = [];
  /** the last year a sentence named for its figures, which 同年 refers back to */
  private lastNamed: number | null = null;
  /** the sentence just before, when it named one year: a short lead-in after it takes that year */
  private lastSentence: { line: number; lead: { year: number; start: number; end: number } } | null = null;

  /**
   * `docYear`: the latest year the title names; `docKind`: the document's kind; `latestPeriod`:
   * the end year of the latest 十X五 period the text names (0 when none).
   */
  constructor(
    private readonly s: string,
    private readonly docYear: number | null,
    private readonly docKind: Kind,
    private readonly latestPeriod: number,
  ) {}

  /** A heading starts a section: a lead-in's year and the paragraph's end there. */
  enterHeading(h: Heading): void {
    if (this.carried && h.level <= this.carried.level) this.carried = null;
    this.paragraph = null;
    while (this.headingYears.length && this.headingYears[this.headingYears.length - 1]!.level >= h.level) this.headingYears.pop();
    const own = headingYear(h.title);
    // a heading names what its section is about; the sentences say when things happened
    // (一、2024年工作总结: a review's heading names the year its results are of)
    // (一、2024年工作总结, or 2024年主要工作 under a title of 2024 and 2025: a review's heading dates
    // its results too; not 2022年和过去五年工作回顾, whose figures may be the period's)
    const reported = (sectionKind([h.title]) ?? yearKind(own, this.docYear)) === "actual" && !MANY_YEARS.test(h.title);
    if (own !== null) this.headingYears.push({ year: own, level: h.level, reported });
  }

  /**
   * The years of `sentence`, which starts on the line after the break at `line`, inside a
   * section of heading level `level` (0 before any heading).
   */
  sentence(sentence: Span, line: number, level: number): SentenceYears {
    const s = this.s;
    if (this.paragraph && this.paragraph.line !== line) this.paragraph = null;
    // (2022年为54%): a year in brackets is that aside's, never the sentence's (fillBracketedBase)
    let years = findYears(s, sentence.start, sentence.end).map((y) => (inBrackets(s, sentence, y) ? { ...y, role: "date" as const } : y));
    // “十三五”期间，… opening a sentence, a period now past: its figures are of the year it
    // ended (the period a plan is for spans its years, and its yearly figures are not the last's)
    let period = years.some((y) => y.role === "for") ? null : leadingPeriod(s, sentence);
    // past when before the document's year, or (no year known) in a summary or before a later
    // period the text names (“十四五”时期是… in a plan of no date)
    if (period !== null && !(this.docYear !== null ? period < this.docYear : this.docKind === "actual" || period < this.latestPeriod)) period = null;
    if (period !== null) years = [{ start: sentence.start, end: sentence.start, year: period, role: "for", inferred: true }, ...years];
    // 同年，广东还…投入16.98亿元: the year the text named last, written again
    const same = years.some((y) => y.role === "for") || this.lastNamed === null ? null : SAME_YEAR.exec(s.slice(sentence.start, Math.min(sentence.end, sentence.start + 12)));
    if (same) years = [{ start: sentence.start + same.index, end: sentence.start + same.index + same[0].length, year: this.lastNamed, role: "for" }, ...years];
    const own = years.filter((y) => y.role === "for");
    const named = own.filter((y) => !y.inferred && y.year !== null);
    if (named.length) this.lastNamed = named[named.length - 1]!.year;
    // 2017年，…。到今年9月，…: a sentence whose opening words name its year relative to now is
    // not of the paragraph's year, and ends it
    if (!own.length && RELATIVE_OPENING.test(s.slice(sentence.start, Math.min(sentence.end, sentence.start + 16)))) this.paragraph = null;
    // (五年来，全市累计新建…: a sentence opening on a span of years is not of its heading's one year)
    const heading = MANY_YEARS.test(s.slice(sentence.start, Math.min(sentence.end, sentence.start + 10))) ? null : this.headingYears[this.headingYears.length - 1];
    const from = this.paragraph ?? this.carried ?? heading ?? null;
    const carried = !own.length && from ? { year: from.year, reported: from.reported } : null;
    if (carried) years = [{ start: sentence.start, end: sentence.start, year: carried.year, role: "for", inferred: true }, ...years];
    // another year ends the paragraph's; a leading one starts it again
    if (own.length) {
      const first = own[0]!;
      // 2023年，… / 截至2022年12月底，… / 112学年度本市… / 2023年我市… (the year, then the scope)
      // opening a sentence: the year of the rest of its paragraph; 2023年中考，… is one event's
      // (刘绍辉介绍，2022年，…: a speaker's lead-in before the year does not change that)
      // (《规划》勾勒出…蓝图：到2020年，…: after a lead-in's colon, as at the start)
      const atStart = first.start === sentence.start || ENTRY_TAG.test(s.slice(sentence.start, first.start)) || SPEAKER_LEAD.test(s.slice(sentence.start, first.start)) || YEAR_GONE_LEAD.test(s.slice(sentence.start, first.start)) || /[：:]\s*$/.test(s.slice(Math.max(sentence.start, first.start - 2), first.start));
      const after = s.slice(first.end, sentence.end);
      const leads = atStart && first.year !== null && (period !== null || /^\s*(?:\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?\s*(?:底|末|前|份)?\s*[，,]/.test(after) || /^\s*(?:度|底|末)?\s*(?:本|全|我)[省市县区镇乡校园]/.test(after));
      this.paragraph = leads ? { year: first.year!, line, reported: !/^[到至]/.test(s.slice(first.start, first.end)) && yearKind(first.year, this.docYear) !== "target" } : null;
    }
    // 主要目标，即到2027年，…: the goals' year holds for the rest of the paragraph
    const goal = GOAL_YEAR.exec(s.slice(sentence.start, sentence.end));
    if (goal) this.paragraph = { year: Number(goal[1]), line, reported: false };
    // 到2025年，主要目标是：(a list follows) — the lead-in's year holds for the items below it
    // (2021年，…学生资助共投入8573.19万元，具体情况为：: a year gone, not a deadline, dates the results below too)
    let lead = leadInYear(s, sentence, years);
    // (2025年秋季学期共需为16350人次发放资助金1271.2015万元。分别是：: a lead-in of no year of its own, right
    // after a sentence of one on its line, takes that year)
    if (lead === null && !own.length && SHORT_LEAD_IN.test(s.slice(sentence.start, sentence.end)) && this.lastSentence && this.lastSentence.line === line) lead = this.lastSentence.lead;
    this.lastSentence = named.length === 1 ? { line, lead: { year: named[0]!.year!, start: named[0]!.start, end: named[0]!.end } } : null;
    if (lead === "several") this.carried = null;
    else if (lead !== null) this.carried = { year: lead.year, level, reported: !/^[到至]/.test(s.slice(lead.start, lead.end)) && yearKind(lead.year, this.docYear) !== "target" && this.docKind === "actual" };
    return { years, carried };
  }

  /** After the sentence: once a paragraph turns to the present (中心完小现有教学班16个…), the
   *  year of what happened holds no more. */
  endSentence(sentence: Span): void {
    if (this.paragraph?.reported && PRESENT.test(this.s.slice(sentence.start, sentence.end))) this.paragraph = null;
  }
}

/**
 * Whether an achieved figure at `at` keeps the year carried into its sentence. A carried
 * deadline is what is to be reached by then, never the year of a figure reported; a reported
 * year is, unless the figure is the state of now (目前已建成1所).
 */
export function keepsCarriedYear(s: string, sentence: Span, carried: Held, at: number): boolean {
  return carried.reported && !PRESENT.test(s.slice(sentence.start, at));
}

// The one year a heading names (2024年工作打算), not a span (2021—2025年) nor a base (比2020年).
function headingYear(title: string): number | null {
  const years = findYears(title, 0, title.length).filter((y) => y.role === "for");
  return years.length === 1 && years[0]!.year !== null ? years[0]!.year : null;
}

// “十三五”时期, 过去五年, 五年来, 近3年: a span of years, whose figures are not one year's (一年来 is
// the year's own)
const SEVERAL = String.raw`(?:[二两三四五六七八九十]+|[2-9]|\d{2})`;
const MANY_YEARS = new RegExp(String.raw`十[一二三四五六七八九]五|时期|期间|以来|(?:过去|近)${SEVERAL}\s*年|${SEVERAL}\s*年来`);
const RELATIVE_OPENING = /^\s*[^，,。；;\d]{0,6}?(?:今年|本年度?|明年|去年|上一?年度?)/;

// “十三五”期间，/ “十三五”时期，opening a sentence: the year the period ended (“十二五”以来 runs to
// the present, whenever that is: no year)
function leadingPeriod(s: string, sentence: Span): number | null {
  const m = /^[“"]?十[一二三四五六七八九]五[”"]?(?:期间|时期)\s*[，,]/.exec(s.slice(sentence.start, sentence.start + 12));
  return m ? planPeriodEnd(m[0]) : null;
}

/** A year mention inside brackets that close within the sentence. */
function inBrackets(s: string, sentence: Span, y: YearMention): boolean {
  const before = s.slice(sentence.start, y.start);
  const open = openAside(before);
  if (open < 0) return false;
  // 今(112)年, 去(111)年: the year named in brackets inside 今年, the year itself
  if (/[今去明]$/.test(before.slice(0, open)) && /[)）]\s*学?年$/.test(s.slice(y.start, y.end))) return false;
  // (於本學年(2023/24學年), 今年度(2024年): the year named in brackets after "this year" is this year)
  if (/(?:本|今|下|新)学?年度?\s*$/.test(before.slice(0, open)) && open === before.length - 1 && /^\s*[)）]/.test(s.slice(y.end, y.end + 3))) return false;
  return /[)）]/.test(s.slice(y.end, sentence.end));
}

// A short sentence ending in a colon that names the year of what follows (or announcing the
// counted list below it: 2024年鹿邑將著力辦好十件實事。1.…).
const LIST_ANNOUNCED = /(?:[一二两三四五六七八九十]{1,3}|\d{1,2})\s*(?:件|项|个|大|方面)[^，,。；;]{0,8}?(?:实事|工程|项目|任务|行动|举措)(?:\s*(?:正式)?(?:出炉|公布|发布|确定|揭晓))?\s*[。：:!！]\s*$/;
function leadInYear(s: string, sentence: Span, years: YearMention[]): { year: number; start: number; end: number } | "several" | null {
  const text = s.slice(sentence.start, sentence.end);
  const announces = LIST_ANNOUNCED.test(text) && /^\s*\n?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．]/.test(s.slice(sentence.end, sentence.end + 8));
  if (!(/[：:]\s*$/.test(text) || announces) || sentence.end - sentence.start > (announces ? 120 : 60)) return null;
  const forYears = years.filter((y) => y.role === "for" && y.year !== null && y.start >= sentence.start);
  const last = forYears[forYears.length - 1];
  // (2010年工作情况和2011年工作打算汇报如下：names two years, and the headings below say which is which)
  if (!last) return null;
  if (new Set(forYears.map((y) => y.year)).size > 1) return "several";
  return { year: last.year!, start: last.start, end: last.end };
}
