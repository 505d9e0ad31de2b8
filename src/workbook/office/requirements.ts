// Which Excel JavaScript API requirement set each kind of change needs, and the typed error
// thrown (before anything is written) when the host lacks one.
//
// The manifest declares the minimum set the add-in's core needs; everything here assumes that
// values, formulas, number formats, font/fill/alignment/borders, wrap text, sheets and sheet
// visibility (incl. veryHidden) are ExcelApi 1.1-level calls. Newer calls, and the set each needs:
//   1.2  RangeFormat.columnWidth, Range.merge, RangeFormat.protection.locked,
//        WorksheetProtection.protect(options), getUsedRange(valuesOnly)
//   1.4  NamedItemCollection.add, NamedItem.delete, *OrNullObject (getUsedRangeOrNullObject)
//   1.6  ConditionalFormatCollection.add (cell value rules)
//   1.7  protect/unprotect with a password, Worksheet.freezePanes, NamedItem.formula
//   1.8  Range.dataValidation
//   1.9  Worksheet.pageLayout (orientation, zoom, setPrintTitleRows)

import type { WorkbookChange } from "../../core/workbook/workbook";

export type ExcelApiVersion = "1.1" | "1.2" | "1.3" | "1.4" | "1.5" | "1.6" | "1.7" | "1.8" | "1.9";

/** A message in both UI languages; zh-CN first, as the add-in's users read it first. */
export interface Localized {
  "zh-CN": string;
  "en-US": string;
}

export type Feature =
  | "core"
  | "columnWidth"
  | "merge"
  | "protection"
  | "protectionPassword"
  | "names"
  | "conditionalFormats"
  | "freezePanes"
  | "dataValidation"
  | "pageLayout";

export const FEATURE_REQUIREMENTS: Readonly<Record<Feature, ExcelApiVersion>> = {
  core: "1.1",
  columnWidth: "1.2",
  merge: "1.2",
  protection: "1.2",
  protectionPassword: "1.7",
  names: "1.4",
  conditionalFormats: "1.6",
  freezePanes: "1.7",
  dataValidation: "1.8",
  pageLayout: "1.9",
};

const FEATURE_LABELS: Readonly<Record<Feature, Localized>> = {
  core: { "zh-CN": "写入单元格", "en-US": "writing cells" },
  columnWidth: { "zh-CN": "设置列宽", "en-US": "column widths" },
  merge: { "zh-CN": "合并单元格", "en-US": "merged cells" },
  protection: { "zh-CN": "工作表保护与单元格锁定", "en-US": "sheet protection and cell locking" },
  protectionPassword: { "zh-CN": "带密码的工作表保护", "en-US": "password-protected sheets" },
  names: { "zh-CN": "定义名称", "en-US": "defined names" },
  conditionalFormats: { "zh-CN": "条件格式", "en-US": "conditional formatting" },
  freezePanes: { "zh-CN": "冻结窗格", "en-US": "frozen panes" },
  dataValidation: { "zh-CN": "数据验证", "en-US": "data validation" },
  pageLayout: { "zh-CN": "页面设置（打印方向、缩放、打印标题）", "en-US": "page setup (orientation, fit to width, print titles)" },
};

/** The feature (and so the requirement set) a change needs. */
export function featureOf(change: WorkbookChange): Feature {
  switch (change.op) {
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

/** A change needs a requirement set the host lacks. Thrown before any write. */
export class UnsupportedFeatureError extends Error {
  readonly feature: Feature;
  /** e.g. `ExcelApi 1.8` */
  readonly requirementSet: string;
  readonly messages: Localized;
  /** index of the first offending change and its op */
  readonly changeIndex: number;
  readonly op: WorkbookChange["op"];

  constructor(feature: Feature, changeIndex: number, op: WorkbookChange["op"]) {
    const messages = unsupportedMessage(feature);
    super(`${messages["zh-CN"]}\n${messages["en-US"]}`);
    this.name = "UnsupportedFeatureError";
    this.feature = feature;
    this.requirementSet = `ExcelApi ${FEATURE_REQUIREMENTS[feature]}`;
    this.messages = messages;
    this.changeIndex = changeIndex;
    this.op = op;
  }
}
