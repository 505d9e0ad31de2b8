// Several forms in one workbook: one sheet per unit (named after it) and, when asked, the
// matrix, behind one 填报说明. Put into a workbook that already holds forms of the same set, the
// forms there are kept in the metadata beside the new ones, so forms can be added one at a time.
import { type Locale, messagesFor } from "../i18n/messages";
import { setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import { reportingUnits } from "../set/units";
import type { Workbook, WorkbookChange } from "../workbook/workbook";
import { baselineIndicators } from "./baseline";
import type { BuiltTemplate } from "./built";
import { addCell, cellMapFrom, parseSlotKey, slotKey, type CellMap } from "./cell-map";
import { guideSheet } from "./guide";
import { matrixSheets } from "./matrix";
import { formsFrom, LAYOUT_KINDS, TEMPLATE_FORMAT, TEMPLATE_KEYS, templateMetadata, type TemplateForm } from "./metadata";
import type { LayoutKind } from "./layout";
import { formSheetNames, layoutSheetNames } from "./sheet-names";
import { findUnit, unitFormSheets } from "./unit-form";

/** What a workbook holds before forms go in: its metadata, sheets and (for the matrix's
 *  names) its defined names with the sheet each is on. */
export interface WorkbookNow {
  metadata: Record<string, string>;
  sheets: readonly string[];
  names?: readonly { name: string; sheet: string }[];
}

/** Read what `workbook` holds, for adding forms to it (three reads, nothing written). */
export async function workbookNow(workbook: Pick<Workbook, "metadata" | "sheets" | "names">): Promise<WorkbookNow> {
  const [metadata, sheets, names] = await Promise.all([workbook.metadata(), workbook.sheets(), workbook.names()]);
  return { metadata, sheets: sheets.map((s) => s.name), names: names.flatMap((n) => nameSheet(n.name, n.refersTo)) };
}

/** The sheet a name refers to: `Sheet!$B$3` or `'It''s'!$B$3`. */
function nameSheet(name: string, refersTo: string): { name: string; sheet: string }[] {
  const ref = refersTo.replace(/^=/, "");
  const bang = ref.lastIndexOf("!");
  if (bang <= 0) return [];
  const part = ref.slice(0, bang);
  const sheet = part.startsWith("'") && part.endsWith("'") && part.length >= 2 ? part.slice(1, -1).replace(/''/g, "'") : part;
  return [{ name, sheet }];
}

export interface FormsWorkbookOptions {
  /** units whose forms to make, each on its own sheet */
  units: readonly string[];
  /** the matrix of every reporting unit as well */
  matrix?: boolean;
  locale?: Locale;
  password?: string;
  /** the workbook the forms go into, when it has sheets already (the task pane's open workbook) */
  into?: WorkbookNow;
  /** mention a removed-data sheet of this name on the guide (upgrades) */
  removedSheet?: string;
}

/** The forms of this set already in a workbook, with their cells; none when it holds none (or
 *  forms of another set). `version` is set when they are of another version of this set. */
export function formsInWorkbook(metadata: Record<string, string>, set: IndicatorSet): { forms: TemplateForm[]; cells: CellMap; version?: string } {
  const none = { forms: [], cells: new Map() };
  if (metadata[TEMPLATE_KEYS.format] !== TEMPLATE_FORMAT || metadata[TEMPLATE_KEYS.setId] !== set.id) return none;
  const cells = cellMapFrom(metadata);
  const listed = formsFrom(metadata);
  if (!cells || listed === "damaged") return none;
  if (metadata[TEMPLATE_KEYS.setHash] !== setFingerprint(set)) return { ...none, version: metadata[TEMPLATE_KEYS.setVersion] ?? "" };
  if (listed) return { forms: listed, cells };
  // made before the list of forms: one form, its unit in `unit.id`, its cells every mapped sheet
  const layout = metadata[TEMPLATE_KEYS.layout] as LayoutKind | undefined;
  const unitId = metadata[TEMPLATE_KEYS.unitId];
  if (!layout || !LAYOUT_KINDS.includes(layout) || (layout === "unit-form" && !unitId)) return none;
  const removed = metadata[TEMPLATE_KEYS.removedSheet];
  const sheets = [...cells.keys()].filter((s) => s !== removed);
  if (layout === "matrix") return { forms: [{ layout, sheets }], cells };
  // its slots name no unit: say it, now that other units' forms join it
  const qualified: CellMap = new Map();
  for (const [sheet, ids] of cells) {
    for (const [id, slots] of ids) {
      for (const [key, address] of slots) {
        const slot = parseSlotKey(key);
        addCell(qualified, sheet, id, slot && slot.unitId === undefined ? slotKey({ ...slot, unitId: unitId! }) : key, address);
      }
    }
  }
  return { forms: [{ layout, unitId: unitId!, sheets }], cells: qualified };
}

const lower = (s: string) => s.toLowerCase();

export function buildFormsWorkbook(set: IndicatorSet, o: FormsWorkbookOptions): BuiltTemplate {
  const locale = o.locale ?? "zh-CN";
  const names = formSheetNames(set, locale);
  const units = o.units.map((id) => findUnit(set, id));
  const cells: CellMap = new Map();
  const definedNames = new Set<string>();
  const password = o.password ? { password: o.password } : {};
  const body: WorkbookChange[] = [];
  const finish: WorkbookChange[] = [];
  const made: TemplateForm[] = [];

  // A unit's own form and the matrix would both name a unit's cell IT_<id>__<unit>: the unit's
  // own sheet keeps the name, so the units' forms are made first and the matrix names only what
  // is left (also of names already in the workbook, on sheets this build does not write).
  const unitParts = units.map((unit) => ({ unit, r: unitFormSheets(set, unit, { locale, ...password, cells, names: definedNames, sheetName: () => names.units.get(unit.id)!, qualified: true }) }));
  if (o.matrix) {
    const rewritten = new Set(unitParts.flatMap((p) => p.r.sheets.map(lower)));
    for (const n of o.into?.names ?? []) if (!rewritten.has(lower(n.sheet))) definedNames.add(lower(n.name));
    // named among the same reserved names as in formSheetNames, so the same names come out
    const r = matrixSheets(set, { locale, ...password, cells, names: definedNames, taken: layoutSheetNames() });
    body.push(...r.body);
    finish.push(...r.finish);
    made.push({ layout: "matrix", sheets: r.sheets });
  }
  for (const { unit, r } of unitParts) {
    body.push(...r.body);
    finish.push(...r.finish);
    made.push({ layout: "unit-form", unitId: unit.id, sheets: r.sheets });
  }

  // forms already there stay, unless this build writes their sheets again
  const existing = o.into ? formsInWorkbook(o.into.metadata, set) : { forms: [], cells: new Map() as CellMap };
  const written = new Set(made.flatMap((f) => f.sheets.map(lower)));
  const kept = existing.forms.filter((f) => !f.sheets.some((s) => written.has(lower(s))));
  const merged: CellMap = new Map([...existing.cells].filter(([sheet]) => !written.has(lower(sheet))));
  for (const [sheet, ids] of cells) merged.set(sheet, ids);
  const forms = [...kept, ...made];

  // one guide for the workbook: kept as it is when the workbook has forms of this set behind one
  const guideThere = kept.length > 0 && (o.into?.sheets ?? []).some((s) => lower(s) === lower(names.guide));
  const sheets: string[] = [];
  if (!guideThere) {
    const unitForms = forms.filter((f) => f.layout === "unit-form");
    const only = forms.length === 1 && unitForms.length === 1 ? set.units.find((u) => u.id === unitForms[0]!.unitId) : undefined;
    const g = guideSheet(set, names.guide, {
      locale,
      ...(only ? { unit: only } : {}),
      units: unitForms.length > 0 ? unitForms.length : reportingUnits(set).length,
      sheetPerUnit: !only && unitForms.length > 0,
      hasBaseline: unitForms.length > 0 && baselineIndicators(set).size > 0,
      password: o.password,
      removedSheet: o.removedSheet,
    });
    body.unshift(...g.body);
    finish.unshift(...g.finish);
    sheets.push(names.guide);
  }
  sheets.push(...made.flatMap((f) => f.sheets));
  const single = forms.length === 1 ? forms[0] : undefined;
  return {
    kind: single?.layout ?? "matrix",
    set,
    locale,
    ...password,
    ...(single?.unitId !== undefined ? { unitId: single.unitId } : {}),
    sheets,
    body,
    finish,
    cells: merged,
    forms,
    metadata: templateMetadata(set, forms),
    names: definedNames,
  };
}

/** Why forms cannot be added to this workbook, or undefined: it holds forms of another version
 *  of the set, which would be lost from its metadata (update them first). */
export function addFormsProblem(metadata: Record<string, string>, set: IndicatorSet): ((l: Locale) => string) | undefined {
  const { version } = formsInWorkbook(metadata, set);
  return version !== undefined ? (l) => messagesFor(l).forms.otherVersion(version, set.version) : undefined;
}
