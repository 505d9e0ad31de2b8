// `extract FILE [--format json|set]`: the quantitative indicators of a plan. json prints the
// extraction records (docs/extraction.md) on stdout and nothing else; set writes a
// draft indicator set (atomically) that check-set accepts, with reporting units from a CSV.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { writeFileAtomic } from "../../node/atomic-file";
import { parseUnitsCsv, type UnitsResult } from "../../core/set/units-csv";
import { draftSet, proposeIndicators } from "../../core/jobs";
import type { ReportingUnit } from "../../core/set";
import { outputPath } from "../returned-files";
import { mayReplace } from "../replace-guard";
import { parseArgs } from "../args";
import { cliBoth, cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { decodeText, readPlanFile } from "../read-plan";

export async function extract(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const m = cliMessages(io.locale);
  const say = m.extract;
  const args = parseArgs(argv, { values: ["format", "output", "units", "title", "year"], flags: ["force"], aliases: { o: "output" } });
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) {
    io.stderr(say.needsFile);
    return EXIT.unusable;
  }
  const format = args.options.format ?? "json";
  if (format !== "json" && format !== "set") {
    io.stderr(say.badFormat(format));
    return EXIT.unusable;
  }
  let year: number | undefined;
  if (args.options.year !== undefined) {
    year = Number(args.options.year);
    if (!/^\d{4}$/.test(args.options.year) || year < 1949 || year > 2100) {
      io.stderr(say.badYear(args.options.year));
      return EXIT.unusable;
    }
  }
  if (format === "json" && args.options.units) {
    io.stderr(say.unitsOnlyForSet);
    return EXIT.unusable;
  }

  const plan = await readPlanFile(file, io);
  if (!plan.ok) {
    io.stderr(plan.message[io.locale]);
    return EXIT.unusable;
  }
  const proposed = proposeIndicators(plan.text, { source: plan.source });
  if (format === "json") {
    io.json({ source: proposed.source, indicators: proposed.proposals.map((p) => p.record) });
    return EXIT.ok;
  }

  let units: ReportingUnit[] = [];
  if (args.options.units) {
    const r = await readUnitsCsv(args.options.units, io);
    if (!r.ok) {
      io.stderr(r.message[io.locale]);
      return EXIT.unusable;
    }
    units = r.units;
  }
  if (proposed.proposals.length === 0) {
    io.stderr(say.none(file));
    return EXIT.findings;
  }
  const draft = draftSet(proposed, { units, ...(args.options.title ? { title: args.options.title } : {}), ...(year !== undefined ? { year } : {}) });
  if (!draft.ok) {
    // only the units can make a draft unusable (a parent loop); say where and stop
    for (const p of draft.problems) io.stderr(say.setProblem(p.path, p.message[io.locale]));
    return EXIT.unusable;
  }
  const set = draft.input;
  if (!args.options.output) {
    io.json(set);
    return EXIT.ok;
  }
  const out = await outputPath(args.options.output, io, [file, ...(args.options.units ? [args.options.units] : [])]);
  if (!out || !(await mayReplace(out, "set", io, { force: args.flags.has("force") }))) return EXIT.unusable;
  await writeFileAtomic(out, new TextEncoder().encode(JSON.stringify(set, null, 2) + "\n"));
  io.stderr(say.draftSummary(set.indicators.length, set.rules?.length ?? 0));
  io.stdout(m.wrote(out));
  return EXIT.ok;
}

async function readUnitsCsv(file: string, io: CliIO): Promise<UnitsResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (e) {
    return { ok: false, message: cliBoth((m) => m.cannotRead(file, (e as NodeJS.ErrnoException).code ?? "")) };
  }
  return parseUnitsCsv(decodeText(bytes).text, file);
}
