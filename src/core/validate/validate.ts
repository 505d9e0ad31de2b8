// The validation engine: what units entered, checked against the indicator set. It reads a
// flat list of entries (never the workbook itself) and returns findings, each with its rule
// id, severity and cell. It changes nothing: marking cells is the caller's business.
import { both, type Locale, type Messages } from "../i18n/messages";
import { references, type Expr } from "../rules/ast";
import { evaluateRule } from "../rules/evaluate";
import { parseRule } from "../rules/parse";
import { describeTarget, plainNumber } from "../set/describe";
import { effectiveBounds } from "../set/defaults";
import type { Indicator, IndicatorSet } from "../set/schema";
import { measured, targetMet } from "../set/target-met";
import { unitTargets } from "../set/quotas";
import { parseCellValue } from "../values";
import type { Entry, Submission } from "../template/entries";
import { RULE_IDS, setRuleId, type Finding } from "./finding";

type Figure = number | boolean | string;

/** Parsed figures of one submission, by indicator and year. */
interface Figures {
  value: Map<string, Figure | null>;
  baseline: Map<string, number | null>;
  cells: Map<string, Entry>;
  notes: Map<string, string>;
}

const key = (id: string, year: number | undefined) => `${id}\u0000${year ?? ""}`;

export function validateSubmission(set: IndicatorSet, submission: Submission): Finding[] {
  const findings: Finding[] = [];
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  const figures: Figures = { value: new Map(), baseline: new Map(), cells: new Map(), notes: new Map() };

  for (const entry of submission.entries) {
    const ind = byId.get(entry.indicatorId);
    if (!ind) continue; // a cell of an indicator this set no longer has: the upgrade keeps it aside
    if (entry.kind === "note") {
      const text = typeof entry.raw === "string" ? entry.raw.trim() : entry.raw === null || typeof entry.raw === "object" ? "" : String(entry.raw);
      if (text) figures.notes.set(ind.id, text);
      continue;
    }
    const at = (f: Omit<Finding, "file" | "sheet" | "cell" | "indicator" | "unit" | "year">): Finding => ({
      ...f,
      file: entry.file,
      sheet: entry.sheet,
      cell: entry.cell,
      indicator: ind.id,
      unit: submission.unitId,
      ...(entry.year !== undefined ? { year: entry.year } : {}),
    });
    const k = key(ind.id, entry.year);
    if (entry.kind === "value") figures.cells.set(k, entry);
    const parsed = parseCellValue(entry.raw, { valueType: ind.valueType, unit: ind.unit, numberFormat: entry.numberFormat, choices: ind.choices });

    if (!parsed.ok) {
      findings.push(at({ rule: RULE_IDS.notANumber, severity: "error", message: parsed.message }));
      if (entry.kind === "value") figures.value.set(k, null);
      continue;
    }
    if (parsed.value === null) {
      if (entry.kind === "value") {
        figures.value.set(k, null);
        if (ind.required) {
          const marker = parsed.empty.marker;
          findings.push(at({ rule: RULE_IDS.required, severity: "error", message: both((m, l) => requiredMessage(m, l, ind, marker)) }));
        }
      } else figures.baseline.set(k, null);
      continue;
    }
    const value = parsed.value;
    if (parsed.qualifier) findings.push(at({ rule: RULE_IDS.qualifier, severity: "warning", message: both((m) => m.validate.qualifier(ind.name, String(entry.raw))) }));
    if (parsed.doubt) findings.push(at({ rule: RULE_IDS.doubt, severity: "warning", message: parsed.doubt.message }));
    const invalid = typeof value === "number" ? boundsFindings(ind, value) : [];
    findings.push(...invalid.map(at));
    // A figure that is wrong as data is not also judged against targets and rules: one fix, one finding.
    if (invalid.length > 0) {
      if (entry.kind === "value") figures.value.set(k, null);
      else figures.baseline.set(k, null);
      continue;
    }
    if (entry.kind === "value") figures.value.set(k, value);
    else figures.baseline.set(k, typeof value === "number" ? value : null);
  }

  findings.push(...targetFindings(set, submission, figures));
  findings.push(...ruleFindings(set, submission, figures));
  return explain(findings, figures.notes);
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

function boundsFindings(ind: Indicator, value: number): Omit<Finding, "file" | "sheet" | "cell" | "indicator" | "unit" | "year">[] {
  const b = effectiveBounds(ind);
  const out: Omit<Finding, "file" | "sheet" | "cell" | "indicator" | "unit" | "year">[] = [];
  const v = plainNumber(value);
  if (b.integer && !Number.isInteger(value)) out.push({ rule: RULE_IDS.notWhole, severity: "error", message: both((m) => m.validate.notWhole(ind.name, v)) });
  if (value < b.min) out.push({ rule: RULE_IDS.outOfBounds, severity: "error", message: both((m) => m.validate.belowMin(ind.name, v, plainNumber(b.min), ind.unit)) });
  if (value > b.max) out.push({ rule: RULE_IDS.outOfBounds, severity: "error", message: both((m) => m.validate.aboveMax(ind.name, v, plainNumber(b.max), ind.unit)) });
  return out;
}

function targetFindings(set: IndicatorSet, submission: Submission, figures: Figures): Finding[] {
  const out: Finding[] = [];
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  for (const [k, entry] of figures.cells) {
    const ind = byId.get(entry.indicatorId);
    if (!ind || ind.targets.length === 0) continue;
    const value = figures.value.get(k);
    if (value === null || value === undefined || typeof value === "string") continue;
    const baseline = previousFigure(figures, entry.indicatorId, entry.year);
    // the unit's own targets: those binding every unit, and its quota; the bureau's total is the summary's
    for (const { target: t, quota } of unitTargets(set, ind, submission.unitId, entry.year ?? singleYear(set))) {
      const met = targetMet(t, value, ind, baseline);
      if (met === true) continue;
      const place = { file: entry.file, sheet: entry.sheet, cell: entry.cell, indicator: ind.id, unit: submission.unitId, ...(entry.year !== undefined ? { year: entry.year } : {}) };
      const target = describeTarget(t, ind);
      const severity = ind.targetSeverity ?? "warning";
      if (met === null) {
        out.push({ ...place, rule: RULE_IDS.noBaseline, severity, message: both((m) => m.validate.noBaseline(ind.name)) });
      } else if (quota) {
        out.push({ ...place, rule: RULE_IDS.quota, severity, message: both((m, l) => m.validate.missesQuota(ind.name, `${plainNumber(value as number)}${ind.unit}`, describeTarget(t, ind, l))) });
      } else if (t.basis === "absolute") {
        const shown = typeof value === "boolean" ? both((m) => (value ? m.layout.yes : m.layout.no)) : null;
        out.push({ ...place, rule: RULE_IDS.target, severity, message: both((m, l) => m.validate.missesTarget(ind.name, shown ? shown[l] : `${plainNumber(value as number)}${ind.unit}`, describeTarget(t, ind, l))) });
      } else {
        const change = measured(t, value as number, baseline)!;
        out.push({ ...place, rule: RULE_IDS.change, severity, message: both((m) => m.validate.missesChange(ind.name, plainNumber(Number(change.toFixed(6))), target)) });
      }
    }
  }
  return out;
}

/** Last year's figure for `year`: in a multi-year table the previous year's own column, else
 *  the 上年值 cell (which belongs to the first year). */
function previousFigure(figures: Figures, id: string, year: number | undefined): number | null {
  if (year !== undefined) {
    const earlier = figures.value.get(key(id, year - 1));
    if (typeof earlier === "number") return earlier;
  }
  return figures.baseline.get(key(id, year)) ?? null;
}

function singleYear(set: IndicatorSet): number | undefined {
  return set.years.length === 1 ? set.years[0] : undefined;
}

// Rules are parsed once per set, not once per submission.
const parsedRules = new WeakMap<IndicatorSet, Map<string, Expr>>();
function rulesOf(set: IndicatorSet): Map<string, Expr> {
  let map = parsedRules.get(set);
  if (!map) {
    map = new Map();
    for (const r of set.rules) {
      const p = parseRule(r.check);
      if (p.ok) map.set(r.id, p.expr); // a set that loaded has only rules that parse
    }
    parsedRules.set(set, map);
  }
  return map;
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

function ruleFindings(set: IndicatorSet, submission: Submission, figures: Figures): Finding[] {
  const out: Finding[] = [];
  const rules = rulesOf(set);
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  const years = set.years.length === 1 ? [undefined] : set.years;
  const entryYears = new Set([...figures.cells.values()].map((e) => e.year));
  for (const rule of set.rules) {
    const expr = rules.get(rule.id);
    if (!expr) continue;
    const pinned = references(expr).some((r) => r.year !== undefined);
    for (const year of pinned ? [undefined] : years.filter((y) => entryYears.has(y))) {
      const number = (id: string, y: number | undefined): number | null => {
        const v = figures.value.get(key(id, y));
        if (typeof v === "number") return v;
        if (typeof v === "boolean" && byId.get(id)?.valueType === "boolean") return v ? 1 : 0;
        return null;
      };
      const outcome = evaluateRule(
        expr,
        {
          value: (id, y) => (y === "previous" ? previousFigure(figures, id, year) : number(id, y ?? year)),
        },
        { missing: rule.missing, tolerance: rule.tolerance },
      );
      if (outcome.status !== "failed") continue;
      const blamed = blamedId(expr);
      const entry = blamed ? (figures.cells.get(key(blamed, year)) ?? [...figures.cells.values()].find((e) => e.indicatorId === blamed)) : undefined;
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
  return out;
}

/** A warning on an indicator whose 说明 cell holds a reason counts as explained. */
function explain(findings: Finding[], notes: Map<string, string>): Finding[] {
  return findings.map((f) => {
    const note = f.severity === "warning" && f.indicator ? notes.get(f.indicator) : undefined;
    return note ? { ...f, explanation: note } : f;
  });
}
