// Indicator tables (指标 | 单位 | 2020年 | 2025年 | 属性) as plan texts carry them: rows of
// cells split by tabs, bars or wide spaces, or one cell per line — a page's <table> as text,
// a .docx table read paragraph by paragraph — where empty cells have vanished. Only the
// structure is read here: which column is which, and which cells make a row.
import { isUnitWord, scanFigures } from "./numbers";
import { headerColumn, isValueWord, unitInBrackets, measureColumn, mergeHeaderRows, rowLabelColumn, pairHeaderRuns, squeeze, type Column, type ColumnRole } from "./table-headers";
import { unstackRows, unstackSpacedRow, withoutSub } from "./table-stacks";
import { attributeColumns, attributeRow, placeRow, spacedCells, type AttributeRow, type CellKind } from "./attribute-rows";
import { performanceColumns, performanceRow, type PerformanceRow } from "./performance-rows";
import { yearRowTable } from "./year-row-tables";
import { yearColumnTable } from "./year-column-rows";
import { spacedMeasureTable } from "./spaced-measure-rows";
import { PAGE_META } from "./furniture";
import { LEADING_LIST_MARKER } from "./list-markers";

export { unitInBrackets, type Column, type ColumnRole } from "./table-headers";

export interface Cell {
  /** offsets of the trimmed cell text */
  start: number;
  end: number;
  text: string;
  /** where a quote of this value cell starts when not at its row's name cell (a table turned on
   *  its side: the year cell of the line it stands in) */
  quoteFrom?: number;
}

export interface Table {
  /** from the header's first cell to the last row's last cell */
  start: number;
  end: number;
  columns: Column[];
  /** per row, the cell of each column (undefined where the row has none) */
  rows: (Cell | undefined)[][];
  /** the line above the header (表1 …主要指标), which may name the year or the unit */
  caption: string;
}

interface Line {
  start: number;
  end: number;
  text: string;
  /** the line untrimmed: a header row's leading tabs say where its cells stand */
  raw: string;
}

type CellType = "placeholder" | "int" | "value" | "unit" | "attribute" | "text" | "empty";
interface TypedCell extends Cell {
  type: CellType;
}

const ATTRIBUTE_WORD = /^(?:预期性|约束性|指导性|引导性|预期|约束|指导)$/;
const PLACEHOLDER = /^(?:[—–\-－~～/／\\×xX*＊]+|无|空|暂无)$/;
// a cell of a table written one cell per line: short, not a sentence
const MAX_CELL = 40;
const NOT_A_CELL = /[。；;！？!?]|[，,](?!\d{3})/;

function validHeader(columns: Column[], min: number): boolean {
  if (columns.length < min) return false;
  const roles = columns.map((c) => c.role);
  return roles.includes("value") && (roles.includes("name") || roles.includes("category")) && roles.indexOf("value") > Math.max(roles.indexOf("name"), roles.indexOf("category"));
}

// 类别 | 计划任务数 | 累计完成数: a category heading the only column of words names the rows (there is
// no name column after it for it to group)
// (一级指标 | 二级指标 | 三级指标 | 指标值: of several columns of words before the figures, the last
// names the rows, the one before groups them, and those before that are read past; words after the
// figures, 重点任务 or 工作内容, are no name)
function withNameColumn(columns: Column[]): Column[] {
  const firstValue = columns.findIndex((c) => c.role === "value");
  const before = firstValue < 0 ? columns.length : firstValue;
  const worded = columns.map((c, q) => (q < before && (c.role === "name" || c.role === "category") ? q : -1)).filter((q) => q >= 0);
  if (columns.slice(0, before).filter((c) => c.role === "name").length > 1) {
    const name = worded[worded.length - 1]!;
    const group = worded[worded.length - 2]!;
    const roleAt = (q: number): ColumnRole | null => (q === name ? "name" : q === group ? "category" : worded.includes(q) ? "other" : null);
    return columns.map((c, q) => {
      const role = roleAt(q);
      return role ? { ...c, role } : c;
    });
  }
  if (columns.some((c) => c.role === "name") || columns.filter((c) => c.role === "category").length !== 1) return columns;
  return columns.map((c) => (c.role === "category" ? { ...c, role: "name" as const } : c));
}

