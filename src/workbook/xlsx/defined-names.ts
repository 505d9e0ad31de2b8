// Workbook-scoped defined names. exceljs keeps a name as the set of cells it covers
// (definedNames.add("Sheet!$A$1:$B$2", name)); a name added that way has no localSheetId,
// so it is workbook-scoped in the file.
import type * as ExcelJS from "exceljs";
import { absoluteRef, parseRange } from "../../core/workbook/a1";
import type { DefinedName } from "../../core/workbook/workbook";
import { MAX_NAME_LENGTH } from "./limits";

/** Why Excel would refuse `name` as a defined name, or undefined. */
export function definedNameProblem(name: unknown): string | undefined {
  if (typeof name !== "string" || name === "") return "a defined name must be a non-empty string";
  if (name.length > MAX_NAME_LENGTH) return `defined name "${name}" is longer than ${MAX_NAME_LENGTH} characters`;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) {
    return `defined name "${name}" must start with a letter, "_" or "\\" and hold only letters, digits, "_", "." and "\\"`;
  }
  if (/^[A-Za-z]{1,3}\d+$/.test(name) || /^([Rr]\d*([Cc]\d*)?|[Cc]\d*)$/.test(name)) {
    return `defined name "${name}" looks like a cell reference`;
  }
  if (/^_xlnm\./i.test(name)) return `defined name "${name}" is reserved by Excel`;
  return undefined;
}

/** Define (or move) a name. Excel compares names ignoring case, so "total" replaces "Total". */
export function defineName(wb: ExcelJS.Workbook, name: string, sheet: string, range: string): void {
  const problem = definedNameProblem(name);
  if (problem) throw new Error(problem);
  parseRange(range);
  // Drop any earlier definition straight from exceljs's name → cells map: going through
  // `definedNames.model` rebuilds every name each time, quadratic over a template's names.
  const byName = (wb.definedNames as unknown as { matrixMap: Record<string, unknown> }).matrixMap;
  const lower = name.toLowerCase();
  for (const existing of Object.keys(byName)) if (existing.toLowerCase() === lower) delete byName[existing];
  wb.definedNames.add(absoluteRef(sheet, range), name);
}

/** Split `'It''s'!$A$1` into the sheet name and the address. */
function splitRef(ref: string): { sheet: string; address: string } | undefined {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return undefined;
  const part = ref.slice(0, bang);
  const sheet = part.startsWith("'") && part.endsWith("'") && part.length >= 2 ? part.slice(1, -1).replace(/''/g, "'") : part;
  return { sheet, address: ref.slice(bang + 1) };
}

/** `Sheet1!$B$3` style, quoted as core's `absoluteRef` quotes, whatever exceljs wrote. */
function canonicalRef(ref: string): string {
  const parts = splitRef(ref);
  if (!parts) return ref;
  try {
    return absoluteRef(parts.sheet, parts.address.replace(/\$/g, ""));
  } catch {
    return ref;
  }
}

export function listNames(wb: ExcelJS.Workbook): DefinedName[] {
  return wb.definedNames.model
    .filter((n) => !n.name.startsWith("_xlnm.")) // print titles, filter ranges: Excel's own
    .map((n) => ({ name: n.name, refersTo: n.ranges.map(canonicalRef).join(",") }));
}

/** Drop the parts of names that point into a sheet being deleted, so the file never refers
 *  to a missing sheet (a name left with no range disappears). */
export function forgetSheet(wb: ExcelJS.Workbook, sheet: string): void {
  wb.definedNames.model = wb.definedNames.model.map((n) => ({
    name: n.name,
    ranges: n.ranges.filter((r) => splitRef(r)?.sheet !== sheet),
  }));
}
