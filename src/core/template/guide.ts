// The 填报说明 sheet in front of every template: whose form it is, which years, how to fill it
// in, what the colours mean and whom to ask. Locked like the rest of the structure.
import { type Locale, messagesFor } from "../i18n/messages";
import type { IndicatorSet, ReportingUnit } from "../set/schema";
import type { CellValue, WorkbookChange } from "../workbook/workbook";
import { COLOURS, protectChange, type RenderedSheet } from "./layout";


export interface GuideOptions {
  locale: Locale;
  /** the unit of a unit form; omitted for a matrix */
  unit?: ReportingUnit;
  units: number;
  /** a workbook of several forms, one sheet per unit: `units` counts those sheets */
  sheetPerUnit?: boolean;
  hasBaseline: boolean;
  /** the sheet holding data of removed indicators, after an upgrade */
  removedSheet?: string;
  password?: string;
}

export function guideSheet(set: IndicatorSet, sheet: string, o: GuideOptions): RenderedSheet {
  const m = messagesFor(o.locale);
  const g = m.template.guide;
  const contact = [set.contact?.name, set.contact?.phone, set.contact?.email].filter((x): x is string => !!x && x.trim() !== "").join(" ");
  const steps = g.steps(o.hasBaseline, o.unit === undefined && !o.sheetPerUnit).map((s, i) => `${i + 1}. ${s}`);
  const lines: { text: string; bold?: boolean; fill?: string }[] = [
    { text: m.layout.guideTitle(set.title) },
    { text: "" },
    { text: o.unit ? g.unit(o.unit.name, o.unit.id) : o.sheetPerUnit ? g.sheetPerUnit(o.units) : g.units(o.units) },
    { text: g.years(set.years.join(o.locale === "zh-CN" ? "、" : ", ")) },
    { text: g.version(set.version, set.indicators.length) },
    { text: "" },
    { text: g.howTitle, bold: true },
    ...steps.map((text) => ({ text })),
    { text: "" },
    { text: g.coloursTitle, bold: true },
    { text: g.colourInput, fill: COLOURS.input },
    { text: g.colourNotApplicable, fill: COLOURS.notApplicable },
    { text: g.colourFixed },
    { text: "" },
    { text: contact ? g.contact(contact) : g.noContact },
    ...(o.removedSheet ? [{ text: g.removed(o.removedSheet) }] : []),
    { text: "" },
    { text: m.layout.generatedBy },
  ];
  const values: CellValue[][] = lines.map((l) => [l.text === "" ? null : l.text]);
  const body: WorkbookChange[] = [
    { op: "addSheet", sheet },
    { op: "setValues", sheet, at: "A1", values },
    { op: "setStyle", sheet, range: "A1", style: { bold: true, fontSize: 14 } },
    { op: "setStyle", sheet, range: `A2:A${lines.length}`, style: { wrap: true, vertical: "top" } },
    { op: "setColumnWidth", sheet, column: "A", width: 100 },
  ];
  lines.forEach((l, i) => {
    if (l.bold) body.push({ op: "setStyle", sheet, range: `A${i + 1}`, style: { bold: true } });
    if (l.fill) body.push({ op: "setStyle", sheet, range: `A${i + 1}`, style: { fill: l.fill, border: true } });
  });
  body.push({ op: "setPageSetup", sheet, setup: { orientation: "portrait", fitToWidth: true } });
  return { body, finish: [protectChange(sheet, o.password)] };
}
