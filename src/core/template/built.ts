// A template as built, before it becomes one list of changes: the sheets' changes, the
// protection to apply last, and where every input cell went. Upgrades add their carried-over
// values and the removed-data sheet between the two.
import type { Locale } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import type { WorkbookChange } from "../workbook/workbook";
import { cellMapEntries, type CellMap } from "./cell-map";
import type { LayoutKind } from "./layout";
import { formsEntries, type TemplateForm } from "./metadata";

export interface BuiltTemplate {
  kind: LayoutKind;
  set: IndicatorSet;
  locale: Locale;
  password?: string;
  /** the unit of a unit form */
  unitId?: string;
  /** visible sheets in order, the guide first */
  sheets: string[];
  body: WorkbookChange[];
  finish: WorkbookChange[];
  cells: CellMap;
  /** the forms the workbook holds and their sheets */
  forms: TemplateForm[];
  metadata: Record<string, string>;
  /** defined names used, lower-cased */
  names: Set<string>;
}

/** The whole template as one list: sheets, then protection, then the hidden metadata. */
export function templateChanges(t: BuiltTemplate, extra: { body?: WorkbookChange[]; finish?: WorkbookChange[]; metadata?: Record<string, string> } = {}): WorkbookChange[] {
  return [
    ...t.body,
    ...(extra.body ?? []),
    ...t.finish,
    ...(extra.finish ?? []),
    { op: "setMetadata", entries: { ...t.metadata, ...(extra.metadata ?? {}), ...formsEntries(t.forms), ...cellMapEntries(t.cells) } },
  ];
}
