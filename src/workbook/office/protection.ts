// Sheet protection: the options Office.js takes, and keeping protected sheets writable for the
// changes that need it. On a protected sheet Excel refuses values in locked cells, formatting
// (unless allowFormatCells), column widths (unless allowFormatColumns), merges, validation and
// locking; and protect() fails on a sheet that is protected already (InvalidOperation on older
// builds, AccessDenied on recent ones). So protection is tracked through the plan: a sheet is
// unprotected before the first change it would refuse and protected again as it was.

import { both } from "../../core/i18n/messages";
import type { ProtectionOptions, WorkbookChange } from "../../core/workbook/workbook";
import { META_SHEET } from "./metadata";
import { jsonBytes } from "./payload";
import type { Probe } from "./probe";
import type { Localized } from "./requirements";
import { key, type SheetCache } from "./sheets";
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
  options: Excel.WorksheetProtectionOptions | undefined,
  password: string | undefined,
): void {
  // The password argument needs ExcelApi 1.7; without one, 1.2 suffices.
  if (password) protection.protect(options, password);
  else protection.protect(options);
}

export function unprotect(protection: Excel.WorksheetProtection, password: string | undefined): void {
  if (password) protection.unprotect(password);
  else protection.unprotect();
}

/** The sheet a change writes to, if any (setMetadata writes the metadata sheet). */
export function sheetOf(change: WorkbookChange): string | undefined {
  if (change.op === "setMetadata") return META_SHEET;
  if (change.op === "defineName" || change.op === "addSheet" || change.op === "deleteSheet") return undefined;
  return change.sheet;
}

/**
 * Whether Excel refuses `change` on a sheet protected with `options`. Values are counted as
 * refused: which cells are locked is not known without reading them.
 */
export function refusedWhenProtected(change: WorkbookChange, options: Excel.WorksheetProtectionOptions | undefined): boolean {
  switch (change.op) {
    case "setValues":
    case "setFormulas":
    case "setMetadata":
    case "mergeCells":
    case "setDataValidation":
    case "setLocked":
      return true;
    case "setNumberFormat":
    case "setStyle":
    case "addConditionalFormat":
      return options?.allowFormatCells !== true;
    case "setColumnWidth":
      return options?.allowFormatColumns !== true;
    case "addChart":
      return options?.allowEditObjects !== true;
    default:
      return false;
  }
}

interface Lock {
  name: string;
  protected: boolean;
  options: Excel.WorksheetProtectionOptions | undefined;
  /** known only when these changes protected it */
  password: string | undefined;
}

/** A sheet that was protected before the write and is unprotected at its start. */
export interface Unlocked {
  name: string;
  options: Excel.WorksheetProtectionOptions | undefined;
  password: string | undefined;
}

/** Protection state of every sheet while a plan is built. */
export class Locks {
  private readonly locks = new Map<string, Lock>();
  /** sheets to protect again at the end, as they were */
  private readonly relock = new Map<string, Lock>();
  readonly unlocked: Unlocked[] = [];

  constructor(
    private readonly add: AddStep,
    sheets: Probe["sheets"],
  ) {
    for (const [k, s] of sheets) this.locks.set(k, { name: s.name, protected: s.protected, options: s.options, password: undefined });
  }

  /**
   * Unprotects, first of all, every sheet protected now that the changes will write to or
   * protect again, so a password Excel asks for fails before anything is written. The password
   * is the one a protectSheet of these changes gives that sheet (assumed unchanged), if any.
   */
  unlockFirst(changes: readonly WorkbookChange[]): void {
    const gone = new Set<string>();
    for (const c of changes) {
      if (c.op === "deleteSheet") gone.add(key(c.sheet));
      const sheet = c.op === "protectSheet" ? c.sheet : sheetOf(c);
      if (sheet === undefined || gone.has(key(sheet))) continue;
      const lock = this.locks.get(key(sheet));
      if (!lock?.protected) continue;
      if (c.op !== "protectSheet" && !refusedWhenProtected(c, lock.options)) continue;
      const again = changes.find((p): p is Extract<WorkbookChange, { op: "protectSheet" }> => p.op === "protectSheet" && key(p.sheet) === key(sheet));
      const password = again?.options?.password || undefined;
      this.unlocked.push({ name: lock.name, options: lock.options, password });
      this.relock.set(key(sheet), { ...lock, password });
      this.queueUnprotect(lock, password);
    }
  }

