// `validate FILE.xlsx|DIR... [--set SET.json] [--format text|json] [-o REPORT.xlsx]`: check returned
// forms against their set (the check job). Files are only read; the report goes to its own file.
import { checkWorkbooks, type CheckResult } from "../../core/jobs";
import { readyToSubmit, reportChanges } from "../../core/validate";
import { jobsOption, parseArgs } from "../args";
import { withWorkers } from "../check-in-workers";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { cliMessages } from "../i18n/messages";
import { writeWorkbook } from "../write-workbook";
import { chooseSet, outputPath, workbookSources } from "../returned-files";
import { mayReplace, REPORT_MARK } from "../replace-guard";
import { findingsJson, printFinding, progressLine } from "../print-findings";

export async function validate(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const m = cliMessages(io.locale);
  const args = parseArgs(argv, { values: ["set", "format", "output", "jobs"], flags: ["force"], aliases: { o: "output" } });
  const format = args.options.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(m.usage.error(`--format ${format}`));
    return EXIT.unusable;
  }
  const sources = await workbookSources(args.positionals, io);
  if (!sources) return EXIT.unusable;
  const set = await chooseSet(args.options.set, sources, io);
  if (!set) return EXIT.unusable;
  // where the report goes is settled before the check runs, not after it
  let out: string | undefined;
  if (args.options.output) {
    out = await outputPath(args.options.output, io, sources.map((s) => s.path));
    if (!out || !(await mayReplace(out, "report", io, { force: args.flags.has("force") }))) return EXIT.unusable;
  }

  const jobs = jobsOption(args.options.jobs);
  const result = await withWorkers(sources, set, jobs, (checkFile) => checkWorkbooks(sources, set, { onProgress: progressLine(io, sources.length), ...(checkFile ? { checkFile } : {}) }));
  if (format === "json") io.json(findingsJson(result, io.locale));
  else printText(result, io);

  if (out) {
    // marked as a report, so the next run may replace it without --force
    await writeWorkbook([...reportChanges(set, result.findings, io.locale), REPORT_MARK], out);
    io.stderr(m.wrote(out));
  }
  return exitCode(result);
}

function printText(result: CheckResult, io: CliIO): void {
  // A file that could not be used is about the input: said on stderr, like any unusable input.
  for (const f of result.findings) (f.rule.startsWith("file.") && f.severity === "error" ? io.stderr : io.stdout)(printFinding(f, io.locale));
  for (const w of result.workbooks) {
    const errors = w.findings.filter((f) => f.severity === "error").length;
    io.stdout(cliMessages(io.locale).returned.fileSummary(w.name, errors, w.findings.length - errors, w.ready));
  }
}

/** 2 when nothing could be used at all, 1 when anything has an error, else 0. */
export function exitCode(result: CheckResult): ExitCode {
  if (!result.workbooks.some((w) => w.status === "checked" || w.status === "outdated")) return EXIT.unusable;
  return readyToSubmit(result.findings.filter((f) => f.severity === "error")) ? EXIT.ok : EXIT.findings;
}
