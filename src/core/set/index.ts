export * from "./schema";
export * from "./defaults";
export * from "./problem";
export { loadIndicatorSet, parseIndicatorSetJson, type LoadResult } from "./load";
