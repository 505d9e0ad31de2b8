// Edits arrive one event per change; watchEdits hands them on once things are quiet, each range once.
import { watchEdits, type ExcelRunner } from "../../../src/workbook/office";

function stubExcel() {
  const handlers = new Map<string, (e: Partial<Excel.WorksheetChangedEventArgs>) => Promise<void>>();
  const sheets = [
    { id: "s1", name: "填报表", onChanged: { add: (h: never) => (handlers.set("s1", h), { remove() {}, context: {} }) } },
    { id: "s2", name: "填报说明", onChanged: { add: (h: never) => (handlers.set("s2", h), { remove() {}, context: {} }) } },
  ];
  const context = { workbook: { worksheets: { load() {}, items: sheets } }, sync: async () => {} };
  const run = ((batch: (c: Excel.RequestContext) => Promise<unknown>) => batch(context as unknown as Excel.RequestContext)) as ExcelRunner;
  return { run, handlers };
}

test("edits are coalesced after a quiet pause, duplicates once, only on watched sheets", async () => {
  jest.useFakeTimers();
  const { run, handlers } = stubExcel();
  const batches: { sheet: string; address: string }[][] = [];
  await watchEdits(run, ["填报表"], (edits) => batches.push(edits), 400);
  expect([...handlers.keys()]).toEqual(["s1"]);
  const edit = handlers.get("s1")!;
  await edit({ worksheetId: "s1", address: "E5" });
  await edit({ worksheetId: "s1", address: "E6" });
  await edit({ worksheetId: "s1", address: "E5" });
  jest.advanceTimersByTime(399);
  expect(batches).toEqual([]);
  jest.advanceTimersByTime(1);
  expect(batches).toEqual([
    [
      { sheet: "填报表", address: "E5" },
      { sheet: "填报表", address: "E6" },
    ],
  ]);
  jest.useRealTimers();
});
