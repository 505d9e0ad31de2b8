// `check-set SET.json`: load a set and list every problem with its line and JSON path.
import { parseArgs } from "../args";
import { cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";

export async function checkSet(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const m = cliMessages(io.locale);
  const args = parseArgs(argv, { values: ["format"] });
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) {
    io.stderr(m.needsSet);
    return EXIT.unusable;
  }
  const format = args.options.format ?? "text";
  const r = await readSetFile(file, io);
  if (format === "json") {
    io.json(r.ok ? { ok: true, problems: [] } : { ok: false, problems: r.problems });
  }
  if (r.ok) {
    if (format === "text") io.stdout(m.set.ok(r.set.title, r.set.indicators.length, r.set.units.length, r.set.rules.length));
    return EXIT.ok;
  }
  for (const p of r.problems) io.stderr(formatProblem(file, p, io));
  io.stderr(m.set.problems(r.problems.length));
  return r.unreadable ? EXIT.unusable : EXIT.findings;
}
