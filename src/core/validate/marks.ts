// Marks on the cells: a fill that says "look here" on every cell with a finding, listed in the
// hidden metadata so one click can put every marked cell back to the template's input colour.
// Only fills change: values, formulas and number formats are never touched. A protected sheet
// is unprotected for the change and protected again as the template had it.
import { COLOURS, protectChange } from "../template/layout";
import type { WorkbookChange } from "../workbook/workbook";
import type { Finding } from "./finding";

export const MARKS_KEY = "validation.marks";
/** a metadata value is one cell: stay under Excel's 32,767 characters per cell */
const PART_LENGTH = 30000;
export const MARK_FILLS = { error: "#FFC7CE", warning: "#FFEB9C", explained: "#E2EFDA" } as const;

interface Mark {
  sheet: string;
  cell: string;
}

/** Fill every cell that has a finding: errors red, open warnings amber, explained ones green. */
/** The workbook's metadata, where the marks of the last run are listed. */
export type MarksMetadata = Record<string, string>;

export function markChanges(findings: readonly Finding[], previousMarks: MarksMetadata | undefined, options: { password?: string } = {}): WorkbookChange[] {
  const worst = new Map<string, { mark: Mark; fill: string }>();
  const rank = (fill: string) => (fill === MARK_FILLS.error ? 2 : fill === MARK_FILLS.warning ? 1 : 0);
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const fill = f.severity === "error" ? MARK_FILLS.error : f.explanation !== undefined ? MARK_FILLS.explained : MARK_FILLS.warning;
    const key = `${f.sheet}!${f.cell}`;
    const had = worst.get(key);
    if (!had || rank(fill) > rank(had.fill)) worst.set(key, { mark: { sheet: f.sheet, cell: f.cell }, fill });
  }
  const marks = [...worst.values()];
  const changes = [...clearFills(previousMarks), ...marks.map(({ mark, fill }): WorkbookChange => ({ op: "setStyle", sheet: mark.sheet, range: mark.cell, style: { fill } }))];
  return [...changes, ...reprotect(changes, options.password), { op: "setMetadata", entries: marksEntries(marks.map((m) => m.mark), previousMarks) }];
}

/** Put every marked cell back to the input colour and forget the marks. */
export function clearMarkChanges(previousMarks: MarksMetadata | undefined, options: { password?: string } = {}): WorkbookChange[] {
  const changes = clearFills(previousMarks);
  return [...changes, ...reprotect(changes, options.password), { op: "setMetadata", entries: marksEntries([], previousMarks) }];
}

/** The marks as metadata: `sheet → "E3,E5,…"` in JSON, split over numbered parts when long.
 *  Parts a previous, longer list used are emptied. */
function marksEntries(marks: readonly Mark[], previous: MarksMetadata | undefined): Record<string, string> {
  // a Map: sheet names come from the workbook, and one may be "constructor"
  const bySheet = new Map<string, string[]>();
  for (const m of marks) {
    const cells = bySheet.get(m.sheet);
    if (cells) cells.push(m.cell);
    else bySheet.set(m.sheet, [m.cell]);
  }
  const text = JSON.stringify(Object.fromEntries([...bySheet].map(([sheet, cells]) => [sheet, cells.join(",")])));
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += PART_LENGTH) parts.push(text.slice(i, i + PART_LENGTH));
  const entries: Record<string, string> = { [MARKS_KEY]: String(parts.length) };
  parts.forEach((p, i) => (entries[`${MARKS_KEY}.${i + 1}`] = p));
  const before = Number(previous?.[MARKS_KEY] ?? 0);
  for (let i = parts.length + 1; i <= before; i++) entries[`${MARKS_KEY}.${i}`] = "";
  return entries;
}

function clearFills(previousMarks: MarksMetadata | undefined): WorkbookChange[] {
  return parseMarks(previousMarks).map((m): WorkbookChange => ({ op: "setStyle", sheet: m.sheet, range: m.cell, style: { fill: COLOURS.input } }));
}

function reprotect(changes: readonly WorkbookChange[], password: string | undefined): WorkbookChange[] {
  const sheets = [...new Set(changes.flatMap((c) => (c.op === "setStyle" ? [c.sheet] : [])))];
  return sheets.map((sheet) => protectChange(sheet, password));
}

export function parseMarks(metadata: MarksMetadata | undefined): Mark[] {
  const count = Number(metadata?.[MARKS_KEY] ?? 0);
  if (!metadata || !Number.isInteger(count) || count <= 0) return [];
  let text = "";
  for (let i = 1; i <= count; i++) text += metadata[`${MARKS_KEY}.${i}`] ?? "";
  try {
    const data: unknown = JSON.parse(text);
    if (typeof data !== "object" || data === null) return [];
    return Object.entries(data as Record<string, unknown>).flatMap(([sheet, cells]) =>
      typeof cells === "string" ? cells.split(",").filter((c) => /^[A-Z]{1,3}\d{1,7}$/.test(c)).map((cell) => ({ sheet, cell })) : [],
    );
  } catch {
    return []; // damaged metadata: nothing to clear rather than a failure
  }
}
