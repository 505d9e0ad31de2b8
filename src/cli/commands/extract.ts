// `extract FILE [--format json|set]`: the quantitative indicators of a plan. json prints the
// extraction contract (shared/spec/extraction.md) on stdout and nothing else; set writes a
// draft indicator set (atomically) that check-set accepts, with reporting units from a CSV.
import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { writeFileAtomic } from "../../node/atomic-file";
import type { Bilingual } from "../../core/i18n/messages";
import { extractDetailed } from "../../core/extract/extract";
import { draftSetFromExtraction } from "../../core/extract/to-set";
import { ID_PATTERN, loadIndicatorSet, type ReportingUnit } from "../../core/set";
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
  csv: (file: string, line: number, what: Bilingual) => t(`${file} 第 ${line} 行：${what["zh-CN"]}`, `${file} line ${line}: ${what["en-US"]}`),
  csvHeader: t("表头应为 code,name,parent（parent 可省略）。请把第一行改成这样。", "the header must be code,name,parent (parent optional). Make the first line say so."),
  csvColumns: (n: number, want: number) => t(`有 ${n} 列，表头有 ${want} 列。含逗号的名称请用英文双引号括起来。`, `${n} columns where the header has ${want}. Put names that contain commas in double quotes.`),
  csvCode: (code: string) => t(`编号“${code}”不合规：须以英文字母开头，只含英文字母、数字和下划线（最长 63 个字符），例如 school_01。`, `code "${code}" is not valid: start with an ASCII letter, then letters, digits or _ (at most 63 characters), e.g. school_01.`),
  csvName: t("名称为空。请填写单位名称。", "the name is empty. Fill in the unit's name."),
  csvDuplicate: (code: string, first: number) => t(`编号“${code}”与第 ${first} 行重复。每个单位的编号须唯一。`, `code "${code}" repeats line ${first}. Each unit needs its own code.`),
  csvParent: (parent: string) => t(`上级“${parent}”不在文件中。请填写已有单位的编号，或留空。`, `parent "${parent}" is not in the file. Give the code of a listed unit, or leave it empty.`),
  csvSelf: t("上级不能是单位自己。", "a unit cannot be its own parent."),
  csvQuote: t("引号没有闭合。请检查英文双引号是否成对。", "a quote is not closed. Check that double quotes come in pairs."),
  csvEmpty: t("文件是空的。第一行应为表头 code,name,parent。", "the file is empty. The first line must be the header code,name,parent."),
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
  const { result, breakdowns } = extractDetailed(plan.text, { source: plan.source });
  if (format === "json") {
    io.stdout(JSON.stringify(result, null, 2));
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
  if (result.indicators.length === 0) {
    io.stderr(text.none(file)[io.locale]);
    return EXIT.findings;
  }
  const set = draftSetFromExtraction(result, { units, breakdowns, ...(args.options.title ? { title: args.options.title } : {}), ...(year !== undefined ? { year } : {}) });
  const loaded = loadIndicatorSet(set);
  if (!loaded.ok) {
    // only the units can make a draft unusable (a parent loop); say where and stop
    for (const p of loaded.problems) io.stderr(text.setProblem(p.path, p.message[io.locale])[io.locale]);
    return EXIT.unusable;
  }
  const json = JSON.stringify(set, null, 2) + "\n";
  if (!args.options.output) {
    io.stdout(json.trimEnd());
    return EXIT.ok;
  }
  const out = resolve(io.cwd, args.options.output);
  await writeFileAtomic(out, new TextEncoder().encode(json));
  io.stderr(text.draftSummary(set.indicators.length, set.rules?.length ?? 0)[io.locale]);
  io.stdout(cliText.wrote(out)[io.locale]);
  return EXIT.ok;
}

type UnitsResult = { ok: true; units: ReportingUnit[] } | { ok: false; message: Bilingual };

async function readUnitsCsv(file: string, io: CliIO): Promise<UnitsResult> {
  let bytes: Buffer;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (e) {
    return { ok: false, message: cliText.cannotRead(file, (e as NodeJS.ErrnoException).code ?? "") };
  }
  return parseUnitsCsv(decodeText(bytes).text, file);
}

/** `code,name,parent` (parent optional); Excel's CSV (GB18030 or UTF-8 with BOM) reads too. */
export function parseUnitsCsv(content: string, file: string): UnitsResult {
  const fail = (line: number, what: Bilingual): UnitsResult => ({ ok: false, message: text.csv(file, line, what) });
  const lines = content.replace(/^\ufeff/, "").split(/\r?\n/);
  const rows: { line: number; cells: string[] }[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.trim()) continue;
    const cells = splitCsvLine(lines[i]!);
    if (!cells) return fail(i + 1, text.csvQuote);
    rows.push({ line: i + 1, cells: cells.map((c) => c.trim()) });
  }
  if (!rows.length) return fail(1, text.csvEmpty);
  const header = rows[0]!.cells.map((h) => h.toLowerCase());
  const col = (names: string[]) => header.findIndex((h) => names.includes(h));
  const codeCol = col(["code", "id", "编号", "代码"]);
  const nameCol = col(["name", "名称", "单位名称"]);
  const parentCol = col(["parent", "上级", "上级编号"]);
  if (codeCol < 0 || nameCol < 0) return fail(rows[0]!.line, text.csvHeader);
  const units: ReportingUnit[] = [];
  const firstLine = new Map<string, number>();
  const parentLine = new Map<string, number>();
  for (const { line, cells } of rows.slice(1)) {
    if (cells.length > header.length) return fail(line, text.csvColumns(cells.length, header.length));
    const code = cells[codeCol] ?? "";
    const name = cells[nameCol] ?? "";
    const parent = parentCol >= 0 ? (cells[parentCol] ?? "") : "";
    if (!ID_PATTERN.test(code)) return fail(line, text.csvCode(code));
    if (!name) return fail(line, text.csvName);
    const earlier = firstLine.get(code);
    if (earlier !== undefined) return fail(line, text.csvDuplicate(code, earlier));
    if (parent === code) return fail(line, text.csvSelf);
    firstLine.set(code, line);
    if (parent) parentLine.set(code, line);
    units.push({ id: code, name, ...(parent ? { parent } : {}) });
  }
  for (const u of units) {
    if (u.parent !== undefined && !firstLine.has(u.parent)) return fail(parentLine.get(u.id)!, text.csvParent(u.parent));
  }
  return { ok: true, units };
}

// One CSV line: commas separate, "…" quotes, "" inside quotes is a quote. Null when a quote is open.
function splitCsvLine(line: string): string[] | null {
  const cells: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"' && !cur.trim()) {
      quoted = true;
      cur = "";
    } else if (c === "," || c === "，") {
      cells.push(cur);
      cur = "";
    } else cur += c;
  }
  if (quoted) return null;
  cells.push(cur);
  return cells;
}
