// Figures as plans write them: 99%, 百分之九十五, 3.86万个, 十五年, 两所, 2-3所, 1至2个,
// 三四个, 300多名, 1:1, 1个百分点 — each with its unit and the words right after it
// (以上, 以内, 左右 …). What the figure means is decided elsewhere; this only reads it.
import { chineseNumeralToDigits } from "../values/chinese-numerals";
import { LOCAL_CURRENCIES, LOCAL_CURRENCY_WORDS } from "./unit-kinds";

export interface Figure {
  /** first character of the figure (the digit, or 百 of 百分之) */
  start: number;
  /** after the number(s), before magnitude and unit */
  numEnd: number;
  /** after the unit, before a trailing qualifier such as 以上 */
  unitEnd: number;
  /** after everything that belongs to the figure */
  end: number;
  value?: number;
  min?: number;
  max?: number;
  /** `%`, `百分点`, `ratio`, a measure word (magnitude kept: 万人次), or "" */
  unit: string;
  chinese: boolean;
  /** 300多名, 10余所: more than the number */
  more: boolean;
  /** 以上, 及以上, 以下, 及以下, 以内, 之内, 内, 左右, 上下, 多, 余, or "" */
  suffix: string;
}

// Longest first where one is a prefix of another (个百分点 before 个, 分钟 before 分).
const UNITS = [
  "个百分点", "百分点", "个千分点", "千分点", "个平方米", "个平方", "个工作日", "工作日", "个学时", "个课时", "个学分", "学分", "个小时", "个星期", "个月", "人次", "所次", "校次", "场次", "批次", "班次", "课次", "轮次", "户次", "节次", "架次", "车次", "项次", "家次", "期次", "篇次", "件次", "台次", "册次", "份次", "万平方米", "平方米", "平方公里", "平方千米", "平方公尺", "平米", "平方", "㎡", "m²",
  ...LOCAL_CURRENCIES, "美元", "欧元", "元", "公顷", "亩", "小时", "学时", "课时", "分钟", "周岁", "岁", "学年", "年", "天", "千米", "公里", "米", "倍",
  "台套", "册", "人", "名", "位", "所", "个", "项", "处", "户", "辆", "套", "期", "届", "批", "起", "次", "场", "节", "扇",
  "门", "间", "条", "台", "本", "件", "家", "支", "种", "类", "篇", "部", "座", "张", "份", "块", "班", "轮", "组",
  "首", "棵", "株", "吨", "千克", "公斤", "分", "周", "课", "堂", "例", "床", "卷", "盏", "枚", "幅", "对", "只", "栋", "幢", "校",
  // 足球场地20片; 核定补助12園 (Taiwan counts kindergartens so); 7600顆無線AP; 近200隊; 校舍改建34案
  "片", "园", "颗", "队", "案",
  // 發電量3,342萬度, 總容量1,210 kWp: electricity and the power that makes it
  "度", "kWp", "kW", "MWp", "MW",
  // 细颗粒物年均浓度控制在29微克/立方米, 用水量下降至…立方米: a government report's environment targets
  "微克/立方米", "立方米", "千瓦时", "千瓦",
  // 60万亩次: the area farmed, times over; 國文13級分: the score of Taiwan's college entrance exam
  "亩次", "级分",
  // 開出11類科197名缺額: the subjects a teacher exam hires for, in Taiwan
  "类科",
  // 269宗投訴, 兩宗作弊: cases, as Hong Kong and Macao count complaints and incidents
  "宗",
  // 围墙1.8万延长米: a wall or a pipe measured along its length, as builders write it
  "延长米",
].sort((a, b) => b.length - a.length);
// Units that count only after digits: after characters they are mostly parts of words
// (十分 "very", 一课 of 三会一课, 一部分).
const DIGIT_ONLY_UNITS = new Set(["级分", "课", "堂", "分", "周", "米", "本", "部", "首", "道", "卷", "盏", "床", "例", "对", "只", "幅", "校", "片", "园", "颗", "队", "案", "度"]);
// 9校完工 counts schools (Taiwan, Hong Kong); 3校区, 2校园 are other words
const NOT_SCHOOLS = /^校[区园长友级服车医史庆训歌徽本外内际舍际务风]/;

const UNIT_SET = new Set(UNITS);
const LOCAL_CURRENCY = new RegExp(`^(?:${LOCAL_CURRENCY_WORDS})$`);
/** A unit as a table's unit column writes it: %, ‰, a measure word (万人次), a rate (元/生). */
export function isUnitWord(word: string): boolean {
  const w = word.replace(/\s/g, "");
  if (w === "%" || w === "‰" || w === "百分比") return true;
  const parts = w.split(/[/／]/);
  if (parts.length > 2 || !parts[0]) return false;
  return parts.every((p, i) => {
    // 元/年, 元/生·年: per year is a rate's period
    if (i > 0 && /^(?:年|学年|月|天|日|周)$/.test(p)) return true;
    const bare = i === 0 ? p.replace(/^(?:万|亿|千|百)+/, "") : p.replace(/^(?:万|千|百)/, "").replace(/[·.]?(?:年|学年|月)$/, "");
    return bare === "" ? i === 0 && p.length > 0 && /^(?:万|亿)$/.test(p) : UNIT_SET.has(bare) || (i > 0 && /^(?:生|人|校|班|所|年)$/.test(bare));
  });
}

