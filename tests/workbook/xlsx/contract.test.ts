// The shared Workbook contract on the .xlsx implementation; reopening = save to a buffer and
// load that buffer into a new XlsxWorkbook.
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { workbookContract } from "../contract";

workbookContract("XlsxWorkbook (exceljs)", async () => {
  const wb = XlsxWorkbook.create();
  return { wb, reopen: async () => XlsxWorkbook.fromBuffer(await wb.toBuffer()) };
});
