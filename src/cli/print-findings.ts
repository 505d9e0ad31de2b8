// How findings look on a terminal and in --format json: one line or one object per finding,
// with where it is (file, sheet!cell) first. Text from the files is made printable by main.ts.
import type { CheckResult, Progress } from "../core/jobs";
import type { Locale } from "../core/i18n/messages";
import type { Finding } from "../core/validate";
import type { CliIO } from "./io";
import { cliMessages } from "./i18n/messages";

export function printFinding(f: Finding, locale: Locale): string {
  const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : "-";
  const why = f.explanation !== undefined ? cliMessages(locale).returned.explained(f.explanation) : "";
  return `${f.file ?? "-"}  ${where}  ${f.severity}  ${f.rule}  ${f.message[locale]}${why}`;
}

export function findingJson(f: Finding, locale: Locale) {
  return {
    file: f.file ?? null,
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    indicator: f.indicator ?? null,
    unit: f.unit ?? null,
    rule: f.rule,
    severity: f.severity,
    message: f.message[locale],
    ...(f.year !== undefined ? { year: f.year } : {}),
    ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
    ...(f.imbalance !== undefined ? { imbalance: f.imbalance } : {}),
  };
}

export function findingsJson(result: CheckResult, locale: Locale) {
  return {
    workbooks: result.workbooks.map((w) => ({ file: w.name, status: w.status, units: w.units, ready: w.ready, ...(w.reason ? { reason: w.reason[locale] } : {}) })),
    findings: result.findings.map((f) => findingJson(f, locale)),
  };
}

/** A progress line on stderr for long runs: every tenth of the way, when there are many files. */
export function progressLine(io: CliIO, total: number): ((p: Progress) => void) | undefined {
  if (total < 20) return undefined;
  let shown = 0;
  return (p) => {
    const tenth = Math.floor((p.done * 10) / p.total);
    if (tenth <= shown && p.done !== p.total) return;
    shown = tenth;
    io.stderr(cliMessages(io.locale).returned.progress(p.done, p.total));
  };
}
