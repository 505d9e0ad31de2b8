// Parser for the rule language: recursive descent over the tokens, one function per level
// of precedence (or < and < not < comparison < + - < * / < unary). Comparisons don't chain:
// `a < b < c` is refused rather than read in a way nobody meant.
import { FUNCTIONS, type CompareOp, type Expr, type FunctionName, type Span } from "./ast";
import { tokenize, type Token } from "./tokenize";
import { both, type Bilingual } from "../i18n/messages";
import { closest } from "../text/closest";

export interface RuleSyntaxError {
  span: Span;
  /** 1-based column of span.start, for messages */
  column: number;
  message: Bilingual;
  /** a corrected fragment, when we can tell what was meant */
  suggestion?: string;
}

export type ParseResult = { ok: true; expr: Expr } | { ok: false; error: RuleSyntaxError };

const COMPARE_OPS = new Set<string>(["=", "!=", "<", "<=", ">", ">="]);
const ARITY: Record<FunctionName, [number, number]> = {
  sum: [1, Infinity],
  min: [1, Infinity],
  max: [1, Infinity],
  abs: [1, 1],
  round: [1, 2],
  prev: [1, 1],
};

class Failure {
  constructor(readonly error: RuleSyntaxError) {}
}

export function parseRule(source: string): ParseResult {
  const lexed = tokenize(source);
  if ("error" in lexed) {
    const { span, char, suggestion } = lexed.error;
    return {
      ok: false,
      error: {
        span,
        column: span.start + 1,
        suggestion,
        message: both((m) => m.rules.unexpectedChar(char, span.start + 1, suggestion)),
      },
    };
  }
  const parser = new Parser(lexed.tokens);
  try {
    const expr = parser.expression();
    parser.expectEnd();
    return { ok: true, expr };
  } catch (e) {
    if (e instanceof Failure) return { ok: false, error: e.error };
    throw e;
  }
}

class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[]) {}

  private get token(): Token {
    return this.tokens[this.i]!;
  }

  private fail(token: Token, message: Bilingual, suggestion?: string): never {
    throw new Failure({ span: token.span, column: token.span.start + 1, message, suggestion });
  }

  private unexpected(expected: "operand" | "operator" | ")" | "," | "year"): never {
    const t = this.token;
    if (t.type === "end") this.fail(t, both((m) => m.rules.unexpectedEnd(expected)));
    this.fail(t, both((m) => m.rules.unexpectedToken(t.raw, t.span.start + 1, expected)));
  }

  private isOp(text: string): boolean {
    return this.token.type === "op" && this.token.text === text;
  }

  expectEnd(): void {
    if (this.token.type !== "end") this.unexpected("operator");
  }

  expression(): Expr {
    return this.or();
  }

  private binary(next: () => Expr, ops: string[], make: (op: string, l: Expr, r: Expr) => Expr): Expr {
    let left = next();
    while (this.token.type === "op" && ops.includes(this.token.text)) {
      const op = this.token.text;
      this.i++;
      const right = next();
      left = make(op, left, right);
    }
    return left;
  }

  private or(): Expr {
    return this.binary(() => this.and(), ["or"], (_, l, r) => ({ type: "or", left: l, right: r, span: join(l, r) }));
  }

  private and(): Expr {
    return this.binary(() => this.not(), ["and"], (_, l, r) => ({ type: "and", left: l, right: r, span: join(l, r) }));
  }

  private not(): Expr {
    if (this.isOp("not")) {
      const start = this.token.span.start;
      this.i++;
      const operand = this.not();
      return { type: "not", operand, span: { start, end: operand.span.end } };
    }
    return this.comparison();
  }

  private comparison(): Expr {
    const left = this.additive();
    if (this.token.type === "op" && COMPARE_OPS.has(this.token.text)) {
      const op = this.token.text as CompareOp;
      this.i++;
      const right = this.additive();
      if (this.token.type === "op" && COMPARE_OPS.has(this.token.text)) {
        this.fail(this.token, both((m) => m.rules.chainedComparison(this.token.span.start + 1)));
      }
      return { type: "compare", op, left, right, span: join(left, right) };
    }
    return left;
  }

  private additive(): Expr {
    return this.binary(
      () => this.multiplicative(),
      ["+", "-"],
      (op, l, r) => ({ type: "arith", op: op as "+" | "-", left: l, right: r, span: join(l, r) }),
    );
  }

  private multiplicative(): Expr {
    return this.binary(
      () => this.unary(),
      ["*", "/"],
      (op, l, r) => ({ type: "arith", op: op as "*" | "/", left: l, right: r, span: join(l, r) }),
    );
  }

  private unary(): Expr {
    if (this.isOp("-")) {
      const start = this.token.span.start;
      this.i++;
      const operand = this.unary();
      return { type: "neg", operand, span: { start, end: operand.span.end } };
    }
    if (this.isOp("+")) {
      this.i++;
      return this.unary();
    }
    return this.primary();
  }

  private primary(): Expr {
    const t = this.token;
    if (t.type === "number") {
      this.i++;
      return { type: "number", value: Number(t.text), span: t.span };
    }
    if (t.type === "(") {
      this.i++;
      const inner = this.expression();
      if (this.token.type !== ")") this.unexpected(")");
      const end = this.token.span.end;
      this.i++;
      return { ...inner, span: { start: t.span.start, end } };
    }
    if (t.type === "ident") {
      this.i++;
      if (this.token.type === "(") return this.call(t);
      return this.reference(t);
    }
    return this.unexpected("operand");
  }

  private reference(t: Token): Expr {
    if (this.token.type !== "@") return { type: "ref", id: t.text, span: t.span };
    this.i++;
    const y = this.token;
    if (y.type !== "number" || !/^\d{4}$/.test(y.text)) this.unexpected("year");
    this.i++;
    return { type: "ref", id: t.text, year: Number(y.text), span: { start: t.span.start, end: y.span.end } };
  }

  private call(name: Token): Expr {
    const fn = name.text.toLowerCase();
    if (!(FUNCTIONS as readonly string[]).includes(fn)) {
      const suggestion = closest(fn, FUNCTIONS);
      this.fail(name, both((m) => m.rules.unknownFunction(name.text, FUNCTIONS.join(", "), suggestion)), suggestion);
    }
    const fname = fn as FunctionName;
    this.i++; // (
    const args: Expr[] = [];
    if (this.token.type !== ")") {
      args.push(this.expression());
      while (this.token.type === ",") {
        this.i++;
        args.push(this.expression());
      }
    }
    if (this.token.type !== ")") this.unexpected(args.length ? ")" : "operand");
    const end = this.token.span.end;
    this.i++;
    const [lo, hi] = ARITY[fname];
    if (args.length < lo || args.length > hi) {
      this.fail(name, both((m) => m.rules.arity(fname, lo, hi === Infinity ? null : hi, args.length)));
    }
    if (fname === "prev" && args[0]!.type !== "ref") {
      this.fail(name, both((m) => m.rules.prevNeedsIndicator()));
    }
    return { type: "call", name: fname, args, span: { start: name.span.start, end } };
  }
}

function join(a: Expr, b: Expr): Span {
  return { start: a.span.start, end: b.span.end };
}
