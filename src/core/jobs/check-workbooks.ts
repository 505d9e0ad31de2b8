// Job: check returned workbooks against the set. Each workbook gets an outcome (checked,
// outdated, or not used and why) and its findings; then the checks that need every unit at
// once (duplicates, missing units, outliers). Workbooks are opened one at a time and let go.
import { setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import { acrossUnits } from "../validate/across-units";
import type { Submission } from "../template/entries";
import { isEmptyEntry } from "../template/carry";
import { formOfSheet } from "../template/read-entries";
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

/** Read one workbook and check each form in it. Only the figures are kept from it: the notes
 *  have done their work in the findings, and a summary of 2,000 files keeps every figure. */
export async function checkFile(source: WorkbookSource, set: IndicatorSet, fingerprint = setFingerprint(set)): Promise<FileChecked> {
  const returned = byForm(await readReturned(source, set, fingerprint));
  const workbook = checkOne(returned, set);
  const submissions = returned.submissions.map((s) => ({ ...s, entries: s.entries.filter((e) => e.kind !== "note") }));
  return { workbook, submissions };
}

/** A workbook's submissions one per form and unit (a workbook may hold several forms, a matrix
 *  beside units' own forms), each checked as what it is. A unit's form with nothing entered is
 *  set aside when the same workbook has another form of that unit: a unit filled in its own
 *  sheet, not the matrix's column, is one submission, not a duplicate with 必须填写 errors. */
function byForm(returned: Returned): Returned {
  const info = returned.info;
  if (!info || info.forms.length < 2) return returned;
  const split = new Map<string, Submission>();
  for (const s of returned.submissions) {
    for (const e of s.entries) {
      const key = `${formOfSheet(info, e.sheet) ?? ""}\u0000${s.unitId}`;
      const to = split.get(key);
      if (to) to.entries.push(e);
      else split.set(key, { file: s.file, unitId: s.unitId, entries: [e] });
    }
  }
  const all = [...split.values()];
  const filled = (s: Submission) => s.entries.some((e) => !isEmptyEntry({ raw: e.raw, formula: e.formula ?? null }));
  const ownForm = (s: Submission) => info.forms[formOfSheet(info, s.entries[0]!.sheet) ?? -1]?.layout === "unit-form";
  const submissions = all.filter((s) => {
    if (filled(s)) return true;
    const same = all.filter((o) => o.unitId === s.unitId);
    // none of the unit's forms filled in: one stays (its own form before a matrix column), so
    // what is missing is said once
    return same.length === 1 || (!same.some(filled) && (same.find(ownForm) ?? same[0]) === s);
  });
  return { ...returned, submissions };
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
