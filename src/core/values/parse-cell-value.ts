// The one reader of cell values: what a clerk typed, or what Excel/exceljs hands back, becomes
// a number, boolean or text, or a refusal that says what to type instead. It never guesses
// silently: empties keep their marker, "about"/"at least" keep a qualifier, and a percent that
// might be a fraction carries a doubt for validation to show.
import { both, type Bilingual } from "../i18n/messages";
import { VALUE_TYPES } from "../set/constants";
import type { ValueType } from "../set/schema";
import { CHINESE_NUMERAL, chineseNumeralToDigits } from "./chinese-numerals";
import { decimalOfNumber, decimalToNumber, isZeroDecimal, parseDecimal, shiftDecimal, type Decimal } from "./decimal";
import { hasDigitLookalikes, normalizeText } from "./normalize-text";

export { VALUE_TYPES, type ValueType };

/** What a cell can hold: Office gives errors as strings ('#DIV/0!'), exceljs as `{ error }`. */
export type RawCellValue = string | number | boolean | null | undefined | Date | { error: string };

export interface CellContext {
  valueType: ValueType;
  /** the indicator's unit as displayed: '%', '个', '万元', '平方米' */
  unit?: string;
  /** the cell's Excel number format, e.g. '0.0%' or 'General' */
  numberFormat?: string;
  /** allowed answers for 'choice' */
  choices?: readonly string[];
}

export type Comparator = ">=" | ">" | "<=" | "<";
export type Qualifier = { kind: "approx" } | { kind: "comparator"; comparator: Comparator };

export type DoubtCode =
  /** read as percentage points, but 0 < |x| ≤ 1 might have been a fraction (0.985 for 98.5%) */
  | "percent-maybe-fraction"
  /** read as a fraction (Excel's rule for text under 1 in a %-formatted cell), might be points */
  | "percent-maybe-points";

export interface Doubt {
  code: DoubtCode;
  message: Bilingual;
  /** the value under the other reading */
  alternative?: number;
}

/** `marker` is "" for a truly blank cell, else the canonical placeholder typed ('/', '—', '无', 'N/A' …). */
export interface EmptyMark {
  marker: string;
}

export type ParsedValue =
  | { ok: true; value: null; empty: EmptyMark }
  | { ok: true; value: number | boolean | string; empty?: undefined; qualifier?: Qualifier; doubt?: Doubt };

export type RefusalCode =
  | "not-a-number"
  | "out-of-range"
  | "excel-error"
  | "ambiguous-grouping"
  | "wrong-type"
  | "wrong-unit"
  | "scale-not-allowed"
  | "qualifier-conflict"
  | "percent-in-non-percent"
  | "ratio-in-non-ratio"
  | "ratio-zero"
  | "chinese-numerals"
  | "not-a-choice"
  | "not-boolean"
  | "unknown-value-type"
  | "unreadable";

export interface Refusal {
  ok: false;
  code: RefusalCode;
  message: Bilingual;
}

export type ParseResult = ParsedValue | Refusal;

export const EXCEL_ERRORS: readonly string[] = [
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA", "#SPILL!", "#CALC!",
  "#FIELD!", "#BLOCKED!", "#CONNECT!", "#BUSY!", "#UNKNOWN!", "#EXTERNAL!", "#PYTHON!", "#TIMEOUT!",
];

/** Placeholders meaning "nothing to report", after normalizeText; matched whole, case-insensitively. */
export const EMPTY_MARKERS: readonly string[] = ["/", "//", "-", "--", "—", "——", "―", "无", "暂无", "空", "N/A", "NA", "不适用"];

const YES = new Set(["是", "y", "yes", "true", "√", "✓", "✔", "有", "对"]);
const NO = new Set(["否", "n", "no", "false", "×", "✗", "✘", "无", "错"]);

