// Which Excel JavaScript API requirement set each kind of change needs, and the typed error
// thrown (before anything is written) when the host lacks one.
//
// The manifest declares ExcelApi 1.1. Only values, formulas, number formats, font/fill/
// alignment/borders, wrap text, adding/deleting sheets and READING sheet visibility are 1.1;
// every newer member the office backend uses is listed in API_MEMBERS below with the feature
// whose check guards it (tests/workbook/office/api-sets.test.ts reads the sets from
// @types/office-js and fails on a member missing here; docs/excel-api-sets.md prints the table).

import type { WorkbookChange } from "../../core/workbook/workbook";

export type ExcelApiVersion = "1.1" | "1.2" | "1.3" | "1.4" | "1.5" | "1.6" | "1.7" | "1.8" | "1.9";

/** A message in both UI languages; zh-CN first, as the add-in's users read it first. */
export interface Localized {
  "zh-CN": string;
  "en-US": string;
}

export type Feature =
  | "core"
  | "hiddenSheets"
  | "metadataSheet"
  | "columnWidth"
  | "merge"
  | "protection"
  | "protectionPassword"
  | "names"
  | "conditionalFormats"
  | "freezePanes"
  | "dataValidation"
  | "pageLayout"
  | "charts"
  | "changeEvents"
  | "nullObjects"
  | "nameFormulas";

export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, ExcelApiVersion>> = {
  core: "1.1",
  hiddenSheets: "1.2",
  metadataSheet: "1.2",
  columnWidth: "1.2",
  merge: "1.2",
  protection: "1.2",
  protectionPassword: "1.7",
  names: "1.4",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  dataValidation: "1.8",
  pageLayout: "1.9",
  charts: "1.7",
  changeEvents: "1.7",
  nullObjects: "1.4",
  nameFormulas: "1.7",
};

const FEATURE_LABELS: Readonly<Record<Feature, Localized>> = {
  core: { "zh-CN": "写入单元格", "en-US": "writing cells" },
  hiddenSheets: { "zh-CN": "隐藏工作表", "en-US": "hidden sheets" },
  metadataSheet: { "zh-CN": "记录指标集信息的隐藏工作表", "en-US": "the hidden sheet recording the indicator set" },
  columnWidth: { "zh-CN": "设置列宽", "en-US": "column widths" },
  merge: { "zh-CN": "合并单元格", "en-US": "merged cells" },
  protection: { "zh-CN": "工作表保护与单元格锁定", "en-US": "sheet protection and cell locking" },
  protectionPassword: { "zh-CN": "带密码的工作表保护", "en-US": "password-protected sheets" },
  names: { "zh-CN": "定义名称", "en-US": "defined names" },
  conditionalFormats: { "zh-CN": "条件格式", "en-US": "conditional formatting" },
  freezePanes: { "zh-CN": "冻结窗格", "en-US": "frozen panes" },
  dataValidation: { "zh-CN": "数据验证", "en-US": "data validation" },
  pageLayout: { "zh-CN": "页面设置（打印方向、缩放、打印标题）", "en-US": "page setup (orientation, fit to width, print titles)" },
  charts: { "zh-CN": "插入图表", "en-US": "charts" },
  changeEvents: { "zh-CN": "编辑后自动校验（实时校验）", "en-US": "checking after each edit (live checking)" },
  nullObjects: { "zh-CN": "识别空白工作表", "en-US": "telling blank sheets apart" },
  nameFormulas: { "zh-CN": "读取名称的引用公式", "en-US": "reading what a name refers to as a formula" },
};

/** The feature (and so the requirement set) a change needs. */
export function featureOf(change: WorkbookChange): Feature {
  switch (change.op) {
    case "addSheet":
      return change.visibility !== undefined && change.visibility !== "visible" ? "hiddenSheets" : "core";
    case "setMetadata":
      return "metadataSheet";
    case "setColumnWidth":
      return "columnWidth";
    case "mergeCells":
      return "merge";
    case "setLocked":
      return "protection";
    case "protectSheet":
      return change.options?.password ? "protectionPassword" : "protection";
    case "defineName":
      return "names";
    case "addConditionalFormat":
      return "conditionalFormats";
    case "freezePanes":
      return "freezePanes";
    case "setDataValidation":
      return "dataValidation";
    case "setPageSetup":
      return "pageLayout";
    case "addChart":
      return "charts";
    default:
      return "core";
  }
}

