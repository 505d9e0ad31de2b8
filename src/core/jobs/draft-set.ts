// Job: from a plan's text to an indicator set. Two steps, since a person decides in between:
// `proposeIndicators` finds the figures and proposes which to keep; `draftSet` turns the kept,
// renamed proposals and the units into a set and loads it, problems and all.
import { extractDetailed } from "../extract/extract";
import { draftSetFromExtraction, type DraftSetOptions } from "../extract/to-set";
import type { Breakdown, ExtractedIndicator } from "../extract/types";
import { loadIndicatorSet } from "../set/load";
import type { SetProblem } from "../set/problem";
import type { IndicatorSet, IndicatorSetInput } from "../set/schema";

/** Why a proposal deserves a second look before it goes into the set. */
export type Doubt = "achieved" | "short-name" | "long-name" | "duplicate";

export interface Proposal {
  record: ExtractedIndicator;
  /** the name as the person edited it; the record keeps what extraction found */
  name: string;
  accepted: boolean;
  /** reasons to look again; a doubtful proposal starts unticked */
  doubts: Doubt[];
  /** for a likely duplicate: the position of the proposal it repeats */
  duplicateOf?: number;
}

export interface Proposed {
  source: string;
  proposals: Proposal[];
  /** totals followed by their parts, by position in `proposals` */
  breakdowns: Breakdown[];
}

/** Targets are proposed for keeping; figures already achieved only when the text holds no
 *  target at all (a work summary), since then they are what there is to collect. A proposal
 *  with a doubt (a name too short or too long to be a row label, the same figure twice) starts
 *  unticked, so a person decides. */
export function proposeIndicators(planText: string, options: { source?: string; untickDoubtful?: boolean } = {}): Proposed {
  const source = options.source ?? "";
  const { result, breakdowns } = extractDetailed(planText, { source });
  const anyTarget = result.indicators.some((r) => r.kind === "target");
  const seen = new Map<string, number>();
  const proposals = result.indicators.map((record, i): Proposal => {
    const doubts: Doubt[] = [];
    if (anyTarget && record.kind === "actual") doubts.push("achieved");
    const length = [...record.name].length;
    if (length < 3) doubts.push("short-name");
    if (length > 20) doubts.push("long-name");
    // the same name, measure and year twice: one figure quoted in two places, or a name that lost its subject
    const key = `${record.name}|${record.unit}|${record.year ?? ""}|${record.kind}`;
    const first = seen.get(key);
    if (first === undefined) seen.set(key, i);
    else doubts.push("duplicate");
    // with a person to decide (the pane), doubtful ones start unticked; a draft written without
    // one (the CLI) leaves out only achieved figures, and the person reads the file
    const accepted = (!anyTarget || record.kind === "target") && (!options.untickDoubtful || doubts.length === 0);
    return { record, name: record.name, accepted, doubts, ...(first !== undefined ? { duplicateOf: first } : {}) };
  });
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
