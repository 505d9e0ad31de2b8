// From whatever text a plan arrives as to one clean, simplified text the rules can read:
// markup out, full-width digits to ASCII, pinyin glosses out (規(guī)劃), traditional to
// simplified, page furniture out. Every step keeps the offset map to the original, so quotes
// are cut from the text as it was written.
import { looksLikeHtml, stripHtml } from "./html";
import { OPENS_WITH_MEASURE, removeFurniture } from "./furniture";
import { identity, MappedBuilder, type MappedText } from "./mapped-text";
import { toSimplified } from "./simplify";
import { numeralYears, westernYears } from "./republic-years";
import { LIST_MARKER } from "./list-markers";

export { htmlToText } from "./html";
export type { MappedText } from "./mapped-text";

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
// —–‒－~～〜, by code (the width pass looks at every character)
const isDash = (code: number) => (code >= 0x2012 && code <= 0x2014) || code === 0xff0d || code === 0x7e || code === 0xff5e || code === 0x301c;

// Same length in and out: full-width ASCII (digits, letters, %, +) to half-width; decimal
// points, ratio colons and range dashes only where they sit between figures.
function normalizeWidth(input: MappedText): MappedText {
  const s = input.text;
  const out = new MappedBuilder(input);
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    let rep: string | undefined;
    if (code === 0x0d) rep = s[i + 1] === "\n" ? "" : "\n";
    else if (code === 0x200b || code === 0x200c || code === 0x200d || code === 0x2060 || code === 0xfeff || code === 0xad) rep = "";
    // tabs stay: they separate table cells (see tables.ts); cleanLayout turns the rest into spaces
    else if (code === 0x3000 || code === 0xa0 || code === 0x2002 || code === 0x2003 || code === 0x2009) rep = " ";
    // ﹪ (small percent sign, from some word processors) is %; so is ℅ (care of) after a digit, as
    // some pages type it
    else if (code === 0xfe6a || (code === 0x2105 && /[\d０-９]/.test(s[i - 1] ?? ""))) rep = "%";
    // 二千○三十一 (Macao's press): a white circle or a big circle between numerals is 〇
    // (招生二四○人, 二○○人: or ending a run of two numerals or more, as Taiwan's press writes figures digit by digit)
    else if ((code === 0x25cb || code === 0x25ef) && circleIsZero(s, i)) rep = "〇";
    else if ((code >= 0xff10 && code <= 0xff19) || (code >= 0xff21 && code <= 0xff3a) || (code >= 0xff41 && code <= 0xff5a) || code === 0xff05 || code === 0xff0b) {
      rep = String.fromCharCode(code - 0xfee0);
    } else if (code === 0xff0e || code === 0xff1a || code === 0x2236) {
      // ．：∶ between digits: 3．5, 1：1
      const prev = s[i - 1] && s.charCodeAt(i - 1) >= 0xff10 && s.charCodeAt(i - 1) <= 0xff19 ? "0" : s[i - 1];
      const next = s[i + 1] && s.charCodeAt(i + 1) >= 0xff10 && s.charCodeAt(i + 1) <= 0xff19 ? "0" : s[i + 1];
      if (isDigit(prev) && isDigit(next)) rep = code === 0xff0e ? "." : ":";
      // 六一七．一八億元, 廿．四三億元: Taiwan's press writes decimals in Chinese digits with ．
      else if (code === 0xff0e && prev !== undefined && next !== undefined && "〇零一二三四五六七八九十廿卅".includes(prev) && "〇零一二三四五六七八九".includes(next)) rep = "点";
    } else if (code === 0x2027 || code === 0x30fb || code === 0xb7) {
      // 四‧五億元, 一‧五倍: Taiwan's press also writes that point as a middle dot (· only before a
      // magnitude or a measure, where it cannot be the dot of a date such as 一·二八)
      const prev = s[i - 1];
      const rest = s.slice(i + 1, i + 8);
      const cn = "〇零一二三四五六七八九";
      if (prev !== undefined && (cn + "十廿卅").includes(prev) && rest[0] !== undefined && cn.includes(rest[0]) && (code !== 0xb7 || /^[〇零一二三四五六七八九]+[億亿萬万倍元%％]/.test(rest))) rep = "点";
      else if (isDigit(prev) && isDigit(rest[0]) && code !== 0xb7) rep = ".";
    } else if (isDash(code)) {
      const prev = s[i - 1];
      const next = s[i + 1];
      const digitish = (c: string | undefined) => c !== undefined && (isDigit(c) || (c >= "０" && c <= "９") || c === "%" || c === "％");
      if (digitish(prev) && digitish(next)) rep = "-";
    }
    if (rep === undefined) continue;
    out.copy(from, i);
    if (rep) out.put(rep, i);
    from = i + 1;
  }
  if (from === 0) return input;
  out.copy(from, s.length);
  return out.build();
}

