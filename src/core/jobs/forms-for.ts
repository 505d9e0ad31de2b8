// Job: the forms to send out. Which units get one is decided here, once, for every front end:
// the units that report their own figures (not the totals they roll up into), unless the
// caller names units. The result is data: a file name and the changes that make each form, or
// with `oneWorkbook` one file holding every form asked for, a sheet per unit.
import { both, type Bilingual, type Locale } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import { reportingUnits } from "../set/units";
import { addFormsProblem, buildFormsWorkbook, type WorkbookNow } from "../template/forms-workbook";
import { templateChanges } from "../template/built";
import { matrixChanges } from "../template/matrix";
import { unitFormChanges } from "../template/unit-form";
import type { WorkbookChange } from "../workbook/workbook";

export interface FormsRequest {
  layout: "unit-form" | "matrix";
  /** for unit forms: these units only; default every reporting unit */
  units?: readonly string[];
  /** every form asked for in ONE workbook: a sheet per unit, named after it (the matrix, with
   *  layout "matrix", as a sheet beside any already there) */
  oneWorkbook?: boolean;
  /** with oneWorkbook and unit forms: the matrix in the same workbook too */
  withMatrix?: boolean;
  /** with oneWorkbook: the workbook the forms go into (the pane's open one); forms of the set
   *  already in it stay listed in its metadata beside the new ones */
  into?: WorkbookNow;
  locale: Locale;
  password?: string;
}

export interface PlannedForm {
  /** the unit of a unit form (not set for a workbook of several forms) */
  unitId?: string;
  /** a file name that any file system takes: `<unit id>-<unit name>.xlsx` */
  fileName: string;
  changes: WorkbookChange[];
}

export type FormsResult = { ok: true; forms: PlannedForm[] } | { ok: false; problem: Bilingual };

export function formsFor(set: IndicatorSet, request: FormsRequest): FormsResult {
  const common = { locale: request.locale, ...(request.password ? { password: request.password } : {}) };
  if (set.units.length === 0) return { ok: false, problem: both((m) => m.forms.noUnits) };
  if (request.oneWorkbook) {
    const why = request.into ? addFormsProblem(request.into.metadata, set) : undefined;
    if (why) return { ok: false, problem: both((_m, l) => why(l)) };
  }
  if (request.layout === "matrix" && request.oneWorkbook) return { ok: true, forms: [{ fileName: `${safeFileName(set.id)}-matrix.xlsx`, changes: oneWorkbook(set, [], true, request) }] };
  if (request.layout === "matrix") return { ok: true, forms: [{ fileName: `${safeFileName(set.id)}-matrix.xlsx`, changes: matrixChanges(set, common) }] };

  const known = new Map(set.units.map((u) => [u.id, u]));
  const wanted = request.units ?? reportingUnits(set).map((u) => u.id);
  const unknown = wanted.find((id) => !known.has(id));
  if (unknown !== undefined) {
    const list = (l: Locale) => set.units.map((u) => `${u.id}（${u.name}）`).join(l === "zh-CN" ? "、" : ", ");
    return { ok: false, problem: both((m, l) => m.forms.unknownUnit(unknown, list(l))) };
  }
  if (request.oneWorkbook) return { ok: true, forms: [{ fileName: `${safeFileName(set.id)}-forms.xlsx`, changes: oneWorkbook(set, wanted, request.withMatrix ?? false, request) }] };
  return {
    ok: true,
    forms: wanted.map((id) => {
      const unit = known.get(id)!;
      return { unitId: id, fileName: unitFileName(unit), changes: unitFormChanges(set, { unitId: id, ...common }) };
    }),
  };
}

function oneWorkbook(set: IndicatorSet, units: readonly string[], matrix: boolean, r: FormsRequest): WorkbookChange[] {
  return templateChanges(buildFormsWorkbook(set, { units, matrix, locale: r.locale, ...(r.password ? { password: r.password } : {}), ...(r.into ? { into: r.into } : {}) }));
}

/** `<unitId>-<unit name>.xlsx`, with what file systems refuse in a name replaced. */
export function unitFileName(unit: { id: string; name: string }): string {
  return `${unit.id}-${safeFileName(unit.name).slice(0, 80)}.xlsx`;
}

function safeFileName(name: string): string {
  // control characters, what Windows refuses, and bidirectional overrides that disguise extensions
  return name.replace(/[\\/:*?"<>|\u0000-\u001f\u007f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, "_").replace(/[. ]+$/, "");
}
