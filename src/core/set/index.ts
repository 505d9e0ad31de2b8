export * from "./schema";
export * from "./defaults";
export * from "./problem";
export { loadIndicatorSet, parseIndicatorSetJson, type LoadResult } from "./load";
export { describeTarget, describeTargets, describeBounds, plainNumber } from "./describe";
export { sectionTitles } from "./sections";
export { targetMet, targetsFor, measured, bindsEachUnit, additive } from "./target-met";
export { reportingUnits, reportingUnitsInTreeOrder, parentIds } from "./units";
