// Job: 汇总. Check every returned workbook (as the check job does: one bad file never stops the
// rest) and sum up what could be used. Each workbook is read, checked, reduced to what the
// summary shows of it and let go before the next, so memory follows the units, not the files
// (issue 14). Returns the summary as data and as the sheets to write.
import type { Locale } from "../i18n/messages";
import { setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import type { Summary, SummaryOptions } from "../summary/build";
import { SummaryCollector } from "../summary/collect";
import { summaryChanges, type SummaryLayoutOptions } from "../summary/layout";
import type { WorkbookChange } from "../workbook/workbook";
import { checkFile, type CheckFile, type CheckOptions } from "./check-workbooks";
import { throwIfCancelled, yieldToHost } from "./progress";
import type { WorkbookSource } from "./returned";

export interface SummarizeOptions extends CheckOptions, Omit<SummaryOptions, "modified">, SummaryLayoutOptions {
  locale: Locale;
}

export interface SummarizeResult {
  summary: Summary;
  /** the summary workbook's sheets: 总览, 分单位, 未报与问题, 来源 */
  changes: WorkbookChange[];
}

// The checks across units (doubles, missing units, outliers) are not run: they need every file's
// figures at once, and the summary has its own account of doubles and missing units and does
// not list outliers. `validate` runs them.
export async function summarize(sources: readonly (WorkbookSource & { modified?: number })[], set: IndicatorSet, options: SummarizeOptions): Promise<SummarizeResult> {
  const fingerprint = setFingerprint(set);
  const check: CheckFile = options.checkFile ?? ((source) => checkFile(source, set, fingerprint));
  const modified = new Map(sources.flatMap((s) => (s.modified !== undefined ? [[s.name, s.modified] as const] : [])));
  const collector = new SummaryCollector(set, { ...(options.year !== undefined ? { year: options.year } : {}), ...(options.previous ? { previous: options.previous } : {}), modified });
  for (const [i, source] of sources.entries()) {
    throwIfCancelled(options.signal);
    const one = await check(source, i);
    collector.addWorkbook(one.workbook, one.submissions);
    options.onProgress?.({ done: i + 1, total: sources.length, item: source.name });
    // a front end that can cancel (the pane) gets a breath between files, as in the check job
    if (options.signal && sources.length > 1) await yieldToHost();
  }
  const summary = collector.finish();
  return { summary, changes: summaryChanges(summary, options.locale, options.chartIndicator !== undefined ? { chartIndicator: options.chartIndicator } : {}) };
}

/** The summary's sheets again with other layout choices (the indicator charted by unit), from a
 *  summary already made: the files are not read twice. */
export function summarySheets(result: SummarizeResult, locale: Locale, layout: SummaryLayoutOptions = {}): WorkbookChange[] {
  return summaryChanges(result.summary, locale, layout);
}
