// Hidden key/value metadata that travels inside the file: a very hidden, protected sheet with
// a header row and then one key (column A) and value (column B) per row, all stored as text.
// The Office.js implementation must use the same sheet and layout, so that a workbook made by
// the CLI and one made inside Excel read the same.
import type * as ExcelJS from "exceljs";
import { MAX_TEXT_LENGTH } from "./limits";
import { findSheet } from "./sheets";

import { METADATA_HEADER as HEADER, METADATA_SHEET } from "../../core/workbook/metadata-sheet";

export { METADATA_SHEET };
const MAX_KEY_LENGTH = 255;

function cellText(cell: ExcelJS.Cell | undefined): string | undefined {
  if (!cell || cell.value === null || cell.value === undefined) return undefined;
  return cell.text; // someone may have typed a number in: read it as text
}

export function metadataProblem(entries: unknown): string | undefined {
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) return "metadata entries must be an object of strings";
  for (const [key, value] of Object.entries(entries)) {
    if (key === "" || key.length > MAX_KEY_LENGTH) return `metadata key "${key}" must have 1 to ${MAX_KEY_LENGTH} characters`;
    if (typeof value !== "string") return `metadata value for "${key}" must be a string`;
    if (value.length > MAX_TEXT_LENGTH) return `metadata value for "${key}" is longer than ${MAX_TEXT_LENGTH} characters`;
  }
  return undefined;
}

export function readMetadata(wb: ExcelJS.Workbook): Record<string, string> {
  const ws = findSheet(wb, METADATA_SHEET);
  const out: Record<string, string> = {};
  if (!ws) return out;
  ws.eachRow((row, n) => {
    if (n === 1) return; // header
    const key = cellText(row.findCell(1));
    if (key !== undefined && key !== "") out[key] = cellText(row.findCell(2)) ?? "";
  });
  return out;
}

/** Add or overwrite entries (others are kept); creates the sheet on first use. */
export async function writeMetadata(wb: ExcelJS.Workbook, entries: Record<string, string>): Promise<void> {
  const problem = metadataProblem(entries);
  if (problem) throw new Error(problem);
  let ws = findSheet(wb, METADATA_SHEET);
  if (!ws) {
    ws = wb.addWorksheet(METADATA_SHEET, { state: "veryHidden" });
    ws.getRow(1).values = [...HEADER];
    // protected without a password: it keeps hands off, it is not a secret
    await ws.protect("", {});
  }
  const rowOf = new Map<string, number>();
  let last = 1;
  ws.eachRow((row, n) => {
    last = Math.max(last, n);
    const key = n > 1 ? cellText(row.findCell(1)) : undefined;
    if (key) rowOf.set(key, n);
  });
  for (const [key, value] of Object.entries(entries)) {
    const n = rowOf.get(key) ?? ++last;
    rowOf.set(key, n);
    // plain JS strings: exceljs stores them as text, never as formulas
    ws.getCell(n, 1).value = key;
    ws.getCell(n, 2).value = value === "" ? null : value;
  }
}
