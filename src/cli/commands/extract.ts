// `extract FILE [--format json|set]`: the quantitative indicators of a plan. json prints the
// extraction records (docs/extraction.md) on stdout and nothing else; set writes a
// draft indicator set (atomically) that check-set accepts, with reporting units from a CSV.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { writeFileAtomic } from "../../node/atomic-file";
import { parseUnitsCsv, type UnitsResult } from "../../core/set/units-csv";
import type { Bilingual } from "../../core/i18n/messages";
import { draftSet, proposeIndicators } from "../../core/jobs";
import type { ReportingUnit } from "../../core/set";
import { outputPath } from "../returned-files";
import { parseArgs } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { decodeText, readPlanFile } from "../read-plan";
import { cliText } from "../text";

export const extractHelp = {
  "zh-CN": "extract FILE [--format json|set] [-o SET.json] [--units UNITS.csv] [--title 标题] [--year 年份]\n                                          从规划文本（.txt/.html/.docx）提取量化指标：json 输出提取结果，set 生成指标集草稿",
  "en-US": "extract FILE [--format json|set] [-o SET.json] [--units UNITS.csv] [--title TITLE] [--year YEAR]\n                                          extract the quantitative indicators of a plan (.txt/.html/.docx): json prints them, set writes a draft indicator set",
};

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });
const text = {
  needsFile: t("请指定规划文件（.txt、.html 或 .docx）。", "Give the plan file (.txt, .html or .docx)."),
  badFormat: (f: string) => t(`--format 只能是 json 或 set，而不是“${f}”。`, `--format must be json or set, not "${f}".`),
  badYear: (y: string) => t(`--year 应为四位年份（1949–2100），而不是“${y}”。`, `--year must be a four-digit year (1949–2100), not "${y}".`),
  unitsOnlyForSet: t("--units 只用于 --format set。", "--units goes with --format set only."),
  none: (file: string) => t(`在 ${file} 中没有找到量化指标，未生成指标集。`, `No quantitative indicators found in ${file}; no set written.`),
  draftSummary: (n: number, rules: number) => t(`指标集草稿：${n} 个指标，${rules} 条规则。请核对名称、编号和目标。`, `Draft set: ${n} indicators, ${rules} rules. Check the names, ids and targets.`),
  setProblem: (path: string, message: string) => t(`生成的指标集有问题（${path}）：${message}`, `The generated set has a problem (${path}): ${message}`),
};

export async function extract(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["format", "output", "units", "title", "year"], aliases: { o: "output" } });
  const [file] = args.positionals;
  if (!file || args.positionals.length > 1) {
    io.stderr(text.needsFile[io.locale]);
    return EXIT.unusable;
  }
  const format = args.options.format ?? "json";
  if (format !== "json" && format !== "set") {
    io.stderr(text.badFormat(format)[io.locale]);
    return EXIT.unusable;
  }
  let year: number | undefined;
  if (args.options.year !== undefined) {
    year = Number(args.options.year);
    if (!/^\d{4}$/.test(args.options.year) || year < 1949 || year > 2100) {
      io.stderr(text.badYear(args.options.year)[io.locale]);
      return EXIT.unusable;
    }
  }
  if (format === "json" && args.options.units) {
    io.stderr(text.unitsOnlyForSet[io.locale]);
    return EXIT.unusable;
  }

  const plan = await readPlanFile(file, io);
  if (!plan.ok) {
    io.stderr(plan.message[io.locale]);
    return EXIT.unusable;
  }
  const proposed = proposeIndicators(plan.text, { source: plan.source });
  if (format === "json") {
    io.stdout(JSON.stringify({ source: proposed.source, indicators: proposed.proposals.map((p) => p.record) }, null, 2));
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
    io.stderr(text.none(file)[io.locale]);
    return EXIT.findings;
  }
  const draft = draftSet(proposed, { units, ...(args.options.title ? { title: args.options.title } : {}), ...(year !== undefined ? { year } : {}) });
  if (!draft.ok) {
    // only the units can make a draft unusable (a parent loop); say where and stop
    for (const p of draft.problems) io.stderr(text.setProblem(p.path, p.message[io.locale])[io.locale]);
    return EXIT.unusable;
  }
  const set = draft.input;
  const json = JSON.stringify(set, null, 2) + "\n";
  if (!args.options.output) {
    io.stdout(json.trimEnd());
    return EXIT.ok;
  }
  const out = await outputPath(args.options.output, io, [file, ...(args.options.units ? [args.options.units] : [])]);
  if (!out) return EXIT.unusable;
  await writeFileAtomic(out, new TextEncoder().encode(json));
  io.stderr(text.draftSummary(set.indicators.length, set.rules?.length ?? 0)[io.locale]);
  io.stdout(cliText.wrote(out)[io.locale]);
  return EXIT.ok;
}


async function readUnitsCsv(file: string, io: CliIO): Promise<UnitsResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (e) {
    return { ok: false, message: cliText.cannotRead(file, (e as NodeJS.ErrnoException).code ?? "") };
  }
  return parseUnitsCsv(decodeText(bytes).text, file);
}

