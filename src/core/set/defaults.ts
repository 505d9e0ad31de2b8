// What an indicator means when its set leaves something out: bounds from the value type,
// how it rolls up across units, how loose 左右 is. One place, so templates, validation and
// summaries agree.
import type { Bounds, Indicator, Target, ValueType } from "./schema";

export interface EffectiveBounds {
  min: number;
  max: number;
  integer: boolean;
}

// Limits no explicit bound may cross: a count can't be negative or fractional. A percent may
// be given wider bounds on purpose (growth rates run past 100 and below 0).
const TYPE_LIMITS: Record<ValueType, EffectiveBounds> = {
  percent: { min: -Infinity, max: Infinity, integer: false },
  count: { min: 0, max: Infinity, integer: true },
  money: { min: 0, max: Infinity, integer: false },
  area: { min: 0, max: Infinity, integer: false },
  decimal: { min: -Infinity, max: Infinity, integer: false },
  ratio: { min: 0, max: Infinity, integer: false },
  boolean: { min: 0, max: 1, integer: true },
  text: { min: -Infinity, max: Infinity, integer: false },
  choice: { min: -Infinity, max: Infinity, integer: false },
};

const TYPE_DEFAULTS: Record<ValueType, EffectiveBounds> = {
  ...TYPE_LIMITS,
  percent: { min: 0, max: 100, integer: false },
};

export function typeLimits(type: ValueType): EffectiveBounds {
  return TYPE_LIMITS[type];
}

/** Bounds a value must lie in: explicit parts of `bounds` over the type's defaults. */
export function effectiveBounds(indicator: { valueType: ValueType; bounds?: Bounds }): EffectiveBounds {
  const d = TYPE_DEFAULTS[indicator.valueType];
  const b = indicator.bounds ?? {};
  return { min: b.min ?? d.min, max: b.max ?? d.max, integer: b.integer ?? d.integer };
}

export function isNumericType(type: ValueType): boolean {
  return type !== "text" && type !== "choice" && type !== "boolean";
}

export type AggregationMethod = NonNullable<Indicator["aggregate"]>["method"];

/** Counts, money and areas add up across units; rates and ratios average; answers don't roll up. */
export function defaultAggregation(type: ValueType): AggregationMethod {
  switch (type) {
    case "count":
    case "money":
    case "area":
      return "sum";
    case "percent":
    case "decimal":
    case "ratio":
      return "mean";
    default:
      return "none";
  }
}

/** How far from the value 左右/约 still counts as met, when the plan doesn't say. */
export function defaultTolerance(type: ValueType, value: number): number {
  if (type === "percent") return 1; // one percentage point
  if (type === "ratio") return 0.1; // 1:1左右 accepts 0.9 to 1.1
  return Math.abs(value) * 0.05;
}

/** Which way is better, from the set or else from the targets' comparators. */
export function betterDirection(indicator: Pick<Indicator, "better" | "targets">): "higher" | "lower" | "target" | "none" {
  if (indicator.better) return indicator.better;
  const t: Target | undefined = indicator.targets.find((x) => x.basis === "absolute") ?? indicator.targets[0];
  if (!t) return "none";
  if (t.comparator === ">=" || t.comparator === ">") return "higher";
  if (t.comparator === "<=" || t.comparator === "<") return "lower";
  return "target";
}
