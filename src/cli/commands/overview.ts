// `overview SET.json -o FILE.xlsx`: the set as a readable, printable workbook (填报说明 + 指标一览).
import { writeWorkbook } from "../write-workbook";
import { resolve } from "node:path";
import { indicatorListChanges } from "../../core/layout/indicator-list";
import type { IndicatorSet } from "../../core/set";
import type { Locale } from "../../core/i18n/messages";
import { parseArgs } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { cliText } from "../text";

export const overviewHelp = {
  "zh-CN": "overview SET.json -o FILE.xlsx             把指标集写成可阅读、可打印的工作簿（填报说明、指标一览）",
  "en-US": "overview SET.json -o FILE.xlsx             write the set as a readable, printable workbook (guide, indicator list)",
};

export async function writeOverview(set: IndicatorSet, path: string, locale: Locale): Promise<void> {
  await writeWorkbook(indicatorListChanges(set, locale), path);
}

export async function overview(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["output"], aliases: { o: "output" } });
  const [file] = args.positionals;
  if (!file) {
    io.stderr(cliText.needsSet[io.locale]);
    return EXIT.unusable;
  }
  if (!args.options.output) {
    io.stderr(cliText.needsOutput[io.locale]);
    return EXIT.unusable;
  }
  const r = await readSetFile(file, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(file, p, io));
    return EXIT.unusable;
  }
  const out = resolve(io.cwd, args.options.output);
  await writeOverview(r.set, out, io.locale);
  io.stdout(cliText.wrote(out)[io.locale]);
  return EXIT.ok;
}