const CN_CHARS = "零〇一二两三四五六七八九十百千万亿廿卅";
const CN_DIGIT: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
// the decimals after a point (五点七, 一.二), numeral by numeral: 〇 and 零 are 0
const decimalsOf = (numerals: string) => [...numerals].map((c) => (c === "〇" || c === "零" ? "0" : String(CN_DIGIT[c]))).join("");
const RANGE_JOIN = new Set(["-", "至", "到", "~"]);
const SUFFIXES = ["及以上", "及以下", "以上", "以下", "以内", "之内", "左右", "上下", "开外"];
const TIME_UNITS = new Set(["天", "工作日", "小时", "分钟", "个月", "周"]);

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
// by character code: these run at every character of the text, and a one-character string of a
// CJK character is a fresh allocation each time it is read with s[i]
const CN_CODE = new Uint8Array(0x10000);
for (const c of CN_CHARS) CN_CODE[c.charCodeAt(0)] = 1;
const isCn = (c: string | undefined) => c !== undefined && CN_CODE[c.charCodeAt(0)] === 1;
const HALF = "半".charCodeAt(0);
const PAST = "过".charCodeAt(0);

interface Num {
  value: number;
  end: number;
  /** a two-numeral range such as 三四 (three or four) */
  min?: number;
  max?: number;
  /** 五点七 (a decimal point written in words) and 三九九 (written digit by digit): a number whose
   *  万 or 亿 after it is its magnitude, as after 5.7, not part of the numeral (一万五千) */
  takesMagnitude?: boolean;
}

