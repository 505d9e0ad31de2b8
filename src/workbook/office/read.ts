// Reading ranges: one sync for every query, and Office.js results → RangeSnapshot.

import { parseRange, rangeAddress } from "../../core/workbook/a1";
import type { RangeQuery, RangeSnapshot, ReadValue } from "../../core/workbook/workbook";
import type { Capabilities } from "./requirements";

/** Loads every query's range (a query without a range: the sheet's used range), in one sync. */
export async function readRanges(
  context: Excel.RequestContext,
  queries: readonly RangeQuery[],
  caps: Capabilities,
): Promise<RangeSnapshot[]> {
  const ranges = queries.map((q) => {
    const sheet = context.workbook.worksheets.getItem(q.sheet);
    let range: Excel.Range;
    // Only a used range can be a null object; a named range is always there.
    let mayBeNull = false;
    if (q.range !== undefined) range = sheet.getRange(q.range);
    // getUsedRangeOrNullObject needs ExcelApi 1.4; before it, getUsedRange() returns A1 for a blank sheet.
    else if (caps.supports("1.4")) {
      range = sheet.getUsedRangeOrNullObject(true);
      mayBeNull = true;
    } else range = sheet.getUsedRange();
    range.load("address,values,valueTypes,numberFormat,formulas");
    return { range, mayBeNull };
  });
  await context.sync();
  return queries.map((q, i) => {
    const { range, mayBeNull } = ranges[i]!;
    if (mayBeNull && range.isNullObject) return emptySnapshot(q.sheet);
    return snapshot(q, range.address, range.values, range.valueTypes, range.numberFormat, range.formulas);
  });
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
