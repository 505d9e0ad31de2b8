// CellStyle -> exceljs style, applied copy-on-write: after loading a file exceljs hands every
// cell of one style id the SAME style object, so mutating `cell.numFmt` or `cell.font.bold`
// in place would restyle unrelated cells. We always assign fresh objects.
import type * as ExcelJS from "exceljs";
import type { CellStyle } from "../../core/workbook/workbook";
import { MAX_FONT_SIZE, MAX_NUMBER_FORMAT_LENGTH } from "./limits";

/** `#RRGGBB` -> exceljs ARGB (`FFRRGGBB`); throws on anything else. */
export function argb(colour: unknown, what: string): string {
  if (typeof colour !== "string" || !/^#[0-9A-Fa-f]{6}$/.test(colour)) {
    throw new Error(`${what} must be a #RRGGBB colour, got ${JSON.stringify(colour)}`);
  }
  return `FF${colour.slice(1).toUpperCase()}`;
}

export function solidFill(colour: string, what: string): ExcelJS.FillPattern {
  return { type: "pattern", pattern: "solid", fgColor: { argb: argb(colour, what) } };
}

const HORIZONTAL = new Set(["left", "center", "right"]);
const VERTICAL = new Set(["top", "middle", "bottom"]);
const THIN: Partial<ExcelJS.Border> = { style: "thin" };

/** Throws when a style has a value exceljs/Excel cannot take. */
export function checkStyle(style: CellStyle): void {
  if (typeof style !== "object" || style === null) throw new Error("style must be an object");
  for (const key of ["bold", "italic", "wrap", "border"] as const) {
    if (style[key] !== undefined && typeof style[key] !== "boolean") throw new Error(`style.${key} must be true or false`);
  }
  if (style.fontSize !== undefined && !(typeof style.fontSize === "number" && style.fontSize >= 1 && style.fontSize <= MAX_FONT_SIZE)) {
    throw new Error(`style.fontSize must be a number from 1 to ${MAX_FONT_SIZE}`);
  }
  if (style.fontColor !== undefined) argb(style.fontColor, "style.fontColor");
  if (style.fill !== undefined) argb(style.fill, "style.fill");
  if (style.horizontal !== undefined && !HORIZONTAL.has(style.horizontal)) throw new Error(`style.horizontal must be left, center or right`);
  if (style.vertical !== undefined && !VERTICAL.has(style.vertical)) throw new Error(`style.vertical must be top, middle or bottom`);
}

export function numberFormatProblem(format: unknown): string | undefined {
  if (typeof format !== "string" || format === "") return "a number format must be a non-empty string";
  if (format.length > MAX_NUMBER_FORMAT_LENGTH) return `number format longer than ${MAX_NUMBER_FORMAT_LENGTH} characters`;
  return undefined;
}

/** Replace the cell's style object with a patched copy (never mutate: see the file note). */
export function patchStyle(cell: ExcelJS.Cell, patch: Partial<ExcelJS.Style>): void {
  cell.style = { ...cell.style, ...patch };
}

export function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  const old = cell.style;
  const patch: Partial<ExcelJS.Style> = {};
  if (style.bold !== undefined || style.italic !== undefined || style.fontSize !== undefined || style.fontColor !== undefined) {
    const font: Partial<ExcelJS.Font> = { ...old.font };
    if (style.bold !== undefined) font.bold = style.bold;
    if (style.italic !== undefined) font.italic = style.italic;
    if (style.fontSize !== undefined) font.size = style.fontSize;
    if (style.fontColor !== undefined) font.color = { argb: argb(style.fontColor, "style.fontColor") };
    patch.font = font;
  }
  if (style.fill !== undefined) patch.fill = solidFill(style.fill, "style.fill");
  if (style.wrap !== undefined || style.horizontal !== undefined || style.vertical !== undefined) {
    const alignment: Partial<ExcelJS.Alignment> = { ...old.alignment };
    if (style.wrap !== undefined) alignment.wrapText = style.wrap;
    if (style.horizontal !== undefined) alignment.horizontal = style.horizontal;
    // exceljs spells Excel's vertical "center" as "middle", like our CellStyle
    if (style.vertical !== undefined) alignment.vertical = style.vertical;
    patch.alignment = alignment;
  }
  if (style.border !== undefined) {
    patch.border = style.border ? { top: THIN, left: THIN, bottom: THIN, right: THIN } : {};
  }
  patchStyle(cell, patch);
}

export function applyNumberFormat(cell: ExcelJS.Cell, format: string): void {
  patchStyle(cell, { numFmt: format });
}

export function applyLocked(cell: ExcelJS.Cell, locked: boolean): void {
  patchStyle(cell, { protection: { ...cell.style.protection, locked } });
}
