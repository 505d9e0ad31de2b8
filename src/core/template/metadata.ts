// Metadata keys of a template (hidden in the workbook, see core/workbook/metadata-sheet.ts).
// The first five are shared with the other layouts; the cell map's keys live in cell-map.ts.
//
// Which sheet is what: `template.forms` lists the forms a workbook holds, each with its layout,
// its unit (a unit form) and its input sheets, e.g.
//   [{"layout":"unit-form","unit":"linjiang","sheets":["临江小学"]},{"layout":"matrix","sheets":["各单位填报"]}]
// Workbooks made before it have one form, described by `layout` and `unit.id` alone; those keys
// are still written (one form: its layout and unit; several: `matrix` and no unit, as the cells
// of several units are then told apart by the unit in each slot key, see cell-map.ts).
import { SET_METADATA_KEYS as METADATA_KEYS, setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import { isObject, partsEntries, partsFrom } from "./cell-map";
import type { LayoutKind } from "./layout";

export const TEMPLATE_FORMAT = "indicator-tables/v1";

export const TEMPLATE_KEYS = {
  ...METADATA_KEYS,
  /** the unit a unit form is for */
  unitId: "unit.id",
  /** the set's reporting years, comma-separated */
  years: "template.years",
  /** the sheet holding data of removed indicators, after an upgrade */
  removedSheet: "template.removed",
  /** set version of the workbook an upgrade carried the data over from */
  upgradedFrom: "template.upgradedFrom",
  /** how many parts the list of forms is cut into (`template.forms.1` …) */
  formsParts: "template.forms.parts",
} as const;

const formsPartKey = (n: number) => `template.forms.${n}`;

export const LAYOUT_KINDS: readonly LayoutKind[] = ["unit-form", "matrix"];

/** One form in a workbook: a unit's form or the matrix, and the sheets holding its input cells. */
export interface TemplateForm {
  layout: LayoutKind;
  /** the unit of a unit form */
  unitId?: string;
  sheets: string[];
}

const UNIT_ID = /^[A-Za-z][A-Za-z0-9_]*$/;

export function formsEntries(forms: readonly TemplateForm[]): Record<string, string> {
  const plain = forms.map((f) => ({ layout: f.layout, ...(f.unitId !== undefined ? { unit: f.unitId } : {}), sheets: f.sheets }));
  return partsEntries(JSON.stringify(plain), TEMPLATE_KEYS.formsParts, formsPartKey);
}

/** The list of forms; undefined when the workbook predates it; "damaged" when it is there but
 *  not a list of forms (it comes with a returned file and may be forged). */
export function formsFrom(metadata: Record<string, string>): TemplateForm[] | undefined | "damaged" {
  if (metadata[TEMPLATE_KEYS.formsParts] === undefined) return undefined;
  const plain = partsFrom(metadata, TEMPLATE_KEYS.formsParts, formsPartKey);
  if (!Array.isArray(plain) || plain.length === 0) return "damaged";
  const forms: TemplateForm[] = [];
  for (const f of plain) {
    if (!isObject(f) || !LAYOUT_KINDS.includes(f.layout as LayoutKind) || !Array.isArray(f.sheets) || !f.sheets.every((s) => typeof s === "string")) return "damaged";
    if (f.layout === "unit-form" && (typeof f.unit !== "string" || !UNIT_ID.test(f.unit))) return "damaged";
    forms.push({ layout: f.layout as LayoutKind, ...(f.layout === "unit-form" ? { unitId: f.unit as string } : {}), sheets: f.sheets as string[] });
  }
  return forms;
}

// Hashing the whole set costs more than building a 200-row form; the forms of every unit are
// made from one set object (sets are not changed in place; validate.ts caches per set too).
const fingerprints = new WeakMap<IndicatorSet, string>();

function fingerprintOf(set: IndicatorSet): string {
  let hash = fingerprints.get(set);
  if (hash === undefined) fingerprints.set(set, (hash = setFingerprint(set)));
  return hash;
}

/** The set's keys, the years, and the forms both as the list and as the keys older readers know. */
export function templateMetadata(set: IndicatorSet, forms: readonly TemplateForm[]): Record<string, string> {
  const only = forms.length === 1 ? forms[0] : undefined;
  return {
    [TEMPLATE_KEYS.format]: TEMPLATE_FORMAT,
    [TEMPLATE_KEYS.setId]: set.id,
    [TEMPLATE_KEYS.setVersion]: set.version,
    [TEMPLATE_KEYS.setHash]: fingerprintOf(set),
    [TEMPLATE_KEYS.layout]: only?.layout ?? "matrix",
    // keys cannot be deleted: a workbook that had one unit's form and now has several says ""
    ...(only?.unitId !== undefined ? { [TEMPLATE_KEYS.unitId]: only.unitId } : forms.length > 1 ? { [TEMPLATE_KEYS.unitId]: "" } : {}),
    [TEMPLATE_KEYS.years]: set.years.join(","),
    ...formsEntries(forms),
  };
}