// A 2025年 cell above a 目标值 cell of the same column: a .docx header cell of two paragraphs.
function joinSplitHeaders(cells: Line[]): Line[] {
  const out: Line[] = [];
  for (const c of cells) {
    const prev = out[out.length - 1];
    if (prev && /^(?:19|20)\d{2}年?$/.test(squeeze(prev.text)) && isValueWord(squeeze(c.text).replace(/^[(（](.*)[)）]$/, "$1"))) {
      out[out.length - 1] = { start: prev.start, end: c.end, text: prev.text + c.text, raw: prev.raw + c.raw };
    } else out.push(c);
  }
  return out;
}

function linesOf(s: string): Line[] {
  const out: Line[] = [];
  let at = 0;
  for (const raw of s.split("\n")) {
    let lead = raw.length - raw.trimStart().length;
    let text = raw.trim();
    // 类别 | / 650 |: a table copied cell by cell, each cell closed by a bar
    const barred = /^([|｜]?\s*)([^|｜]*?)\s*[|｜]$/.exec(text);
    if (barred) {
      lead += barred[1]!.length;
      text = barred[2]!;
    }
    out.push({ start: at + lead, end: at + lead + text.length, text, raw });
    at += raw.length + 1;
  }
  return out;
}

/** Cells of a line split by tabs, bars or runs of two spaces or more; null when it is not split. */
function splitLine(line: Line, singleSpaces: boolean): Cell[] | null {
  const t = line.text;
  const sep = t.includes("\t") ? /\t/g : /[|｜]/.test(t) ? /[|｜]/g : singleSpaces ? / +/g : / {2,}/g;
  const cells: Cell[] = [];
  let from = 0;
  const push = (a: number, b: number) => {
    const raw = t.slice(a, b);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    cells.push({ start: line.start + a + lead, end: line.start + a + lead + text.length, text });
  };
  for (const m of t.matchAll(sep)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, t.length);
  // | a | b |: the outer bars open and close the row
  if (/^[|｜]/.test(t)) cells.shift();
  if (/[|｜]$/.test(t)) cells.pop();
  return cells.length >= 2 ? cells : null;
}

function valueLike(text: string): boolean {
  return parseCellFigure(text) !== null;
}

export interface CellFigure {
  /** the figure read from the cell's text */
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  /** the words before the number (≥, 约, 不低于) */
  before: string;
  suffix: string;
  more: boolean;
}

/** A cell that is one figure: 96, ≥90, 1.2万, 95%以上, [96], 1:1. */
export function parseCellFigure(raw: string): CellFigure | null {
  const text = squeeze(raw).replace(/^[[【〔(（](.*)[\]】〕)）]$/, "$1");
  if (!text || text.length > 16) return null;
  const figs = scanFigures(text, 0, text.length).filter((f) => !f.chinese);
  if (figs.length !== 1) return null;
  const f = figs[0]!;
  const before = text.slice(0, f.start);
  // (-0.3 in a column of changes: a fall)
  const minus = /^[-−－]$/.test(before) && f.value !== undefined;
  if (f.end !== text.length || (!minus && !/^(?:≥|≤|>|<|＞|＜|>=|<=|=|≈|约|近|超过|不低于|不少于|不超过|不高于|低于|高于|少于|达到|力争|保持|控制在)?$/.test(before))) return null;
  // 2020年 in a cell is a date, not a figure
  if (f.unit === "年" && f.value !== undefined && f.value >= 1900 && f.value <= 2100 && Number.isInteger(f.value)) return null;
  if (minus) return { unit: f.unit, before: "", suffix: f.suffix, more: f.more, value: -f.value! };
  const base = { unit: f.unit, before, suffix: f.suffix, more: f.more };
  return f.min !== undefined && f.max !== undefined ? { ...base, min: f.min, max: f.max } : { ...base, value: f.value ?? 0 };
}

function typeOf(text: string): CellType {
  const t = squeeze(text);
  if (PLACEHOLDER.test(t)) return "placeholder";
  if (ATTRIBUTE_WORD.test(t)) return "attribute";
  if (/^\d{1,3}$/.test(t)) return "int";
  if (!/\d/.test(t) && isUnitWord(t)) return "unit";
  if (valueLike(t)) return "value";
  return "text";
}

const DATA: ReadonlySet<CellType> = new Set(["value", "int", "placeholder"]);

