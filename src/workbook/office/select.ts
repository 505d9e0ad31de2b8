import type { ExcelRunner } from "./office-workbook";

/** Show a cell to the person: activate its sheet and select it (one sync). */
export async function selectCell(run: ExcelRunner, sheet: string, cell: string): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
