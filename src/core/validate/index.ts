export type { Entry, Submission, CellPlace } from "../template/entries";
export { RULE_IDS, setRuleId, readyToSubmit, type Finding } from "./finding";
export { validateSubmission } from "./validate";
export { acrossUnits, median, MIN_UNITS_FOR_OUTLIERS, OUTLIER_Z } from "./across-units";
export { reportChanges } from "./report-layout";
export { markChanges, clearMarkChanges, parseMarks, MARKS_KEY, MARK_FILLS } from "./marks";
export { LiveCheck } from "./live";
export { submissionsOf } from "./submissions";
