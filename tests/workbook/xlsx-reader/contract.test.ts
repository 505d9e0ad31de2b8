// The shared Workbook contract with the fast reader as the reopened view: what XlsxWorkbook
// writes, read back by XlsxReader (and by the opener that falls back to exceljs), must pass
// every check the exceljs backend passes. Changes are applied to the written workbook only;
// the reader is read-only.
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { openReturnedWorkbook, XlsxReader } from "../../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../../src/workbook/xlsx-reader/from-file";
import { workbookContract } from "../contract";

workbookContract("XlsxReader (reopened read-only, Node zlib)", async () => {
  const wb = XlsxWorkbook.create();
  return { wb, reopen: async () => XlsxReader.fromBuffer(await wb.toBuffer(), { inflate: zlibInflate }) };
});

workbookContract("openReturnedWorkbook (reopened read-only, DecompressionStream)", async () => {
  const wb = XlsxWorkbook.create();
  return { wb, reopen: async () => openReturnedWorkbook(await wb.toBuffer()) };
});
