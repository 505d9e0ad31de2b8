// A layout may describe a sheet of hundreds of thousands of rows as one change (the summary's
// 来源 at 2,000 units × 200 indicators is 400,000 rows). Backends cap the cells one change may
// touch (a typo must not walk a whole sheet), so big rectangles are cut into blocks of whole
// rows here, in core, where the layout is still plain data. Same cells, same order.
import { cellAddress, parseCell, parseRange, rangeAddress } from "./a1";
import type { WorkbookChange } from "./workbook";

/** Cells in one block: well under the backends' cap of 1,000,000 per change. */
export const CELLS_PER_BLOCK = 250_000;

export function inRowBlocks(changes: readonly WorkbookChange[], cellsPerBlock = CELLS_PER_BLOCK): WorkbookChange[] {
  const out: WorkbookChange[] = [];
  for (const c of changes) {
    switch (c.op) {
      case "setValues":
      case "setFormulas": {
        const rows = c.op === "setValues" ? c.values : c.formulas;
        const width = Math.max(1, ...rows.slice(0, 1).map((r) => r.length));
        const per = Math.max(1, Math.floor(cellsPerBlock / width));
        if (rows.length <= per) {
          out.push(c);
          break;
        }
        const start = parseCell(c.at);
        for (let i = 0; i < rows.length; i += per) {
          const at = cellAddress(start.row + i, start.column);
          out.push(c.op === "setValues" ? { ...c, at, values: c.values.slice(i, i + per) } : { ...c, at, formulas: c.formulas.slice(i, i + per) });
        }
        break;
      }
      case "setStyle":
      case "setNumberFormat":
      case "setLocked": {
        const r = parseRange(c.range);
        const width = r.end.column - r.start.column + 1;
        const per = Math.max(1, Math.floor(cellsPerBlock / width));
        if (r.end.row - r.start.row + 1 <= per) {
          out.push(c);
          break;
        }
        for (let row = r.start.row; row <= r.end.row; row += per) {
          const range = rangeAddress({ start: { row, column: r.start.column }, end: { row: Math.min(r.end.row, row + per - 1), column: r.end.column } });
          out.push({ ...c, range });
        }
        break;
      }
      default:
        out.push(c);
    }
  }
  return out;
}
