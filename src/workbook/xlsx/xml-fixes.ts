// What other programs write into an .xlsx that is valid (or that Excel and LibreOffice accept)
// but that exceljs 4.4 refuses, misreads or takes minutes over, put right in the XML text before
// exceljs sees it. A part that needs none of this is returned unchanged, character for character.
import { MAX_EXPANDED_CELLS_ON_READ } from "./limits";

const ELEMENT_NAMESPACES = new Set([
  "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  "http://purl.oclc.org/ooxml/spreadsheetml/main", // Strict Open XML
  "http://schemas.openxmlformats.org/package/2006/relationships",
  "http://schemas.openxmlformats.org/package/2006/content-types",
]);
const RELATIONSHIP_NAMESPACES = new Set(["http://schemas.openxmlformats.org/officeDocument/2006/relationships", "http://purl.oclc.org/ooxml/officeDocument/relationships"]);

/** A start tag's attributes, quote-aware (a value may hold ">" or "/"); linear, no backtracking. */
export const ATTRS = `(?:[^>"'/]|"[^"]*"|'[^']*'|/(?!>))*`;

export function attributes(attrs: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of attrs.matchAll(/([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set(m[1]!, m[2] ?? m[3] ?? "");
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

// ---------------------------------------------------------------------------------------------
// Any part

/** The text of an XML part in whatever encoding it was saved: UTF-8 (with or without a BOM),
 *  UTF-16 (allowed by XML, written by some .NET tools) or a declared legacy encoding such as
 *  GBK. `recoded` when it was not plain UTF-8, so the part must be handed on re-encoded. */
export function decodeXml(bytes: Uint8Array): { text: string; recoded: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), recoded: false };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0x3c && bytes[1] === 0)) return { text: new TextDecoder("utf-16le").decode(bytes), recoded: true };
  if ((bytes[0] === 0xfe && bytes[1] === 0xff) || (bytes[0] === 0 && bytes[1] === 0x3c)) return { text: new TextDecoder("utf-16be").decode(bytes), recoded: true };
  const declared = /^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']/i.exec(new TextDecoder("latin1").decode(bytes.subarray(0, 200)))?.[1]?.toLowerCase();
  if (declared && declared !== "utf-8" && declared !== "utf8") {
    try {
      return { text: new TextDecoder(declared).decode(bytes), recoded: true };
    } catch {
      // an encoding this runtime does not know: read it as UTF-8, as exceljs would
    }
  }
  return { text: new TextDecoder("utf-8").decode(bytes), recoded: false };
}

