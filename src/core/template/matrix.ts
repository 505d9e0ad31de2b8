// The matrix: every reporting unit in one workbook, indicators as rows and units as columns
// (unit name, and its code in a second header row), for a bureau that collects by hand or
// fills in on the units' behalf. A set with several years gets a sheet per year.
import { type Locale, messagesFor } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import { reportingUnits } from "../set/units";
import type { WorkbookChange } from "../workbook/workbook";
import { templateChanges, type BuiltTemplate } from "./built";
import type { CellMap } from "./cell-map";
import { guideSheet } from "./guide";
import { renderSheet, type Column, type RenderContext } from "./layout";
import { templateMetadata } from "./metadata";
import { rowGroups, type RowGroup } from "./rows";
import { sheetName } from "./text";
import { idWidth, reservedNames } from "./unit-form";


export interface MatrixOptions {
  locale?: Locale;
  password?: string;
  removedSheet?: string;
}

export function matrixColumns(set: IndicatorSet, year: number | undefined, locale: Locale): Column[] {
  const h = messagesFor(locale).template.headers;
  return [
    { kind: "id", headers: [h.id, ""], width: idWidth(set) },
    { kind: "name", headers: [h.name, ""], width: 36 },
    { kind: "unit", headers: [h.unit, ""], width: 8 },
    { kind: "target", headers: [h.target, ""], width: 22 },
    ...reportingUnits(set).map((u): Column => ({ kind: "input", slot: { kind: "value", unitId: u.id, ...(year !== undefined ? { year } : {}) }, headers: [u.name, u.id], width: 12 })),
  ];
}

/** The matrix's sheets in order (one per year of a multi-year set, each split by section for a
 *  large one), named among `taken`. */
export function matrixSheetNames(set: IndicatorSet, locale: Locale, taken: Set<string>): { name: string; year: number | undefined; group: RowGroup }[] {
  const m = messagesFor(locale);
  const groups = rowGroups(set, m.template.otherSection);
  const out: { name: string; year: number | undefined; group: RowGroup }[] = [];
  for (const year of set.years.length > 1 ? set.years : [undefined]) {
    for (const group of groups) {
      const base = year !== undefined ? m.template.matrixYearSheet(year) : m.template.matrixSheet;
      const name = groups.length === 1 ? sheetName(base, "Matrix", taken) : sheetName(year !== undefined ? `${year} ${group.title ?? ""}` : (group.title ?? base), "Matrix", taken);
      out.push({ name, year, group });
    }
  }
  return out;
}

/** The matrix's sheets (without the guide). */
export function matrixSheets(set: IndicatorSet, o: { locale: Locale; password?: string; cells: CellMap; names: Set<string>; taken: Set<string> }): { body: WorkbookChange[]; finish: WorkbookChange[]; sheets: string[] } {
  const locale = o.locale;
  const m = messagesFor(locale);
  // The matrix has no 上年值 or 说明 columns: baseline stays empty so no cell asks for one.
  const ctx: RenderContext = { locale, years: set.years, baseline: new Set(), names: o.names, cells: o.cells, ...(o.password ? { password: o.password } : {}) };
  const planned = matrixSheetNames(set, locale, o.taken);
  const split = new Set(planned.map((p) => p.group)).size > 1;
  const body: WorkbookChange[] = [];
  const finish: WorkbookChange[] = [];
  for (const { name, year, group } of planned) {
    const columns = matrixColumns(set, year, locale);
    const subtitle = m.template.matrixSubtitle(year !== undefined ? String(year) : set.years.join(locale === "zh-CN" ? "、" : ", "), set.version, reportingUnits(set).length);
    const title = m.template.matrixTitle(set.title) + (split && group.title ? ` ${group.title}` : "");
    const r = renderSheet({ name, title, subtitle, columns, rows: group.rows, freezeColumns: 4 }, ctx);
    body.push(...r.body);
    finish.push(...r.finish);
  }
  return { body, finish, sheets: planned.map((p) => p.name) };
}

export function buildMatrix(set: IndicatorSet, o: MatrixOptions = {}): BuiltTemplate {
  const locale = o.locale ?? "zh-CN";
  const m = messagesFor(locale);
  const taken = reservedNames(locale);
  const guide = sheetName(m.layout.guideSheet, "Guide", taken);
  const cells: CellMap = new Map();
  const names = new Set<string>();
  const g = guideSheet(set, guide, { locale, units: reportingUnits(set).length, hasBaseline: false, password: o.password, removedSheet: o.removedSheet });
  const matrix = matrixSheets(set, { locale, ...(o.password ? { password: o.password } : {}), cells, names, taken });
  const forms = [{ layout: "matrix" as const, sheets: matrix.sheets }];
  return {
    kind: "matrix",
    set,
    locale,
    ...(o.password ? { password: o.password } : {}),
    sheets: [guide, ...matrix.sheets],
    body: [...g.body, ...matrix.body],
    finish: [...g.finish, ...matrix.finish],
    cells,
    forms,
    metadata: templateMetadata(set, forms),
    names,
  };
}

/** The matrix of every unit as workbook changes. */
export function matrixChanges(set: IndicatorSet, options: MatrixOptions = {}): WorkbookChange[] {
  return templateChanges(buildMatrix(set, options));
}
