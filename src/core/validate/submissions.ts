import type { FilledTemplate, TemplateEntry } from "../template/read-entries";
import type { Entry, Submission } from "../template/entries";

/** A filled template as submissions: a unit form is one unit's, a matrix holds one per unit
 *  column. Entries of removed indicators (kept aside by an upgrade) are not checked. */
export function submissionsOf(file: string, filled: FilledTemplate): Submission[] {
  const byUnit = new Map<string, Submission>();
  for (const e of filled.entries) {
    if (e.removed) continue;
    const entry = leanEntry(e, file);
    const s = byUnit.get(e.unitId);
    if (s) s.entries.push(entry);
    else byUnit.set(e.unitId, { file, unitId: e.unitId, entries: [entry] });
  }
  return [...byUnit.values()];
}

/** Only what checking and summing up read, in one fixed shape: a summary of 2,000 files keeps
 *  every entry, so the reading-only fields (label, reportYear…) are not carried along. */
function leanEntry(e: TemplateEntry, file: string): Entry {
  const entry: Entry = { file, sheet: e.sheet, cell: e.cell, indicatorId: e.indicatorId, unitId: e.unitId, kind: e.kind, raw: e.raw };
  if (e.year !== undefined) entry.year = e.year;
  if (e.numberFormat !== undefined) entry.numberFormat = e.numberFormat;
  if (e.formula) entry.formula = e.formula;
  return entry;
}
