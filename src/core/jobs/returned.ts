// Reading one returned workbook for a job: open it, read its entries by the hidden cell map,
// and decide whether it can be used with this set. Any failure becomes an outcome with its
// reason, never an exception, so one bad file never stops the others.
import { both, messagesFor, type Bilingual, type Messages } from "../i18n/messages";
import { setFingerprint } from "../set/fingerprint";
import type { IndicatorSet } from "../set/schema";
import { NotATemplateError, readEntries, type FilledTemplate, type TemplateInfo } from "../template/read-entries";
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

/** Formats a file may really be in when it was sent as .xlsx; each is named in the reason. */
export const OTHER_FORMATS = ["xls", "xlsb", "ods", "web-page", "xml-2003", "text", "word", "powerpoint", "pdf", "zip"] as const;
export type OtherFormat = (typeof OTHER_FORMATS)[number];

/** Why a workbook could not be opened, as a backend reports it (an error with a `problem`):
 *  file: the bytes could not be read at all; too-large: it unpacks past the limits of
 *  workbook/xlsx/zip-limits.ts (a zip bomb, or damage); unreadable: a workbook package whose
 *  content could not be read even after everything other programs commonly write was allowed for. */
export type OpenProblem = "file" | "empty" | "password" | "damaged" | "too-large" | "not-a-workbook" | "unreadable" | OtherFormat;
const OPEN_PROBLEMS: readonly string[] = ["file", "empty", "password", "damaged", "too-large", "not-a-workbook", "unreadable", ...OTHER_FORMATS];
/** formats Excel or WPS opens and can save as .xlsx */
const SPREADSHEETS = new Set<OpenProblem>(["xls", "xlsb", "ods", "web-page", "xml-2003", "text"]);

/** A returned form, read: its entries, or why it could not be read (never an exception). Used
 *  by every job that reads a form a unit filled in (checking, summing up, upgrading). */
export async function readForm(source: WorkbookSource): Promise<{ ok: true; filled: FilledTemplate } | { ok: false; status: "unreadable" | "not-a-template"; reason: Bilingual }> {
  const { name } = source;
  let workbook: Workbook;
  try {
    workbook = await source.open();
  } catch (e) {
    return { ok: false, status: "unreadable", reason: openFailure(name, e) };
  }
  try {
    return { ok: true, filled: await readEntries(workbook) };
  } catch (e) {
    if (e instanceof NotATemplateError) return { ok: false, status: "not-a-template", reason: notATemplate(name, e.detail) };
    // a backend that knows which sheet is gone says so (the .xlsx one does)
    const sheet = (e as { missingSheet?: unknown } | null)?.missingSheet;
    if (typeof sheet === "string") return { ok: false, status: "not-a-template", reason: both((m) => m.files.sheetMissing(name, sheet)) };
    // a reader that opens lazily finds a damaged sheet only when reading it: the same words as at opening
    if (problemOf(e) !== undefined) return { ok: false, status: "unreadable", reason: openFailure(name, e) };
    return { ok: false, status: "unreadable", reason: both((m) => m.files.unreadable(name, errorText(e))) };
  }
}

export async function readReturned(source: WorkbookSource, set: IndicatorSet, fingerprint = setFingerprint(set)): Promise<Returned> {
  const { name } = source;
  const read = await readForm(source);
  if (!read.ok) return { name, status: read.status, reason: read.reason, submissions: [] };
  const filled = read.filled;
  const info = detached(filled.info);
  if (info.setId !== set.id) return { name, status: "other-set", info, reason: both((m) => m.files.otherSet(name, info.setId, set.id)), submissions: [] };
  const submissions = submissionsOf(name, filled);
  if (info.setHash !== fingerprint) {
    const reason = info.setVersion === set.version ? both((m) => m.files.sameLabel(name, set.version)) : both((m) => m.files.outdated(name, info.setVersion, set.version));
    return { name, status: "outdated", info, reason, submissions };
  }
  return { name, status: "checked", info, submissions };
}

/** A copy with strings of its own: a reader's strings may be slices of a whole XML part, which
 *  a result kept for every file (2,000 in a round) would otherwise keep alive (~60 KB each). */
function detached<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Why a file would not open, in the user's words and naming the file once: what it really is
 *  (an old .xls, a password, a web page saved as .xlsx…) and what to do. Never a library's
 *  message; front ends that open a workbook themselves (template --upgrade) can use it too. */
export function openFailure(name: string, e: unknown): Bilingual {
  const problem = problemOf(e);
  switch (problem) {
    case undefined:
      return both((m) => m.files.notReadable(name));
    case "file":
      return both((m) => m.files.cannotRead(name));
    case "empty":
      return both((m) => m.files.empty(name));
    case "password":
      return both((m) => m.files.password(name));
    case "damaged":
      return both((m) => m.files.damaged(name));
    case "too-large":
      return both((m) => m.files.tooLarge(name));
    case "not-a-workbook":
      return both((m) => m.files.notAZip(name));
    case "unreadable":
      return both((m) => m.files.notReadable(name));
    default: {
      const what = (m: Messages) => m.files.formats[problem] ?? problem;
      return SPREADSHEETS.has(problem) ? both((m) => m.files.otherFormat(name, what(m))) : both((m) => m.files.notASpreadsheet(name, what(m)));
    }
  }
}

/** The problem an open error carries; file system errors (ENOENT, EBUSY…) and a browser's
 *  NotReadableError count as "file". Anything else is not known here. */
function problemOf(e: unknown): OpenProblem | undefined {
  if (typeof e !== "object" || e === null) return undefined;
  const { problem, code, name } = e as { problem?: unknown; code?: unknown; name?: unknown };
  if (typeof problem === "string" && OPEN_PROBLEMS.includes(problem)) return problem as OpenProblem;
  if (typeof code === "string" && /^E[A-Z]+$/.test(code)) return "file";
  if (name === "NotReadableError" || name === "NotFoundError") return "file";
  return undefined;
}

/** The common case reads as one sentence ("X is not a form made by 指标表: …"); the rest
 *  (a damaged cell map) say what is wrong after the file's name. */
function notATemplate(name: string, detail: Bilingual): Bilingual {
  const plain = detail["en-US"] === messagesFor("en-US").template.read.notATemplate;
  return both((m, l) => (plain ? m.files.notOurs(name) : m.files.notATemplate(name, detail[l])));
}