const GE: Qualifier = { kind: "comparator", comparator: ">=" };
const GT: Qualifier = { kind: "comparator", comparator: ">" };
const LE: Qualifier = { kind: "comparator", comparator: "<=" };
const LT: Qualifier = { kind: "comparator", comparator: "<" };
const APPROX: Qualifier = { kind: "approx" };
const byLength = (a: [string, unknown], b: [string, unknown]) => b[0].length - a[0].length;
const PREFIXES: [string, Qualifier][] = (
  [
    [">=", GE], ["≥", GE], ["≧", GE], ["不低于", GE], ["不少于", GE], ["不小于", GE], ["至少", GE],
    [">", GT], ["大于", GT], ["高于", GT], ["超过", GT], ["多于", GT],
    ["<=", LE], ["≤", LE], ["≦", LE], ["不高于", LE], ["不超过", LE], ["不多于", LE], ["不大于", LE], ["至多", LE],
    ["<", LT], ["小于", LT], ["低于", LT], ["少于", LT], ["不足", LT], ["不到", LT],
    ["≈", APPROX], ["约", APPROX], ["约为", APPROX], ["大约", APPROX], ["大概", APPROX],
  ] as [string, Qualifier][]
).sort(byLength);
// 以上/以下 include the number itself in Chinese usage (and in law), hence >= and <=.
const SUFFIXES: [string, Qualifier][] = (
  [
    ["以上", GE], ["及以上", GE], ["或以上", GE], ["以下", LE], ["及以下", LE], ["或以下", LE], ["以内", LE],
    ["左右", APPROX], ["上下", APPROX],
  ] as [string, Qualifier][]
).sort(byLength);

/** Magnitude words after a number, as powers of ten; also read as the prefix of a unit (万元). */
const SCALES: [string, number][] = ([["万", 4], ["十万", 5], ["百万", 6], ["千万", 7], ["亿", 8], ["万亿", 12]] as [string, number][]).sort(byLength);

/** Other spellings of a base unit, keyed after normalizeText (㎡ and m² become m2). */
const UNIT_ALIASES: Record<string, string> = { m2: "平方米", 平米: "平方米", 平方: "平方米", 平方公尺: "平方米" };

interface Ctx {
  valueType: ValueType;
  unit: string | undefined;
  percentFormat: boolean;
  choices: string[] | undefined;
}

/** Read one cell value for one indicator. Pure; never throws, whatever it is given. */
export function parseCellValue(raw: unknown, context: CellContext): ParseResult {
  try {
    return readPlainNumber(raw, context) ?? parseFully(raw, context);
  } catch {
    return refuse("unreadable", () => both((m) => m.cell.unreadableValue()));
  }
}

/** The full parser alone, without the plain-number fast path: for the tests that compare the two. */
export function parseCellValueFully(raw: unknown, context: CellContext): ParseResult {
  try {
    return parseFully(raw, context);
  } catch {
    return refuse("unreadable", () => both((m) => m.cell.unreadableValue()));
  }
}

// Most cells hold a plain number: a JS number from the workbook or digits typed as text. These
// types read it as itself whatever the unit or format, so it skips normalizing and the grammar.
const PLAIN_TYPES: ReadonlySet<unknown> = new Set<ValueType>(["count", "money", "area", "decimal", "ratio"]);
// At most 15 digits either side of the point: Number() can neither overflow nor underflow it,
// and it rounds the written decimal exactly as decimalToNumber does.
const PLAIN_DECIMAL = /^-?\d{1,15}(?:\.\d{1,15})?$/;

/** The full parser's result for a plain number, or undefined when it needs the full parser. */
function readPlainNumber(raw: unknown, context: CellContext): ParseResult | undefined {
  if (typeof context !== "object" || context === null) return undefined;
  const type = context.valueType;
  const percent = type === "percent";
  if (!percent && !PLAIN_TYPES.has(type)) return undefined;
  let x: number;
  if (typeof raw === "number") {
    if (!Number.isFinite(raw)) return undefined;
    x = raw;
  } else if (typeof raw === "string" && PLAIN_DECIMAL.test(raw)) x = Number(raw);
  else return undefined;
  if (x === 0) return ok(0); // never -0
  if (!percent) return ok(x);
  // A percent within ±1 may be a fraction (it carries a doubt), and a number in a %-formatted
  // cell is Excel's fraction (scaled by 100): both are left to the full parser.
  if (Math.abs(x) > 1 && (typeof raw === "string" || !isPercentFormat(context.numberFormat))) return ok(x);
  return undefined;
}

function parseFully(raw: unknown, context: CellContext): ParseResult {
  const ctx = readContext(context);
  if (typeof ctx === "string") return refuse("unknown-value-type", () => both((m) => m.cell.unknownValueType(ctx)));
  return parseRaw(raw, ctx);
}

