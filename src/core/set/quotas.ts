// The targets a unit answers for: the ones that bind every unit as they are (rates, yes/no,
// ceilings, zeros) and, where the set splits an additive target into quotas (任务分解), the
// unit's own quota in place of the bureau's total.
import { type Locale, messagesFor } from "../i18n/messages";
import { describeTarget } from "./describe";
import type { Indicator, IndicatorSet, Quota, Target } from "./schema";
import { bindsEachUnit, targetsFor } from "./target-met";

export interface UnitTarget {
  target: Target;
  /** the unit's quota, not a target of the plan itself */
  quota?: Quota;
}

export function quotaFor(set: Pick<IndicatorSet, "quotas">, indicatorId: string, unitId: string, year: number | undefined): Quota | undefined {
  let general: Quota | undefined;
  for (const q of set.quotas) {
    if (q.indicator !== indicatorId || q.unit !== unitId) continue;
    if (q.year !== undefined && q.year === year) return q;
    if (q.year === undefined) general = q;
  }
  return general;
}

/** A quota is measured like the target it splits: at least it (≥, >, ~), at most it (≤, <). */
function quotaTarget(q: Quota, split: Target | undefined): Target {
  const comparator = split && (split.comparator === "<=" || split.comparator === "<") ? "<=" : split?.comparator === "=" && typeof split.value === "number" ? "=" : ">=";
  return { comparator, value: q.value, basis: "absolute", ...(q.year !== undefined ? { year: q.year } : {}) };
}

export function unitTargets(set: Pick<IndicatorSet, "quotas">, ind: Indicator, unitId: string, year: number | undefined): UnitTarget[] {
  const all = targetsFor(ind, year);
  const out: UnitTarget[] = all.filter((t) => bindsEachUnit(t, ind)).map((target) => ({ target }));
  const q = quotaFor(set, ind.id, unitId, year);
  if (q) out.push({ target: quotaTarget(q, all.find((t) => t.basis === "absolute" && !bindsEachUnit(t, ind))), quota: q });
  return out;
}

/** What a unit's form shows as the target: its own quota beside the bureau's total, or the plan's targets. */
export function describeUnitTargets(set: Pick<IndicatorSet, "quotas">, ind: Indicator, unitId: string, year: number | undefined, locale: Locale): string | undefined {
  const q = quotaFor(set, ind.id, unitId, year);
  if (!q) return undefined;
  const own = unitTargets(set, ind, unitId, year).find((t) => t.quota)!;
  const plan = targetsFor(ind, year).map((t) => describeTarget(t, ind, locale)).join(locale === "zh-CN" ? "；" : "; ");
  return messagesFor(locale).layout.quota(describeTarget(own.target, ind, locale), plan);
}
