// Learns the weights by which src/core/extract/done-wording.ts reads a document that no rule of
// kind.ts has read: logistic regression on which pairs of neighbouring characters a text holds,
// trained on the labelled texts (a text counts as done when most of its labels are actual figures).
// First it prints how well it does on texts it was not trained on: five folds, each holding out
// whole places (every text of 武汉 in one fold), so a place's own words teach nothing.
//   npm run learn:done-wording                  prints the held-out figures
//   npm run learn:done-wording -- --write       also rewrites done-wording-weights.ts
import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { readableText } from "../src/core/extract/extract";
import { readDocument } from "../src/core/extract/kind";
import { DONE_ABOVE, likelihoodOf, wordingPairs } from "../src/core/extract/done-wording";
import { parseGold } from "../tests/core/extract/score";

const FIXTURES = "tests/core/extract/fixtures/real";
const WEIGHTS_FILE = "src/core/extract/done-wording-weights.ts";
/** pairs kept: the most telling by chi-squared, among those in texts of at least MIN_PLACES places
 * (a pair only one place writes, 桃园 or 郑州, tells where, not how) */
const KEEP = 2000;
const MIN_PLACES = 5;
/** inverse strength of the pull of every weight towards 0 */
const C = 0.3;
const FOLDS = 5;

interface Sample {
  stem: string;
  place: string;
  pairs: string[];
  done: boolean;
}

function samples(): Sample[] {
  const out: Sample[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith(".jsonl")).sort()) {
    const stem = file.slice(0, -".jsonl".length);
    let text: string;
    try {
      text = readFileSync(join(FIXTURES, stem + ".txt"), "utf8");
    } catch {
      continue;
    }
    const labels = parseGold(readFileSync(join(FIXTURES, file), "utf8")).filter((g) => !g.optional);
    if (!labels.length) continue;
    const { clean, date } = readableText(text);
    if (!readDocument(clean.text, date?.year ?? null, { wording: false }).undecided) continue;
    const actual = labels.filter((g) => g.kind === "actual").length;
    out.push({ stem, place: stem.split("-")[1] ?? stem, pairs: [...wordingPairs(clean.text)], done: actual * 2 > labels.length });
  }
  return out;
}

/** The KEEP pairs whose presence says most about the class (chi-squared), from the training texts. */
function choosePairs(train: Sample[]): string[] {
  const seen = new Map<string, [number, number]>();
  const places = new Map<string, Set<string>>();
  for (const s of train)
    for (const p of s.pairs) {
      const c = seen.get(p) ?? [0, 0];
      c[s.done ? 1 : 0]++;
      seen.set(p, c);
      places.set(p, (places.get(p) ?? new Set()).add(s.place));
    }
  const n = train.length;
  const doneCount = train.filter((s) => s.done).length;
  const scored: [string, number][] = [];
  for (const [p, [neg, pos]] of seen) {
    const df = neg + pos;
    if (places.get(p)!.size < MIN_PLACES) continue;
    // as scikit-learn's chi2 on presence counts: observed against expected, over the two classes
    const expPos = (df * doneCount) / n;
    const expNeg = df - expPos;
    scored.push([p, (pos - expPos) ** 2 / expPos + (neg - expNeg) ** 2 / expNeg]);
  }
  return scored.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, KEEP).map(([p]) => p);
}

interface Model {
  bias: number;
  weights: Map<string, number>;
}