/** The part of `Office.context.requirements` used here; injectable for tests. */
export interface RequirementChecker {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/** `Office.context.requirements` when running inside Office, else undefined. */
export function hostRequirements(): RequirementChecker | undefined {
  if (typeof Office === "undefined") return undefined;
  return Office.context?.requirements;
}

export interface Capabilities {
  supports(version: ExcelApiVersion): boolean;
  has(feature: Feature): boolean;
}

/**
 * What the host supports, asked once per set. Without a requirements API (not inside Office, e.g.
 * a test runner with its own fake host) everything counts as supported: the host itself then
 * rejects what it cannot do.
 */
export function capabilities(requirements: RequirementChecker | undefined = hostRequirements()): Capabilities {
  const cache = new Map<ExcelApiVersion, boolean>();
  const supports = (version: ExcelApiVersion): boolean => {
    let ok = cache.get(version);
    if (ok === undefined) {
      ok = requirements ? requirements.isSetSupported("ExcelApi", version) : true;
      cache.set(version, ok);
    }
    return ok;
  };
  return { supports, has: (feature) => supports(FEATURE_REQUIREMENTS[feature]) };
}

function minor(version: ExcelApiVersion): number {
  return Number(version.split(".")[1]);
}

/** What degrade mode did instead, where that is more than leaving the change out. */
const DEGRADED: Partial<Record<Feature, Localized>> = {
  hiddenSheets: { "zh-CN": "工作表已插入，但没有隐藏。", "en-US": "The sheet went in, but visible." },
  metadataSheet: {
    "zh-CN": "指标集信息没有写入，再次打开这个工作簿时不能自动认出指标集。",
    "en-US": "The set's record was not written, so the set is not recognised when the workbook is opened again.",
  },
  charts: { "zh-CN": "图表没有插入，表中的数字和颜色不受影响。", "en-US": "The charts were left out; the figures and colours in the sheets are all there." },
};

/** The message for a change degrade mode skipped: what is missing, what happened instead, what to do. */
export function skippedMessage(feature: Feature): Localized {
  const base = unsupportedMessage(feature);
  const note = DEGRADED[feature];
  if (!note) return base;
  return { "zh-CN": `${base["zh-CN"]}${note["zh-CN"]}`, "en-US": `${base["en-US"]} ${note["en-US"]}` };
}

export function unsupportedMessage(feature: Feature): Localized {
  const version = FEATURE_REQUIREMENTS[feature];
  const label = FEATURE_LABELS[feature];
  // Office 2019 volume-licensed (MSI) stops at ExcelApi 1.7: the usual reason a bureau's PC lacks a set.
  const after2019 = minor(version) > 7;
  return {
    "zh-CN":
      `此版本的 Excel 不支持${label["zh-CN"]}（需要 ExcelApi ${version}）。` +
      (after2019 ? "Office 2019 批量许可版最高只支持到 ExcelApi 1.7，因此没有此功能。" : "") +
      "请改用 Microsoft 365、Office 2021 或更新版本，或使用 Excel 网页版。",
    "en-US":
      `This version of Excel does not support ${label["en-US"]} (needs ExcelApi ${version}).` +
      (after2019 ? " Office 2019 volume-licensed stops at ExcelApi 1.7, so it lacks this feature." : "") +
      " Use Microsoft 365, Office 2021 or later, or Excel on the web.",
  };
}

/** The host lacks the requirement set of a feature; carries the words for the pane. */
export class HostFeatureError extends Error {
  readonly feature: Feature;
  /** e.g. `ExcelApi 1.8` */
  readonly requirementSet: string;
  readonly messages: Localized;

  constructor(feature: Feature) {
    const messages = unsupportedMessage(feature);
    super(`${messages["zh-CN"]}\n${messages["en-US"]}`);
    this.name = "HostFeatureError";
    this.feature = feature;
    this.requirementSet = `ExcelApi ${FEATURE_REQUIREMENTS[feature]}`;
    this.messages = messages;
  }
}

/** Throws {@link HostFeatureError} unless the host has `feature`. */
export function requireFeature(caps: Capabilities, feature: Feature): void {
  if (!caps.has(feature)) throw new HostFeatureError(feature);
}

/** A change needs a requirement set the host lacks. Thrown before any write. */
export class UnsupportedFeatureError extends HostFeatureError {
  /** index of the first offending change and its op */
  readonly changeIndex: number;
  readonly op: WorkbookChange["op"];