// Does cell `c` (followed by `next`) belong in `col`? A name is followed by its unit or
// figures; a category by the name; a serial starts a row; a note follows the figures.
function fits(col: Column, c: TypedCell, next: TypedCell | undefined, rowStart: boolean, positional: boolean, serials: boolean): boolean {
  switch (col.role) {
    case "serial":
      return c.type === "int" && rowStart && next?.type === "text";
    case "category":
      return c.type === "text" && next?.type === "text";
    case "name":
      return c.type === "text";
    case "unit":
      return c.type === "unit";
    case "value":
      // a count of schools or people is whole: 12.83 belongs to a ratio's column further on
      if (col.measure && /^(?:所|个|人)$/.test(col.unit) && /\d\.\d/.test(c.text)) return false;
      return DATA.has(c.type);
    case "attribute":
      return c.type === "attribute";
    case "other":
      // one cell per line: a text cell followed by a unit or a figure names the next row
      if (positional) return true;
      // a figure here is a score or a growth rate (分值 8), unless it is the next row's serial
      if (DATA.has(c.type)) return !(serials && c.type === "int" && next?.type === "text");
      return c.type === "text" && !(next && (next.type === "unit" || DATA.has(next.type)));
  }
}

/** The cells of one row, starting at cells[i]: by column, and where the next row starts. */
function takeRow(cells: TypedCell[], i: number, columns: Column[], positional: boolean): { row: (TypedCell | undefined)[]; next: number } {
  const row: (TypedCell | undefined)[] = new Array(columns.length).fill(undefined);
  let col = 0;
  let j = i;
  let emptyValue = false;
  const serials = columns.some((c) => c.role === "serial");
  while (j < cells.length && col < columns.length) {
    const c = cells[j]!;
    // an empty cell keeps its column (a spanned category, a value not given)
    if (c.type === "empty") {
      if (columns[col]!.role === "name" && j > i) break;
      if (columns[col]!.role === "value") emptyValue = true;
      col++;
      j++;
      continue;
    }
    let k = -1;
    for (let q = col; q < columns.length; q++) {
      if (fits(columns[q]!, c, cells[j + 1], j === i, positional, serials)) {
        k = q;
        break;
      }
    }
    if (k < 0) break;
    row[k] = c;
    col = k + 1;
    j++;
  }
  // a category with no name after it is the name (its row spans the category column)
  const nameCol = columns.findIndex((c) => c.role === "name");
  const catCol = columns.findIndex((c) => c.role === "category");
  if (nameCol >= 0 && catCol >= 0 && !row[nameCol] && row[catCol]) [row[nameCol], row[catCol]] = [row[catCol], undefined];
  // figures of a row whose empty cells vanished: the missing ones are the first (a new
  // indicator has no base value)
  const valueCols = columns.map((c, q) => (c.role === "value" ? q : -1)).filter((q) => q >= 0);
  const filled = valueCols.filter((q) => row[q]);
  // (not a statistics table's measures, where a merged cell may be any of them)
  if (!emptyValue && !columns.some((c) => c.measure) && filled.length && filled.length < valueCols.length && filled.every((q, n) => q === valueCols[n])) {
    const moved = filled.map((q) => row[q]);
    for (const q of valueCols) row[q] = undefined;
    valueCols.slice(valueCols.length - moved.length).forEach((q, n) => (row[q] = moved[n]));
  }
  return { row, next: Math.max(j, i + 1) };
}

const hasFigures = (row: (Cell | undefined)[], columns: Column[]) => row.some((c, q) => c && columns[q]!.role === "value" && valueLike(c.text));
const hasName = (row: (Cell | undefined)[], columns: Column[]) => row.some((c, q) => c && (columns[q]!.role === "name" || columns[q]!.role === "category"));

// The first line with words above the header; blank lines do not count (a page's wrappers
// around a <table> leave many between it and its caption).
const META_LINE = new RegExp(`^(?:${PAGE_META.source})`);
function captionAbove(lines: Line[], at: number): string {
  for (let k = at - 1; k >= 0 && k >= at - 40; k--) {
    const t = lines[k]!.text.replace(/^[\s\u00a0]+|[\s\u00a0]+$/g, "");
    // (the page's metadata between a table's title and its header, a line that opens on it: 索引号 …,
    // 发布日期 …, 2019-06-19 08:37)
    if (!t || META_LINE.test(t) || /^(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2})?$/.test(t)) continue;
    return t.length <= 80 && !/。$/.test(t) ? t : "";
  }
  return "";
}

