// The metadata sheet: its layout and limits, reading it, and planning the writes that merge
// new entries into it.

import { METADATA_HEADER, METADATA_SHEET } from "../../core/workbook/metadata-sheet";
import { parseRange, rangeAddress, rangeOf } from "../../core/workbook/a1";
import { jsonBytes } from "./payload";
import { localAddress } from "./read";
import { key } from "./sheets";
import type { AddStep } from "./step";
import { uniformSteps, type Values } from "./values";

/**
 * Very hidden sheet holding key/value metadata, laid out as the xlsx backend does: a header row
 * `key | value`, then one key (column A) and value (column B) per row, all text; protected
 * without a password (it keeps hands off, it is not a secret).
 */
export const META_SHEET = METADATA_SHEET;
const META_HEADER: string[] = [...METADATA_HEADER];
const META_KEY_MAX = 255;
const CELL_TEXT_MAX = 32767;

/** What a plan knows of the metadata sheet as it goes: rows by key, the last row used, protection. */
export interface MetaState {
  rows: Map<string, number>;
  last: number;
  protected: boolean;
}

/** Every entry of the metadata sheet: 2 syncs, 1 when there is no such sheet. */
export async function readMetadata(context: Excel.RequestContext): Promise<Record<string, string>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (!worksheets.items.some((ws) => key(ws.name) === key(META_SHEET))) return {};
  const used = worksheets.getItem(META_SHEET).getUsedRange();
  used.load("address,values");
  await context.sync();
  return Object.fromEntries(metaRows(used.address, used.values).map((r) => [r.key, r.value]));
}

/** Key/value rows of the metadata sheet's used range, below the header row. */
export function metaRows(address: string, values: unknown[][]): Array<{ key: string; value: string; row: number }> {
  const start = parseRange(localAddress(address)).start;
  if (start.column !== 1) return []; // keys live in column A
  const rows: Array<{ key: string; value: string; row: number }> = [];
  values.forEach((cells, i) => {
    const row = start.row + i;
    const k = cells[0];
    if (row === 1 || k === undefined || k === null || k === "") return;
    const v = cells[1];
    rows.push({ key: String(k), value: v === undefined || v === null ? "" : String(v), row });
  });
  return rows;
}

/** Same rules as the xlsx backend: keys of 1–255 characters, string values that fit a cell. */
export function checkMetadata(entries: Record<string, string>, index: number): Array<[string, string]> {
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) {
    throw new TypeError(`change #${index} (setMetadata): entries must be an object of strings`);
  }
  return Object.entries(entries).map(([k, v]) => {
    if (k === "" || k.length > META_KEY_MAX) throw new RangeError(`change #${index} (setMetadata): key "${k}" must have 1 to ${META_KEY_MAX} characters`);
    if (typeof v !== "string") throw new TypeError(`change #${index} (setMetadata): value for "${k}" must be a string`);
    if (v.length > CELL_TEXT_MAX) throw new RangeError(`change #${index} (setMetadata): value for "${k}" is longer than ${CELL_TEXT_MAX} characters`);
    return [k, v];
  });
}

/**
 * Steps that merge `entries` into the metadata sheet, creating it (very hidden) when `present`
 * (existing sheets by key) lacks it; updates `present` and `meta` for the changes after this one.
 */
export function metadataSteps(
  add: AddStep,
  entries: Array<[string, string]>,
  present: Map<string, string>,
  meta: MetaState,
  canProtect: boolean,
  limit: number,
): void {
  // Rows to write: new sheet → header; existing key → its row; new key → the next row.
  const writes = new Map<number, [string, string]>();
  let reprotect = false; // protect a sheet we create, and one we had to unprotect
  if (!present.has(key(META_SHEET))) {
    present.set(key(META_SHEET), META_SHEET);
    add(2, 0, (t) => {
      t.add(META_SHEET).visibility = "VeryHidden"; // Excel.SheetVisibility.veryHidden, ExcelApi 1.1
    });
    writes.set(1, [META_HEADER[0]!, META_HEADER[1]!]);
    meta.rows.clear();
    meta.last = 1;
    meta.protected = false;
    reprotect = true;
  } else if (meta.protected) {
    add(2, 0, (t) => t.get(META_SHEET).protection.unprotect());
    reprotect = true;
  }
  for (const [k, v] of entries) {
    let row = meta.rows.get(k);
    if (row === undefined) meta.rows.set(k, (row = ++meta.last));
    writes.set(row, [k, v]);
  }
  // Consecutive rows go as one block, formatted `@` before the text is written.
  const ordered = [...writes.keys()].sort((a, b) => a - b);
  for (let i = 0; i < ordered.length; ) {
    let j = i + 1;
    while (j < ordered.length && ordered[j] === ordered[j - 1]! + 1) j++;
    const first = ordered[i]!;
    const block: Values = ordered.slice(i, j).map((row) => writes.get(row)!);
    uniformSteps(add, META_SHEET, rangeOf(`A${first}`, block.length, 2), "@", limit);
    const address = rangeAddress(rangeOf(`A${first}`, block.length, 2));
    add(2, jsonBytes(block), (t) => {
      t.get(META_SHEET).getRange(address).values = block;
    });
    i = j;
  }
  if (canProtect && reprotect) {
    add(2, 0, (t) => t.get(META_SHEET).protection.protect());
    meta.protected = true;
  }
}
