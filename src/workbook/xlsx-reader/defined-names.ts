// Defined names as XlsxWorkbook.names() lists them (src/workbook/xlsx/defined-names.ts
// listNames over exceljs 4.4's DefinedNames): the references a name's formula holds are taken
// apart as exceljs takes them (lib/xlsx/xform/book/defined-name-xform.js, lib/utils/col-cache.js
// decodeEx), its cells gathered per sheet and put back together into rectangles (lib/doc/
// defined-names.js), then written as core writes references. A name defined twice keeps its
// first place and its last definition; `__proto__` is no name (exceljs loses it); Excel's own
// `_xlnm.` names are left out.
import { absoluteRef } from "../../core/workbook/a1";
import type { DefinedName } from "../../core/workbook/workbook";
import { MAX_EXPANDED_CELLS_ON_READ } from "../xlsx/limits";
import { attr, scanXml } from "./xml-scan";

export interface RawName {
  name: string;
  formula: string;
}

/** The <definedName>s of a workbook part, after package.ts's fixWorkbook left out those past
 *  the expansion budget and those naming a sheet such as __proto__. */
export function rawNames(workbookXml: string): RawName[] {
  const out: RawName[] = [];
  let current: { name: string; text: string[] } | undefined;
  scanXml(workbookXml, {
    open(name, attrs, selfClosing) {
      if (name === "definedName") {
        current = { name: attr(attrs, "name") ?? "", text: [] };
        if (selfClosing) current.text.push("");
      }
    },
    close(name) {
      if (name === "definedName" && current) {
        out.push({ name: current.name, formula: current.text.join("") });
        current = undefined;
      }
    },
    text(t) {
      current?.text.push(t);
    },
  });
  return out;
}

interface Address {
  row: number | undefined;
  col: number | undefined;
}

/** col-cache decodeAddress: letters then digits, `$` skipped, anything else after both ends it. */
function decodeAddress(value: string): Address {
  let col: number | undefined;
  let row: number | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (row === undefined && c >= 65 && c <= 90) col = (col ?? 0) * 26 + c - 64;
    else if (c >= 48 && c <= 57) row = (row ?? 0) * 10 + c - 48;
    else if (row !== undefined && col !== undefined && c !== 36) break;
  }
  if (col !== undefined && col > 16384) throw new RangeError("column out of bounds");
  return { row, col };
}

interface Location {
  sheet: string | undefined;
  top: number | undefined;
  left: number | undefined;
  bottom: number | undefined;
  right: number | undefined;
}

/** col-cache decodeEx: an optional sheet (quoted or not), then a cell or a range. */
function decodeEx(value: string): Location {
  const m = /(?:(?:(?:'((?:[^']|'')*)')|([^'^ !]*))!)?(.*)/.exec(value)!;
  const sheet = m[1] || m[2] || undefined;
  const parts = m[3]!.split(":");
  if (parts.length > 1) {
    const a = decodeAddress(parts[0]!);
    const b = decodeAddress(parts[1]!);
    const min = (x: number | undefined, y: number | undefined) => Math.min(x as number, y as number);
    const max = (x: number | undefined, y: number | undefined) => Math.max(x as number, y as number);
    return { sheet, top: min(a.row, b.row), left: min(a.col, b.col), bottom: max(a.row, b.row), right: max(a.col, b.col) };
  }
  const a = decodeAddress(m[3]!);
  return { sheet, top: a.row, left: a.col, bottom: a.row, right: a.col };
}

const isValidRange = (range: string) => {
  try {
    decodeEx(range);
    return true;
  } catch {
    return false;
  }
};

/** defined-name-xform extractRanges: split at commas, keeping quoted sheet names whole. */
function extractRanges(text: string): string[] {
  const ranges: string[] = [];
  let open = false;
  let last = "";
  for (const item of text.split(",")) {
    if (!item) continue;
    const quotes = item.split("'").length - 1;
    if (!quotes) {
      if (open) last += `${item},`;
      else if (isValidRange(item)) ranges.push(item);
      continue;
    }
    const even = quotes % 2 === 0;
    if (!open && even && isValidRange(item)) ranges.push(item);
    else if (open && !even) {
      open = false;
      if (isValidRange(last + item)) ranges.push(last + item);
      last = "";
    } else {
      open = true;
      last += `${item},`;
    }
  }
  return ranges;
}

const ABSOLUTE = /[$](\w+)[$](\d+)(:[$](\w+)[$](\d+))?/;