// the measure words a count of people, places or money opens its unit with
const SPACED_MEASURE = /[名人所个間间元万亿项次位班座张本册件条户平公亩]/;
function readArabic(s: string, i: number): Num | null {
  let j = i;
  while (isDigit(s[j])) j++;
  if (j === i) return null;
  // thousands: 1,200 / 12,000,000 (only full groups of three)
  if (j - i <= 3) {
    let k = j;
    while (s[k] === "," && isDigit(s[k + 1]) && isDigit(s[k + 2]) && isDigit(s[k + 3]) && !isDigit(s[k + 4])) k += 4;
    // 16 000個 (Hong Kong, Macao): groups split by a space, only where a measure word follows,
    // at once or after one more space (a table's cells split by single spaces, 15 160, stay two;
    // 12 150 所 is one count)
    if (k === j) {
      let q = j;
      while (s[q] === " " && isDigit(s[q + 1]) && isDigit(s[q + 2]) && isDigit(s[q + 3]) && !isDigit(s[q + 4])) q += 4;
      // (為 1 130 名在職教師: a page spaced between words keeps a space before the measure word too)
      if (q > j && (/[\u4e00-\u9fff]/.test(s[q] ?? "") || (/[(（]/.test(s[q] ?? "") && /[\u4e00-\u9fff]/.test(s[q + 1] ?? "")) || (s[q] === " " && SPACED_MEASURE.test(s[q + 1] ?? "")))) k = q;
    }
    j = k;
  }
  if (s[j] === "." && isDigit(s[j + 1])) {
    j++;
    while (isDigit(s[j])) j++;
  }
  const value = Number(s.slice(i, j).replace(/[, ]/g, ""));
  // 7千8百30萬元, 1千1百70餘萬, 5百人 (Taiwan, Hong Kong): a digit before 千 or 百 counts them
  // (3百分点 is per cent)
  if (j === i + 1 && (s[j] === "千" || s[j] === "百") && !/[米克瓦字分]/.test(s[j + 1] ?? "")) return withHundreds(s, j, value);
  return Number.isFinite(value) ? { value, end: j } : null;
}

/** The rest of 7千8百30 after its first digit, read at 千 or 百 (`at`). */
function withHundreds(s: string, at: number, digit: number): Num {
  let value = digit * (s[at] === "千" ? 1000 : 100);
  let j = at + 1;
  let below = s[at] === "千" ? 1000 : 100;
  if (s[at] === "千" && isDigit(s[j]) && s[j + 1] === "百") {
    value += Number(s[j]) * 100;
    below = 100;
    j += 2;
  }
  // (…8百30: the tens and ones after the last magnitude, as many digits as it has zeros; 7千8 and
  // 5百5 say 7800 and 550 aloud, so a lone digit is not read)
  let k = j;
  while (isDigit(s[k])) k++;
  if (k - j === String(below).length - 1 && !/[千百.,]/.test(s[k] ?? "")) {
    value += Number(s.slice(j, k));
    j = k;
  }
  return { value, end: j };
}

// 一二三名: first to third, no count of 123
const ascending = (run: string) => [...run].every((c, k) => k === 0 || CN_DIGIT[c] === CN_DIGIT[run[k - 1]!]! + 1);

function readChinese(s: string, i: number, limit: number): Num | null {
  let j = i;
  while (j < limit && j - i < 12 && isCn(s[j])) j++;
  if (j === i) return null;
  let run = s.slice(i, j);
  // 百分之 is read by the caller; a run must not swallow it
  const pct = run.indexOf("百分之");
  if (pct > 0) run = run.slice(0, pct);
  // 三四个, 五六所: two neighbouring numerals are "three or four"
  // (一二班, 五二班 right before 班 name a class, grade and number: "three or four classes" is 三四个班)
  if (run.length === 2 && CN_DIGIT[run[0]!] !== undefined && CN_DIGIT[run[1]!] === CN_DIGIT[run[0]!]! + 1 && run[0] !== "两" && s[i + 2] !== "班") {
    return { value: CN_DIGIT[run[0]!]!, min: CN_DIGIT[run[0]!]!, max: CN_DIGIT[run[1]!]!, end: i + 2 };
  }
  // try the longest run that reads as a number, shortening from the right (一万五千人 → whole)
  for (let len = run.length; len >= 1; len--) {
    const part = run.slice(0, len);
    // digit-by-digit runs (一九九八) are years or codes, not counts: only whole 4-digit years, and
    // amounts as Taiwan's press prints them, before a point or a magnitude (三九九億元, 六一七．一八億元)
    // (一六六名, 二七三位: three digits so before a measure word of people or places count them; not
    // before 班, where 高一一二班 names a class)
    if (len > 1 && !/[十百千万亿廿卅]/.test(part) && len !== 4 && !/^[点万亿元]/.test(s[i + len] ?? "") && !(len === 3 && !/^[〇零]/.test(part) && !ascending(part) && /^[名人位所个校]/.test(s[i + len] ?? ""))) continue;
    if (/^[万亿千百]/.test(part)) return null;
    // 廿 and 卅 are twenty and thirty (廿．四三億元, 卅三．〇四億元)
    const digits = chineseNumeralToDigits(part.replace(/^廿/, "二十").replace(/^卅/, "三十"));
    if (digits === null) continue;
    const value = Number(digits);
    if (!Number.isFinite(value)) continue;
    // 五点七亿, 九十四点八: the decimals after 点, numeral by numeral
    const point = len === run.length && !/[万亿]$/.test(part) ? /^点([〇零一二三四五六七八九]+)/.exec(s.slice(i + len, Math.min(limit, i + len + 8))) : null;
    if (point) {
      return { value: Number(`${value}.${decimalsOf(point[1]!)}`), end: i + len + point[0].length, takesMagnitude: true };
    }
    return { value, end: i + len, ...(len > 1 && !/[十百千万亿廿卅]/.test(part) ? { takesMagnitude: true } : {}) };
  }
  return null;
}

function skipSpace(s: string, i: number, max = 2): number {
  let j = i;
  while (j - i < max && (s[j] === " " || s[j] === "\t")) j++;
  return j;
}

// units by first character, longest first: one map lookup instead of a walk over all units
const UNITS_BY_FIRST = new Map<string, string[]>();
for (const u of UNITS) UNITS_BY_FIRST.set(u[0]!, [...(UNITS_BY_FIRST.get(u[0]!) ?? []), u]);

function matchUnit(s: string, i: number, digits: boolean): string | null {
  for (const u of UNITS_BY_FIRST.get(s[i] ?? "") ?? []) {
    if (s.startsWith(u, i)) {
      // (虎尾697人次之: 次之 is "next in rank", the count is of people)
      if (u.length > 1 && u.endsWith("次") && s[i + u.length] === "之") continue;
      if (!digits && DIGIT_ONLY_UNITS.has(u)) return null;
      if (u === "校" && NOT_SCHOOLS.test(s.slice(i, i + 2))) return null;
      // (2队员, 3队伍 are other words)
      if (u === "队" && /^队[员伍长列]/.test(s.slice(i, i + 2))) return null;
      // (3园区, 5园所 and 2园长 are other words)
      if (u === "园" && /^园[区所长舍地林艺丁内外]/.test(s.slice(i, i + 2))) return null;
      // (3片区: another word)
      if (u === "片" && /^片[区面刻段]/.test(s.slice(i, i + 2))) return null;
      // 预算5.8亿 支持…: 支持, 支出, 支援 are words, not a count of teams
      if (u === "支" && /^支[持出援付撑部教]/.test(s.slice(i, i + 2))) return null;
      // (3类科研项目, 5类科技成果, 3级分类管理: 类 or 级 before another word; the shorter unit is tried next)
      if ((u === "类科" && /^类科[研技学目普]/.test(s.slice(i, i + 3))) || (u === "级分" && s[i + 2] === "类")) continue;
      return u;
    }
  }
  return null;
}

// 达.02%: a share's decimals after a word, the whole part lost by the page
const lostWhole = (s: string, i: number) => /[\u4e00-\u9fff]/.test(s[i - 2] ?? "") && /^\d{1,2}\s*%/.test(s.slice(i, i + 4));

/** Every figure in text[from, to), left to right. */
export function scanFigures(s: string, from: number, to: number): Figure[] {
  const out: Figure[] = [];
  let i = from;
  while (i < to) {
    const code = s.charCodeAt(i);
    // nothing starts a figure but a digit, a numeral, 半 (半数) or 过 (过半)
    if (!(code >= 48 && code <= 57) && CN_CODE[code] !== 1 && code !== HALF && code !== PAST) {
      i++;
      continue;
    }
    const c = s[i]!;
    // shares in words first (百分之九十五, 一半, 三成, 三分之一), then a bare 万 (超万人次)
    let fig: Figure | null = c === "百" && s.startsWith("百分之", i) ? readPercentWord(s, i, to) : readShare(s, i, to);
    if (!fig) {
      if ((c === "万" || c === "亿") && !isCn(s[i - 1]) && !isDigit(s[i - 1])) fig = readBareMagnitude(s, i, to);
      // 突破千人大关, 近百所: 千 and 百 alone only after a word of reaching or nearing (千方百计 is none)
      else if ((c === "千" || c === "百") && /[超近逾破]/.test(s[i - 1] ?? "")) fig = readBareMagnitude(s, i, to);
      // (达.02%: a decimal whose whole part the page lost is no figure to read)
      else if (isDigit(c) && !isDigit(s[i - 1]) && !(s[i - 1] === "." && (isDigit(s[i - 2]) || lostWhole(s, i)))) fig = readFigure(s, i, to, false);
      else if (isCn(c) && !isCn(s[i - 1])) fig = readFigure(s, i, to, true);
    }
    if (fig) {
      out.push(fig);
      i = Math.max(fig.end, i + 1);
    } else {
      // skip the rest of a numeral run so its tail is not read as a number of its own
      if (isDigit(c)) while (i < to && (isDigit(s[i]) || s[i] === ".")) i++;
      else if (isCn(c)) while (i < to && isCn(s[i])) i++;
      else i++;
    }
  }
  return out;
}

/**
 * After a figure ending at `i`, a second one joined to it by a range word and ending in the same
 * `tail` (its magnitude or unit: 0.8万~1.1万, 18,400元至20,500元); none after a change verb
 * (增加49亿元至875亿元 is a change and where it arrives).
 */
function secondOfRange(s: string, start: number, i: number, value: number, tail: string): { value: number; numEnd: number; end: number } | null {
  if (CHANGE_BEFORE.test(s.slice(Math.max(0, start - 4), start))) return null;
  const q = skipSpace(s, i);
  if (!RANGE_JOIN.has(s[q]!) || (s[q] === "-" && q !== i)) return null;
  const k = skipSpace(s, q + 1);
  const b = isDigit(s[k]) ? readArabic(s, k) : null;
  if (!b || b.min !== undefined || b.value <= value) return null;
  const t = skipSpace(s, b.end, 1);
  return s.startsWith(tail, t) && !isDigit(s[t + tail.length]) ? { value: b.value, numEnd: b.end, end: t + tail.length } : null;
}
const CHANGE_BEFORE = /(?:增加|增长|提高|提升|减少|下降|降低|扩大|缩减|压减|增|减|降)了?\s*$/;
const SUFFIX_AT = (s: string, j: number) => SUFFIXES.find((x) => s.startsWith(x, j)) ?? "";

// (七八成, 七,八成: the first of two tenths; the cheap look runs at every character)
const TWO_TENTHS_FIRST = new Set("二三四五六七八");
// (3成7, 1成4, 5成: Taiwan writes the tenths in digits); 九成公营小学: the share of what follows,
// unless 成 opens a word (成员, 成为, 成果, 成人 …)
const TENTHS_END = /(?=以上|以下|左右|多|的|[，,。；;、）)\s]|$|(?![员为果效绩立长本熟功才就人年都型品交群套片批形像分语色])[\u4e00-\u9fff])/.source;
// (一成二 is 12 %: 一成 alone is mostly 一成不变, with a second numeral it is a share)
const TENTHS = new RegExp("^(?:([二两三四五六七八九]|[1-9])成(半|[一二三四五六七八九]|\\d(?![\\d.]))?|(一)成(半|[一二三四五六七八九]))" + TENTHS_END);
// 七八成, 七,八成: seven to eight tenths
const TWO_TENTHS = new RegExp("^([二三四五六七八])[,，、]?([三四五六七八九])成" + TENTHS_END);
// 一半以上的学校, 半数以上, 过半, 三成, 三分之一 (2/3 is not read: a date or a score): a share in %.
function readShare(s: string, start: number, to: number): Figure | null {
  // a cheap look first: this runs at every character
  const c = s[start];
  const next = s[start + 1];
  if (!((c === "一" && next === "半") || (c === "半" && next === "数") || (c === "过" && next === "半") || next === "成" || (TWO_TENTHS_FIRST.has(c!) && (s[start + 2] === "成" || s[start + 3] === "成")) || (next === "分" && s[start + 2] === "之") || (s[start + 2] === "分" && s[start + 3] === "之"))) return null;
  if (isCn(s[start - 1]) || isDigit(s[start - 1])) return null;
  // 10月过半, 时间过半: time half gone, no share of anything
  // (时间过半、任务过半: the saying that work keeps pace with the calendar)
  if (c === "过" && (/(?:月|时间|年|周|学期|日)$/.test(s.slice(Math.max(0, start - 2), start)) || /时间过半[、，,]?\s*任务$/.test(s.slice(Math.max(0, start - 8), start)))) return null;
  let value: number;
  let numEnd: number;
  let more = false;
  const half = /^(?:一半|半数|过半数?)/.exec(s.slice(start, Math.min(to, start + 3)));
  // 三成 is three tenths (not 一成, mostly of 一成不变); 八成半 is 85 %, 九成四 94 %
  const tenths = TENTHS.exec(s.slice(start, Math.min(to, start + 5)));
  const twoTenths = TWO_TENTHS.exec(s.slice(start, Math.min(to, start + 6)));
  if (twoTenths && CN_DIGIT[twoTenths[2]!] === CN_DIGIT[twoTenths[1]!]! + 1) {
    const end = start + twoTenths[0].length;
    const j = skipSpace(s, end);
    const suffix = SUFFIX_AT(s, j);
    return { start, numEnd: end, unitEnd: end, end: suffix ? j + suffix.length : end, min: CN_DIGIT[twoTenths[1]!]! * 10, max: CN_DIGIT[twoTenths[2]!]! * 10, unit: "%", chinese: true, more: false, suffix };
  }
  if (half) {
    value = 50;
    numEnd = start + half[0].length;
    more = half[0].startsWith("过");
  } else if (tenths) {
    const digit = (d: string) => CN_DIGIT[d] ?? Number(d);
    const [whole, rest] = tenths[1] !== undefined ? [tenths[1], tenths[2]] : [tenths[3]!, tenths[4]];
    value = digit(whole) * 10 + (rest === "半" ? 5 : rest ? digit(rest) : 0);
    numEnd = start + tenths[0].length;
  } else {
    if (!isCn(s[start]) && !isDigit(s[start])) return null;
    const den = isDigit(s[start]) ? readArabic(s, start) : readChinese(s, start, to);
    if (!den || !s.startsWith("分之", den.end) || den.min !== undefined) return null;
    const k = den.end + 2;
    const num = isDigit(s[k]) ? readArabic(s, k) : readChinese(s, k, to);
    if (!num || num.min !== undefined || !den.value || num.value > den.value) return null;
    value = Math.round((num.value / den.value) * 1e4) / 100;
    numEnd = num.end;
  }
  const j = skipSpace(s, numEnd);
  const suffix = SUFFIX_AT(s, j);
  return { start, numEnd, unitEnd: numEnd, end: suffix ? j + suffix.length : numEnd, value, unit: "%", chinese: !isDigit(s[start]), more, suffix };
}

