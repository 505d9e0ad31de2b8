// Writing a value read from an old workbook into a new cell exactly as it was: the same raw
// value (a number stays that number, text stays that text, never re-parsed), its formula when it
// had one, and its number format when it differs from the new cell's, so 98.5% typed into a
// percent-formatted cell still reads as it did.
import type { WorkbookChange } from "../workbook/workbook";
import type { TemplateEntry } from "./read-entries";

/** Nothing there to keep: an empty cell without a formula. */
export function isEmptyEntry(e: Pick<TemplateEntry, "raw" | "formula">): boolean {
  return !e.formula && (e.raw === null || e.raw === "");
}

export function carryChanges(sheet: string, cell: string, e: TemplateEntry, layoutFormat: string): WorkbookChange[] {
  const out: WorkbookChange[] = [];
  if (e.formula) out.push({ op: "setFormulas", sheet, at: cell, formulas: [[e.formula]] });
  // an error typed as a constant (#N/A): an error literal is a valid formula and gives it back
  else if (typeof e.raw === "object" && e.raw !== null) out.push({ op: "setFormulas", sheet, at: cell, formulas: [[`=${e.raw.error}`]] });
  else out.push({ op: "setValues", sheet, at: cell, values: [[e.raw]] });
  if (e.numberFormat && e.numberFormat !== layoutFormat) out.push({ op: "setNumberFormat", sheet, range: cell, format: e.numberFormat });
  return out;
}