const TONE = /[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/;
const SYLLABLE = /^(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouüv]{1,3})(?:n|ng|r)?$/;
const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

// Glosses some pages print after characters: pinyin in brackets (學(xué)校 → 學校, 竣(jun4)工 with the
// tone as a digit, 市(shi)(shi) printed twice) or bare with its tone marks (古浪làng 县 → 古浪县), and notes of the traditional form (公办(繁体:辦)幼儿园).
const GLOSS = /(?:[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?[)）])*[(（]([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7})[1-5]?[)）]|([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}) ?(?=[\u3400-\u9fff])|[(（《]繁[体體]?[:：][^()（）《》]{1,4}[)）》]/g;
function removePinyin(input: MappedText): MappedText {
  return rewriteMatches(input, GLOSS, (m, s) => {
    const bracketed = m[1];
    const bare = m[2];
    if (bracketed !== undefined || bare !== undefined) {
      if (!HAN.test(s[m.index! - 1] ?? "")) return null;
      const body = (bracketed ?? bare)!;
      const lower = body.toLowerCase();
      if (body !== lower) return null;
      // (bare, only with a tone mark: Latin words in Chinese text, PPP项目, stay)
      if (bare !== undefined ? !TONE.test(body) : !TONE.test(body) && !(body.length >= 2 && SYLLABLE.test(lower))) return null;
    }
    return "";
  });
}

/** Each match of `re` (global) put in place of by what `rewrite` gives, or left as it is for null; the map kept. */
// (`atEnd`: the new text stands for the match's last character, so a quote that ends on it
// takes the whole match)
function rewriteMatches(input: MappedText, re: RegExp, rewrite: (m: RegExpMatchArray, s: string) => string | null, atEnd = false): MappedText {
  const s = input.text;
  let out: MappedBuilder | undefined;
  let from = 0;
  for (const m of s.matchAll(re)) {
    const by = rewrite(m, s);
    if (by === null) continue;
    out ??= new MappedBuilder(input);
    out.copy(from, m.index);
    if (by) out.put(by, atEnd ? m.index + m[0].length - 1 : m.index);
    from = m.index + m[0].length;
  }
  if (!out) return input;
  out.copy(from, s.length);
  return out.build();
}

// 教?/p>公用经费: a closing tag whose "<" was lost (with the character before it, in a copy
// gone wrong) is no text; outside an HTML page it is not stripped as markup
const TAG_RESIDUE = /[?？]?\/(?:p|div|span|td|tr|li|font|strong)\s*>/gi;
function removeTagResidue(input: MappedText): MappedText {
  if (!input.text.includes("/")) return input;
  return rewriteMatches(input, TAG_RESIDUE, (m, s) => (s[m.index! - 1] === "<" || s[m.index!] === "<" ? null : ""));
}

// 人平87。8分, 及格率全校为88。2: a copy that typed its decimal points as full stops (one or two
// digits after, no date); a sentence that ends on a number and opens on a year keeps its stop
const DECIMAL_STOP = /(?<=\d)。(?=\d{1,2}(?![\d.]|\s*[年月日号时]))/g;
function decimalStops(input: MappedText): MappedText {
  return input.text.includes("。") ? rewriteMatches(input, DECIMAL_STOP, () => ".") : input;
}

