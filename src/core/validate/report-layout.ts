// The 校验报告 sheet: every finding with where it is and what to do, errors first, as a table
// people can filter, sort and print. Built as workbook changes like every other layout.
import { type Locale, messagesFor } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import { columnName } from "../workbook/a1";
import type { CellValue, WorkbookChange } from "../workbook/workbook";
import { readyToSubmit, type Finding } from "./finding";


export function reportChanges(set: IndicatorSet, findings: readonly Finding[], locale: Locale = "zh-CN", sheet?: string): WorkbookChange[] {
  const m = messagesFor(locale).validate;
  const name = sheet ?? m.reportSheet;
  const indicatorName = new Map(set.indicators.map((i) => [i.id, i.name]));
  const unitName = new Map(set.units.map((u) => [u.id, u.name]));
  const sorted = [...findings].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  const errors = findings.filter((f) => f.severity === "error").length;
  const explained = findings.filter((f) => f.explanation !== undefined).length;
  const header = m.reportHeaders;
  const rows: CellValue[][] = sorted.map((f, i) => [
    i + 1,
    f.severity === "error" ? m.error : m.warning,
    f.file ?? "",
    f.sheet ?? "",
    f.cell ?? "",
    f.unit ? (unitName.get(f.unit) ?? f.unit) : "",
    f.indicator ? (indicatorName.get(f.indicator) ?? f.indicator) : "",
    f.year ?? "",
    f.rule,
    f.message[locale],
    f.explanation ?? "",
  ]);
  const last = columnName(header.length);
  const widths = [6, 8, 22, 14, 8, 14, 30, 8, 26, 60, 30];
  return [
    { op: "addSheet", sheet: name },
    { op: "setValues", sheet: name, at: "A1", values: [[m.reportSummary(errors, findings.length - errors, explained, readyToSubmit(findings)), ...Array<CellValue>(header.length - 1).fill(null)], header, ...rows] },
    { op: "setStyle", sheet: name, range: "A1", style: { bold: true } },
    { op: "setStyle", sheet: name, range: `A2:${last}2`, style: { bold: true, fill: "#DDEBF7", border: true } },
    ...(rows.length ? [{ op: "setStyle", sheet: name, range: `A3:${last}${rows.length + 2}`, style: { wrap: true, vertical: "top", border: true } } as WorkbookChange] : []),
    ...sorted.flatMap((f, i): WorkbookChange[] => (f.severity === "error" ? [{ op: "setStyle", sheet: name, range: `B${i + 3}`, style: { fontColor: "#C00000", bold: true } }] : [])),
    ...widths.map((width, i): WorkbookChange => ({ op: "setColumnWidth", sheet: name, column: columnName(i + 1), width })),
    { op: "freezePanes", sheet: name, rows: 2, columns: 0 },
    { op: "setPageSetup", sheet: name, setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "2:2" } },
  ];
}
