// `example`: the main job end to end on the built-in example, with no Excel needed.
// From the plan text to the summary a director reads: extract a draft, load the set, write its
// overview, the unit forms and the matrix (read back to prove they hold what was written), a
// simulated round of returns, the check of every returned file, and the summary workbook.
import { writeWorkbook } from "../write-workbook";
import { reportChanges } from "../../core/validate";
import { checkOnce, checkWorkbooks, draftSet, formsFor, proposeIndicators, summarize } from "../../core/jobs";
import { printSummary } from "../print-summary";
import { fillSampleForms } from "../example-figures";
import { mkdir, stat } from "node:fs/promises";
import { basename, join, relative, resolve } from "node:path";
import { SET_METADATA_KEYS as METADATA_KEYS, setFingerprint } from "../../core/set/fingerprint";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { openReturnedFile } from "../../workbook/xlsx-reader/from-file";
import { writeFileAtomic } from "../../node/atomic-file";
import { readPlanFile } from "../read-plan";
import { REPORT_MARK } from "../replace-guard";
import { parseArgs } from "../args";
import { cliMessages } from "../i18n/messages";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { writeOverview } from "./overview";
import { writeAllUnitForms } from "./template";
import { readEntries } from "../../core/template";
import { reportingUnits } from "../../core/set";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
export const EXAMPLE_SET = join(EXAMPLES, "district-balanced-development.set.json");
export const EXAMPLE_PLAN = join(EXAMPLES, "plan-district-balanced-development.txt");
export const EXAMPLE_FIGURES = join(EXAMPLES, "district-balanced-development.sample-figures.json");

export async function example(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["output"], aliases: { o: "output" } });
  const dir = resolve(io.cwd, args.options.output ?? "out");
  const m = cliMessages(io.locale);
  const x = m.example;
  const say = (n: number, what: string, path: string) => io.stderr(x.step(n, what, relative(io.cwd, path) || path));

  // The plan text the example set was written from: what extraction proposes for it.
  say(1, x.stepExtract, EXAMPLE_PLAN);
  const plan = await readPlanFile(EXAMPLE_PLAN, io);
  if (!plan.ok) {
    io.stderr(plan.message[io.locale]);
    return EXIT.unusable;
  }
  const draft = draftSet(proposeIndicators(plan.text, { source: plan.source }));
  if (!draft.ok) {
    io.stderr(m.internal(x.draftBroken));
    return EXIT.findings;
  }
  await mkdir(dir, { recursive: true });
  const draftPath = join(dir, "district-balanced-development.draft.set.json");
  await writeFileAtomic(draftPath, new TextEncoder().encode(JSON.stringify(draft.input, null, 2) + "\n"));
  io.stderr(x.extracted(draft.accepted, draftPath));

  say(2, x.stepLoad, EXAMPLE_SET);
  const r = await readSetFile(EXAMPLE_SET, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(EXAMPLE_SET, p, io));
    return EXIT.unusable;
  }
  io.stderr(m.set.ok(r.set.title, r.set.indicators.length, r.set.units.length, r.set.rules.length));

  const overviewPath = join(dir, "district-balanced-development.overview.xlsx");
  say(3, x.stepOverview, overviewPath);
  await writeOverview(r.set, overviewPath, io.locale);

  say(4, x.stepReadBack, overviewPath);
  const back = await XlsxWorkbook.fromFile(overviewPath);
  const sheets = (await back.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
  const meta = await back.metadata();
  const [list] = await back.read([{ sheet: sheets[1]! }]);
  const ids = (list?.values ?? []).slice(1).map((row) => row[1]);
  const expected = r.set.indicators.map((i) => i.id);
  if (meta[METADATA_KEYS.setHash] !== setFingerprint(r.set) || JSON.stringify(ids) !== JSON.stringify(expected)) {
    io.stderr(x.readBackMismatch(`hash ${meta[METADATA_KEYS.setHash]}, ids ${ids.length}/${expected.length}`));
    return EXIT.findings;
  }
  io.stderr(x.readBack(sheets.join(io.locale === "zh-CN" ? "、" : ", "), ids.length));

  // Target tables: a unit form for every unit, and the matrix of all of them.
  const templatesDir = join(dir, "templates");
  say(5, x.stepForms, templatesDir);
  const forms = await writeAllUnitForms(r.set, templatesDir, { locale: io.locale });
  io.stderr(x.forms(forms.length));
  const matrixPath = join(dir, "district-balanced-development.matrix.xlsx");
  say(6, x.stepMatrix, matrixPath);
  const matrix = formsFor(r.set, { layout: "matrix", locale: io.locale });
  if (matrix.ok) await writeWorkbook(matrix.forms[0]!.changes, matrixPath);

  say(7, x.stepReadBack, forms[0]!);
  const form = await XlsxWorkbook.fromFile(forms[0]!);
  const filled = await readEntries(form);
  const names = new Set((await form.names()).map((n) => n.name));
  const missing = r.set.indicators.filter((i) => !names.has(`IT_${i.id}`)).map((i) => i.id);
  if (filled.info.setHash !== setFingerprint(r.set) || filled.info.unitId !== reportingUnits(r.set)[0]?.id || missing.length > 0) {
    io.stderr(x.readBackMismatch(`hash ${filled.info.setHash}, unit ${filled.info.unitId}, names missing ${missing.join(",") || "none"}`));
    return EXIT.findings;
  }
  io.stderr(x.formBack(filled.info.unitId ?? "", filled.entries.length, names.size));

  // Units send their forms back (simulated from the sample figures), the bureau checks them and sums up.
  const submissionsDir = join(dir, "submissions");
  say(8, x.stepFill, EXAMPLE_FIGURES);
  await mkdir(submissionsDir, { recursive: true });
  const returned = await fillSampleForms(EXAMPLE_FIGURES, r.set, forms, submissionsDir);
  const inbox = await Promise.all(returned.files.map(async (path) => ({ name: basename(path), open: () => openReturnedFile(path), modified: (await stat(path)).mtimeMs })));
  const reportPath = join(dir, "district-balanced-development.validation-report.xlsx");
  say(9, x.stepValidate, reportPath);
  // (the check and the summary share one reading of each returned file)
  const checkFile = checkOnce(r.set);
  const checked = await checkWorkbooks(inbox, r.set, { checkFile });
  // marked as validate marks its report, so `validate -o` may replace it later
  await writeWorkbook([...reportChanges(r.set, checked.findings, io.locale), REPORT_MARK], reportPath);
  for (const w of checked.workbooks) {
    const errors = w.findings.filter((f) => f.severity === "error").length;
    io.stderr(x.unitChecked(w.name, errors, w.findings.length - errors, w.ready));
  }

  const summaryPath = join(dir, "district-balanced-development.summary.xlsx");
  say(10, x.stepSummarize, summaryPath);
  const summed = await summarize(inbox, r.set, { locale: io.locale, checkFile });
  await writeWorkbook(summed.changes, summaryPath);
  for (const line of printSummary(summed.summary, io.locale)) io.stderr(line);
  io.stdout(summaryPath);
  io.stderr(x.done(dir));
  return EXIT.ok;
}