// 超万人次, 近万名, 万余人, 突破千人: a magnitude with no number before it is one of it.
function readBareMagnitude(s: string, start: number, to: number): Figure | null {
  const magnitude = s[start]!;
  let i = start + 1;
  let more = false;
  if (s[i] === "余" || s[i] === "多") {
    more = true;
    i++;
  }
  const u = i < to ? matchUnit(s, i, false) : null;
  if (!u || (!more && !/[超近逾约破达上过]/.test(s[start - 1] ?? ""))) return null;
  const unitEnd = i + u.length;
  const j = skipSpace(s, unitEnd);
  const suffix = SUFFIX_AT(s, j);
  // (万 and 亿 stay in the unit, as the text's own magnitude; 千 and 百 are plain numbers)
  const small = magnitude === "千" ? 1000 : magnitude === "百" ? 100 : 0;
  return { start, numEnd: start + 1, unitEnd, end: suffix ? j + suffix.length : unitEnd, value: small || 1, unit: small ? u : magnitude + u, chinese: true, more, suffix };
}

/** 一.二: a numeral read up to a point written as a dot, with the numerals after it as its decimals. */
function withDotFraction(s: string, n: Num, to: number): Num {
  const dot = /^[.．]([〇零一二三四五六七八九]+)/.exec(s.slice(n.end, Math.min(to, n.end + 12)));
  return dot ? { value: Number(`${n.value}.${decimalsOf(dot[1]!)}`), end: n.end + dot[0].length } : n;
}

