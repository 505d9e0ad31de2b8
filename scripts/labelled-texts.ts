// The workflow of issue #13's test data, kept in the repository so that a new checkout has it:
//
//   npx tsx scripts/labelled-texts.ts score [dir] [--only REGEX] [--rows] [--verbose] [--all]
//     scores the extractor on every labelled text in dir (default: the real fixtures), one line
//     per text with --rows, misses/extras/disagreements of imperfect texts with --verbose (of
//     every text with --all), then the per-text means;
//   npx tsx scripts/labelled-texts.ts check dir
//     checks a folder of new labels (STEM.txt + STEM.jsonl) against the contract's shape before
//     it is scored: fields, comparators, quotes found in the text, keys inside names and in the
//     (simplified) text, names in simplified characters, no stem already taken.
//
// Labels are made before the extractor sees a text: score a new folder once, at the commit of
// that moment, and keep that first score (fixtures-gold.test.ts shows it in brackets).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { extractIndicators } from "../src/core/extract/extract";
import { parseGold, scoreExtraction } from "../tests/core/extract/score";
import { checkLabelled } from "./labelled-texts/check";

const FIXTURES = resolve(__dirname, "../tests/core/extract/fixtures/real");

function stemsIn(dir: string, only: RegExp | null): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl") && existsSync(join(dir, f.slice(0, -6) + ".txt")))
    .map((f) => f.slice(0, -6))
    .filter((s) => !only || only.test(s))
    .sort();
}

function score(dir: string, only: RegExp | null, rows: boolean, verbose: "none" | "imperfect" | "all"): void {
  const sum = { f1: 0, cmp: 0, year: 0, kind: 0, n: 0 };
  for (const stem of stemsIn(dir, only)) {
    const gold = parseGold(readFileSync(join(dir, stem + ".jsonl"), "utf8"));
    // (a text whose labels are all optional scores nothing either way)
    if (!gold.some((g) => !g.optional)) continue;
    const text = readFileSync(join(dir, stem + ".txt"), "utf8");
    const r = scoreExtraction(gold, extractIndicators(text, { source: stem + ".txt" }).indicators);
    sum.f1 += r.f1;
    sum.cmp += r.comparator_agreement;
    sum.year += r.year_agreement;
    sum.kind += r.kind_agreement;
    sum.n++;
    if (rows) console.log([stem, r.f1, r.comparator_agreement, r.year_agreement, r.kind_agreement, r.name_median_length].join("\t"));
    const imperfect = r.f1 < 1 || r.comparator_agreement < 1 || r.year_agreement < 1 || r.kind_agreement < 1;
    if (verbose === "all" || (verbose === "imperfect" && imperfect)) {
      console.log(`== ${stem} f1 ${r.f1} cmp ${r.comparator_agreement} yr ${r.year_agreement} kind ${r.kind_agreement} med ${r.name_median_length}`);
      for (const m of r.missed) console.log(`  missed ${m}`);
      for (const m of r.extra) console.log(`  extra  ${m}`);
      for (const m of r.disagreements) console.log(`  ${m}`);
    }
  }
  const mean = (x: number) => (sum.n ? x / sum.n : 0).toFixed(3);
  console.log(`texts ${sum.n}  per-text F1 ${mean(sum.f1)} comparator ${mean(sum.cmp)} year ${mean(sum.year)} kind ${mean(sum.kind)}`);
}

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  const flag = (name: string) => rest.includes(name);
  const valueOf = (name: string) => {
    const i = rest.indexOf(name);
    return i >= 0 ? rest[i + 1] : undefined;
  };
  const positional = rest.filter((x, i) => !x.startsWith("--") && !(i > 0 && rest[i - 1] === "--only"));
  if (command === "score") {
    const only = valueOf("--only");
    score(resolve(positional[0] ?? FIXTURES), only ? new RegExp(only) : null, flag("--rows"), flag("--all") ? "all" : flag("--verbose") ? "imperfect" : "none");
    return 0;
  }
  if (command === "check" && positional[0]) {
    const problems = checkLabelled(resolve(positional[0]), FIXTURES);
    for (const p of problems) console.log(p);
    console.log(problems.length ? `${problems.length} problem(s)` : "ok");
    return problems.length ? 1 : 0;
  }
  console.log("usage: npx tsx scripts/labelled-texts.ts score [dir] [--only REGEX] [--rows] [--verbose] [--all]\n       npx tsx scripts/labelled-texts.ts check dir");
  return 2;
}

process.exitCode = main(process.argv.slice(2));
