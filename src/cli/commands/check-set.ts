// `check-set SET.json`: load a set and list every problem with its line and JSON path.
import { parseArgs } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { cliText } from "../text";

export const checkSetHelp = {
  "zh-CN": "check-set SET.json [--format text|json]   检查指标集文件，列出全部问题（行号、JSON 路径、说明）",
  "en-US": "check-set SET.json [--format text|json]   check an indicator set file and list every problem (line, JSON path, message)",
};

export async function checkSet(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["format"] });
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) {
    io.stderr(cliText.needsSet[io.locale]);
    return EXIT.unusable;
  }
  const format = args.options.format ?? "text";
  const r = await readSetFile(file, io);
  if (format === "json") {
    io.stdout(JSON.stringify(r.ok ? { ok: true, problems: [] } : { ok: false, problems: r.problems }, null, 2));
  }
  if (r.ok) {
    if (format === "text") io.stdout(cliText.setOk(r.set.title, r.set.indicators.length, r.set.units.length, r.set.rules.length)[io.locale]);
    return EXIT.ok;
  }
  for (const p of r.problems) io.stderr(formatProblem(file, p, io));
  io.stderr(cliText.setProblems(r.problems.length)[io.locale]);
  return r.unreadable ? EXIT.unusable : EXIT.findings;
}
