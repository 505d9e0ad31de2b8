// An edit to the set goes through the same loader as the CLI: a set that loads replaces the
// open one; one that does not stays as a draft with its problems, shown beside the fields.
import { useState } from "react";
import type { SetProblem } from "../../core/set/problem";
import type { IndicatorSet } from "../../core/set/schema";

export interface SetDraft {
  /** the set as edited so far: the draft while it has problems, else the open set */
  current: IndicatorSet;
  draft: { doc: IndicatorSet; problems: SetProblem[] } | null;
  apply(doc: IndicatorSet): Promise<void>;
}

export function useSetDraft(set: IndicatorSet, onChange: (set: IndicatorSet) => void): SetDraft {
  const [draft, setDraft] = useState<SetDraft["draft"]>(null);
  const apply = async (doc: IndicatorSet) => {
    // the set's loader (and its schema library) loads with the first edit, not with the pane
    const { loadIndicatorSet } = await import("../../core/set/load");
    const r = loadIndicatorSet(doc);
    if (r.ok) {
      setDraft(null);
      onChange(r.set);
    } else setDraft({ doc, problems: r.problems });
  };
  return { current: draft?.doc ?? set, draft, apply };
}