function readPercentWord(s: string, start: number, to: number): Figure | null {
  let i = start + 3;
  const digits = isDigit(s[i]);
  // 百分之百: all of it
  const a = s[i] === "百" && !isCn(s[i + 1]) ? { value: 100, end: i + 1 } : digits ? readArabic(s, i) : readChinese(s, i, to);
  if (!a) return null;
  i = a.end;
  const first = digits ? a : withDotFraction(s, a, to);
  const value = first.value;
  i = first.end;
  let min: number | undefined;
  let max: number | undefined;
  let j = skipSpace(s, i);
  if (RANGE_JOIN.has(s[j]!)) {
    let k = skipSpace(s, j + 1);
    if (s.startsWith("百分之", k)) k += 3;
    const read = isDigit(s[k]) ? readArabic(s, k) : readChinese(s, k, to);
    const b = read && !isDigit(s[k]) ? withDotFraction(s, read, to) : read;
    if (b && b.value > value) {
      min = value;
      max = b.value;
      i = b.end;
    }
  }
  const numEnd = i;
  j = skipSpace(s, i);
  const suffix = SUFFIXES.find((x) => s.startsWith(x, j)) ?? "";
  const end = suffix ? j + suffix.length : numEnd;
  return min !== undefined
    ? { start, numEnd, unitEnd: numEnd, end, min, max, unit: "%", chinese: !digits, more: false, suffix }
    : { start, numEnd, unitEnd: numEnd, end, value, unit: "%", chinese: !digits, more: false, suffix };
}

