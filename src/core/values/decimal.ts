// Exact decimal scaling. 3.86 × 10000 in binary floating point is 38599.99999999999; shifting
// the decimal point in the written digits and letting Number() round once gives 38600, the
// double nearest to what was typed. Used for 万/亿, units such as 万元, and percent fractions.

/** ±digits × 10^exponent, digits without leading zeros ("0" for zero). */
export interface Decimal {
  negative: boolean;
  digits: string;
  exponent: number;
}

const DECIMAL = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

/** Plain decimal text (`-12.5`, `.5`, `3e4`; no grouping commas) → Decimal, or null. */
export function parseDecimal(text: string): Decimal | null {
  const m = DECIMAL.exec(text);
  if (!m) return null;
  const whole = m[2] ?? "";
  const fraction = m[3] ?? "";
  if (whole === "" && fraction === "") return null;
  const written = m[4] === undefined ? 0 : Number(m[4]);
  // keeps `${exponent}` free of "e+21" notation after small shifts
  if (!Number.isSafeInteger(written) || Math.abs(written) > 1e12) return null;
  return { negative: m[1] === "-", digits: (whole + fraction).replace(/^0+(?=\d)/, ""), exponent: written - fraction.length };
}

/** The Decimal of a finite double, via its shortest round-trip text. */
export function decimalOfNumber(x: number): Decimal | null {
  return Number.isFinite(x) ? parseDecimal(String(x)) : null;
}

export function shiftDecimal(d: Decimal, places: number): Decimal {
  return { ...d, exponent: d.exponent + places };
}

export function isZeroDecimal(d: Decimal): boolean {
  return /^0+$/.test(d.digits);
}

/** Nearest double (one rounding); ±Infinity or 0 when out of range; never -0. */
export function decimalToNumber(d: Decimal): number {
  const n = Number(`${d.negative ? "-" : ""}${d.digits}e${d.exponent}`);
  return n === 0 ? 0 : n;
}