/**
 * True when an Excel number format shows values as percentages. Quoted text, backslash
 * escapes and [colour] blocks are skipped: `0.0"%"` shows a literal % without scaling.
 */
export function isPercentFormat(numberFormat: string | undefined | null): boolean {
  if (typeof numberFormat !== "string") return false;
  return numberFormat.replace(/"[^"]*"?|\\.|[_*].|\[[^\]]*\]?/g, "").includes("%");
}

function readContext(context: unknown): Ctx | string {
  const o = (typeof context === "object" && context !== null ? context : {}) as Record<string, unknown>;
  const valueType = o.valueType;
  if (typeof valueType !== "string" || !(VALUE_TYPES as readonly string[]).includes(valueType)) return quote(String(valueType));
  const choices = Array.isArray(o.choices) ? o.choices.filter((c): c is string => typeof c === "string") : undefined;
  return {
    valueType: valueType as ValueType,
    unit: typeof o.unit === "string" && normalizeText(o.unit) !== "" ? o.unit : undefined,
    percentFormat: isPercentFormat(typeof o.numberFormat === "string" ? o.numberFormat : undefined),
    choices,
  };
}

function parseRaw(raw: unknown, ctx: Ctx): ParseResult {
  if (raw === null || raw === undefined) return emptyValue("");
  if (typeof raw === "string") return fromString(raw, ctx);
  if (typeof raw === "number") return fromNumber(raw, ctx);
  if (typeof raw === "boolean") return fromBoolean(raw, ctx);
  if (raw instanceof Date) return fromDate(raw, ctx);
  if (typeof raw === "object" && "error" in raw) {
    const error = (raw as { error: unknown }).error;
    const shown = typeof error === "string" && error.trim() !== "" ? quote(error.trim()) : "#?";
    return refuse("excel-error", () => both((m) => m.cell.excelError(shown)));
  }
  return refuse("wrong-type", () => both((m) => m.cell.unreadableValue()));
}

function fromNumber(x: number, ctx: Ctx): ParseResult {
  const typed = String(x);
  if (!Number.isFinite(x)) return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, example(ctx))));
  const n = x === 0 ? 0 : x;
  switch (ctx.valueType) {
    case "text":
      return ok(String(n));
    case "choice":
      return fromChoice(String(n), ctx);
    case "boolean":
      return refuse("not-boolean", () => both((m) => m.cell.notBoolean(typed)));
    case "percent": {
      const d = decimalOfNumber(n);
      if (!d) return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, example(ctx))));
      // Excel stores 98.5% as 0.985 and shows it as 98.5%: the clerk saw points, no doubt.
      if (ctx.percentFormat) return finite(decimalToNumber(shiftDecimal(d, 2)), typed);
      return percentPoints(d, typed, undefined);
    }
    default:
      return ok(n);
  }
}

function fromBoolean(b: boolean, ctx: Ctx): ParseResult {
  const typed = b ? "TRUE" : "FALSE";
  if (ctx.valueType === "boolean") return ok(b);
  if (ctx.valueType === "text") return ok(typed);
  if (ctx.valueType === "choice") return fromChoice(typed, ctx);
  return refuse("wrong-type", () => both((m) => m.cell.booleanInNumber(typed, example(ctx))));
}

function fromDate(d: Date, ctx: Ctx): ParseResult {
  const time = d.getTime();
  if (!Number.isFinite(time)) return refuse("wrong-type", () => both((m) => m.cell.unreadableValue()));
  // exceljs hands dates over as UTC midnight
  const iso = new Date(time).toISOString();
  const shown = iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  if (ctx.valueType === "text") return ok(shown);
  return refuse("wrong-type", () => both((m) => m.cell.dateNotAllowed(shown)));
}