// 一般性项目, 一致, 一律: words that open with 一 and count nothing
const WORD_WITH_ONE = /^一(?:般|致|律|直|些|切|体|线|样|同|定|举|流|起|旦|贯|向|再|味|经|带|边|方面|揽子|站式|刀切|手)/;
function readFigure(s: string, start: number, to: number, chinese: boolean): Figure | null {
  if (chinese && s[start] === "一" && WORD_WITH_ONE.test(s.slice(start, start + 4))) return null;
  const a = chinese ? readChinese(s, start, to) : readArabic(s, start);
  if (!a) return null;
  let i = a.end;
  let min = a.min;
  let max = a.max;
  let value: number | undefined = a.min === undefined ? a.value : undefined;

  // ratio 1:1, 1:19, 1比11.6
  if (!chinese && (s[i] === ":" || s[i] === "比") && isDigit(s[i + 1])) {
    const b = readArabic(s, i + 1);
    if (b && b.value > 0) {
      const j = skipSpace(s, b.end);
      const suffix = SUFFIXES.find((x) => s.startsWith(x, j)) ?? "";
      return { start, numEnd: b.end, unitEnd: b.end, end: suffix ? j + suffix.length : b.end, value: Math.round((a.value / b.value) * 1e6) / 1e6, unit: "ratio", chinese, more: false, suffix };
    }
  }

  // percent with a range written on both sides: 80%-90%
  let j = skipSpace(s, i);
  let percentFirst = false;
  // (由约1%至约98%不等: about on both ends)
  // (增加4.4%至25,212名: a change, then what it arrives at, is no range)
  // (提高5%至98%: a change and where it arrives, no range; 增长5%-5.5%, a dash, is a range of the change)
  if (s[j] === "%" && RANGE_JOIN.has(s[j + 1]!) && /^%[-至到~]约?\d[\d.]*\s*%/.test(s.slice(j, j + 16)) && (/[-~]/.test(s[j + 1]!) || !CHANGE_BEFORE.test(s.slice(Math.max(0, start - 4), start)))) {
    percentFirst = true;
    j = j + 1;
  }
  // range: 2-3, 1至2, 两到三
  if (value !== undefined && RANGE_JOIN.has(s[j]!) && (percentFirst || !(s[j] === "-" && j !== i))) {
    const k = percentFirst && s[skipSpace(s, j + 1)] === "约" ? skipSpace(s, skipSpace(s, j + 1) + 1) : skipSpace(s, j + 1);
    const b = chinese ? (isCn(s[k]) ? readChinese(s, k, to) : null) : isDigit(s[k]) ? readArabic(s, k) : null;
    if (b && b.min === undefined && b.value > a.value) {
      min = a.value;
      max = b.value;
      value = undefined;
      i = b.end;
    }
  } else if (percentFirst) {
    percentFirst = false;
  }
  let numEnd = i;

  // 300多名, 10余所
  let more = false;
  j = skipSpace(s, i, 1);
  if ((s[j] === "多" || s[j] === "余") && (matchUnit(s, j + 1, !chinese) || s[j + 1] === "万" || s[j + 1] === "亿")) {
    more = true;
    i = j + 1;
  }

  // magnitude after digits: 3万人次, 30.6亿元, 3.86万个
  let magnitude = "";
  j = skipSpace(s, i, 1);
  // 3兆350億元 (Taiwan): 兆 is ten thousand 亿 when money follows (百兆宽带 is bandwidth)
  const trillion = !chinese && value !== undefined && s[j] === "兆" ? /^兆\s*(?:(\d{1,4})\s*亿)?(?=\s*元)/.exec(s.slice(j, j + 12)) : null;
  if (trillion) {
    value = Math.round((value! * 1e4 + Number(trillion[1] ?? 0)) * 1e6) / 1e6;
    magnitude = "亿";
    i = j + trillion[0].length;
  } else if ((!chinese || a.takesMagnitude) && (s[j] === "万" || s[j] === "亿" || (s[j] === "个" && s[j + 1] === "亿"))) {
    // (投资近1个亿: 个 before 亿 is how the sum is said aloud)
    if (s[j] === "个") j++;
    magnitude = s[j]!;
    i = j + 1;
    // (7.79万亿元: a trillion, written as ten thousand 亿 as 兆 is above)
    const trillions = magnitude === "万" && s[i] === "亿";
    if (trillions) {
      magnitude = "亿";
      i++;
      if (value !== undefined) value = Math.round(value * 1e4 * 1e6) / 1e6;
    }
    // 13万2,486人, 38万6千余人, 1亿2,000万元: the rest of the number after its magnitude
    const rest = value !== undefined && !trillions ? restAfterMagnitude(s, i, magnitude) : null;
    if (rest) {
      value = (value! + rest.value) * (magnitude === "万" ? 1e4 : 1e8);
      magnitude = rest.magnitude;
      if (magnitude) value /= magnitude === "万" ? 1e4 : 1e8;
      value = Math.round(value * 1e6) / 1e6;
      i = rest.end;
      if (rest.more) more = true;
    }
    j = skipSpace(s, i, 1);
    if (!more && (s[j] === "多" || s[j] === "余")) {
      more = true;
      i = j + 1;
    }
    // 0.8万~1.1万人口, 1亿至2亿元: a range with its magnitude written on both ends
    const second = !more && value !== undefined && min === undefined ? secondOfRange(s, start, i, value, magnitude) : null;
    if (second) {
      min = value;
      max = second.value;
      value = undefined;
      numEnd = second.numEnd;
      i = second.end;
    }
  }

  let unit = "";
  j = skipSpace(s, i, 2);
  if (s[j] === "%" || s[j] === "‰") {
    // (24.2‰: a share in thousandths, as Taiwan's statistics write small ones)
    unit = s[j]!;
    i = j + 1;
  } else {
    const u = matchUnit(s, j, !chinese);
    if (u) {
      // 1个百分点, 50个学时: the measure is the word after 个
      // (42.88亿人民币: money in 元, not people)
      // (三万个平方: the measure, as written, is 平方)
      // (㎡ and m² are 平方米 in a symbol: the contract names the unit 平方米, and most readers write it so)
      // (786億港元, 3,300澳門幣: a sum in the local currency is in 元, as the readers of a text from Hong Kong,
      // Macao or Taiwan write it; a foreign one keeps its name)
      unit = /^个(?:百分点|千分点|工作日|学时|课时|学分|小时|平方米?)$/.test(u) ? u.slice(1) : LOCAL_CURRENCY.test(u) ? "元" : u === "㎡" || u === "m²" ? "平方米" : u;
      // 30周年 is an anniversary, 5年级 a grade, 十分 "very": not measures
      // (宗教, 宗旨, 宗族: words of their own)
      if ((u === "周" && s[j + 1] === "年") || (u === "年" && s[j + 1] === "级") || (u === "分" && (s[j + 1] === "之" || (chinese && a.value === 10))) || (u === "宗" && /[教旨族师祠亲]/.test(s[j + 1] ?? ""))) unit = "";
      else i = j + u.length;
    } else if (!chinese && (s[j] === "(" || s[j] === "（")) {
      // 1 704(所次): a unit in brackets, as some tables and reports write it
      const inBrackets = matchUnit(s, j + 1, true);
      const close = inBrackets ? s[j + 1 + inBrackets.length] : undefined;
      if (inBrackets && (close === ")" || close === "）") && inBrackets !== "年") {
        unit = inBrackets;
        i = j + inBrackets.length + 2;
      }
    }
  }
  // $2500津貼, $6000萬, MOP$4,310.00: a dollar sign before the number says the money's unit
  // (US$ is a foreign currency and keeps its name; HK$, MOP$, NT$ are the local 元)
  const dollar = !unit && !chinese ? /(?<![A-Za-z])(US)?\s*\$\s*$/i.exec(s.slice(Math.max(0, start - 6), start)) : null;
  if (dollar) unit = dollar[1] ? "美元" : "元";
  if (magnitude) unit = magnitude + unit;
  if (!unit && percentFirst) unit = "%";
  // 18,400元至20,500元, 3所至5所: a range whose unit is written on both ends
  const second = unit && !chinese && value !== undefined && min === undefined && !more ? secondOfRange(s, start, i, value, unit) : null;
  if (second) {
    min = value;
    max = second.value;
    value = undefined;
    i = second.end;
  }
  const unitEnd = i;

  j = skipSpace(s, i);
  // 600元/生/年, 4元/人·天: the rate's per-unit tail is the figure's, not the next words' (the unit
  // stays as written before it)
  const per = unit ? PER_UNIT_TAIL.exec(s.slice(j, j + 16)) : null;
  if (per) j = skipSpace(s, j + per[0].length);
  let suffix = SUFFIXES.find((x) => s.startsWith(x, j)) ?? "";
  // (3年多，: more than; 36个多媒体教室, 5所多功能学校: 多 opens the next word)
  if (!suffix && unit && (s[j] === "多" || s[j] === "余") && !/[\u4e00-\u9fff]/.test(s[j + 1] ?? "")) suffix = s[j]!;
  if (!suffix && TIME_UNITS.has(unit) && s[j] === "内") suffix = "内";
  const end = suffix ? j + suffix.length : per ? j : unitEnd;
  // (object literals, not spreads: this runs for every number in the text)
  return min !== undefined && max !== undefined ? { start, numEnd, unitEnd, end, unit, chinese, more, suffix, min, max } : { start, numEnd, unitEnd, end, unit, chinese, more, suffix, value: value ?? a.value };
}

