import type { Bilingual } from "../i18n/messages";
import type { CellPlace } from "../template/entries";

/** Stable rule ids: tools, tests and people's notes refer to findings by these. */
export const RULE_IDS = {
  required: "value.required",
  notANumber: "value.not_a_number",
  notWhole: "value.not_whole",
  outOfBounds: "value.out_of_bounds",
  qualifier: "value.qualifier",
  doubt: "value.doubt",
  target: "target.missed",
  change: "target.change_missed",
  quota: "target.quota_missed",
  noBaseline: "target.no_baseline",
  outlier: "units.outlier",
  duplicate: "units.duplicate",
  missingUnit: "units.missing",
  fileUnreadable: "file.unreadable",
  notATemplate: "file.not_a_template",
  otherSet: "file.other_set",
  outdated: "file.outdated",
} as const;
/** A set rule's finding uses `rule.<rule id>`. */
export const setRuleId = (id: string) => `rule.${id}`;

export interface Finding extends Partial<CellPlace> {
  rule: string;
  severity: "error" | "warning";
  indicator?: string;
  unit?: string;
  year?: number;
  message: Bilingual;
  /** a warning the unit explained in its 说明 column: the reason, as written */
  explanation?: string;
  /** for sum and equality rules: left − right */
  imbalance?: number;
}

/** A workbook is ready to submit when it has no errors and every warning is explained. */
export function readyToSubmit(findings: readonly Finding[]): boolean {
  return findings.every((f) => f.severity === "warning" && f.explanation !== undefined);
}
