// Charts: a bar or column chart whose series read cells (ExcelApi 1.7 for series over ranges
// that are not next to each other: categories in one place, values in another).

import { parseRange, type RangeRef } from "../../core/workbook/a1";
import type { Chart } from "../../core/workbook/workbook";

/** Cells along one row or one column; else a RangeError naming the change. */
function line(address: string, what: string, index: number): { cells: number; byRows: boolean } {
  const r: RangeRef = parseRange(address);
  const rows = r.end.row - r.start.row + 1;
  const columns = r.end.column - r.start.column + 1;
  if (rows > 1 && columns > 1) throw new RangeError(`change #${index} (addChart): ${what} ${address} is not one row or one column`);
  return { cells: rows * columns, byRows: rows === 1 && columns > 1 };
}

/** Checks a chart before anything is written; returns whether its series run along rows. */
export function checkChart(chart: Chart, index: number): { byRows: boolean } {
  if (chart.kind !== "bar" && chart.kind !== "column") throw new RangeError(`change #${index} (addChart): unknown kind ${JSON.stringify(chart.kind)}`);
  if (chart.series.length === 0) throw new RangeError(`change #${index} (addChart): a chart needs a series`);
  const categories = line(chart.categories, "categories", index);
  let byRows = categories.byRows;
  for (const s of chart.series) {
    const values = line(s.values, `series "${s.name}"`, index);
    if (values.cells !== categories.cells) {
      throw new RangeError(`change #${index} (addChart): series "${s.name}" has ${values.cells} cells for ${categories.cells} categories`);
    }
    byRows = values.byRows;
  }
  parseRange(chart.at);
  if (!(chart.size.width > 0 && chart.size.height > 0)) throw new RangeError(`change #${index} (addChart): size ${chart.size.width}×${chart.size.height} is not a size`);
  return { byRows };
}

/** Queues the chart on `sheet` over cells of `data` (the same sheet or another). */
export function addChart(sheet: Excel.Worksheet, data: Excel.Worksheet, chart: Chart, byRows: boolean): void {
  const first = chart.series[0]!;
  const added = sheet.charts.add(chart.kind === "bar" ? "BarClustered" : "ColumnClustered", data.getRange(first.values), byRows ? "Rows" : "Columns");
  added.title.text = chart.title;
  chart.series.forEach((s, i) => {
    const series = i === 0 ? added.series.getItemAt(0) : added.series.add(s.name);
    // set the values again: Excel may have read a text first cell as the series' name
    series.setValues(data.getRange(s.values));
    series.setXAxisValues(data.getRange(chart.categories));
    series.name = s.name;
  });
  added.legend.visible = chart.series.length > 1;
  added.dataLabels.showValue = true;
  // Excel draws a bar chart's first category at the bottom; the table reads top down
  if (chart.kind === "bar") added.axes.categoryAxis.reversePlotOrder = true;
  if (chart.max !== undefined) {
    added.axes.valueAxis.minimum = 0;
    added.axes.valueAxis.maximum = chart.max;
  }
  added.setPosition(chart.at);
  added.width = chart.size.width;
  added.height = chart.size.height;
}
