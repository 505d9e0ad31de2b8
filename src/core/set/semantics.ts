// Checks that need the whole set: ids unique and referenced ids present, years within the
// set's years, targets that can be met, rules that parse and name real indicators.
// Runs on whatever parts of a set are structurally sound, so one pass reports everything.
import { both } from "../i18n/messages";
import { formatPath, type PathSegment } from "../json/path";
import { references } from "../rules/ast";
import { shapeProblem } from "../rules/evaluate";
import { parseRule } from "../rules/parse";
import { closest } from "../text/closest";
import { effectiveBounds, isNumericType, typeLimits } from "./defaults";
import type { SetProblem } from "./problem";
import type { Indicator, Quota, ReportingUnit, Rule, Section } from "./schema";

export interface Indexed<T> {
  index: number;
  value: T;
}

/** The structurally valid parts of a set, each with its index in the document. */
export interface SetParts {
  years?: number[];
  units: Indexed<ReportingUnit>[];
  sections: Indexed<Section>[];
  indicators: Indexed<Indicator>[];
  rules: Indexed<Rule>[];
  quotas?: Indexed<Quota>[];
  /** ids declared by elements that failed their own structure check: they exist all the same */
  declaredIds?: { indicator: string[]; unit: string[] };
}

type Kind = "indicator" | "section" | "unit" | "rule";

