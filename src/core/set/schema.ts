// The indicator-set format, v1: one JSON document describes a plan's indicators, the units
// that report them and the rules across them. Everything downstream reads this.
// Structure lives here (zod); cross-references (ids that must exist, years, rule expressions)
// are checked in semantics.ts, so every problem can be reported at once with its JSON path.
import { z } from "zod";

import { AGGREGATIONS, COMPARATORS, FORMAT, ID_PATTERN, MISSING_POLICIES, VALUE_TYPES } from "./constants";

export { AGGREGATIONS, COMPARATORS, FORMAT, ID_PATTERN, MISSING_POLICIES, VALUE_TYPES };

// A pattern (not a refinement) so the generated JSON Schema carries it for editors too;
// load.ts recognises this pattern's failures and words them itself.
const id = z.string().regex(ID_PATTERN);
const text = z.string().trim().min(1);
const year = z.number().int().min(1949).max(2100);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const valueType = z.enum(VALUE_TYPES);
export type ValueType = z.infer<typeof valueType>;

/** Which way is better: drives default target checks and year-over-year rules. */
export const better = z.enum(["higher", "lower", "target", "none"]);


// How the target is measured: against the absolute figure, or as a change on last year
// (`difference`: this − last, in the indicator's unit, i.e. percentage points for percents;
// `growth`: (this / last − 1) × 100, in %).
const basis = z.enum(["absolute", "difference", "growth"]);

const targetCommon = {
  /** omitted: the target holds for every reporting year */
  year: year.optional(),
  basis: basis.default("absolute"),
  /** the plan's words the target came from, e.g. 达到99%以上 */
  quote: z.string().optional(),
};

export const target = z.discriminatedUnion("comparator", [
  z.strictObject({ comparator: z.enum([">=", ">", "<=", "<"]), value: z.number(), ...targetCommon }),
  // `=` also carries yes/no targets (是否… = true) and implied zeros (不发生一起 → 0).
  z.strictObject({ comparator: z.literal("="), value: z.union([z.number(), z.boolean()]), ...targetCommon }),
  // 左右 / 约: met when within `tolerance` of the value (same unit); default comes from the type.
  z.strictObject({ comparator: z.literal("~"), value: z.number(), tolerance: z.number().nonnegative().optional(), ...targetCommon }),
  z.strictObject({ comparator: z.literal("between"), min: z.number(), max: z.number(), ...targetCommon }),
]);
export type Target = z.infer<typeof target>;

export const aggregation = z.strictObject({
  method: z.enum(AGGREGATIONS),
  /** for weighted_mean: the indicator whose value weighs each unit (e.g. enrolment) */
  weight: id.optional(),
  /** for ratio: the rate of a group is sum(numerator) / sum(denominator) (× 100 for a percent),
   *  e.g. public-school migrant children over all migrant children */
  numerator: id.optional(),
  denominator: id.optional(),
});

export const bounds = z.strictObject({
  min: z.number().optional(),
  max: z.number().optional(),
  integer: z.boolean().optional(),
});
export type Bounds = z.infer<typeof bounds>;

export const indicator = z.strictObject({
  id,
  name: text,
  /** id of the section the indicator sits under */
  section: id.optional(),
  description: z.string().optional(),
  /** measure as shown to people: %, 个, 所, 万元, 平方米, 人次 …; empty for yes/no and text */
  unit: z.string().default(""),
  valueType,
  /** for valueType choice: the allowed answers */
  choices: z.array(text).min(1).optional(),
  /** decimals shown in the template */
  decimals: z.number().int().min(0).max(6).optional(),
  better: better.optional(),
  /** hard validity bounds; omitted parts come from the value type (percent 0–100, count whole ≥ 0) */
  bounds: bounds.optional(),
  required: z.boolean().default(true),
  targets: z.array(target).default([]),
  /** how a missed target is reported: a warning by default, since a unit may explain it */
  targetSeverity: z.enum(["error", "warning"]).optional(),
  /** 牵头科室 */
  owner: z.string().optional(),
  deadline: isoDate.optional(),
  aggregate: aggregation.optional(),
  source: z
    .strictObject({
      quote: z.string(),
      line: z.number().int().positive().optional(),
    })
    .optional(),
});
export type Indicator = z.infer<typeof indicator>;

export interface Section {
  id: string;
  title: string;
  children?: Section[];
}
export const section: z.ZodType<Section> = z.lazy(() =>
  z.strictObject({
    id,
    title: text,
    children: z.array(section).optional(),
  }),
);

export const reportingUnit = z.strictObject({
  id,
  name: text,
  /** roll-up: a school's parent district */
  parent: id.optional(),
  kind: z.enum(["bureau", "district", "school", "other"]).optional(),
});
export type ReportingUnit = z.infer<typeof reportingUnit>;


export const rule = z.strictObject({
  id,
  /** an expression in the rule language, e.g. `sum(new_kg_places, new_primary_places) = new_places` */
  check: text,
  severity: z.enum(["error", "warning"]).default("error"),
  message: z.strictObject({ "zh-CN": text, "en-US": z.string().optional() }),
  missing: z.enum(MISSING_POLICIES).default("skip_if_any"),
  /** absolute tolerance for `=` comparisons, in the compared unit (rounding of rates) */
  tolerance: z.number().nonnegative().optional(),
});
export type Rule = z.infer<typeof rule>;

/** 任务分解: a unit's own share of an indicator's target (the bureau's 30000人次 split into each
 *  school's quota). The unit's form shows and checks its quota instead of the bureau's total. */
export const quota = z.strictObject({
  indicator: id,
  unit: id,
  /** omitted: every reporting year */
  year: year.optional(),
  value: z.number(),
});
export type Quota = z.infer<typeof quota>;

export const indicatorSet = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORMAT),
  id,
  title: text,
  version: text,
  source: z
    .strictObject({
      title: z.string().optional(),
      issuer: z.string().optional(),
      url: z.string().optional(),
      file: z.string().optional(),
      published: isoDate.optional(),
    })
    .optional(),
  years: z.array(year).min(1),
  contact: z.strictObject({ name: z.string().optional(), phone: z.string().optional(), email: z.string().optional() }).optional(),
  units: z.array(reportingUnit).default([]),
  sections: z.array(section).default([]),
  indicators: z.array(indicator).min(1),
  rules: z.array(rule).default([]),
  quotas: z.array(quota).default([]),
});
export type IndicatorSet = z.infer<typeof indicatorSet>;
/** What a set file may omit (defaults filled in when loaded). */
export type IndicatorSetInput = z.input<typeof indicatorSet>;