// (1000元/生.年: a full stop typed for the middle dot, not when 年 opens the next words, 元/生.年初下达)
const PER_UNIT_TAIL = /^\s*[/／]\s*(?:生|人次|人|班|校|所|园|户|名|学年|学期|年|月|天|日|次|平方米|㎡|节|课时|学时|小时|周|餐)(?:\s*[/／·•・]\s*(?:学年|学期|年|月|天|日|次|周|餐)|\.(?:学年|学期|年|月|天|日|次|周|餐)(?![初底末度内中]))*(?![/／·•・\d])/;

// After 万 or 亿: a part below it that ends in a unit (13万2,486人, 38万6千余人, 1亿2,000万元),
// as a fraction of the magnitude, with the magnitude the unit keeps ("" for a plain count).
function restAfterMagnitude(s: string, i: number, magnitude: string): { value: number; end: number; magnitude: string; more: boolean } | null {
  const scale = magnitude === "万" ? 1e4 : 1e8;
  // (1億1400多萬: "more than" may stand before the inner 万)
  const m = /^(\d{1,4}(?:,\d{3})?|\d)(千|百)?(?:(多|余)(?=万))?(万)?/.exec(s.slice(i, i + 9));
  if (!m) return null;
  let part = Number(m[1]!.replace(/,/g, "")) * (m[2] === "千" ? 1e3 : m[2] === "百" ? 1e2 : 1);
  const inner = m[4] ? "万" : "";
  if (inner && magnitude !== "亿") return null;
  if (inner) part *= 1e4;
  // the part must be below the magnitude and be followed by a unit (or 多/余 and a unit); a 万
  // may be followed by fewer than four digits (4萬326人 is 40,326, as Taiwan's press writes it)
  if (part >= scale || (!m[2] && !inner && magnitude !== "万" && m[1]!.replace(/,/g, "").length < 8 && !/,/.test(m[1]!))) return null;
  let end = i + m[0].length;
  // 1億1,973萬6,084元: after the inner 万, the rest below it
  const last = inner ? /^(\d{1,4}|\d,\d{3})(?=元|人|个|所|名)/.exec(s.slice(end, end + 6)) : null;
  if (last) {
    part += Number(last[1]!.replace(/,/g, ""));
    end += last[0].length;
  }
  const k = s[end] === "多" || s[end] === "余" ? end + 1 : end;
  // (已争取到1亿1400多万，: an inner 万 ends the number whatever follows)
  if (!matchUnit(s, k, true) && !(inner && /^[\s，,。；;、）)]|^$/.test(s.slice(k, k + 1)))) return null;
  return { value: part / scale, end, magnitude: last ? "" : inner, more: !!m[3] };
}
