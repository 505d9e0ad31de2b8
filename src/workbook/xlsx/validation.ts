// DataValidation -> exceljs data validation, and the per-cell model squeezed back into
// non-overlapping rectangles for writing.
import type * as ExcelJS from "exceljs";
import { parseCell, rangeAddress, type RangeRef } from "../../core/workbook/a1";
import type { DataValidation } from "../../core/workbook/workbook";
import { forEachCell } from "./cells";
import { setValidationModel, validationModel } from "./internals";

// Excel's limits on the dialog texts (MS-XLS DValStrings) and on an inline list.
const MAX_TITLE = 32;
const MAX_PROMPT = 255;
const MAX_ERROR = 225;
const MAX_LIST_FORMULA = 255;

const ONE_VALUE = new Set(["greaterThanOrEqual", "greaterThan", "lessThanOrEqual", "lessThan", "equal", "notEqual"]);
const ERROR_STYLES = new Set(["stop", "warning", "information"]);

function bound(n: unknown, kind: string, what: string): number {
  if (typeof n !== "number" || !Number.isFinite(n)) throw new Error(`validation ${what} must be a finite number, got ${JSON.stringify(n)}`);
  if (kind === "whole" && !Number.isInteger(n)) throw new Error(`validation ${what} ${n} must be a whole number for a whole-number rule`);
  return n;
}

function text(s: unknown, max: number, what: string): string {
  if (typeof s !== "string") throw new Error(`validation ${what} must be a string`);
  if (s.length > max) throw new Error(`validation ${what} has ${s.length} characters; Excel allows at most ${max}`);
  return s;
}

/** The formula for an inline list: `"a,b,c"`. Excel splits it on commas and cannot escape
 *  one, so an item holding a comma is refused rather than silently split in two. */
export function listFormula(items: readonly string[]): string {
  if (!Array.isArray(items) || items.length === 0) throw new Error("a list validation needs at least one item");
  for (const item of items) {
    if (typeof item !== "string" || item === "") throw new Error(`list validation items must be non-empty strings, got ${JSON.stringify(item)}`);
    if (item.includes(",")) {
      throw new Error(`list validation item "${item}" contains a comma, which an inline Excel list cannot hold; use another separator or a list kept in cells`);
    }
  }
  // a formula string literal: quotes inside are doubled
  const formula = `"${items.join(",").replace(/"/g, '""')}"`;
  if (formula.length - 2 > MAX_LIST_FORMULA) {
    throw new Error(`list validation items total ${formula.length - 2} characters; an inline Excel list holds at most ${MAX_LIST_FORMULA}`);
  }
  return formula;
}

/** Map (and check) one validation; throws a clear Error on anything Excel would not accept. */
export function toExcelValidation(v: DataValidation): ExcelJS.DataValidation {
  if (typeof v !== "object" || v === null || typeof v.rule !== "object" || v.rule === null) throw new Error("a data validation needs a rule");
  if (typeof v.allowBlank !== "boolean") throw new Error("validation allowBlank must be true or false");
  const { rule } = v;
  let out: ExcelJS.DataValidation;
  switch (rule.kind) {
    case "decimal":
    case "whole":
      if (rule.operator === "between" || rule.operator === "notBetween") {
        const min = bound(rule.min, rule.kind, "min");
        const max = bound(rule.max, rule.kind, "max");
        if (min > max) throw new Error(`validation min ${min} is greater than max ${max}`);
        out = { type: rule.kind, operator: rule.operator, formulae: [min, max] };
      } else if (ONE_VALUE.has(rule.operator) && "value" in rule) {
        out = { type: rule.kind, operator: rule.operator, formulae: [bound(rule.value, rule.kind, "value")] };
      } else {
        throw new Error(`unknown validation operator ${JSON.stringify((rule as { operator?: unknown }).operator)}`);
      }
      break;
    case "list":
      out = { type: "list", formulae: [listFormula(rule.items)] };
      break;
    case "textLength": {
      if (rule.operator !== "lessThanOrEqual") throw new Error(`textLength validation supports lessThanOrEqual only`);
      const n = bound(rule.value, "whole", "value");
      if (n < 0) throw new Error(`textLength validation value ${n} is negative`);
      out = { type: "textLength", operator: "lessThanOrEqual", formulae: [n] };
      break;
    }
    default:
      throw new Error(`unknown validation kind ${JSON.stringify((rule as { kind?: unknown }).kind)}`);
  }
  out.allowBlank = v.allowBlank;
  if (v.prompt) {
    out.showInputMessage = true;
    out.promptTitle = text(v.prompt.title, MAX_TITLE, "prompt title");
    out.prompt = text(v.prompt.message, MAX_PROMPT, "prompt message");
  }
  // The file format's default is showErrorMessage=0, under which Excel accepts anything;
  // the rule is only enforced with the alert on, so it is always on (Excel's own default).
  out.showErrorMessage = true;
  if (v.error) {
    if (!ERROR_STYLES.has(v.error.style)) throw new Error(`validation error style must be stop, warning or information`);
    out.errorStyle = v.error.style;
    out.errorTitle = text(v.error.title, MAX_TITLE, "error title");
    out.error = text(v.error.message, MAX_ERROR, "error message");
  }
  return out;
}

