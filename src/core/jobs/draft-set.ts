// Job: from a plan's text to an indicator set. Two steps, since a person decides in between:
// `proposeIndicators` finds the figures and proposes which to keep; `draftSet` turns the kept,
// renamed proposals and the units into a set and loads it, problems and all.
import { extractDetailed } from "../extract/extract";
import { draftSetFromExtraction, type DraftSetOptions } from "../extract/to-set";
import type { Breakdown, ExtractedIndicator } from "../extract/types";
import { loadIndicatorSet } from "../set/load";
import type { SetProblem } from "../set/problem";
import type { IndicatorSet, IndicatorSetInput } from "../set/schema";

export interface Proposal {
  record: ExtractedIndicator;
  /** the name as the person edited it; the record keeps what extraction found */
  name: string;
  accepted: boolean;
}

export interface Proposed {
  source: string;
  proposals: Proposal[];
  /** totals followed by their parts, by position in `proposals` */
  breakdowns: Breakdown[];
}

/** Targets are proposed for keeping; figures already achieved only when the text holds no
 *  target at all (a work summary), since then they are what there is to collect. */
export function proposeIndicators(planText: string, options: { source?: string } = {}): Proposed {
  const source = options.source ?? "";
  const { result, breakdowns } = extractDetailed(planText, { source });
  const anyTarget = result.indicators.some((r) => r.kind === "target");
  const proposals = result.indicators.map((record) => ({ record, name: record.name, accepted: !anyTarget || record.kind === "target" }));
  return { source, proposals, breakdowns };
}

export type DraftResult =
  | { ok: true; input: IndicatorSetInput; set: IndicatorSet; accepted: number }
  | { ok: false; input: IndicatorSetInput; problems: SetProblem[]; accepted: number };

export function draftSet(proposed: Proposed, options: Omit<DraftSetOptions, "breakdowns"> = {}): DraftResult {
  // Breakdowns point at proposals by position: renumber them, and keep only those whose total
  // and every part were kept (a sum rule over a partial list would be wrong).
  const position = new Map<number, number>();
  proposed.proposals.forEach((p, i) => p.accepted && position.set(i, position.size));
  const indicators = proposed.proposals.filter((p) => p.accepted).map((p) => ({ ...p.record, name: p.name.trim() || p.record.name }));
  const breakdowns = proposed.breakdowns
    .filter((b) => position.has(b.total) && b.parts.every((x) => position.has(x)))
    .map((b) => ({ total: position.get(b.total)!, parts: b.parts.map((x) => position.get(x)!) }));
  const input = draftSetFromExtraction({ source: proposed.source, indicators }, { ...options, breakdowns });
  const loaded = loadIndicatorSet(input);
  return loaded.ok ? { ok: true, input, set: loaded.set, accepted: indicators.length } : { ok: false, input, problems: loaded.problems, accepted: indicators.length };
}