function fromString(raw: string, ctx: Ctx): ParseResult {
  const t = normalizeText(raw);
  if (t === "") return emptyValue("");
  const typed = quote(raw.trim());
  const upper = t.toUpperCase();
  if (EXCEL_ERRORS.includes(upper)) return refuse("excel-error", () => both((m) => m.cell.excelError(upper)));
  switch (ctx.valueType) {
    case "text":
      return ok(raw.trim());
    case "choice":
      return fromChoice(raw, ctx);
    case "boolean": {
      const lower = t.toLowerCase();
      if (YES.has(lower)) return ok(true);
      if (NO.has(lower)) return ok(false);
      const marker = placeholder(t);
      if (marker !== null) return emptyValue(marker);
      return refuse("not-boolean", () => both((m) => m.cell.notBoolean(typed)));
    }
    default:
      return fromNumberText(raw, t, typed, ctx);
  }
}

function fromChoice(raw: string, ctx: Ctx): ParseResult {
  const choices = ctx.choices ?? [];
  if (choices.length === 0) return refuse("not-a-choice", () => both((m) => m.cell.noChoices()));
  const t = normalizeText(raw);
  const exact = choices.find((c) => normalizeText(c) === t);
  if (exact !== undefined) return ok(exact);
  // "yes" for choice "Yes", but only when that cannot pick between two choices
  const folded = choices.filter((c) => normalizeText(c).toLowerCase() === t.toLowerCase());
  if (folded.length === 1 && folded[0] !== undefined) return ok(folded[0]);
  const marker = placeholder(t);
  if (marker !== null) return emptyValue(marker);
  const typed = quote(raw.trim());
  return refuse("not-a-choice", () => both((m) => m.cell.notAChoice(typed, choices)));
}

function fromNumberText(raw: string, normalized: string, typed: string, ctx: Ctx): ParseResult {
  const ex = example(ctx);
  const marker = placeholder(normalized);
  if (marker !== null) return emptyValue(marker);
  if (YES.has(normalized.toLowerCase()) || NO.has(normalized.toLowerCase())) {
    return refuse("wrong-type", () => both((m) => m.cell.booleanInNumber(typed, ex)));
  }
  if (hasDigitLookalikes(raw)) return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));

  // qualifiers: 约98, 98左右, ≥95, 95以上 …
  let t = normalized;
  let qualifier: Qualifier | undefined;
  const prefix = PREFIXES.find(([w]) => t.startsWith(w));
  if (prefix) {
    t = t.slice(prefix[0].length).trim();
    qualifier = prefix[1];
  }
  const suffix = SUFFIXES.find(([w]) => t.endsWith(w));
  if (suffix) {
    t = t.slice(0, t.length - suffix[0].length).trim();
    if (qualifier && !sameQualifier(qualifier, suffix[1])) return refuse("qualifier-conflict", () => both((m) => m.cell.qualifierConflict(typed, ex)));
    qualifier = suffix[1];
  }
  if (t === "") return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));

  // 百分之98.5 is 98.5%; ¥ is 元 written in front
  if (t.startsWith("百分之")) t = t.slice(3).trim() + "%";
  let currency = false;
  if (ctx.valueType === "money" && t.startsWith("¥")) {
    t = t.slice(1).trim();
    currency = true;
  }

  const ratio = /^([^:比]*)[:比]([^:比]*)$/.exec(t);
  if (ratio) return fromRatio(ratio[1]?.trim() ?? "", ratio[2]?.trim() ?? "", typed, qualifier, ctx);
  if (/[:比]/.test(t)) {
    return ctx.valueType === "ratio"
      ? refuse("not-a-number", () => both((m) => m.cell.notARatio(typed)))
      : refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));
  }

  const head = /^[+-]?(?:\d[\d,]*\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(t);
  if (!head) {
    if (CHINESE_NUMERAL.test(t)) return chineseNumerals(t, typed, ctx);
    return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));
  }
  const read = readNumber(head[0]);
  if (read === "ambiguous") return refuse("ambiguous-grouping", () => both((m) => m.cell.ambiguousGrouping(typed)));
  if (read === null) return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));

  let rest = t.slice(head[0].length).trim();
  if (/^[\d.,]/.test(rest)) {
    return /^,/.test(rest)
      ? refuse("ambiguous-grouping", () => both((m) => m.cell.ambiguousGrouping(typed)))
      : refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));
  }

  if (rest.includes("%")) {
    if (ctx.valueType !== "percent") return refuse("percent-in-non-percent", () => both((m) => m.cell.percentInNonPercent(typed, ex)));
    if (rest !== "%") return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));
    // written with % it is percentage points, whatever the cell format
    return withQualifier(finite(decimalToNumber(read), typed, isZeroDecimal(read)), qualifier);
  }

  const scale = SCALES.find(([w]) => rest.startsWith(w));
  if (scale) rest = rest.slice(scale[0].length).trim();
  const unit = splitUnit(ctx.unit);
  let tail = rest.replace(/\s/g, "");
  if (currency && tail === "" && unit) tail = "元";
  if (tail !== "" && /^[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿]+$/.test(tail)) {
    return refuse("chinese-numerals", () => both((m) => m.cell.chineseNumerals(typed)));
  }
  if ((scale || currency) && (ctx.valueType === "percent" || ctx.valueType === "ratio")) {
    return refuse("scale-not-allowed", () => both((m) => m.cell.scaleNotAllowed(typed, ex)));
  }

  let value = read;
  if (scale || tail !== "") {
    if (tail !== "" && !unit) return refuse("wrong-unit", () => both((m) => m.cell.unitNotExpected(typed, ex)));
    if (tail !== "" && unit && canonicalUnit(tail) !== canonicalUnit(unit.base)) {
      const shown = ctx.unit?.trim() ?? "";
      return refuse("wrong-unit", () => both((m) => m.cell.wrongUnit(typed, shown)));
    }
    // Expressed in the indicator's unit: with unit 万元, 3.86万 and 3.86万元 are 3.86, and 38600元
    // is 3.86 too. Converting rather than refusing 38600元 is safe because the clerk wrote the
    // unit, so nothing is guessed, and the shift of the decimal point is exact.
    value = shiftDecimal(read, (scale?.[1] ?? 0) - (unit?.exponent ?? 0));
  }

  if (ctx.valueType === "percent") return withQualifier(percentPoints(value, typed, ctx.percentFormat), qualifier);
  return withQualifier(finite(decimalToNumber(value), typed, isZeroDecimal(value)), qualifier);
}

