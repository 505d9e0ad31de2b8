// Tables of prose written with bars between cells (项目 | 2022年度任务目标 | 1-9月份完成情况 |
// …), as a saved web page or a copied document gives them: their cells are sentences, read by
// the prose pass, but the column a figure stands in says whether it is the year's target or
// what was done so far, and for which year.
import type { Kind } from "./types";
import { findYears } from "./years";

export interface BarCell {
  /** offset in the text where the cell's content starts */
  start: number;
  kind: Kind | null;
  year: number | null;
}

// progress first: 任务完成情况 is what was done
const DONE = /完成情况|进展|进度|成效|实际|现状|落实情况|执行情况|完成数|已完成|完成值|实绩/;
const PLANNED = /目标|计划|任务|预期|指标值|规划/;

interface Row {
  start: number;
  end: number;
  /** per cell, where it starts; aligned to the header's columns from the right */
  cells: { start: number; column: number }[];
}

/** The cells of a bar-split line: where each starts and its text, outer bars and trailing
 *  empty cells left out. */
function barCells(line: string, at: number): { start: number; text: string }[] {
  const out: { start: number; text: string }[] = [];
  let from = 0;
  for (let i = 0; i <= line.length; i++) {
    if (i < line.length && line[i] !== "|" && line[i] !== "｜") continue;
    const raw = line.slice(from, i);
    out.push({ start: at + from + (raw.length - raw.trimStart().length), text: raw.trim() });
    from = i + 1;
  }
  if (/^\s*[|｜]/.test(line)) out.shift();
  while (out.length && !out[out.length - 1]!.text) out.pop();
  return out;
}

export class BarTables {
  private readonly rows: Row[] = [];
  private readonly meanings: { kind: Kind | null; year: number | null }[][] = [];
  private readonly tableOf: number[] = [];

  constructor(s: string) {
    if (!/[|｜]/.test(s)) return;
    let header: { kind: Kind | null; year: number | null }[] | null = null;
    let at = 0;
    for (const line of s.split("\n")) {
      const cells = /[|｜]/.test(line) ? barCells(line, at) : [];
      if (cells.length < 2) header = null;
      else if (!header || isHeader(cells)) {
        header = isHeader(cells) ? meaningsOf(cells) : null;
        if (header) this.meanings.push(header);
      } else {
        const shift = Math.max(0, header.length - cells.length);
        this.rows.push({ start: at, end: at + line.length, cells: cells.map((c, q) => ({ start: c.start, column: q + shift })) });
        this.tableOf.push(this.meanings.length - 1);
      }
      at += line.length + 1;
    }
  }

  /** The cell a figure at `offset` stands in, with what its column says; null outside. */
  at(offset: number): BarCell | null {
    // rows are in text order: the last one starting at or before the offset
    let lo = 0;
    let hi = this.rows.length - 1;
    let r = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.rows[mid]!.start <= offset) {
        r = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const row = this.rows[r];
    if (!row || offset > row.end) return null;
    let cell = row.cells[0]!;
    for (const c of row.cells) if (c.start <= offset) cell = c;
    const meaning = this.meanings[this.tableOf[r]!]![cell.column];
    return meaning ? { start: cell.start, ...meaning } : null;
  }
}

// A header: short cells, no sentence, and at least one naming targets or progress.
function isHeader(cells: { text: string }[]): boolean {
  if (cells.length < 3 || cells.some((c) => c.text.length > 24 || /[。；;，,]/.test(c.text))) return false;
  return cells.some((c) => DONE.test(c.text) || PLANNED.test(c.text));
}

function meaningsOf(cells: { text: string }[]): { kind: Kind | null; year: number | null }[] {
  const own = cells.map((c) => {
    const years = findYears(c.text, 0, c.text.length).filter((y) => y.role === "for" && y.year !== null);
    return years.length === 1 ? years[0]!.year : null;
  });
  // one year named in the header is the table's (2022年度任务目标 | 1-9月份完成情况)
  const named = [...new Set(own.filter((y) => y !== null))];
  return cells.map((c, q) => {
    const kind: Kind | null = DONE.test(c.text) ? "actual" : PLANNED.test(c.text) ? "target" : null;
    return { kind, year: kind ? (own[q] ?? (named.length === 1 ? named[0]! : null)) : null };
  });
}
