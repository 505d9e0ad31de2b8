// The extraction against the labelled seeds, scored by the shared scorer itself (a separate
// node process reading our JSON), as written and converted to traditional characters.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as OpenCC from "opencc-js";
import { extractIndicators, extractUnguarded } from "../../../src/core/extract/extract";
import { goldPath, scorerPath, SEEDS, seedPath, sharedAvailable } from "./shared-dir";
import type { Score as PortedScore } from "./score";

// the shared scorer prints the fields our port of it (score.ts) returns
type Score = Pick<PortedScore, "precision" | "recall" | "f1" | "comparator_agreement" | "year_agreement" | "kind_agreement" | "name_median_length">;

const available = sharedAvailable();
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "it-extract-gold-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function score(seed: string, text: string, tag: string): Score {
  const out = join(dir, `${seed}.${tag}.json`);
  writeFileSync(out, JSON.stringify(extractIndicators(text, { source: `${seed}.txt` })));
  const r = spawnSync(process.execPath, [scorerPath(), goldPath(seed), out, "--json"], { encoding: "utf8" });
  if (r.status !== 0) throw new Error(`scorer failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Score;
}

(available ? describe : describe.skip)("extraction scored against the labelled seeds", () => {
  const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

  test.each(SEEDS)("%s: F1, comparator and year agreement ≥ 0.90", (seed) => {
    const text = readFileSync(seedPath(seed), "utf8");
    // no rule may throw on a real text (the public function would hide it)
    expect(() => extractUnguarded(text)).not.toThrow();
    const s = score(seed, text, "as-written");
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.comparator_agreement).toBeGreaterThanOrEqual(0.9);
    expect(s.year_agreement).toBeGreaterThanOrEqual(0.9);
    // names are row labels, not sentences
    expect(s.name_median_length).toBeLessThanOrEqual(14);
  });

  test.each(SEEDS)("%s in traditional characters scores the same", (seed) => {
    const text = toTraditional(readFileSync(seedPath(seed), "utf8"));
    const s = score(seed, text, "traditional");
    expect(s.f1).toBeGreaterThanOrEqual(0.9);
    expect(s.comparator_agreement).toBeGreaterThanOrEqual(0.9);
    expect(s.year_agreement).toBeGreaterThanOrEqual(0.9);
  });

  test("names are simplified and quotes are the original characters", () => {
    const text = toTraditional(readFileSync(seedPath("plan-district-balanced-development"), "utf8"));
    const r = extractIndicators(text);
    const rate = r.indicators.find((i) => i.name === "学前教育净入学率");
    expect(rate).toBeDefined();
    expect(text).toContain(rate!.quote);
    expect(rate!.quote).toMatch(/學前教育淨入學率/);
  });
});
