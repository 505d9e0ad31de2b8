// Request size estimates. Excel on the web rejects a request (or response) over 5 MB, so writes
// are packed into requests under a budget, and one large matrix is cut into row blocks.

/** Default per-request budget: 4 MB, leaving ~1 MB of the 5 MB limit for what we don't count. */
export const DEFAULT_PAYLOAD_BUDGET = 4 * 1024 * 1024;

/** Rough JSON size of one queued Office.js action (ids, object path, method/property name). */
export const ACTION_OVERHEAD_BYTES = 300;

/** UTF-8 length of a string without allocating an encoded copy. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4; // surrogate pair: 4 bytes for both halves
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** UTF-8 bytes of the JSON that carries `value`. */
export function jsonBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}

/**
 * Cut `rows` into consecutive blocks whose JSON (plus `extra` bytes per row that travel with
 * it) stays under `limit` bytes. A block holds at least one row, so one row larger than the
 * limit travels alone. Returns [start, end) pairs.
 */
export function rowBlocks(
  rows: readonly unknown[][],
  limit: number,
  extra: (row: readonly unknown[]) => number = () => 0,
): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  let start = 0;
  let size = 2; // the outer []
  for (let i = 0; i < rows.length; i++) {
    const row = jsonBytes(rows[i]) + 1 + extra(rows[i]!); // + the comma, + what travels with the row
    if (i > start && size + row > limit) {
      blocks.push([start, i]);
      start = i;
      size = 2;
    }
    size += row;
  }
  if (rows.length > start) blocks.push([start, rows.length]);
  return blocks;
}

/** Greedily pack sized items, in order, into groups whose total stays within `budget`. */
export function packByBudget<T extends { bytes: number }>(items: readonly T[], budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    if (current.length > 0 && size + item.bytes > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += item.bytes;
  }
  if (current.length > 0) groups.push(current);
  return groups;
}
