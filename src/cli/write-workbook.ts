import type { WorkbookChange } from "../core/workbook/workbook";
import { XlsxWorkbook } from "../workbook/xlsx";

/** A new .xlsx file made of `changes`, saved atomically at `path`. */
export async function writeWorkbook(changes: readonly WorkbookChange[], path: string): Promise<void> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  await wb.saveAs(path);
}
