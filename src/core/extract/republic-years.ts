// Years of the Republic of China calendar (Taiwan): 114年度 is 2025, and so is a bare 114年 in a
// text that counts years that way. Written as western years in the clean text, every later step
// (years, names, kinds) reads them like any other year; quotes still come from the original.
import { chineseNumeralToDigits } from "../values/chinese-numerals";
import { MappedBuilder, type MappedText } from "./mapped-text";

// the calendar in use: 民国112年, 112学年度, 112年度 somewhere in the text
// (or a date, 107年6月, a span, 自104年至107年 or 于112年至114年, this year named in brackets,
// 今(112)年, a deed dated to one, 于111年完成, or a year's end, 至111年底: no number of years has one)
const USES_REPUBLIC_YEARS = /民国\s*\d{2,3}\s*年|(?<![\d.,])1[0-3]\d\s*学?年度|(?<![\d.]|\d,)(?:1[0-3]\d|[89]\d)\s*学年|(?<![\d.,])1[0-2]\d\s*年\s*\d{1,2}\s*月|自\s*1[0-2]\d\s*年\s*[至到]|[今去明][(（]\s*1[0-2]\d\s*[)）]\s*年|(?<![达至到]|延长|建校)于\s*1[01]\d\s*年(?:底|中|初)?完成|(?:[于在至到]|截至)\s*1[0-2]\d\s*年底|[于在]\s*1[0-2]\d\s*年\s*[至到]\s*1[0-2]\d\s*年/;
// words before and after a number of years that make it a span or an age, not a year: 创校100年,
// 满100年, 經歷100年; 100年来, 110年校慶
const AGE_BEFORE = String.raw`[\d.,万亿]|校|满|近|逾|约|达|超过|第|共|历时|历史|经历|历经|迎来|成立|创立`;
const AGE_AFTER = "来|历史|级|代|前|后|以来|校庆|华诞|风雨";
// 115年, 112至114年: a three-digit year of this century's span (2011–2040); not a duration nor part
// of a larger figure
const REPUBLIC_YEAR = new RegExp(String.raw`(?<!${AGE_BEFORE})(?:民国\s*)?(1[0-2]\d)(?=\s*[)）]?\s*(?:学?年(?!${AGE_AFTER})|[至到~\-—–及和、]\s*1[0-2]\d\s*学?年))`, "g");

// 二〇二四年, 一一三学年度, 一0八学年度, 一一五年: a year written numeral by numeral (a 0 may stand for 〇,
// and Hong Kong and Macao print it as the circle ○); 二○二五/二○二六学年: a school year's span
const NUMERAL_YEAR = /(?<![一二三四五六七八九十〇零○\d])(?:[一二][〇零0○一二三四五六七八九]{3}(?=\s*(?:[/／至到\-—–~]\s*[一二][〇零0○一二三四五六七八九]{3}\s*)?学?年(?!来|级|代))|一[〇零0○一二三][〇零0○一二三四五六七八九](?=(?:\s*[及和、至到\-—–~]\s*一[〇零0○一二三][〇零0○一二三四五六七八九])?(?:\s*学?年度|\s*学年|\s*年(?!来|级|代|前|后|以来|历史))))/g;
const NUMERAL_DIGIT: Record<string, string> = { 〇: "0", 零: "0", "0": "0", "○": "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };

// 一百零五学年, 一百一十三年度: a Republic school or budget year written as a number
const COUNTED_YEAR = /(?<![一二三四五六七八九十百千万\d])一百(?:零[一二三四五六七八九]|[一二]?十[一二三四五六七八九]?)(?=\s*(?:学年|学?年度))/g;

/** Years written numeral by numeral (or, in Taiwan, as a number), as digits, so every later step reads them as years. */
export function numeralYears(input: MappedText): MappedText {
  const t = input.text;
  if (!/[〇零0○一二三四五六七八九]{3}\s*(?:学?年|[/／至到\-—–~及和、])|一百[零一二十][一二三四五六七八九十]{0,2}\s*学?年/.test(t)) return input;
  const out = new MappedBuilder(input);
  let from = 0;
  const found = [...t.matchAll(NUMERAL_YEAR), ...t.matchAll(COUNTED_YEAR)].sort((a, b) => a.index - b.index);
  for (const m of found) {
    if (m.index < from) continue;
    out.copy(from, m.index);
    if (m[0].startsWith("一百")) out.put(chineseNumeralToDigits(m[0])!, m.index);
    else [...m[0]].forEach((c, k) => out.put(NUMERAL_DIGIT[c]!, m.index + k));
    from = m.index + m[0].length;
  }
  if (from === 0) return input;
  out.copy(from, t.length);
  return out.build();
}

// (a text that came in traditional characters: 113年國中教育會考 — Taiwan's press counts years so
// and writes no 年度; a mainland text's 113年 is a school's age)
// (the test that turns the reading on asks more: 有113年, 113年的 may be ages too)
const BARE_REPUBLIC_YEAR = new RegExp(String.raw`(?<!${AGE_BEFORE}|有|已|走过|建校|创校)1[01]\d\s*年(?!${AGE_AFTER}|的)[\u4e00-\u9fff]`);
// (Hong Kong and Macao count years as the mainland does)
const HONG_KONG_OR_MACAO = /香港|澳门|港府|港澳|特区政府|立法会|教育局局长|教青局/;

export function westernYears(input: MappedText, traditional = false): MappedText {
  const t = input.text;
  if (!USES_REPUBLIC_YEARS.test(t) && !(traditional && BARE_REPUBLIC_YEAR.test(t) && !HONG_KONG_OR_MACAO.test(t))) return input;
  const out = new MappedBuilder(input);
  let from = 0;
  for (const m of t.matchAll(REPUBLIC_YEAR)) {
    const at = m.index + m[0].length - m[1]!.length;
    out.copy(from, m.index);
    out.put(String(Number(m[1]) + 1911), at);
    from = m.index + m[0].length;
  }
  if (from === 0) return input;
  out.copy(from, t.length);
  return out.build();
}
