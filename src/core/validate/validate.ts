// The validation engine: what units entered, checked against the indicator set. It reads a
// flat list of entries (never the workbook itself) and returns findings, each with its rule
// id, severity and cell. It changes nothing: marking cells is the caller's business.
import { both, type Bilingual, type Locale, type Messages } from "../i18n/messages";
import { references, type Expr } from "../rules/ast";
import { evaluateRule, type RuleInputs } from "../rules/evaluate";
import { parseRule } from "../rules/parse";
import { describeTarget, plainNumber } from "../set/describe";
import { effectiveBounds, type EffectiveBounds } from "../set/defaults";
import type { Indicator, IndicatorSet, Rule, Target } from "../set/schema";
import { bindsEachUnit, measured, targetMet, targetsFor } from "../set/target-met";
import { unitTargets, type UnitTarget } from "../set/quotas";
import { parseCellValue } from "../values";
import type { Entry, Submission } from "../template/entries";
import { RULE_IDS, setRuleId, type Finding } from "./finding";

type Figure = number | boolean | string;

/** A value cell and its figure (null when blank or unusable). */
interface Cell {
  entry: Entry;
  plan: IndicatorPlan;
  value: Figure | null;
  /** its place in CellTable.order */
  at: number;
}

/** Parsed figures of one submission, by indicator and year. */
interface Figures {
  cells: CellTable;
  baseline: Map<string, number | null>;
  notes: Map<string, string>;
}

const key = (id: string, year: number | undefined) => `${id}\u0000${year ?? ""}`;

/** Value cells by indicator and year, in the order first seen: a Map's behaviour (a later cell
 *  for the same indicator and year replaces the earlier one in its place), but kept in arrays
 *  indexed by the set's indicator and year, which costs a fraction of a string-keyed Map. */
class CellTable {
  readonly order: Cell[] = [];
  private readonly slots: (Cell | undefined)[];
  /** cells for years the set does not have */
  private other: Map<string, Cell> | undefined;

  constructor(private readonly plan: SetPlan) {
    this.slots = new Array(plan.byId.size * plan.yearSlots);
  }

  private slot(p: IndicatorPlan, year: number | undefined): number {
    const y = year === undefined ? 0 : this.plan.yearSlot.get(year);
    return y === undefined ? -1 : p.index * this.plan.yearSlots + y;
  }

  set(cell: Cell): void {
    const i = this.slot(cell.plan, cell.entry.year);
    const k = i < 0 ? key(cell.plan.ind.id, cell.entry.year) : "";
    const before = i < 0 ? this.other?.get(k) : this.slots[i];
    cell.at = before ? before.at : this.order.length;
    this.order[cell.at] = cell;
    if (i >= 0) this.slots[i] = cell;
    else (this.other ??= new Map()).set(k, cell);
  }

  get(id: string, year: number | undefined): Cell | undefined {
    const p = this.plan.byId.get(id);
    if (!p) return undefined;
    const i = this.slot(p, year);
    return i < 0 ? this.other?.get(key(id, year)) : this.slots[i];
  }
}

type Place = Omit<Finding, "rule" | "severity" | "message">;
type Problem = Omit<Finding, keyof Place>;

/** What checking needs of one indicator, worked out once per set. */
interface IndicatorPlan {
  ind: Indicator;
  /** its position among the set's indicators */
  index: number;
  bounds: EffectiveBounds;
  /** the set has quotas for it: its targets depend on the unit */
  quotas: boolean;
  /** targets binding every unit, by year (filled on first use) */
  eachUnit: Map<number | undefined, Target[]>;
  /** the set's targets in words, for the findings of those missed (filled on first use) */
  words: Map<Target, Bilingual>;
}

interface RulePlan {
  rule: Rule;
  expr: Expr;
  /** names a year itself (`rate@2020`): checked once, not once per year */
  pinned: boolean;
  blamed: string | undefined;
}

/** A set prepared for checking many submissions: lookups, bounds and parsed rules. */
interface SetPlan {
  source: Pick<IndicatorSet, "indicators" | "rules" | "quotas" | "years">;
  byId: Map<string, IndicatorPlan>;
  rules: RulePlan[];
  /** a cell's year → its column among an indicator's slots (0: no year) */
  yearSlot: Map<number, number>;
  yearSlots: number;
}

