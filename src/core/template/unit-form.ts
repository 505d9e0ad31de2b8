// The unit form: one workbook per reporting unit. 填报说明 first, then the table (one sheet, or
// one per top-level section for a large set): 指标编号 · 指标 · 单位 · 规划目标 · a figure
// column per year · 上年值 (when some indicator needs it) · 说明.
import { type Locale, messagesFor } from "../i18n/messages";
import type { Indicator, IndicatorSet } from "../set/schema";
import { describeUnitTargets } from "../set/quotas";
import type { WorkbookChange } from "../workbook/workbook";
import { METADATA_SHEET } from "../workbook/metadata-sheet";
import { baselineIndicators } from "./baseline";
import { templateChanges, type BuiltTemplate } from "./built";
import type { CellMap } from "./cell-map";
import { guideSheet } from "./guide";
import { renderSheet, type Column, type RenderContext } from "./layout";
import { templateMetadata } from "./metadata";
import { rowGroups } from "./rows";
import { sheetName } from "./text";


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

export function unitFormColumns(set: IndicatorSet, baseline: ReadonlySet<string>, locale: Locale): Column[] {
  const h = messagesFor(locale).template.headers;
  const multi = set.years.length > 1;
  return [
    { kind: "id", headers: [h.id], width: idWidth(set) },
    { kind: "name", headers: [h.name], width: 36 },
    { kind: "unit", headers: [h.unit], width: 8 },
    { kind: "target", headers: [h.target], width: 22 },
    ...(multi
      ? set.years.map((year): Column => ({ kind: "input", slot: { kind: "value", year }, headers: [h.valueOfYear(year)], width: 14 }))
      : [{ kind: "input", slot: { kind: "value" }, headers: [h.value], width: 14 } satisfies Column]),
    ...(set.indicators.some((i) => baseline.has(i.id))
      ? [{ kind: "input", slot: { kind: "baseline", ...(multi ? { year: set.years[0]! } : {}) }, headers: [h.baseline], width: 12 } satisfies Column]
      : []),
    { kind: "input", slot: { kind: "note" }, headers: [h.note], width: 30 },
  ];
}

export function buildUnitForm(set: IndicatorSet, o: UnitFormOptions): BuiltTemplate {
  const locale = o.locale ?? "zh-CN";
  const m = messagesFor(locale);
  const unit = set.units.find((u) => u.id === o.unitId);
  if (!unit) throw new UnknownUnitError(o.unitId, set.units.map((u) => u.id));
  const taken = reservedNames(locale);
  const guide = sheetName(m.layout.guideSheet, "Guide", taken);
  const baseline = baselineIndicators(set);
  const columns = unitFormColumns(set, baseline, locale);
  const cells: CellMap = new Map();
  const ctx: RenderContext = {
    locale,
    years: set.years,
    baseline,
    names: new Set(),
    cells,
    ...(o.password ? { password: o.password } : {}),
    ...(set.quotas.length ? { unitTarget: (ind: Indicator, year: number | undefined) => describeUnitTargets(set, ind, unit.id, year, locale) } : {}),
  };
  const groups = rowGroups(set, m.template.otherSection);
  const title = m.template.formTitle(set.title, unit.name);
  const subtitle = m.template.formSubtitle(unit.name, unit.id, set.years.join(locale === "zh-CN" ? "、" : ", "), set.version);

  const body: WorkbookChange[] = [];
  const finish: WorkbookChange[] = [];
  const g = guideSheet(set, guide, { locale, unit, units: set.units.length, hasBaseline: baseline.size > 0, password: o.password, removedSheet: o.removedSheet });
  body.push(...g.body);
  finish.push(...g.finish);
  const sheets = [guide];
  for (const group of groups) {
    const name = groups.length === 1 ? sheetName(m.template.formSheet, "Form", taken) : sheetName(group.title ?? m.template.otherSection, "Form", taken);
    const r = renderSheet({ name, title: group.title && groups.length > 1 ? `${title} ${group.title}` : title, subtitle, columns, rows: group.rows, freezeColumns: 2 }, ctx);
    body.push(...r.body);
    finish.push(...r.finish);
    sheets.push(name);
  }
  return {
    kind: "unit-form",
    set,
    locale,
    ...(o.password ? { password: o.password } : {}),
    unitId: unit.id,
    sheets,
    body,
    finish,
    cells,
    metadata: templateMetadata(set, "unit-form", unit.id),
    names: ctx.names,
  };
}

/** The unit form of one reporting unit as workbook changes. Throws UnknownUnitError. */
export function unitFormChanges(set: IndicatorSet, options: UnitFormOptions): WorkbookChange[] {
  return templateChanges(buildUnitForm(set, options));
}

