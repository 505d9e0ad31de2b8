// Per-sheet settings: protection, frozen panes, page setup, column widths and merges.
import type * as ExcelJS from "exceljs";
import { columnNumber, rangeAddress, type RangeRef } from "../../core/workbook/a1";
import type { PageSetup, ProtectionOptions } from "../../core/workbook/workbook";
import { mergeAreas } from "./internals";
import { MAX_COLUMN_WIDTH } from "./limits";

const ALLOW = ["allowFormatCells", "allowResizeColumns", "allowResizeRows", "allowSort", "allowAutoFilter"] as const;

export function checkProtection(options: ProtectionOptions | undefined): void {
  if (options === undefined) return;
  if (typeof options !== "object" || options === null) throw new Error("protection options must be an object");
  if (options.password !== undefined && typeof options.password !== "string") throw new Error("protection password must be a string");
  for (const key of ALLOW) {
    if (options[key] !== undefined && typeof options[key] !== "boolean") throw new Error(`protection ${key} must be true or false`);
  }
}

export async function protectSheet(ws: ExcelJS.Worksheet, options: ProtectionOptions = {}): Promise<void> {
  checkProtection(options);
  // exceljs option `x: true` writes the file's x="0", i.e. "x is NOT protected" = allowed.
  // With a password exceljs stores a salted SHA-512 hash (100000 rounds), as Excel does.
  await ws.protect(options.password ?? "", {
    formatCells: options.allowFormatCells ?? false,
    formatColumns: options.allowResizeColumns ?? false,
    formatRows: options.allowResizeRows ?? false,
    sort: options.allowSort ?? false,
    autoFilter: options.allowAutoFilter ?? false,
  });
}

export function checkFreeze(rows: unknown, columns: unknown): void {
  for (const [what, n] of [["rows", rows], ["columns", columns]] as const) {
    if (typeof n !== "number" || !Number.isInteger(n) || n < 0) throw new Error(`freezePanes ${what} must be a whole number >= 0, got ${JSON.stringify(n)}`);
  }
  if ((rows as number) >= 1048576 || (columns as number) >= 16384) throw new Error("freezePanes would freeze the whole sheet");
}

/** Freeze the top `rows` and left `columns`; 0 and 0 unfreezes. Zoom, grid lines and
 *  direction of the current view are kept. */
export function freezePanes(ws: ExcelJS.Worksheet, rows: number, columns: number): void {
  checkFreeze(rows, columns);
  const old = ws.views[0] ?? {};
  const keep: Partial<ExcelJS.WorksheetViewCommon> = {};
  if (old.zoomScale !== undefined) keep.zoomScale = old.zoomScale;
  if (old.showGridLines !== undefined) keep.showGridLines = old.showGridLines;
  if (old.rightToLeft !== undefined) keep.rightToLeft = old.rightToLeft;
  ws.views =
    rows === 0 && columns === 0
      ? [{ ...keep, state: "normal" }]
      : [{ ...keep, state: "frozen", xSplit: columns, ySplit: rows }];
}

export function checkPageSetup(setup: PageSetup, sheetName: string): void {
  if (typeof setup !== "object" || setup === null) throw new Error("page setup must be an object");
  if (setup.orientation !== undefined && setup.orientation !== "portrait" && setup.orientation !== "landscape") {
    throw new Error("page orientation must be portrait or landscape");
  }
  if (setup.fitToWidth !== undefined && typeof setup.fitToWidth !== "boolean") throw new Error("page fitToWidth must be true or false");
  if (setup.printTitleRows !== undefined) {
    const m = /^\$?(\d+):\$?(\d+)$/.exec(String(setup.printTitleRows));
    if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2]) || Number(m[2]) > 1048576) {
      throw new Error(`printTitleRows must look like "1:3", got ${JSON.stringify(setup.printTitleRows)}`);
    }
    // exceljs writes the print-titles name as '<sheet>'!$1:$3 without doubling apostrophes
    if (sheetName.includes("'")) throw new Error(`print titles cannot be written for sheet "${sheetName}": exceljs mis-quotes names containing an apostrophe`);
  }
}

export function setPageSetup(ws: ExcelJS.Worksheet, setup: PageSetup): void {
  checkPageSetup(setup, ws.name);
  // merge into the existing setup: replacing it would drop the margins
  const next: Partial<ExcelJS.PageSetup> = { ...ws.pageSetup };
  if (setup.orientation) next.orientation = setup.orientation;
  if (setup.fitToWidth === true) Object.assign(next, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (setup.fitToWidth === false) next.fitToPage = false;
  if (setup.printTitleRows !== undefined) next.printTitlesRow = setup.printTitleRows.replace(/\$/g, "");
  ws.pageSetup = next;
}

export function checkColumnWidth(column: unknown, width: unknown): void {
  if (typeof column !== "string") throw new Error("column must be a column name such as \"B\"");
  columnNumber(column);
  if (typeof width !== "number" || !Number.isFinite(width) || width < 0 || width > MAX_COLUMN_WIDTH) {
    throw new Error(`column width must be a number from 0 to ${MAX_COLUMN_WIDTH}, got ${JSON.stringify(width)}`);
  }
}

export function setColumnWidth(ws: ExcelJS.Worksheet, column: string, width: number): void {
  checkColumnWidth(column, width);
  ws.getColumn(columnNumber(column)).width = width;
}

/** Merge a rectangle. Merging the very same area again does nothing (as in Excel); a merge
 *  overlapping a different one is refused, naming it. One cell: nothing to merge. */
export function mergeCells(ws: ExcelJS.Worksheet, range: RangeRef): void {
  const { start, end } = range;
  if (start.row === end.row && start.column === end.column) return;
  for (const m of mergeAreas(ws)) {
    const same = m.top === start.row && m.left === start.column && m.bottom === end.row && m.right === end.column;
    if (same) return;
    const overlaps = m.top <= end.row && start.row <= m.bottom && m.left <= end.column && start.column <= m.right;
    if (overlaps) {
      const other = rangeAddress({ start: { row: m.top, column: m.left }, end: { row: m.bottom, column: m.right } });
      throw new Error(`cannot merge ${rangeAddress(range)}: it overlaps merged ${other}`);
    }
  }
  ws.mergeCells(start.row, start.column, end.row, end.column);
}
