// Whether a figure meets a target. One definition for validation and summaries.
import { defaultAggregation, defaultTolerance } from "./defaults";
import type { Indicator, Target } from "./schema";

/** The figure a target is compared with: the value itself, or its change on last year. */
export function measured(target: Target, value: number, baseline: number | null): number | null {
  switch (target.basis) {
    case "absolute":
      return value;
    case "difference":
      return baseline === null ? null : value - baseline;
    case "growth":
      return baseline === null || baseline === 0 ? null : (value / baseline - 1) * 100;
  }
}

/** true/false, or null when it can't be told (no baseline for a change target). */
export function targetMet(target: Target, value: number | boolean, indicator: Pick<Indicator, "valueType">, baseline: number | null = null): boolean | null {
  if (typeof value === "boolean" || (target.comparator === "=" && typeof target.value === "boolean")) {
    return target.comparator === "=" && value === target.value;
  }
  const x = measured(target, value, baseline);
  if (x === null) return null;
  // Entered figures are decimals typed by people: compare without binary float artefacts.
  const eps = 1e-9 * Math.max(1, Math.abs(x));
  switch (target.comparator) {
    case ">=":
      return x >= target.value - eps;
    case ">":
      return x > target.value + eps;
    case "<=":
      return x <= target.value + eps;
    case "<":
      return x < target.value - eps;
    case "=":
      return typeof target.value === "number" && Math.abs(x - target.value) <= eps;
    case "~":
      return Math.abs(x - target.value) <= (target.tolerance ?? defaultTolerance(indicator.valueType, target.value)) + eps;
    case "between":
      return x >= target.min - eps && x <= target.max + eps;
  }
}

/** The targets that apply to a year: the year's own, else those without a year. */
export function targetsFor(indicator: Pick<Indicator, "targets">, year: number | undefined): Target[] {
  const own = indicator.targets.filter((t) => t.year !== undefined && t.year === year);
  return own.length > 0 ? own : indicator.targets.filter((t) => t.year === undefined);
}

/** Whether a target binds each unit, or only the bureau's total. A plan's target for a figure
 *  that adds up across units (新增学位14310个, 培训30000人次) is the total: one school's part may
 *  fall short of it while the total meets it. Ceilings (不超过…) and zeros (不发生…) bind every
 *  unit's part too, and rates and yes/no targets apply to each unit as they are. */
export function bindsEachUnit(target: Target, indicator: Pick<Indicator, "valueType" | "aggregate">): boolean {
  if (!additive(indicator)) return true;
  if (target.basis !== "absolute") return true;
  switch (target.comparator) {
    case "<=":
    case "<":
      return true;
    case "=":
      return target.value === 0 || typeof target.value === "boolean";
    default:
      return false;
  }
}

/** Figures whose group total is their sum. */
export function additive(indicator: Pick<Indicator, "valueType" | "aggregate">): boolean {
  return (indicator.aggregate?.method ?? defaultAggregation(indicator.valueType)) === "sum";
}
