// Metadata keys of a template (hidden in the workbook, see core/workbook/metadata-sheet.ts).
// The first five are shared with the other layouts; the cell map's keys live in cell-map.ts.
import { SET_METADATA_KEYS as METADATA_KEYS, setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
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
} as const;

export const LAYOUT_KINDS: readonly LayoutKind[] = ["unit-form", "matrix"];

export function templateMetadata(set: IndicatorSet, kind: LayoutKind, unitId?: string): Record<string, string> {
  return {
    [TEMPLATE_KEYS.format]: TEMPLATE_FORMAT,
    [TEMPLATE_KEYS.setId]: set.id,
    [TEMPLATE_KEYS.setVersion]: set.version,
    [TEMPLATE_KEYS.setHash]: setFingerprint(set),
    [TEMPLATE_KEYS.layout]: kind,
    ...(unitId !== undefined ? { [TEMPLATE_KEYS.unitId]: unitId } : {}),
    [TEMPLATE_KEYS.years]: set.years.join(","),
  };
}
