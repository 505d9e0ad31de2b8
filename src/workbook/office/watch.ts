// Worksheet change events (ExcelApi 1.7) for live checking. Edits arrive one by one as a
// clerk types or pastes; they are collected and handed on after a quiet pause, each range
// once, so a paste of 500 cells costs one re-check, not 500.
import type { ExcelRunner } from "./office-workbook";

export type EditHandler = (edits: { sheet: string; address: string }[]) => void;

/** Start watching `sheets`; resolves to a function that stops watching. */
export async function watchEdits(run: ExcelRunner, sheets: readonly string[], onEdits: EditHandler, quietMs = 400): Promise<() => Promise<void>> {
  const pending = new Map<string, { sheet: string; address: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const flush = () => {
    timer = undefined;
    const edits = [...pending.values()];
    pending.clear();
    if (edits.length > 0) onEdits(edits);
  };

  const registrations = await run(async (context) => {
    const worksheets = context.workbook.worksheets;
    worksheets.load("items/id,items/name");
    await context.sync();
    const nameOf = new Map(worksheets.items.map((ws) => [ws.id, ws.name]));
    const added = worksheets.items
      .filter((ws) => sheets.includes(ws.name))
      .map((ws) =>
        ws.onChanged.add(async (event: Excel.WorksheetChangedEventArgs) => {
          const sheet = nameOf.get(event.worksheetId) ?? ws.name;
          pending.set(`${sheet}!${event.address}`, { sheet, address: event.address });
          if (timer !== undefined) clearTimeout(timer);
          timer = setTimeout(flush, quietMs);
        }),
      );
    await context.sync();
    return added;
  });

  return async () => {
    if (timer !== undefined) clearTimeout(timer);
    pending.clear();
    const first = registrations[0];
    if (!first) return;
    // Handlers are removed in the context they were added in.
    await Excel.run(first.context, async (context) => {
      registrations.forEach((r) => r.remove());
      await context.sync();
    });
  };
}