/** Every indicator table in `s`, in order. */
export function findTables(s: string): Table[] {
  const lines = linesOf(s);
  const out: Table[] = [];
  let i = 0;
  while (i < lines.length) {
    const table = tableAt(lines, i) ?? attributeTable(lines, i) ?? performanceTable(lines, i) ?? yearRowTable(lines, i, (line) => splitLine(line as Line, false)) ?? yearColumnTable(lines, i, (at) => captionAbove(lines, at)) ?? spacedMeasureTable(lines, i, (at) => captionAbove(lines, at)) ?? cornerlessCellTable(lines, i);
    if (table) {
      out.push(table.table);
      i = table.nextLine;
    } else i++;
  }
  return out;
}

// words one of which a header's first cells hold (a quick test before the full reading)
// 年份 / 1949 / 1980 / …, 项目\年份: alone on its line, the corner of a table whose years run across
// names its rows (年份 | 学校数 | 在校生 on one line, years down the rows, is year-row-tables.ts')
const YEAR_CORNER = /^(?:(?:指标|项目)\s*[\\/／]?\s*)?年份$/;
const HEADER_HINT = /指标|项目|名称|序号|编号|类别|分类|领域|内容|任务|维度|方面|序|学段|阶段|区域|地区|区县|县区|县市|县[(（]|乡镇|街道|学校|园所/;

function tableAt(lines: Line[], i: number): { table: Table; nextLine: number } | null {
  const line = lines[i]!;
  // a header cell spaced out to the column's width (指  标, 项　目) still names its column
  if (!line.text || line.text.length > 200 || !(HEADER_HINT.test(squeeze(line.text)) || YEAR_CORNER.test(squeeze(line.text)))) return null;
  // (一级指标 | … | 指标性质 | 指标值 | 度量单位 | 实际完成值: the rows below, sign cell and all, are
  // read by their shape, the header's cells not lining up with a row's)
  const below = filledFrom(lines, i + 1);
  if (below < lines.length && performanceRowOf(lines[below]!)) return null;
  const continued = continuedHeader(lines, i);
  const measured = continued ? measureHeader(continued.texts) : null;
  if (continued && measured && validHeader(measured, 3)) {
    const table = rowTable(lines, i, measured, false, continued.end);
    if (table) return table;
  }
  for (const single of [false, true]) {
    if (single && /\t|[|｜]| {2}/.test(line.text)) break;
    const cells = splitLine(line, single);
    if (!cells) continue;
    // a second header row (现状值 | 目标值 under 2020年 | 2025年) is read with the first
    const next = filledFrom(lines, i + 1);
    const merged = !single && next < lines.length && splitLine(lines[next]!, false) ? mergeHeaderRows(placedCells(line), placedCells(lines[next]!)) : null;
    let columns = (merged ?? cells.map((c) => c.text)).map((t) => (t ? headerColumn(t) : EMPTY_HEADER));
    // 学段 | 学校数 | 在校学生数: a statistics table's measures head the columns
    if (columns.some((c) => !c) && !merged) columns = measureHeader(cells.map((c) => c.text)) ?? columns;
    if (columns.some((c) => !c)) continue;
    if (!validHeader(columns as Column[], 2 + Number(single))) continue;
    return rowTable(lines, i, withNameColumn(columns as Column[]), single, merged ? next : i);
  }
  return headerOnNextLine(lines, i) ?? cellTable(lines, i);
}

// 指 标 / 单位 2015年 2020年: the first header cell spaced out on a line of its own, the
// others on the next line, split by spaces like the rows below
function headerOnNextLine(lines: Line[], i: number): { table: Table; nextLine: number } | null {
  const first = headerColumn(lines[i]!.text);
  if (!first || (first.role !== "name" && first.role !== "category")) return null;
  const next = filledFrom(lines, i + 1);
  if (next >= lines.length || lines[next]!.text.length > 120) return null;
  for (const single of [false, true]) {
    const cells = splitLine(lines[next]!, single);
    if (!cells) continue;
    const rest = cells.map((c) => headerColumn(c.text));
    if (rest.some((c) => !c)) continue;
    const columns = [{ ...first, role: "name" as const }, ...(rest as Column[])];
    if (!validHeader(columns, 3)) continue;
    return rowTable(lines, i, columns, single, next);
  }
  return null;
}

// 学段 / 学校数: a row label's header with a measure on the next line with words
function measureBelow(lines: Line[], at: number): boolean {
  const n = filledFrom(lines, at + 1);
  return n < lines.length && !!measureColumn(lines[n]!.text);
}

/** The first line from `k` on that has words (lines.length when none has). */
function filledFrom(lines: Line[], k: number): number {
  let n = k;
  while (n < lines.length && !lines[n]!.text) n++;
  return n;
}

// 学段 | 学校数 | 在校学生数 | 生师比: the row label's header, then two or more measures
function measureHeader(texts: string[]): Column[] | null {
  const first = headerColumn(texts[0] ?? "") ?? rowLabelColumn(texts[0] ?? "");
  if (!first || (first.role !== "name" && first.role !== "category") || texts.length < 3) return null;
  const measures = texts.slice(1).map(measureColumn);
  if (measures.some((m) => !m)) return null;
  return [{ ...first, role: "name" }, ...(measures as Column[])];
}

const cellKind = (text: string): CellKind => {
  const t = typeOf(text);
  return t === "attribute" ? "attribute" : t === "unit" ? "unit" : DATA.has(t) ? "data" : "text";
};

// Two or more rows ending in 预期性/约束性 with no header above them (attribute-rows.ts).
function attributeTable(lines: Line[], at: number): { table: Table; nextLine: number } | null {
  const rows: AttributeRow[] = [];
  let last = at;
  for (let k = at; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.text) continue;
    const row = line.text.length <= 120 ? attributeRow(spacedCells(line.text, line.start), cellKind) : null;
    if (!row) break;
    rows.push(row);
    last = k;
  }
  if (rows.length < 2) return null;
  const columns = attributeColumns(rows);
  return { table: { start: lines[at]!.start, end: lines[last]!.end, columns, rows: rows.map((r) => placeRow(r, columns)), caption: captionAbove(lines, at) }, nextLine: last + 1 };
}

