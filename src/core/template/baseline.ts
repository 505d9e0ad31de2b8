// Which indicators need a 上年值 (last year's figure) cell: those a rule reads with prev(),
// and those with a target on the change from last year (basis difference or growth).
import type { Expr } from "../rules/ast";
import { parseRule } from "../rules/parse";
import type { IndicatorSet } from "../set/schema";

export function baselineIndicators(set: Pick<IndicatorSet, "indicators" | "rules">): Set<string> {
  const out = new Set<string>();
  for (const ind of set.indicators) {
    if (ind.targets.some((t) => t.basis === "difference" || t.basis === "growth")) out.add(ind.id);
  }
  for (const rule of set.rules) {
    const parsed = parseRule(rule.check);
    if (parsed.ok) collectPrev(parsed.expr, out);
  }
  return out;
}

function collectPrev(e: Expr, out: Set<string>): void {
  switch (e.type) {
    case "call":
      if (e.name === "prev") for (const a of e.args) if (a.type === "ref") out.add(a.id);
      e.args.forEach((a) => collectPrev(a, out));
      return;
    case "neg":
    case "not":
      collectPrev(e.operand, out);
      return;
    case "arith":
    case "compare":
    case "and":
    case "or":
      collectPrev(e.left, out);
      collectPrev(e.right, out);
      return;
    default:
      return;
  }
}