// 公用经费\n8059.35\n万元 / 到2030年，\n2\n—\n3\n个学科: a copy that broke a sentence at every figure puts
// the numbers (and a range's dash) on lines of their own; they rejoin the sentence before tables are
// looked for (a column of lone numbers reads as one) and page numbers are dropped
// (a number of five digits or more starts no range: 202001-202012 is a span of months)
const LONE_FIGURE_LINE = /^[ \t]*(?:\d[\d.,]*(?:(?<![\d.,]\d{4,})[ \t]*[—\-~～至到][ \t]*\d{1,4}(?:\.\d+)?)?[ \t]*[%％]?|[—\-~～至到])[ \t]*$/;
// (达\n97%\n以上: a sentence going on after its figure with a bound; 入园率达\n99%\n，公办园…, 73%\n的县:
// with a mark or 的, after a share or a range only — a bare number before them may be a page's number)
const BOUND_AFTER_FIGURE = /^[ \t]*(?:左右|以上|以下|以内|及以上|及以下)/;
const MARK_AFTER_SHARE = /^[ \t]*(?:[，,、；;。]|的)/;
const SHARE_OR_RANGE = /[%％]|\d[ \t]*[—\-~～至到][ \t]*\d/;
const ENDS_A_SENTENCE = /[。！？；：:!?;…”"）)】]\s*$/;
function rejoinBrokenFigures(input: MappedText): MappedText {
  const s = input.text;
  if (!/\n[ \t]*\d/.test(s)) return input;
  const lines: { start: number; end: number }[] = [];
  for (let at = 0; at <= s.length; ) {
    const nl = s.indexOf("\n", at);
    const end = nl < 0 ? s.length : nl;
    lines.push({ start: at, end });
    at = end + 1;
  }
  const text = (i: number) => s.slice(lines[i]!.start, lines[i]!.end);
  const next = (i: number) => {
    let j = i + 1;
    while (j < lines.length && !text(j).trim()) j++;
    return j;
  };
  // line breaks to drop: from the end of one line to the start of the next kept one
  const drops: [number, number][] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!text(i).trim() || ENDS_A_SENTENCE.test(text(i)) || LONE_FIGURE_LINE.test(text(i))) continue;
    let j = next(i);
    const run: number[] = [];
    while (j < lines.length && LONE_FIGURE_LINE.test(text(j))) {
      run.push(j);
      j = next(j);
    }
    const last = text(run[run.length - 1] ?? i);
    if (!run.length || !/\d/.test(text(run[0]!)) || j >= lines.length || !(OPENS_WITH_MEASURE.test(text(j)) || BOUND_AFTER_FIGURE.test(text(j)) || (SHARE_OR_RANGE.test(last) && MARK_AFTER_SHARE.test(text(j))))) continue;
    let from = lines[i]!.end;
    for (const k of [...run, j]) {
      drops.push([from, lines[k]!.start]);
      from = lines[k]!.end;
    }
    i = j - 1;
  }
  if (!drops.length) return input;
  const out = new MappedBuilder(input);
  let from = 0;
  for (const [a, b] of drops) {
    out.copy(from, a);
    from = b;
  }
  out.copy(from, s.length);
  return out.build();
}

// Text converted from PDF is often wrapped at a fixed width, in the middle of words (达\n到95%).
// When many lines share one length, lines of that length that do not end a sentence are
// joined to the next; headings and list items start their own line and are left alone. A PDF
// that mixes half-width figures and spaces into its lines (达到 94.5%以上,普) keeps a width on
// the page, not a count of characters: there a CJK character counts two, and the lines near
// the common width (justified text varies a little) are the wrapped ones.
const LINE_ENDS_SENTENCE = /[。！？；：:!?;…”"）)】]$/;
// a list marker or a bullet
const STARTS_ITEM = new RegExp(String.raw`^\s*(?:${LIST_MARKER}|[•·▪■●-])`);
const isWide = (code: number) =>
  (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6);
/** Columns a line takes on the page: wide characters two, others (a surrogate pair is one character) one. */
function displayWidth(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length) i++;
    n += isWide(code) ? 2 : 1;
  }
  return n;
}

/** The most common line measure, counting its near neighbours (within `slack`), and how many lines are near it. */
function commonWidth(measures: number[], slack: number): [number, number] {
  const counts = new Map<number, number>();
  for (const n of measures) counts.set(n, (counts.get(n) ?? 0) + 1);
  let width = 0;
  let best = 0;
  for (const n of counts.keys()) {
    let near = 0;
    for (let d = -slack; d <= slack; d++) near += counts.get(n + d) ?? 0;
    if (near > best) [width, best] = [n, near];
  }
  return [width, best];
}