// Two or more rows of a performance table (名称 | ≥ | 95 | % | 100% | 分值 | 得分), with the form's
// lines of words between them (performance-rows.ts).
function performanceRowOf(line: Line): PerformanceRow | null {
  const cells = /[|｜\t]/.test(line.text) ? splitLine(line, false) : null;
  return cells ? performanceRow(cells, (t) => typeOf(t) === "unit" || t === "%", valueLike) : null;
}
function performanceTable(lines: Line[], at: number): { table: Table; nextLine: number } | null {
  if (!lines[at]!.text || !performanceRowOf(lines[at]!)) return null;
  const rows: PerformanceRow[] = [];
  let last = at;
  // the form's other rows (a qualitative indicator: 有效 | 10 | 10) may stand between them
  for (let k = at, others = 0; k < lines.length && others <= 8; k++) {
    const line = lines[k]!;
    if (!line.text) continue;
    const row = performanceRowOf(line);
    if (row) {
      rows.push(row);
      last = k;
      others = 0;
    } else if (!/[|｜\t]/.test(line.raw)) break;
    else others++;
  }
  if (rows.length < 2) return null;
  return { table: { start: lines[at]!.start, end: lines[last]!.end, columns: performanceColumns(), rows: rows.map((r) => [r.name, r.target, r.done]), caption: captionAbove(lines, at) }, nextLine: last + 1 };
}

// a header cell left empty (spanned by the one above it) holds nothing to read
const EMPTY_HEADER: Column = { role: "other", year: null, kind: null, unit: "" };

// The cells of a tab- or bar-split line where they stand: leading empty cells kept.
function placedCells(line: Line): string[] {
  const t = line.raw.replace(/^ +| +$/g, "");
  const cells = t.split(t.includes("\t") ? "\t" : /[|｜]/).map((c) => c.trim());
  if (!t.includes("\t") && /^[|｜]/.test(t)) cells.shift();
  return cells;
}

