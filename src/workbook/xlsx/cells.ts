// Cell values in and out of exceljs: text stays text, formulas only through setFormulas, and
// reading gives what Excel would show (cached formula results, flattened rich text, serial dates).
import * as ExcelJS from "exceljs";
import { cellAddress, parseRange, rangeAddress, rangeOf, type RangeRef } from "../../core/workbook/a1";
import type { CellValue, RangeSnapshot, ReadValue } from "../../core/workbook/workbook";
import { snapshotOf } from "../../core/workbook/snapshot";
import { mergeAreas } from "./internals";
import { MAX_CELLS_PER_CHANGE, MAX_CELLS_PER_READ, MAX_FORMULA_LENGTH, MAX_TEXT_LENGTH } from "./limits";

/** Why `value` cannot go into a cell, or undefined. */
export function cellValueProblem(value: unknown): string | undefined {
  if (value === null || typeof value === "boolean") return undefined;
  if (typeof value === "number") return Number.isFinite(value) ? undefined : `${value} is not a finite number`;
  if (typeof value === "string") {
    return value.length > MAX_TEXT_LENGTH ? `text of ${value.length} characters is longer than Excel's ${MAX_TEXT_LENGTH}` : undefined;
  }
  return `${value === undefined ? "undefined" : typeof value} is not a cell value (string, number, boolean or null)`;
}

/** Why `formula` cannot be written by setFormulas, or undefined. "" clears the cell. */
export function formulaProblem(formula: unknown): string | undefined {
  if (typeof formula !== "string") return `${typeof formula} is not a formula string`;
  if (formula === "") return undefined;
  if (!formula.startsWith("=") || formula.trim().length < 2) return `"${formula}" is not a formula: it must start with "="`;
  if (formula.length > MAX_FORMULA_LENGTH) return `formula of ${formula.length} characters is longer than Excel's ${MAX_FORMULA_LENGTH}`;
  return undefined;
}

/** The rectangle a 2-D block covers; throws unless the rows are all the same length. */
export function blockRange(at: string, rows: readonly (readonly unknown[])[]): RangeRef | undefined {
  if (!Array.isArray(rows)) throw new Error("expected an array of rows");
  if (rows.length === 0) return undefined;
  const width = Array.isArray(rows[0]) ? rows[0].length : -1;
  rows.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== width) throw new Error(`row ${i + 1} has ${Array.isArray(row) ? row.length : "no"} cells, row 1 has ${width}: blocks must be rectangular`);
  });
  if (width === 0) return undefined;
  const range = rangeOf(at, rows.length, width);
  cellAddress(range.end.row, range.end.column); // throws when the block runs off the sheet
  return range;
}

export function cellCount(range: RangeRef): number {
  return (range.end.row - range.start.row + 1) * (range.end.column - range.start.column + 1);
}

export function checkCellCount(range: RangeRef, limit = MAX_CELLS_PER_CHANGE): void {
  const n = cellCount(range);
  if (n > limit) throw new Error(`${rangeAddress(range)} has ${n} cells, more than the ${limit} one change may touch`);
}

/** Visit every cell of a rectangle, creating it in exceljs. */
export function forEachCell(ws: ExcelJS.Worksheet, range: RangeRef, visit: (cell: ExcelJS.Cell) => void): void {
  checkCellCount(range);
  for (let r = range.start.row; r <= range.end.row; r++) {
    // through the row: ws.getCell(r, c) builds and parses an A1 address for every cell
    const row = ws.getRow(r);
    for (let c = range.start.column; c <= range.end.column; c++) visit(row.getCell(c));
  }
}

function isMergeSlave(cell: ExcelJS.Cell | undefined): boolean {
  return cell !== undefined && cell.type === ExcelJS.ValueType.Merge;
}

function mergeOf(ws: ExcelJS.Worksheet, row: number, column: number): string {
  const m = mergeAreas(ws).find((a) => a.top <= row && row <= a.bottom && a.left <= column && column <= a.right);
  return m ? rangeAddress({ start: { row: m.top, column: m.left }, end: { row: m.bottom, column: m.right } }) : "a merged area";
}

/** Write one block. Writing into the hidden part of a merged area is refused (Excel keeps only
 *  the top-left value), except for null, which leaves it as it is. */
function writeBlock<T>(ws: ExcelJS.Worksheet, at: string, block: readonly (readonly T[])[], put: (cell: ExcelJS.Cell, v: T) => void, isEmpty: (v: T) => boolean): void {
  const range = blockRange(at, block);
  if (!range) return;
  checkCellCount(range);
  block.forEach((row, i) => {
    const r = range.start.row + i;
    // cells through their row: ws.findCell/getCell build and parse an A1 address each time
    const cells = ws.getRow(r);
    row.forEach((v, j) => {
      const c = range.start.column + j;
      if (isMergeSlave(cells.findCell(c))) {
        if (isEmpty(v)) return;
        throw new Error(`${cellAddress(r, c)} lies inside merged ${mergeOf(ws, r, c)}: write to its top-left cell instead`);
      }
      put(cells.getCell(c), v);
    });
  });
}

