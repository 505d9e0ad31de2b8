// Headings of a plan: 一、 / （一） / 1、 / (1) / ①, on their own line or, in text pasted from
// a viewer that lost the line breaks, right after the end of a sentence. Numbered paragraphs
// (1、高标准普及十五年基础教育。全区…) are items, not headings: only a line that is nothing
// but a title opens a section at the lower levels.

export interface Heading {
  start: number;
  /** end of the title (the body may go on after it on the same line) */
  end: number;
  level: number;
  title: string;
}

// (a plan's 第一章 and 第一节 stand above its 一、; a 第一节 followed by words on its line is not one)
const MARKERS: [RegExp, number][] = [
  [/^第[一二三四五六七八九十]{1,3}(?:章|部分)/, -1],
  [/^第[一二三四五六七八九十]{1,3}节(?!课)/, 0],
  [/^[一二三四五六七八九十]{1,3}[、.．](?!是)/, 1],
  [/^[(（][一二三四五六七八九十]{1,3}[)）]/, 2],
  [/^\d{1,2}[、.．](?!\d)/, 3],
  [/^[(（]\d{1,2}[)）]/, 4],
  [/^[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]/, 5],
];
const MAX_TITLE = 40;
// 2020年工作回顾 / “十四五”时期任务 / 2021年重点工作 on a line of their own: a section's title
// with no number (a news page's, whose 01 02 went with the page furniture)
const UNNUMBERED_TITLE = /(?:工作回顾|主要工作回顾|工作总结|完成情况|进展情况|时期任务|主要任务|重点任务|重点工作|工作打算|工作思路|工作计划|工作安排|工作要点|主要目标|发展目标|主要成效|工作成效|民生实事|实事项目)$/;

const YEAR_ALONE = /^(?:19|20)\d{2}\s*年度?$/;

// 表1 …完成情况: a table's caption, whose table the reading has taken out of the text
const TABLE_CAPTION = /^(?:附?表|图)\s*[\d一二三四五六七八九十]/;

function markerAt(s: string, i: number): { level: number; length: number } | null {
  const head = s.slice(i, i + 8);
  for (const [re, level] of MARKERS) {
    const m = re.exec(head);
    if (m) return { level, length: m[0].length };
  }
  return null;
}

export function findHeadings(s: string): Heading[] {
  const out: Heading[] = [];
  let lineStart = 0;
  while (lineStart < s.length) {
    let lineEnd = s.indexOf("\n", lineStart);
    if (lineEnd < 0) lineEnd = s.length;
    scanLine(s, lineStart, lineEnd, out);
    lineStart = lineEnd + 1;
  }
  // 2025年工作安排 over 七、抓民生促和谐: a title with no number that leads numbered sections holds
  // them (a report's review and its year's tasks each go on numbering the report's parts) when the
  // first of them follows at once; the document's own title repeated on a line holds nothing, nor
  // does a table's caption (表1 2022年主要指标完成情况) with its rows between it and the next 二、
  // (once one such title holds numbered sections, the report's other parts are titled alike:
  // 2024年工作计划 with prose under it stands beside 2023年工作总结, not under it)
  const docTitle = /^\s*([^\n]*)/.exec(s)![1]!.trim();
  const partTitle = (h: Heading) => h.level === 1 && h.title !== docTitle && !TABLE_CAPTION.test(h.title) && UNNUMBERED_TITLE.test(h.title) && !markerAt(s, h.start);
  const holds = out.some((h, k) => {
    const next = out[k + 1];
    // (2014年工作总结 / 2014年，在区委…领导下… / 一、…: a paragraph that opens a year's part may stand
    // between its title and its first numbered section; 工作思路 over a paragraph is a section of its own)
    return partTitle(h) && !!next && next.level === 1 && !!markerAt(s, next.start) && (!s.slice(h.end, next.start).trim() || (/(?:19|20)\d{2}\s*年/.test(h.title) && /^\s*一\s*[、.．]/.test(s.slice(next.start, next.start + 4))));
  });
  if (holds) for (const h of out) if (partTitle(h)) h.level = 0.5;
  return out;
}

function scanLine(s: string, lineStart: number, lineEnd: number, out: Heading[]): void {
  let i = lineStart;
  while (i < lineEnd && /\s/.test(s[i]!)) i++;
  const line = s.slice(i, lineEnd).trimEnd();
  const first = markerAt(s, i);
  // (the text's first line is its title, not a section's)
  // (2024年 alone on its line, 2025年 further down: a summary's and a plan's parts titled by year)
  if (!first && (UNNUMBERED_TITLE.test(line) || YEAR_ALONE.test(line)) && line.length <= 24 && !/[。；;！？!?，,：:、]/.test(line) && /\S/.test(s.slice(0, i))) {
    out.push({ start: i, end: i + line.length, level: 1, title: line });
    return;
  }
  // 一 基础与背景: a numeral and a space before a title on a line of its own (a copy that lost its 、)
  if (!first && /^[一二三四五六七八九十]{1,3}[ \u3000]+[\u4e00-\u9fff]/.test(line) && line.length <= 24 && !/[。；;！？!?，,：:、]/.test(line)) {
    out.push({ start: i, end: i + line.length, level: 1, title: line });
    return;
  }
  if (first) {
    const whole = line.replace(/[。：:；;]$/, "");
    const titleOnly = !/[。；;！？!?]/.test(whole) && whole.length <= MAX_TITLE && !/[。；;]$/.test(line);
    if (titleOnly) {
      out.push({ start: i, end: i + whole.length, level: first.level, title: whole });
      return;
    }
    if (first.level <= 2) pushInline(s, i, lineEnd, first.level, first.length, out);
  }
  // headings of levels 1–2 run into the text after a sentence end: …支持。二、优化资源配置…
  for (let j = i + 1; j < lineEnd; j++) {
    const c = s[j]!;
    if (c !== "。" && c !== "；" && c !== "：" && c !== ":" && c !== "！" && c !== "？") continue;
    let k = j + 1;
    while (k < lineEnd && s[k] === " ") k++;
    const m = markerAt(s, k);
    if (m && m.level <= 2) pushInline(s, k, lineEnd, m.level, m.length, out);
  }
}

function pushInline(s: string, start: number, lineEnd: number, level: number, markerLength: number, out: Heading[]): void {
  let k = start + markerLength;
  const limit = Math.min(lineEnd, start + markerLength + MAX_TITLE + 1);
  while (k < limit) {
    const c = s[k]!;
    if (c === "。" || c === "；" || c === "！" || c === "？") break;
    // the first item of the section starts right after the title: …党的建设1.认真抓好…
    if (k > start + markerLength + 1 && markerAt(s, k) && /[\d(（]/.test(c)) break;
    k++;
  }
  if (k >= limit && k < lineEnd) return; // too long to be a title
  const title = s.slice(start, k).trim();
  if (title.length > markerLength) out.push({ start, end: k, level, title });
}

/** Heading titles above `at`, outermost first. */
export function sectionPathAt(headings: Heading[], at: number): string[] {
  return new SectionIndex(headings).pathAt(at);
}

/** Section paths of every heading computed once; each lookup is a binary search. */
export class SectionIndex {
  private readonly paths: string[][] = [];
  constructor(private readonly headings: Heading[]) {
    const stack: Heading[] = [];
    for (const h of headings) {
      while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
      stack.push(h);
      this.paths.push(stack.map((x) => x.title));
    }
  }

  pathAt(at: number): string[] {
    let lo = 0;
    let hi = this.headings.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.headings[mid]!.start <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo === 0 ? [] : [...this.paths[lo - 1]!];
  }
}
