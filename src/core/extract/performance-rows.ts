// Rows of a performance table (绩效目标表, 绩效自评表): 三级指标 | 指标性质 | 指标值 | 度量单位 |
// 实际完成值 | 分值 | 得分. The sign cell (≥, ≧, ＝, ═) binds the target after it; the figure after
// the unit is what was done; the scores after that give nothing. The forms' headers run together
// with their other cells (项目名称, 资金, 年度总体目标), so the rows are known by their shape.
import type { Column } from "./table-headers";

export interface RowCell {
  start: number;
  end: number;
  text: string;
}

// the sign as the table reader's figure cells write it
const SIGN: Record<string, string> = { "≥": "≥", "≧": "≥", ">=": "≥", "≤": "≤", "≦": "≤", "<=": "≤", "=": "=", "＝": "=", "═": "=", ">": ">", "＞": ">", "<": "<", "＜": "<" };
const NUMBER = /^\d[\d,]*(?:\.\d+)?$/;

export interface PerformanceRow {
  name: RowCell;
  /** the sign, the figure and the unit as one cell (≥100%) */
  target: RowCell;
  /** what was done (100%, 735), in the row's unit */
  done?: RowCell;
}

/**
 * A row `… 名称 | 符号 | 指标值 | 单位 | 实际完成值 | …`, or null. `isUnit` and `isFigure` type a
 * cell as the table reader does.
 */
export function performanceRow(cells: RowCell[], isUnit: (text: string) => boolean, isFigure: (text: string) => boolean): PerformanceRow | null {
  const k = cells.findIndex((c, q) => SIGN[c.text.replace(/\s/g, "")] !== undefined && NUMBER.test(cells[q + 1]?.text.replace(/\s/g, "") ?? ""));
  if (k < 1) return null;
  const name = [...cells.slice(0, k)].reverse().find((c) => /[\u4e00-\u9fff]{2}/.test(c.text) && !/\d/.test(c.text));
  if (!name) return null;
  const value = cells[k + 1]!;
  const unitCell = cells[k + 2] && isUnit(cells[k + 2]!.text.replace(/\s/g, "")) ? cells[k + 2] : undefined;
  const unit = unitCell ? unitCell.text.replace(/\s/g, "") : "";
  const target = { start: cells[k]!.start, end: (unitCell ?? value).end, text: SIGN[cells[k]!.text.replace(/\s/g, "")]! + value.text.replace(/\s/g, "") + unit };
  const after = unitCell ? cells[k + 3] : undefined;
  const doneText = after?.text.replace(/\s/g, "") ?? "";
  // 100% carries its unit; 735 takes the row's (人次)
  const done = after && isFigure(doneText) ? { start: after.start, end: after.end, text: /\D$/.test(doneText) ? doneText : doneText + unit } : undefined;
  return { name, target, ...(done ? { done } : {}) };
}

/** The columns of a run of such rows: the name, the target, what was done. */
export function performanceColumns(): Column[] {
  const none = { year: null, unit: "" };
  return [
    { role: "name", kind: null, ...none },
    { role: "value", kind: "target", ...none },
    { role: "value", kind: "actual", ...none },
  ];
}