/** The declaration says UTF-8 once the text is handed on as UTF-8. */
export function declareUtf8(xml: string): string {
  return xml.replace(/^(\s*<\?xml[^>]*?encoding\s*=\s*)(["'])[\w.:-]+\2/i, "$1$2UTF-8$2");
}

/** Drop anything before the first tag and after the root element closes (NUL padding, a second
 *  copy): the XML parser refuses "text data outside of root node". */
export function trimToRoot(xml: string): string {
  const first = xml.indexOf("<");
  let out = dropTextInProlog(first > 0 ? xml.slice(first) : xml);
  const root = /<([A-Za-z_][\w.:-]*)/.exec(out.slice(0, 8192).replace(/<!--[\s\S]*?-->/g, ""));
  if (!root) return out;
  const close = new RegExp(`</${escapeRegExp(root[1]!)}\\s*>`).exec(out);
  if (close) {
    const end = close.index + close[0].length;
    if (out.slice(end).trim() !== "") out = out.slice(0, end);
  }
  return out;
}

const PROLOG_ITEM = /^(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>]*>)/;

/** Stray text between the declaration (or a comment) and the root element, which exceljs's
 *  parser refuses ("text data outside of root node") and Excel skips. */
function dropTextInProlog(xml: string): string {
  let at = 0;
  let out = "";
  for (;;) {
    const item = PROLOG_ITEM.exec(xml.slice(at));
    if (!item) break;
    out += item[0];
    at += item[0].length;
    const next = xml.indexOf("<", at);
    if (next < 0) break;
    const between = xml.slice(at, next);
    if (between.trim() === "") out += between;
    at = next;
  }
  return at === out.length ? xml : out + xml.slice(at);
}

/** `<x:sst xmlns:x="…main">` → `<sst>`: exceljs matches element names literally, so a part
 *  written with a prefix for SpreadsheetML (the Open XML SDK does this) reads as empty or fails.
 *  Relationship attributes get exceljs's `r:` prefix whatever prefix the file used. */
export function dropNamespacePrefixes(xml: string): string {
  if (!xml.includes("xmlns:")) return xml;
  let out = xml;
  for (const m of xml.matchAll(/xmlns:([\w.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const prefix = m[1]!;
    const ns = m[2] ?? m[3] ?? "";
    const p = escapeRegExp(prefix);
    if (ELEMENT_NAMESPACES.has(ns)) out = out.replace(new RegExp(`<(/?)${p}:`, "g"), "<$1");
    else if (RELATIONSHIP_NAMESPACES.has(ns) && prefix !== "r") {
      out = out.replace(new RegExp(`<[A-Za-z_][^\\s/>]*${ATTRS}/?>`, "g"), (tag) => tag.replace(new RegExp(`(\\s)${p}:([\\w-]+\\s*=)`, "g"), "$1r:$2"));
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Cell references and areas

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** `A1`, `A1:B2`, `A:B` (whole columns) or `1:2` (whole rows), `$` allowed; undefined otherwise. */
export function parseArea(ref: string): Area | undefined {
  const r = ref.replace(/\$/g, "").toUpperCase();
  let m = /^([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?$/.exec(r);
  if (m) {
    const a = { row: Number(m[2]), column: columnNumber(m[1]!) };
    const b = m[3] ? { row: Number(m[4]), column: columnNumber(m[3]) } : a;
    return valid({ top: Math.min(a.row, b.row), left: Math.min(a.column, b.column), bottom: Math.max(a.row, b.row), right: Math.max(a.column, b.column) });
  }
  m = /^([A-Z]{1,3}):([A-Z]{1,3})$/.exec(r);
  if (m) {
    const [a, b] = [columnNumber(m[1]!), columnNumber(m[2]!)];
    return valid({ top: 1, left: Math.min(a, b), bottom: MAX_ROW, right: Math.max(a, b) });
  }
  m = /^(\d+):(\d+)$/.exec(r);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return valid({ top: Math.min(a, b), left: 1, bottom: Math.max(a, b), right: MAX_COLUMN });
  }
  return undefined;
}

function valid(a: Area): Area | undefined {
  return a.top >= 1 && a.left >= 1 && a.bottom <= MAX_ROW && a.right <= MAX_COLUMN ? a : undefined;
}

const areaCells = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
const overlaps = (a: Area, b: Area) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Cells a space-separated list of areas covers; Infinity when one cannot be read. */
export function sqrefCells(sqref: string): number {
  let n = 0;
  for (const ref of sqref.trim().split(/\s+/)) {
    const area = parseArea(ref);
    if (!area) return Infinity;
    n += areaCells(area);
  }
  return n;
}

/** How many cells the data validations and defined names of one workbook may still expand to:
 *  exceljs makes one entry per covered cell when it loads them (a drop-down on a whole column is
 *  a million entries, 270 MB), though none of them is needed to read values. */
export class ExpansionBudget {
  constructor(public left = MAX_EXPANDED_CELLS_ON_READ) {}
  /** Take `cells` when they fit; false means leave the element out. */
  take(cells: number): boolean {
    if (!(cells <= this.left)) return false;
    this.left -= cells;
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// Worksheets

/** All fixes a worksheet part may need; each one looks for its trigger first. */
export function fixSheet(xml: string, budget: ExpansionBudget): string {
  let out = xml;
  if (needsRefs(out)) out = fillCellRefs(out);
  if (out.includes("inlineStr")) out = fixInlineStrings(out);
  if (out.includes("<dataValidation")) out = limitValidations(out, budget);
  if (out.includes("<mergeCell")) out = fixMerges(out);
  out = dropEmptyRows(out);
  return out;
}

const EMPTY_ROW = new RegExp(`<row\\b${ATTRS}(?:/>|>\\s*</row\\s*>)`, "g");

/** Rows with no cells, only a height or style, written down to row 1,048,576 by some programs:
 *  exceljs makes an object for each (5 s, 750 MB for a million). Values do not change without
 *  them; only when there are that many are they left out. */
function dropEmptyRows(xml: string): string {
  let count = 0;
  for (const _ of xml.matchAll(EMPTY_ROW)) if (++count > 10_000) return xml.replace(EMPTY_ROW, "");
  return xml;
}

const ROW_OR_CELL = new RegExp(`<(row|c)\\b(${ATTRS})(/?)>`, "g");

/** A <row> or <c> without `r` (optional in the format; some generators leave them out): exceljs
 *  stops with "Invalid row number in model". A quick look first, the exact pass only then. */
function needsRefs(xml: string): boolean {
  return /<(?:row|c)(?=[\s>/])(?![^>]*\sr\s*=)/.test(xml);
}

/** Number the rows and cells that have no (usable) `r` as the format defines it: one after the
 *  one before. Those that have one keep it. */
function fillCellRefs(xml: string): string {
  let row = 0;
  let column = 0;
  return xml.replace(ROW_OR_CELL, (tag, name: string, attrs: string, close: string) => {
    const r = attributes(attrs).get("r");
    const rest = attrs.replace(/\s+r\s*=\s*(?:"[^"]*"|'[^']*')/, "");
    if (name === "row") {
      const n = r && /^\d+$/.test(r) ? Number(r) : 0;
      column = 0;
      if (n >= 1 && n <= MAX_ROW) return ((row = n), tag);
      row++;
      return `<row r="${row}"${rest}${close}>`;
    }
    const at = r ? parseArea(r) : undefined;
    if (at) return ((column = at.left), tag);
    column++;
    return `<c r="${columnLetters(column)}${row}"${rest}${close}>`;
  });
}

/** An inline string (`t="inlineStr"`) whose text mixes a bare <t> with runs, or carries
 *  phonetic runs: exceljs stops with "Cannot create property 'richText' on string", or adds the
 *  phonetic reading to the text. */
function fixInlineStrings(xml: string): string {
  const out = xml.replace(/<is>([\s\S]*?)<\/is>/g, (whole, inner: string) => {
    const fixed = richString(inner, true);
    return fixed === inner ? whole : `<is>${fixed}</is>`;
  });
  return /<v[\s>/]/.test(out) ? dropValuesBesideInlineText(out) : out;
}

const INLINE_CELL = new RegExp(`<c\\b(${ATTRS})>([\\s\\S]*?)</c\\s*>`, "g");

/** An inline-string cell that also carries a <v> (some generators write the text twice): the
 *  text is the <is>, as Excel reads it; exceljs stops with "Cannot create property 'richText'
 *  on string". */
function dropValuesBesideInlineText(xml: string): string {
  return xml.replace(INLINE_CELL, (cell, attrs: string, inner: string) => {
    if (attributes(attrs).get("t") !== "inlineStr" || !/<is[\s>]/.test(inner) || !/<v[\s>/]/.test(inner)) return cell;
    return cell.replace(/<v(?:\s[^>]*)?(?:\/>|>[\s\S]*?<\/v\s*>)/g, "");
  });
}

const STRING_PARTS = /<(t|r|rPh|phoneticPr)\b(?:[^>"']|"[^"]*"|'[^']*')*?(?:\/>|>[\s\S]*?<\/\1\s*>)/g;

/** The content of an <si> or <is>: a bare <t> beside runs becomes a run of its own (the format
 *  allows both, exceljs only one or the other); phonetic runs are dropped when asked. */
function richString(inner: string, dropPhonetic: boolean): string {
  const phonetic = dropPhonetic && /<(rPh|phoneticPr)\b/.test(inner);
  const runs = /<r[\s>]/.test(inner);
  if (!phonetic && !(runs && /<t[\s>/]/.test(inner.replace(/<r[\s>][\s\S]*?<\/r\s*>/g, "")))) return inner;
  const parts = inner.match(STRING_PARTS) ?? [];
  return parts
    .filter((p) => !(dropPhonetic && /^<(rPh|phoneticPr)\b/.test(p)))
    .map((p) => (runs && /^<t[\s>/]/.test(p) ? `<r>${p}</r>` : p))
    .join("");
}

/** Leave out validations past the workbook's expansion budget. Values read the same; a
 *  workbook read this way and saved again no longer has them. */
function limitValidations(xml: string, budget: ExpansionBudget): string {
  return xml.replace(/<dataValidations\b[^>]*>([\s\S]*?)<\/dataValidations\s*>/g, (block, inner: string) => {
    let dropped = 0;
    const kept = inner.replace(new RegExp(`<dataValidation\\b(${ATTRS})(?:/>|>[\\s\\S]*?</dataValidation\\s*>)`, "g"), (dv, attrs: string) => {
      if (budget.take(sqrefCells(attributes(attrs).get("sqref") ?? ""))) return dv;
      dropped++;
      return "";
    });
    return dropped === 0 ? block : `<dataValidations>${kept}</dataValidations>`;
  });
}

/** Merged areas as exceljs can load them: it visits every cell of a merge (a merged whole
 *  column is a million cells) and stops at one that overlaps another ("Cannot merge already
 *  merged cells"), which Excel repairs and LibreOffice ignores. A huge merge is cut to the part
 *  of the sheet that holds cells, the only part where it changes what is read. */
function fixMerges(xml: string): string {
  const HUGE = 100_000;
  const SMALL = 64;
  let bounds: { rows: number; columns: number } | undefined;
  return xml.replace(/<mergeCells\b[^>]*>([\s\S]*?)<\/mergeCells\s*>/g, (block, inner: string) => {
    const small: Area[] = [];
    const large: Area[] = [];
    const taken = new Set<number>(); // the cells of the small merges kept
    let changed = false;
    const out = inner.replace(new RegExp(`<mergeCell\\b(${ATTRS})(?:/>|>\\s*</mergeCell\\s*>)`, "g"), (tag, attrs: string) => {
      let area = parseArea(attributes(attrs).get("ref") ?? "");
      if (area && areaCells(area) > HUGE) {
        const { rows, columns } = (bounds ??= extent(xml));
        area = { ...area, bottom: Math.min(area.bottom, Math.max(rows, area.top)), right: Math.min(area.right, Math.max(columns, area.left)) };
        changed = true;
      }
      const a = area;
      const clash =
        !a ||
        areaCells(a) > HUGE ||
        large.some((b) => overlaps(a, b)) ||
        (areaCells(a) <= SMALL ? cellsOf(a).some((c) => taken.has(c)) : small.some((b) => overlaps(a, b)));
      if (clash) {
        changed = true;
        return "";
      }
      if (areaCells(a) <= SMALL) {
        small.push(a);
        for (const c of cellsOf(a)) taken.add(c);
      } else large.push(a);
      return changed ? `<mergeCell ref="${columnLetters(a.left)}${a.top}:${columnLetters(a.right)}${a.bottom}"/>` : tag;
    });
    return changed ? `<mergeCells count="${small.length + large.length}">${out}</mergeCells>` : block;
  });
}

function cellsOf(a: Area): number[] {
  const out: number[] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push(r * MAX_COLUMN + c);
  return out;
}

/** The last row and column that hold a <row> or <c> at all. */
function extent(xml: string): { rows: number; columns: number } {
  let rows = 0;
  let columns = 0;
  for (const m of xml.matchAll(ROW_OR_CELL)) {
    const r = attributes(m[2]!).get("r") ?? "";
    if (m[1] === "row") rows = Math.max(rows, Number(r) || 0);
    else columns = Math.max(columns, parseArea(r)?.right ?? 0);
  }
  return { rows, columns };
}

/** Worksheet elements exceljs does not need to read values, and that point at other parts
 *  (tables, drawings, comments, links) or hold rules; dropped when the whole package would not
 *  load otherwise. sheetData, merges, columns, views and protection stay. */
const DECORATIONS = [
  "sheetCalcPr",
  "protectedRanges",
  "scenarios",
  "autoFilter",
  "sortState",
  "dataConsolidate",
  "customSheetViews",
  "phoneticPr",
  "conditionalFormatting",
  "dataValidations",
  "hyperlinks",
  "printOptions",
  "pageMargins",
  "pageSetup",
  "headerFooter",
  "rowBreaks",
  "colBreaks",
  "customProperties",
  "cellWatches",
  "ignoredErrors",
  "smartTags",
  "drawing",
  "legacyDrawing",
  "legacyDrawingHF",
  "drawingHF",
  "picture",
  "oleObjects",
  "controls",
  "webPublishItems",
  "tableParts",
  "extLst",
  "AlternateContent",
  "mc:AlternateContent",
];

export function valuesOnlySheet(xml: string): string {
  let out = xml;
  for (const name of DECORATIONS) if (out.includes(`<${name}`)) out = removeElements(out, name);
  return out;
}

/** Remove every <name …>…</name> and <name …/>, counting nested ones of the same name (Excel
 *  nests mc:AlternateContent inside itself). Left as it is when the tags do not pair up. */
export function removeElements(xml: string, name: string): string {
  const n = escapeRegExp(name);
  const tags = new RegExp(`<${n}\\b${ATTRS}(/?)>|</${n}\\s*>`, "g");
  let out = "";
  let from = 0;
  let depth = 0;
  let start = 0;
  for (const m of xml.matchAll(tags)) {
    const closing = m[0].startsWith("</");
    const selfClosing = !closing && m[1] === "/";
    if (depth === 0) {
      if (closing) return xml;
      if (selfClosing) {
        out += xml.slice(from, m.index);
        from = m.index + m[0].length;
        continue;
      }
      start = m.index;
      depth = 1;
    } else if (closing) {
      if (--depth === 0) {
        out += xml.slice(from, start);
        from = m.index + m[0].length;
      }
    } else if (!selfClosing) depth++;
  }
  return depth === 0 ? out + xml.slice(from) : xml;
}

// ---------------------------------------------------------------------------------------------
// Shared strings and the workbook part

export function fixSharedStrings(xml: string): string {
  if (!/<r[\s>]/.test(xml)) return xml;
  return xml.replace(/<si>([\s\S]*?)<\/si\s*>/g, (whole, inner: string) => {
    const fixed = richString(inner, false);
    return fixed === inner ? whole : `<si>${fixed}</si>`;
  });
}

/** Defined names past the expansion budget are left out (exceljs expands a name to its cells
 *  too); print areas and titles stay, exceljs keeps those as text. */
export function fixWorkbook(xml: string, budget: ExpansionBudget): string {
  if (!xml.includes("<definedName")) return xml;
  return xml.replace(new RegExp(`<definedName\\b(${ATTRS})>([\\s\\S]*?)</definedName\\s*>`, "g"), (whole, attrs: string, formula: string) => {
    const name = attributes(attrs).get("name") ?? "";
    // exceljs keys what it learns from a name by its sheet in a plain object: a name on a sheet
    // called __proto__ or constructor would write onto every object of the process
    if (/(?:^|[=,(!&+\-*/^ ])'?(?:__proto__|constructor|prototype|__defineGetter__|__defineSetter__|__lookupGetter__|__lookupSetter__|hasOwnProperty|isPrototypeOf|propertyIsEnumerable|toLocaleString|toString|valueOf)'?!/.test(formula.replace(/&apos;/g, "'"))) return "";
    if (/^_xlnm\.(Print_Area|Print_Titles)$/i.test(name)) return whole;
    let cells = 0;
    const refs = /!(\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![\w$:])/g;
    for (const m of formula.matchAll(refs)) cells += sqrefCells(m[1]!);
    return budget.take(cells) ? whole : "";
  });
}
