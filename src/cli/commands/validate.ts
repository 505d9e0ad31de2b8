// `validate FILE.xlsx|DIR... [--set SET.json] [--format text|json] [-o REPORT.xlsx]`: check returned
// forms against their set (the check job). Files are only read; the report goes to its own file.
import { checkWorkbooks, type CheckResult } from "../../core/jobs";
import { readyToSubmit, reportChanges } from "../../core/validate";
import { parseArgs } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { cliText } from "../text";
import { writeWorkbook } from "../write-workbook";
import { chooseSet, outputPath, workbookSources } from "../returned-files";
import { findingsJson, printFinding, progressLine } from "../print-findings";

export const validateHelp = {
  "zh-CN": "validate FILE.xlsx|DIR... [--set SET.json] [--format text|json] [-o REPORT.xlsx]   校验填报表；未给 --set 时按工作簿元数据在同目录查找指标集",
  "en-US": "validate FILE.xlsx|DIR... [--set SET.json] [--format text|json] [-o REPORT.xlsx]   check filled tables; without --set the set is found next to the files from their metadata",
};

export async function validate(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["set", "format", "output"], aliases: { o: "output" } });
  const format = args.options.format ?? "text";
  if (format !== "text" && format !== "json") {
    io.stderr(cliText.usage(`--format ${format}`)[io.locale]);
    return EXIT.unusable;
  }
  const sources = await workbookSources(args.positionals, io);
  if (!sources) return EXIT.unusable;
  const set = await chooseSet(args.options.set, sources, io);
  if (!set) return EXIT.unusable;

  const result = await checkWorkbooks(sources, set, { onProgress: progressLine(io, sources.length) });
  if (format === "json") io.stdout(JSON.stringify(findingsJson(result, io.locale), null, 2));
  else printText(result, io);

  if (args.options.output) {
    const out = await outputPath(args.options.output, io, sources.map((s) => s.path));
    if (!out) return EXIT.unusable;
    await writeWorkbook(reportChanges(set, result.findings, io.locale), out);
    io.stderr(cliText.wrote(out)[io.locale]);
  }
  return exitCode(result);
}

function printText(result: CheckResult, io: CliIO): void {
  // A file that could not be used is about the input: said on stderr, like any unusable input.
  for (const f of result.findings) (f.rule.startsWith("file.") && f.severity === "error" ? io.stderr : io.stdout)(printFinding(f, io.locale));
  for (const w of result.workbooks) {
    const errors = w.findings.filter((f) => f.severity === "error").length;
    io.stdout(cliText.fileSummary(w.name, errors, w.findings.length - errors, w.ready)[io.locale]);
  }
}

/** 2 when nothing could be used at all, 1 when anything has an error, else 0. */
export function exitCode(result: CheckResult): ExitCode {
  if (!result.workbooks.some((w) => w.status === "checked" || w.status === "outdated")) return EXIT.unusable;
  return readyToSubmit(result.findings.filter((f) => f.severity === "error")) ? EXIT.ok : EXIT.findings;
}
