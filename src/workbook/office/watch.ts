// Worksheet change events (ExcelApi 1.7) for live checking. Edits arrive one by one as a
// clerk types or pastes; they are collected and handed on after a quiet pause, each range
// once, so a paste of 500 cells costs one re-check, not 500. Excel reports whole rows and
// columns (`5:5`, `E:E`, after a row is cleared or inserted) and several areas at once
// (`A1:B2, D4`); those are handed on as A1 rectangles clipped to the sheet's used range, so a
// re-read never spans a million cells.
import { cellAddress, columnNumber, rangeAddress, type RangeRef } from "../../core/workbook/a1";
import type { ExcelRunner } from "./office-workbook";
import { localAddress } from "./read";
import { capabilities, requireFeature, type RequirementChecker } from "./requirements";

export type EditHandler = (edits: { sheet: string; address: string }[]) => void;

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

/** An edited rectangle; whole rows/columns reach the sheet's edge and are marked `open`. */
export interface EditedArea {
  ref: RangeRef;
  open: boolean;
}

/** Areas of an event's address: cells, rectangles, whole rows and columns; [] when unreadable. */
export function editedAreas(address: string): EditedArea[] {
  return localAddress(address)
    .split(",")
    .map((part) => part.trim().toUpperCase())
    .flatMap((part): EditedArea[] => {
      const rows = /^(\d+):(\d+)$/.exec(part);
      if (rows) {
        const [a, b] = [Number(rows[1]), Number(rows[2])].sort((x, y) => x - y) as [number, number];
        if (a < 1 || b > MAX_ROW) return [];
        return [{ ref: { start: { row: a, column: 1 }, end: { row: b, column: MAX_COLUMN } }, open: true }];
      }
      const columns = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(part);
      if (columns) {
        try {
          const [a, b] = [columnNumber(columns[1]!), columnNumber(columns[2]!)].sort((x, y) => x - y) as [number, number];
          return [{ ref: { start: { row: 1, column: a }, end: { row: MAX_ROW, column: b } }, open: true }];
        } catch {
          return [];
        }
      }
      const cells = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(part);
      if (!cells) return [];
      try {
        const c1 = columnNumber(cells[1]!);
        const r1 = Number(cells[2]);
        const c2 = cells[3] === undefined ? c1 : columnNumber(cells[3]);
        const r2 = cells[4] === undefined ? r1 : Number(cells[4]);
        cellAddress(Math.max(r1, r2), Math.max(c1, c2)); // validates
        if (Math.min(r1, r2) < 1) return [];
        const ref = { start: { row: Math.min(r1, r2), column: Math.min(c1, c2) }, end: { row: Math.max(r1, r2), column: Math.max(c1, c2) } };
        return [{ ref, open: false }];
      } catch {
        return [];
      }
    });
}

function intersect(a: RangeRef, b: RangeRef): RangeRef | null {
  const start = { row: Math.max(a.start.row, b.start.row), column: Math.max(a.start.column, b.start.column) };
  const end = { row: Math.min(a.end.row, b.end.row), column: Math.min(a.end.column, b.end.column) };
  return start.row <= end.row && start.column <= end.column ? { start, end } : null;
}

/** The used range of each sheet (null when blank), in one sync. */
async function usedRanges(run: ExcelRunner, sheets: readonly string[]): Promise<Map<string, RangeRef | null>> {
  return run(async (context) => {
    const ranges = sheets.map((sheet) => {
      // getUsedRangeOrNullObject is ExcelApi 1.4, below the 1.7 that change events need.
      const range = context.workbook.worksheets.getItem(sheet).getUsedRangeOrNullObject();
      range.load("address");
      return range;
    });
    await context.sync();
    return new Map(
      sheets.map((sheet, i) => {
        const range = ranges[i]!;
        if (range.isNullObject) return [sheet, null];
        return [sheet, editedAreas(range.address)[0]?.ref ?? null];
      }),
    );
  });
}

export interface WatchOptions {
  /** default: `Office.context.requirements` */
  requirements?: RequirementChecker;
}

/**
 * Start watching `sheets`; resolves to a function that stops watching. Below ExcelApi 1.7
 * throws HostFeatureError (its `messages` in the user's words) before touching the events.
 */
export async function watchEdits(
  run: ExcelRunner,
  sheets: readonly string[],
  onEdits: EditHandler,
  quietMs = 400,
  options: WatchOptions = {},
): Promise<() => Promise<void>> {
  requireFeature(capabilities(options.requirements), "changeEvents");
  const pending = new Map<string, { sheet: string; address: string }>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const handOn = async (edits: { sheet: string; address: string }[]) => {
    const areas = edits.map((e) => ({ sheet: e.sheet, areas: editedAreas(e.address) }));
    const open = [...new Set(areas.filter((e) => e.areas.some((a) => a.open)).map((e) => e.sheet))];
    let used = new Map<string, RangeRef | null>();
    if (open.length > 0) {
      try {
        used = await usedRanges(run, open);
      } catch {
        // The sheet went away (deleted or renamed): there is nothing on it to re-read.
      }
    }
    const out = new Map<string, { sheet: string; address: string }>();
    for (const { sheet, areas: list } of areas) {
      for (const area of list) {
        const ref = area.open ? intersect(area.ref, used.get(sheet) ?? { start: { row: 1, column: 1 }, end: { row: 0, column: 0 } }) : area.ref;
        if (!ref) continue;
        const address = rangeAddress(ref);
        out.set(`${sheet}!${address}`, { sheet, address });
      }
    }
    if (!stopped && out.size > 0) onEdits([...out.values()]);
  };
  const flush = () => {
    timer = undefined;
    const edits = [...pending.values()];
    pending.clear();
    if (edits.length > 0) void handOn(edits);
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
    stopped = true;
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