// (a line ending in two or more numbers split by spaces: a statistics table's row)
const ENDS_IN_SPACED_NUMBERS = /(?:\s+-?\d[\d,.]*%?){2,}\s*$/;
function unwrapLines(input: MappedText): MappedText {
  const lines = input.text.split("\n");
  // (a table's rows among the prose, 小 学 35 64328 -0.3, keep no width of the page's)
  const long = lines.map((l) => l.trim()).filter((t) => t.length >= 16 && !ENDS_IN_SPACED_NUMBERS.test(t));
  if (long.length < 6) return input;
  const [width, best] = commonWidth(long.map((t) => t.length), 1);
  const [shown, shownBest] = commonWidth(long.map(displayWidth), 3);
  // lines far longer than a width (whole paragraphs on one line) say the text was never
  // wrapped at it: its short lines are phrases of their own (a news page's 53所 / 92.3万平方米)
  const longer = (measure: (t: string) => number, w: number) => long.filter((t) => measure(t) > w * 1.5).length >= Math.max(2, long.length * 0.1);
  const byCount = best >= long.length * 0.3 && !longer((t) => t.length, width);
  // the page measure only where most lines keep it: prose with lines of any length has no such width
  const byShown = shownBest >= long.length * 0.5 && !longer(displayWidth, shown);
  if (!byCount && !byShown) return input;
  const atWidth = (t: string) => (byCount && Math.abs(t.length - width) <= 1) || (byShown && t.length >= 16 && displayWidth(t) >= shown * 0.8 && displayWidth(t) <= shown + 6);
  const out = new MappedBuilder(input);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const end = at + line.length;
    out.copy(at, end);
    const t = line.trim();
    const next = lines[i + 1];
    const wrapped = atWidth(t) && !LINE_ENDS_SENTENCE.test(t) && next !== undefined && next.trim() !== "" && !STARTS_ITEM.test(next);
    if (next !== undefined && !wrapped) out.copy(end, end + 1);
    at = end + 1;
  }
  return out.build();
}

// Tabs left after the tables were read are plain spaces to the sentence rules, except between
// two cells of a row that was no indicator table (项目 | 建设内容 | 完成时限): there they part
// clauses, so one cell's words do not run into the next one's name.
const FIGURE_CELL = /^(?:[≥≤><＞＜约]|不低于|不少于|不超过)?\d[\d.,]*\s*(?:%|[\u4e00-\u9fff]{1,3})?(?:以上|以下|以内|左右)?$/;
function tabsToSpaces(input: MappedText): MappedText {
  const s = input.text;
  if (!s.includes("\t")) return input;
  const out = new MappedBuilder(input);
  let from = 0;
  for (let i = s.indexOf("\t"); i >= 0; i = s.indexOf("\t", i + 1)) {
    out.copy(from, i);
    // a name cell and its figure (运动场\t6个) stay one clause; a figure cell and the next (6个\t2024年底) part
    const cellStart = Math.max(s.lastIndexOf("\t", i - 1), s.lastIndexOf("\n", i - 1)) + 1;
    const figureBefore = FIGURE_CELL.test(s.slice(cellStart, i).trim());
    const between = /[^\s\t]/.test(s[i - 1] ?? "") && /[^\s\t]/.test(s[i + 1] ?? "") && (/[\u4e00-\u9fff]/.test(s[i + 1] ?? "") || figureBefore);
    out.put(between ? "；" : " ", i);
    from = i + 1;
  }
  out.copy(from, s.length);
  return out.build();
}

// 3场(次), 67935人(次): a count written with its 次 in brackets is a count of times (场次, 人次)
const TIMES_IN_BRACKETS = /(?<=\d\s*[人场户所校批班])\s*[(（]次[)）]/g;
function timesInBrackets(input: MappedText): MappedText {
  return input.text.includes("次") ? rewriteMatches(input, TIMES_IN_BRACKETS, () => "次", true) : input;
}

// 毛人学率, 毛人园率: a scan read 入 as 人 (no word 人学率 or 人园率 exists); same length, so the
// quote keeps the text as written
const ENTRY_MISREAD = /人(?=(?:学|园)率)/g;
function entryMisread(input: MappedText): MappedText {
  return input.text.includes("人学率") || input.text.includes("人园率") ? rewriteMatches(input, ENTRY_MISREAD, () => "入") : input;
}

