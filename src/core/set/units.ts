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

/** Reporting units in the order of the unit tree (each parent's units together, in the set's
 *  order within it), so every parent's units are one contiguous run: subtotals are one range. */
export function reportingUnitsInTreeOrder(set: Pick<IndicatorSet, "units">): ReportingUnit[] {
  const children = new Map<string | undefined, ReportingUnit[]>();
  const ids = new Set(set.units.map((u) => u.id));
  for (const u of set.units) {
    const parent = u.parent !== undefined && ids.has(u.parent) ? u.parent : undefined;
    children.set(parent, [...(children.get(parent) ?? []), u]);
  }
  const out: ReportingUnit[] = [];
  const seen = new Set<string>();
  const visit = (u: ReportingUnit) => {
    if (seen.has(u.id)) return; // a loop is a set problem reported elsewhere
    seen.add(u.id);
    const kids = children.get(u.id);
    if (!kids) out.push(u);
    else kids.forEach(visit);
  };
  (children.get(undefined) ?? []).forEach(visit);
  return out;
}
