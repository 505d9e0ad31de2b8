// Reporting units from a CSV people make in Excel: `code,name,parent` (parent optional; the
// Chinese headers 编号/名称/上级 also work). Plans rarely list their units, so users supply them.
import type { Bilingual } from "../i18n/messages";
import { ID_PATTERN, type ReportingUnit } from "./schema";

export type UnitsResult = { ok: true; units: ReportingUnit[] } | { ok: false; message: Bilingual };

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });
const text = {
  csv: (file: string, line: number, what: Bilingual) => t(`${file} 第 ${line} 行：${what["zh-CN"]}`, `${file} line ${line}: ${what["en-US"]}`),
  csvHeader: t("表头应为 code,name,parent（parent 可省略）。请把第一行改成这样。", "the header must be code,name,parent (parent optional). Make the first line say so."),
  csvColumns: (n: number, want: number) => t(`有 ${n} 列，表头有 ${want} 列。含逗号的名称请用英文双引号括起来。`, `${n} columns where the header has ${want}. Put names that contain commas in double quotes.`),
  csvCode: (code: string) => t(`编号“${code}”不合规：须以英文字母开头，只含英文字母、数字和下划线（最长 63 个字符），例如 school_01。`, `code "${code}" is not valid: start with an ASCII letter, then letters, digits or _ (at most 63 characters), e.g. school_01.`),
  csvName: t("名称为空。请填写单位名称。", "the name is empty. Fill in the unit's name."),
  csvDuplicate: (code: string, first: number) => t(`编号“${code}”与第 ${first} 行重复。每个单位的编号须唯一。`, `code "${code}" repeats line ${first}. Each unit needs its own code.`),
  csvParent: (parent: string) => t(`上级“${parent}”不在文件中。请填写已有单位的编号，或留空。`, `parent "${parent}" is not in the file. Give the code of a listed unit, or leave it empty.`),
  csvSelf: t("上级不能是单位自己。", "a unit cannot be its own parent."),
  csvQuote: t("引号没有闭合。请检查英文双引号是否成对。", "a quote is not closed. Check that double quotes come in pairs."),
  nameDuplicate: (name: string, first: number) => t(`单位“${name}”与第 ${first} 行重复。`, `unit "${name}" repeats line ${first}.`),
  csvEmpty: t("文件是空的。第一行应为表头 code,name,parent。", "the file is empty. The first line must be the header code,name,parent."),
};

/** `code,name,parent` (parent optional); Excel's CSV (GB18030 or UTF-8 with BOM) reads too. */
export function parseUnitsCsv(content: string, file: string, options: { implicitHeader?: boolean } = {}): UnitsResult {
  const fail = (line: number, what: Bilingual): UnitsResult => ({ ok: false, message: text.csv(file, line, what) });
  const lines = content.replace(/^\ufeff/, "").split(/\r?\n/);
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const cells = splitCsvLine(lines[i]!);
    if (!cells) return fail(i + 1, text.csvQuote);
    rows.push({ line: i + 1, cells: cells.map((c) => c.trim()) });
  }
  // Rows pasted from Excel often come without the header: then it is code,name,parent.
  if (options.implicitHeader && !(rows[0] && HEADER.test(rows[0].cells[0] ?? ""))) rows.unshift({ line: 0, cells: ["code", "name", "parent"] });
  if (!rows.length) return fail(1, text.csvEmpty);
  const header = rows[0]!.cells.map((h) => h.toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const codeCol = col(["code", "id", "编号", "代码"]);
  const nameCol = col(["name", "名称", "单位名称"]);
  const parentCol = col(["parent", "上级", "上级编号"]);
  if (codeCol < 0 || nameCol < 0) return fail(rows[0]!.line, text.csvHeader);
  const units: ReportingUnit[] = [];
  const firstLine = new Map<string, number>();
  const parentLine = new Map<string, number>();
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length > header.length) return fail(line, text.csvColumns(cells.length, header.length));
    const code = cells[codeCol] ?? "";
    const name = cells[nameCol] ?? "";
    const parent = parentCol >= 0 ? (cells[parentCol] ?? "") : "";
    if (!ID_PATTERN.test(code)) return fail(line, text.csvCode(code));
    if (!name) return fail(line, text.csvName);
    const earlier = firstLine.get(code);
    if (earlier !== undefined) return fail(line, text.csvDuplicate(code, earlier));
    if (parent === code) return fail(line, text.csvSelf);
    firstLine.set(code, line);
    if (parent) parentLine.set(code, line);
    units.push({ id: code, name, ...(parent ? { parent } : {}) });
  }
  for (const u of units) {
    if (u.parent !== undefined && !firstLine.has(u.parent)) return fail(parentLine.get(u.id)!, text.csvParent(u.parent));
  }
  return { ok: true, units };
}

const HEADER = /^(code|id|编号|代码)$/i;

/** Units as pasted into the task pane: rows copied from Excel (tab-separated) or typed as
 *  code,name,parent, with or without the header; or a plain column of names, which get codes
 *  u01, u02 … in order. Line numbers in messages count the pasted lines from 1. */
export function parsePastedUnits(content: string, label: string): UnitsResult {
  const lines = content.replace(/^\ufeff/, "").split(/\r?\n/);
  const filled = lines.flatMap((l, i) => (l.trim() !== "" ? [{ text: l.trim(), line: i + 1 }] : []));
  const namesOnly = filled.length > 0 && filled.every((l) => !/[\t,，]/.test(l.text)) && filled.some((l) => !ID_PATTERN.test(l.text));
  if (namesOnly) {
    const width = Math.max(2, String(filled.length).length);
    const first = new Map<string, number>();
    for (const { text: name, line } of filled) {
      const earlier = first.get(name);
      if (earlier !== undefined) return { ok: false, message: text.csv(label, line, text.nameDuplicate(name, earlier)) };
      first.set(name, line);
    }
    return { ok: true, units: filled.map((l, i) => ({ id: `u${String(i + 1).padStart(width, "0")}`, name: l.text })) };
  }
  return parseUnitsCsv(content.replace(/\t/g, ","), label, { implicitHeader: true });
}

// One CSV line: commas separate, "…" quotes, "" inside quotes is a quote. Null when a quote is open.
export function splitCsvLine(line: string): string[] | null {
  const cells: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && !cur.trim()) {
      quoted = true;
      cur = "";
    } else if (c === "," || c === "，") {
      cells.push(cur);
      cur = "";
    } else cur += c;
  }
  if (quoted) return null;
  cells.push(cur);
  return cells;
}
