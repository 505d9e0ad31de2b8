// The rule language's syntax tree. Rules are data: parsed into this tree and interpreted,
// never turned into code. Every node keeps its source span for messages.

export interface Span {
  /** 0-based offset of the first character */
  start: number;
  /** 0-based offset just past the last character */
  end: number;
}

export type CompareOp = "=" | "!=" | "<" | "<=" | ">" | ">=";
export type ArithOp = "+" | "-" | "*" | "/";

export const FUNCTIONS = ["sum", "min", "max", "abs", "round", "prev"] as const;
export type FunctionName = (typeof FUNCTIONS)[number];

export type Expr =
  | { type: "number"; value: number; span: Span }
  /** an indicator's value; `year` picks one reporting year (`rate@2020`) */
  | { type: "ref"; id: string; year?: number; span: Span }
  | { type: "neg"; operand: Expr; span: Span }
  | { type: "arith"; op: ArithOp; left: Expr; right: Expr; span: Span }
  | { type: "compare"; op: CompareOp; left: Expr; right: Expr; span: Span }
  | { type: "and" | "or"; left: Expr; right: Expr; span: Span }
  | { type: "not"; operand: Expr; span: Span }
  | { type: "call"; name: FunctionName; args: Expr[]; span: Span };

/** Every indicator reference in an expression, in source order. */
export function references(expr: Expr): Extract<Expr, { type: "ref" }>[] {
  const out: Extract<Expr, { type: "ref" }>[] = [];
  const walk = (e: Expr): void => {
    switch (e.type) {
      case "ref":
        out.push(e);
        return;
      case "neg":
      case "not":
        walk(e.operand);
        return;
      case "arith":
      case "compare":
      case "and":
      case "or":
        walk(e.left);
        walk(e.right);
        return;
      case "call":
        e.args.forEach(walk);
        return;
      case "number":
        return;
    }
  };
  walk(expr);
  return out;
}
