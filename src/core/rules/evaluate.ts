// Interprets a parsed rule against one unit's figures. A tree walk over plain data: nothing in
// a rule can run code. Missing figures follow the rule's policy; a comparison at the top reports
// both sides, so a sum check can say how far the parts are from the total.
import type { CompareOp, Expr } from "./ast";

export type MissingPolicy = "skip_if_any" | "skip_if_all" | "never_skip";

export interface RuleInputs {
  /** An indicator's figure for the unit being checked; `year` absent means the year being checked,
   *  "previous" the year before (the baseline column). null when the cell is empty. */
  value(id: string, year?: number | "previous"): number | null;
}

export interface RuleOptions {
  missing: MissingPolicy;
  /** absolute tolerance of `=` (and `!=`) comparisons */
  tolerance?: number;
}

export type RuleOutcome =
  | { status: "skipped"; reason: "missing" | "not_computable"; missing: string[] }
  | {
      status: "passed" | "failed";
      /** for a top-level comparison: its two sides and left − right */
      left?: number;
      right?: number;
      imbalance?: number;
      /** inputs that were missing and counted as 0 under `never_skip` / `skip_if_all` */
      missing: string[];
    };

/** The expression's type: rules must be conditions (boolean), made of numeric parts. */
export function typeOf(expr: Expr): "number" | "boolean" {
  switch (expr.type) {
    case "compare":
    case "and":
    case "or":
    case "not":
      return "boolean";
    default:
      return "number";
  }
}

/** Why a well-parsed expression can't be a rule, as the node at fault; null when it can. */
export function shapeProblem(expr: Expr): { node: Expr; expected: "number" | "boolean" } | null {
  if (typeOf(expr) !== "boolean") return { node: expr, expected: "boolean" };
  const need = (e: Expr, t: "number" | "boolean"): { node: Expr; expected: "number" | "boolean" } | null => {
    if (typeOf(e) !== t) return { node: e, expected: t };
    switch (e.type) {
      case "neg":
        return need(e.operand, "number");
      case "not":
        return need(e.operand, "boolean");
      case "arith":
      case "compare":
        return need(e.left, "number") ?? need(e.right, "number");
      case "and":
      case "or":
        return need(e.left, "boolean") ?? need(e.right, "boolean");
      case "call":
        for (const a of e.args) {
          const p = need(a, "number");
          if (p) return p;
        }
        return null;
      default:
        return null;
    }
  };
  return need(expr, "boolean");
}

const label = (r: { id: string; year?: number }, previous: boolean) =>
  previous ? `prev(${r.id})` : r.year ? `${r.id}@${r.year}` : r.id;

class NotComputable {}

type Slots = (number | null)[];

/** A rule turned once into closures over an array of input slots, so checking many units
 *  costs one tree walk each and no re-analysis. Closures, not generated code. */
interface PreparedRule {
  inputs: { id: string; year?: number | "previous"; label: string }[];
  /** a top-level comparison's two sides, reported with the outcome */
  sides: { op: CompareOp; left: (v: Slots) => number; right: (v: Slots) => number } | null;
  /** any other condition (and, or, not) */
  holds: ((v: Slots, tol: number) => boolean) | null;
}

const prepared = new WeakMap<Expr, PreparedRule>();
// the rule last checked: a batch checks one rule on unit after unit
let last: { expr: Expr; rule: PreparedRule } | undefined;

function prepare(expr: Expr): PreparedRule {
  if (last?.expr === expr) return last.rule;
  const rule = prepared.get(expr) ?? compile(expr);
  last = { expr, rule };
  return rule;
}

