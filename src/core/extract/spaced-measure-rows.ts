// Statistics tables copied from a PDF, cells split by single spaces: a header of measures broken
// over lines (校(园)数 教职工总数 学校占地面积 / (平方米) / 其中:运动场面积 / (平方米) …), maybe a
// year and a 备注 among them, then rows of a label and one number per measure (幼儿园 56 1040
// 119044.8 …), rows with no numbers left empty, a note at a row's end (含民办20所). Some print
// their 其中 sub-columns on a header line of their own after all the others (… 教职工数 占地面积 /
// 其中:女 其中:女 其中:专任教师) and leave an empty cell as a space between single-space
// separators (其中:市属   95 188); a cell broken over lines goes on on an indented line (毕业班 /
//      学生数).
import { measureColumn, rowLabelColumn, squeeze, type Column } from "./table-headers";
import type { Cell, Table } from "./tables";
import type { PlainLine } from "./year-column-rows";
import { withoutListMarker } from "./list-markers";

// (-0.3: a fall, in a column of changes on the year before)
const NUMBER = String.raw`(?:-?\d[\d,]*(?:\.\d+)?|[*＊—–\-/]+)`;
// a row label's list number or 其中 (1、普通高校, ⒈中职学校, 其中:市属)
const LABEL_MARK = String.raw`(?:其中[:：]|\d{1,2}[、.．](?!\d)|[⒈-⒛])?`;
// a row: its label (words, maybe spaced out: 合 计), three or more numbers, then maybe a note
const ROW = new RegExp(String.raw`^(${LABEL_MARK}[\u4e00-\u9fff（）()、·]+(?: [\u4e00-\u9fff（）()]+)*?)((?: +${NUMBER}){3,})(?: +([\u4e00-\u9fff][^\s]{0,20}))?$`);
// a part: a sub-row (其中:市属) or a sub-column (其中:女)
const PART = /^其中[:：]/;
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
  /** the values' places, counting an empty cell (a space between separators) as one; null when the spacing does not say */
  places: number[] | null;
}

function parseRow(line: PlainLine): Parsed | null {
  const m = ROW.exec(line.text);
  if (!m) return null;
  const values: Parsed["values"] = [];
  const places: number[] = [];
  let from = m[1]!.length;
  let place = -1;
  // (the gaps say which cells are empty only when each is an odd run of spaces)
  let gapsCountCells = true;
  for (const part of m[2]!.split(/( +)/)) {
    if (!part) continue;
    if (part.startsWith(" ")) {
      // three spaces are a separator, an empty cell and a separator
      if (part.length % 2 === 0) gapsCountCells = false;
      place += (part.length - 1) / 2;
      continue;
    }
    const at = line.text.indexOf(part, from);
    values.push({ text: part, start: line.start + at });
    places.push(++place);
    from = at + part.length;
  }
  return { label: squeeze(m[1]!), values, places: gapsCountCells ? places : null };
}

