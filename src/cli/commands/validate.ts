// `validate FILE.xlsx... [--set SET.json] [--format text|json] [-o REPORT.xlsx]`: check filled
// templates against their indicator set. Files are only read; the report goes to its own file.
import { writeWorkbook } from "../write-workbook";
import { readdir } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import type { Bilingual } from "../../core/i18n/messages";
import type { IndicatorSet } from "../../core/set";
import { NotATemplateError, readEntries, templateInfo, type FilledTemplate } from "../../core/template";
import { acrossUnits, readyToSubmit, reportChanges, submissionsOf, validateSubmission, type Finding } from "../../core/validate";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { setFingerprint } from "../../core/layout/indicator-list";
import { parseArgs } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { cliText } from "../text";

export const validateHelp = {
  "zh-CN": "validate FILE.xlsx... [--set SET.json] [--format text|json] [-o REPORT.xlsx]   校验填报表；未给 --set 时按工作簿元数据在同目录查找指标集",
  "en-US": "validate FILE.xlsx... [--set SET.json] [--format text|json] [-o REPORT.xlsx]   check filled tables; without --set the set is found next to the files from their metadata",
};

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });
const text = {
  needFiles: t("请指定要校验的工作簿（.xlsx）。", "Give the workbooks (.xlsx) to check."),
  cannotOpen: (file: string, why: string) => t(`无法打开 ${file}：${why}。请确认它是 Excel 工作簿（.xlsx）且没有损坏。`, `Cannot open ${file}: ${why}. Make sure it is an Excel workbook (.xlsx) and not damaged.`),
  notTemplate: (file: string, why: string) => t(`${file} 不是由“指标表”生成的填报表：${why}`, `${file} is not a table made by Indicator Tables: ${why}`),
  noSet: (file: string, id: string) =>
    t(`找不到 ${file} 所用的指标集“${id}”。请用 --set 指定指标集文件。`, `Cannot find the indicator set "${id}" that ${file} was made from. Give it with --set.`),
  otherSet: (file: string, id: string, setId: string) =>
    t(`${file} 是按指标集“${id}”生成的，而给定的是“${setId}”。`, `${file} was made from indicator set "${id}", not "${setId}".`),
  otherVersion: (file: string, version: string, setVersion: string) =>
    t(`提醒：${file} 按指标集版本 ${version} 生成，现按版本 ${setVersion} 校验。可用 template --upgrade 更新填报表。`, `Note: ${file} was made from set version ${version} and is checked against version ${setVersion}. template --upgrade brings it up to date.`),
  summary: (file: string, errors: number, warnings: number, ready: boolean) =>
    t(`${file}：错误 ${errors} 处，提醒 ${warnings} 处 — ${ready ? "可以提交" : "尚不能提交"}`, `${file}: ${errors} error(s), ${warnings} warning(s) — ${ready ? "ready to submit" : "not ready to submit"}`),
  explained: (reason: string) => t(`（已说明：${reason}）`, ` (explained: ${reason})`),
};

interface Opened {
  file: string;
  filled: FilledTemplate;
}