function compile(expr: Expr): PreparedRule {
  const inputs: PreparedRule["inputs"] = [];
  const slotOf = new Map<string, number>();
  const slot = (r: Extract<Expr, { type: "ref" }>, previous: boolean): number => {
    const key = label(r, previous);
    let i = slotOf.get(key);
    if (i === undefined) {
      i = inputs.length;
      slotOf.set(key, i);
      inputs.push({ id: r.id, year: previous ? "previous" : r.year, label: key });
    }
    return i;
  };
  type Num = (v: Slots) => number;
  type Bool = (v: Slots, tol: number) => boolean;
  const num = (e: Expr, previous: boolean): Num => {
    switch (e.type) {
      case "number": {
        const x = e.value;
        return () => x;
      }
      case "ref": {
        const i = slot(e, previous);
        return (v) => v[i] ?? 0;
      }
      case "neg": {
        const f = num(e.operand, previous);
        return (v) => -f(v);
      }
      case "arith": {
        const l = num(e.left, previous);
        const r = num(e.right, previous);
        switch (e.op) {
          case "+":
            return (v) => l(v) + r(v);
          case "-":
            return (v) => l(v) - r(v);
          case "*":
            return (v) => l(v) * r(v);
          case "/":
            return (v) => {
              const d = r(v);
              if (d === 0) throw new NotComputable();
              return l(v) / d;
            };
        }
        break;
      }
      case "call": {
        const args = e.args.map((a) => num(a, previous || e.name === "prev"));
        switch (e.name) {
          case "sum": {
            // sum(a, b, c): read the slots directly, same order of additions
            const refs = e.args.every((a) => a.type === "ref") ? e.args.map((a) => slot(a as Extract<Expr, { type: "ref" }>, previous)) : null;
            if (refs) {
              return (v) => {
                let t = 0;
                for (let k = 0; k < refs.length; k++) t += v[refs[k]!] ?? 0;
                return t;
              };
            }
            return (v) => {
              let t = 0;
              for (let k = 0; k < args.length; k++) t += args[k]!(v);
              return t;
            };
          }
          case "min":
            return (v) => Math.min(...args.map((f) => f(v)));
          case "max":
            return (v) => Math.max(...args.map((f) => f(v)));
          case "abs":
            return (v) => Math.abs(args[0]!(v));
          case "round":
            return (v) => {
              const f = 10 ** Math.trunc(args[1]?.(v) ?? 0);
              return Math.round(args[0]!(v) * f) / f;
            };
          case "prev":
            return args[0]!;
        }
      }
    }
    // a condition where a number belongs: shapeProblem rejects such rules when the set loads
    return () => {
      throw new NotComputable();
    };
  };
  const bool = (e: Expr): Bool => {
    switch (e.type) {
      case "compare": {
        const l = num(e.left, false);
        const r = num(e.right, false);
        const op = e.op;
        return (v, tol) => compare(op, l(v), r(v), tol);
      }
      case "and": {
        const l = bool(e.left);
        const r = bool(e.right);
        return (v, tol) => l(v, tol) && r(v, tol);
      }
      case "or": {
        const l = bool(e.left);
        const r = bool(e.right);
        return (v, tol) => l(v, tol) || r(v, tol);
      }
      case "not": {
        const f = bool(e.operand);
        return (v, tol) => !f(v, tol);
      }
      default:
        return () => {
          throw new NotComputable();
        };
    }
  };
  const sides = expr.type === "compare" ? { op: expr.op, left: num(expr.left, false), right: num(expr.right, false) } : null;
  const result: PreparedRule = { inputs, sides, holds: sides ? null : bool(expr) };
  prepared.set(expr, result);
  return result;
}

/** Checks a rule on one unit's figures. Rules are prepared once per expression (cached), so a
 *  batch of units costs one pass over the inputs and one walk of the closures each. */
export function evaluateRule(expr: Expr, inputs: RuleInputs, options: RuleOptions): RuleOutcome {
  const rule = prepare(expr);
  const n = rule.inputs.length;
  const values: Slots = new Array(n);
  let missing: string[] | undefined;
  for (let i = 0; i < n; i++) {
    const input = rule.inputs[i]!;
    const v = inputs.value(input.id, input.year);
    values[i] = v;
    if (v === null) (missing ??= []).push(input.label);
  }
  const missingList = missing ?? [];
  if (missing && options.missing === "skip_if_any") return { status: "skipped", reason: "missing", missing: missingList };
  if (n > 0 && missingList.length === n && options.missing === "skip_if_all") {
    return { status: "skipped", reason: "missing", missing: missingList };
  }
  const tolerance = options.tolerance ?? 0;
  try {
    const sides = rule.sides;
    if (!sides) return { status: rule.holds!(values, tolerance) ? "passed" : "failed", missing: missingList };
    const left = sides.left(values);
    const right = sides.right(values);
    const status = compare(sides.op, left, right, tolerance) ? "passed" : "failed";
    return { status, left, right, imbalance: roundNoise(left - right), missing: missingList };
  } catch (e) {
    if (e instanceof NotComputable) return { status: "skipped", reason: "not_computable", missing: missingList };
    throw e;
  }
}

// Figures add up in binary floating point (0.1 + 0.2); compare with a relative epsilon so
// exact decimal data never fails by a rounding artefact, on top of the rule's own tolerance.
function compare(op: CompareOp, l: number, r: number, tolerance: number): boolean {
  const slack = tolerance + 1e-9 * Math.max(1, Math.abs(l), Math.abs(r));
  switch (op) {
    case "=":
      return Math.abs(l - r) <= slack;
    case "!=":
      return Math.abs(l - r) > slack;
    case "<":
      return l < r - slack;
    case "<=":
      return l <= r + slack;
    case ">":
      return l > r + slack;
    case ">=":
      return l >= r - slack;
  }
}

function roundNoise(x: number): number {
  // a whole number of at most 12 digits is its own 12-digit rounding: skip the string round trip
  if (Number.isInteger(x) && Math.abs(x) < 1e12) return x || 0;
  return Number(x.toPrecision(12)) || 0; // no -0 in reports
}
