// Putting a layout into a workbook that already has sheets: never overwrite one without asking.
// The caller shows the conflicts and, when the person agrees, asks again with `replace`.
import type { SheetInfo, WorkbookChange } from "../workbook/workbook";

export type InsertPlan = { ok: true; changes: WorkbookChange[] } | { ok: false; conflicts: string[] };

export function planInsert(existing: readonly SheetInfo[], changes: readonly WorkbookChange[], options: { replace?: boolean } = {}): InsertPlan {
  const have = new Map(existing.map((s) => [s.name.toLowerCase(), s.name])); // Excel compares sheet names case-insensitively
  const added = changes.flatMap((c) => (c.op === "addSheet" ? [c.sheet] : []));
  const conflicts = added.flatMap((name) => {
    const found = have.get(name.toLowerCase());
    return found ? [found] : [];
  });
  if (conflicts.length === 0) return { ok: true, changes: [...changes] };
  if (!options.replace) return { ok: false, conflicts };
  return { ok: true, changes: [...conflicts.map((sheet): WorkbookChange => ({ op: "deleteSheet", sheet })), ...changes] };
}
