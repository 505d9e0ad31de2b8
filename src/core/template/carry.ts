// Writing a value read from an old workbook into a new cell. The old workbook came back from
// someone else, so only values cross over: a formula (HYPERLINK to a leaking address, a DDE
// `cmd|…` call), an error cell and a number format from it are never written back as such.
// What crosses is what the cell showed: the formula's computed value (or, with none cached,
// its text as text), an error as its text, and percent display as our own format, so 98.5%
// typed into a %-formatted cell still reads as 98.5 (the format is how that 0.985 is read).
import { isPercentFormat } from "../values/parse-cell-value";
import type { CellValue, WorkbookChange } from "../workbook/workbook";
import type { TemplateEntry } from "./read-entries";
import { clip } from "./text";

/** Excel's characters per cell; a forged file may hold more, which no cell could take. */
const CELL_TEXT_MAX = 32_767;

/** What an old cell carries into a new one: a plain value, never a formula or an error. */
export function carriedValue(e: Pick<TemplateEntry, "raw" | "formula">): CellValue {
  const raw = e.raw;
  if (raw === null || raw === undefined || raw === "") {
    // a formula with no cached result (files written by tools other than Excel): keep its text
    return typeof e.formula === "string" && e.formula !== "" ? clip(e.formula, CELL_TEXT_MAX) : null;
  }
  if (typeof raw === "object") return typeof raw.error === "string" && raw.error !== "" ? clip(raw.error, CELL_TEXT_MAX) : "#?";
  if (typeof raw === "number") return Number.isFinite(raw) ? raw : String(raw);
  return typeof raw === "string" ? clip(raw, CELL_TEXT_MAX) : raw;
}

/** Nothing there to keep. */
export function isEmptyEntry(e: Pick<TemplateEntry, "raw" | "formula">): boolean {
  const v = carriedValue(e);
  return v === null || v === "";
}

/** Our percent format for a cell the old workbook showed as a percentage: the layout's
 *  decimals with %, or a general one; never the old file's format text. */
function percentFormat(layoutFormat: string): string {
  return /^0(\.0+)?$/.test(layoutFormat) ? `${layoutFormat}%` : "0.0##%";
}

export function carryChanges(sheet: string, cell: string, e: TemplateEntry, layoutFormat: string): WorkbookChange[] {
  const value = carriedValue(e);
  // setValues writes strings as text, whatever they start with (see workbook.ts)
  const out: WorkbookChange[] = [{ op: "setValues", sheet, at: cell, values: [[value]] }];
  if (value !== null && isPercentFormat(e.numberFormat) && !isPercentFormat(layoutFormat)) {
    out.push({ op: "setNumberFormat", sheet, range: cell, format: percentFormat(layoutFormat) });
  }
  return out;
}