export function checkSemantics(parts: SetParts): SetProblem[] {
  const problems: SetProblem[] = [];
  const report = (path: PathSegment[], code: string, message: SetProblem["message"]) =>
    problems.push({ path: formatPath(path), code, message });

  // Unique ids, per kind.
  const seen = (kind: Kind, items: { id: string; path: PathSegment[] }[]) => {
    const first = new Map<string, string>();
    for (const { id, path } of items) {
      const where = formatPath(path);
      const earlier = first.get(id);
      if (earlier) {
        report([...path, "id"], "duplicate_id", both((m) => m.set.duplicateId(m.set.kinds[kind], id, earlier)));
      } else first.set(id, where);
    }
    return first;
  };
  const unknownRef = (path: PathSegment[], kind: Kind, id: string, known: Iterable<string>, code: string) => {
    const suggestion = closest(id, [...known]);
    report(path, code, both((m) => m.set.unknownRef(m.set.kinds[kind], id, suggestion)));
  };

  const sectionItems: { id: string; path: PathSegment[] }[] = [];
  const walkSections = (list: Section[], path: PathSegment[]) =>
    list.forEach((s, i) => {
      sectionItems.push({ id: s.id, path: [...path, i] });
      if (s.children) walkSections(s.children, [...path, i, "children"]);
    });
  for (const { index, value } of parts.sections) {
    sectionItems.push({ id: value.id, path: ["sections", index] });
    if (value.children) walkSections(value.children, ["sections", index, "children"]);
  }
  const sectionIds = seen("section", sectionItems);
  const unitIds = seen("unit", parts.units.map((u) => ({ id: u.value.id, path: ["units", u.index] })));
  const indicatorIds = seen("indicator", parts.indicators.map((x) => ({ id: x.value.id, path: ["indicators", x.index] })));
  for (const id of parts.declaredIds?.indicator ?? []) if (!indicatorIds.has(id)) indicatorIds.set(id, "");
  for (const id of parts.declaredIds?.unit ?? []) if (!unitIds.has(id)) unitIds.set(id, "");
  seen("rule", parts.rules.map((r) => ({ id: r.value.id, path: ["rules", r.index] })));

  // Forms are files named after unit ids, and Windows and macOS take School1 and school1 for one
  // name: one form would overwrite the other. (Ids are ASCII, so lower-casing is exact.)
  const folded = new Map<string, { id: string; where: string }>();
  for (const { index, value } of parts.units) {
    const first = folded.get(value.id.toLowerCase());
    if (!first) folded.set(value.id.toLowerCase(), { id: value.id, where: formatPath(["units", index]) });
    else if (first.id !== value.id) report(["units", index, "id"], "unit_id_case", both((m) => m.untrusted.unitIdCase(value.id, first.id, first.where)));
  }

  // Units: parents exist and don't loop.
  const parentOf = new Map(parts.units.map((u) => [u.value.id, u.value.parent]));
  for (const { index, value } of parts.units) {
    if (value.parent === undefined) continue;
    if (!unitIds.has(value.parent)) {
      unknownRef(["units", index, "parent"], "unit", value.parent, unitIds.keys(), "unknown_parent");
      continue;
    }
    const visited = new Set([value.id]);
    for (let p: string | undefined = value.parent; p !== undefined; p = parentOf.get(p)) {
      if (visited.has(p)) {
        report(["units", index, "parent"], "parent_cycle", both((m) => m.set.parentCycle(value.id)));
        break;
      }
      visited.add(p);
    }
  }

  const years = parts.years ? new Set(parts.years) : undefined;
  const yearList = parts.years?.join(", ") ?? "";

  for (const { index, value: ind } of parts.indicators) {
    const at = (...rest: PathSegment[]): PathSegment[] => ["indicators", index, ...rest];
    if (ind.section !== undefined && !sectionIds.has(ind.section)) {
      unknownRef(at("section"), "section", ind.section, sectionIds.keys(), "unknown_section");
    }
    if (ind.valueType === "choice" && !ind.choices) report(at("valueType"), "choices_required", both((m) => m.set.choicesRequired()));
    if (ind.valueType !== "choice" && ind.choices) report(at("choices"), "choices_unexpected", both((m) => m.set.choicesOnlyForChoice()));

    const agg = ind.aggregate;
    if (agg?.method === "weighted_mean" && !agg.weight) report(at("aggregate"), "weight_required", both((m) => m.set.weightRequired()));
    if (agg && agg.method !== "weighted_mean" && agg.weight) report(at("aggregate", "weight"), "weight_unexpected", both((m) => m.set.weightOnlyForWeighted()));
    if (agg?.weight && !indicatorIds.has(agg.weight)) {
      unknownRef(at("aggregate", "weight"), "indicator", agg.weight, indicatorIds.keys(), "unknown_weight");
    }
    if (agg?.method === "ratio" && (!agg.numerator || !agg.denominator)) report(at("aggregate"), "ratio_parts_required", both((m) => m.set.ratioPartsRequired()));
    for (const part of ["numerator", "denominator"] as const) {
      const ref = agg?.[part];
      if (ref === undefined) continue;
      if (agg?.method !== "ratio") report(at("aggregate", part), "ratio_parts_unexpected", both((m) => m.set.ratioPartsOnlyForRatio()));
      else if (!indicatorIds.has(ref)) unknownRef(at("aggregate", part), "indicator", ref, indicatorIds.keys(), "unknown_ratio_part");
    }

    const b = effectiveBounds(ind);
    if (b.min > b.max) report(at("bounds"), "bounds_order", both((m) => m.set.boundsOrder(b.min, b.max)));
    const limit = typeLimits(ind.valueType);
    if (ind.bounds && (b.min < limit.min || b.max > limit.max || (limit.integer && ind.bounds.integer === false))) {
      report(at("bounds"), "bounds_outside_type", both((m) => m.set.boundsOutsideType(ind.valueType, limit.min, limit.max)));
    }

    const targetKeys = new Set<string>();
    ind.targets.forEach((t, ti) => {
      const tp = (...rest: PathSegment[]) => at("targets", ti, ...rest);
      if (t.year !== undefined && years && !years.has(t.year)) {
        report(tp("year"), "year_not_in_set", both((m) => m.set.yearNotInSet(t.year!, yearList)));
      }
      const key = `${t.year ?? "*"}|${t.basis}`;
      if (targetKeys.has(key)) report(tp(), "duplicate_target", both((m) => m.set.duplicateTarget(String(t.year ?? "*"))));
      targetKeys.add(key);

      if (ind.valueType === "boolean") {
        if (t.comparator !== "=" || typeof t.value !== "boolean") report(tp(), "boolean_target", both((m) => m.set.booleanTargetNeedsBoolean()));
        return;
      }
      if (t.comparator === "=" && typeof t.value === "boolean") {
        report(tp("value"), "boolean_target_type", both((m) => m.set.booleanOnlyForYesNo()));
        return;
      }
      if (!isNumericType(ind.valueType)) {
        report(tp(), "target_for_text", both((m) => m.set.noTargetForType(ind.valueType)));
        return;
      }
      if (t.comparator === "between" && t.min > t.max) report(tp(), "between_order", both((m) => m.set.betweenOrder(t.min, t.max)));
      // A change against last year lives on another scale; only absolute targets meet the bounds.
      if (t.basis !== "absolute") return;
      const reachable = (v: number) => v >= b.min && v <= b.max;
      const ends = t.comparator === "between" ? [t.min, t.max] : typeof t.value === "number" ? [t.value] : [];
      const bad = ends.find((v) => !reachable(v));
      // `> max` or `< min` can never be met either; `>= max` still can.
      const strictImpossible =
        (t.comparator === ">" && typeof t.value === "number" && t.value >= b.max) ||
        (t.comparator === "<" && typeof t.value === "number" && t.value <= b.min);
      if (bad !== undefined || strictImpossible) {
        const v = bad ?? (t.comparator === "between" ? t.min : (t.value as number));
        report(t.comparator === "between" ? tp() : tp("value"), "target_outside_bounds", both((m) => m.set.targetOutsideBounds(v, b.min, b.max)));
      }
    });
  }

  // Quotas: of numeric indicators and listed units, in the set's years, one per indicator, unit and year.
  const quotaSeen = new Map<string, string>();
  const indicatorById = new Map(parts.indicators.map((x) => [x.value.id, x.value]));
  for (const { index, value: q } of parts.quotas ?? []) {
    const at = (...rest: PathSegment[]): PathSegment[] => ["quotas", index, ...rest];
    if (!indicatorIds.has(q.indicator)) unknownRef(at("indicator"), "indicator", q.indicator, indicatorIds.keys(), "unknown_quota_indicator");
    else {
      const ind = indicatorById.get(q.indicator);
      if (ind && (!isNumericType(ind.valueType) || ind.valueType === "ratio")) report(at("indicator"), "quota_not_numeric", both((m) => m.set.quotaNotNumeric(q.indicator)));
    }
    if (!unitIds.has(q.unit)) unknownRef(at("unit"), "unit", q.unit, unitIds.keys(), "unknown_quota_unit");
    if (q.year !== undefined && years && !years.has(q.year)) report(at("year"), "year_not_in_set", both((m) => m.set.yearNotInSet(q.year!, yearList)));
    const key = `${q.indicator}|${q.unit}|${q.year ?? "*"}`;
    const first = quotaSeen.get(key);
    if (first) report(at(), "duplicate_quota", both((m) => m.set.quotaDuplicate(q.indicator, q.unit, first)));
    else quotaSeen.set(key, formatPath(at()));
  }

  // Rules: parse, must be conditions, must name indicators of the set, in its years.
  for (const { index, value: rule } of parts.rules) {
    const path: PathSegment[] = ["rules", index, "check"];
    const parsed = parseRule(rule.check);
    if (!parsed.ok) {
      const e = parsed.error;
      report(path, "rule_syntax", both((m, l) => m.set.ruleSyntax(rule.check, e.message[l])));
      continue;
    }
    const shape = shapeProblem(parsed.expr);
    if (shape?.expected === "boolean" && shape.node === parsed.expr) {
      report(path, "rule_not_condition", both((m) => m.set.ruleNotCondition(rule.check)));
    } else if (shape) {
      report(path, "rule_expected_number", both((m) => m.set.ruleExpectedNumber(rule.check, shape.node.span.start + 1)));
    }
    for (const ref of references(parsed.expr)) {
      if (!indicatorIds.has(ref.id)) {
        const suggestion = closest(ref.id, [...indicatorIds.keys()]);
        const detail = both((m) => m.rules.unknownIndicator(ref.id, ref.span.start + 1, suggestion));
        report(path, "rule_unknown_indicator", both((m, l) => m.set.ruleSyntax(rule.check, detail[l])));
      }
      if (ref.year !== undefined && years && !years.has(ref.year)) {
        report(path, "year_not_in_set", both((m) => m.set.yearNotInSet(ref.year!, yearList)));
      }
    }
  }
  return problems;
}
