import type { IndicatorSet, SetProblem } from "../../core/set";

/** The set opened in the 指标集 tab, shared by the jobs that need it. */
export type LoadedSet = { state: "none" } | { state: "ok"; set: IndicatorSet } | { state: "problems"; problems: SetProblem[] };
