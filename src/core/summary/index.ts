// 汇总: many returned workbooks → totals by the right method, statuses, subtotals up the unit
// tree, what is missing or wrong, and the sheets a director reads.
export { aggregate, methodOf, exactSum, type Aggregate, type Method, type UnitFigures } from "./aggregate";
export { buildSummary, descendants, type Summary, type SummaryOptions, type IndicatorSummary, type UnitValue, type UnitStatus, type TotalStatus, type Duplicate, type SummaryWorkbook } from "./build";
export { SummaryCollector, listedInSummary } from "./collect";
export { summaryChanges, chartableIndicators, SUMMARY_FORMAT, SUMMARY_KEYS, STATUS_FILLS, type SummaryLayoutOptions } from "./layout";
export { previousTotals } from "./previous";
export { describeTotal, byUrgency, hasUnitTargets } from "./describe";
