// Native data validation for one input cell: the rule from the indicator's type and bounds,
// an input prompt stating unit, target and allowed range, and an error alert. Texts are cut to
// Excel's limits here (title 32, prompt 255, error 225), so a long name never makes a write fail.
import { type Locale, messagesFor } from "../i18n/messages";
import { effectiveBounds, isNumericType } from "../set/defaults";
import { describeBounds, describeTarget, plainNumber } from "../set/describe";
import type { Indicator } from "../set/schema";
import { targetsFor } from "../set/target-met";
import type { DataValidation, ValidationRule } from "../workbook/workbook";
import type { Slot } from "./cell-map";
import { clip, fitLines } from "./text";


export const TITLE_MAX = 32;
export const PROMPT_MAX = 255;
export const ERROR_MAX = 225;
/** longest inline list Excel keeps */
export const LIST_MAX = 255;
/** longest answer a text cell asks for (a warning, not a stop: the clerk may keep more) */
export const TEXT_MAX = 255;
/** an unbounded number still gets a rule: "decimal" alone makes Excel refuse words such as 约95 */
const HUGE = 1e15;

/** The unit as the unit column and prompts show it: % for percents even when the set leaves it out. */
export function displayUnit(ind: Pick<Indicator, "unit" | "valueType">, locale: Locale = "zh-CN"): string {
  if (ind.valueType === "percent") return ind.unit || "%";
  if (ind.valueType === "boolean") return ind.unit || messagesFor(locale).layout.valueTypes.boolean || "";
  return ind.unit;
}

/** An inline list Excel can hold: no item with a comma (it cannot be escaped), short enough. */
export function inlineListOk(items: readonly string[]): boolean {
  if (items.length === 0 || items.some((i) => i === "" || i.includes(","))) return false;
  return items.join(",").replace(/"/g, '""').length <= LIST_MAX;
}

function numericRule(ind: Indicator): { rule: ValidationRule; min?: number; max?: number; whole: boolean } {
  const b = effectiveBounds(ind);
  const whole = b.integer;
  const min = Number.isFinite(b.min) ? (whole ? Math.ceil(b.min) : b.min) : undefined;
  const max = Number.isFinite(b.max) ? (whole ? Math.floor(b.max) : b.max) : undefined;
  // bounds such as 0.2–0.8 with integer: true leave no whole number; say the bounds as they are
  if (whole && min !== undefined && max !== undefined && min > max) return { rule: { kind: "decimal", operator: "between", min: b.min, max: b.max }, min: b.min, max: b.max, whole };
  const kind = whole ? "whole" : "decimal";
  if (min !== undefined && max !== undefined) return { rule: { kind, operator: "between", min, max }, min, max, whole };
  if (min !== undefined) return { rule: { kind, operator: "greaterThanOrEqual", value: min }, min, whole };
  if (max !== undefined) return { rule: { kind, operator: "lessThanOrEqual", value: max }, max, whole };
  return { rule: { kind, operator: "between", min: -HUGE, max: HUGE }, whole };
}

function textRule(): ValidationRule {
  return { kind: "textLength", operator: "lessThanOrEqual", value: TEXT_MAX };
}

/** Validation of a figure cell (this year's value, or last year's). */
export function figureValidation(
  ind: Indicator,
  slot: Slot,
  years: readonly number[],
  locale: Locale = "zh-CN",
  unitTarget?: (ind: Indicator, year: number | undefined) => string | undefined,
): DataValidation {
  const m = messagesFor(locale);
  const t = m.template;
  const unit = displayUnit(ind, locale);
  // The year is in the column header, not the title: a row's year cells then share one
  // validation (one change) unless their targets differ.
  const title = slot.kind === "baseline" ? t.prompt.baselineTitle(ind.name) : ind.name;
  const lines: string[] = [];
  if (unit && ind.valueType !== "boolean") lines.push(t.prompt.unit(unit));
  if (slot.kind === "value") {
    const year = slot.year ?? (years.length === 1 ? years[0] : undefined);
    const own = unitTarget?.(ind, year);
    const targets = own !== undefined ? [own] : targetsFor(ind, year).map((x) => describeTarget(x, ind, locale));
    if (targets.length > 0) lines.push(t.prompt.target(targets.join(locale === "zh-CN" ? "；" : "; ")));
  }
  if (ind.valueType !== "text" && ind.valueType !== "choice" && ind.valueType !== "boolean") lines.push(t.prompt.range(describeBounds(ind, locale)));

  let rule: ValidationRule;
  let error: DataValidation["error"];
  if (isNumericType(ind.valueType)) {
    const r = numericRule(ind);
    rule = r.rule;
    const u = ind.valueType === "ratio" ? "" : unit;
    const lo = r.min !== undefined ? plainNumber(r.min) : undefined;
    const hi = r.max !== undefined ? plainNumber(r.max) : undefined;
    const range = lo !== undefined && hi !== undefined ? t.error.between(lo, hi, u) : lo !== undefined ? t.error.atLeast(lo, u) : hi !== undefined ? t.error.atMost(hi, u) : t.error.number(u);
    error = { title: t.error.title, message: clip(r.whole ? `${range}${t.error.whole}` : range, ERROR_MAX), style: "stop" };
    if (ind.valueType === "percent") lines.push(t.prompt.percent);
    else if (ind.valueType === "ratio") lines.push(t.prompt.ratio);
    else if (r.whole) lines.push(t.prompt.whole);
  } else if (ind.valueType === "boolean") {
    rule = { kind: "list", items: [m.layout.yes, m.layout.no] };
    error = { title: t.error.title, message: t.error.list, style: "stop" };
    lines.push(t.prompt.yesNo);
  } else if (ind.valueType === "choice" && ind.choices && inlineListOk(ind.choices)) {
    rule = { kind: "list", items: [...ind.choices] };
    error = { title: t.error.title, message: t.error.list, style: "stop" };
    lines.push(t.prompt.yesNo);
  } else {
    // text, or choices an inline list cannot hold (a comma inside one): a length check, and the
    // choices in the prompt; the validation engine still checks the answer.
    rule = textRule();
    error = { title: t.error.textTitle, message: clip(t.error.text(TEXT_MAX), ERROR_MAX), style: "warning" };
    if (ind.valueType === "choice" && ind.choices) lines.push(t.prompt.choices(ind.choices.join(locale === "zh-CN" ? "、" : ", ")));
    else lines.push(t.prompt.text(TEXT_MAX));
  }
  const of = slot.year ?? (years.length === 1 ? years[0] : undefined);
  if (slot.kind === "baseline" && of !== undefined) lines.push(t.prompt.baseline(of - 1));
  return { rule, allowBlank: true, prompt: { title: clip(title, TITLE_MAX), message: fitLines(lines, PROMPT_MAX) }, error };
}

/** Validation of a 说明 (notes) cell. The same for every row, so a column of them is one change. */
export function noteValidation(locale: Locale = "zh-CN"): DataValidation {
  const t = messagesFor(locale).template;
  return {
    rule: textRule(),
    allowBlank: true,
    prompt: { title: clip(t.headers.note, TITLE_MAX), message: fitLines([t.prompt.note, t.prompt.text(TEXT_MAX)], PROMPT_MAX) },
    error: { title: t.error.textTitle, message: clip(t.error.text(TEXT_MAX), ERROR_MAX), style: "warning" },
  };
}
