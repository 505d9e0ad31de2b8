// Finding sheets by name and checking new names the way Excel does.
import type * as ExcelJS from "exceljs";
import { MAX_SHEET_NAME_LENGTH } from "./limits";

/** Excel looks sheets up ignoring case; an exact match wins when two differ only in case. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const all = wb.worksheets;
  return all.find((ws) => ws.name === name) ?? all.find((ws) => ws.name.toLowerCase() === name.toLowerCase());
}

export function requireSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = findSheet(wb, name);
  if (!ws) throw unknownSheet(name, wb.worksheets.map((w) => w.name));
  return ws;
}

/** `missingSheet` lets a job say in plain words that a form's sheet was renamed or deleted. */
export function unknownSheet(name: string, existing: readonly string[]): Error & { missingSheet: string } {
  const list = existing.length ? existing.map((n) => `"${n}"`).join(", ") : "none";
  return Object.assign(new Error(`unknown sheet "${name}" (the workbook has: ${list})`), { missingSheet: name });
}

/** Why `name` cannot be a sheet name, or undefined when it can. */
export function sheetNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name.trim() === "") return "a sheet name must be a non-empty string";
  if (name.length > MAX_SHEET_NAME_LENGTH) return `sheet name "${name}" is longer than ${MAX_SHEET_NAME_LENGTH} characters`;
  if (/[[\]:*?/\\]/.test(name)) return `sheet name "${name}" contains one of : \\ / ? * [ ]`;
  if (name.startsWith("'") || name.endsWith("'")) return `sheet name "${name}" begins or ends with an apostrophe`;
  // Excel reserves "History" for change tracking (exceljs refuses it too).
  if (name.toLowerCase() === "history") return `sheet name "${name}" is reserved by Excel`;
  return undefined;
}
