import type { IndicatorSet, SetProblem } from "../../core/set";

/** The set opened in the 指标集 tab, shared by the jobs that need it. A set with problems keeps
 *  the document it came from, so problems can name the indicator they are about. */
export type LoadedSet = { state: "none" } | { state: "ok"; set: IndicatorSet } | { state: "problems"; problems: SetProblem[]; doc?: unknown; file?: string };