// A unit form's validations are frozen objects shared by every unit of a set (core's
// unit-form-cache.ts): each is checked, converted and serialised once, not once per form. Only
// what is frozen all the way down is kept, as nothing can change it afterwards.
const converted = new WeakMap<DataValidation, ExcelJS.DataValidation>();
const serialised = new WeakMap<ExcelJS.DataValidation, string>();

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deeplyFrozen);
}

/** `toExcelValidation`, once per frozen validation (the result frozen too). */
export function excelValidation(v: DataValidation): ExcelJS.DataValidation {
  const known = converted.get(v);
  if (known) return known;
  const dv = toExcelValidation(v);
  if (deeplyFrozen(v)) converted.set(v, deepFreeze(dv));
  return dv;
}

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) for (const v of Object.values(Object.freeze(value))) deepFreeze(v);
  return value;
}

/** The JSON of a validation, what identical ones are grouped by; kept for frozen ones. */
function keyOf(dv: ExcelJS.DataValidation): string {
  let key = serialised.get(dv);
  if (key === undefined) {
    key = JSON.stringify(dv);
    if (deeplyFrozen(dv)) serialised.set(dv, key);
  }
  return key;
}

/** Set per cell, as exceljs itself does when loading, so a later validation on an overlapping
 *  range simply replaces the earlier one cell by cell. */
export function setDataValidation(ws: ExcelJS.Worksheet, range: RangeRef, v: DataValidation): void {
  const dv = excelValidation(v);
  const model = validationModel(ws);
  forEachCell(ws, range, (cell) => {
    model[cell.address] = dv;
  });
}

/** Cover each group of identical validations with disjoint rectangles: exceljs's own squeezer
 *  sorts addresses as text (B10 before B2) and then emits overlapping ranges (B10:B12 and
 *  B2:B12), which Excel treats as a damaged file. */
export function compressValidations(model: Record<string, ExcelJS.DataValidation | undefined>): Record<string, ExcelJS.DataValidation> {
  const groups = new Map<string, { dv: ExcelJS.DataValidation; cells: { row: number; column: number }[] }>();
  // every cell of one change holds the same object: serialise each object once, not per cell
  const keys = new Map<ExcelJS.DataValidation, string>();
  for (const [address, dv] of Object.entries(model)) {
    if (!dv) continue;
    let key = keys.get(dv);
    if (key === undefined) keys.set(dv, (key = keyOf(dv)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { dv, cells: [] }));
    if (address.includes(":")) {
      // a range key (never made by us, but exceljs allows it): expand it
      const [a, b] = address.split(":") as [string, string];
      const s = parseCell(a);
      const e = parseCell(b);
      for (let r = s.row; r <= e.row; r++) for (let c = s.column; c <= e.column; c++) group.cells.push({ row: r, column: c });
    } else {
      group.cells.push(cellOf(address));
    }
  }
  const out: Record<string, ExcelJS.DataValidation> = {};
  for (const { dv, cells } of groups.values()) {
    for (const rect of rectangles(cells)) out[rangeAddress(rect)] = dv;
  }
  return out;
}

/** `E12` → row 12, column 5 without a regular expression (one call per validated cell);
 *  anything but plain capitals and digits goes through parseCell. */
function cellOf(address: string): { row: number; column: number } {
  let column = 0;
  let i = 0;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
  }
  let row = 0;
  const digits = i;
  for (; i < address.length; i++) {
    const code = address.charCodeAt(i);
    if (code < 48 || code > 57) return parseCell(address);
    row = row * 10 + (code - 48);
  }
  // what parseCell would refuse or read otherwise: let it say so
  if (digits === 0 || digits > 3 || digits === address.length || address.length - digits > 7 || column > 16384 || row < 1 || row > 1048576) return parseCell(address);
  return { row, column };
}

/** Vertical runs per column, then runs with the same rows in adjacent columns joined. */
function rectangles(cells: { row: number; column: number }[]): RangeRef[] {
  const sorted = [...cells].sort((a, b) => a.column - b.column || a.row - b.row);
  const runs: { column: number; top: number; bottom: number }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.column === c.column && c.row <= last.bottom + 1) last.bottom = Math.max(last.bottom, c.row);
    else runs.push({ column: c.column, top: c.row, bottom: c.row });
  }
  const open = new Map<string, RangeRef>(); // rows "top:bottom" -> rectangle still growing right
  const done: RangeRef[] = [];
  for (const run of runs) {
    const key = `${run.top}:${run.bottom}`;
    const rect = open.get(key);
    if (rect && rect.end.column === run.column - 1) {
      rect.end.column = run.column;
    } else {
      if (rect) done.push(rect);
      open.set(key, { start: { row: run.top, column: run.column }, end: { row: run.bottom, column: run.column } });
    }
  }
  return [...done, ...open.values()];
}

/** Swap in the compressed model for writing; returns the undo. */
export function compressForWrite(ws: ExcelJS.Worksheet): () => void {
  const model = validationModel(ws);
  setValidationModel(ws, compressValidations(model));
  return () => setValidationModel(ws, model);
}

