// Regenerating a template for a new version of its set without losing anything entered: each
// value read from the old workbook goes to the cell of the same indicator, year and unit in the
// new layout, as a value only (the old workbook is a returned file: see carry.ts); a value with
// no such cell any more (indicator removed, year or unit dropped, 上年值 no longer asked for)
// goes to the removed-data sheet.
import { type Locale, messagesFor } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import type { WorkbookChange } from "../workbook/workbook";
import { templateChanges, type BuiltTemplate } from "./built";
import { NAME_SLOT, parseSlotKey, type Slot } from "./cell-map";
import { carryChanges, isEmptyEntry } from "./carry";
import { slotFormat, type LayoutKind } from "./layout";
import { buildMatrix } from "./matrix";
import { TEMPLATE_KEYS } from "./metadata";
import type { FilledTemplate, TemplateEntry } from "./read-entries";
import { removedSheet } from "./removed-sheet";
import { buildUnitForm, UnknownUnitError } from "./unit-form";
import { buildFormsWorkbook } from "./forms-workbook";
import type { TemplateForm } from "./metadata";


export interface UpgradeOptions {
  /** default: the old workbook's layout */
  layout?: LayoutKind;
  /** unit form: default the old workbook's unit */
  unitId?: string;
  locale?: Locale;
  password?: string;
}

export interface UpgradePlan {
  changes: WorkbookChange[];
  /** values written to their cell in the new layout */
  carried: number;
  /** values kept on the removed-data sheet */
  removed: number;
}

/** What makes two cells the same across versions: indicator, kind, unit and reporting year;
 *  in a workbook of several forms also the form's layout (a unit's own sheet and its matrix
 *  column are two cells). */
function identity(kind: Slot["kind"], indicatorId: string, unitId: string, year: number | undefined, form = ""): string {
  return `${kind}\u0000${indicatorId}\u0000${unitId}\u0000${kind === "note" ? "" : (year ?? "")}\u0000${form}`;
}

/** The forms of a workbook of several (or one made to take more: its unit's sheet named after
 *  the unit), to be made again alike: the units still in the set, and the matrix if it had one. */
function severalForms(old: FilledTemplate, set: IndicatorSet): { units: string[]; matrix: boolean } | undefined {
  const forms = old.info.forms;
  const qualified = (f: TemplateForm) => f.sheets.some((sheet) => [...(old.cells.get(sheet)?.values() ?? [])].some((slots) => [...slots.keys()].some((k) => parseSlotKey(k)?.unitId !== undefined)));
  if (forms.length < 2 && !(forms[0]?.layout === "unit-form" && qualified(forms[0]))) return undefined;
  const known = new Set(set.units.map((u) => u.id));
  return { units: forms.flatMap((f) => (f.unitId !== undefined && known.has(f.unitId) ? [f.unitId] : [])), matrix: forms.some((f) => f.layout === "matrix") };
}

function build(set: IndicatorSet, layout: LayoutKind, o: UpgradeOptions & { removedSheet?: string }, unitId: string | undefined, several?: { units: string[]; matrix: boolean }): BuiltTemplate {
  const common = { ...(o.locale ? { locale: o.locale } : {}), ...(o.password ? { password: o.password } : {}), ...(o.removedSheet ? { removedSheet: o.removedSheet } : {}) };
  if (several) return buildFormsWorkbook(set, { ...common, ...several });
  if (layout === "matrix") return buildMatrix(set, common);
  if (unitId === undefined) throw new UnknownUnitError("", set.units.map((u) => u.id));
  return buildUnitForm(set, { unitId, ...common });
}

/** Every input cell of a built template by identity: its sheet, address and number format. */
function destinations(t: BuiltTemplate, several: boolean): Map<string, { sheet: string; cell: string; format: string }> {
  const byId = new Map(t.set.indicators.map((i) => [i.id, i]));
  const single = t.set.years.length === 1 ? t.set.years[0] : undefined;
  const out = new Map<string, { sheet: string; cell: string; format: string }>();
  for (const [sheet, ids] of t.cells) {
    for (const [id, slots] of ids) {
      const ind = byId.get(id);
      if (!ind) continue;
      for (const [key, cell] of slots) {
        if (key === NAME_SLOT) continue;
        const slot = parseSlotKey(key);
        if (!slot) continue;
        const form = several ? (t.forms.find((f) => f.sheets.includes(sheet))?.layout ?? "") : "";
        out.set(identity(slot.kind, id, slot.unitId ?? t.unitId ?? "", slot.year ?? single, form), { sheet, cell, format: slotFormat(ind, slot) });
      }
    }
  }
  return out;
}

export function planUpgrade(old: FilledTemplate, set: IndicatorSet, options: UpgradeOptions = {}): UpgradePlan {
  const layout = options.layout ?? old.info.layout;
  const unitId = options.unitId ?? old.info.unitId;
  const locale = options.locale ?? "zh-CN";
  const kept = old.entries.filter((e) => !isEmptyEntry(e));
  // the same forms again, unless the caller asked for another layout or unit
  const several = layout === old.info.layout && unitId === old.info.unitId ? severalForms(old, set) : undefined;
  let built = build(set, layout, options, unitId, several);
  let dest = destinations(built, several !== undefined);
  const formOf = (e: TemplateEntry) => (several && e.form !== undefined ? old.info.forms[e.form]!.layout : "");
  const home = (e: TemplateEntry) => dest.get(identity(e.kind, e.indicatorId, e.unitId, e.reportYear, formOf(e)));
  const homeless = (e: TemplateEntry) => !home(e);
  const removedName = messagesFor(locale).template.removedSheet;
  if (kept.some(homeless)) {
    // again, so the guide mentions the removed-data sheet; the layout itself is the same
    built = build(set, layout, { ...options, removedSheet: removedName }, unitId, several);
    dest = destinations(built, several !== undefined);
  }
  const carried: WorkbookChange[] = [];
  const removed: TemplateEntry[] = [];
  for (const e of kept) {
    const d = home(e);
    if (d) carried.push(...carryChanges(d.sheet, d.cell, e, d.format));
    else removed.push(e);
  }
  const extra: { body: WorkbookChange[]; finish: WorkbookChange[]; metadata: Record<string, string> } = {
    body: carried,
    finish: [],
    metadata: { [TEMPLATE_KEYS.upgradedFrom]: old.info.setVersion },
  };
  if (removed.length > 0) {
    const sheet = removedSheet(removed, {
      sheet: removedName,
      locale,
      oldVersion: old.info.setVersion,
      set,
      showUnit: layout === "matrix" || old.info.layout === "matrix" || removed.some((e) => e.unitId !== unitId),
      cells: built.cells,
      ...(options.password ? { password: options.password } : {}),
    });
    extra.body.push(...sheet.body);
    extra.finish.push(...sheet.finish);
    extra.metadata[TEMPLATE_KEYS.removedSheet] = removedName;
  }
  return { changes: templateChanges(built, extra), carried: kept.length - removed.length, removed: removed.length };
}

/** The template of `set` with every value of the old workbook carried over (see planUpgrade). */
export function upgradeChanges(old: FilledTemplate, set: IndicatorSet, options: UpgradeOptions = {}): WorkbookChange[] {
  return planUpgrade(old, set, options).changes;
}
