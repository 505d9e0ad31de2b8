// The summary of a round of returned workbooks, as data: per indicator its total by the right
// method, each unit's figure with its status and its cell, subtotals up the unit tree, and
// everything that is missing, doubled or unusable. Layouts and front ends only show this.
import type { Bilingual } from "../i18n/messages";
import { both } from "../i18n/messages";
import type { CheckResult, CheckedWorkbook } from "../jobs/check-workbooks";
import { targetMet, targetsFor } from "../set/target-met";
import { unitTargets } from "../set/quotas";
import type { Indicator, IndicatorSet, ReportingUnit, Target } from "../set/schema";
import { reportingUnitsInTreeOrder } from "../set/units";
import type { Entry, Submission } from "../template/entries";
import { RULE_IDS, type Finding } from "../validate/finding";
import { parseCellValue } from "../values";
import { aggregate, methodOf, type Aggregate, type UnitFigures } from "./aggregate";

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
  workbooks: CheckedWorkbook[];
  /** open errors and explained warnings, per unit */
  findings: Finding[];
}

export interface SummaryOptions {
  /** the year to sum up; default the set's last */
  year?: number;
  /** when a file was last saved, by file name: the newer of two for one unit wins */
  modified?: ReadonlyMap<string, number>;
  /** last period's totals by indicator id */
  previous?: ReadonlyMap<string, number | null>;
}

export function buildSummary(set: IndicatorSet, checked: CheckResult, options: SummaryOptions = {}): Summary {
  const year = options.year ?? set.years[set.years.length - 1]!;
  const units = reportingUnitsInTreeOrder(set);
  const known = new Set(set.units.map((u) => u.id));
  const byFile = new Map(checked.workbooks.map((w) => [w.name, w]));

  const { chosen, duplicates } = chooseSubmissions(checked.submissions, byFile, options.modified);
  const unknownUnits = [...chosen.values()].filter((s) => !known.has(s.unitId)).map((s) => ({ unitId: s.unitId, file: s.file }));
  const findingsOf = groupFindings(checked.findings);

  // each unit's value cells by indicator, for the year summed up: found once, not per lookup
  const single = set.years.length === 1;
  const cells = new Map<string, Map<string, Entry>>();
  for (const [unitId, s] of chosen) {
    const own = new Map<string, Entry>();
    for (const e of s.entries) if (e.kind === "value" && (single || e.year === year) && !own.has(e.indicatorId)) own.set(e.indicatorId, e);
    cells.set(unitId, own);
  }
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  const ctx: Context = { set, year, units, chosen, cells, findingsOf, byId };
  const indicators = set.indicators.map((ind) => summarizeIndicator(ctx, ind));
  if (options.previous) for (const s of indicators) if (options.previous.has(s.indicator.id)) s.previous = options.previous.get(s.indicator.id) ?? null;

  const returned = units.filter((u) => chosen.has(u.id)).map((u) => u.id);
  return {
    set,
    year,
    indicators,
    units,
    parents: set.units.filter((u) => !units.includes(u)),
    returned,
    missing: units.filter((u) => !chosen.has(u.id)).map((u) => u.id),
    duplicates,
    unknownUnits,
    workbooks: checked.workbooks,
    // what still needs a unit's attention, from the copy that counts; doubles and unusable
    // files are listed on their own
    findings: checked.findings.filter(
      (f) =>
        (f.severity === "error" || f.explanation !== undefined) &&
        f.rule !== RULE_IDS.duplicate &&
        !f.rule.startsWith("file.") &&
        !(f.unit !== undefined && f.file !== undefined && chosen.has(f.unit) && chosen.get(f.unit)!.file !== f.file),
    ),
  };
}

/** One submission per unit. Of two for one unit: the one made from the current version of the
 *  set, then the one saved last, then the one read last; the others are listed, not summed. */
function chooseSubmissions(submissions: readonly Submission[], byFile: Map<string, CheckedWorkbook>, modified?: ReadonlyMap<string, number>) {
  const byUnit = new Map<string, Submission[]>();
  for (const s of submissions) {
    const list = byUnit.get(s.unitId);
    if (list) list.push(s);
    else byUnit.set(s.unitId, [s]);
  }
  const chosen = new Map<string, Submission>();
  const duplicates: Duplicate[] = [];
  for (const [unitId, list] of byUnit) {
    if (list.length === 1) {
      chosen.set(unitId, list[0]!);
      continue;
    }
    const current = (s: Submission) => byFile.get(s.file)?.status === "checked";
    const time = (s: Submission) => modified?.get(s.file);
    let why: Bilingual;
    let used: Submission;
    const currents = list.filter(current);
    if (currents.length === 1) {
      used = currents[0]!;
      why = both((m) => m.summary.winsCurrent);
    } else {
      const pool = currents.length > 0 ? currents : list;
      const timed = pool.filter((s) => time(s) !== undefined);
      const newest = timed.length === pool.length ? [...timed].sort((a, b) => time(a)! - time(b)!).at(-1)! : undefined;
      const tie = newest && timed.filter((s) => time(s) === time(newest)).length > 1;
      if (newest && !tie) {
        used = newest;
        why = both((m) => m.summary.winsNewer);
      } else {
        used = pool[pool.length - 1]!;
        why = both((m) => m.summary.winsLast);
      }
    }
    chosen.set(unitId, used);
    duplicates.push({ unitId, files: list.map((s) => s.file), used: used.file, why });
  }
  return { chosen, duplicates };
}

type FindingsByCell = Map<string, Finding[]>;
const findingKey = (file: string | undefined, unit: string | undefined, indicator: string | undefined) => `${file}\u0000${unit}\u0000${indicator}`;