// Prepared once per set, not once per submission; rebuilt if its lists were replaced.
const plans = new WeakMap<IndicatorSet, SetPlan>();
function planOf(set: IndicatorSet): SetPlan {
  const cached = plans.get(set);
  const s = cached?.source;
  if (cached && s!.indicators === set.indicators && s!.rules === set.rules && s!.quotas === set.quotas && s!.years === set.years) return cached;
  const quotaIds = new Set(set.quotas.map((q) => q.indicator));
  const byId = new Map<string, IndicatorPlan>();
  // (a repeated id keeps its last indicator, as a Map built from the list would)
  for (const ind of set.indicators) byId.set(ind.id, { ind, index: 0, bounds: effectiveBounds(ind), quotas: quotaIds.has(ind.id), eachUnit: new Map(), words: new Map() });
  [...byId.values()].forEach((p, i) => (p.index = i));
  const yearSlot = new Map(set.years.map((y, i) => [y, i + 1]));
  const rules: RulePlan[] = [];
  for (const rule of set.rules) {
    const p = parseRule(rule.check);
    if (!p.ok) continue; // a set that loaded has only rules that parse
    rules.push({ rule, expr: p.expr, pinned: references(p.expr).some((r) => r.year !== undefined), blamed: blamedId(p.expr) });
  }
  const plan: SetPlan = { source: { indicators: set.indicators, rules: set.rules, quotas: set.quotas, years: set.years }, byId, rules, yearSlot, yearSlots: set.years.length + 1 };
  plans.set(set, plan);
  return plan;
}

/** The unit's own targets for a year: as unitTargets, without redoing the filtering per cell. */
function targetsOf(set: IndicatorSet, plan: IndicatorPlan, unitId: string, year: number | undefined): UnitTarget[] | Target[] {
  if (plan.quotas) return unitTargets(set, plan.ind, unitId, year);
  let list = plan.eachUnit.get(year);
  if (!list) plan.eachUnit.set(year, (list = targetsFor(plan.ind, year).filter((t) => bindsEachUnit(t, plan.ind))));
  return list;
}

function described(plan: IndicatorPlan, t: Target): Bilingual {
  let words = plan.words.get(t);
  if (!words) plan.words.set(t, (words = { "zh-CN": describeTarget(t, plan.ind, "zh-CN"), "en-US": describeTarget(t, plan.ind, "en-US") }));
  return words;
}

function placeOf(entry: Entry, unitId: string): Place {
  return {
    file: entry.file,
    sheet: entry.sheet,
    cell: entry.cell,
    indicator: entry.indicatorId,
    unit: unitId,
    ...(entry.year !== undefined ? { year: entry.year } : {}),
  };
}

export function validateSubmission(set: IndicatorSet, submission: Submission): Finding[] {
  const findings: Finding[] = [];
  const plan = planOf(set);
  const figures: Figures = { cells: new CellTable(plan), baseline: new Map(), notes: new Map() };
  // Findings are made only for checks that fail: a clean cell costs a parse and a few comparisons.
  const add = (entry: Entry, problem: Problem) => findings.push({ ...problem, ...placeOf(entry, submission.unitId) });

  for (const entry of submission.entries) {
    const p = plan.byId.get(entry.indicatorId);
    if (!p) continue; // a cell of an indicator this set no longer has: the upgrade keeps it aside
    const ind = p.ind;
    if (entry.kind === "note") {
      const text = typeof entry.raw === "string" ? entry.raw.trim() : entry.raw === null || typeof entry.raw === "object" ? "" : String(entry.raw);
      if (text) figures.notes.set(ind.id, text);
      continue;
    }
    const cell: Cell | undefined = entry.kind === "value" ? { entry, plan: p, value: null, at: 0 } : undefined;
    if (cell) figures.cells.set(cell);
    const parsed = parseCellValue(entry.raw, { valueType: ind.valueType, unit: ind.unit, numberFormat: entry.numberFormat, choices: ind.choices });

    if (!parsed.ok) {
      add(entry, { rule: RULE_IDS.notANumber, severity: "error", message: parsed.message });
      continue;
    }
    if (parsed.value === null) {
      if (cell) {
        if (ind.required) {
          const marker = parsed.empty.marker;
          add(entry, { rule: RULE_IDS.required, severity: "error", message: both((m, l) => requiredMessage(m, l, ind, marker)) });
        }
      } else figures.baseline.set(key(ind.id, entry.year), null);
      continue;
    }
    const value = parsed.value;
    if (parsed.qualifier) add(entry, { rule: RULE_IDS.qualifier, severity: "warning", message: both((m) => m.validate.qualifier(ind.name, String(entry.raw))) });
    if (parsed.doubt) add(entry, { rule: RULE_IDS.doubt, severity: "warning", message: parsed.doubt.message });
    // A figure that is wrong as data is not also judged against targets and rules: one fix, one finding.
    if (typeof value === "number" && outOfBounds(p.bounds, value)) {
      for (const problem of boundsFindings(ind, p.bounds, value)) add(entry, problem);
      if (!cell) figures.baseline.set(key(ind.id, entry.year), null);
      continue;
    }
    if (cell) cell.value = value;
    else figures.baseline.set(key(ind.id, entry.year), typeof value === "number" ? value : null);
  }

  targetFindings(set, submission, figures, findings);
  if (plan.rules.length > 0) ruleFindings(set, plan, submission, figures, findings);
  return figures.notes.size > 0 ? explain(findings, figures.notes) : findings;
}

