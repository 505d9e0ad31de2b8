// Sheet protection: the options Office.js takes, and protecting/unprotecting around writes.

import type { ProtectionOptions, WorkbookChange } from "../../core/workbook/workbook";
import type { Probe } from "./probe";
import { key } from "./sheets";
import type { AddStep } from "./step";

export function protectionOptions(options: ProtectionOptions | undefined): {
  options: Excel.WorksheetProtectionOptions;
  password: string | undefined;
} {
  const result: Excel.WorksheetProtectionOptions = {};
  if (options?.allowFormatCells !== undefined) result.allowFormatCells = options.allowFormatCells;
  if (options?.allowResizeColumns !== undefined) result.allowFormatColumns = options.allowResizeColumns;
  if (options?.allowResizeRows !== undefined) result.allowFormatRows = options.allowResizeRows;
  if (options?.allowSort !== undefined) result.allowSort = options.allowSort;
  if (options?.allowAutoFilter !== undefined) result.allowAutoFilter = options.allowAutoFilter;
  return { options: result, password: options?.password || undefined };
}

export function protect(
  protection: Excel.WorksheetProtection,
  options: Excel.WorksheetProtectionOptions,
  password: string | undefined,
): void {
  // The password argument needs ExcelApi 1.7; without one, 1.2 suffices.
  if (password) protection.protect(options, password);
  else protection.protect(options);
}

/**
 * A sheet that is protected now and will be protected again by these changes is unprotected
 * first, so the writes in between can reach its locked cells (protect() fails on a protected sheet).
 */
export function unprotectSteps(add: AddStep, changes: readonly WorkbookChange[], sheets: Probe["sheets"]): void {
  const deleted = new Set(changes.filter((c) => c.op === "deleteSheet").map((c) => key(c.sheet)));
  const unprotected = new Set<string>();
  for (const c of changes) {
    if (c.op !== "protectSheet" || unprotected.has(key(c.sheet)) || deleted.has(key(c.sheet))) continue;
    const existing = sheets.get(key(c.sheet));
    if (!existing?.protected) continue;
    unprotected.add(key(c.sheet));
    const password = c.options?.password;
    add(2, 0, (t) => {
      const protection = t.get(existing.name).protection;
      if (password) protection.unprotect(password);
      else protection.unprotect();
    });
  }
}
