// Targets and bounds in the words of a target table: ≥99%, 约85%（±2）, 2～3所, 是.
import { type Locale, messagesFor } from "../i18n/messages";
import { defaultTolerance, effectiveBounds } from "./defaults";
import type { Indicator, Target } from "./schema";


/** A number as people write it in a table: no float noise, no exponent. */
export function plainNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Number(n.toPrecision(12)));
}

function withUnit(n: number, indicator: Pick<Indicator, "unit" | "valueType">): string {
  if (indicator.valueType === "ratio") return `${plainNumber(n)}:1`;
  return `${plainNumber(n)}${indicator.unit}`;
}

export function describeTarget(t: Target, indicator: Pick<Indicator, "unit" | "valueType">, locale: Locale = "zh-CN"): string {
  const m = messagesFor(locale).layout;
  const year = t.year !== undefined ? m.yearPrefix(t.year) : "";
  if (typeof (t as { value?: unknown }).value === "boolean") return year + ((t as { value: boolean }).value ? m.yes : m.no);
  // A change against last year is in percentage points (difference of percents) or % (growth).
  const unitOf = t.basis === "difference" && indicator.valueType === "percent" ? { unit: m.points, valueType: "decimal" as const } : t.basis === "growth" ? { unit: "%", valueType: "decimal" as const } : indicator;
  const lead = t.basis === "difference" ? m.previousYear : t.basis === "growth" ? m.previousYear + m.growth : "";
  switch (t.comparator) {
    case "between":
      return year + lead + m.range(plainNumber(t.min), withUnit(t.max, unitOf));
    case "~": {
      const tol = t.tolerance ?? defaultTolerance(indicator.valueType, t.value);
      return `${year}${lead}${m.approx}${withUnit(t.value, unitOf)}（±${plainNumber(tol)}）`;
    }
    default: {
      const sign = { ">=": "≥", ">": ">", "<=": "≤", "<": "<", "=": "=" }[t.comparator];
      return `${year}${lead}${sign}${withUnit(t.value as number, unitOf)}`;
    }
  }
}

export function describeTargets(indicator: Pick<Indicator, "unit" | "valueType" | "targets">, locale: Locale = "zh-CN"): string {
  return indicator.targets.map((t) => describeTarget(t, indicator, locale)).join("；");
}

export function describeBounds(indicator: Pick<Indicator, "valueType" | "bounds">, locale: Locale = "zh-CN"): string {
  const m = messagesFor(locale).layout;
  if (indicator.valueType === "boolean") return `${m.yes}/${m.no}`;
  if (indicator.valueType === "text" || indicator.valueType === "choice") return m.any;
  const b = effectiveBounds(indicator);
  const lo = Number.isFinite(b.min) ? plainNumber(b.min) : undefined;
  const hi = Number.isFinite(b.max) ? plainNumber(b.max) : undefined;
  const span = lo !== undefined && hi !== undefined ? m.range(lo, hi) : lo !== undefined ? m.atLeast(lo) : hi !== undefined ? m.atMost(hi) : m.any;
  return b.integer ? `${span}，${m.wholeNumber}`.replace("，", locale === "zh-CN" ? "，" : ", ") : span;
}