  added(sheet: string): void {
    this.locks.set(key(sheet), { name: sheet, protected: false, options: undefined, password: undefined });
  }

  deleted(sheet: string): void {
    this.locks.delete(key(sheet));
    this.relock.delete(key(sheet));
  }

  /** Before `change` writes to `sheet`: unprotect it if these changes protected it and it would refuse. */
  beforeWrite(sheet: string, change: WorkbookChange): void {
    const lock = this.locks.get(key(sheet));
    if (!lock?.protected || !refusedWhenProtected(change, lock.options)) return;
    if (!this.relock.has(key(sheet))) this.relock.set(key(sheet), { ...lock });
    this.queueUnprotect(lock, lock.password);
  }

  /** Protects `sheet`, unprotecting it first if these changes protected it already. */
  protect(sheet: string, options: Excel.WorksheetProtectionOptions | undefined, password: string | undefined): void {
    const lock = this.locks.get(key(sheet)) ?? { name: sheet, protected: false, options: undefined, password: undefined };
    if (lock.protected) this.queueUnprotect(lock, lock.password);
    const name = lock.name;
    this.add(2, jsonBytes(options ?? {}), (t) => protect(t.get(name).protection, options, password));
    this.locks.set(key(sheet), { name, protected: true, options, password });
    this.relock.delete(key(sheet));
  }

  /** Protect again what was unprotected for the writes and not protected since. */
  finish(): void {
    for (const lock of [...this.relock.values()]) this.protect(lock.name, lock.options, lock.password);
  }

  private queueUnprotect(lock: Lock, password: string | undefined): void {
    const name = lock.name;
    this.add(2, 0, (t) => unprotect(t.get(name).protection, password));
    lock.protected = false;
  }
}

/** A protected sheet could not be unprotected: it has a password the changes do not give. */
export class SheetPasswordError extends Error {
  readonly sheets: string[];
  readonly messages: Localized;

  constructor(sheets: string[], options?: ErrorOptions) {
    const list = (quote: (s: string) => string, sep: string) => sheets.map(quote).join(sep);
    const messages = both((m, locale) => m.officeHost.sheetPassword(locale === "zh-CN" ? list((s) => `“${s}”`, "、") : list((s) => `"${s}"`, ", ")));
    super(`${messages["zh-CN"]}\n${messages["en-US"]}`, options);
    this.name = "SheetPasswordError";
    this.sheets = sheets;
    this.messages = messages;
  }
}

/**
 * After the first write request failed: is a sheet it unprotected first still protected? Excel
 * stops a batch at the first failing command, so the first such sheet (in unprotect order) is
 * where it stopped: its password is the reason, and nothing after it ran. Protects again the
 * sheets unprotected before it and throws in the user's words; returns when protection was not
 * the reason.
 */
export async function explainLocked(target: SheetCache, unlocked: readonly Unlocked[], cause: unknown): Promise<void> {
  const context = target.context;
  const states = unlocked.map((u) => {
    const protection = context.workbook.worksheets.getItem(u.name).protection;
    protection.load("protected");
    return { u, protection };
  });
  await context.sync();
  const stop = states.findIndex((s) => s.protection.protected);
  if (stop < 0) return;
  for (const s of states.slice(0, stop)) protect(s.protection, s.u.options, s.u.password);
  await context.sync();
  throw new SheetPasswordError([states[stop]!.u.name], { cause });
}
