// Sheet layout: column widths, frozen panes and page setup.

import { cellAddress } from "../../core/workbook/a1";
import type { PageSetup } from "../../core/workbook/workbook";

/**
 * Column width in characters (as in .xlsx files and the xlsx backend) → points, as Office.js
 * wants: one character is the maximum digit width of the default 11 pt font, 7 px, and a point
 * is 4/3 px at 96 dpi, so 1 character ≈ 5.25 pt.
 */
export function widthToPoints(characters: number): number {
  return Math.round(characters * 7) * 0.75;
}

/** Freezes the top `rows` and left `columns` (both, either, or neither: unfreeze). */
export function freeze(panes: Excel.WorksheetFreezePanes, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) panes.freezeAt(`A1:${cellAddress(rows, columns)}`);
  else if (rows > 0) panes.freezeRows(rows);
  else if (columns > 0) panes.freezeColumns(columns);
  else panes.unfreeze();
}

/** `1:3` → `$1:$3` (whole rows, as setPrintTitleRows requires). */
export function printTitleRows(rows: string, index: number): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m) throw new RangeError(`change #${index} (setPageSetup): "${rows}" is not a row range like 1:3`);
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  cellAddress(Math.max(first, last), 1); // validates the row numbers
  return `$${Math.min(first, last)}:$${Math.max(first, last)}`;
}

export function applyPageSetup(layout: Excel.PageLayout, setup: PageSetup, titles: string | undefined): void {
  if (setup.orientation !== undefined) layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  // Fit all columns on one page wide and as many pages tall as needed (0 = automatic, like
  // fitToHeight="0" in .xlsx); zoom must be set as a whole object.
  if (setup.fitToWidth === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (setup.fitToWidth === false) layout.zoom = { scale: 100 };
  if (titles !== undefined) layout.setPrintTitleRows(titles);
}
