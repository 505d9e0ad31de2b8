// `quotas SET.json TABLE.csv -o NEW.set.json [--year YEAR]`: put a 任务分解表 (units down,
// indicators across, each unit's share in the cells) into the set as quotas. The rest of the
// set file is kept as written; the result is checked before it is written.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { applyQuotaTable } from "../../core/jobs";
import { writeFileAtomic } from "../../node/atomic-file";
import { parseArgs, yearOption } from "../args";
import { cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { decodeText } from "../read-plan";
import { formatProblem, readSetFile } from "../read-set";
import { outputPath } from "../returned-files";
import { mayReplace } from "../replace-guard";

export async function quotas(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const m = cliMessages(io.locale);
  const args = parseArgs(argv, { values: ["output", "year"], flags: ["force"], aliases: { o: "output" } });
  const [setFile, tableFile] = args.positionals;
  if (!setFile || !tableFile || args.positionals.length > 2) {
    io.stderr(m.quotas.needsSetAndTable);
    return EXIT.unusable;
  }
  if (!args.options.output) {
    io.stderr(m.needsOutput);
    return EXIT.unusable;
  }
  const year = yearOption(args.options.year);
  const r = await readSetFile(setFile, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(setFile, p, io));
    return EXIT.unusable;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, tableFile));
  } catch (e) {
    io.stderr(m.cannotRead(tableFile, (e as NodeJS.ErrnoException).code ?? ""));
    return EXIT.unusable;
  }
  const decoded = decodeText(bytes, tableFile);
  if (decoded.refusal) {
    io.stderr(decoded.refusal[io.locale]);
    return EXIT.unusable;
  }
  // the set as written (not with defaults filled in) gets the quotas
  const raw = JSON.parse((await readFile(r.path, "utf8")).replace(/^\ufeff/, "")) as Record<string, unknown>;
  const applied = applyQuotaTable(raw, r.set, decoded.text, tableFile, year);
  if (!applied.ok) {
    if ("message" in applied) io.stderr(applied.message[io.locale]);
    else for (const p of applied.problems) io.stderr(formatProblem(tableFile, p, io));
    return EXIT.unusable;
  }
  const out = await outputPath(args.options.output, io, [tableFile]);
  if (!out || !(await mayReplace(out, "set", io, { force: args.flags.has("force") }))) return EXIT.unusable;
  await writeFileAtomic(out, new TextEncoder().encode(JSON.stringify(applied.doc, null, 2) + "\n"));
  io.stderr(m.quotas.done(applied.quotas, applied.indicators));
  io.stdout(m.wrote(out));
  return EXIT.ok;
}
