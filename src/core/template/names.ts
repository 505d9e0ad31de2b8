// Workbook-level defined names for input cells, derived from ids (see docs/templates.md).
// Ids are ASCII letters, digits and "_" starting with a letter, so every name here is a valid
// Excel name: the `IT_` prefix keeps it from ever reading as a cell reference (A1, R1C1) and
// the longest one (two 63-character ids, a year) stays far under Excel's 255 characters.
import type { Slot } from "./cell-map";

export const NAME_PREFIX = "IT_";

/** Unit form: `IT_<id>` (a single-year set), `IT_<id>_<year>` (one year of several),
 *  `IT_<id>__prev` (上年值). Matrix: `IT_<id>__<unitId>`, with `_<year>` after it when the set
 *  has several years. A unit's form in a workbook of several forms names its cells like the
 *  matrix (`IT_<id>__<unitId>`, `IT_<id>__<unitId>__prev`). 说明 cells have no name (see
 *  docs/templates.md). */
export function inputName(indicatorId: string, slot: Slot, multiYear: boolean): string {
  const unit = slot.unitId !== undefined ? `__${slot.unitId}` : "";
  const base = `${NAME_PREFIX}${indicatorId}`;
  if (slot.kind === "baseline") return `${base}${unit}__prev`;
  if (slot.kind === "note") return `${base}${unit}__note`;
  return multiYear && slot.year !== undefined ? `${base}${unit}_${slot.year}` : `${base}${unit}`;
}

/** Why Excel would refuse `name`, or undefined (the checks the backends apply). */
export function nameProblem(name: string): string | undefined {
  if (name.length > 255) return "longer than 255 characters";
  if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name)) return "not letters, digits, _ and . starting with a letter or _";
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/.test(name)) return "looks like a cell reference";
  return undefined;
}
