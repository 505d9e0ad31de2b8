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

interface CellMatrix {
  sheets: Record<string, ({ mark?: boolean }[] | undefined)[]>;
}
interface NamesInternals {
  matrixMap: Record<string, CellMatrix>;
  _explore(matrix: CellMatrix, cell: object): { $shortRange: string };
}

function internals(wb: ExcelJS.Workbook): NamesInternals {
  // exceljs's typings omit these (checked against exceljs 4.4 lib/doc/defined-names.js)
  return wb.definedNames as unknown as NamesInternals;
}

// lower-cased name -> the spellings in exceljs's map, per map object (exceljs makes a new map
// when names are loaded or `model` is set, which drops the stale index with it)
const lowerIndex = new WeakMap<object, Map<string, string[]>>();

function indexOf(byName: Record<string, unknown>): Map<string, string[]> {
  let index = lowerIndex.get(byName);
  if (!index) {
    index = new Map();
    for (const name of Object.keys(byName)) index.set(name.toLowerCase(), [...(index.get(name.toLowerCase()) ?? []), name]);
    lowerIndex.set(byName, index);
  }
  return index;
}

/** Define (or move) a name. Excel compares names ignoring case, so "total" replaces "Total". */
export function defineName(wb: ExcelJS.Workbook, name: string, sheet: string, range: string): void {
  const problem = definedNameProblem(name);
  if (problem) throw new Error(problem);
  parseRange(range);
  // Drop any earlier definition straight from exceljs's name → cells map, found through an
  // index: scanning every name (or going through `definedNames.model`) is quadratic.
  const byName = internals(wb).matrixMap;
  const index = indexOf(byName);
  const lower = name.toLowerCase();
  for (const existing of index.get(lower) ?? []) delete byName[existing];
  index.set(lower, [name]);
  wb.definedNames.add(absoluteRef(sheet, range), name);
}

/** Row or column numbers present in one of exceljs's sparse arrays, ascending. Its own
 *  `forEach` walks every index up to the last, so reading the names of a sheet with a name on
 *  row n costs n per name: quadratic over a large template. */
function present<T>(list: readonly (T | undefined)[]): T[] {
  const out: T[] = [];
  for (const key of Object.keys(list)) {
    const item = list[Number(key)];
    if (item) out.push(item);
  }
  return out;
}

/** What `wb.definedNames.model` gives (the same names, ranges and order, by the same
 *  mark-and-sweep), in time linear in the named cells. */
export function namesModel(wb: ExcelJS.Workbook): ExcelJS.DefinedNamesRanges[] {
  const dn = internals(wb);
  const out: ExcelJS.DefinedNamesRanges[] = [];
  for (const [name, matrix] of Object.entries(dn.matrixMap)) {
    const cells = Object.values(matrix.sheets).flatMap((rows) => present(rows).flatMap((row) => present(row)));
    for (const cell of cells) cell.mark = true;
    const ranges: string[] = [];
    // a cell is looked at after the earlier ones' sweeps: only the unswept start a range
    for (const cell of cells) if (cell.mark) ranges.push(dn._explore(matrix, cell).$shortRange);
    if (ranges.length) out.push({ name, ranges });
  }
  return out;
}

/** Have exceljs's writer take the names from `namesModel`; returns the undo. */
export function fastNamesForWrite(wb: ExcelJS.Workbook): () => void {
  const dn = wb.definedNames as unknown as object;
  Object.defineProperty(dn, "model", { get: () => namesModel(wb), configurable: true });
  return () => void delete (dn as { model?: unknown }).model;
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
  return namesModel(wb)
    .filter((n) => !n.name.startsWith("_xlnm.")) // print titles, filter ranges: Excel's own
    .map((n) => ({ name: n.name, refersTo: n.ranges.map(canonicalRef).join(",") }));
}

/** Drop the parts of names that point into a sheet being deleted, so the file never refers
 *  to a missing sheet (a name left with no range disappears). */
export function forgetSheet(wb: ExcelJS.Workbook, sheet: string): void {
  wb.definedNames.model = namesModel(wb).map((n) => ({
    name: n.name,
    ranges: n.ranges.filter((r) => splitRef(r)?.sheet !== sheet),
  }));
}
