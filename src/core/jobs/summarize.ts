// Job: 汇总. Check every returned workbook (the check job: one bad file never stops the rest),
// then sum up what could be used. Returns the summary as data and as the sheets to write.
import type { Locale } from "../i18n/messages";
import type { IndicatorSet } from "../set/schema";
import { buildSummary, type Summary, type SummaryOptions } from "../summary/build";
import { summaryChanges, type SummaryLayoutOptions } from "../summary/layout";
import type { WorkbookChange } from "../workbook/workbook";
import { checkWorkbooks, type CheckOptions, type CheckResult } from "./check-workbooks";
import type { WorkbookSource } from "./returned";

export interface SummarizeOptions extends CheckOptions, Omit<SummaryOptions, "modified">, SummaryLayoutOptions {
  locale: Locale;
}

export interface SummarizeResult {
  summary: Summary;
  check: CheckResult;
  /** the summary workbook's sheets: 总览, 分单位, 未报与问题, 来源 */
  changes: WorkbookChange[];
}

export async function summarize(sources: readonly (WorkbookSource & { modified?: number })[], set: IndicatorSet, options: SummarizeOptions): Promise<SummarizeResult> {
  const check = await checkWorkbooks(sources, set, options);
  const modified = new Map(sources.flatMap((s) => (s.modified !== undefined ? [[s.name, s.modified] as const] : [])));
  const summary = buildSummary(set, check, { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.previous ? { previous: options.previous } : {}), modified });
  return { summary, check, changes: summaryChanges(summary, options.locale, options.chartIndicator !== undefined ? { chartIndicator: options.chartIndicator } : {}) };
}

/** The summary's sheets again with other layout choices (the indicator charted by unit), from a
 *  summary already made: the files are not read twice. */
export function summarySheets(result: SummarizeResult, locale: Locale, layout: SummaryLayoutOptions = {}): WorkbookChange[] {
  return summaryChanges(result.summary, locale, layout);
}