function groupFindings(findings: readonly Finding[]): FindingsByCell {
  const out: FindingsByCell = new Map();
  for (const f of findings) {
    if (!f.indicator || !f.unit) continue;
    const k = findingKey(f.file, f.unit, f.indicator);
    const list = out.get(k);
    if (list) list.push(f);
    else out.set(k, [f]);
  }
  return out;
}

const TARGET_RULES: ReadonlySet<string> = new Set([RULE_IDS.target, RULE_IDS.change, RULE_IDS.noBaseline, RULE_IDS.quota]);

interface Context {
  set: IndicatorSet;
  year: number;
  units: readonly ReportingUnit[];
  chosen: ReadonlyMap<string, Submission>;
  cells: ReadonlyMap<string, ReadonlyMap<string, Entry>>;
  findingsOf: FindingsByCell;
  byId: ReadonlyMap<string, Indicator>;
}

function summarizeIndicator(ctx: Context, ind: Indicator): IndicatorSummary {
  const { set, year, units, chosen, findingsOf, byId } = ctx;
  const single = set.years.length === 1;
  const agg = ind.aggregate;
  const targets = targetsFor(ind, year);

  const values: UnitValue[] = [];
  const figures = new Map<string, UnitFigures>();
  for (const unit of units) {
    const s = chosen.get(unit.id);
    if (!s) {
      values.push({ unitId: unit.id, value: null, status: "missing" });
      continue;
    }
    const entry = ctx.cells.get(unit.id)?.get(ind.id);
    const own = findingsOf.get(findingKey(s.file, unit.id, ind.id))?.filter((f) => f.year === undefined || single || f.year === year) ?? [];
    const value = entry ? usable(ind, entry, own) : null;
    const raw = entry && entry.raw !== null && typeof entry.raw !== "object" ? String(entry.raw) : undefined;
    const errors = own.filter((f) => f.severity === "error" && !TARGET_RULES.has(f.rule));
    const missed = own.filter((f) => TARGET_RULES.has(f.rule));
    let status: UnitStatus;
    if (errors.length > 0) status = "error";
    else if (value === null) status = "missing";
    else if (missed.length > 0) status = missed.every((f) => f.explanation !== undefined) ? "explained" : "missed";
    else status = unitTargets(set, ind, unit.id, year).length > 0 && typeof value !== "string" ? "met" : "reported";
    const explanation = missed.find((f) => f.explanation !== undefined)?.explanation;
    values.push({
      unitId: unit.id,
      value,
      ...(raw !== undefined ? { raw } : {}),
      status,
      ...(entry ? { source: { file: s.file, sheet: entry.sheet, cell: entry.cell } } : {}),
      ...(explanation !== undefined ? { explanation } : {}),
    });
    const related = (id: string | undefined) => {
      if (!id) return null;
      const other = byId.get(id);
      const e = ctx.cells.get(unit.id)?.get(id);
      if (!other || !e) return null;
      const v = usable(other, e, findingsOf.get(findingKey(s.file, unit.id, id)) ?? []);
      return typeof v === "number" ? v : null;
    };
    figures.set(unit.id, {
      value,
      ...(agg?.method === "ratio" ? { numerator: related(agg.numerator), denominator: related(agg.denominator) } : {}),
      ...(agg?.method === "weighted_mean" ? { weight: related(agg.weight) } : {}),
    });
  }

  const all = aggregate(ind, units.map((u) => figures.get(u.id) ?? { value: null }));
  const subtotals = parentsOf(ctx).map(({ parent, under }) => ({ unitId: parent.id, ...aggregate(ind, under.map((u) => figures.get(u.id) ?? { value: null })) }));
  const target = targets.find((t) => t.basis === "absolute");
  const returnedValues = values.filter((v) => v.value !== null);
  return {
    indicator: ind,
    units: values,
    all,
    subtotals,
    ...(target ? { target } : {}),
    status: totalStatus(ind, target, all, returnedValues.length),
    met: values.filter((v) => v.status === "met").length,
    returned: returnedValues.length,
  };
}

// The units under each parent, worked out once per summary.
const parentRuns = new WeakMap<Context, { parent: ReportingUnit; under: ReportingUnit[] }[]>();
function parentsOf(ctx: Context): { parent: ReportingUnit; under: ReportingUnit[] }[] {
  let runs = parentRuns.get(ctx);
  if (!runs) {
    const reporting = new Set(ctx.units);
    runs = ctx.set.units.filter((p) => !reporting.has(p)).map((parent) => ({ parent, under: descendants(ctx.set, parent.id, ctx.units) }));
    parentRuns.set(ctx, runs);
  }
  return runs;
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

function totalStatus(ind: Indicator, target: Target | undefined, all: Aggregate, returned: number): TotalStatus {
  if (!target) return "no-target";
  if (returned === 0) return "unknown";
  // yes/no: met when every unit that answered gave the answer the target asks for
  if (all.yes) {
    if (all.yes.answered === 0) return "unknown";
    const wanted = target.comparator === "=" && target.value === false ? 0 : all.yes.answered;
    return all.yes.yes === wanted ? "met" : "missed";
  }
  if (all.total === null) return "unknown";
  return targetMet(target, all.total, ind) ? "met" : "missed";
}

/** The reporting units under `parentId`, at any depth. */
export function descendants(set: Pick<IndicatorSet, "units">, parentId: string, reporting: readonly ReportingUnit[]): ReportingUnit[] {
  const parentOf = new Map(set.units.map((u) => [u.id, u.parent]));
  return reporting.filter((u) => {
    const seen = new Set<string>();
    for (let p = parentOf.get(u.id); p !== undefined && !seen.has(p); p = parentOf.get(p)) {
      if (p === parentId) return true;
      seen.add(p);
    }
    return false;
  });
}
