// The unit form: one reporting unit's table, as a workbook of its own (填报说明 first, then the
// table: one sheet, or one per top-level section for a large set) or as one sheet among the
// forms of a workbook (forms-workbook.ts). Columns: 指标编号 · 指标 · 单位 · 规划目标 · a figure
// column per year · 上年值 (when some indicator needs it) · 说明.
import { type Locale, messagesFor } from "../i18n/messages";
import type { Indicator, IndicatorSet, ReportingUnit } from "../set/schema";
import { describeUnitTargets } from "../set/quotas";
import type { WorkbookChange } from "../workbook/workbook";
import { METADATA_SHEET } from "../workbook/metadata-sheet";
import { baselineIndicators } from "./baseline";
import { templateChanges, type BuiltTemplate } from "./built";
import type { CellMap } from "./cell-map";
import { guideSheet } from "./guide";
import { renderUntitled, titled, type Column, type RenderContext, type UntitledSheet } from "./layout";
import { templateMetadata } from "./metadata";
import { rowGroups } from "./rows";
import { sheetName } from "./text";
import { sharedUntitledForm } from "./unit-form-cache";


export interface UnitFormOptions {
  unitId: string;
  locale?: Locale;
  /** sheet protection password; none by default (clerks lose passwords) */
  password?: string;
  /** mention a removed-data sheet of this name on the guide (upgrades) */
  removedSheet?: string;
}

export class UnknownUnitError extends Error {
  constructor(
    readonly unitId: string,
    readonly known: string[],
  ) {
    super(`unknown reporting unit "${unitId}"; the set has: ${known.join(", ") || "none"}`);
  }
}

/** Sheet names a template's own sheets may not take: the metadata and removed-data sheets. */
export function reservedNames(locale: Locale): Set<string> {
  return new Set([METADATA_SHEET.toLowerCase(), messagesFor(locale).template.removedSheet.toLowerCase()]);
}

/** Wide enough for the longest id (ids are ASCII, one character each), within reason. */
export function idWidth(set: Pick<IndicatorSet, "indicators">): number {
  return Math.min(40, Math.max(12, ...set.indicators.map((i) => i.id.length + 2)));
}

/** The columns of a unit's form; `unitId` puts the unit into every input slot, as a workbook of
 *  several forms needs (its cells and names then say whose they are). */
export function unitFormColumns(set: IndicatorSet, baseline: ReadonlySet<string>, locale: Locale, unitId?: string): Column[] {
  const h = messagesFor(locale).template.headers;
  const multi = set.years.length > 1;
  const u = unitId !== undefined ? { unitId } : {};
  return [
    { kind: "id", headers: [h.id], width: idWidth(set) },
    { kind: "name", headers: [h.name], width: 36 },
    { kind: "unit", headers: [h.unit], width: 8 },
    { kind: "target", headers: [h.target], width: 22 },
    ...(multi
      ? set.years.map((year): Column => ({ kind: "input", slot: { kind: "value", ...u, year }, headers: [h.valueOfYear(year)], width: 14 }))
      : [{ kind: "input", slot: { kind: "value", ...u }, headers: [h.value], width: 14 } satisfies Column]),
    ...(set.indicators.some((i) => baseline.has(i.id))
      ? [{ kind: "input", slot: { kind: "baseline", ...u, ...(multi ? { year: set.years[0]! } : {}) }, headers: [h.baseline], width: 12 } satisfies Column]
      : []),
    { kind: "input", slot: { kind: "note", ...u }, headers: [h.note], width: 30 },
  ];
}

export function findUnit(set: IndicatorSet, unitId: string): ReportingUnit {
  const unit = set.units.find((u) => u.id === unitId);
  if (!unit) throw new UnknownUnitError(unitId, set.units.map((u) => u.id));
  return unit;
}

export interface UnitSheetsOptions {
  locale: Locale;
  password?: string;
  cells: CellMap;
  /** defined names so far (shared by every form of one workbook) */
  names: Set<string>;
  /** the sheet of the whole form, or of one section of a large set (`title` undefined: the only one) */
  sheetName: (title: string | undefined) => string;
  /** a workbook of several forms: the unit in every slot, and one sheet per unit whatever its size */
  qualified: boolean;
}

/** A unit's form before its title lines: the sheets, each with its section (a large set's). */
export interface UntitledForm {
  sheets: { name: string; section?: string; rendered: UntitledSheet }[];
}