// Rows of split cells, one per line; a row short of cells (a spanned category) is read by type.
function rowTable(lines: Line[], at: number, columns: Column[], single: boolean, headerEnd: number): { table: Table; nextLine: number } | null {
  const rows: (Cell | undefined)[][] = [];
  const categories: (Cell | undefined)[] = [];
  let category: Cell | undefined;
  let end = lines[headerEnd]!.end;
  let k = headerEnd + 1;
  let last = headerEnd;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.text) {
      if (k + 1 < lines.length && lines[k + 1]!.text && splitLine(lines[k + 1]!, single)) continue;
      break;
    }
    const cells = splitLine(line, single);
    // 学前教育 / 九年义务教育 on a line of their own: the category of the rows below
    if (!cells && isCategoryLine(line.text) && nextRowSplits(lines, k, single)) {
      category = { start: line.start, end: line.end, text: line.text };
      continue;
    }
    if (!cells || headerStartsAt(lines, k)) break;
    let row: (Cell | undefined)[];
    if (cells.length === columns.length) row = cells.map((c) => (c.text ? c : undefined));
    else {
      const typed = cells.filter((c) => c.text).map((c) => ({ ...c, type: typeOf(c.text) }));
      row = takeRow(typed, 0, columns, false).row;
    }
    if (!hasName(row, columns)) break;
    // 学前教育 在园幼儿数(万人) 三年毛入园率(%) | 139.69 85.06 | …: one row per indicator the cells stack
    const stacked = hasFigures(row, columns) ? null : unstackSpacedRow(row, columns, (t) => valueLike(t) || PLACEHOLDER.test(t), unitInBrackets);
    for (const r of stacked?.rows ?? [row]) {
      rows.push(r);
      categories.push(stacked?.group ?? category);
    }
    end = line.end;
    last = k;
  }
  if (!rows.some((r) => hasFigures(r, columns))) return null;
  // the category lines become a column of their own, before the rest
  if (categories.some(Boolean) && !columns.some((c) => c.role === "category")) {
    columns = [{ role: "category", year: null, kind: null, unit: "" }, ...columns];
    rows.forEach((r, n) => r.unshift(categories[n]));
  }
  return { table: { start: lines[at]!.start, end, columns, rows, caption: captionAbove(lines, at) }, nextLine: last + 1 };
}

const isCategoryLine = (text: string) => text.length >= 2 && text.length <= 12 && !/[\d，,。；;：:、]/.test(text) && typeOf(text) === "text";

function nextRowSplits(lines: Line[], k: number, single: boolean): boolean {
  const n = filledFrom(lines, k + 1);
  return n < lines.length && !!splitLine(lines[n]!, single);
}

function headerStartsAt(lines: Line[], k: number): boolean {
  const c = headerColumn(lines[k]!.text);
  return !!c && c.role !== "value" && c.role !== "other";
}

// How many cells the rows below a header hold, one cell per line: the usual distance from
// one row's name (a text cell) to the next; null when the rows do not show it.
function rowWidth(lines: Line[], from: number): number | null {
  const names: number[] = [];
  let n = 0;
  for (let k = from; k < lines.length && n < 60; k++) {
    const t = lines[k]!.text;
    if (!t) continue;
    if (t.length > MAX_CELL || NOT_A_CELL.test(t)) break;
    if (typeOf(t) === "text") names.push(n);
    n++;
  }
  const counts = new Map<number, number>();
  for (let i = 1; i < names.length; i++) {
    const d = names[i]! - names[i - 1]!;
    // a name of two paragraphs (学前三年 / 毛入园率) is one cell
    if (d > 1) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [d, c] of counts) if (c >= 1 && (best === null || c > counts.get(best)!)) best = d;
  return best;
}

