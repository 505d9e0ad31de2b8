// Statistics tables copied from a PDF, cells split by single spaces: a header of measures broken
// over lines (校(园)数 教职工总数 学校占地面积 / (平方米) / 其中:运动场面积 / (平方米) …), maybe a
// year and a 备注 among them, then rows of a label and one number per measure (幼儿园 56 1040
// 119044.8 …), rows with no numbers left empty, a note at a row's end (含民办20所).
import { measureColumn, squeeze, type Column } from "./table-headers";
import type { Cell, Table } from "./tables";
import type { PlainLine } from "./year-column-rows";

const NUMBER = String.raw`(?:\d[\d,]*(?:\.\d+)?|[*＊—–\-/]+)`;
// a row: its label (words, maybe spaced out: 合 计), three or more numbers, then maybe a note
const ROW = new RegExp(String.raw`^([\u4e00-\u9fff（）()、·]+(?: [\u4e00-\u9fff（）()]+)*?)((?: +${NUMBER}){3,})(?: +([\u4e00-\u9fff][^\s]{0,20}))?$`);
const YEAR = /^(?:19|20)\d{2}年?(?:度|底|末)?$/;
const NOTE_HEADER = /^备注$/;
const PLANS = /目标|规划|计划|预期|预测/;
// the first header line names a measure or the year
const FIRST_HINT = /数|面积|资产|图书|经费|金额|(?:19|20)\d{2}\s*年/;
// header lines are short and hold no sentence
const HEADER_LINE = /^[^，,。；;！？!?]{1,40}$/;

interface Parsed {
  label: string;
  values: { text: string; start: number }[];
}

function parseRow(line: PlainLine): Parsed | null {
  const m = ROW.exec(line.text);
  if (!m) return null;
  const values: Parsed["values"] = [];
  let from = m[1]!.length;
  for (const v of m[2]!.trim().split(/ +/)) {
    const at = line.text.indexOf(v, from);
    values.push({ text: v, start: line.start + at });
    from = at + v.length;
  }
  return { label: squeeze(m[1]!), values };
}

/** The header's words as cells: a unit in brackets joins the word before it; the year and 备注 are set apart. */
function headerWords(lines: PlainLine[]): { measures: string[]; year: number | null } {
  const words: string[] = [];
  let year: number | null = null;
  for (const line of lines) {
    for (const w of line.text.split(/\s+/).filter(Boolean)) {
      if (/^[(（][^()（）]{1,8}[)）]$/.test(w) && words.length) words[words.length - 1] += w;
      else words.push(w);
    }
  }
  // 备 注 spaced out to its column's width
  const joined: string[] = [];
  for (const w of words) {
    const prev = joined[joined.length - 1];
    if (prev === "备" && w === "注") joined[joined.length - 1] = "备注";
    else joined.push(w);
  }
  const measures: string[] = [];
  for (const w of joined) {
    if (YEAR.test(w)) year = Number(w.slice(0, 4));
    else if (!NOTE_HEADER.test(w)) measures.push(w.replace(/^其中[:：]/, ""));
  }
  return { measures, year };
}

/** A table of this kind whose header starts at line `at`, or null. */
export function spacedMeasureTable(lines: PlainLine[], at: number, captionOf: (at: number) => string): { table: Table; nextLine: number } | null {
  const first = lines[at]!;
  // (a quick look first: this is tried at every line)
  if (!first.text || !FIRST_HINT.test(first.text) || !HEADER_LINE.test(first.text) || parseRow(first) || /(?<!\d)\d{3,}(?![\d年])/.test(first.text)) return null;
  // the header: short lines up to the first row
  const header: PlainLine[] = [];
  let k = at;
  let firstRow: Parsed | null = null;
  for (; k < lines.length && header.length <= 16; k++) {
    const line = lines[k]!;
    if (!line.text) continue;
    firstRow = parseRow(line);
    if (firstRow) break;
    if (!HEADER_LINE.test(line.text)) return null;
    header.push(line);
  }
  if (!firstRow || header.length < 2) return null;
  const { measures, year } = headerWords(header);
  // (校(园)数: the other kind counted, in brackets inside the word, is left out of the measure)
  const columns = measures.map((m) => measureColumn(m.replace(/[(（][\u4e00-\u9fff]{1,2}[)）](?=[\u4e00-\u9fff])/g, "")));
  const width = firstRow.values.length;
  if (measures.length !== width || columns.some((c) => !c)) return null;
  const caption = captionOf(at);
  const kind = PLANS.test(caption) ? null : ("actual" as const);
  const rows: (Cell | undefined)[][] = [];
  let last = k;
  let blanks = 0;
  for (; k < lines.length; k++) {
    const line = lines[k]!;
    if (!line.text) {
      if (++blanks > 10) break;
      continue;
    }
    blanks = 0;
    const row = parseRow(line);
    if (!row) {
      // 九年一贯制学校 with no figures: an empty row of the table; anything else ends it
      if (/^[\u4e00-\u9fff（）()]{2,16}$/.test(line.text)) continue;
      break;
    }
    if (row.values.length !== width) break;
    const nameCell: Cell = { start: line.start, end: row.values[0]!.start - 1, text: row.label };
    rows.push([nameCell, ...row.values.map((v) => ({ start: v.start, end: v.start + v.text.length, text: v.text }))]);
    last = k;
  }
  if (rows.length < 2) return null;
  const tableColumns: Column[] = [{ role: "name", year: null, kind: null, unit: "" }, ...columns.map((c) => ({ ...c!, year, kind }))];
  return { table: { start: first.start, end: lines[last]!.end, columns: tableColumns, rows, caption }, nextLine: last + 1 };
}
