// Cell styles: font, fill, wrap, alignment and borders.

import type { RangeRef } from "../../core/workbook/a1";
import type { CellStyle } from "../../core/workbook/workbook";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** Outer edges, plus inside lines only where the range has more than one row/column. */
function edges(ref: RangeRef): Edge[] {
  const list: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (ref.end.column > ref.start.column) list.push("InsideVertical");
  if (ref.end.row > ref.start.row) list.push("InsideHorizontal");
  return list;
}

export function styleActions(style: CellStyle, ref: RangeRef): number {
  const simple = Object.values(style).filter((v) => v !== undefined).length;
  return simple + (style.border !== undefined ? 2 * edges(ref).length : 0);
}

export function applyStyle(range: Excel.Range, style: CellStyle, ref: RangeRef): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border !== undefined) {
    for (const edge of edges(ref)) {
      const border = format.borders.getItem(edge);
      border.style = style.border ? "Continuous" : "None";
      if (style.border) border.weight = "Thin";
    }
  }
}