/** A blank that must be filled: a figure asks for a number (or 0 with a reason), an answer
 *  for one of its answers. */
function requiredMessage(m: Messages, locale: Locale, ind: Indicator, marker: string | undefined): string {
  if (marker) return m.validate.requiredMarker(ind.name, marker);
  if (ind.valueType === "boolean") return m.validate.requiredAnswer(ind.name, locale === "zh-CN" ? `“${m.layout.yes}”或“${m.layout.no}”` : `"${m.layout.yes}" or "${m.layout.no}"`);
  if (ind.valueType === "choice" && ind.choices) return m.validate.requiredAnswer(ind.name, ind.choices.map((c) => (locale === "zh-CN" ? `“${c}”` : `"${c}"`)).join(locale === "zh-CN" ? "、" : ", "));
  if (ind.valueType === "text") return m.validate.requiredAnswer(ind.name, locale === "zh-CN" ? "文字" : "some text");
  return m.validate.required(ind.name);
}

function outOfBounds(b: EffectiveBounds, value: number): boolean {
  return (b.integer && !Number.isInteger(value)) || value < b.min || value > b.max;
}

function boundsFindings(ind: Indicator, b: EffectiveBounds, value: number): Problem[] {
  const out: Problem[] = [];
  const v = plainNumber(value);
  if (b.integer && !Number.isInteger(value)) out.push({ rule: RULE_IDS.notWhole, severity: "error", message: both((m) => m.validate.notWhole(ind.name, v)) });
  if (value < b.min) out.push({ rule: RULE_IDS.outOfBounds, severity: "error", message: both((m) => m.validate.belowMin(ind.name, v, plainNumber(b.min), ind.unit)) });
  if (value > b.max) out.push({ rule: RULE_IDS.outOfBounds, severity: "error", message: both((m) => m.validate.aboveMax(ind.name, v, plainNumber(b.max), ind.unit)) });
  return out;
}

function targetFindings(set: IndicatorSet, submission: Submission, figures: Figures, out: Finding[]): void {
  for (const { entry, plan: p, value } of figures.cells.order) {
    const ind = p.ind;
    if (ind.targets.length === 0 || value === null || typeof value === "string") continue;
    // last year's figure matters only to change targets: looked up when one is checked
    let baseline: number | null | undefined;
    // the unit's own targets: those binding every unit, and its quota; the bureau's total is the summary's
    for (const u of targetsOf(set, p, submission.unitId, entry.year ?? singleYear(set))) {
      const t = "target" in u ? u.target : u;
      const quota = "target" in u ? u.quota : undefined;
      if (t.basis !== "absolute" && baseline === undefined) baseline = previousFigure(figures, entry.indicatorId, entry.year);
      const met = targetMet(t, value, ind, t.basis === "absolute" ? null : baseline!);
      if (met === true) continue;
      const place = placeOf(entry, submission.unitId);
      const severity = ind.targetSeverity ?? "warning";
      if (met === null) {
        out.push({ ...place, rule: RULE_IDS.noBaseline, severity, message: both((m) => m.validate.noBaseline(ind.name)) });
      } else if (quota) {
        const shown = `${plainNumber(value as number)}${ind.unit}`;
        out.push({ ...place, rule: RULE_IDS.quota, severity, message: both((m, l) => m.validate.missesQuota(ind.name, shown, describeTarget(t, ind, l))) });
      } else if (t.basis === "absolute") {
        const shown = typeof value === "boolean" ? both((m) => (value ? m.layout.yes : m.layout.no)) : `${plainNumber(value)}${ind.unit}`;
        const target = described(p, t);
        out.push({ ...place, rule: RULE_IDS.target, severity, message: both((m, l) => m.validate.missesTarget(ind.name, typeof shown === "string" ? shown : shown[l], target[l])) });
      } else {
        const change = measured(t, value as number, baseline!)!;
        const target = described(p, t);
        out.push({ ...place, rule: RULE_IDS.change, severity, message: both((m, l) => m.validate.missesChange(ind.name, plainNumber(Number(change.toFixed(6))), target[l])) });
      }
    }
  }
}

