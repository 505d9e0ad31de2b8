// `overview SET.json -o FILE.xlsx`: the set as a readable, printable workbook (填报说明 + 指标一览).
import { writeWorkbook } from "../write-workbook";
import { indicatorListChanges } from "../../core/layout/indicator-list";
import type { IndicatorSet } from "../../core/set";
import type { Locale } from "../../core/i18n/messages";
import { parseArgs } from "../args";
import { cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { outputPath } from "../returned-files";
import { mayReplace } from "../replace-guard";

export async function writeOverview(set: IndicatorSet, path: string, locale: Locale): Promise<void> {
  await writeWorkbook(indicatorListChanges(set, locale), path);
}

export async function overview(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const m = cliMessages(io.locale);
  const args = parseArgs(argv, { values: ["output"], flags: ["force"], aliases: { o: "output" } });
  const [file] = args.positionals;
  if (!file) {
    io.stderr(m.needsSet);
    return EXIT.unusable;
  }
  if (!args.options.output) {
    io.stderr(m.needsOutput);
    return EXIT.unusable;
  }
  const r = await readSetFile(file, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(file, p, io));
    return EXIT.unusable;
  }
  const out = await outputPath(args.options.output, io, [file]);
  if (!out || !(await mayReplace(out, "overview", io, { force: args.flags.has("force") }))) return EXIT.unusable;
  await writeOverview(r.set, out, io.locale);
  io.stdout(m.wrote(out));
  return EXIT.ok;
}