// 幼稚園, 網路, 頻寬: mirrors that turn a mainland text into Taiwan's script turn some words into
// Taiwan's too; read back as the mainland words, same length, so names match what the text meant
const TAIWAN_WORDS: Record<string, string> = { 幼稚园: "幼儿园", 网路: "网络", 频宽: "带宽", 资讯: "信息", 软体: "软件", 硬体: "硬件", 数位: "数字" };
const TAIWAN_WORD = new RegExp(Object.keys(TAIWAN_WORDS).join("|"), "g");
// (a text of Hong Kong, Macao or Taiwan keeps its own words: 幼稚園 is Hong Kong's kindergarten)
const MAINLAND = /省|自治区|人民政府|教育厅|教体局|教育局/;
const NOT_MAINLAND = /香港|澳门|台湾|台北|新北|桃园|台中|台南|高雄|特区|立法会|教育处|国小|国中/;
function mainlandWords(input: MappedText): MappedText {
  const s = input.text;
  // (rewriteMatches hands back the text as it was when no word is found)
  return MAINLAND.test(s) && !NOT_MAINLAND.test(s) ? rewriteMatches(input, TAIWAN_WORD, (m) => TAIWAN_WORDS[m[0]] ?? null) : input;
}
const CIRCLES = "○◯";
const DIGIT_NUMERALS = "一二三四五六七八九";
const RUN_NUMERALS = DIGIT_NUMERALS + "〇零" + CIRCLES;
const BEFORE_CIRCLE = RUN_NUMERALS + "十百千万萬";
const AFTER_CIRCLE = RUN_NUMERALS + "十";
/** Whether a circle at `i` is a zero: between numerals, or ending a run of numerals written digit by digit. */
function circleIsZero(s: string, i: number): boolean {
  const before = s[i - 1];
  if (before === undefined || !BEFORE_CIRCLE.includes(before)) return false;
  const after = s[i + 1];
  if (after !== undefined && AFTER_CIRCLE.includes(after)) return true;
  // (a run of two or more before it, one of them a digit: 二四○, 二○○; not 十○)
  let j = i - 1;
  while (j >= 0 && RUN_NUMERALS.includes(s[j]!)) j--;
  const run = s.slice(j + 1, i);
  return run.length >= 2 && [...run].some((c) => DIGIT_NUMERALS.includes(c));
}

/** Characters made readable (markup, widths, pinyin, script); lines and tabs as they were. */
export function cleanCharacters(original: string): MappedText {
  let m = identity(original);
  if (looksLikeHtml(original)) m = stripHtml(m);
  m = decimalStops(normalizeWidth(rejoinBrokenFigures(removeTagResidue(m))));
  m = removePinyin(m);
  const simplified = toSimplified(m);
  // (only a text that came in traditional characters)
  const traditional = simplified !== m;
  return entryMisread(westernYears(numeralYears(timesInBrackets(traditional ? mainlandWords(simplified) : simplified)), traditional));
}

/** Lines made readable: page furniture out, hard wraps joined, tabs to spaces. */
export function cleanLayout(m: MappedText): MappedText {
  return breakRunTogetherParts(joinLinesOpeningOnAMark(joinSplitSentences(unwrapLines(removeFurniture(tabsToSpaces(m))))));
}

// 实施教育补短板项目\n48个，年度新增…\n，推\n动\n“有学上”…: a page saved with a line break at every
// change of type breaks its sentences anywhere, even inside a word. Such a text shows it by lines
// that open on a comma or a stop with words after it and by words of one character on a line of
// their own (a table's cells, one a line, are words and figures, never such splinters). Its lines
// are one text again, broken only where a sentence ends or an item starts.
const OPENS_ON_A_MARK = /^[，,、。；;]\s*(?:[\u4e00-\u9fff“"]|$)/;
const ONE_CHARACTER = /^[\u4e00-\u9fff]$/;
// (…新增\n（含在读）\n60\n名以上: in such a page a closing bracket or quote ends a run of type, not a
// sentence, so only stops end one here, unlike LINE_ENDS_SENTENCE for wrapped lines)
const STOP_AT_END = /[。！？!?；;：:…]$/;
// (a splinter stands next to a line of prose; a table's one-character cells, 优 / 良, stand between short
// cells; a comma alone on its line counts with the lines opening on one)
const PROSE = 8;
function joinSplitSentences(input: MappedText): MappedText {
  const lines = input.text.split("\n");
  let marks = 0;
  let splinters = 0;
  const proseAround = (i: number) => {
    let before = i - 1;
    while (before > 0 && ONE_CHARACTER.test(lines[before]!.trim())) before--;
    let after = i + 1;
    while (after < lines.length - 1 && ONE_CHARACTER.test(lines[after]!.trim())) after++;
    const b = lines[before]?.trim() ?? "";
    return (b.length >= PROSE || (lines[after]?.trim() ?? "").length >= PROSE) && !STOP_AT_END.test(b);
  };
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i]!.trim();
    if (OPENS_ON_A_MARK.test(t)) marks++;
    else if (ONE_CHARACTER.test(t) && proseAround(i)) splinters++;
  }
  if (marks < 2 || splinters < 1 || marks + splinters < Math.max(5, lines.length / 50)) return input;
  const out = new MappedBuilder(input);
  let at = 0;
  for (let i = 0; i < lines.length; i++) {
    const end = at + lines[i]!.length;
    out.copy(at, end);
    const t = lines[i]!.trim();
    const next = lines[i + 1]?.trim() ?? "";
    // (the title stays a line of its own, and so does a heading or a list item)
    const join = i > 0 && t !== "" && next !== "" && !STOP_AT_END.test(t) && !STARTS_ITEM.test(t) && !STARTS_ITEM.test(next);
    if (i + 1 < lines.length && !join) out.copy(end, end + 1);
    at = end + 1;
  }
  return out.build();
}

