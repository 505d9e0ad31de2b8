// The summary of a round of returned workbooks, as data: per indicator its total by the right
// method, each unit's figure with its status and its cell, subtotals up the unit tree, and
// everything that is missing, doubled or unusable. Layouts and front ends only show this.
// The summary job builds it file by file (collect.ts); buildSummary does the same from a check
// already made.
import type { Bilingual } from "../i18n/messages";
import type { CheckResult, CheckedWorkbook } from "../jobs/check-workbooks";
import type { Indicator, IndicatorSet, ReportingUnit, Target } from "../set/schema";
import type { Finding } from "../validate/finding";
import type { Aggregate } from "./aggregate";
import { SummaryCollector } from "./collect";

export { descendants } from "./indicator";

/** 达标 / 未达标 / 未达标·已说明 / 有错误 / 未填报; `reported` when no target binds the unit. */
export type UnitStatus = "met" | "missed" | "explained" | "error" | "missing" | "reported";
export type TotalStatus = "met" | "missed" | "no-target" | "unknown";

export interface Place {
  file: string;
  sheet: string;
  cell: string;
}

export interface UnitValue {
  unitId: string;
  /** the figure that counts: null when blank, unusable or not returned */
  value: number | boolean | string | null;
  /** what the cell held, for the record when it could not be used */
  raw?: string;
  status: UnitStatus;
  source?: Place;
  /** the reason the unit gave for a missed target */
  explanation?: string;
}

export interface Subtotal extends Aggregate {
  unitId: string;
}

export interface IndicatorSummary {
  indicator: Indicator;
  /** the figure for every reporting unit, in the set's order */
  units: UnitValue[];
  /** all reporting units together */
  all: Aggregate;
  /** one per unit others roll up into, by the same method */
  subtotals: Subtotal[];
  /** the bureau's target for this year, and whether the total meets it */
  target?: Target;
  status: TotalStatus;
  /** units that met a target binding them / units that returned a figure */
  met: number;
  returned: number;
  /** the total of the previous period, when one was given */
  previous?: number | null;
}

export interface Duplicate {
  unitId: string;
  files: string[];
  used: string;
  why: Bilingual;
}

export interface Summary {
  set: IndicatorSet;
  year: number;
  indicators: IndicatorSummary[];
  /** reporting units in the set's order, and the units above them */
  units: ReportingUnit[];
  parents: ReportingUnit[];
  returned: string[];
  missing: string[];
  duplicates: Duplicate[];
  /** units found in the files that the set does not list */
  unknownUnits: { unitId: string; file: string }[];
  /** every workbook with its outcome, the unusable ones with why */
  workbooks: SummaryWorkbook[];
  /** open errors and explained warnings of the copies that count, in reading order */
  findings: Finding[];
}

/** A workbook's outcome: used or not and why, and its units. Not its findings (the summary
 *  lists those of the copies that count; `validate`'s 校验报告 has all of them) nor what the
 *  template said of itself (`info`: its strings may be slices of the file's whole XML part,
 *  tens of KB held per file for nothing the summary shows). */
export type SummaryWorkbook = Omit<CheckedWorkbook, "findings" | "info">;

export interface SummaryOptions {
  /** the year to sum up; default the set's last */
  year?: number;
  /** when a file was last saved, by file name: the newer of two for one unit wins */
  modified?: ReadonlyMap<string, number>;
  /** last period's totals by indicator id */
  previous?: ReadonlyMap<string, number | null>;
}

/** The summary of a check already made (every workbook, its findings and its forms). */
export function buildSummary(set: IndicatorSet, checked: CheckResult, options: SummaryOptions = {}): Summary {
  const collector = new SummaryCollector(set, options);
  const status = new Map(checked.workbooks.map((w) => [w.name, w.status]));
  for (const w of checked.workbooks) collector.addOutcome(w);
  // all findings at once, in their order: those across units too (the doubles among them are
  // listed as doubles, the rest are warnings the summary does not list)
  collector.addSubmissions(checked.submissions, checked.findings, (s) => status.get(s.file) === "checked");
  return collector.finish();
}
