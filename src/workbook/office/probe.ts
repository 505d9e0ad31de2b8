// The probe before a write: which sheets and names exist, which sheets are protected, and what
// the metadata sheet holds. Only what the changes need is loaded.

import type { WorkbookChange } from "../../core/workbook/workbook";
import { META_SHEET, readMetaRows } from "./metadata";
import type { Capabilities } from "./requirements";
import { key } from "./sheets";

export interface ProbedSheet {
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  /** false when the host cannot tell (before ExcelApi 1.2) */
  protected: boolean;
  options?: Excel.WorksheetProtectionOptions;
}

export interface Probe {
  /** existing sheets by key(name), with protection state and options when the host has them */
  sheets: Map<string, ProbedSheet>;
  names: Set<string>;
  /** metadata rows by key (sheet row numbers) and the last row used */
  meta: { rows: Map<string, number>; last: number };
  /** whether protection (ExcelApi 1.2) can be read and changed on this host */
  canProtect: boolean;
}

/** 1 sync, + 2 only when merging into existing metadata; returns the probe and the syncs made. */
export async function probe(
  context: Excel.RequestContext,
  changes: readonly WorkbookChange[],
  caps: Capabilities,
  budget: number,
): Promise<{ probe: Probe; syncs: number }> {
  const canProtect = caps.has("protection");
  let syncs = 0;
  // Probe: which sheets and names exist, how visible, and (when the host can tell) which are
  // protected and how: a protected sheet refuses some writes, and protect() fails on it.
  const wantMeta = changes.some((c) => c.op === "setMetadata");
  const worksheets = context.workbook.worksheets;
  worksheets.load(canProtect ? "items/name,items/visibility,items/protection/protected,items/protection/options" : "items/name,items/visibility");
  const namedItems = context.workbook.names;
  const wantNames = changes.some((c) => c.op === "defineName");
  if (wantNames) namedItems.load("items/name");
  await context.sync();
  syncs++;

  const found: Probe = { sheets: new Map(), names: new Set(), meta: { rows: new Map(), last: 0 }, canProtect };
  for (const ws of worksheets.items) {
    const visibility = String(ws.visibility) as ProbedSheet["visibility"];
    const sheet: ProbedSheet = { name: ws.name, visibility, protected: false };
    if (canProtect) {
      sheet.protected = ws.protection.protected;
      sheet.options = ws.protection.options;
    }
    found.sheets.set(key(ws.name), sheet);
  }
  if (wantNames) for (const item of namedItems.items) found.names.add(key(item.name));

  // Metadata merges into what is there, so read it (only when there is something to merge).
  if (wantMeta && found.sheets.has(key(META_SHEET))) {
    const counter = { syncs: 0 };
    const { rows, last } = await readMetaRows(context, caps, budget, counter);
    syncs += counter.syncs;
    found.meta = { rows: new Map(rows.map((r) => [r.key, r.row])), last };
  }
  return { probe: found, syncs };
}
