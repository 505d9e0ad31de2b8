// Reading one returned workbook for a job: open it, read its entries by the hidden cell map,
// and decide whether it can be used with this set. Any failure becomes an outcome with its
// reason, never an exception, so one bad file never stops the others.
import { both, type Bilingual } from "../i18n/messages";
import { setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import { NotATemplateError, readEntries, type TemplateInfo } from "../template/read-entries";
import type { Submission } from "../template/entries";
import { submissionsOf } from "../validate/submissions";
import type { Workbook } from "../workbook/workbook";

/** A workbook a front end hands to a job: the CLI a file, the task pane the open workbook or a
 *  chosen file. Opened only when the job reaches it, and let go after. */
export interface WorkbookSource {
  /** what the user calls it: a path as typed, a file name, 当前工作簿 */
  name: string;
  open(): Promise<Workbook>;
}

/** checked: read and checked; outdated: checked, but made from an older version of the set;
 *  the rest were not used. */
export type ReturnedStatus = "checked" | "outdated" | "unreadable" | "not-a-template" | "other-set";

export interface Returned {
  name: string;
  status: ReturnedStatus;
  /** why a file was not used, or the note on an outdated one */
  reason?: Bilingual;
  info?: TemplateInfo;
  /** one per unit in the workbook (a matrix holds several); empty when not used */
  submissions: Submission[];
}

export const isUsed = (r: Pick<Returned, "status">) => r.status === "checked" || r.status === "outdated";

export async function readReturned(source: WorkbookSource, set: IndicatorSet, fingerprint = setFingerprint(set)): Promise<Returned> {
  const { name } = source;
  let workbook: Workbook;
  try {
    workbook = await source.open();
  } catch (e) {
    return { name, status: "unreadable", reason: openFailure(name, e), submissions: [] };
  }
  let filled;
  try {
    filled = await readEntries(workbook);
  } catch (e) {
    if (e instanceof NotATemplateError) return { name, status: "not-a-template", reason: both((m, l) => m.files.notATemplate(name, e.detail[l])), submissions: [] };
    return { name, status: "unreadable", reason: both((m) => m.files.unreadable(name, errorText(e))), submissions: [] };
  }
  const info = filled.info;
  if (info.setId !== set.id) return { name, status: "other-set", info, reason: both((m) => m.files.otherSet(name, info.setId, set.id)), submissions: [] };
  const submissions = submissionsOf(name, filled);
  if (info.setHash !== fingerprint) {
    const reason = info.setVersion === set.version ? both((m) => m.files.sameLabel(name, set.version)) : both((m) => m.files.outdated(name, info.setVersion, set.version));
    return { name, status: "outdated", info, reason, submissions };
  }
  return { name, status: "checked", info, submissions };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Why a file would not open, in the user's words: a file that is not a zip package at all
 *  (an old .xls, an encrypted workbook, a download cut short) is the common case. */
function openFailure(name: string, e: unknown): Bilingual {
  const text = errorText(e);
  if (/central directory|zip file|is this a zip|corrupted zip|end of data/i.test(text)) return both((m) => m.files.notAZip(name));
  return both((m) => m.files.unreadable(name, text));
}