export function writeValues(ws: ExcelJS.Worksheet, at: string, values: readonly (readonly CellValue[])[]): void {
  writeBlock(
    ws,
    at,
    values,
    (cell, v) => {
      const problem = cellValueProblem(v);
      if (problem) throw new Error(`${cell.address}: ${problem}`);
      // A JS string becomes a shared string (t="s") in exceljs, never a formula, whatever it
      // starts with. "" clears the cell, as typing nothing into Excel does.
      cell.value = v === "" ? null : v;
    },
    (v) => v === null || v === "",
  );
}

export function writeFormulas(ws: ExcelJS.Worksheet, at: string, formulas: readonly (readonly string[])[]): void {
  writeBlock(
    ws,
    at,
    formulas,
    (cell, f) => {
      const problem = formulaProblem(f);
      if (problem) throw new Error(`${cell.address}: ${problem}`);
      // exceljs keeps formulas without their "="; no cached result, so readers recalculate.
      cell.value = f === "" ? null : { formula: f.slice(1) };
    },
    (f) => f === "",
  );
}

/** Excel's serial day number for a Date exceljs made from one (the inverse of its
 *  utils.excelToDate, so the serial the file held comes back; 1904 workbooks included). */
export function dateToSerial(d: Date, date1904: boolean): number {
  return d.getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
}

type Result = ExcelJS.CellFormulaValue["result"];

function resultValue(result: Result, date1904: boolean): ReadValue {
  if (result === undefined || result === null) return null;
  if (result instanceof Date) return dateToSerial(result, date1904);
  if (typeof result === "object") return { error: result.error };
  return result;
}

/** What a cell holds, as Excel would report it. Dates come back as Excel serial numbers
 *  (exceljs turns date-formatted numbers into Date objects; we undo that). */
export function readValue(cell: ExcelJS.Cell | undefined, date1904: boolean): ReadValue {
  if (!cell) return null;
  switch (cell.type) {
    case ExcelJS.ValueType.Null:
    case ExcelJS.ValueType.Merge: // hidden part of a merged area: Excel reports it empty
      return null;
    case ExcelJS.ValueType.Number:
    case ExcelJS.ValueType.Boolean:
      return cell.value as number | boolean;
    case ExcelJS.ValueType.String:
      // a shared string with no text at all (<si></si>, written by Excel 2007) comes as {}
      return typeof cell.value === "string" ? cell.value : "";
    case ExcelJS.ValueType.Date:
      return dateToSerial(cell.value as Date, date1904);
    case ExcelJS.ValueType.RichText:
      return (cell.value as ExcelJS.CellRichTextValue).richText.map((run) => run.text).join("");
    case ExcelJS.ValueType.Error:
      return { error: (cell.value as ExcelJS.CellErrorValue).error };
    case ExcelJS.ValueType.Formula:
      // cell.result, not cell.value.result: exceljs's value copy drops falsy results (0, false, "").
      return resultValue(cell.result as Result, date1904);
    default: {
      // hyperlinks and anything newer: the text Excel shows (a linked number stays a number);
      // a link on an empty cell has none
      const text = cell.text as ReadValue | undefined;
      return text ?? null;
    }
  }
}

export function readFormula(cell: ExcelJS.Cell | undefined): string | null {
  if (!cell || cell.type !== ExcelJS.ValueType.Formula) return null;
  const f = cell.formula; // shared-formula followers give their translated formula
  return f ? `=${f}` : null;
}

/** Bounding box of the cells that hold a value or formula, or undefined for an empty sheet. */
export function usedRange(ws: ExcelJS.Worksheet): RangeRef | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  ws.eachRow((row, rowNumber) => {
    row.eachCell((cell, colNumber) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, colNumber);
      right = Math.max(right, colNumber);
    });
  });
  return bottom === 0 ? undefined : { start: { row: top, column: left }, end: { row: bottom, column: right } };
}

export function readRange(ws: ExcelJS.Worksheet, sheet: string, range: string | undefined, date1904: boolean): RangeSnapshot {
  const rect = range === undefined ? usedRange(ws) : parseRange(range);
  if (!rect) return { sheet, range: null, values: [], numberFormats: [], formulas: [] };
  checkCellCount(rect, MAX_CELLS_PER_READ);
  return snapshotOf(sheet, rect, (r, c) => {
    const cell = ws.findCell(r, c); // findCell, unlike getCell, does not create cells
    // an absent cell reads as empty, like a cell with nothing in it
    return { value: readValue(cell, date1904), numberFormat: cell?.numFmt, formula: readFormula(cell) };
  });
}
