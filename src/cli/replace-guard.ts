// Before a command writes its output over a file that is already there: is that file the same
// kind of thing (last run's report, a previous draft set), or something else the user would
// lose — a unit's filled form, their own workbook, a plan text? The second needs --force.
import { readFile, stat } from "node:fs/promises";
import { messagesFor, type Locale } from "../core/i18n/messages";
import { readEntries, TEMPLATE_KEYS, templateInfo } from "../core/template";
import { SUMMARY_KEYS } from "../core/summary/layout";
import { XlsxWorkbook } from "../workbook/xlsx";
import { sniff } from "../workbook/xlsx/sniff";
import { cliMessages } from "./i18n/messages";
import type { CliIO } from "./io";
import type { WorkbookChange } from "../core/workbook/workbook";

/** What a command writes. */
export type OutputKind = "report" | "summary" | "overview" | "form" | "set";

/** What a file already at the output path is. */
export type ExistingKind = OutputKind | "filled-form" | "folder" | "workbook" | "json" | "other";

/** Metadata key the CLI puts in a validation report, so the next run knows it may replace it. */
export const REPORT_KEY = "report.format";
export const REPORT_FORMAT = "indicator-tables/report/v1";

/** The mark that makes a written workbook the CLI's validation report. */
export const REPORT_MARK: WorkbookChange = { op: "setMetadata", entries: { [REPORT_KEY]: REPORT_FORMAT } };

/** Bytes read to tell a text or JSON file's kind; a set is small, anything bigger is not one. */
const MAX_JSON_BYTES = 16 * 1024 * 1024;

/** What is at `path` now, or undefined when nothing is. Never throws. */
export async function existingKind(path: string): Promise<{ kind: ExistingKind; detail?: string } | undefined> {
  let info;
  try {
    info = await stat(path);
  } catch {
    return undefined;
  }
  if (info.isDirectory()) return { kind: "folder" };
  let bytes: Uint8Array;
  try {
    bytes = info.size > MAX_JSON_BYTES ? new Uint8Array(await readHead(path)) : await readFile(path);
  } catch {
    return { kind: "other" };
  }
  const sniffed = sniff(bytes);
  if (sniffed.kind === "zip") return { kind: await workbookKind(path) };
  if (sniffed.problem === "text" || sniffed.problem === "not-a-workbook") {
    try {
      const json: unknown = JSON.parse(new TextDecoder().decode(bytes).replace(/^\uFEFF/, ""));
      const isSet = typeof json === "object" && json !== null && Array.isArray((json as { indicators?: unknown }).indicators);
      return { kind: isSet ? "set" : "json" };
    } catch {
      // not JSON: a plan, a CSV…
    }
  }
  return { kind: "other", detail: sniffed.problem };
}

async function readHead(path: string): Promise<Uint8Array> {
  const { open } = await import("node:fs/promises");
  const handle = await open(path, "r");
  try {
    const head = new Uint8Array(4096);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    return head.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function workbookKind(path: string): Promise<ExistingKind> {
  try {
    const wb = await XlsxWorkbook.fromFile(path);
    const metadata = await wb.metadata();
    if (metadata[SUMMARY_KEYS.format]) return "summary";
    if (metadata[REPORT_KEY] === REPORT_FORMAT) return "report";
    if (metadata[TEMPLATE_KEYS.layout] === "indicator-list") return "overview";
    try {
      templateInfo(metadata);
    } catch {
      return "workbook";
    }
    // a form someone typed figures into is theirs; a blank one can be made again
    const { entries } = await readEntries(wb);
    return entries.some((e) => e.raw !== null && e.raw !== "") ? "filled-form" : "form";
  } catch {
    return "workbook";
  }
}

/** May `kind` be written over what is at `path`? When not, says why and returns false.
 *  `carriesValues`: the new file keeps the old one's figures (an upgrade), so a filled form may
 *  be replaced by it. */
export async function mayReplace(path: string, kind: OutputKind, io: CliIO, options: { force?: boolean; carriesValues?: boolean } = {}): Promise<boolean> {
  const existing = await existingKind(path);
  if (!existing) return true;
  if (existing.kind === "folder") {
    io.stderr(cliMessages(io.locale).replace.folder(path));
    return false;
  }
  if (options.force || existing.kind === kind || (kind === "form" && existing.kind === "filled-form" && options.carriesValues)) return true;
  const m = cliMessages(io.locale);
  io.stderr(m.replace.needsForce(path, whatItIs(existing, io.locale), m.replace.kinds[kind] ?? kind));
  return false;
}

function whatItIs(existing: { kind: ExistingKind; detail?: string }, locale: Locale): string {
  const m = cliMessages(locale).replace.kinds;
  const format = existing.kind === "other" && existing.detail ? messagesFor(locale).files.formats[existing.detail] : undefined;
  return format ?? m[existing.kind] ?? existing.kind;
}
