// Rows of an indicator table whose header is not in the text (a page cut above it, a table
// continued from the page before): 名称(单位) 2.6% ≤ 4% 约束性. A row that ends in 预期性 or 约束性
// after its figures says what it is, and a run of such rows is read as a table of its own: the
// last figure column is the target, an earlier one the base the plan starts from.
import type { Column } from "./table-headers";

export interface AttributeRowCell {
  start: number;
  end: number;
  text: string;
}

export type CellKind = "text" | "unit" | "data" | "attribute";

// ≤ 4%, ≥ 12%: a sign split from its figure by a space is one cell with it
const LONE_SIGN = /^(?:≥|≤|>|<|＞|＜|>=|<=|≈|约|近)$/;

/** The cells of a line split by spaces or tabs, a lone sign joined to the figure after it. */
export function spacedCells(text: string, offset: number): AttributeRowCell[] {
  const out: AttributeRowCell[] = [];
  for (const m of text.matchAll(/[^\s]+/g)) {
    const cell = { start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] };
    const prev = out[out.length - 1];
    if (prev && LONE_SIGN.test(prev.text)) out[out.length - 1] = { start: prev.start, end: cell.end, text: prev.text + cell.text };
    else out.push(cell);
  }
  return out;
}

export interface AttributeRow {
  /** text cells before the figures: a category (文化体育) then the name, or the name alone */
  words: AttributeRowCell[];
  /** a unit cell between the name and the figures (毛入园率 % 90 95 预期性) */
  unit?: AttributeRowCell;
  data: AttributeRowCell[];
  attribute: AttributeRowCell;
}

/** A row `名称 figures… 属性`, or null. `kindOf` types a cell as the table reader does. */
export function attributeRow(cells: AttributeRowCell[], kindOf: (text: string) => CellKind): AttributeRow | null {
  if (cells.length < 3 || cells.length > 8) return null;
  const attribute = cells[cells.length - 1]!;
  if (kindOf(attribute.text) !== "attribute") return null;
  let d = cells.length - 1;
  while (d > 0 && kindOf(cells[d - 1]!.text) === "data") d--;
  const data = cells.slice(d, cells.length - 1);
  const unit = d > 1 && kindOf(cells[d - 1]!.text) === "unit" ? cells[d - 1] : undefined;
  const words = cells.slice(0, unit ? d - 1 : d);
  if (!data.length || data.length > 4 || !words.length || words.length > 2 || words.some((w) => kindOf(w.text) !== "text")) return null;
  return { words, data, attribute, ...(unit ? { unit } : {}) };
}

/** The columns of a run of rows: category (when any row has one), name, figures, attribute. */
export function attributeColumns(rows: AttributeRow[]): Column[] {
  const figures = Math.max(...rows.map((r) => r.data.length));
  const category = rows.some((r) => r.words.length === 2);
  const unit = rows.some((r) => r.unit);
  const none = { year: null, unit: "" };
  return [
    ...(category ? [{ role: "category" as const, kind: null, ...none }] : []),
    { role: "name" as const, kind: null, ...none },
    ...(unit ? [{ role: "unit" as const, kind: null, ...none }] : []),
    // the base a plan starts from, then what it is to reach
    ...Array.from({ length: figures }, (_, q): Column => ({ role: "value", kind: q === figures - 1 ? "target" : "actual", ...none })),
    { role: "attribute" as const, kind: null, ...none },
  ];
}

/** A row's cells placed in those columns; fewer figures than columns are the last ones (a new
 *  indicator has no base). */
export function placeRow(row: AttributeRow, columns: Column[]): (AttributeRowCell | undefined)[] {
  const category = columns[0]!.role === "category";
  const figures = columns.filter((c) => c.role === "value").length;
  const out: (AttributeRowCell | undefined)[] = new Array(columns.length).fill(undefined);
  const name = row.words[row.words.length - 1]!;
  if (category && row.words.length === 2) out[0] = row.words[0];
  const nameAt = category ? 1 : 0;
  out[nameAt] = name;
  const unitAt = columns.findIndex((c) => c.role === "unit");
  if (unitAt >= 0) out[unitAt] = row.unit;
  const firstFigure = columns.findIndex((c) => c.role === "value");
  row.data.forEach((c, q) => (out[firstFigure + figures - row.data.length + q] = c));
  out[columns.length - 1] = row.attribute;
  return out;
}
