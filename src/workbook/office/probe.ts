// The probe before a write: which sheets and names exist, which sheets are protected, and what
// the metadata sheet holds. Only what the changes need is loaded.

import { parseRange } from "../../core/workbook/a1";
import type { WorkbookChange } from "../../core/workbook/workbook";
import { META_SHEET, metaRows } from "./metadata";
import { localAddress } from "./read";
import { key } from "./sheets";

export interface Probe {
  /** existing sheets by key(name), with protection state when it was asked for */
  sheets: Map<string, { name: string; protected: boolean }>;
  names: Set<string>;
  /** metadata rows by key (sheet row numbers) and the last row used */
  meta: { rows: Map<string, number>; last: number };
  /** whether protect/unprotect (ExcelApi 1.2) may be used for the metadata sheet */
  canProtect: boolean;
}

/** 1 sync, + 1 only when merging into existing metadata; returns the probe and the syncs made. */
export async function probe(
  context: Excel.RequestContext,
  changes: readonly WorkbookChange[],
  canProtect: boolean,
): Promise<{ probe: Probe; syncs: number }> {
  let syncs = 0;
  // Probe: which sheets and names exist, and (if we will protect) which sheets already are.
  const wantMeta = changes.some((c) => c.op === "setMetadata");
  const wantProtection = changes.some((c) => c.op === "protectSheet") || (wantMeta && canProtect);
  const worksheets = context.workbook.worksheets;
  worksheets.load(wantProtection ? "items/name,items/protection/protected" : "items/name");
  const namedItems = context.workbook.names;
  const wantNames = changes.some((c) => c.op === "defineName");
  if (wantNames) namedItems.load("items/name");
  await context.sync();
  syncs++;

  const found: Probe = { sheets: new Map(), names: new Set(), meta: { rows: new Map(), last: 0 }, canProtect };
  for (const ws of worksheets.items) {
    found.sheets.set(key(ws.name), { name: ws.name, protected: wantProtection && ws.protection.protected });
  }
  if (wantNames) for (const item of namedItems.items) found.names.add(key(item.name));

  // Metadata merges into what is there, so read it (only when there is something to merge).
  if (wantMeta && found.sheets.has(key(META_SHEET))) {
    const used = worksheets.getItem(META_SHEET).getUsedRange();
    used.load("address,values");
    await context.sync();
    syncs++;
    const address = used.address;
    const values = used.values;
    const rows = metaRows(address, values);
    const lastRow = parseRange(localAddress(address)).end.row;
    found.meta = { rows: new Map(rows.map((r) => [r.key, r.row])), last: Math.max(1, lastRow) };
  }
  return { probe: found, syncs };
}