/** The header's words, a unit in brackets joined to the word before it; the year and 备注 set apart. With `joinIndented`, a line indented further than the first goes on with the word before it (毕业班 / 学生数). */
function headerWords(lines: PlainLine[], joinIndented: boolean): { words: string[]; year: number | null; labelled: boolean } {
  const words: string[] = [];
  let year: number | null = null;
  const indent = (line: PlainLine) => (line.raw ? line.raw.length - line.raw.trimStart().length : 0);
  const firstIndent = indent(lines[0]!);
  for (const line of lines) {
    // (a 其中 word starts a sub-column of its own, however it is indented)
    const goesOn = joinIndented && line !== lines[0] && indent(line) > firstIndent && !/\s/.test(line.text) && !PART.test(line.text);
    for (const w of line.text.split(/\s+/).filter(Boolean)) {
      if (words.length && (goesOn || /^[(（][^()（）]{1,8}[)）]$/.test(w))) words[words.length - 1] += w;
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
  const kept: string[] = [];
  for (const w of joined) {
    if (YEAR.test(w)) year = Number(w.slice(0, 4));
    else if (!NOTE_HEADER.test(w)) kept.push(w);
  }
  const labels = rowLabelWords(kept);
  return { words: kept.slice(labels), year, labelled: labels > 0 };
}

// 类 别 学校数(所) …: the header of the row labels first, maybe spaced out to its column's width;
// how many words it takes (0 when there is none)
function rowLabelWords(words: string[]): number {
  for (let n = 1; n <= Math.min(4, words.length - 1); n++) {
    if (n > 1 && !words.slice(0, n).every((w) => /^[\u4e00-\u9fff]$/.test(w))) break;
    if (rowLabelColumn(words.slice(0, n).join(""))) return n;
  }
  return 0;
}

// (校(园)数: the other kind counted, in brackets inside the word, is left out of the measure)
function columnOf(word: string): Column | null {
  return measureColumn(word.replace(/[(（][\u4e00-\u9fff]{1,2}[)）](?=[\u4e00-\u9fff])/g, ""));
}

// what a column counts: a part (其中:专任教师) is of its parent's kind; 其中:女 of heads of either
// (生均校舍面积 counts no pupils: it is an area per pupil)
const STAFF = /教师|教职工|职工|校长|员工|人员/;
const PUPILS = /(?<!卫)生(?!均)|幼儿|儿童/;
const kindOf = (measure: string): string => (/面积/.test(measure) ? "area" : STAFF.test(measure) ? "staff" : PUPILS.test(measure) ? "pupils" : "other");

// The measure of a sub-column within its parent's: 在校生数 + 女 → 在校女生数, 教职工数 + 女 →
// 女教职工数; a sub-column that names its own (专任教师, 运动场面积) keeps it.
function subMeasure(sub: string, parent: Column): Column | null {
  if (/^[女男]$/.test(sub)) {
    if (!parent.measure || kindOf(parent.measure) === "area" || kindOf(parent.measure) === "other") return null;
    const m = /^(.*?)(生数?)$/.exec(parent.measure);
    return { ...parent, measure: m ? m[1]! + sub + m[2]! : sub + parent.measure };
  }
  const own = columnOf(sub) ?? columnOf(sub + "数");
  if (!own || !parent.measure) return null;
  if (kindOf(own.measure ?? "") !== kindOf(parent.measure)) return null;
  return { ...own, unit: own.unit || parent.unit };
}

// A 其中:女 column holds about half of its parent; a share outside these bounds, on average over the
// rows, is no women's column of that parent (kindergartens' staff are nearly all women, hence 0.99)
const WOMEN_SHARE = { min: 0.15, max: 0.99 };
// how much nearer half one placement's women's shares must be than the next one's to be taken
const CLEARLY_NEARER = 0.1;
// placements tried before the search gives up (each step places one sub-column)
const MOST_STEPS = 20000;

/**
 * The columns of a header whose 其中 sub-columns stand apart, after all the others: each sub-column
 * is placed after a parent it can be part of, keeping their order, where in every row it is no more
 * than its parent. Where the figures fit more than one placement, a 其中:女 is about half of its
 * parent in row after row (女 of 在校生 rather than of 毕业班学生, one year's class), and the
 * placement whose women's shares come clearly nearest half is taken; else none.
 */
function placeSubColumns(parents: Column[], subs: string[], rows: (number | undefined)[][]): Column[] | null {
  // (sub k after parent i, with c of the subs before it under parents before i: the parent stands in
  // column i + c, the sub in column i + k + 1)
  const partOf = (k: number, i: number, c: number): Column | null => {
    const sub = subMeasure(subs[k]!, parents[i]!);
    if (!sub) return null;
    const [q, p] = [i + k + 1, i + c];
    return rows.every((r) => r[q] === undefined || r[p] === undefined || r[q]! <= r[p]!) ? sub : null;
  };
  // the women's share of a column in its parent, on average over the rows; null when no row says
  const womenShare = (k: number, i: number, c: number): number | null => {
    const [q, p] = [i + k + 1, i + c];
    const shares = rows.filter((r) => r[q] !== undefined && r[p]).map((r) => r[q]! / r[p]!);
    return shares.length ? shares.reduce((x, y) => x + y, 0) / shares.length : null;
  };
  const found: { columns: Column[]; off: number }[] = [];
  const after: number[] = [];
  const placed: Column[] = [];
  let steps = 0;
  // sub k goes after a parent from `lowest` on (their order kept); `off`: the women's distance from half so far
  const place = (k: number, lowest: number, off: number): void => {
    if (k === subs.length) {
      const columns: Column[] = [];
      parents.forEach((p, i) => columns.push(p, ...placed.filter((_, j) => after[j] === i)));
      found.push({ columns, off });
      return;
    }
    for (let i = lowest; i < parents.length && ++steps <= MOST_STEPS; i++) {
      // (two 其中:女 under one column say nothing)
      if (after.slice(0, k).some((j, n) => j === i && subs[n] === subs[k])) continue;
      const c = after.slice(0, k).filter((j) => j < i).length;
      const sub = partOf(k, i, c);
      if (!sub) continue;
      let share = 0;
      if (/^[女男]$/.test(subs[k]!)) {
        const w = womenShare(k, i, c);
        if (w !== null && (w < WOMEN_SHARE.min || w > WOMEN_SHARE.max)) continue;
        share = w === null ? 0.5 : Math.abs(w - 0.5);
      }
      after[k] = i;
      placed[k] = sub;
      place(k + 1, i, off + share);
    }
    after.length = k;
    placed.length = k;
  };
  place(0, 0, 0);
  if (steps > MOST_STEPS) return null;
  found.sort((x, y) => x.off - y.off);
  if (found.length === 1 || (found.length > 1 && found[1]!.off - found[0]!.off > CLEARLY_NEARER)) return found[0]!.columns;
  return null;
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
  if (!firstRow) return null;
  const inOrder = headerWords(header, false);
  // (one header line is enough when it opens on the row labels' header: 类别 学校数(所) …)
  if (header.length < 2 && !inOrder.labelled) return null;
  // (a first row with an empty cell says its width by where its last value stands)
  const width = Math.max(firstRow.values.length, firstRow.places ? firstRow.places[firstRow.places.length - 1]! + 1 : 0);
  // the rows: a label and a number per column, or fewer where the spacing says which are empty
  const rows: (Cell | undefined)[][] = [];
  let parent = "";
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
    const places = row.values.length === width ? row.values.map((_, i) => i) : row.places;
    if (!places || places[places.length - 1]! >= width) break;
    // 其中:市属 under 二、大学教育: the part is 市属大学教育 (under 总计, just 市属)
    const own = withoutListMarker(row.label.replace(/^[⒈-⒛]/, ""));
    const label = PART.test(own) ? own.replace(PART, "") + parent.replace(/^(?:总计|合计)$/, "") : own;
    if (!PART.test(own)) parent = own;
    const cells: (Cell | undefined)[] = new Array<Cell | undefined>(width + 1).fill(undefined);
    cells[0] = { start: line.start, end: row.values[0]!.start - 1, text: label };
    row.values.forEach((v, i) => (cells[places[i]! + 1] = { start: v.start, end: v.start + v.text.length, text: v.text }));
    rows.push(cells);
    last = k;
  }
  if (rows.length < 2) return null;
  const columns = headerColumns(header, inOrder.words, width, rows);
  if (!columns) return null;
  const { year } = inOrder;
  const caption = captionOf(at);
  const kind = PLANS.test(caption) ? null : ("actual" as const);
  const tableColumns: Column[] = [{ role: "name", year: null, kind: null, unit: "" }, ...columns.map((c) => ({ ...c, year, kind }))];
  return { table: { start: first.start, end: lines[last]!.end, columns: tableColumns, rows, caption }, nextLine: last + 1 };
}

// The value columns of the header: its words in order (其中:运动场面积 after 学校占地面积), else with
// indented lines joined and the 其中 line's sub-columns placed by the rows' figures.
function headerColumns(header: PlainLine[], wordsInOrder: string[], width: number, rows: (Cell | undefined)[][]): Column[] | null {
  const inOrder = wordsInOrder.map((w) => columnOf(w.replace(PART, "")));
  if (inOrder.length === width && inOrder.every(Boolean)) return inOrder as Column[];
  const { words } = headerWords(header, true);
  const subs = words.filter((w) => PART.test(w));
  const parents = words.filter((w) => !PART.test(w)).map(columnOf);
  // (four sub-columns at most: a header of more is no such table, and it bounds the search)
  if (!subs.length || subs.length > 4 || parents.length + subs.length !== width || !parents.every(Boolean)) return null;
  // (subs printed after their parents, not among them)
  if (!words.slice(words.length - subs.length).every((w) => PART.test(w))) return null;
  const numbers = rows.map((r) => r.slice(1).map((c) => (c && /^\d[\d,]*(?:\.\d+)?$/.test(c.text) ? Number(c.text.replace(/,/g, "")) : undefined)));
  return placeSubColumns(parents as Column[], subs.map((w) => w.replace(PART, "")), numbers);
}
