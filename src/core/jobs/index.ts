// One function per thing a user does. The CLI, the example, the bench and the task pane call
// these and only show what they return, so every front end gives the same answers.
export { proposeIndicators, draftSet, type Proposal, type Proposed, type DraftResult, type Doubt } from "./draft-set";
export { formsFor, unitFileName, type FormsRequest, type FormsResult, type PlannedForm } from "./forms-for";
export { checkWorkbooks, checkFile, checkOnce, type CheckResult, type CheckedWorkbook, type CheckFile, type CheckOptions, type FileChecked } from "./check-workbooks";
export { readReturned, readForm, openFailure, isUsed, type WorkbookSource, type Returned, type ReturnedStatus } from "./returned";
export { CancelledError, type JobOptions, type Progress } from "./progress";
export { summarize, summarySheets, type SummarizeOptions, type SummarizeResult } from "./summarize";
export { upgradeForm, type UpgradeResult } from "./upgrade-form";
export { applyQuotaTable, type QuotaTableResult } from "./quotas";
