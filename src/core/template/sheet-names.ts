// Sheet names the forms of a workbook may not take, and the sheet of each unit's form. A unit's
// sheet is named after the unit, the same whatever else the workbook holds, so adding a unit's
// form again finds its sheet (and asks before replacing it) instead of making a second one.
import { messagesFor, type Locale } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import { PLACEHOLDER_SHEET } from "../layout/insert";
import { METADATA_SHEET } from "../workbook/metadata-sheet";
import { matrixSheetNames } from "./matrix";
import { sheetName } from "./text";

const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** Every sheet name our layouts use but the matrix's (named next, among these), in both
 *  languages (a workbook started in one may get forms in the other), lower-cased as Excel
 *  compares them. */
export function layoutSheetNames(): Set<string> {
  const out = new Set<string>([METADATA_SHEET, PLACEHOLDER_SHEET].map((n) => n.toLowerCase()));
  for (const locale of LOCALES) {
    const m = messagesFor(locale);
    for (const name of [
      m.layout.guideSheet,
      m.layout.overviewGuideSheet,
      m.layout.listSheet,
      m.template.formSheet,
      m.template.removedSheet,
      m.validate.reportSheet,
      m.summary.overviewSheet,
      m.summary.byUnitSheet,
      m.summary.problemsSheet,
      m.summary.sourcesSheet,
    ]) {
      out.add(name.toLowerCase());
    }
  }
  return out;
}

export interface FormSheetNames {
  guide: string;
  matrix: string[];
  /** unit id → the sheet of its form */
  units: Map<string, string>;
}

/** The sheets of a workbook of forms: the guide, the matrix's, and one per unit of the set (in
 *  the set's order: a unit's sheet depends on the set alone). Within Excel's 31 characters,
 *  unique ignoring case, no character Excel forbids, never a name in layoutSheetNames(). */
export function formSheetNames(set: IndicatorSet, locale: Locale): FormSheetNames {
  const taken = layoutSheetNames();
  const matrixIn = (l: Locale) => matrixSheetNames(set, l, layoutSheetNames()).map((s) => s.name);
  const matrix = matrixIn(locale);
  // the matrix's names in either language: a unit's sheet does not depend on the language
  for (const l of LOCALES) for (const name of matrixIn(l)) taken.add(name.toLowerCase());
  const units = new Map(set.units.map((u) => [u.id, sheetName(u.name, u.id, taken)]));
  return { guide: messagesFor(locale).layout.guideSheet, matrix, units };
}
