// Interprets a parsed rule against one unit's figures. A tree walk over plain data: nothing in
// a rule can run code. Missing figures follow the rule's policy; a comparison at the top reports
// both sides, so a sum check can say how far the parts are from the total.
import { references, type CompareOp, type Expr } from "./ast";

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

const label = (r: { id: string; year?: number }, previous = false) =>
  previous ? `prev(${r.id})` : r.year ? `${r.id}@${r.year}` : r.id;

class NotComputable {}

export function evaluateRule(expr: Expr, inputs: RuleInputs, options: RuleOptions): RuleOutcome {
  // Which inputs are there: prev(x) reads last year's figure, everything else this year's.
  const previousRefs = new Set<Expr>();
  const collectPrevious = (e: Expr): void => {
    if (e.type === "call" && e.name === "prev") references(e).forEach((r) => previousRefs.add(r));
    if (e.type === "call") e.args.forEach(collectPrevious);
    if (e.type === "neg" || e.type === "not") collectPrevious(e.operand);
    if (e.type === "arith" || e.type === "compare" || e.type === "and" || e.type === "or") {
      collectPrevious(e.left);
      collectPrevious(e.right);
    }
  };
  collectPrevious(expr);

  const refs = references(expr);
  const read = (r: Extract<Expr, { type: "ref" }>) => inputs.value(r.id, previousRefs.has(r) ? "previous" : r.year);
  const missing = [...new Set(refs.filter((r) => read(r) === null).map((r) => label(r, previousRefs.has(r))))];
  const inputCount = new Set(refs.map((r) => label(r, previousRefs.has(r)))).size;
  if (missing.length > 0 && options.missing === "skip_if_any") return { status: "skipped", reason: "missing", missing };
  if (inputCount > 0 && missing.length === inputCount && options.missing === "skip_if_all") {
    return { status: "skipped", reason: "missing", missing };
  }

  const tolerance = options.tolerance ?? 0;
  const num = (e: Expr): number => {
    switch (e.type) {
      case "number":
        return e.value;
      case "ref":
        return read(e) ?? 0;
      case "neg":
        return -num(e.operand);
      case "arith": {
        const l = num(e.left);
        const r = num(e.right);
        if (e.op === "/" && r === 0) throw new NotComputable();
        return e.op === "+" ? l + r : e.op === "-" ? l - r : e.op === "*" ? l * r : l / r;
      }
      case "call": {
        const args = e.args.map(num);
        switch (e.name) {
          case "sum":
            return args.reduce((a, b) => a + b, 0);
          case "min":
            return Math.min(...args);
          case "max":
            return Math.max(...args);
          case "abs":
            return Math.abs(args[0]!);
          case "round": {
            const f = 10 ** Math.trunc(args[1] ?? 0);
            return Math.round(args[0]! * f) / f;
          }
          case "prev":
            return args[0]!;
        }
        break;
      }
    }
    throw new NotComputable(); // a boolean where a number belongs: shapeProblem rejects it first
  };
  const bool = (e: Expr): boolean => {
    switch (e.type) {
      case "compare":
        return compare(e.op, num(e.left), num(e.right), tolerance);
      case "and":
        return bool(e.left) && bool(e.right);
      case "or":
        return bool(e.left) || bool(e.right);
      case "not":
        return !bool(e.operand);
      default:
        throw new NotComputable();
    }
  };

  try {
    if (expr.type === "compare") {
      const left = num(expr.left);
      const right = num(expr.right);
      const holds = compare(expr.op, left, right, tolerance);
      return { status: holds ? "passed" : "failed", left, right, imbalance: roundNoise(left - right), missing };
    }
    return { status: bool(expr) ? "passed" : "failed", missing };
  } catch (e) {
    if (e instanceof NotComputable) return { status: "skipped", reason: "not_computable", missing };
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
  return Number(x.toPrecision(12)) || 0; // no -0 in reports
}
