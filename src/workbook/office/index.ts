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
  requireFeature,
  skippedMessage,
  unsupportedMessage,
  API_MEMBERS,
  FEATURE_CHECKS,
  FEATURE_REQUIREMENTS,
  MANIFEST_MINIMUM,
  HostFeatureError,
  UnsupportedFeatureError,
  type ApiMemberUse,
  type Capabilities,
  type ExcelApiVersion,
  type Feature,
  type Localized,
  type RequirementChecker,
} from "./requirements";
export { DEFAULT_PAYLOAD_BUDGET, ACTION_OVERHEAD_BYTES, jsonBytes, utf8Length } from "./payload";
export { needsTextFormat } from "./text";
export { selectCell } from "./select";
export { watchEdits, editedAreas, type EditHandler, type EditedArea, type WatchOptions } from "./watch";
export { SheetPasswordError } from "./protection";
export { ChangeInputError } from "./validation";
