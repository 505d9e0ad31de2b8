// Changes against last year: 较上年降低1个百分点 → basis previous_year, comparator <=, value -1.
// A decrease is written as a negative change so that a table can compare it with the figure
// it reports (this year − last year).
import { POINT_UNITS } from "./unit-kinds";
import { withoutCountingAside } from "./asides";
import type { Basis, Comparator } from "./types";

// 按年增加 (Hong Kong, Macao): against a year earlier; 在原有基础上提高: against the level now
// (平均年減3.2萬人, 每年少1萬人: a change by the year, as Taiwan's forecasts write it)
// 减列 (Taiwan budgets): cut from what was set
// 跌, 跌幅介乎 (Hong Kong, Macao, Taiwan press): a fall; ↓ and ↑ before a figure, as a table of results writes them
// The verbs of change, one list each way, that every reader of a change builds on: a fall of the
// measure itself (CHANGE_DOWN_VERBS), a cut made (压缩, 缩减: also down, but a count of what was cut may
// stay positive), and a rise.
// (较上学年少13班, 明年会少1600人: 少 right after what it is compared with, or after 会, is a fall;
// 至少, 不少于, 较大规模学校至少 are not: the thing compared with is a year or a place, a few characters)
// a year named by its number, as a change is compared with it (2015年, 103学年, 2019年度)
// (2019/20學年, 2019-2020学年: a school year named by its two calendar years)
const YEAR_NAMED = String.raw`(?:(?:19|20)\d{2}(?:\s*[/／-]\s*(?:19|20)?\d{2}(?=\s*(?:学年|年度)))?|1[0-3]\d)\s*学?年度?`;
/** An earlier year a figure is compared with: 上年, 去年, 前年, 上学年, 2015年, 103学年度. */
export const EARLIER_YEAR = String.raw`(?:上一?学?年度?|去年|前年|上学年度?|${YEAR_NAMED})`;
// (较2015年提高5个百分点: against a stated earlier year, as against last year)
const PREVIOUS = new RegExp(String.raw`在(?:原有|现有|原|上年|去年)基础上|(?:比|较|同比|与)\s*(?:上一?年度?|去年|上一?学年度?|前一学?年|${YEAR_NAMED}(?:底|末)?)|同比|年均|逐年|(?:每年|按年)(?=增长|提高|增加|递增|上升|下降|减少|少)|(?<![今去明本当学])年(?=[增减](?!少|加|长|幅))`);
// what 多 or 少 is compared with: a year or a place a few characters after 比/较 (较上学年, 比103学年)
const COMPARED_WITH = String.raw`[比较](?:上一?|前一?|去|同期)?[^，,。；;\d大多少小高低]{0,4}|[比较]\s*${YEAR_NAMED}`;
export const CHANGE_DOWN_VERBS = `(?<=(?:${COMPARED_WITH}|会|将|每年))(?<![至不缺稀])少(?![于数年儿先许量])|↓|降低|下降|回落|下滑|调降|调低|调减|下调|减少|减列|删减|下跌|(?:跌|减|降)幅(?:介乎|为|达|约|逾)?|跌|(?<=(?<![今去明本当学])年)减|(?<=${COMPARED_WITH})低(?!于)`;
const CUT_VERBS = "压缩|压减|缩小|缩减|减";
// (较去年多了536人: 多 right after what it is compared with is a rise, as 少 is a fall)
export const CHANGE_UP_VERBS = `↑|净加|攀升|跃升|回升|倍增|增长|成长|提高|增加|提升|上升|扩大|递增|调升|调高|调增|上调|(?<=${COMPARED_WITH})多(?=了|\\s*\\d|\\s*$)|(?<=${COMPARED_WITH})高(?!于)|增`;
const DOWN = new RegExp(`(?:${CHANGE_DOWN_VERBS}|${CUT_VERBS})(?:了)?\\s*$`);
const CHANGE_DOWN = new RegExp(`(?:${CHANGE_DOWN_VERBS})(?:了)?\\s*$`);
const UP = new RegExp(`(?:${CHANGE_UP_VERBS})(?:了)?\\s*$`);
/**
 * A verb of change and the word of arrival after it (增至, 提高到, 跌至): the figure after it is the
 * level the change arrives at. One list for every reader of 由…到…, so they cannot drift apart.
 */
// verbs of a fall that arrives at a value (降至, 下跌至): a ceiling in a plan, the value itself in a report
export const FALLS_TO = "降低|降|下降|减少|压缩|压减|下跌|跌|回落|下滑|缩减|下调|调降|调低|调减";
export const CHANGE_ARRIVES =
  "(?:(?:增加|增长|提高|提升|上升|扩大|减少|下降|降低|缩减|压减|缩小|下滑|回落|攀升|跃升|下跌|调降|调升|调高|调低|调增|调减|上调|下调)(?:了)?|增|降|减|升|跌|倍增|翻倍)\\s*(?:到|至)";

export interface Change {
  basis: Basis;
  /** -1 for a decrease, 1 otherwise */
  sign: 1 | -1;
  /** the comparator a change implies, when no explicit word says otherwise */
  comparator: Comparator | null;
}

// 明年預算…比今年增加12.61億元 (Taiwan budgets): for next year's figure, this year is the year before
const THIS_YEAR = /(?:比|较)\s*(?:今年度?|本年度?)/;

/** `left`: the clause before the figure; `unit`: the figure's unit; `nextYear`: whether the figure is next year's (明年). */
export function changeOf(left: string, unit: string, nextYear = false): Change {
  const tail = withoutCountingAside(left.replace(/\s+$/, ""));
  // the verb of change sits right before the figure, possibly after 了/约/近
  const verbZone = tail.replace(/(?:约|近|超过|逾|不少于|不低于|至少|了)$/, "");
  const down = DOWN.test(verbZone);
  const up = !down && UP.test(verbZone);
  const points = POINT_UNITS.has(unit);
  const previous = (PREVIOUS.test(left) || (nextYear && THIS_YEAR.test(left))) && (down || up || points);
  // 学生数减少13.6%, 下降一半: the figure is the fall itself, whatever it is measured against
  // (压减79家 counts what was cut: a positive count)
  if (down && CHANGE_DOWN.test(verbZone)) return { basis: previous ? "previous_year" : "absolute", sign: -1, comparator: "<=" };
  if (points || previous) {
    if (down) return { basis: previous ? "previous_year" : "absolute", sign: -1, comparator: "<=" };
    if (up) return { basis: previous ? "previous_year" : "absolute", sign: 1, comparator: ">=" };
  }
  return { basis: previous ? "previous_year" : "absolute", sign: 1, comparator: null };
}
