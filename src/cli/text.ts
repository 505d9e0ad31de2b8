// The command line's own words (zh-CN first). Messages that come from core are already bilingual.
import type { Bilingual } from "../core/i18n/messages";

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });

export const cliText = {
  cannotRead: (file: string, code: string) =>
    t(
      `无法读取文件 ${file}${code === "ENOENT" ? "：文件不存在" : code ? `（${code}）` : ""}。请检查路径。`,
      `Cannot read ${file}${code === "ENOENT" ? ": no such file" : code ? ` (${code})` : ""}. Check the path.`,
    ),
  setProblems: (n: number) => t(`指标集有 ${n} 处问题。`, `The indicator set has ${n} problem(s).`),
  setOk: (title: string, n: number, units: number, rules: number) =>
    t(`指标集“${title}”有效：${n} 个指标，${units} 个填报单位，${rules} 条规则。`, `Indicator set "${title}" is valid: ${n} indicators, ${units} reporting units, ${rules} rules.`),
  wrote: (path: string) => t(`已写入 ${path}`, `Wrote ${path}`),
  unknownCommand: (name: string) => t(`没有命令“${name}”。运行 --help 查看可用命令。`, `No command "${name}". Run --help for the commands.`),
  usage: (detail: string) => t(`用法错误：${detail}。运行 --help 查看用法。`, `Usage error: ${detail}. Run --help for usage.`),
  needsOutput: t("请用 -o 指定输出文件。", "Give the output file with -o."),
  needsSet: t("请指定指标集文件（*.set.json）。", "Give the indicator set file (*.set.json)."),
  exampleStep: (n: number, what: string) => t(`第 ${n} 步：${what}`, `Step ${n}: ${what}`),
  extracted: (n: number, path: string) => t(`从计划文本中找到 ${n} 个量化指标，指标集草稿：${path}`, `Found ${n} quantitative indicators in the plan text; draft set: ${path}`),
  stepExtract: t("从计划文本提取指标", "extract the indicators from the plan text"),
  stepLoad: t("读取并检查指标集", "load and check the indicator set"),
  stepOverview: t("写出指标一览工作簿", "write the indicator-list workbook"),
  stepReadBack: t("重新打开文件核对内容", "reopen the file and check its content"),
  stepFill: t("各单位填报（示例数据）", "units fill in their forms (sample figures)"),
  stepSummarize: t("汇总收回的全部填报表，写出汇总工作簿", "sum up every returned form and write the summary workbook"),
  stepValidate: t("校验全部填报并写出校验报告", "check every submission and write the validation report"),
  unitChecked: (file: string, errors: number, warnings: number, ready: boolean) =>
    t(`  ${file}：错误 ${errors} 处，提醒 ${warnings} 处 — ${ready ? "可以提交" : "尚不能提交"}`, `  ${file}: ${errors} error(s), ${warnings} warning(s) — ${ready ? "ready to submit" : "not ready"}`),
  exampleDone: (dir: string) => t(`示例已完成，输出在 ${dir}`, `Example done; output in ${dir}`),
  readBack: (sheets: string, rows: number) => t(`回读校验：工作表 ${sheets}，指标行 ${rows}。`, `Read back: sheets ${sheets}, indicator rows ${rows}.`),
  readBackMismatch: (detail: string) => t(`回读结果与写入不一致：${detail}`, `What was read back differs from what was written: ${detail}`),
  internal: (detail: string) => t(`内部错误：${detail}。请把这条信息反馈给开发者。`, `Internal error: ${detail}. Please report this to the developers.`),
  needWorkbooks: t("请指定要读取的工作簿（.xlsx）或文件夹。", "Give the workbooks (.xlsx) or folders to read."),
  noWorkbooksIn: (names: string) => t(`${names} 中没有 .xlsx 工作簿。`, `No .xlsx workbooks in ${names}.`),
  setFound: (path: string) => t(`使用指标集 ${path}（按工作簿元数据找到；可用 --set 指定）。`, `Using the indicator set ${path} (found from the workbooks' metadata; --set chooses another).`),
  noSet: (file: string, id: string) =>
    t(`找不到 ${file} 所用的指标集“${id}”。请用 --set 指定指标集文件。`, `Cannot find the indicator set "${id}" that ${file} was made from. Give it with --set.`),
  noSetAtAll: t("给定的文件都不是“指标表”生成的填报表，无法确定指标集。请用 --set 指定指标集文件。", "None of the files is a form made by Indicator Tables, so the set is unknown. Give it with --set."),
  outputIsInput: (path: string) => t(`输出文件 ${path} 是输入文件之一，不能覆盖。请换一个输出文件名。`, `The output ${path} is one of the inputs and would be overwritten. Choose another output name.`),
  fileSummary: (file: string, errors: number, warnings: number, ready: boolean) =>
    t(`${file}：错误 ${errors} 处，提醒 ${warnings} 处 — ${ready ? "可以提交" : "尚不能提交"}`, `${file}: ${errors} error(s), ${warnings} warning(s) — ${ready ? "ready to submit" : "not ready to submit"}`),
  explained: (reason: string) => t(`（已说明：${reason}）`, ` (explained: ${reason})`),
  progress: (done: number, total: number) => t(`已读取 ${done}/${total} 个工作簿`, `Read ${done}/${total} workbooks`),
  yearNotInSet: (year: number, years: string) => t(`--year ${year} 不是指标集的填报年度（${years}）。`, `--year ${year} is not a reporting year of the set (${years}).`),
  notASummary: (file: string) => t(`${file} 不是“指标表”生成的汇总工作簿，不能作为上期数据。请给出上期用 summarize 生成的文件。`, `${file} is not a summary workbook made by Indicator Tables, so it cannot serve as last period. Give a file written by summarize.`),
  summaryHead: (returned: number, expected: number, year: number) => t(`${year}年汇总：已报 ${returned}/${expected} 个单位。`, `Summary ${year}: ${returned}/${expected} units returned.`),
  summaryMissing: (units: string) => t(`  缺报：${units}`, `  Missing: ${units}`),
  summaryDuplicate: (unit: string, note: string) => t(`  重复报送：${unit}：${note}`, `  Returned twice: ${unit}: ${note}`),
  summaryLine: (name: string, total: string, method: string, target: string, status: string, met: string) =>
    t(`  ${name}：${total}（${method}）；目标 ${target} — ${status}；达标单位 ${met}`, `  ${name}: ${total} (${method}); target ${target} — ${status}; units met ${met}`),
  summaryLineNoTarget: (name: string, total: string, method: string) => t(`  ${name}：${total}（${method}）`, `  ${name}: ${total} (${method})`),
  summaryFindings: (errors: number, explained: number) => t(`未改正的错误 ${errors} 处，已说明的未达标 ${explained} 处，详见“未报与问题”工作表。`, `${errors} error(s) not fixed, ${explained} missed target(s) explained; see the Missing and problems sheet.`),
  needsSetAndTable: t("请指定指标集文件和任务分解表：quotas SET.json TABLE.csv -o NEW.set.json", "Give the set and the quota table: quotas SET.json TABLE.csv -o NEW.set.json"),
  quotasSet: (n: number, indicators: number) => t(`已写入 ${n} 个单位任务数（${indicators} 个指标）。`, `Set ${n} unit quotas (${indicators} indicators).`),
};
