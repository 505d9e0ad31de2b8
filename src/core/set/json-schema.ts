import { z } from "zod";
import { FORMAT, indicatorSet } from "./schema";

/** The set format as JSON Schema (draft 2020-12), as accepted on input: defaults may be omitted. */
export function indicatorSetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(indicatorSet, { io: "input", target: "draft-2020-12" }) as Record<string, unknown>;
  return {
    ...schema,
    $id: "https://indicator-tables.invalid/schema/indicator-set.schema.json",
    title: `Indicator set (${FORMAT})`,
    description: "指标集：一份工作要点的量化指标、填报单位和跨指标规则 / An indicator set: a plan's quantitative indicators, reporting units and cross-indicator rules. See docs/indicator-set-format.md.",
  };
}
