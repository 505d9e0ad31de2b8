// Reads Chinese numerals (九十八, 一万五, 三点五) only to suggest the digits in a refusal:
// figures written in characters are never accepted, a misread would go unseen in the totals.

const DIGIT: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const SMALL_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG_UNIT: Record<string, number> = { 万: 1e4, 亿: 1e8 };

/** Any numeral character other than 万/亿, which also follow digits as magnitudes (3.86万). */
export const CHINESE_NUMERAL = /[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟]/;

/** `九十八` → "98", `负三点五` → "-3.5", `一万五` → "15000"; null when not a plain numeral. */
export function chineseNumeralToDigits(text: string): string | null {
  let rest = text;
  const negative = rest.startsWith("负");
  if (negative) rest = rest.slice(1);
  const parts = rest.split("点");
  if (parts.length > 2) return null;
  const whole = readWhole(parts[0] ?? "");
  if (whole === null) return null;
  let fraction = "";
  if (parts.length === 2) {
    const chars = [...(parts[1] ?? "")];
    if (chars.length === 0 || !chars.every((c) => c in DIGIT)) return null;
    fraction = "." + chars.map((c) => DIGIT[c]).join("");
  }
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

function readWhole(text: string): number | null {
  const chars = [...text];
  if (chars.length === 0) return null;
  // digit by digit, as in 一九九八
  if (chars.every((c) => c in DIGIT)) return safe(Number(chars.map((c) => DIGIT[c]).join("")));
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = 0; // unit just before a trailing digit: 一万五 is 15000, not 10005
  for (const c of chars) {
    const d = DIGIT[c];
    const small = SMALL_UNIT[c];
    const big = BIG_UNIT[c];
    if (d !== undefined) {
      if (digit !== null && digit !== 0) return null;
      digit = d;
      lastUnit = d === 0 ? 0 : lastUnit;
    } else if (small !== undefined) {
      if (digit === null && small !== 10) return null;
      section += (digit ?? 1) * small;
      digit = null;
      lastUnit = small;
    } else if (big !== undefined) {
      section += digit ?? 0;
      digit = null;
      if (section === 0 && total === 0) return null;
      if (big === 1e8) total = (total + section) * big;
      else total += section * big;
      section = 0;
      lastUnit = big;
    } else {
      return null;
    }
  }
  if (digit !== null) section += lastUnit >= 100 ? (digit * lastUnit) / 10 : digit;
  return safe(total + section);
}

function safe(n: number): number | null {
  return Number.isSafeInteger(n) ? n : null;
}
