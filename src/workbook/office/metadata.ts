// The metadata sheet: its layout and limits, reading it, and planning the writes that merge
// new entries into it.

import { METADATA_HEADER, METADATA_SHEET } from "../../core/workbook/metadata-sheet";
import { parseRange, rangeAddress, rangeOf } from "../../core/workbook/a1";
import { jsonBytes, rowBlocks } from "./payload";
import { localAddress, readGrids } from "./read";
import type { Capabilities } from "./requirements";
import { key } from "./sheets";
import type { Locks } from "./protection";
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

/** What a plan knows of the metadata sheet as it goes: rows by key and the last row used. */
export interface MetaState {
  rows: Map<string, number>;
  last: number;
}

/** Every entry of the metadata sheet: 1 sync when there is none, else 1 + what readMetaRows takes. */
export async function readMetadata(context: Excel.RequestContext, caps: Capabilities, budget: number): Promise<Record<string, string>> {
  const worksheets = context.workbook.worksheets;
  worksheets.load("items/name");
  await context.sync();
  if (!worksheets.items.some((ws) => key(ws.name) === key(META_SHEET))) return {};
  const { rows } = await readMetaRows(context, caps, budget);
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

/**
 * The rows of the (existing) metadata sheet and its last row used: 2 syncs, more only when its
 * values exceed one response (a large set's cell map can).
 */
export async function readMetaRows(
  context: Excel.RequestContext,
  caps: Capabilities,
  budget: number,
  counter?: { syncs: number },
): Promise<{ rows: Array<{ key: string; value: string; row: number }>; last: number }> {
  const [read] = await readGrids(context, [{ sheet: META_SHEET }], caps, budget, ["values"], counter);
  if (!read?.ref) return { rows: [], last: 1 };
  return { rows: metaRows(rangeAddress(read.ref), read.grids.values), last: Math.max(1, read.ref.end.row) };
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
 * Steps that merge `entries` into the metadata sheet, creating it (very hidden, then protected
 * when the host can) when `present` (existing sheets by key) lacks it; updates `present` and
 * `meta` for the changes after this one. An existing protected sheet is unprotected by `locks`.
 */
export function metadataSteps(
  add: AddStep,
  entries: Array<[string, string]>,
  present: Map<string, string>,
  meta: MetaState,
  limit: number,
  locks: Locks,
  canProtect: boolean,
): void {
  // Rows to write: new sheet → header; existing key → its row; new key → the next row.
  const writes = new Map<number, [string, string]>();
  const created = !present.has(key(META_SHEET));
  if (created) {
    present.set(key(META_SHEET), META_SHEET);
    locks.added(META_SHEET);
    add(2, 0, (t) => {
      // Setting visibility needs ExcelApi 1.2 (screen() skips setMetadata below it).
      t.add(META_SHEET).visibility = "VeryHidden";
    });
    writes.set(1, [META_HEADER[0]!, META_HEADER[1]!]);
    meta.rows.clear();
    meta.last = 1;
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
    const run: Values = ordered.slice(i, j).map((row) => writes.get(row)!);
    // A large set's cell map runs to megabytes: blocks under the request budget.
    for (const [from, to] of rowBlocks(run, limit)) {
      const first = ordered[i]! + from;
      const block = run.slice(from, to);
      uniformSteps(add, META_SHEET, rangeOf(`A${first}`, block.length, 2), "@", limit);
      const address = rangeAddress(rangeOf(`A${first}`, block.length, 2));
      add(2, jsonBytes(block), (t) => {
        t.get(META_SHEET).getRange(address).values = block;
      });
    }
    i = j;
  }
  if (created && canProtect) locks.protect(META_SHEET, undefined, undefined);
}