function fromRatio(left: string, right: string, typed: string, qualifier: Qualifier | undefined, ctx: Ctx): ParseResult {
  const ex = example(ctx);
  const a = readNumber(left);
  const b = readNumber(right);
  if (a === "ambiguous" || b === "ambiguous") return refuse("ambiguous-grouping", () => both((m) => m.cell.ambiguousGrouping(typed)));
  if (a === null || b === null) {
    return ctx.valueType === "ratio"
      ? refuse("not-a-number", () => both((m) => m.cell.notARatio(typed)))
      : refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, ex)));
  }
  if (ctx.valueType !== "ratio") return refuse("ratio-in-non-ratio", () => both((m) => m.cell.ratioInNonRatio(typed, ex)));
  if (isZeroDecimal(b)) return refuse("ratio-zero", () => both((m) => m.cell.ratioZero(typed)));
  const x = decimalToNumber(a);
  const y = decimalToNumber(b);
  if (!Number.isFinite(x) || !Number.isFinite(y) || y === 0) return refuse("out-of-range", () => both((m) => m.cell.outOfRange(typed)));
  return withQualifier(finite(x / y, typed, isZeroDecimal(a)), qualifier);
}

/**
 * Percentage points from a number typed without %. 0 < |x| ≤ 1 can be either reading, so one is
 * chosen and the other is attached as a doubt. In a %-formatted cell Excel itself would read
 * typed text under 1 as a fraction (0.985 → 98.5%), so that is the first reading there.
 */
function percentPoints(d: Decimal, typed: string, percentFormat: boolean | undefined): ParseResult {
  const x = decimalToNumber(d);
  const result = finite(x, typed, isZeroDecimal(d));
  if (!result.ok || x === 0 || Math.abs(x) > 1) return result;
  const scaled = decimalToNumber(shiftDecimal(d, 2));
  if (percentFormat && Math.abs(x) < 1) {
    return { ok: true, value: scaled, doubt: doubt("percent-maybe-points", () => both((m) => m.cell.percentMaybePoints(typed, String(scaled), String(x))), x) };
  }
  return { ok: true, value: x, doubt: doubt("percent-maybe-fraction", () => both((m) => m.cell.percentMaybeFraction(typed, String(x), String(scaled))), scaled) };
}

