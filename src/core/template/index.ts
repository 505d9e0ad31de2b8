// Target tables clerks fill in: unit forms and the matrix, reading them back, and regenerating
// them for a new version of the set without losing what was entered.
export { unitFormChanges, buildUnitForm, UnknownUnitError, type UnitFormOptions } from "./unit-form";
export { matrixChanges, buildMatrix, type MatrixOptions } from "./matrix";
export { buildFormsWorkbook, formsInWorkbook, workbookNow, addFormsProblem, type FormsWorkbookOptions, type WorkbookNow } from "./forms-workbook";
export { formSheetNames, layoutSheetNames } from "./sheet-names";
export { readEntries, templateInfo, formOfSheet, NotATemplateError, READ_LIMITS, type FilledTemplate, type ReadLimits, type TemplateEntry, type TemplateInfo } from "./read-entries";
export { upgradeChanges, planUpgrade, type UpgradeOptions, type UpgradePlan } from "./upgrade";
export { templateChanges, type BuiltTemplate } from "./built";
export { TEMPLATE_FORMAT, TEMPLATE_KEYS, formsFrom, type TemplateForm } from "./metadata";
export { cellMapFrom, slotKey, parseSlotKey, type CellMap, type Slot } from "./cell-map";
export { inputName, nameProblem, NAME_PREFIX } from "./names";
export { inputFormat } from "./formats";
export { baselineIndicators } from "./baseline";
export { COLOURS, type LayoutKind } from "./layout";
