// `template`: target tables to send out. One unit form (`--unit`), one per unit
// (`--all-units -o DIR`), every unit's form as a sheet of one workbook (`--one-workbook -o
// FILE`), the matrix of every unit (`--layout matrix`), or a filled workbook
// regenerated for a new version of its set with every entered value kept (`--upgrade OLD`).
// Files are written atomically; OLD is only ever replaced when -o names it.
import { writeWorkbook } from "../write-workbook";
import { mkdir, realpath } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set";
import { formsFor, upgradeForm } from "../../core/jobs";
import type { LayoutKind } from "../../core/template";
import { openReturnedFile } from "../../workbook/xlsx-reader/from-file";
import { parseArgs, UsageError } from "../args";
import { cliBoth, cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { outputPath } from "../returned-files";
import { existingKind, mayReplace } from "../replace-guard";

/** Every reporting unit's form into `dir` (the forms job decides which units); the paths written. */
export async function writeAllUnitForms(set: IndicatorSet, dir: string, o: { locale: Locale; password?: string }): Promise<string[]> {
  const r = formsFor(set, { layout: "unit-form", ...o });
  if (!r.ok) return [];
  await mkdir(dir, { recursive: true });
  const paths: string[] = [];
  for (const form of r.forms) {
    const path = join(dir, form.fileName);
    await writeWorkbook(form.changes, path);
    paths.push(path);
  }
  return paths;
}

const conflict = (a: string, b: string) => new UsageError(cliBoth((m) => m.usage.conflict(a, b)));


export async function template(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["output", "unit", "layout", "upgrade", "password"], flags: ["all-units", "one-workbook", "force"], aliases: { o: "output" } });
  const [file] = args.positionals;
  const m = cliMessages(io.locale);
  const say = (line: string) => io.stderr(line);
  if (!file) {
    say(m.needsSet);
    return EXIT.unusable;
  }
  if (!args.options.output) {
    say(m.needsOutput);
    return EXIT.unusable;
  }
  const layoutArg = args.options.layout;
  if (layoutArg !== undefined && layoutArg !== "unit-form" && layoutArg !== "matrix") throw new UsageError(cliBoth((m) => m.usage.badLayout(layoutArg)));
  const oneWorkbook = args.flags.has("one-workbook");
  const allUnits = args.flags.has("all-units") || oneWorkbook;
  if (oneWorkbook && args.options.unit) throw conflict("--one-workbook", "--unit");
  if (oneWorkbook && args.options.upgrade) throw conflict("--one-workbook", "--upgrade");
  if (allUnits && args.options.unit) throw conflict("--all-units", "--unit");
  if (allUnits && args.options.upgrade) throw conflict("--all-units", "--upgrade");
  if (layoutArg === "matrix" && (allUnits || args.options.unit)) throw conflict("--layout matrix", oneWorkbook ? "--one-workbook" : allUnits ? "--all-units" : "--unit");

  const r = await readSetFile(file, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(file, p, io));
    return EXIT.unusable;
  }
  const set = r.set;
  const out = await outputPath(args.options.output, io, [file]);
  if (!out) return EXIT.unusable;
  const force = args.flags.has("force");
  const password = args.options.password;
  const common = { locale: io.locale, ...(password ? { password } : {}) };
  const unitList = set.units.map((u) => `${u.id}（${u.name}）`).join(io.locale === "zh-CN" ? "、" : ", ");

  if (args.options.upgrade) {
    // the upgrade job reads everything before anything is written: -o may name OLD itself
    const oldPath = resolve(io.cwd, args.options.upgrade);
    // replacing OLD itself keeps its figures (they are carried); any other form would lose its own
    const inPlace = (await realpath(oldPath).catch(() => oldPath)) === (await realpath(out).catch(() => out));
    if (!(await mayReplace(out, "form", io, { force, carriesValues: inPlace }))) return EXIT.unusable;
    const up = await upgradeForm({ name: args.options.upgrade, open: () => openReturnedFile(oldPath) }, set, {
      ...common,
      ...(layoutArg ? { layout: layoutArg as LayoutKind } : {}),
      ...(args.options.unit ? { unitId: args.options.unit } : {}),
    });
    if (!up.ok) return (say(up.reason[io.locale]), EXIT.unusable);
    await writeWorkbook(up.plan.changes, out);
    say(m.template.upgraded(up.plan.carried, up.plan.removed, up.fromVersion, set.version));
    io.stdout(m.wrote(out));
    return EXIT.ok;
  }

  const forms = formsFor(set, { layout: layoutArg === "matrix" ? "matrix" : "unit-form", ...(allUnits ? {} : { units: [args.options.unit ?? ""] }), ...(oneWorkbook ? { oneWorkbook } : {}), ...common });
  if (layoutArg !== "matrix" && !allUnits && args.options.unit === undefined && set.units.length > 0) return (say(m.template.needsUnit(unitList)), EXIT.unusable);
  if (!forms.ok) return (say(forms.problem[io.locale]), EXIT.unusable);
  if (allUnits && !oneWorkbook) {
    const there = await existingKind(out);
    if (there && there.kind !== "folder") return (say(m.replace.notAFolder(out)), EXIT.unusable);
  }
  // nothing is written until every file it would replace may be replaced
  const targets = allUnits && !oneWorkbook ? forms.forms.map((f) => join(out, f.fileName)) : [out];
  let refused = false;
  for (const target of targets) if (!(await mayReplace(target, "form", io, { force }))) refused = true;
  if (refused) return EXIT.unusable;
  if (allUnits && !oneWorkbook) {
    for (const path of await writeAllUnitForms(set, out, common)) io.stdout(m.wrote(path));
    return EXIT.ok;
  }
  await writeWorkbook(forms.forms[0]!.changes, out);
  io.stdout(m.wrote(out));
  return EXIT.ok;
}
