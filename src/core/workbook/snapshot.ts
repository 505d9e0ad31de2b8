// A read range as both .xlsx readers return it (exceljs's and the fast reader's), from whatever
// cells a reader holds: one loop, so the two cannot drift apart in shape or defaults.
import { rangeAddress, type RangeRef } from "./a1";
import type { RangeSnapshot, ReadValue } from "./workbook";

export interface SnapshotCell {
  value: ReadValue;
  /** empty or missing: `General` */
  numberFormat?: string;
  formula: string | null;
}

export function snapshotOf(sheet: string, rect: RangeRef, cellAt: (row: number, column: number) => SnapshotCell | undefined): RangeSnapshot {
  const values: ReadValue[][] = [];
  const numberFormats: string[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = rect.start.row; r <= rect.end.row; r++) {
    const v: ReadValue[] = [];
    const n: string[] = [];
    const f: (string | null)[] = [];
    for (let c = rect.start.column; c <= rect.end.column; c++) {
      const cell = cellAt(r, c);
      v.push(cell ? cell.value : null);
      n.push(cell?.numberFormat || "General");
      f.push(cell ? cell.formula : null);
    }
    values.push(v);
    numberFormats.push(n);
    formulas.push(f);
  }
  return { sheet, range: rangeAddress(rect), values, numberFormats, formulas };
}