/** L2-regularised logistic regression by accelerated gradient descent with a backtracking step. */
function train(samples: Sample[], pairs: string[]): Model {
  const index = new Map(pairs.map((p, i) => [p, i]));
  const rows = samples.map((s) => s.pairs.map((p) => index.get(p)).filter((i): i is number => i !== undefined));
  const sign = samples.map((s) => (s.done ? 1 : -1));
  const d = pairs.length + 1; // the last is the bias, not pulled towards 0
  const margin = (w: Float64Array, r: number): number => {
    let z = w[d - 1]!;
    for (const i of rows[r]!) z += w[i]!;
    return z;
  };
  const loss = (w: Float64Array): number => {
    let f = 0;
    for (let r = 0; r < rows.length; r++) f += C * Math.log1p(Math.exp(-sign[r]! * margin(w, r)));
    for (let i = 0; i < d - 1; i++) f += 0.5 * w[i]! ** 2;
    return f;
  };
  const gradient = (w: Float64Array): Float64Array => {
    const g = new Float64Array(d);
    for (let i = 0; i < d - 1; i++) g[i] = w[i]!;
    for (let r = 0; r < rows.length; r++) {
      const t = -sign[r]! * C / (1 + Math.exp(sign[r]! * margin(w, r)));
      for (const i of rows[r]!) g[i]! += t;
      g[d - 1]! += t;
    }
    return g;
  };
  let w: Float64Array = new Float64Array(d);
  let y: Float64Array = w;
  let step = 1;
  let t = 1;
  for (let iteration = 0; iteration < 5000; iteration++) {
    const g = gradient(y);
    const fy = loss(y);
    let norm = 0;
    for (let i = 0; i < d; i++) norm += g[i]! ** 2;
    if (norm < 1e-10) break;
    let next: Float64Array;
    for (;;) {
      next = y.map((v, i) => v - step * g[i]!);
      if (loss(next) <= fy - (step / 2) * norm) break;
      step /= 2;
    }
    const tNext = (1 + Math.sqrt(1 + 4 * t * t)) / 2;
    y = next.map((v, i) => v + ((t - 1) / tNext) * (v - w[i]!));
    w = next;
    t = tNext;
    step *= 1.1;
  }
  return { bias: w[d - 1]!, weights: new Map(pairs.map((p, i) => [p, w[i]!])) };
}

function likelihood(model: Model, s: Sample): number {
  return likelihoodOf(s.pairs, model.bias, model.weights);
}

/** Whole places to folds, the largest first, each to the fold with fewest texts so far. */
function folds(all: Sample[]): Map<string, number> {
  const size = new Map<string, number>();
  for (const s of all) size.set(s.place, (size.get(s.place) ?? 0) + 1);
  const load = new Array<number>(FOLDS).fill(0);
  const fold = new Map<string, number>();
  for (const [place, n] of [...size].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
    const k = load.indexOf(Math.min(...load));
    fold.set(place, k);
    load[k]! += n;
  }
  return fold;
}

const all = samples();
const fold = folds(all);
let right = 0;
let flipped = 0;
let wrongFlips = 0;
for (let k = 0; k < FOLDS; k++) {
  const trainSet = all.filter((s) => fold.get(s.place) !== k);
  const model = train(trainSet, choosePairs(trainSet));
  for (const s of all.filter((x) => fold.get(x.place) === k)) {
    const done = likelihood(model, s) > DONE_ABOVE;
    if (done === s.done) right++;
    if (done) {
      flipped++;
      if (!s.done) wrongFlips++;
    }
  }
}
const doneTexts = all.filter((s) => s.done).length;
console.log(`texts no rule reads: ${all.length}, of them mostly done ${doneTexts}`);
console.log(`held out by place: right ${(right / all.length).toFixed(3)} (calling all to be done: ${(1 - doneTexts / all.length).toFixed(3)}); called done ${flipped}, of which mostly to be done ${wrongFlips}`);

if (process.argv.includes("--write")) {
  const model = train(all, choosePairs(all));
  const weights: Record<string, number> = {};
  for (const [p, w] of [...model.weights].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (Math.abs(w) >= 0.001) weights[p] = Math.round(w * 1000) / 1000;
  const body = `// Written by scripts/learn-done-wording.ts from ${all.length} labelled texts; do not edit by hand.\nexport const DONE_WORDING: { bias: number; weights: Record<string, number> } = ${JSON.stringify({ bias: Math.round(model.bias * 1000) / 1000, weights })};\n`;
  writeFileSync(WEIGHTS_FILE + ".tmp", body);
  renameSync(WEIGHTS_FILE + ".tmp", WEIGHTS_FILE);
  console.log(`wrote ${Object.keys(weights).length} weights to ${WEIGHTS_FILE}`);
}
