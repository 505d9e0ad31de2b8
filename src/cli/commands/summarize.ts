// `summarize FILE.xlsx|DIR... [--set SET.json] -o SUMMARY.xlsx [--format text|json] [--previous FILE]
// [--year YEAR]`: the summary job over returned forms; the summary workbook is written atomically.
import { stat } from "node:fs/promises";
import { summarize as summarizeJob } from "../../core/jobs";
import { previousTotals } from "../../core/summary";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { jobsOption, parseArgs, yearOption } from "../args";
import { withWorkers } from "../check-in-workers";
import { cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { printSummary, summaryJson } from "../print-summary";
import { progressLine } from "../print-findings";
import { chooseSet, outputPath, workbookSources } from "../returned-files";
import { mayReplace } from "../replace-guard";
import { writeWorkbook } from "../write-workbook";

export async function summarize(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const m = cliMessages(io.locale);
  const args = parseArgs(argv, { values: ["set", "format", "output", "previous", "year", "jobs"], flags: ["force"], aliases: { o: "output" } });
  const format = args.options.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(m.usage.error(`--format ${format}`));
    return EXIT.unusable;
  }
  if (!args.options.output) {
    io.stderr(m.needsOutput);
    return EXIT.unusable;
  }
  const year = yearOption(args.options.year);
  const jobs = jobsOption(args.options.jobs);
  const files = await workbookSources(args.positionals, io);
  if (!files) return EXIT.unusable;
  const out = await outputPath(args.options.output, io, [...files.map((f) => f.path), ...(args.options.previous ? [args.options.previous] : [])]);
  if (!out || !(await mayReplace(out, "summary", io, { force: args.flags.has("force") }))) return EXIT.unusable;
  const set = await chooseSet(args.options.set, files, io);
  if (!set) return EXIT.unusable;
  if (year !== undefined && !set.years.includes(year)) {
    io.stderr(m.summary.yearNotInSet(year, set.years.join(io.locale === "zh-CN" ? "、" : ", ")));
    return EXIT.unusable;
  }

  let previous: Map<string, number | null> | undefined;
  if (args.options.previous) {
    previous = await XlsxWorkbook.fromFile(args.options.previous)
      .then(previousTotals)
      .catch(() => undefined);
    if (!previous) {
      io.stderr(m.summary.notASummary(args.options.previous));
      return EXIT.unusable;
    }
  }

  // the newer of two files from one unit wins: the file's own time says which is newer
  const sources = await Promise.all(files.map(async (f) => ({ ...f, modified: (await stat(f.path)).mtimeMs })));
  const result = await withWorkers(files, set, jobs, (checkFile) =>
    summarizeJob(sources, set, {
      locale: io.locale,
      onProgress: progressLine(io, sources.length),
      ...(year !== undefined ? { year } : {}),
      ...(previous ? { previous } : {}),
      ...(checkFile ? { checkFile } : {}),
    }),
  );
  await writeWorkbook(result.changes, out);
  if (format === "json") io.json(summaryJson(result.summary, io.locale));
  else for (const line of printSummary(result.summary, io.locale)) io.stdout(line);
  io.stderr(m.wrote(out));
  return result.summary.returned.length === 0 ? EXIT.unusable : result.summary.missing.length > 0 || result.summary.findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}
