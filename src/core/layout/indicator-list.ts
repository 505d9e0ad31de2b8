// The indicator set as a workbook people can read and print: a 填报说明 sheet and one row per
// indicator with its target, valid range and owner. Built as data (WorkbookChange[]), so Excel
// and .xlsx files get the same result from either backend.
import { type Locale, messagesFor } from "../i18n/messages";
import { defaultAggregation } from "../set/defaults";
import { describeBounds, describeTargets } from "../set/describe";
import type { IndicatorSet } from "../set/schema";
import { sectionTitles } from "../set/sections";
import { SET_METADATA_KEYS, setFingerprint } from "../set/fingerprint";
import { cellAddress, columnName } from "../workbook/a1";
import type { CellValue, WorkbookChange } from "../workbook/workbook";


const METADATA_KEYS = SET_METADATA_KEYS;

export function indicatorListChanges(set: IndicatorSet, locale: Locale = "zh-CN"): WorkbookChange[] {
  const m = messagesFor(locale).layout;
  // not 填报说明: the forms have a sheet of that name, and both may share a workbook
  const guide = m.overviewGuideSheet;
  const list = m.listSheet;
  const titles = sectionTitles(set);

  const guideRows: CellValue[][] = [
    [m.guideTitle(set.title)],
    [],
    ...m.guideLines(set.version, set.years.join("、"), set.indicators.length, set.units.map((u) => u.name).join("、")).map((l) => [l]),
    ...(set.contact?.name || set.contact?.phone ? [[m.contact([set.contact.name, set.contact.phone, set.contact.email].filter(Boolean).join(" "))]] : []),
    [],
    [m.generatedBy],
  ];

  const header = m.listHeaders;
  const rows: CellValue[][] = set.indicators.map((ind, i) => [
    i + 1,
    ind.id,
    (ind.section ? titles.get(ind.section) : undefined)?.join(" / ") ?? "",
    ind.name,
    ind.unit,
    m.valueTypes[ind.valueType] ?? ind.valueType,
    describeTargets(ind, locale),
    describeBounds(ind, locale),
    ind.owner ?? "",
    ind.deadline ?? "",
    m.aggregations[ind.aggregate?.method ?? defaultAggregation(ind.valueType)] ?? "",
    ind.source?.quote ?? "",
  ]);
  const last = cellAddress(rows.length + 1, header.length);
  const widths = [6, 26, 30, 34, 8, 8, 18, 16, 14, 12, 10, 50];

  return [
    { op: "addSheet", sheet: guide },
    { op: "setValues", sheet: guide, at: "A1", values: rectangular(guideRows) },
    { op: "setStyle", sheet: guide, range: "A1", style: { bold: true, fontSize: 14 } },
    { op: "setColumnWidth", sheet: guide, column: "A", width: 90 },
    { op: "addSheet", sheet: list },
    { op: "setValues", sheet: list, at: "A1", values: [header, ...rows] },
    { op: "setStyle", sheet: list, range: `A1:${columnName(header.length)}1`, style: { bold: true, fill: "#DDEBF7", horizontal: "center", border: true } },
    { op: "setStyle", sheet: list, range: `A2:${last}`, style: { wrap: true, vertical: "top", border: true } },
    ...widths.map((width, i): WorkbookChange => ({ op: "setColumnWidth", sheet: list, column: columnName(i + 1), width })),
    { op: "freezePanes", sheet: list, rows: 1, columns: 0 },
    { op: "setPageSetup", sheet: list, setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "1:1" } },
    {
      op: "setMetadata",
      entries: {
        [METADATA_KEYS.format]: "indicator-tables/v1",
        [METADATA_KEYS.setId]: set.id,
        [METADATA_KEYS.setVersion]: set.version,
        [METADATA_KEYS.setHash]: setFingerprint(set),
        [METADATA_KEYS.layout]: "indicator-list",
      },
    },
  ];
}

/** Pad rows with empty cells so a block written in one change is a rectangle. */
export function rectangular(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<CellValue>(width - r.length).fill(null)]));
}
