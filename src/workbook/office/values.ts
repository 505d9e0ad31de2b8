// Values, formulas and number formats: checked, converted, and cut into row blocks under the
// payload budget.

import { cellAddress, parseCell, rangeAddress, rangeOf, type RangeRef } from "../../core/workbook/a1";
import type { CellValue } from "../../core/workbook/workbook";
import { ACTION_OVERHEAD_BYTES, jsonBytes, rowBlocks } from "./payload";
import type { AddStep } from "./step";
import { needsTextFormat } from "./text";

export type Values = Array<Array<string | number | boolean>>;

/**
 * Values or formulas from `at`, cut into row blocks under the budget. For values, cells whose
 * string Excel could turn into a formula, number or date get format `@` first (one range per
 * vertical run of such cells, queued before the block's values).
 */
export function matrixSteps(
  add: AddStep,
  sheet: string,
  at: string,
  rows: Values | string[][],
  limit: number,
  kind: "values" | "formulas",
): void {
  const asText = kind === "values";
  if (rows.length === 0 || rows[0]!.length === 0) return;
  const origin = parseCell(at);
  const width = rows[0]!.length;
  rangeOf(at, rows.length, width); // validates the far corner
  // With text, a block and its `@` formats should fit one request together: count `["@"],`
  // per text cell and keep room for one format range per column.
  const isText = (v: unknown) => asText && typeof v === "string" && needsTextFormat(v);
  const blocks = asText
    ? rowBlocks(rows, Math.max(limit - width * 2 * ACTION_OVERHEAD_BYTES, 1), (row) => 6 * row.filter(isText).length)
    : rowBlocks(rows, limit);
  for (const [from, to] of blocks) {
    if (asText) {
      for (let col = 0; col < width; col++) {
        let runStart = -1;
        for (let r = from; r <= to; r++) {
          const text = r < to && isText(rows[r]![col]);
          if (text && runStart < 0) runStart = r;
          if (!text && runStart >= 0) {
            const address = rangeAddress(rangeOf(cellAddress(origin.row + runStart, origin.column + col), r - runStart, 1));
            const formats = Array.from({ length: r - runStart }, () => ["@"]);
            add(2, jsonBytes(formats), (t) => {
              t.get(sheet).getRange(address).numberFormat = formats;
            });
            runStart = -1;
          }
        }
      }
    }
    const address = rangeAddress(rangeOf(cellAddress(origin.row + from, origin.column), to - from, width));
    const block = rows.slice(from, to);
    const bytes = jsonBytes(block);
    if (asText) {
      add(2, bytes, (t) => {
        t.get(sheet).getRange(address).values = block;
      });
    } else {
      add(2, bytes, (t) => {
        t.get(sheet).getRange(address).formulas = block;
      });
    }
  }
}

/** One number format over a rectangle, as row blocks of a matrix built only when queued. */
export function uniformSteps(add: AddStep, sheet: string, ref: RangeRef, format: string, limit: number): void {
  const width = ref.end.column - ref.start.column + 1;
  const height = ref.end.row - ref.start.row + 1;
  const rowBytes = width * (jsonBytes(format) + 1) + 2;
  const perBlock = Math.max(1, Math.floor((limit - 2) / rowBytes));
  for (let from = 0; from < height; from += perBlock) {
    const count = Math.min(perBlock, height - from);
    const address = rangeAddress(rangeOf(cellAddress(ref.start.row + from, ref.start.column), count, width));
    add(2, count * rowBytes, (t) => {
      t.get(sheet).getRange(address).numberFormat = Array.from({ length: count }, () => Array<string>(width).fill(format));
    });
  }
}

export function checkRectangular(rows: readonly (readonly unknown[])[], index: number): void {
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) {
    throw new RangeError(`change #${index}: every row must have ${width} cells (Excel writes rectangles)`);
  }
}

/** CellValue → what Office.js writes; `null` clears the cell (Office.js would leave it unchanged). */
export function excelValues(rows: readonly (readonly CellValue[])[], index: number): Values {
  checkRectangular(rows, index);
  return rows.map((row) =>
    row.map((v) => {
      if (v === null) return "";
      if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError(`change #${index}: ${v} cannot be stored in a cell`);
      return v;
    }),
  );
}
