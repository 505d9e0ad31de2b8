// Plan text → indicators on ~100 KB of text (the example plan repeated), next to a bare scan
// of the same text for numbers with a regular expression: the floor any extractor pays.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { extractIndicators } from "../src/core/extract";
import { time } from "./measure";

export function benchExtraction(say: (line: string) => void): void {
  const plan = readFileSync(join(__dirname, "..", "examples", "plan-district-balanced-development.txt"), "utf8");
  let text = plan;
  while (Buffer.byteLength(text) < 100 * 1024) text += "\n" + plan;
  const kb = Buffer.byteLength(text) / 1024;
  let found = 0;
  const extract = time("extract", 1, () => {
    found = extractIndicators(text).indicators.length;
  });
  const scan = time("regex scan", 1, () => {
    found += (text.match(/\d+(?:\.\d+)?%?/g) ?? []).length * 0;
  });
  const ms = (t: { nsPerOp: number }) => (t.nsPerOp / 1e6).toFixed(1);
  say(`extraction    ${kb.toFixed(0)} KB plan text: ${ms(extract)} ms (${found} indicators; goal well under 100 ms)   regex number scan: ${ms(scan)} ms   ratio ${(extract.nsPerOp / scan.nsPerOp).toFixed(1)}x`);
}