/** Last year's figure for `year`: in a multi-year table the previous year's own column, else
 *  the 上年值 cell (which belongs to the first year). */
function previousFigure(figures: Figures, id: string, year: number | undefined): number | null {
  if (year !== undefined) {
    const earlier = figures.cells.get(id, year - 1)?.value;
    if (typeof earlier === "number") return earlier;
  }
  return figures.baseline.get(key(id, year)) ?? null;
}

function singleYear(set: IndicatorSet): number | undefined {
  return set.years.length === 1 ? set.years[0] : undefined;
}

/** The cell a failed rule is shown on: the single indicator on one side of the comparison
 *  (`sum(parts) = total` → total; `part <= whole` → part), else the first one named. */
function blamedId(expr: Expr): string | undefined {
  if (expr.type === "compare") {
    if (expr.left.type === "ref") return expr.left.id;
    if (expr.right.type === "ref") return expr.right.id;
  }
  return references(expr)[0]?.id;
}

function ruleFindings(set: IndicatorSet, plan: SetPlan, submission: Submission, figures: Figures, out: Finding[]): void {
  const years = set.years.length === 1 ? [undefined] : set.years;
  const entryYears = new Set<number | undefined>();
  for (const c of figures.cells.order) entryYears.add(c.entry.year);
  const checkedYears = years.filter((y) => entryYears.has(y));
  const number = (id: string, y: number | undefined): number | null => {
    const v = figures.cells.get(id, y)?.value;
    if (typeof v === "number") return v;
    if (typeof v === "boolean" && plan.byId.get(id)?.ind.valueType === "boolean") return v ? 1 : 0;
    return null;
  };
  // one set of inputs per year checked, shared by every rule
  const inputsFor = (year: number | undefined): RuleInputs => ({
    value: (id, y) => (y === "previous" ? previousFigure(figures, id, year) : number(id, y ?? year)),
  });
  const inputs = new Map<number | undefined, RuleInputs>();
  for (const { rule, expr, pinned, blamed } of plan.rules) {
    for (const year of pinned ? [undefined] : checkedYears) {
      let given = inputs.get(year);
      if (!given) inputs.set(year, (given = inputsFor(year)));
      const outcome = evaluateRule(expr, given, { missing: rule.missing, tolerance: rule.tolerance });
      if (outcome.status !== "failed") continue;
      const entry = blamed ? (figures.cells.get(blamed, year) ?? figures.cells.order.find((c) => c.entry.indicatorId === blamed))?.entry : undefined;
      const detail =
        outcome.left !== undefined && outcome.right !== undefined
          ? both((m) => m.validate.imbalance(plainNumber(outcome.left!), plainNumber(outcome.right!), plainNumber(outcome.imbalance ?? 0)))
          : { "zh-CN": "", "en-US": "" };
      out.push({
        rule: setRuleId(rule.id),
        severity: rule.severity,
        message: both((m, l) => m.validate.ruleFailed(l === "zh-CN" ? rule.message["zh-CN"] : (rule.message["en-US"] ?? rule.message["zh-CN"]), detail[l])),
        unit: submission.unitId,
        ...(blamed ? { indicator: blamed } : {}),
        ...(entry ? { file: entry.file, sheet: entry.sheet, cell: entry.cell } : { file: submission.file }),
        ...(year !== undefined ? { year } : {}),
        ...(outcome.imbalance !== undefined ? { imbalance: outcome.imbalance } : {}),
      });
    }
  }
}

/** A warning on an indicator whose 说明 cell holds a reason counts as explained. */
function explain(findings: Finding[], notes: Map<string, string>): Finding[] {
  return findings.map((f) => {
    const note = f.severity === "warning" && f.indicator ? notes.get(f.indicator) : undefined;
    return note ? { ...f, explanation: note } : f;
  });
}
