export {
  OfficeWorkbook,
  META_SHEET,
  excelRun,
  widthToPoints,
  type ApplyOptions,
  type ApplyReport,
  type ExcelRunner,
  type OfficeWorkbookOptions,
  type SkippedChange,
} from "./office-workbook";
export {
  capabilities,
  featureOf,
  hostRequirements,
  unsupportedMessage,
  FEATURE_REQUIREMENTS,
  UnsupportedFeatureError,
  type Capabilities,
  type ExcelApiVersion,
  type Feature,
  type Localized,
  type RequirementChecker,
} from "./requirements";
export { DEFAULT_PAYLOAD_BUDGET, ACTION_OVERHEAD_BYTES, jsonBytes, utf8Length } from "./payload";
export { needsTextFormat } from "./text";
export { selectCell } from "./select";
export { watchEdits, type EditHandler } from "./watch";
