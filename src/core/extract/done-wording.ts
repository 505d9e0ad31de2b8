// When no rule of kind.ts says what a document is (no summary's or plan's title, no dated story, no
// run of 已/完成 sentences), its wording as a whole still tells whether its figures are mostly done:
// news of schools opened, a bureau's reply and a yearbook entry are written in other words than a
// plan. This weighs those words as learned from the labelled texts, whose figures' kinds say
// (scripts/learn-done-wording.ts writes done-wording-weights.ts; docs/extraction.md says how well
// it does on texts it was not trained on).
import { DONE_WORDING } from "./done-wording-weights";

/** How much of a long text is read: the opening says what a document is, and the rest costs time. */
export const WORDING_READ = 20_000;

// a page's comma is as often "," as "，": one way of writing each
const HALF_WIDTH: Record<string, string> = { "，": ",", "；": ";", "：": ":", "（": "(", "）": ")", "！": "!", "？": "?" };

/** The pairs of neighbouring characters of a text (numbers read as 0, spaces as one, commas as ","), each once. */
export function wordingPairs(text: string): Set<string> {
  const t = text
    .slice(0, WORDING_READ)
    .replace(/\d+(?:\.\d+)?/g, "0")
    .replace(/\s+/g, " ")
    .replace(/[，；：（）！？]/g, (c) => HALF_WIDTH[c]!);
  const pairs = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) pairs.add(t.slice(i, i + 2));
  return pairs;
}

const WEIGHTS = new Map(Object.entries(DONE_WORDING.weights));

/** The probability, as the weights estimate it, that most of a text's figures are done rather than to be done. */
export function doneLikelihood(text: string): number {
  return likelihoodOf(wordingPairs(text), DONE_WORDING.bias, WEIGHTS);
}

/** The logistic of the bias plus the weights of the pairs held (the learning script scores by it too). */
export function likelihoodOf(pairs: Iterable<string>, bias: number, weights: ReadonlyMap<string, number>): number {
  let z = bias;
  for (const p of pairs) z += weights.get(p) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// above even odds: held out by place, 0.6 changed as many texts' kinds for the better as 0.5 did
// with half as many for the worse (docs/extraction.md)
export const DONE_ABOVE = 0.6;

// a sentence or two pasted alone (教育经费投入比上年增长10%。) is no document whose wording says what it is
const LEAST_WORDED = 150;

/** Whether a text no rule has read is worded as one whose figures are mostly done. */
export function wordedAsDone(text: string): boolean {
  return hasCharacters(text, LEAST_WORDED) && doneLikelihood(text) > DONE_ABOVE;
}

/** Whether a text holds at least `n` characters other than spaces (counted only as far as needed). */
function hasCharacters(text: string, n: number): boolean {
  let count = 0;
  for (let i = 0; i < text.length && count < n; i++) if (!/\s/.test(text[i]!)) count++;
  return count >= n;
}
