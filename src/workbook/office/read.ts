// Reading ranges, in as few syncs as the response size allows, and Office.js results →
// RangeSnapshot. Excel on the web refuses a response over 5 MB (ResponsePayloadSizeLimitExceeded),
// so reads are cut into row blocks whose response stays under the budget.

import { parseRange, rangeAddress, type RangeRef } from "../../core/workbook/a1";
import type { RangeQuery, RangeSnapshot, ReadValue } from "../../core/workbook/workbook";
import { utf8Length } from "./payload";
import type { Capabilities } from "./requirements";

/** Response bytes per cell and property assumed before any were measured. */
const FIRST_PROPERTY_BYTES = 32;
/** Room left above the largest row measured so far, for the rows not seen yet. */
const MARGIN = 1.5;
const MIN_CELL_BYTES = 8;

export type CellProperty = "values" | "valueTypes" | "numberFormat" | "formulas";
const ALL: readonly CellProperty[] = ["values", "valueTypes", "numberFormat", "formulas"];

/** What was read for one query: its rectangle (null for a blank sheet) and a grid per property. */
export interface ReadGrids {
  ref: RangeRef | null;
  grids: Record<CellProperty, unknown[][]>;
}

/** Rows of one query still to read. */
interface Piece {
  query: number;
  ref: RangeRef;
}

/**
 * Reads every query's range (a query without a range: the sheet's used range). 1 sync when
 * every query names its range and all fits one response; + 1 first to size used ranges; +1 per
 * further response budget. A block Excel still refuses as too large is read again in halves.
 */
export async function readRanges(
  context: Excel.RequestContext,
  queries: readonly RangeQuery[],
  caps: Capabilities,
  budget: number,
): Promise<RangeSnapshot[]> {
  const read = await readGrids(context, queries, caps, budget, ALL);
  return queries.map((q, i) => {
    const { ref, grids: g } = read[i]!;
    if (!ref) return emptySnapshot(q.sheet);
    return snapshot(q, rangeAddress(ref), g.values, g.valueTypes as Excel.RangeValueType[][], g.numberFormat, g.formulas);
  });
}

/** {@link readRanges} for any of the cell properties, as grids. */
export async function readGrids(
  context: Excel.RequestContext,
  queries: readonly RangeQuery[],
  caps: Capabilities,
  budget: number,
  properties: readonly CellProperty[],
  /** counts the round trips made */
  counter: { syncs: number } = { syncs: 0 },
): Promise<ReadGrids[]> {
  const worksheets = context.workbook.worksheets;
  // The rectangle of each query: null for a blank sheet.
  const rects: Array<RangeRef | null> = queries.map((q) => (q.range !== undefined ? parseRange(q.range) : null));
  const usedQueries = queries.flatMap((q, i) => (q.range === undefined ? [i] : []));
  if (usedQueries.length > 0) {
    // getUsedRangeOrNullObject needs ExcelApi 1.4; before it, getUsedRange() returns A1 for a blank sheet.
    const nullable = caps.has("nullObjects");
    const used = usedQueries.map((i) => {
      const sheet = worksheets.getItem(queries[i]!.sheet);
      const range = nullable ? sheet.getUsedRangeOrNullObject(true) : sheet.getUsedRange();
      range.load("address");
      return range;
    });
    await context.sync();
    counter.syncs++;
    usedQueries.forEach((i, n) => {
      const range = used[n]!;
      if (nullable && range.isNullObject) return;
      rects[i] = parseRange(localAddress(range.address));
    });
  }

  const out: ReadGrids[] = rects.map((ref) => ({ ref, grids: { values: [], valueTypes: [], numberFormat: [], formulas: [] } }));
  const todo: Piece[] = rects.flatMap((ref, query) => (ref ? [{ query, ref: { start: { ...ref.start }, end: { ...ref.end } } }] : []));
  let cellBytes = FIRST_PROPERTY_BYTES * properties.length;
  while (todo.length > 0) {
    const batch = takeRows(todo, budget, cellBytes);
    const ranges = batch.map((p) => {
      const range = worksheets.getItem(queries[p.query]!.sheet).getRange(rangeAddress(p.ref));
      // eslint-disable-next-line office-addins/no-empty-load -- the caller's properties, never none
      range.load([...properties]);
      return range;
    });
    try {
      counter.syncs++;
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per response budget (4 MB), never per cell or row
      await context.sync();
    } catch (error) {
      const oneRow = batch.length === 1 && batch[0]!.ref.start.row === batch[0]!.ref.end.row;
      if (!isResponseTooLarge(error) || oneRow) throw error;
      cellBytes *= 2; // still too much: the same rows again, in smaller blocks
      todo.unshift(...batch);
      continue;
    }
    let worst = 0;
    batch.forEach((p, i) => {
      const range = ranges[i]!;
      const width = p.ref.end.column - p.ref.start.column + 1;
      const got = properties.map((name) => range[name] as unknown[][]);
      got[0]!.forEach((_row, r) => {
        const bytes = got.reduce((sum, grid) => sum + utf8Length(JSON.stringify(grid[r]) ?? ""), 0);
        worst = Math.max(worst, bytes / width);
      });
      properties.forEach((name, k) => out[p.query]!.grids[name].push(...got[k]!));
    });
    cellBytes = Math.max(worst * MARGIN, MIN_CELL_BYTES);
  }
  return out;
}

