// Check a whole list of changes before applying any, following the sheets that earlier
// changes add and delete, so a malformed list fails with nothing applied.
import { parseRange } from "../../core/workbook/a1";
import type { SheetInfo, WorkbookChange } from "../../core/workbook/workbook";
import { blockRange, cellValueProblem, checkCellCount, formulaProblem } from "./cells";
import { toCellIsRule } from "./conditional-format";
import { definedNameProblem } from "./defined-names";
import { METADATA_SHEET, metadataProblem } from "./metadata";
import { checkColumnWidth, checkFreeze, checkPageSetup, checkProtection } from "./sheet-settings";
import { sheetNameProblem, unknownSheet } from "./sheets";
import { checkStyle, numberFormatProblem } from "./styles";
import { excelValidation } from "./validation";

const VISIBILITIES = new Set<SheetInfo["visibility"]>(["visible", "hidden", "veryHidden"]);

/** Sheet names as they will be after each change, looked up ignoring case like Excel (through
 *  an index: a list of changes names a sheet in nearly every change). */
class SheetSet {
  private readonly names: string[];
  /** lower-cased name → the names in order */
  private readonly byLower = new Map<string, string[]>();
  constructor(names: readonly string[]) {
    this.names = [];
    for (const name of names) this.add(name);
  }
  find(name: string): string | undefined {
    const same = this.byLower.get(name.toLowerCase());
    if (!same) return undefined;
    return same.includes(name) ? name : same[0];
  }
  require(name: unknown): string {
    if (typeof name !== "string") throw new Error(`sheet must be a sheet name, got ${JSON.stringify(name)}`);
    const found = this.find(name);
    if (found === undefined) throw unknownSheet(name, this.names);
    return found;
  }
  add(name: string): void {
    this.names.push(name);
    const lower = name.toLowerCase();
    this.byLower.set(lower, [...(this.byLower.get(lower) ?? []), name]);
  }
  remove(name: string): void {
    this.names.splice(this.names.indexOf(name), 1);
    const lower = name.toLowerCase();
    const rest = (this.byLower.get(lower) ?? []).filter((n) => n !== name);
    if (rest.length) this.byLower.set(lower, rest);
    else this.byLower.delete(lower);
  }
}

function checkBlock<T>(at: unknown, rows: readonly (readonly T[])[], problem: (v: T) => string | undefined): void {
  if (typeof at !== "string") throw new Error("`at` must be an A1 cell address");
  const range = blockRange(at, rows);
  if (!range) return;
  checkCellCount(range);
  rows.forEach((row, i) =>
    row.forEach((v, j) => {
      const p = problem(v);
      if (p) throw new Error(`row ${i + 1}, column ${j + 1} of the block at ${at}: ${p}`);
    }),
  );
}

function checkRange(range: unknown): void {
  if (typeof range !== "string") throw new Error("range must be an A1 address such as B3:D9");
  checkCellCount(parseRange(range));
}

function checkOne(change: WorkbookChange, sheets: SheetSet): void {
  if (typeof change !== "object" || change === null) throw new Error("a change must be an object with an `op`");
  switch (change.op) {
    case "addSheet": {
      const problem = sheetNameProblem(change.sheet);
      if (problem) throw new Error(problem);
      if (sheets.find(change.sheet) !== undefined) throw new Error(`sheet "${change.sheet}" already exists`);
      if (change.visibility !== undefined && !VISIBILITIES.has(change.visibility)) throw new Error(`unknown visibility ${JSON.stringify(change.visibility)}`);
      sheets.add(change.sheet);
      return;
    }
    case "deleteSheet":
      sheets.remove(sheets.require(change.sheet));
      return;
    case "setValues":
      sheets.require(change.sheet);
      checkBlock(change.at, change.values, cellValueProblem);
      return;
    case "setFormulas":
      sheets.require(change.sheet);
      checkBlock(change.at, change.formulas, formulaProblem);
      return;
    case "setNumberFormat": {
      sheets.require(change.sheet);
      checkRange(change.range);
      const problem = numberFormatProblem(change.format);
      if (problem) throw new Error(problem);
      return;
    }
    case "setStyle":
      sheets.require(change.sheet);
      checkRange(change.range);
      checkStyle(change.style);
      return;
    case "setColumnWidth":
      sheets.require(change.sheet);
      checkColumnWidth(change.column, change.width);
      return;
    case "mergeCells":
      sheets.require(change.sheet);
      checkRange(change.range);
      return;
    case "setDataValidation":
      sheets.require(change.sheet);
      checkRange(change.range);
      excelValidation(change.validation);
      return;
    case "addConditionalFormat":
      sheets.require(change.sheet);
      checkRange(change.range);
      toCellIsRule(change.format);
      return;
    case "setLocked":
      sheets.require(change.sheet);
      checkRange(change.range);
      if (typeof change.locked !== "boolean") throw new Error("locked must be true or false");
      return;
    case "protectSheet":
      sheets.require(change.sheet);
      checkProtection(change.options);
      return;
    case "freezePanes":
      sheets.require(change.sheet);
      checkFreeze(change.rows, change.columns);
      return;
    case "setPageSetup":
      checkPageSetup(change.setup, sheets.require(change.sheet));
      return;
    case "defineName": {
      const problem = definedNameProblem(change.name);
      if (problem) throw new Error(problem);
      sheets.require(change.sheet);
      if (typeof change.range !== "string") throw new Error("range must be an A1 address");
      parseRange(change.range);
      if (change.comment !== undefined && typeof change.comment !== "string") throw new Error("a name's comment must be a string");
      return;
    }
    case "addChart": {
      // skipped when applied, but a malformed one is still a caller's mistake
      sheets.require(change.sheet);
      if (change.chart.dataSheet !== undefined) sheets.require(change.chart.dataSheet);
      for (const range of [change.chart.categories, change.chart.at, ...change.chart.series.map((s) => s.values)]) {
        if (typeof range !== "string") throw new Error("a chart's ranges must be A1 addresses");
        parseRange(range);
      }
      return;
    }
    case "setMetadata": {
      const problem = metadataProblem(change.entries);
      if (problem) throw new Error(problem);
      if (sheets.find(METADATA_SHEET) === undefined) sheets.add(METADATA_SHEET);
      return;
    }
    default:
      throw new Error(`unknown change op ${JSON.stringify((change as { op?: unknown }).op)}`);
  }
}

/** Throws, naming the change, at the first change that cannot be applied. */
export function checkChanges(changes: readonly WorkbookChange[], sheetNames: readonly string[]): void {
  if (!Array.isArray(changes)) throw new Error("changes must be an array");
  const sheets = new SheetSet(sheetNames);
  changes.forEach((change, i) => {
    try {
      checkOne(change, sheets);
    } catch (e) {
      const op = typeof change === "object" && change !== null ? String((change as { op?: unknown }).op) : "?";
      throw new Error(`change ${i + 1} of ${changes.length} (${op}): ${e instanceof Error ? e.message : String(e)}; nothing was applied`, { cause: e });
    }
  });
}
