// Reporting units from a CSV people make in Excel: `code,name,parent` (parent optional; the
// Chinese headers 编号/名称/上级 also work). Plans rarely list their units, so users supply them.
import { both, type Bilingual, type Messages } from "../i18n/messages";
import { ID_PATTERN } from "./constants";
import type { ReportingUnit } from "./schema";

export type UnitsResult = { ok: true; units: ReportingUnit[] } | { ok: false; message: Bilingual };

type Said = (m: Messages["unitsCsv"]) => string;

/** What is wrong on one line of the file, in every locale. */
const at = (file: string, line: number, what: Said): Bilingual => both((m) => m.unitsCsv.at(file, line, what(m.unitsCsv)));

/** `code,name,parent` (parent optional); Excel's CSV (GB18030 or UTF-8 with BOM) reads too. */
export function parseUnitsCsv(content: string, file: string, options: { implicitHeader?: boolean } = {}): UnitsResult {
  const fail = (line: number, what: Said): UnitsResult => ({ ok: false, message: at(file, line, what) });
  const lines = content.replace(/^\ufeff/, "").split(/\r?\n/);
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const cells = splitCsvLine(lines[i]!);
    if (!cells) return fail(i + 1, (m) => m.quote);
    rows.push({ line: i + 1, cells: cells.map((c) => c.trim()) });
  }
  // Rows pasted from Excel often come without the header: then it is code,name,parent.
  if (options.implicitHeader && !(rows[0] && HEADER.test(rows[0].cells[0] ?? ""))) rows.unshift({ line: 0, cells: ["code", "name", "parent"] });
  if (!rows.length) return fail(1, (m) => m.empty);
  const header = rows[0]!.cells.map((h) => h.toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const codeCol = col(["code", "id", "编号", "代码"]);
  const nameCol = col(["name", "名称", "单位名称"]);
  const parentCol = col(["parent", "上级", "上级编号"]);
  if (codeCol < 0 || nameCol < 0) return fail(rows[0]!.line, (m) => m.header);
  const units: ReportingUnit[] = [];
  const firstLine = new Map<string, number>();
  const parentLine = new Map<string, number>();
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length > header.length) return fail(line, (m) => m.columns(cells.length, header.length));
    const code = cells[codeCol] ?? "";
    const name = cells[nameCol] ?? "";
    const parent = parentCol >= 0 ? (cells[parentCol] ?? "") : "";
    if (!ID_PATTERN.test(code)) return fail(line, (m) => m.code(code));
    if (!name) return fail(line, (m) => m.name);
    const earlier = firstLine.get(code);
    if (earlier !== undefined) return fail(line, (m) => m.duplicate(code, earlier));
    if (parent === code) return fail(line, (m) => m.self);
    firstLine.set(code, line);
    if (parent) parentLine.set(code, line);
    units.push({ id: code, name, ...(parent ? { parent } : {}) });
  }
  for (const { id, parent } of units) {
    if (parent !== undefined && !firstLine.has(parent)) return fail(parentLine.get(id)!, (m) => m.parent(parent));
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
      if (earlier !== undefined) return { ok: false, message: at(label, line, (m) => m.nameDuplicate(name, earlier)) };
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
