// Statistics tables as yearbooks print them (统计年鉴, 教育事业基本情况): a header that ends in
// bare years (Item 2006 2007 / 项目 2022年 2023年), then rows whose label (often followed by an
// English one) ends in one number per year, split by spaces; rows with no numbers name the
// measure of the rows below (学校数, 专任教师), and a 单位：人、所 line gives the units.
import type { Column } from "./table-headers";
import type { Cell, Table } from "./tables";

export interface PlainLine {
  start: number;
  end: number;
  text: string;
  /** the line untrimmed, where its indent says a header cell goes on */
  raw?: string;
}

const HEADER = /^(.{0,24}?)\s+((?:(?:19|20)\d{2}\s*年?\s+)+(?:19|20)\d{2}\s*年?)$/;
const NUMBER = String.raw`(?:-?\d[\d,]*(?:\.\d+)?|[-—…]+)`;
const UNITS_LINE = /单位\s*[：:]\s*([\u4e00-\u9fff、，,/\s]{1,20})/;
// a plan's caption makes its later years targets; a yearbook's years are all counted
const PLANS = /目标|规划|计划|预期|预测/;

/** A yearbook table starting at line `at` (its header), or null. */
export function yearColumnTable(lines: PlainLine[], at: number, captionOf: (at: number) => string): { table: Table; nextLine: number } | null {
  // (a header is short: a long line, or a text on one line, is passed at once)
  const header = lines[at]!.text.length <= 80 ? HEADER.exec(lines[at]!.text) : null;
  if (!header || /[，,。；;：:]/.test(header[1]!)) return null;
  const caption = captionOf(at);
  const years = [...header[2]!.matchAll(/(?:19|20)\d{2}/g)].map((m) => Number(m[0]));
  const n = years.length;
  if (new Set(years).size !== n) return null;
  const row = new RegExp(String.raw`^(.*?[\u4e00-\u9fff][^\d]*?)((?:\s+${NUMBER}){${n}})\s*$`);
  const units = unitsAbove(lines, at);
  const planned = PLANS.test(caption);
  const rows: (Cell | undefined)[][] = [];
  let measure = "";
  let last = at;
  for (let k = at + 1, gap = 0; k < lines.length && gap <= 1; k++) {
    const line = lines[k]!;
    if (!line.text) continue;
    const m = row.exec(line.text);
    if (!m) {
      const label = chineseOf(line.text);
      // 学校数 Number of Schools: the measure of the rows below
      if (label && label.length <= 12 && !/\d/.test(line.text) && !/[，,。；;]/.test(line.text)) {
        measure = label;
        gap = 0;
        continue;
      }
      gap++;
      continue;
    }
    gap = 0;
    const label = chineseOf(m[1]!);
    if (label.length < 2) continue;
    const name = measure ? nameWithMeasure(label, measure) : label;
    const unit = unitFor(units, measure || label);
    const nameCell: Cell = { start: line.start, end: line.start + m[1]!.trimEnd().length, text: name };
    const cells: (Cell | undefined)[] = [nameCell, unit ? { start: nameCell.start, end: nameCell.end, text: unit } : undefined];
    let from = line.start + m[1]!.length;
    for (const v of m[2]!.trim().split(/\s+/)) {
      const start = line.text.indexOf(v, from - line.start) + line.start;
      cells.push({ start, end: start + v.length, text: v });
      from = start + v.length;
    }
    rows.push(cells);
    last = k;
  }
  if (rows.length < 2) return null;
  const columns: Column[] = [
    { role: "name", year: null, kind: null, unit: "" },
    { role: "unit", year: null, kind: null, unit: "" },
    ...years.map((year) => ({ role: "value" as const, year, kind: planned ? null : ("actual" as const), unit: "" })),
  ];
  return { table: { start: lines[at]!.start, end: lines[last]!.end, columns, rows, caption }, nextLine: last + 1 };
}

// the Chinese words of a label, without the English beside it and the spaces of alignment
function chineseOf(text: string): string {
  return text
    .replace(/[A-Za-z][A-Za-z\s,.'&()\-/]*/g, " ")
    .replace(/\s+/g, "")
    .replace(/^[、，,.．·]+|[、，,.．·]+$/g, "");
}

// 普通高等学校 under 学校数 → 普通高等学校数; under 专任教师 → 普通高等学校专任教师
function nameWithMeasure(label: string, measure: string): string {
  if (/^(?:学校|校)数$/.test(measure)) return /(?:学校|学院|园|校)$/.test(label) ? label + "数" : label + "学校数";
  return label.endsWith(measure) ? label : label + measure;
}

function unitsAbove(lines: PlainLine[], at: number): string[] {
  for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
    const m = UNITS_LINE.exec(lines[k]!.text);
    if (m) return m[1]!.split(/[、，,/\s]+/).filter(Boolean);
  }
  return [];
}

// which of the listed units a measure counts in: schools in 所, people in 人
function unitFor(units: string[], measure: string): string {
  if (units.length <= 1) return units[0] ?? "";
  if (/学校|校数|园数|机构/.test(measure) && units.includes("所")) return "所";
  if (/教师|学生|招生|在校|毕业|人数|幼儿|儿童|教职工|人员/.test(measure) && units.includes("人")) return "人";
  return "";
}
