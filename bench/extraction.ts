// Plan text → indicators on ~100 KB of text, next to a bare scan of the same text for numbers
// with a regular expression: the floor any extractor pays. Two texts: the example plan
// repeated, and the real published texts of the extraction tests one after another (denser in
// figures, and no two alike).
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators } from "../src/core/extract";
import { time } from "./measure";

export function benchExtraction(say: (line: string) => void): void {
  const plan = readFileSync(join(__dirname, "..", "examples", "plan-district-balanced-development.txt"), "utf8");
  let text = plan;
  while (Buffer.byteLength(text) < 100 * 1024) text += "\n" + plan;
  benchText("plan text", text, say);
  const real = join(__dirname, "..", "tests", "core", "extract", "fixtures", "real");
  let texts = readdirSync(real)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => readFileSync(join(real, f), "utf8"))
    .join("\n\n");
  while (Buffer.byteLength(texts) > 100 * 1024) texts = texts.slice(0, Math.floor(texts.length * 0.95));
  benchText("real texts", texts, say);
}

function benchText(what: string, text: string, say: (line: string) => void): void {
  const kb = Buffer.byteLength(text) / 1024;
  let found = 0;
  // warm: the extractor is a large body of code the engine compiles over several runs, and a
  // pane or CLI that extracts keeps it warm after the first plan (one warm-up run is not enough)
  for (let i = 0; i < 5; i++) extractIndicators(text);
  const extract = time("extract", 1, () => {
    found = extractIndicators(text).indicators.length;
  });
  const scan = time("regex scan", 1, () => {
    found += (text.match(/\d+(?:\.\d+)?%?/g) ?? []).length * 0;
  });
  const ms = (t: { nsPerOp: number }) => (t.nsPerOp / 1e6).toFixed(1);
  say(`extraction    ${kb.toFixed(0)} KB ${what}: ${ms(extract)} ms (${found} indicators; goal under 50 ms)   regex number scan: ${ms(scan)} ms   ratio ${(extract.nsPerOp / scan.nsPerOp).toFixed(1)}x`);
}