// One cell per line (blank lines between them or not): the header's cells first, then the
// rows' cells; a row's empty cells are gone, so cells are placed by what they look like.
const cellHeader = (text: string): Column | null => (YEAR_CORNER.test(squeeze(text)) ? { role: "name", year: null, kind: null, unit: "" } : headerColumn(text));
function cellTable(lines: Line[], at: number, cornerless = false): { table: Table; nextLine: number } | null {
  const first = cornerless ? { role: "name" as const, year: null, kind: null, unit: "" } : (cellHeader(lines[at]!.text) ?? (measureBelow(lines, at) ? rowLabelColumn(lines[at]!.text) : null));
  if (!first || (first.role !== "serial" && first.role !== "name" && first.role !== "category")) return null;
  const headerLines: Line[] = [];
  let k = at;
  for (; k < lines.length && !cornerless; k++) {
    const line = lines[k]!;
    if (!line.text) continue;
    if (!cellHeader(line.text) && !(headerLines.length && /^[(（].*[)）]$/.test(squeeze(line.text)) && isValueWord(squeeze(line.text).slice(1, -1)))) break;
    headerLines.push(line);
  }
  // 类别 / 学校数 / 在校学生数 / …: a statistics table's measures head the columns, where no
  // year or value word does
  const measures: Column[] = [];
  if (headerLines.length === 1 || cornerless) {
    for (; k < lines.length; k++) {
      if (!lines[k]!.text) continue;
      const m = measureColumn(lines[k]!.text);
      if (!m) break;
      measures.push(m);
      headerLines.push(lines[k]!);
    }
  }
  // 2025年 above 目标值 may be one header cell of two paragraphs or two cells of one row
  // (指标 | 2020年 | 目标值): the rows below say which, by how many cells they hold
  const oneRow = measures.length > 0 || rowWidth(lines, k) === headerLines.length;
  const header = oneRow ? headerLines : joinSplitHeaders(headerLines);
  const paired = oneRow ? null : pairHeaderRuns(header.map((l) => l.text));
  const columns = measures.length ? [{ ...first, role: "name" as const }, ...measures] : withNameColumn((paired ?? header.map((l) => l.text)).map((t) => cellHeader(t)!));
  // 指标 | 2025年目标值: two columns do, when the figures' column says what they are
  if (!validHeader(columns, columns.length === 2 && /(?:19|20)\d{2}|目标|现状|基期/.test(header[header.length - 1]!.text) ? 2 : 3)) return null;
  // the cells below: short lines, up to the first sentence or the next table's header
  // where every cell is a paragraph followed by a blank line (.docx), an empty cell shows as
  // more blank lines: it is kept, so the cells after it stay in their columns
  const lineNos = headerLines.map((l) => lines.indexOf(l));
  let gap = Math.min(...lineNos.slice(1).map((n, q) => n - lineNos[q]!));
  // only where rows are separated like cells (a page's markup puts more breaks between rows)
  const firstBody = filledFrom(lines, k);
  if (firstBody - lineNos[lineNos.length - 1]! !== gap) gap = 0;
  const cells: TypedCell[] = [];
  const lineOf: number[] = [];
  let prevLine = lineNos[lineNos.length - 1]!;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.text) continue;
    if (line.text.length > MAX_CELL || NOT_A_CELL.test(line.text) || headerStartsAt(lines, k)) break;
    for (let e = gap >= 2 ? Math.floor((k - prevLine) / gap) - 1 : 0; e > 0; e--) {
      cells.push({ start: line.start, end: line.start, text: "", type: "empty" });
      lineOf.push(prevLine);
    }
    cells.push({ ...line, type: typeOf(line.text) });
    lineOf.push(k);
    prevLine = k;
  }
  // a name cell of two paragraphs (学前三年 / 毛入园率), where no other column holds text
  if (columns.every((c) => c.role !== "category" && c.role !== "serial" && c.role !== "other")) {
    // first the stacked parts of one indicator (… / 其中：…), a row per part
    if (columns.every((c) => c.role === "name" || c.role === "value" || c.role === "attribute")) {
      const unstacked = unstackRows(cells, lineOf, columns.filter((c) => c.role === "value").length);
      cells.splice(0, cells.length, ...unstacked.cells);
      lineOf.splice(0, lineOf.length, ...unstacked.lineOf);
    }
    // (1. / 高级中学: a row's number on a line of its own goes with the name below it, figures or none)
    for (let c = cells.length - 2; c >= 0; c--) {
      const [a, b] = [cells[c]!, cells[c + 1]!];
      if (a.type !== "text" || b.type !== "text" || !MARKER_ONLY.test(squeeze(a.text)) || LEADING_LIST_MARKER.test(b.text)) continue;
      cells.splice(c, 2, { start: a.start, end: b.end, text: a.text + b.text, type: "text" });
      lineOf.splice(c, 1);
    }
    for (let c = cells.length - 3; c >= 0; c--) {
      const [a, b, after] = [cells[c]!, cells[c + 1]!, cells[c + 2]!];
      // (2.成人中等专业学校 / 3.职业高中学校: a numbered name opens a row of its own)
      if (a.type !== "text" || b.type !== "text" || !(after.type === "unit" || DATA.has(after.type)) || LEADING_LIST_MARKER.test(b.text)) continue;
      cells.splice(c, 2, { start: a.start, end: b.end, text: a.text + b.text, type: "text" });
      lineOf.splice(c, 1);
    }
  }
  const rows: (Cell | undefined)[][] = [];
  let end = header[header.length - 1]!.end;
  let nextLine = k;
  let lastCell = -1;
  let empty = 0;
  for (let c = 0; c < cells.length; ) {
    const { row, next } = takeRow(cells, c, columns, false);
    if (!hasName(row, columns)) break;
    // (市直 | / | /: a row whose value cells say "none" is a row of the table, not the text after it)
    const saysNone = row.some((cell, q) => columns[q]?.role === "value" && (cell as TypedCell | undefined)?.type === "placeholder");
    if (hasFigures(row, columns)) {
      empty = 0;
      rows.push(row);
      lastCell = next - 1;
    } else if (!saysNone && ++empty >= 2 && !numberedRowsGoOn(cells, next, row, columns)) break;
    else rows.push(row);
    c = next;
  }
  // rows without figures at the end are the text after the table
  while (rows.length && !hasFigures(rows[rows.length - 1]!, columns)) rows.pop();
  if (!rows.length) return null;
  end = cells[lastCell]!.end;
  nextLine = lineOf[lastCell]! + 1;
  return { table: { start: lines[at]!.start, end, columns, rows, caption: captionAbove(lines, at) }, nextLine };
}

