// Sets for the template tests: the built-in example, and generated sets of any size.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadIndicatorSet, type IndicatorSet, type IndicatorSetInput } from "../../../src/core/set";

export const EXAMPLE_PATH = join(__dirname, "../../../examples/district-balanced-development.set.json");

export function load(input: unknown): IndicatorSet {
  const r = loadIndicatorSet(input);
  if (!r.ok) throw new Error(`fixture set does not load: ${JSON.stringify(r.problems.slice(0, 3))}`);
  return r.set;
}

export function exampleInput(): IndicatorSetInput {
  return JSON.parse(readFileSync(EXAMPLE_PATH, "utf8")) as IndicatorSetInput;
}

export function exampleSet(): IndicatorSet {
  return load(exampleInput());
}

const TYPES = ["percent", "count", "money", "decimal", "boolean", "text", "ratio", "area"] as const;

/** `n` indicators of mixed types over `sections` top-level sections, `units` units. */
export function bigSetInput(n: number, o: { years?: number[]; sections?: number; units?: number } = {}): IndicatorSetInput {
  const sections = o.sections ?? 5;
  return {
    format: "indicator-set/v1",
    id: `big_${n}`,
    title: `生成的指标集（${n} 个指标）`,
    version: "1",
    years: o.years ?? [2024],
    contact: { name: "计划财务科", phone: "0574-0000 0000" },
    units: Array.from({ length: o.units ?? 3 }, (_, i) => ({ id: `u${i + 1}`, name: `第${i + 1}单位` })),
    sections: Array.from({ length: sections }, (_, s) => ({ id: `s${s}`, title: `${s + 1}、第${s + 1}部分`, children: [{ id: `s${s}_a`, title: `（一）第${s + 1}部分之一` }] })),
    indicators: Array.from({ length: n }, (_, i) => {
      const valueType = TYPES[i % TYPES.length]!;
      const section = i % 7 === 0 ? `s${i % sections}` : `s${i % sections}_a`;
      const targets =
        valueType === "percent" ? [{ comparator: ">=", value: 90 }] : valueType === "count" ? [{ comparator: ">=", value: i }] : valueType === "boolean" ? [{ comparator: "=", value: true }] : [];
      return { id: `ind_${i}`, name: `指标${i}：某项工作完成情况`, section, unit: valueType === "percent" ? "%" : valueType === "count" ? "所" : "", valueType, targets };
    }),
    rules: [],
  } as IndicatorSetInput;
}

export function bigSet(n: number, o: { years?: number[]; sections?: number; units?: number } = {}): IndicatorSet {
  return load(bigSetInput(n, o));
}

/** The example's indicators repeated to `n` (ids suffixed), rules dropped: a realistic mix of
 *  types in runs, as a large plan has them. */
export function repeatedExample(n: number): IndicatorSet {
  const ex = exampleInput() as IndicatorSetInput & { indicators: Record<string, unknown>[] };
  const k = ex.indicators.length;
  return load({
    ...ex,
    rules: [],
    indicators: Array.from({ length: n }, (_, i) => {
      const ind = ex.indicators[i % k]!;
      const { aggregate: _aggregate, ...rest } = ind; // weights would name ids that are renamed here
      return { ...rest, id: `${String(ind.id)}_${Math.floor(i / k)}` };
    }),
  });
}
