// Which units fill in forms. A unit that others roll up into (a district over its schools, the
// bureau over its districts) is a total: its figures come from the summary, not from a form.
import type { IndicatorSet, ReportingUnit } from "./schema";

export function parentIds(set: Pick<IndicatorSet, "units">): Set<string> {
  return new Set(set.units.flatMap((u) => (u.parent ? [u.parent] : [])));
}

/** The units that report their own figures: those no other unit rolls up into. */
export function reportingUnits(set: Pick<IndicatorSet, "units">): ReportingUnit[] {
  const parents = parentIds(set);
  return set.units.filter((u) => !parents.has(u.id));
}
