// Job: check returned workbooks against the set. Each workbook gets an outcome (checked,
// outdated, or not used and why) and its findings; then the checks that need every unit at
// once (duplicates, missing units, outliers). Workbooks are opened one at a time and let go.
import { setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import { acrossUnits } from "../validate/across-units";
import type { Submission } from "../template/entries";
import { readyToSubmit, RULE_IDS, type Finding } from "../validate/finding";
import { validateSubmission } from "../validate/validate";
import { throwIfCancelled, yieldToHost, type JobOptions } from "./progress";
import { isUsed, readReturned, type Returned, type ReturnedStatus, type WorkbookSource } from "./returned";

export interface CheckedWorkbook extends Omit<Returned, "submissions"> {
  /** the workbook's own findings; for a file not used, the one finding that says why */
  findings: Finding[];
  /** units the workbook holds */
  units: string[];
  /** used, no errors, every warning explained */
  ready: boolean;
}

export interface CheckResult {
  workbooks: CheckedWorkbook[];
  /** findings across units: the same unit twice, units missing, figures far from the rest */
  across: Finding[];
  /** every finding: each workbook's in order, then those across units */
  findings: Finding[];
  /** what the workbooks held, for jobs that go on from here (the summary) */
  submissions: Submission[];
}

const NOT_USED_RULE: Record<Exclude<ReturnedStatus, "checked">, string> = {
  outdated: RULE_IDS.outdated,
  unreadable: RULE_IDS.fileUnreadable,
  "not-a-template": RULE_IDS.notATemplate,
  "other-set": RULE_IDS.otherSet,
};

/** One workbook, read and checked on its own: all a job needs from it afterwards. */
export interface FileChecked {
  workbook: CheckedWorkbook;
  /** its figures for the checks across units and the summary (notes are in the findings) */
  submissions: Submission[];
}

/** Checks the `index`-th source. The CLI passes one that runs {@link checkFile} in worker
 *  threads; whatever runs it, the results are those of `checkFile`, in the sources' order. */
export type CheckFile = (source: WorkbookSource, index: number) => Promise<FileChecked>;

export interface CheckOptions extends JobOptions {
  checkFile?: CheckFile;
}

export async function checkWorkbooks(sources: readonly WorkbookSource[], set: IndicatorSet, options: CheckOptions = {}): Promise<CheckResult> {
  const fingerprint = setFingerprint(set);
  const check: CheckFile = options.checkFile ?? ((source) => checkFile(source, set, fingerprint));
  const workbooks: CheckedWorkbook[] = [];
  const submissions: Submission[] = [];
  for (const [i, source] of sources.entries()) {
    throwIfCancelled(options.signal);
    const one = await check(source, i);
    workbooks.push(one.workbook);
    submissions.push(...one.submissions);
    options.onProgress?.({ done: i + 1, total: sources.length, item: source.name });
    // a front end that can cancel (the pane) gets a breath between files to repaint and see a click;
    // the CLI does not pay a timer per file
    if (options.signal && sources.length > 1) await yieldToHost();
  }
  // One unit's form alone says nothing about the others: across-unit checks need several.
  const across = submissions.length > 1 ? acrossUnits(set, submissions) : [];
  return { workbooks, across, findings: [...workbooks.flatMap((w) => w.findings), ...across], submissions };
}

/**
 * A {@link CheckFile} that reads and checks each source once however many jobs it serves (the
 * check, then the summary of the same returns), so a front end that shows both opens every file
 * once. It keeps each file's figures until it is let go: for a round of a few hundred files, not
 * the thousands the summary alone streams.
 */
export function checkOnce(set: IndicatorSet): CheckFile {
  const fingerprint = setFingerprint(set);
  const done = new Map<WorkbookSource, Promise<FileChecked>>();
  return (source) => {
    let checked = done.get(source);
    if (!checked) done.set(source, (checked = checkFile(source, set, fingerprint)));
    return checked;
  };
}

/** Read one workbook and check each form in it. Only the figures are kept from it: the notes
 *  have done their work in the findings, and a summary of 2,000 files keeps every figure. */
export async function checkFile(source: WorkbookSource, set: IndicatorSet, fingerprint = setFingerprint(set)): Promise<FileChecked> {
  const returned = await readReturned(source, set, fingerprint);
  const workbook = checkOne(returned, set);
  const submissions = returned.submissions.map((s) => ({ ...s, entries: s.entries.filter((e) => e.kind !== "note") }));
  return { workbook, submissions };
}

function checkOne(returned: Returned, set: IndicatorSet): CheckedWorkbook {
  const { submissions, ...rest } = returned;
  const units = [...new Set(submissions.map((s) => s.unitId))];
  if (returned.status === "checked" || returned.status === "outdated") {
    const findings = submissions.flatMap((s) => validateSubmission(set, s));
    if (returned.status === "outdated") findings.unshift(fileFinding(returned, "warning"));
    return { ...rest, findings, units, ready: isUsed(returned) && readyToSubmit(findings.filter((f) => f.rule !== RULE_IDS.outdated)) };
  }
  return { ...rest, findings: [fileFinding(returned, "error")], units, ready: false };
}

function fileFinding(returned: Returned, severity: Finding["severity"]): Finding {
  return { rule: NOT_USED_RULE[returned.status as Exclude<ReturnedStatus, "checked">], severity, file: returned.name, message: returned.reason! };
}
