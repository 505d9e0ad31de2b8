// One indicator summed up over the copies that count: each unit's figure, the total and the
// subtotals by the indicator's method, and whether the bureau's target is met.
import { targetMet, targetsFor } from "../set/target-met";
import type { Indicator, IndicatorSet, ReportingUnit, Target } from "../set/schema";
import { aggregate, type Aggregate, type UnitFigures } from "./aggregate";
import type { IndicatorSummary, TotalStatus, UnitValue } from "./build";
import type { UnitCopy } from "./unit-copy";

export interface TotalsContext {
  set: IndicatorSet;
  year: number;
  /** reporting units in the set's order */
  units: readonly ReportingUnit[];
  /** the copy that counts, by unit */
  chosen: ReadonlyMap<string, UnitCopy>;
  /** an indicator's place in the set, which is its place in a copy's values */
  indexOf: ReadonlyMap<string, number>;
  /** each unit others roll up into, with the reporting units under it */
  parents: readonly { parent: ReportingUnit; under: readonly ReportingUnit[] }[];
}

export function totalsContext(set: IndicatorSet, year: number, units: readonly ReportingUnit[], chosen: ReadonlyMap<string, UnitCopy>): TotalsContext {
  const reporting = new Set(units);
  return {
    set,
    year,
    units,
    chosen,
    indexOf: new Map(set.indicators.map((ind, i) => [ind.id, i])),
    parents: set.units.filter((p) => !reporting.has(p)).map((parent) => ({ parent, under: descendants(set, parent.id, units) })),
  };
}

/** `index`: the indicator's place in the set. */
export function summarizeIndicator(ctx: TotalsContext, ind: Indicator, index: number): IndicatorSummary {
  const agg = ind.aggregate;
  const values: UnitValue[] = [];
  const figures = new Map<string, UnitFigures>();
  for (const unit of ctx.units) {
    const copy = ctx.chosen.get(unit.id);
    if (!copy?.values) {
      values.push({ unitId: unit.id, value: null, status: "missing" });
      continue;
    }
    const own = copy.values;
    const v = own[index]!;
    values.push(v);
    // a ratio's or weight's other figure: the same copy's usable figure of that indicator (judged
    // by the findings of the year summed up, as an error on a cell is about that cell's year)
    const related = (id: string | undefined) => {
      const at = id === undefined ? undefined : ctx.indexOf.get(id);
      const x = at === undefined ? null : own[at]!.value;
      return typeof x === "number" ? x : null;
    };
    figures.set(unit.id, {
      value: v.value,
      ...(agg?.method === "ratio" ? { numerator: related(agg.numerator), denominator: related(agg.denominator) } : {}),
      ...(agg?.method === "weighted_mean" ? { weight: related(agg.weight) } : {}),
    });
  }

  const all = aggregate(ind, ctx.units.map((u) => figures.get(u.id) ?? { value: null }));
  const subtotals = ctx.parents.map(({ parent, under }) => ({ unitId: parent.id, ...aggregate(ind, under.map((u) => figures.get(u.id) ?? { value: null })) }));
  const target = targetsFor(ind, ctx.year).find((t) => t.basis === "absolute");
  const returned = values.filter((v) => v.value !== null).length;
  return {
    indicator: ind,
    units: values,
    all,
    subtotals,
    ...(target ? { target } : {}),
    status: totalStatus(ind, target, all, returned),
    met: values.filter((v) => v.status === "met").length,
    returned,
  };
}

function totalStatus(ind: Indicator, target: Target | undefined, all: Aggregate, returned: number): TotalStatus {
  if (!target) return "no-target";
  if (returned === 0) return "unknown";
  // yes/no: met when every unit that answered gave the answer the target asks for
  if (all.yes) {
    if (all.yes.answered === 0) return "unknown";
    const wanted = target.comparator === "=" && target.value === false ? 0 : all.yes.answered;
    return all.yes.yes === wanted ? "met" : "missed";
  }
  if (all.total === null) return "unknown";
  return targetMet(target, all.total, ind) ? "met" : "missed";
}

/** The reporting units under `parentId`, at any depth. */
export function descendants(set: Pick<IndicatorSet, "units">, parentId: string, reporting: readonly ReportingUnit[]): ReportingUnit[] {
  const parentOf = new Map(set.units.map((u) => [u.id, u.parent]));
  return reporting.filter((u) => {
    const seen = new Set<string>();
    for (let p = parentOf.get(u.id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      if (p === parentId) return true;
      seen.add(p);
    }
    return false;
  });
}
