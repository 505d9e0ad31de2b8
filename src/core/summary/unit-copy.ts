// One unit's copy of its form, reduced as it is read to what the summary shows of it: each
// indicator's figure with its status and cell, and the findings the summary lists. The copy's
// entries and its other findings go with the workbook.
import type { IndicatorSet, Indicator } from "../set/schema";
import { unitTargets } from "../set/quotas";
import type { Entry, Submission } from "../template/entries";
import { RULE_IDS, type Finding } from "../validate/finding";
import { parseCellValue } from "../values";
import { methodOf } from "./aggregate";
import type { UnitStatus, UnitValue } from "./build";

/** A finding with its place in the order the files were read (the list keeps that order). */
export interface NumberedFinding {
  seq: number;
  finding: Finding;
}

export interface UnitCopy {
  file: string;
  unitId: string;
  /** per indicator, in the set's order; only for a unit that reports (not a parent, not a unit
   *  the set does not list), since only those have a column of figures */
  values?: UnitValue[];
  /** the open errors and explained warnings on this unit in this file */
  shown: NumberedFinding[];
}

/** What does not change from one copy to the next: the set and the year summed up. */
export interface CopyContext {
  set: IndicatorSet;
  year: number;
}

const TARGET_RULES: ReadonlySet<string> = new Set([RULE_IDS.target, RULE_IDS.change, RULE_IDS.noBaseline, RULE_IDS.quota]);

/** Each indicator's figure in one submission, judged with `findings` (the submission's own: same file and unit). */
export function unitValues(ctx: CopyContext, s: Submission, findings: readonly Finding[]): UnitValue[] {
  const { set, year } = ctx;
  const single = set.years.length === 1;
  // the value cell of each indicator for the year summed up: the first found counts
  const cells = new Map<string, Entry>();
  for (const e of s.entries) if (e.kind === "value" && (single || e.year === year) && !cells.has(e.indicatorId)) cells.set(e.indicatorId, e);
  const byIndicator = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!f.indicator) continue;
    const list = byIndicator.get(f.indicator);
    if (list) list.push(f);
    else byIndicator.set(f.indicator, [f]);
  }
  return set.indicators.map((ind): UnitValue => {
    const entry = cells.get(ind.id);
    const own = byIndicator.get(ind.id)?.filter((f) => f.year === undefined || single || f.year === year) ?? [];
    const value = entry ? usable(ind, entry, own) : null;
    const raw = entry && entry.raw !== null && typeof entry.raw !== "object" ? String(entry.raw) : undefined;
    const errors = own.filter((f) => f.severity === "error" && !TARGET_RULES.has(f.rule));
    const missed = own.filter((f) => TARGET_RULES.has(f.rule));
    let status: UnitStatus;
    if (errors.length > 0) status = "error";
    else if (value === null) status = "missing";
    else if (missed.length > 0) status = missed.every((f) => f.explanation !== undefined) ? "explained" : "missed";
    else status = unitTargets(set, ind, s.unitId, year).length > 0 && typeof value !== "string" ? "met" : "reported";
    const explanation = missed.find((f) => f.explanation !== undefined)?.explanation;
    return {
      unitId: s.unitId,
      value,
      ...(raw !== undefined ? { raw } : {}),
      status,
      ...(entry ? { source: { file: s.file, sheet: entry.sheet, cell: entry.cell } } : {}),
      ...(explanation !== undefined ? { explanation } : {}),
    };
  });
}

/** The unit's figure if it can be counted: parsed, and no error on the cell itself. */
function usable(ind: Indicator, entry: Entry, own: readonly Finding[]): number | boolean | string | null {
  if (own.some((f) => f.severity === "error" && f.cell === entry.cell && f.rule.startsWith("value."))) return null;
  const p = parseCellValue(entry.raw, { valueType: ind.valueType, unit: ind.unit, numberFormat: entry.numberFormat, choices: ind.choices });
  if (!p.ok || p.value === null) return null;
  // a ratio is summed up as people wrote it (1:1.2), not as the number it parses to
  if (ind.valueType === "ratio" && methodOf(ind) === "distribution") return typeof entry.raw === "string" ? entry.raw.trim() : String(p.value);
  return p.value;
}
