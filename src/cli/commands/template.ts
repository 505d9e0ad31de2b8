// `template`: target tables to send out. One unit form (`--unit`), one per unit
// (`--all-units -o DIR`), the matrix of every unit (`--layout matrix`), or a filled workbook
// regenerated for a new version of its set with every entered value kept (`--upgrade OLD`).
// Files are written atomically; OLD is only ever replaced when -o names it.
import { writeWorkbook } from "../write-workbook";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import type { Bilingual, Locale } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set";
import { formsFor } from "../../core/jobs";
import { NotATemplateError, planUpgrade, readEntries, type FilledTemplate, type LayoutKind } from "../../core/template";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { parseArgs, UsageError } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { cliText } from "../text";
import { outputPath } from "../returned-files";

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });

const text = {
  needsUnit: (units: string) => t(`请用 --unit 指定填报单位，或用 --all-units 为每个单位各生成一份。可用的单位：${units}`, `Give the unit with --unit, or --all-units for one file per unit. Units: ${units}`),
  unknownUnit: (unit: string, units: string) => t(`指标集中没有填报单位“${unit}”。可用的单位：${units}`, `The set has no reporting unit "${unit}". Units: ${units}`),
  noUnits: t("指标集没有列出填报单位（units），无法生成填报表。请先在指标集中加入填报单位。", "The set lists no reporting units, so there is nothing to make tables for. Add units to the set first."),
  badLayout: (layout: string) => `--layout must be unit-form or matrix, not "${layout}"`,
  conflict: (a: string, b: string) => `${a} and ${b} cannot be used together`,
  cannotOpen: (file: string, detail: string) => t(`无法打开工作簿 ${file}：${detail}`, `Cannot open workbook ${file}: ${detail}`),
  otherSet: (file: string, was: string, now: string) =>
    t(`${file} 是指标集“${was}”的填报表，不是“${now}”的。请检查文件。`, `${file} is a table of set "${was}", not of "${now}". Check the files.`),
  upgraded: (carried: number, removed: number, from: string, to: string) =>
    t(
      `已把 ${carried} 个已填数据从 ${from} 版带到 ${to} 版${removed > 0 ? `；${removed} 个所属指标已删除或不再填报，保存在“已删除指标的数据”工作表中` : ""}。`,
      `Carried ${carried} entered value(s) from version ${from} to ${to}${removed > 0 ? `; ${removed} whose indicator was removed or is no longer asked for are kept on the removed-data sheet` : ""}.`,
    ),
};

export const templateHelp = {
  "zh-CN": "template SET.json --unit ID|--all-units|--layout matrix|--upgrade OLD.xlsx -o OUT [--password P]  生成填报表；--upgrade 按新版指标集重建并保留已填数据",
  "en-US": "template SET.json --unit ID|--all-units|--layout matrix|--upgrade OLD.xlsx -o OUT [--password P]  make target tables; --upgrade rebuilds a filled one for a new set version, keeping its data",
};

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

async function readOld(file: string, io: CliIO): Promise<FilledTemplate | Bilingual> {
  let wb: XlsxWorkbook;
  try {
    wb = await XlsxWorkbook.fromFile(resolve(io.cwd, file));
  } catch (e) {
    return text.cannotOpen(file, e instanceof Error ? e.message : String(e));
  }
  try {
    return await readEntries(wb);
  } catch (e) {
    if (e instanceof NotATemplateError) return e.detail;
    throw e;
  }
}

export async function template(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["output", "unit", "layout", "upgrade", "password"], flags: ["all-units"], aliases: { o: "output" } });
  const [file] = args.positionals;
  const say = (b: Bilingual) => io.stderr(b[io.locale]);
  if (!file) {
    say(cliText.needsSet);
    return EXIT.unusable;
  }
  if (!args.options.output) {
    say(cliText.needsOutput);
    return EXIT.unusable;
  }
  const layoutArg = args.options.layout;
  if (layoutArg !== undefined && layoutArg !== "unit-form" && layoutArg !== "matrix") throw new UsageError(text.badLayout(layoutArg));
  const allUnits = args.flags.has("all-units");
  if (allUnits && args.options.unit) throw new UsageError(text.conflict("--all-units", "--unit"));
  if (allUnits && args.options.upgrade) throw new UsageError(text.conflict("--all-units", "--upgrade"));
  if (layoutArg === "matrix" && (allUnits || args.options.unit)) throw new UsageError(text.conflict("--layout matrix", allUnits ? "--all-units" : "--unit"));

  const r = await readSetFile(file, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(file, p, io));
    return EXIT.unusable;
  }
  const set = r.set;
  const out = await outputPath(args.options.output, io, [file]);
  if (!out) return EXIT.unusable;
  const password = args.options.password;
  const common = { locale: io.locale, ...(password ? { password } : {}) };
  const unitList = set.units.map((u) => `${u.id}（${u.name}）`).join(io.locale === "zh-CN" ? "、" : ", ");
  const unitOk = (id: string | undefined): ExitCode | undefined => {
    if (set.units.length === 0) return (say(text.noUnits), EXIT.unusable);
    if (id === undefined) return (say(text.needsUnit(unitList)), EXIT.unusable);
    if (!set.units.some((u) => u.id === id)) return (say(text.unknownUnit(id, unitList)), EXIT.unusable);
    return undefined;
  };

  if (args.options.upgrade) {
    const old = await readOld(args.options.upgrade, io);
    if (!("entries" in old)) {
      say(old);
      return EXIT.unusable;
    }
    if (old.info.setId !== set.id) {
      say(text.otherSet(args.options.upgrade, old.info.setId, set.id));
      return EXIT.unusable;
    }
    const layout: LayoutKind = (layoutArg as LayoutKind | undefined) ?? old.info.layout;
    const unitId = args.options.unit ?? old.info.unitId;
    if (layout === "unit-form") {
      const bad = unitOk(unitId);
      if (bad !== undefined) return bad;
    }
    // everything is read before anything is written: -o may name OLD itself
    const plan = planUpgrade(old, set, { layout, ...(unitId ? { unitId } : {}), ...common });
    await writeWorkbook(plan.changes, out);
    say(text.upgraded(plan.carried, plan.removed, old.info.setVersion, set.version));
    io.stdout(cliText.wrote(out)[io.locale]);
    return EXIT.ok;
  }

  const forms = formsFor(set, { layout: layoutArg === "matrix" ? "matrix" : "unit-form", ...(allUnits ? {} : { units: [args.options.unit ?? ""] }), ...common });
  if (layoutArg !== "matrix" && !allUnits && args.options.unit === undefined && set.units.length > 0) return (say(text.needsUnit(unitList)), EXIT.unusable);
  if (!forms.ok) return (say(forms.problem), EXIT.unusable);
  if (allUnits) {
    for (const path of await writeAllUnitForms(set, out, common)) io.stdout(cliText.wrote(path)[io.locale]);
    return EXIT.ok;
  }
  await writeWorkbook(forms.forms[0]!.changes, out);
  io.stdout(cliText.wrote(out)[io.locale]);
  return EXIT.ok;
}
