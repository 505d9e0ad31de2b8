// A clean submission for the built-in example set, and a way to change one cell of it.
// Clean means: every value within bounds, every target met, every rule holding.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadIndicatorSet, type IndicatorSet } from "../../../src/core/set";
import type { Entry, Submission } from "../../../src/core/validate";
import type { ReadValue } from "../../../src/core/workbook/workbook";

export function exampleSet(): IndicatorSet {
  const r = loadIndicatorSet(JSON.parse(readFileSync(join(__dirname, "../../../examples/district-balanced-development.set.json"), "utf8")));
  if (!r.ok) throw new Error("example set does not load");
  return r.set;
}

export const CLEAN: Record<string, ReadValue> = {
  standardized_school_rate: 85,
  preschool_net_enrolment: 99.5,
  preschool_age_children: 1200,
  compulsory_enrolment: 100,
  compulsory_retention: 99.5,
  junior_to_senior_rate: 98,
  vocational_general_ratio: "1:1",
  college_admission_rate: 85.5,
  disabled_children_enrolment: 99,
  migrant_children_public_rate: 75,
  migrant_children_total: 2000,
  migrant_children_public: 1500,
  training_person_times: 31000,
  training_cadre_teacher: 12000,
  training_community: 10000,
  training_vocational: 9000,
  training_rate: 60,
  community_education_rate: 100,
  kg_teacher_higher_degree_rate: 50,
  primary_teacher_higher_degree_rate: 90,
  junior_teacher_higher_degree_rate: 90,
  senior_master_teacher_rate: 3,
  dual_qualified_teacher_rate: 85,
  senior_teachers_total: 400,
  senior_master_teachers: 12,
  safety_accidents: 0,
  new_practice_bases: 1,
  key_projects_done: 8,
  daily_exercise_hours: 1.5,
  sunshine_sports_school: "是",
  progress_note: "按计划推进",
};
export const CLEAN_BASELINE: Record<string, ReadValue> = { standardized_school_rate: 83 };

/** Value cells in column E from row 3, 上年值 in F, 说明 in G: one row per indicator. */
export function submission(
  set: IndicatorSet,
  unitId: string,
  edits: { values?: Record<string, ReadValue>; baseline?: Record<string, ReadValue>; notes?: Record<string, string> } = {},
  file = `${unitId}.xlsx`,
): Submission {
  const entries: Entry[] = [];
  set.indicators.forEach((ind, i) => {
    const row = i + 3;
    const place = { file, sheet: "填报表", indicatorId: ind.id, unitId };
    const value = ind.id in (edits.values ?? {}) ? edits.values![ind.id]! : (CLEAN[ind.id] ?? null);
    entries.push({ ...place, cell: `E${row}`, kind: "value", raw: value, numberFormat: "General" });
    if (ind.id in CLEAN_BASELINE || ind.id in (edits.baseline ?? {})) {
      const base = ind.id in (edits.baseline ?? {}) ? edits.baseline![ind.id]! : CLEAN_BASELINE[ind.id]!;
      entries.push({ ...place, cell: `F${row}`, kind: "baseline", raw: base });
    }
    entries.push({ ...place, cell: `G${row}`, kind: "note", raw: edits.notes?.[ind.id] ?? null });
  });
  return { file, unitId, entries };
}

export function rowOf(set: IndicatorSet, id: string): number {
  return set.indicators.findIndex((i) => i.id === id) + 3;
}
