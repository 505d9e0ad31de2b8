// Reading the same bytes through XlsxWorkbook (exceljs) and the fast reader, for tests that
// assert both see exactly the same workbook.
import type { RangeQuery, Workbook } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { XlsxReader } from "../../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../../src/workbook/xlsx-reader/from-file";

/** Everything a reader shows of a workbook: sheets, every sheet's used range, the given ranges,
 *  names and metadata. */
export async function everything(wb: Workbook, ranges: readonly RangeQuery[] = []) {
  const sheets = await wb.sheets();
  return {
    sheets,
    used: await wb.read(sheets.map((s) => ({ sheet: s.name }))),
    ranges: await wb.read(ranges),
    names: await wb.names(),
    metadata: await wb.metadata(),
  };
}

/** What each reader makes of `bytes`; the fast one with Node's zlib, as the CLI runs it. */
export async function readBoth(bytes: Uint8Array, ranges: readonly RangeQuery[] = []) {
  const exceljs = await everything(await XlsxWorkbook.fromBuffer(bytes), ranges);
  const fast = await everything(await XlsxReader.fromBuffer(bytes, { inflate: zlibInflate }), ranges);
  return { exceljs, fast };
}

/** Both readers agree on `bytes`; returns what they read. */
export async function expectSameRead(bytes: Uint8Array, ranges: readonly RangeQuery[] = []) {
  const { exceljs, fast } = await readBoth(bytes, ranges);
  expect(fast).toEqual(exceljs);
  return exceljs;
}