/** Object.keys order: array-index keys ascending first, then the rest as inserted. */
function keyOrder<T>(map: Map<string, T>): string[] {
  const keys = [...map.keys()];
  const isIndex = (k: string) => /^(0|[1-9]\d*)$/.test(k) && Number(k) < 4294967295;
  return [...keys.filter(isIndex).sort((a, b) => Number(a) - Number(b)), ...keys.filter((k) => !isIndex(k))];
}

/** sheet key ("undefined" when none, as exceljs keys it) → row → column → still unvisited */
type Matrix = Map<string, { sheet: string | undefined; rows: Map<number, Map<number, boolean>> }>;

function addCells(matrix: Matrix, loc: Location): number {
  if (loc.top === undefined || loc.left === undefined || !(loc.left >= 1)) return 0;
  const key = String(loc.sheet);
  let sheet = matrix.get(key);
  if (!sheet) matrix.set(key, (sheet = { sheet: loc.sheet, rows: new Map() }));
  for (let r = loc.top; r <= loc.bottom!; r++) {
    let row = sheet.rows.get(r);
    if (!row) sheet.rows.set(r, (row = new Map()));
    for (let c = loc.left; c <= loc.right!; c++) row.set(c, true);
  }
  return (loc.bottom! - loc.top + 1) * (loc.right! - loc.left + 1);
}

const letters = (n: number) => {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
};

/** DefinedNames getRanges: from each unvisited cell, grow down and up its column, then left and
 *  right while every row of the block has the cell. */
function rangesOf(matrix: Matrix): string[] {
  const out: string[] = [];
  for (const key of keyOrder(matrix)) {
    const { sheet, rows } = matrix.get(key)!;
    const has = (r: number, c: number) => rows.get(r)?.get(c) === true;
    const take = (r: number, c: number) => rows.get(r)!.set(c, false);
    const prefix = sheet ? (/^[a-zA-Z0-9]*$/.test(sheet) ? `${sheet}!` : `'${sheet}'!`) : "";
    for (const r of [...rows.keys()].sort((a, b) => a - b)) {
      const row = rows.get(r)!;
      for (const c of [...row.keys()].sort((a, b) => a - b)) {
        if (!row.get(c)) continue;
        row.set(c, false);
        let top = r;
        let bottom = r;
        while (has(top - 1, c)) take(--top, c);
        while (has(bottom + 1, c)) take(++bottom, c);
        const column = (x: number) => {
          for (let y = top; y <= bottom; y++) if (!has(y, x)) return false;
          for (let y = top; y <= bottom; y++) take(y, x);
          return true;
        };
        let left = c;
        let right = c;
        while (column(left - 1)) left--;
        while (column(right + 1)) right++;
        const tl = `$${letters(left)}$${top}`;
        out.push(top === bottom && left === right ? prefix + tl : `${prefix}${tl}:$${letters(right)}$${bottom}`);
      }
    }
  }
  return out;
}

/** `Sheet1!$B$3` style, quoted as core's absoluteRef quotes (listNames's canonicalRef). */
function canonicalRef(ref: string): string {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return ref;
  const part = ref.slice(0, bang);
  const sheet = part.startsWith("'") && part.endsWith("'") && part.length >= 2 ? part.slice(1, -1).replace(/''/g, "'") : part;
  try {
    return absoluteRef(sheet, ref.slice(bang + 1).replace(/\$/g, ""));
  } catch {
    return ref;
  }
}

export function listNames(raw: readonly RawName[]): DefinedName[] {
  const matrices = new Map<string, Matrix>();
  for (const { name, formula } of raw) {
    // exceljs keeps print areas and titles with the sheet, not as names
    if (name === "_xlnm.Print_Area" || name === "_xlnm.Print_Titles" || name === "__proto__") continue;
    const matrix: Matrix = new Map();
    let cells = 0;
    for (const range of extractRanges(formula)) {
      if (!ABSOLUTE.test(range.split("!").pop() || "")) continue;
      // a reference without a sheet escapes package.ts's budget; exceljs would expand it all
      cells += addCells(matrix, decodeEx(range));
      if (cells > MAX_EXPANDED_CELLS_ON_READ) break;
    }
    matrices.set(name, cells > MAX_EXPANDED_CELLS_ON_READ ? new Map() : matrix);
  }
  const out: DefinedName[] = [];
  for (const name of keyOrder(matrices)) {
    if (name.startsWith("_xlnm.")) continue;
    const ranges = rangesOf(matrices.get(name)!);
    if (ranges.length > 0) out.push({ name, refersTo: ranges.map(canonicalRef).join(",") });
  }
  return out;
}
