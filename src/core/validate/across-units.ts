// Checks that need every unit's submission at once: the same unit twice, a unit missing,
// and figures far from everyone else's (a robust test, so one wild value can't hide itself).
import { both } from "../i18n/messages";
import { isNumericType } from "../set/defaults";
import { plainNumber } from "../set/describe";
import type { IndicatorSet } from "../set/schema";
import { reportingUnits } from "../set/units";
import { parseCellValue } from "../values";
import type { Entry, Submission } from "../template/entries";
import { RULE_IDS, type Finding } from "./finding";

/** Fewer units than this and a median says too little to call anything an outlier. */
export const MIN_UNITS_FOR_OUTLIERS = 5;
/** Robust z-score above which a figure is flagged (Iglewicz and Hoaglin's 3.5). */
export const OUTLIER_Z = 3.5;

export function acrossUnits(set: IndicatorSet, submissions: readonly Submission[]): Finding[] {
  const out: Finding[] = [];
  const name = (unitId: string) => set.units.find((u) => u.id === unitId)?.name ?? unitId;

  const byUnit = new Map<string, Submission[]>();
  for (const s of submissions) {
    const list = byUnit.get(s.unitId);
    if (list) list.push(s);
    else byUnit.set(s.unitId, [s]);
  }
  for (const [unitId, list] of byUnit) {
    if (list.length < 2) continue;
    const files = list.map((s) => s.file).join(", ");
    for (const s of list) out.push({ rule: RULE_IDS.duplicate, severity: "error", unit: unitId, file: s.file, message: both((m) => m.validate.duplicate(name(unitId), files)) });
  }

  // Units that report: those no other unit rolls up into (a district with schools under it is a total).
  for (const u of reportingUnits(set)) {
    if (byUnit.has(u.id)) continue;
    out.push({ rule: RULE_IDS.missingUnit, severity: "warning", unit: u.id, message: both((m) => m.validate.missingUnit(u.name)) });
  }

  // one pass over every entry, grouped by indicator and year (not one pass per indicator)
  const numeric = new Map(set.indicators.filter((i) => isNumericType(i.valueType)).map((i) => [i.id, i]));
  const grouped = new Map<string, Map<number | undefined, { entry: Entry; unitId: string; value: number }[]>>();
  for (const s of submissions) {
    for (const e of s.entries) {
      if (e.kind !== "value") continue;
      const ind = numeric.get(e.indicatorId);
      if (!ind) continue;
      const p = parseCellValue(e.raw, { valueType: ind.valueType, unit: ind.unit, numberFormat: e.numberFormat });
      if (!p.ok || typeof p.value !== "number") continue;
      let byYear = grouped.get(ind.id);
      if (!byYear) grouped.set(ind.id, (byYear = new Map()));
      const point = { entry: e, unitId: s.unitId, value: p.value };
      const list = byYear.get(e.year);
      if (list) list.push(point);
      else byYear.set(e.year, [point]);
    }
  }
  for (const ind of numeric.values()) {
    const byYear = grouped.get(ind.id);
    if (!byYear) continue;
    for (const [year, points] of byYear) {
      if (points.length < MIN_UNITS_FOR_OUTLIERS) continue;
      const values = points.map((p) => p.value);
      const med = median(values);
      const mad = median(values.map((v) => Math.abs(v - med)));
      if (mad === 0) continue; // most units agree exactly; nothing robust to measure against
      for (const p of points) {
        if ((0.6745 * Math.abs(p.value - med)) / mad <= OUTLIER_Z) continue;
        out.push({
          rule: RULE_IDS.outlier,
          severity: "warning",
          indicator: ind.id,
          unit: p.unitId,
          file: p.entry.file,
          sheet: p.entry.sheet,
          cell: p.entry.cell,
          ...(year !== undefined ? { year } : {}),
          message: both((m) => m.validate.outlier(ind.name, `${plainNumber(p.value)}${ind.unit}`, `${plainNumber(med)}${ind.unit}`)),
        });
      }
    }
  }
  return out;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}
