// How one indicator's unit figures become one figure for a group of units. Rates are the
// hard part: the right total of several units' rates is a ratio of sums (enrolled ÷ age group)
// or a mean weighted by size, never the plain mean unless nothing better is declared.
import type { Indicator } from "../set/schema";
import { defaultAggregation } from "../set/defaults";

export type Method = "sum" | "ratio" | "weighted_mean" | "mean" | "min" | "max" | "yes_count" | "distribution" | "none";

/** One unit's figures that a total may need: the indicator's own, and a ratio's or weight's. */
export interface UnitFigures {
  value: number | boolean | string | null;
  numerator?: number | null;
  denominator?: number | null;
  weight?: number | null;
}

export interface Aggregate {
  method: Method;
  /** the group's figure: sum, rate, mean …; null when no unit gave what it needs */
  total: number | null;
  /** units whose figures went into `total` */
  counted: number;
  /** spread of the units' own figures */
  stats?: { min: number; max: number; median: number; range: number };
  /** yes/no: how many said yes, of how many answered */
  yes?: { yes: number; answered: number };
  /** ratios like 1:1.2 and text: each answer and how many gave it */
  distribution?: { answer: string; units: number }[];
}

/** The method an indicator rolls up by: its declared one, else what its type implies. */
export function methodOf(ind: Pick<Indicator, "valueType" | "aggregate">): Method {
  if (ind.valueType === "boolean") return "yes_count";
  if (ind.valueType === "text" || ind.valueType === "choice") return "distribution";
  // 1:1.2 from each unit has no meaningful total unless the set declares one
  if (ind.valueType === "ratio" && !ind.aggregate) return "distribution";
  return ind.aggregate?.method ?? defaultAggregation(ind.valueType);
}

export function aggregate(ind: Pick<Indicator, "valueType" | "aggregate">, units: readonly UnitFigures[]): Aggregate {
  const method = methodOf(ind);
  const numbers = units.map((u) => u.value).filter((v): v is number => typeof v === "number" && Number.isFinite(v));
  const stats = numbers.length > 0 ? spread(numbers) : undefined;
  const base = { method, ...(stats ? { stats } : {}) };
  switch (method) {
    case "sum":
      return { ...base, total: numbers.length ? exactSum(numbers) : null, counted: numbers.length };
    case "mean":
      return { ...base, total: numbers.length ? exactSum(numbers) / numbers.length : null, counted: numbers.length };
    case "min":
      return { ...base, total: stats?.min ?? null, counted: numbers.length };
    case "max":
      return { ...base, total: stats?.max ?? null, counted: numbers.length };
    case "ratio": {
      const pairs = units.filter((u) => isNum(u.numerator) && isNum(u.denominator));
      const den = exactSum(pairs.map((u) => u.denominator as number));
      const num = exactSum(pairs.map((u) => u.numerator as number));
      const scale = ind.valueType === "percent" ? 100 : 1;
      return { ...base, total: pairs.length && den !== 0 ? (num / den) * scale : null, counted: pairs.length };
    }
    case "weighted_mean": {
      const pairs = units.filter((u) => isNum(u.value) && isNum(u.weight) && (u.weight as number) >= 0);
      const w = exactSum(pairs.map((u) => u.weight as number));
      const wx = exactSum(pairs.map((u) => (u.weight as number) * (u.value as number)));
      return { ...base, total: pairs.length && w !== 0 ? wx / w : null, counted: pairs.length };
    }
    case "yes_count": {
      const answers = units.map((u) => u.value).filter((v): v is boolean => typeof v === "boolean");
      const yes = answers.filter(Boolean).length;
      return { method, total: yes, counted: answers.length, yes: { yes, answered: answers.length } };
    }
    case "none":
      return { ...base, total: null, counted: numbers.length };
    case "distribution": {
      const counts = new Map<string, number>();
      for (const v of units.map((u) => u.value)) {
        if (v === null || v === "") continue;
        const answer = String(v);
        counts.set(answer, (counts.get(answer) ?? 0) + 1);
      }
      const distribution = [...counts].map(([answer, n]) => ({ answer, units: n })).sort((a, b) => b.units - a.units || (a.answer < b.answer ? -1 : 1));
      return { ...base, total: null, counted: distribution.reduce((s, d) => s + d.units, 0), distribution };
    }
  }
}

const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Sums of decimals people typed (12.3 + 45.6 …) without binary float drift in the last digit. */
export function exactSum(values: readonly number[]): number {
  let sum = 0;
  let c = 0; // Kahan–Babuška–Neumaier compensation
  for (const v of values) {
    const t = sum + v;
    c += Math.abs(sum) >= Math.abs(v) ? sum - t + v : v - t + sum;
    sum = t;
  }
  return sum + c;
}

function spread(values: readonly number[]): { min: number; max: number; median: number; range: number } {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  const median = s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  return { min: s[0]!, max: s[s.length - 1]!, median, range: s[s.length - 1]! - s[0]! };
}
