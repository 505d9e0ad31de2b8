// A summary's figures as people read them, the same in the CLI and the task pane.
import { type Locale, messagesFor } from "../i18n/messages";
import { plainNumber } from "../set/describe";
import type { IndicatorSummary, TotalStatus } from "./build";

/** The total with its unit (two decimals at most), the yes count, or the answers given. */
export function describeTotal(s: IndicatorSummary, locale: Locale): string {
  const m = messagesFor(locale).summary;
  if (s.all.yes) return m.yesOf(s.all.yes.yes, s.all.yes.answered);
  if (s.all.distribution) return s.all.distribution.map((d) => `${d.answer}（${d.units}）`).join(locale === "zh-CN" ? "；" : "; ") || "—";
  if (s.all.total === null) return "—";
  return `${plainNumber(Number(s.all.total.toFixed(2)))}${s.indicator.unit}`;
}

const ORDER: Record<TotalStatus, number> = { missed: 0, unknown: 1, met: 2, "no-target": 3 };

/** Missed targets first, then what cannot be told, then the rest, in the set's order within each. */
export function byUrgency(list: readonly IndicatorSummary[]): IndicatorSummary[] {
  return list.map((s, i) => ({ s, i })).sort((a, b) => ORDER[a.s.status] - ORDER[b.s.status] || a.i - b.i).map((x) => x.s);
}

/** Whether some target binds the units one by one (so "units met" means something). */
export function hasUnitTargets(s: IndicatorSummary): boolean {
  return s.units.some((u) => u.status === "met" || u.status === "missed" || u.status === "explained");
}
