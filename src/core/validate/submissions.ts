import { isEmptyEntry } from "../template/carry";
import { formOfSheet, type FilledTemplate, type TemplateEntry, type TemplateInfo } from "../template/read-entries";
import type { Entry, Submission } from "../template/entries";

/** A filled template as submissions: a unit form is one unit's, a matrix holds one per unit
 *  column, and a workbook of several forms one per form and unit, each checked as what it is.
 *  Entries of removed indicators (kept aside by an upgrade) are not checked. Used by the check
 *  job and by live checking alike, so both see a workbook the same way. */
export function submissionsOf(file: string, filled: FilledTemplate): Submission[] {
  const info = filled.info;
  const several = info.forms.length > 1;
  const byKey = new Map<string, Submission>();
  for (const e of filled.entries) {
    if (e.removed) continue;
    const key = several ? `${formOfSheet(info, e.sheet) ?? ""}\u0000${e.unitId}` : e.unitId;
    const entry = leanEntry(e, file);
    const s = byKey.get(key);
    if (s) s.entries.push(entry);
    else byKey.set(key, { file, unitId: e.unitId, entries: [entry] });
  }
  const all = [...byKey.values()];
  return several ? onePerUnitUnlessFilled(all, info) : all;
}

/** A unit's form with nothing entered is set aside when the same workbook has another form of
 *  that unit: a unit that filled in its own sheet, not the matrix's column, made one submission,
 *  not a duplicate with 必须填写 errors. Two filled forms of one unit stay two (a duplicate). */
function onePerUnitUnlessFilled(all: Submission[], info: TemplateInfo): Submission[] {
  const filled = (s: Submission) => s.entries.some((e) => !isEmptyEntry({ raw: e.raw, formula: e.formula ?? null }));
  const ownForm = (s: Submission) => info.forms[formOfSheet(info, s.entries[0]!.sheet) ?? -1]?.layout === "unit-form";
  return all.filter((s) => {
    if (filled(s)) return true;
    const same = all.filter((o) => o.unitId === s.unitId);
    // none of the unit's forms filled in: one stays (its own form before a matrix column), so
    // what is missing is said once
    return same.length === 1 || (!same.some(filled) && (same.find(ownForm) ?? same[0]) === s);
  });
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