  constructor(feature: Feature, changeIndex: number, op: WorkbookChange["op"]) {
    super(feature);
    this.name = "UnsupportedFeatureError";
    this.changeIndex = changeIndex;
    this.op = op;
  }
}

/** The set manifest.xml declares: anything above it needs a check before use. */
export const MANIFEST_MINIMUM: ExcelApiVersion = "1.1";

/** Where each feature's requirement check runs, before the code that needs it. */
export const FEATURE_CHECKS: Readonly<Record<Feature, string>> = {
  core: "nothing to check (ExcelApi 1.1, the manifest's minimum)",
  hiddenSheets: "screen(): addSheet with a hidden visibility is kept visible and reported; plan(): deleting a very hidden sheet",
  metadataSheet: "screen(): setMetadata is skipped and reported (or refused)",
  columnWidth: "screen(): featureOf(setColumnWidth)",
  merge: "screen(): featureOf(mergeCells)",
  protection: "screen(): featureOf(setLocked, protectSheet); probe() reads protection only with it, and only sheets it found protected are unprotected and protected again",
  protectionPassword: "screen(): featureOf(protectSheet with a password)",
  names: "screen(): featureOf(defineName)",
  conditionalFormats: "screen(): featureOf(addConditionalFormat)",
  freezePanes: "screen(): featureOf(freezePanes)",
  dataValidation: "screen(): featureOf(setDataValidation)",
  pageLayout: "screen(): featureOf(setPageSetup)",
  charts: "screen(): featureOf(addChart)",
  changeEvents: "watchEdits(): requireFeature before any event is registered",
  nullObjects: "readGrids(): caps.has, else getUsedRange()",
  nameFormulas: "OfficeWorkbook.names(): caps.has, else NamedItem.value",
};

/** One use of an Office.js member above {@link MANIFEST_MINIMUM}, and what guards it. */
export interface ApiMemberUse {
  /** `Class.member`, plus ` (setting)` / ` (password)` when the set depends on the use */
  member: string;
  /** the set @types/office-js gives, e.g. `1.2` */
  set: string;
  /** `file.ts#function`: the outermost named function of src/workbook/office the use is in */
  where: string;
  /** the feature whose check must pass before that function reaches the member */
  guard: Feature;
}

const uses = (guard: Feature, where: string, set: string, members: string[]): ApiMemberUse[] => members.map((member) => ({ member, set, where, guard }));

/** Every use above ExcelApi 1.1, checked against the code by tests/workbook/office/api-sets.test.ts. */
export const API_MEMBERS: readonly ApiMemberUse[] = [
  ...uses("protection", "plan.ts#plan", "1.2", ["FormatProtection.locked", "RangeFormat.protection"]),
  ...uses("merge", "plan.ts#plan", "1.2", ["Range.merge"]),
  ...uses("columnWidth", "plan.ts#plan", "1.2", ["RangeFormat.columnWidth"]),
  ...uses("hiddenSheets", "plan.ts#plan", "1.2", ["Worksheet.visibility (setting)"]),
  ...uses("metadataSheet", "metadata.ts#metadataSteps", "1.2", ["Worksheet.visibility (setting)"]),
  ...uses("protection", "probe.ts#probe", "1.2", ["Worksheet.protection", "WorksheetProtection.options", "WorksheetProtection.protected"]),
  ...uses("protection", "protection.ts#explainLocked", "1.2", ["Worksheet.protection", "WorksheetProtection.load", "WorksheetProtection.protected"]),
  ...uses("protection", "protection.ts#Locks.protect", "1.2", ["Worksheet.protection"]),
  ...uses("protection", "protection.ts#Locks.queueUnprotect", "1.2", ["Worksheet.protection"]),
  ...uses("protection", "protection.ts#protect", "1.2", ["WorksheetProtection.protect"]),
  ...uses("protection", "protection.ts#unprotect", "1.2", ["WorksheetProtection.unprotect"]),
  ...uses("protection", "protection.ts#protectionOptions", "1.2", [
    "WorksheetProtectionOptions.allowAutoFilter",
    "WorksheetProtectionOptions.allowFormatCells",
    "WorksheetProtectionOptions.allowFormatColumns",
    "WorksheetProtectionOptions.allowFormatRows",
    "WorksheetProtectionOptions.allowSort",
  ]),
  ...uses("protection", "protection.ts#refusedWhenProtected", "1.2", ["WorksheetProtectionOptions.allowFormatCells", "WorksheetProtectionOptions.allowFormatColumns"]),
  ...uses("names", "names.ts#defineName", "1.4", ["NamedItem.delete", "NamedItemCollection.add"]),
  ...uses("nullObjects", "read.ts#readGrids", "1.4", ["Worksheet.getUsedRangeOrNullObject"]),
  ...uses("changeEvents", "watch.ts#usedRanges", "1.4", ["Worksheet.getUsedRangeOrNullObject"]),
  ...uses("conditionalFormats", "conditional-format.ts#addConditionalFormat", "1.6", [
    "CellValueConditionalFormat.format",
    "CellValueConditionalFormat.rule",
    "ConditionalCellValueRule.formula1",
    "ConditionalCellValueRule.formula2",
    "ConditionalCellValueRule.operator",
    "ConditionalDataBarPositiveFormat.fillColor",
    "ConditionalFormat.cellValue",
    "ConditionalFormat.dataBar",
    "ConditionalFormatCollection.add",
    "ConditionalRangeFill.color",
    "ConditionalRangeFont.color",
    "ConditionalRangeFormat.fill",
    "ConditionalRangeFormat.font",
    "DataBarConditionalFormat.positiveFormat",
    "Range.conditionalFormats",
  ]),
  ...uses("nameFormulas", "names.ts#readNames", "1.7", ["NamedItem.formula"]),
  ...uses("freezePanes", "plan.ts#plan", "1.7", ["Worksheet.freezePanes"]),
  ...uses("freezePanes", "layout.ts#freeze", "1.7", [
    "WorksheetFreezePanes.freezeAt",
    "WorksheetFreezePanes.freezeColumns",
    "WorksheetFreezePanes.freezeRows",
    "WorksheetFreezePanes.unfreeze",
  ]),
  ...uses("changeEvents", "watch.ts#watchEdits", "1.7", ["Worksheet.onChanged", "WorksheetChangedEventArgs.address", "WorksheetChangedEventArgs.worksheetId"]),
  ...uses("charts", "chart.ts#addChart", "1.7", ["ChartAxis.reversePlotOrder", "ChartSeries.setValues", "ChartSeries.setXAxisValues", "ChartSeriesCollection.add"]),
  // read only for an addChart change, which screen() lets through only with charts (1.7)
  ...uses("charts", "protection.ts#refusedWhenProtected", "1.7", ["WorksheetProtectionOptions.allowEditObjects"]),
  ...uses("protectionPassword", "protection.ts#protect", "1.7", ["WorksheetProtection.protect (password)"]),
  ...uses("protectionPassword", "protection.ts#unprotect", "1.7", ["WorksheetProtection.unprotect (password)"]),
  ...uses("dataValidation", "plan.ts#plan", "1.8", ["Range.dataValidation"]),
  ...uses("dataValidation", "validation.ts#validationRule", "1.8", [
    "BasicDataValidation.formula1",
    "BasicDataValidation.formula2",
    "BasicDataValidation.operator",
    "DataValidationRule.decimal",
    "DataValidationRule.list",
    "DataValidationRule.textLength",
    "DataValidationRule.wholeNumber",
    "ListDataValidation.inCellDropDown",
    "ListDataValidation.source",
  ]),
  ...uses("dataValidation", "validation.ts#applyValidation", "1.8", [
    "DataValidation.clear",
    "DataValidation.errorAlert",
    "DataValidation.ignoreBlanks",
    "DataValidation.prompt",
    "DataValidation.rule",
    "DataValidationErrorAlert.message",
    "DataValidationErrorAlert.showAlert",
    "DataValidationErrorAlert.style",
    "DataValidationErrorAlert.title",
    "DataValidationPrompt.message",
    "DataValidationPrompt.showPrompt",
    "DataValidationPrompt.title",
  ]),
  ...uses("pageLayout", "plan.ts#plan", "1.9", ["Worksheet.pageLayout"]),
  ...uses("pageLayout", "layout.ts#applyPageSetup", "1.9", [
    "PageLayout.orientation",
    "PageLayout.setPrintTitleRows",
    "PageLayout.zoom",
    "PageLayoutZoomOptions.horizontalFitToPages",
    "PageLayoutZoomOptions.scale",
    "PageLayoutZoomOptions.verticalFitToPages",
  ]),
];