/** Takes rows off the front of `todo` while their estimated response fits `budget` (at least one row). */
function takeRows(todo: Piece[], budget: number, cellBytes: number): Piece[] {
  const batch: Piece[] = [];
  let bytes = 0;
  while (todo.length > 0) {
    const piece = todo[0]!;
    const rowBytes = (piece.ref.end.column - piece.ref.start.column + 1) * cellBytes;
    const rows = piece.ref.end.row - piece.ref.start.row + 1;
    const room = Math.floor((budget - bytes) / rowBytes);
    if (room >= rows) {
      batch.push(todo.shift()!);
      bytes += rows * rowBytes;
      continue;
    }
    if (room >= 1 || batch.length === 0) {
      const take = Math.max(room, 1);
      const split = piece.ref.start.row + take;
      batch.push({ query: piece.query, ref: { start: { ...piece.ref.start }, end: { row: split - 1, column: piece.ref.end.column } } });
      piece.ref = { start: { row: split, column: piece.ref.start.column }, end: piece.ref.end };
    }
    break;
  }
  return batch;
}

function isResponseTooLarge(error: unknown): boolean {
  const e = error as { code?: unknown; message?: unknown };
  return e?.code === "ResponsePayloadSizeLimitExceeded" || /response payload size/i.test(String(e?.message ?? ""));
}

/** `'填报 表'!B3:D9` → `B3:D9` (a sheet name may contain `!`, an address never does). */
export function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function emptySnapshot(sheet: string): RangeSnapshot {
  return { sheet, range: null, values: [], numberFormats: [], formulas: [] };
}

function snapshot(
  query: RangeQuery,
  address: string,
  values: unknown[][],
  types: Excel.RangeValueType[][],
  formats: unknown[][],
  formulas: unknown[][],
): RangeSnapshot {
  const local = rangeAddress(parseRange(localAddress(address)));
  // Without getUsedRangeOrNullObject a blank sheet reports A1 as its used range.
  if (query.range === undefined && local === "A1" && String(types[0]?.[0]) === "Empty") return emptySnapshot(query.sheet);
  return {
    sheet: query.sheet,
    range: local,
    values: values.map((row, r) => row.map((v, c) => readValue(v, String(types[r]?.[c] ?? "")))),
    numberFormats: formats.map((row) => row.map((f) => (typeof f === "string" && f !== "" ? f : "General"))),
    formulas: formulas.map((row, r) =>
      row.map((f, c) => {
        // `formulas` echoes constants too; a text cell holding "=x" has value === formula text.
        const value = values[r]?.[c];
        return typeof f === "string" && f.startsWith("=") && f !== value ? f : null;
      }),
    ),
  };
}

function readValue(value: unknown, type: string): ReadValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}
