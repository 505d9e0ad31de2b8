// Plan text → indicators on ~100 KB of text, next to a bare scan of the same text for numbers
// with a regular expression: the floor any extractor pays. Two texts: the example plan
// repeated, and the real published texts of the extraction tests one after another (denser in
// figures, and no two alike).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators } from "../src/core/extract";
import { time } from "./measure";

/** Extraction timed on the plan text and on the real texts; the settled times, in milliseconds, for the
 *  goal table (100 KB of plan text under 50 ms warm, issue 13). */
export function benchExtraction(say: (line: string) => void): { plan: number; real: number } {
  const example = readFileSync(join(__dirname, "..", "examples", "plan-district-balanced-development.txt"), "utf8");
  let text = example;
  while (Buffer.byteLength(text) < 100 * 1024) text += "\n" + example;
  const plan = benchText("plan text", text, say);
  const real = join(__dirname, "..", "tests", "core", "extract", "fixtures", "real");
  let texts = readdirSync(real)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(real, f), "utf8"))
    .join("\n\n");
  while (Buffer.byteLength(texts) > 100 * 1024) texts = texts.slice(0, Math.floor(texts.length * 0.95));
  return { plan, real: benchText("real texts", texts, say) };
}

function benchText(what: string, text: string, say: (line: string) => void): number {
  const kb = Buffer.byteLength(text) / 1024;
  let found = 0;
  const once = () => {
    const start = process.hrtime.bigint();
    found = extractIndicators(text).indicators.length;
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  // The engine compiles this large body of code (and its patterns) over many runs: on 2 shared
  // cores a run takes ~10x its settled time at first, 2x after five, and settles after 20–30.
  // All three are printed: the first is what a clerk pasting one plan waits, the steady one is
  // "warm" in the goal's sense (a pane or CLI that has extracted before).
  const first = once();
  const runs: number[] = [];
  for (let i = 0; i < 5; i++) runs.push(once());
  const bestOfRuns2to6 = Math.min(...runs);
  for (let i = 0; i < STEADY_AFTER - 6; i++) once();
  const steady = time("extract", 1, () => void once());
  const scan = time("regex scan", 1, () => {
    found += (text.match(/\d+(?:\.\d+)?%?/g) ?? []).length * 0;
  });
  const ms = (t: { nsPerOp: number }) => (t.nsPerOp / 1e6).toFixed(1);
  say(
    `extraction    ${kb.toFixed(0)} KB ${what}: ${ms(steady)} ms steady, after ${STEADY_AFTER} runs (${found} indicators; goal under 50 ms)   ` +
      `runs 2–6: ${bestOfRuns2to6.toFixed(1)} ms   first run: ${first.toFixed(0)} ms   regex number scan: ${ms(scan)} ms   ratio ${(steady.nsPerOp / scan.nsPerOp).toFixed(1)}x`,
  );
  return steady.nsPerOp / 1e6;
}

/** Runs before the steady timing: past the point where the times stop falling on this machine. */
const STEADY_AFTER = 30;
