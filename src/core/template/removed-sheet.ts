// The 已删除指标的数据 sheet: figures entered for indicators (or years, or units) a new version
// of the set no longer asks for. One row per old cell: id, name, year/unit, which cell it was,
// the value exactly as entered, and where it came from. The cell map covers these values too,
// so a later upgrade carries them on (or back, when the indicator returns).
import { type Locale, messagesFor } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import type { CellValue, WorkbookChange } from "../workbook/workbook";
import { addCell, NAME_SLOT, slotKey, type CellMap } from "./cell-map";
import { carryChanges } from "./carry";
import { COLOURS, protectChange, type RenderedSheet } from "./layout";
import type { TemplateEntry } from "./read-entries";


export interface RemovedSheetOptions {
  sheet: string;
  locale: Locale;
  /** version of the set the entries were entered under */
  oldVersion: string;
  /** the new set, for unit names */
  set: IndicatorSet;
  /** show the unit in the year/unit column (matrix, or entries of several units) */
  showUnit: boolean;
  cells: CellMap;
  password?: string;
}

const FIRST_ROW = 3;
const VALUE_COLUMN = "E";

export function removedSheet(entries: readonly TemplateEntry[], o: RemovedSheetOptions): RenderedSheet {
  const m = messagesFor(o.locale).template.removed;
  const sheet = o.sheet;
  const unitName = new Map(o.set.units.map((u) => [u.id, u.name]));
  const rows: CellValue[][] = [
    [m.title(o.oldVersion), null, null, null, null, null],
    [...m.headers],
  ];
  const carried: WorkbookChange[] = [];
  const named = new Set<string>();
  entries.forEach((e, i) => {
    const r = FIRST_ROW + i;
    const where = [o.showUnit ? (unitName.get(e.unitId) ?? e.unitId) : "", e.reportYear !== undefined ? m.year(e.reportYear) : ""].filter(Boolean).join(" ");
    rows.push([e.indicatorId, e.label ?? "", where, m.kinds[e.kind] ?? e.kind, null, m.origin(o.oldVersion, `${e.sheet}!${e.cell}`)]);
    carried.push(...carryChanges(sheet, `${VALUE_COLUMN}${r}`, e, "General"));
    const key = slotKey({ kind: e.kind, ...(e.unitId ? { unitId: e.unitId } : {}), ...(e.kind !== "note" && e.reportYear !== undefined ? { year: e.reportYear } : {}) });
    addCell(o.cells, sheet, e.indicatorId, key, `${VALUE_COLUMN}${r}`);
    if (!named.has(e.indicatorId)) {
      named.add(e.indicatorId);
      addCell(o.cells, sheet, e.indicatorId, NAME_SLOT, `B${r}`);
    }
  });
  const last = FIRST_ROW + entries.length - 1;
  const body: WorkbookChange[] = [
    { op: "addSheet", sheet },
    { op: "setValues", sheet, at: "A1", values: rows },
    { op: "mergeCells", sheet, range: "A1:F1" },
    { op: "setStyle", sheet, range: "A1", style: { bold: true, wrap: true } },
    { op: "setStyle", sheet, range: "A2:F2", style: { bold: true, fill: COLOURS.header, horizontal: "center", border: true } },
    ...(entries.length > 0 ? [{ op: "setStyle", sheet, range: `A${FIRST_ROW}:F${last}`, style: { border: true, vertical: "top", wrap: true } } satisfies WorkbookChange] : []),
    ...carried,
    ...[24, 30, 16, 10, 16, 40].map((width, i): WorkbookChange => ({ op: "setColumnWidth", sheet, column: "ABCDEF"[i]!, width })),
    { op: "freezePanes", sheet, rows: 2, columns: 0 },
    { op: "setPageSetup", sheet, setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "1:2" } },
  ];
  return { body, finish: [protectChange(sheet, o.password)] };
}
