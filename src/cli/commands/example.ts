// `example`: the main job end to end on the built-in example, with no Excel needed.
// Grows with the product: today it loads the set and writes its workbook, then reads the file
// back to prove it holds what was written.
import { mkdir } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { METADATA_KEYS, setFingerprint } from "../../core/layout/indicator-list";
import { XlsxWorkbook } from "../../workbook/xlsx";
import { extractDetailed } from "../../core/extract/extract";
import { draftSetFromExtraction } from "../../core/extract/to-set";
import { loadIndicatorSet } from "../../core/set";
import { writeFileAtomic } from "../../node/atomic-file";
import { readPlanFile } from "../read-plan";
import type { Bilingual } from "../../core/i18n/messages";
import { parseArgs } from "../args";
import { EXIT, type CliIO, type ExitCode } from "../io";
import { formatProblem, readSetFile } from "../read-set";
import { cliText } from "../text";
import { writeOverview } from "./overview";

const EXAMPLES = join(__dirname, "..", "..", "..", "examples");
export const EXAMPLE_SET = join(EXAMPLES, "district-balanced-development.set.json");
export const EXAMPLE_PLAN = join(EXAMPLES, "plan-district-balanced-development.txt");

export const exampleHelp = {
  "zh-CN": "example [-o DIR]                           用内置示例跑完整流程（默认输出到 out/）",
  "en-US": "example [-o DIR]                           run the whole job on the built-in example (output in out/ by default)",
};

export async function example(argv: readonly string[], io: CliIO): Promise<ExitCode> {
  const args = parseArgs(argv, { values: ["output"], aliases: { o: "output" } });
  const dir = resolve(io.cwd, args.options.output ?? "out");
  const say = (n: number, what: Bilingual, path: string) => io.stderr(cliText.exampleStep(n, `${what[io.locale]}：${relative(io.cwd, path) || path}`)[io.locale]);

  // The plan text the example set was written from: what extraction proposes for it.
  say(1, cliText.stepExtract, EXAMPLE_PLAN);
  const plan = await readPlanFile(EXAMPLE_PLAN, io);
  if (!plan.ok) {
    io.stderr(plan.message[io.locale]);
    return EXIT.unusable;
  }
  const { result, breakdowns } = extractDetailed(plan.text, { source: plan.source });
  const draft = draftSetFromExtraction(result, { breakdowns });
  if (!loadIndicatorSet(draft).ok) {
    io.stderr(cliText.internal("the draft set of the example plan does not load")[io.locale]);
    return EXIT.findings;
  }
  await mkdir(dir, { recursive: true });
  const draftPath = join(dir, "district-balanced-development.draft.set.json");
  await writeFileAtomic(draftPath, new TextEncoder().encode(JSON.stringify(draft, null, 2) + "\n"));
  io.stderr(cliText.extracted(result.indicators.length, draftPath)[io.locale]);

  say(2, cliText.stepLoad, EXAMPLE_SET);
  const r = await readSetFile(EXAMPLE_SET, io);
  if (!r.ok) {
    for (const p of r.problems) io.stderr(formatProblem(EXAMPLE_SET, p, io));
    return EXIT.unusable;
  }
  io.stderr(cliText.setOk(r.set.title, r.set.indicators.length, r.set.units.length, r.set.rules.length)[io.locale]);

  const overviewPath = join(dir, "district-balanced-development.overview.xlsx");
  say(3, cliText.stepOverview, overviewPath);
  await writeOverview(r.set, overviewPath, io.locale);

  say(4, cliText.stepReadBack, overviewPath);
  const back = await XlsxWorkbook.fromFile(overviewPath);
  const sheets = (await back.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
  const meta = await back.metadata();
  const [list] = await back.read([{ sheet: sheets[1]! }]);
  const ids = (list?.values ?? []).slice(1).map((row) => row[1]);
  const expected = r.set.indicators.map((i) => i.id);
  if (meta[METADATA_KEYS.setHash] !== setFingerprint(r.set) || JSON.stringify(ids) !== JSON.stringify(expected)) {
    io.stderr(cliText.readBackMismatch(`hash ${meta[METADATA_KEYS.setHash]}, ids ${ids.length}/${expected.length}`)[io.locale]);
    return EXIT.findings;
  }
  io.stderr(cliText.readBack(sheets.join("、"), ids.length)[io.locale]);
  io.stdout(overviewPath);
  io.stderr(cliText.exampleDone(dir)[io.locale]);
  return EXIT.ok;
}