/** The sheets of one unit's form (the table, without the guide). */
export function unitFormSheets(set: IndicatorSet, unit: ReportingUnit, o: UnitSheetsOptions): { body: WorkbookChange[]; finish: WorkbookChange[]; sheets: string[] } {
  return titledForm(set, unit, o.locale, untitledForm(set, unit, o));
}

/** Everything of the form but its title and subtitle. Depends on the unit only through its
 *  quotas (`unitTarget`) and, when `qualified`, its id in every slot. */
export function untitledForm(set: IndicatorSet, unit: ReportingUnit, o: UnitSheetsOptions): UntitledForm {
  const m = messagesFor(o.locale);
  const baseline = baselineIndicators(set);
  const columns = unitFormColumns(set, baseline, o.locale, o.qualified ? unit.id : undefined);
  const ctx: RenderContext = {
    locale: o.locale,
    years: set.years,
    baseline,
    names: o.names,
    cells: o.cells,
    ...(o.password ? { password: o.password } : {}),
    ...(set.quotas.length ? { unitTarget: (ind: Indicator, year: number | undefined) => describeUnitTargets(set, ind, unit.id, year, o.locale) } : {}),
  };
  const groups = rowGroups(set, m.template.otherSection, o.qualified ? Infinity : undefined);
  return {
    sheets: groups.map((group) => {
      const name = o.sheetName(groups.length === 1 ? undefined : (group.title ?? m.template.otherSection));
      const rendered = renderUntitled({ name, columns, rows: group.rows, freezeColumns: 2 }, ctx);
      return { name, ...(group.title && groups.length > 1 ? { section: group.title } : {}), rendered };
    }),
  };
}

/** The form with the unit's title and subtitle on every sheet. */
export function titledForm(set: IndicatorSet, unit: ReportingUnit, locale: Locale, form: UntitledForm): { body: WorkbookChange[]; finish: WorkbookChange[]; sheets: string[] } {
  const m = messagesFor(locale);
  const title = m.template.formTitle(set.title, unit.name);
  const subtitle = m.template.formSubtitle(unit.name, unit.id, set.years.join(locale === "zh-CN" ? "、" : ", "), set.version);
  const body: WorkbookChange[] = [];
  const finish: WorkbookChange[] = [];
  for (const s of form.sheets) {
    const r = titled(s.rendered, s.section !== undefined ? `${title} ${s.section}` : title, subtitle);
    body.push(...r.body);
    finish.push(...r.finish);
  }
  return { body, finish, sheets: form.sheets.map((s) => s.name) };
}

export function buildUnitForm(set: IndicatorSet, o: UnitFormOptions): BuiltTemplate {
  const locale = o.locale ?? "zh-CN";
  const m = messagesFor(locale);
  const unit = findUnit(set, o.unitId);
  const taken = reservedNames(locale);
  const guide = sheetName(m.layout.guideSheet, "Guide", taken);
  const g = guideSheet(set, guide, { locale, unit, units: set.units.length, hasBaseline: baselineIndicators(set).size > 0, password: o.password, removedSheet: o.removedSheet });
  // the same for every unit of a set without quotas: made once (unit-form-cache.ts)
  const { form: untitled, cells, names } = sharedUntitledForm(set, { locale, ...(o.password ? { password: o.password } : {}) }, (cells, names) =>
    untitledForm(set, unit, {
      locale,
      ...(o.password ? { password: o.password } : {}),
      cells,
      names,
      sheetName: (title) => sheetName(title ?? m.template.formSheet, "Form", taken),
      qualified: false,
    }),
  );
  const form = titledForm(set, unit, locale, untitled);
  const forms = [{ layout: "unit-form" as const, unitId: unit.id, sheets: form.sheets }];
  return {
    kind: "unit-form",
    set,
    locale,
    ...(o.password ? { password: o.password } : {}),
    unitId: unit.id,
    sheets: [guide, ...form.sheets],
    body: [...g.body, ...form.body],
    finish: [...g.finish, ...form.finish],
    cells,
    forms,
    metadata: templateMetadata(set, forms),
    names,
  };
}

/** The unit form of one reporting unit as workbook changes. Throws UnknownUnitError. */
export function unitFormChanges(set: IndicatorSet, options: UnitFormOptions): WorkbookChange[] {
  return templateChanges(buildUnitForm(set, options));
}