export async function validate(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["set", "format", "output"], aliases: { o: "output" } });
  const files = args.positionals;
  const format = args.options.format ?? "text";
  if (files.length === 0 || (format !== "text" && format !== "json")) {
    io.stderr(files.length === 0 ? text.needFiles[io.locale] : cliText.usage(`--format ${format}`)[io.locale]);
    return EXIT.unusable;
  }

  let given: IndicatorSet | undefined;
  if (args.options.set) {
    const r = await readSetFile(args.options.set, io);
    if (!r.ok) {
      for (const p of r.problems) io.stderr(formatProblem(args.options.set, p, io));
      return EXIT.unusable;
    }
    given = r.set;
  }

  // Read every file first: one that can't be used stops the run before anything is reported.
  const opened: Opened[] = [];
  for (const file of files) {
    const path = resolve(io.cwd, file);
    let wb: XlsxWorkbook;
    try {
      wb = await XlsxWorkbook.fromFile(path);
    } catch (e) {
      io.stderr(text.cannotOpen(file, e instanceof Error ? e.message : String(e))[io.locale]);
      return EXIT.unusable;
    }
    try {
      opened.push({ file, filled: await readEntries(wb) });
    } catch (e) {
      if (e instanceof NotATemplateError) {
        io.stderr(text.notTemplate(file, e.detail[io.locale])[io.locale]);
        return EXIT.unusable;
      }
      throw e;
    }
  }

  const set = given ?? (await findSet(opened[0]!, io));
  if (!set) return EXIT.unusable;
  for (const { file, filled } of opened) {
    const info = filled.info;
    if (info.setId !== set.id) {
      io.stderr(text.otherSet(file, info.setId, set.id)[io.locale]);
      return EXIT.unusable;
    }
    if (info.setHash !== setFingerprint(set)) io.stderr(text.otherVersion(file, info.setVersion, set.version)[io.locale]);
  }

  const submissions = opened.flatMap(({ file, filled }) => submissionsOf(basename(file), filled));
  const perFile = new Map<string, Finding[]>();
  for (const s of submissions) perFile.set(s.file, [...(perFile.get(s.file) ?? []), ...validateSubmission(set, s)]);
  const across = submissions.length > 1 ? acrossUnits(set, submissions) : [];
  const findings = [...[...perFile.values()].flat(), ...across];

  if (format === "json") {
    const out = findings.map((f) => ({
      file: f.file ?? null,
      sheet: f.sheet ?? null,
      cell: f.cell ?? null,
      indicator: f.indicator ?? null,
      unit: f.unit ?? null,
      rule: f.rule,
      severity: f.severity,
      message: f.message[io.locale],
      ...(f.year !== undefined ? { year: f.year } : {}),
      ...(f.explanation !== undefined ? { explanation: f.explanation } : {}),
      ...(f.imbalance !== undefined ? { imbalance: f.imbalance } : {}),
    }));
    io.stdout(JSON.stringify({ findings: out }, null, 2));
  } else {
    for (const f of findings) {
      const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : "-";
      const why = f.explanation !== undefined ? text.explained(f.explanation)[io.locale] : "";
      io.stdout(`${f.file ?? "-"}  ${where}  ${f.severity}  ${f.rule}  ${f.message[io.locale]}${why}`);
    }
    for (const [file, list] of perFile) {
      const errors = list.filter((f) => f.severity === "error").length;
      io.stdout(text.summary(file, errors, list.length - errors, readyToSubmit(list))[io.locale]);
    }
  }

  if (args.options.output) {
    const out = resolve(io.cwd, args.options.output);
    await writeWorkbook(reportChanges(set, findings, io.locale), out);
    io.stderr(cliText.wrote(out)[io.locale]);
  }
  return findings.some((f) => f.severity === "error") ? EXIT.findings : EXIT.ok;
}

/** The set a workbook names in its metadata, looked for among *.set.json beside it and in the
 *  working directory: same id, preferring the exact version (same fingerprint). */
async function findSet(first: Opened, io: CliIO): Promise<IndicatorSet | undefined> {
  const info = templateInfo(first.filled.metadata);
  const dirs = [...new Set([dirname(resolve(io.cwd, first.file)), io.cwd])];
  let sameId: IndicatorSet | undefined;
  for (const dir of dirs) {
    const names = await readdir(dir).catch(() => [] as string[]);
    for (const name of names.filter((n) => n.endsWith(".set.json")).sort()) {
      const r = await readSetFile(join(dir, name), io);
      if (!r.ok || r.set.id !== info.setId) continue;
      if (setFingerprint(r.set) === info.setHash) return r.set;
      sameId ??= r.set;
    }
  }
  if (!sameId) io.stderr(text.noSet(first.file, info.setId)[io.locale]);
  return sameId;
}
