// CellStyle -> exceljs style, applied copy-on-write: after loading a file exceljs hands every
// cell of one style id the SAME style object, and so do we (see `restyle`), so mutating
// `cell.numFmt` or `cell.font.bold` in place would restyle unrelated cells. We never do.
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

type Style = Partial<ExcelJS.Style>;

// One style object per distinct style, not per cell. Per workbook: cells that had the same style
// object and get the same change share the result, and results are shared by content (two
// orders of changes that end in the same style end in the same object). exceljs's writer turns
// each object into its style id once (it remembers objects it has seen), instead of rendering
// every cell's style as XML. New cells each start with their own empty object: all count as one.
interface Styles {
  /** old style object (EMPTY for any empty one) → change key → new style object */
  derived: WeakMap<Style, Map<string, Style>>;
  /** JSON of a style → its one object */
  byContent: Map<string, Style>;
}
const EMPTY: Style = {};
const perWorkbook = new WeakMap<ExcelJS.Workbook, Styles>();

function stylesOf(wb: ExcelJS.Workbook): Styles {
  let styles = perWorkbook.get(wb);
  if (!styles) perWorkbook.set(wb, (styles = { derived: new WeakMap(), byContent: new Map() }));
  return styles;
}

/** The function giving a cell `make(old)`, made once per old style object; `key` names the change. */
function restyler(wb: ExcelJS.Workbook, key: string, make: (old: Style) => Style): (cell: ExcelJS.Cell) => void {
  const { derived, byContent } = stylesOf(wb);
  return (cell) => {
    const old: Style = cell.style;
    const base = Object.keys(old).length === 0 ? EMPTY : old;
    let byKey = derived.get(base);
    if (!byKey) derived.set(base, (byKey = new Map()));
    let next = byKey.get(key);
    if (!next) {
      next = make(old);
      const json = JSON.stringify(next);
      const same = byContent.get(json);
      if (same) next = same;
      else byContent.set(json, next);
      byKey.set(key, next);
    }
    cell.style = next as ExcelJS.Style;
  };
}

function styledCopy(old: Style, style: CellStyle): Style {
  const patch: Style = {};
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
  return { ...old, ...patch };
}

/** The function that applies `style` to a cell of `wb` (the same for every cell of one change). */
export function styler(wb: ExcelJS.Workbook, style: CellStyle): (cell: ExcelJS.Cell) => void {
  return restyler(wb, `s${JSON.stringify(style)}`, (old) => styledCopy(old, style));
}

export function numberFormatter(wb: ExcelJS.Workbook, format: string): (cell: ExcelJS.Cell) => void {
  return restyler(wb, `n${format}`, (old) => ({ ...old, numFmt: format }));
}

export function locker(wb: ExcelJS.Workbook, locked: boolean): (cell: ExcelJS.Cell) => void {
  return restyler(wb, `l${locked}`, (old) => ({ ...old, protection: { ...old.protection, locked } }));
}
