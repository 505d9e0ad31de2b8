// Cell values: the one parser from what a cell holds to a number, boolean or text, or a refusal.
export {
  parseCellValue,
  isPercentFormat,
  VALUE_TYPES,
  EXCEL_ERRORS,
  EMPTY_MARKERS,
  type ValueType,
  type RawCellValue,
  type CellContext,
  type Comparator,
  type Qualifier,
  type DoubtCode,
  type Doubt,
  type EmptyMark,
  type ParsedValue,
  type RefusalCode,
  type Refusal,
  type ParseResult,
} from "./parse-cell-value";
export { normalizeText } from "./normalize-text";
export { chineseNumeralToDigits } from "./chinese-numerals";
