// What a cell's XML means once read, as exceljs 4.4 decides it (lib/xlsx/xform/sheet/cell-xform.js
// parseClose and reconcile, lib/doc/cell.js, lib/utils/shared-formula.js), and as
// src/workbook/xlsx/cells.ts then reports it: dates back to the serial the file held, errors as
// `{ error }`, shared formulas moved to the follower's cell.
import type { ReadValue } from "../../core/workbook/workbook";

/** exceljs's excelToDate followed by cells.ts dateToSerial, with the same arithmetic, so a
 *  date-formatted number comes back with exactly the rounding the exceljs path gives it. */
export function throughDate(v: number, date1904: boolean): number {
  const ms = Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000);
  return new Date(ms).getTime() / 86_400_000 + 25569 - (date1904 ? 1462 : 0);
}

/** exceljs's utils.xmlDecode, applied to `t="str"` text on top of the parser's decoding. */
export function xmlDecodeAgain(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(/&([a-z]*);/g, (c) => ({ "&lt;": "<", "&gt;": ">", "&amp;": "&", "&apos;": "'", "&quot;": '"' })[c] ?? c);
}

/** A formula's cached result by the cell's `t`. */
export function formulaResult(t: string | undefined, text: string): ReadValue | boolean {
  if (t === "str") return xmlDecodeAgain(text);
  if (t === "b") return parseInt(text, 10) !== 0;
  if (t === "e") return { error: text };
  return parseFloat(text);
}

const COLUMN_LIMIT = 16384;

function letters(n: number): string {
  if (n < 1 || n > COLUMN_LIMIT) throw new Error(`${n} is out of bounds. Excel supports columns from 1 to 16384`);
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

function columnOf(upper: string): number {
  let n = 0;
  for (let i = 0; i < upper.length; i++) n = n * 26 + upper.charCodeAt(i) - 64;
  return n;
}

const CANDIDATE = /(([a-z_\-0-9]*)!)?([a-z0-9_$]{2,})([(])?/gi;
const CELL_REF = /^([$])?([a-z]+)([$])?([1-9][0-9]*)$/i;

/** A shared formula as its follower at (`row`, `column`) shows it: every relative reference
 *  moved by the distance from the master, the way exceljs's slideFormula does it (so text that
 *  looks like a reference moves too, and names longer than XFD do not). */
export function slideFormula(formula: string, from: { row: number; column: number }, to: { row: number; column: number }): string {
  return formula.replace(CANDIDATE, (whole: string, sheet: string | undefined, _name: string | undefined, part: string, paren: string | undefined) => {
    if (paren) return whole;
    const m = CELL_REF.exec(part);
    if (!m) return whole;
    const col = m[2]!.toUpperCase();
    if (col.length > 3 || (col.length === 3 && col > "XFD")) return whole;
    let c = columnOf(col);
    let r = parseInt(m[4]!, 10);
    if (!m[1]) c += to.column - from.column;
    if (!m[3]) r += to.row - from.row;
    return (sheet || "") + (m[1] || "") + letters(c) + (m[3] || "") + r;
  });
}

/** A cell reference (`B3`, `$B$3`, the first cell of `B3:C4`), any case; undefined otherwise. */
export function parseRef(ref: string): { row: number; column: number } | undefined {
  let i = 0;
  const n = ref.length;
  if (ref.charCodeAt(i) === 0x24) i++;
  let column = 0;
  const start = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i) & ~0x20; // upper case
    if (c < 65 || c > 90) break;
    column = column * 26 + c - 64;
  }
  if (i === start || i - start > 3 || column > COLUMN_LIMIT) return undefined;
  if (ref.charCodeAt(i) === 0x24) i++;
  let row = 0;
  const digits = i;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) break;
    row = row * 10 + c - 48;
  }
  if (i === digits || row < 1 || row > 1_048_576) return undefined;
  if (i < n && ref.charCodeAt(i) !== 0x3a /* : */) return undefined;
  return { row, column };
}