function chineseNumerals(t: string, typed: string, ctx: Ctx): ParseResult {
  let text = t.replace(/\s/g, "");
  let percent = "";
  if (text.endsWith("%")) {
    text = text.slice(0, -1);
    percent = "%";
  }
  const unit = ctx.unit ? normalizeText(ctx.unit).replace(/\s/g, "") : "";
  const base = splitUnit(ctx.unit)?.base ?? "";
  for (const u of [unit, base]) if (u !== "" && text.endsWith(u)) text = text.slice(0, -u.length);
  // only a whole numeral gets this hint: 一般 or 九十八分 are simply not numbers
  if (!/^负?[零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万亿点]+$/.test(text)) {
    return refuse("not-a-number", () => both((m) => m.cell.notANumber(typed, example(ctx))));
  }
  const digits = chineseNumeralToDigits(text);
  return refuse("chinese-numerals", () => both((m) => m.cell.chineseNumerals(typed, digits === null ? undefined : digits + percent)));
}

/** Digits with optional thousands commas (groups of exactly three) → Decimal. */
function readNumber(text: string): Decimal | "ambiguous" | null {
  const m = /^([+-]?)([\d,]*)((?:\.\d*)?(?:[eE][+-]?\d+)?)$/.exec(text);
  if (!m) return null;
  const whole = m[2] ?? "";
  if (whole.includes(",") && !/^\d{1,3}(,\d{3})+$/.test(whole)) return "ambiguous";
  return parseDecimal(`${m[1] ?? ""}${whole.replace(/,/g, "")}${m[3] ?? ""}`);
}

/** '万元' → 10^4 of '元'; '个' → 10^0 of '个'. */
function splitUnit(unit: string | undefined): { exponent: number; base: string } | undefined {
  if (unit === undefined) return undefined;
  const u = normalizeText(unit).replace(/\s/g, "");
  if (u === "") return undefined;
  const scale = SCALES.find(([w]) => u.startsWith(w) && u.length > w.length);
  return scale ? { exponent: scale[1], base: u.slice(scale[0].length) } : { exponent: 0, base: u };
}

function canonicalUnit(u: string): string {
  return UNIT_ALIASES[u.toLowerCase()] ?? u;
}

function placeholder(normalized: string): string | null {
  const upper = normalized.toUpperCase();
  return EMPTY_MARKERS.find((m) => m === upper) ?? null;
}

function sameQualifier(a: Qualifier, b: Qualifier): boolean {
  return a.kind === b.kind && (a.kind === "approx" || (b.kind === "comparator" && a.comparator === b.comparator));
}

function withQualifier(result: ParseResult, qualifier: Qualifier | undefined): ParseResult {
  if (!qualifier || !result.ok || result.value === null) return result;
  return { ...result, qualifier };
}

/** A finite result, or a refusal when the digits overflowed or (non-zero) underflowed. */
function finite(x: number, typed: string, zeroWritten = true): ParseResult {
  if (!Number.isFinite(x) || (x === 0 && !zeroWritten)) return refuse("out-of-range", () => both((m) => m.cell.outOfRange(typed)));
  return ok(x);
}

function example(ctx: Ctx): string {
  switch (ctx.valueType) {
    case "percent":
      return "98.5";
    case "ratio":
      return "1:1.2";
    case "decimal":
    case "money":
      return "3.86";
    default:
      return "1234";
  }
}

/** What the clerk typed, shortened so a message stays readable. */
function quote(text: string): string {
  const chars = [...text];
  return chars.length > 40 ? chars.slice(0, 40).join("") + "…" : text;
}

function ok(value: number | boolean | string): ParseResult {
  return { ok: true, value };
}

function emptyValue(marker: string): ParseResult {
  return { ok: true, value: null, empty: { marker } };
}

// Messages are rendered when first read: the summary and the outlier check only look at the
// value, and rendering both languages costs more than most parses.
function refuse(code: RefusalCode, message: () => Bilingual): Refusal {
  let made: Bilingual | undefined;
  return {
    ok: false,
    code,
    get message() {
      return (made ??= message());
    },
  };
}

function doubt(code: DoubtCode, message: () => Bilingual, alternative: number): Doubt {
  let made: Bilingual | undefined;
  return {
    code,
    get message() {
      return (made ??= message());
    },
    alternative,
  };
}
