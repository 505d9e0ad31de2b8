// Reading a filled template back: the hidden cell map says where every input cell is, so each
// one is read by position with its raw value, number format and formula, never by guessing from
// headers or row order. One metadata read and one read of all sheets, whatever the size.
import { both, type Bilingual } from "../i18n/messages";
import type { Entry } from "./entries";
import { parseCell, rangeAddress, type RangeRef } from "../workbook/a1";
import type { RangeQuery, Workbook } from "../workbook/workbook";
import { cellMapFrom, NAME_SLOT, parseSlotKey, type CellMap } from "./cell-map";
import type { LayoutKind } from "./layout";
import { LAYOUT_KINDS, TEMPLATE_FORMAT, TEMPLATE_KEYS } from "./metadata";

export interface TemplateInfo {
  layout: LayoutKind;
  setId: string;
  setVersion: string;
  setHash: string;
  /** the unit of a unit form */
  unitId?: string;
  years: number[];
  /** the removed-data sheet, when an upgrade made one */
  removedSheet?: string;
}

export interface TemplateEntry extends Entry {
  /** the reporting year, also for a single-year set (where `year` stays undefined, as
   *  validation expects); for a baseline, the year it is the baseline of; none for a note */
  reportYear?: number;
  /** on the removed-data sheet: the set no longer asks for this cell */
  removed: boolean;
  /** the indicator's name as the workbook shows it */
  label?: string;
}

export interface FilledTemplate {
  info: TemplateInfo;
  entries: TemplateEntry[];
  metadata: Record<string, string>;
  cells: CellMap;
}

export class NotATemplateError extends Error {
  constructor(readonly detail: Bilingual) {
    super(detail["en-US"]);
  }
}

export function templateInfo(metadata: Record<string, string>): TemplateInfo {
  const layout = metadata[TEMPLATE_KEYS.layout] as LayoutKind | undefined;
  if (metadata[TEMPLATE_KEYS.format] !== TEMPLATE_FORMAT || !layout || !LAYOUT_KINDS.includes(layout)) {
    throw new NotATemplateError(both((m) => m.template.read.notATemplate));
  }
  const years = (metadata[TEMPLATE_KEYS.years] ?? "")
    .split(",")
    .filter((y) => y !== "")
    .map(Number);
  if (years.length === 0 || years.some((y) => !Number.isInteger(y))) throw new NotATemplateError(both((m) => m.template.read.damaged(TEMPLATE_KEYS.years)));
  const unitId = metadata[TEMPLATE_KEYS.unitId];
  if (layout === "unit-form" && !unitId) throw new NotATemplateError(both((m) => m.template.read.damaged(TEMPLATE_KEYS.unitId)));
  const removedSheet = metadata[TEMPLATE_KEYS.removedSheet];
  return {
    layout,
    setId: metadata[TEMPLATE_KEYS.setId] ?? "",
    setVersion: metadata[TEMPLATE_KEYS.setVersion] ?? "",
    setHash: metadata[TEMPLATE_KEYS.setHash] ?? "",
    ...(unitId ? { unitId } : {}),
    years,
    ...(removedSheet ? { removedSheet } : {}),
  };
}

export async function readEntries(workbook: Workbook): Promise<FilledTemplate> {
  const metadata = await workbook.metadata();
  const info = templateInfo(metadata);
  const cells = cellMapFrom(metadata);
  if (!cells) throw new NotATemplateError(both((m) => m.template.read.damaged("template.cells")));

  // One query per sheet: the rectangle around its mapped cells.
  const boxes = new Map<string, RangeRef>();
  for (const [sheet, ids] of cells) {
    for (const slots of ids.values()) {
      for (const address of slots.values()) {
        let c;
        try {
          c = parseCell(address);
        } catch {
          throw new NotATemplateError(both((m) => m.template.read.damaged(`${sheet}!${address}`)));
        }
        const box = boxes.get(sheet);
        if (!box) boxes.set(sheet, { start: { ...c }, end: { ...c } });
        else {
          box.start = { row: Math.min(box.start.row, c.row), column: Math.min(box.start.column, c.column) };
          box.end = { row: Math.max(box.end.row, c.row), column: Math.max(box.end.column, c.column) };
        }
      }
    }
  }
  const queries: RangeQuery[] = [...boxes].map(([sheet, box]) => ({ sheet, range: rangeAddress(box) }));
  const snapshots = await workbook.read(queries);

  const entries: TemplateEntry[] = [];
  queries.forEach((q, i) => {
    const snap = snapshots[i]!;
    const box = boxes.get(q.sheet)!;
    const at = (address: string) => {
      const c = parseCell(address);
      const r = c.row - box.start.row;
      const k = c.column - box.start.column;
      return { raw: snap.values[r]?.[k] ?? null, numberFormat: snap.numberFormats[r]?.[k] ?? "General", formula: snap.formulas[r]?.[k] ?? null };
    };
    const removed = info.removedSheet !== undefined && q.sheet === info.removedSheet;
    for (const [indicatorId, slots] of cells.get(q.sheet)!) {
      const nameCell = slots.get(NAME_SLOT);
      const shown = nameCell !== undefined ? at(nameCell).raw : null;
      const label = typeof shown === "string" ? shown : undefined;
      for (const [key, address] of slots) {
        if (key === NAME_SLOT) continue;
        const slot = parseSlotKey(key);
        if (!slot) throw new NotATemplateError(both((m) => m.template.read.damaged(`${q.sheet}!${address} ${key}`)));
        const unitId = slot.unitId ?? info.unitId ?? "";
        const reportYear = slot.kind === "note" ? undefined : (slot.year ?? (info.years.length === 1 ? info.years[0] : undefined));
        entries.push({
          sheet: q.sheet,
          cell: address,
          indicatorId,
          unitId,
          ...(slot.year !== undefined ? { year: slot.year } : {}),
          kind: slot.kind,
          ...at(address),
          ...(reportYear !== undefined ? { reportYear } : {}),
          removed,
          ...(label !== undefined ? { label } : {}),
        });
      }
    }
  });
  return { info, entries, metadata, cells };
}
