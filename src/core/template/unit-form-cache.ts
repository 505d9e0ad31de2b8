// A unit's form differs from another unit's of the same set only in its title lines, the
// guide's line naming the unit and the metadata (unit-form.ts), unless the set has quotas. The
// table itself (rows, formats, validations, names, cell map) was rebuilt for every unit, most of
// building a form, 500 times for a 500-unit plan (issue 14): now it is made once per set.
//
// Kept with the set object in a WeakMap: it goes when the set does, and a set keeps one table
// (the last locale and password asked for), whatever the number of units. Sets are not changed
// in place (metadata.ts keeps a set's fingerprint the same way); a set whose lists were
// replaced, grown or shrunk is still noticed and its table made again. The kept changes are
// frozen and shared by every unit's list of changes: changing one in place throws instead of
// quietly altering the other units' forms. The cell map and names are copied for each unit (an
// upgrade adds the removed-data sheet's cells to them).
import type { Locale } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import { addCell, type CellMap } from "./cell-map";
import type { UntitledForm } from "./unit-form";

interface Kept {
  /** locale and password it was made for */
  key: string;
  /** the set's lists it was made from, and their lengths */
  lists: readonly unknown[];
  form: UntitledForm;
  cells: CellMap;
  names: readonly string[];
}

const kept = new WeakMap<IndicatorSet, Kept>();

export interface SharedForm {
  form: UntitledForm;
  /** this unit's own copies */
  cells: CellMap;
  names: Set<string>;
}

/** The table of a unit form of `set`, made by `make` (into the cell map and names it is given)
 *  once per set, locale and password; made every time for a set with quotas. */
export function sharedUntitledForm(set: IndicatorSet, o: { locale: Locale; password?: string }, make: (cells: CellMap, names: Set<string>) => UntitledForm): SharedForm {
  const cells: CellMap = new Map();
  const names = new Set<string>();
  // quotas put a unit's own targets into its rows and prompts
  if (set.quotas.length > 0) return { form: make(cells, names), cells, names };
  const key = `${o.locale}\u0000${o.password ?? ""}`;
  const lists = listsOf(set);
  const k = kept.get(set);
  if (k && k.key === key && k.lists.every((x, i) => x === lists[i])) return { form: k.form, cells: copyCells(k.cells), names: new Set(k.names) };
  const form = deepFreeze(make(cells, names));
  kept.set(set, { key, lists, form, cells: copyCells(cells), names: [...names] });
  return { form, cells, names };
}

/** What the table is made from, besides the indicators' own fields. */
function listsOf(set: IndicatorSet): unknown[] {
  return [set.indicators, set.indicators.length, set.sections, set.sections.length, set.rules, set.rules.length, set.years, set.years.length, set.quotas];
}

function copyCells(map: CellMap): CellMap {
  const out: CellMap = new Map();
  for (const [sheet, ids] of map) for (const [id, slots] of ids) for (const [slot, address] of slots) addCell(out, sheet, id, slot, address);
  return out;
}

/** Freeze plain objects and arrays all the way down (changes hold nothing else). */
function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
