// Putting a layout into a workbook that already has sheets: never overwrite one without asking.
// The caller shows the conflicts and, when the person agrees, asks again with `replace`.
import type { SheetInfo, WorkbookChange } from "../workbook/workbook";

export type InsertPlan = { ok: true; changes: WorkbookChange[] } | { ok: false; conflicts: string[] };

/** Holds the workbook open while every visible sheet is replaced; deleted once new ones exist. */
export const PLACEHOLDER_SHEET = "_it_placeholder";

export function planInsert(existing: readonly SheetInfo[], changes: readonly WorkbookChange[], options: { replace?: boolean } = {}): InsertPlan {
  const key = (name: string) => name.toLowerCase(); // Excel compares sheet names case-insensitively
  const have = new Map(existing.map((s) => [key(s.name), s.name]));
  const added = changes.flatMap((c) => (c.op === "addSheet" ? [c.sheet] : []));
  const conflicts = added.flatMap((name) => {
    const found = have.get(key(name));
    return found ? [found] : [];
  });
  if (conflicts.length === 0) return { ok: true, changes: [...changes] };
  if (!options.replace) return { ok: false, conflicts };
  const deletes = conflicts.map((sheet): WorkbookChange => ({ op: "deleteSheet", sheet }));
  const replaced = new Set(conflicts.map(key));
  if (existing.some((s) => s.visibility === "visible" && !replaced.has(key(s.name)))) return { ok: true, changes: [...deletes, ...changes] };

  // Excel refuses to delete the last visible sheet, so a placeholder keeps one visible while
  // the old sheets go; it goes too once the layout has added a visible sheet of its own.
  const taken = new Set([...existing.map((s) => key(s.name)), ...added.map(key)]);
  let placeholder = PLACEHOLDER_SHEET;
  for (let i = 2; taken.has(key(placeholder)); i++) placeholder = `${PLACEHOLDER_SHEET}${i}`;
  const addsVisible = changes.some((c) => c.op === "addSheet" && (c.visibility ?? "visible") === "visible");
  return {
    ok: true,
    changes: [
      { op: "addSheet", sheet: placeholder },
      ...deletes,
      ...changes,
      ...(addsVisible ? [{ op: "deleteSheet", sheet: placeholder } satisfies WorkbookChange] : []),
    ],
  };
}
