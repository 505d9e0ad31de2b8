// When no rule of kind.ts says what a document is (no summary's title, no dated story, no run of
// 已/完成 sentences), its wording as a whole still does: news of schools opened, a bureau's reply,
// a yearbook entry and a plan are written in different words. This reads those words by weights
// learned from the labelled texts (scripts/learn-report-wording.ts writes report-wording-weights.ts;
// docs/extraction.md says how well it does on texts it was not trained on).
import { REPORT_WORDING } from "./report-wording-weights";

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

const WEIGHTS = new Map(Object.entries(REPORT_WORDING.weights));

/** The odds, as a probability, that a text is a report of what was done rather than a plan. */
export function reportLikelihood(text: string): number {
  let z = REPORT_WORDING.bias;
  for (const p of wordingPairs(text)) z += WEIGHTS.get(p) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

// above even odds: held out by place, 0.6 changed as many texts' kinds for the better as 0.5 did
// with half as many for the worse (docs/extraction.md)
export const REPORT_ABOVE = 0.6;

// a sentence or two pasted alone (教育经费投入比上年增长10%。) is no document whose wording says what it is
const LEAST_WORDED = 150;

/** Whether a text no rule has read is worded as a report. */
export function wordedAsReport(text: string): boolean {
  return text.replace(/\s/g, "").length >= LEAST_WORDED && reportLikelihood(text) > REPORT_ABOVE;
}
