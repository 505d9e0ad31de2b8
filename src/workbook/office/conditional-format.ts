// Conditional formats: cell-value rules with a fill and/or font colour.

import type { ConditionalFormat } from "../../core/workbook/workbook";

const CELL_VALUE_OPERATOR = {
  between: "Between",
  notBetween: "NotBetween",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
} as const;

export function addConditionalFormat(range: Excel.Range, cf: ConditionalFormat): void {
  if ("dataBar" in cf) {
    // "DataBar" is Excel.ConditionalFormatType.dataBar (ExcelApi 1.6)
    const bar = range.conditionalFormats.add("DataBar").dataBar;
    bar.positiveFormat.fillColor = cf.dataBar.color;
    return;
  }
  // "CellValue" is Excel.ConditionalFormatType.cellValue (ExcelApi 1.6); the literal keeps this
  // module free of the runtime `Excel` global.
  const cellValue = range.conditionalFormats.add("CellValue").cellValue;
  if (cf.style.fill !== undefined) cellValue.format.fill.color = cf.style.fill;
  if (cf.style.fontColor !== undefined) cellValue.format.font.color = cf.style.fontColor;
  const when = cf.when;
  cellValue.rule =
    "min" in when
      ? { operator: CELL_VALUE_OPERATOR[when.operator], formula1: `=${when.min}`, formula2: `=${when.max}` }
      : "text" in when
        ? { operator: CELL_VALUE_OPERATOR[when.operator], formula1: `="${when.text.replace(/"/g, '""')}"` }
        : { operator: CELL_VALUE_OPERATOR[when.operator], formula1: `=${when.value}` };
}