const MARKER_ONLY = new RegExp(String.raw`^${LEADING_LIST_MARKER.source.slice(1)}$`);
// 1.中等技术学校 / 2.成人中等专业学校 / 3.职业高中学校 / 10 …: numbered rows a table lists without
// figures go on while a numbered row with figures comes within a few rows
function numberedRowsGoOn(cells: TypedCell[], from: number, row: (TypedCell | undefined)[], columns: Column[]): boolean {
  const named = row.find((cell, q) => columns[q]?.role === "name");
  if (!named || !LEADING_LIST_MARKER.test(named.text)) return false;
  for (let c = from, n = 0; c < cells.length && n < 3; n++) {
    const { row: later, next } = takeRow(cells, c, columns, false);
    if (!hasName(later, columns)) return false;
    if (hasFigures(later, columns)) return true;
    c = next;
  }
  return false;
}

// 学校数(所) / 教职工数(人) / 专任教师数(人) / 一、高中阶段 / 16 / …: a statistics table whose header
// has no corner cell, only its measures, one cell per line below a caption
function cornerlessCellTable(lines: Line[], at: number): { table: Table; nextLine: number } | null {
  if (!lines[at]!.text || !measureColumn(lines[at]!.text)) return null;
  const next = filledFrom(lines, at + 1);
  if (next >= lines.length || !measureColumn(lines[next]!.text)) return null;
  const before = at > 0 ? lines.slice(0, at).reverse().find((l) => l.text) : undefined;
  if (before && (cellHeader(before.text) || measureColumn(before.text))) return null;
  return cellTable(lines, at, true);
}

// 合计 | 其中专任教师 under 职工总数(人): the parts a last header cell splits into, on the line below
const SUB_TOTAL = /^(?:合计|小计|总计|计|总数)$/;

/**
 * A header broken over lines, as a PDF's merged cells come out: 学校类别 | 学校数(所) | 占地面积
 * (平方米) / 班级(个) | 在校学生数(人) | 职工总数(人) / 合计 | 其中专任教师, then rows of seven cells.
 * The header's cells in order, one per column of the rows below, and the line it ends on; null
 * when the lines are no such header.
 */
function continuedHeader(lines: Line[], at: number): { texts: string[]; end: number } | null {
  const parts: string[][] = [];
  let k = at;
  let end = at;
  for (; k < lines.length && parts.length < 4; k = filledFrom(lines, k + 1)) {
    const cells = splitLine(lines[k]!, false);
    if (!cells) return null;
    const texts = cells.map((c) => c.text).filter(Boolean);
    if (texts.some(valueLike)) break;
    parts.push(texts);
    end = k;
  }
  if (parts.length < 2 || k >= lines.length) return null;
  const width = splitLine(lines[k]!, false)?.filter((c) => c.text).length ?? 0;
  let texts = parts.flat();
  if (texts.length === width + 1) {
    // 职工总数(人) over 合计 | 其中专任教师: the total keeps the parent's name, the part its own and
    // the parent's unit
    const last = parts[parts.length - 1]!;
    const parent = parts[parts.length - 2]![parts[parts.length - 2]!.length - 1];
    if (!parent || last.length < 2 || !SUB_TOTAL.test(squeeze(last[0]!))) return null;
    const [, unit] = unitInBrackets(squeeze(parent));
    const subs = last.slice(1).map((t) => {
      const part = withoutSub(squeeze(t));
      return unitInBrackets(part)[1] || !unit ? part : `${part}(${unit})`;
    });
    texts = [...parts.slice(0, -1).flat(), ...subs];
  }
  return texts.length === width ? { texts, end } : null;
}
