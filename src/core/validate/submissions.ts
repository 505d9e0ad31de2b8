import type { FilledTemplate } from "../template/read-entries";
import type { Submission } from "../template/entries";

/** A filled template as submissions: a unit form is one unit's, a matrix holds one per unit
 *  column. Entries of removed indicators (kept aside by an upgrade) are not checked. */
export function submissionsOf(file: string, filled: FilledTemplate): Submission[] {
  const byUnit = new Map<string, Submission>();
  for (const e of filled.entries) {
    if (e.removed) continue;
    const s = byUnit.get(e.unitId);
    if (s) s.entries.push({ ...e, file });
    else byUnit.set(e.unitId, { file, unitId: e.unitId, entries: [{ ...e, file }] });
  }
  return [...byUnit.values()];
}