// 2022年\n,在区委\n、区政府的领导下: no line of prose opens on a comma or a stop; a copy that broke
// its lines before them continues the line before
// (下拨资金579.⏎413万元: a decimal broken at its point is one number)
// (小学师生比为⏎1:19，初中1:13.5: a line ending on the word that introduces a figure goes on with it,
// unless the figure opens a list item, 为：⏎1.…)
// (…规划投资1.14亿元，改扩建学校⏎64 处. 其中…: a line of prose ending on a noun goes on with the
// figure that opens the next, when more of the sentence follows the figure on that line; a cell
// alone on its line, as a table gives it, does not, nor a heading's count (教师47人⏎…) or a year)
const BREAK_BEFORE_MARK = /[ \t]*\n[ \t]*(?=[，,、；;。！？])|(?<=[^\n]{5}[^\d\s][\u4e00-\u9fff])[ \t]*\n[ \t]*(?!(?:19|20)\d{2}\s*年)(?=\d[\d,.]*\s*(?:万|亿)?\s*[\u4e00-\u9fff%]{1,3}\s*(?:[。；;]|[,，.、][ \t]*[^\s\d]))|(?<=\d\.)[ \t]*\n[ \t]*(?=\d)|(?<=[\u4e00-\u9fff](?:为|达到|达|是|约|超过|不低于|不少于|不超过|提高到|增至|降至))[ \t]*\n[ \t]*(?=\d+(?:[.:：]\d|[\d,]*\s*(?:%|[\u4e00-\u9fff])))/g;
function joinLinesOpeningOnAMark(input: MappedText): MappedText {
  return /\n[ \t]*[，,、；;。！？]|\d\.[ \t]*\n[ \t]*\d|[\u4e00-\u9fff]\s*\n\s*\d/.test(input.text) ? rewriteMatches(input, BREAK_BEFORE_MARK, () => "") : input;
}

// …2023年工作计划一、2022年工作总结全年新建…。二、2023年工作计划…: a copy that ran a whole document
// into one line; its parts start after a sentence or after the title's kind of document
const RUN_TOGETHER_PART = /(?<=[。；;！!？?]|(?:总结|计划|要点|方案|汇报|报告|安排|思路|情况))\s*(?=(?:[一二三四五六七八九十]{1,3})、(?![一二三四五六七八九十]))/g;
const LONG_LINE = 300;
function breakRunTogetherParts(input: MappedText): MappedText {
  const s = input.text;
  let out: MappedBuilder | undefined;
  let from = 0;
  let lineStart = 0;
  for (let lineEnd = s.indexOf("\n"); lineStart < s.length; lineEnd = s.indexOf("\n", lineStart)) {
    const end = lineEnd < 0 ? s.length : lineEnd;
    if (end - lineStart > LONG_LINE) {
      RUN_TOGETHER_PART.lastIndex = lineStart;
      for (let m = RUN_TOGETHER_PART.exec(s); m && m.index < end; m = RUN_TOGETHER_PART.exec(s)) {
        if (m.index === lineStart) {
          RUN_TOGETHER_PART.lastIndex = m.index + 1;
          continue;
        }
        out ??= new MappedBuilder(input);
        out.copy(from, m.index);
        out.put("\n", m.index);
        from = m.index + m[0].length;
        RUN_TOGETHER_PART.lastIndex = m.index + 1;
      }
    }
    if (lineEnd < 0) break;
    lineStart = lineEnd + 1;
  }
  if (!out) return input;
  out.copy(from, s.length);
  return out.build();
}

/** The clean, simplified text and the way back to the original. Never throws. */
export function cleanText(original: string): MappedText {
  return cleanLayout(cleanCharacters(original));
}
