// A tiny formula evaluator for the fake Excel: numbers, "text", cell and range references
// (optionally 'Sheet'!), + - * / & and comparisons, parentheses, SUM/MIN/MAX/AVERAGE/COUNT/IF/ROUND.
// Enough for sums and checks written by the add-in; anything else is #NAME?. Not a real parser of
// Excel's grammar and never runs code.

export type Scalar = number | string | boolean | null;
export type Evaluated = Scalar | { error: string };

export interface FormulaHost {
  /** value of a cell, evaluating formulas; `sheet` undefined = the formula's own sheet */
  cell(sheet: string | undefined, row: number, column: number): Evaluated;
  sheetExists(sheet: string): boolean;
}

interface Ref {
  sheet: string | undefined;
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

type Token =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "ref"; v: Ref }
  | { t: "name"; v: string }
  | { t: "op"; v: string };

class FormulaError {
  constructor(readonly code: string) {}
}

function colNum(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const cellRe = /^\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/;
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === " ") {
      i++;
      continue;
    }
    const rest = src.slice(i);
    const num = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(rest);
    if (num) {
      tokens.push({ t: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    if (ch === '"') {
      const m = /^"((?:[^"]|"")*)"/.exec(rest);
      if (!m) throw new FormulaError("#NAME?");
      tokens.push({ t: "str", v: m[1]!.replace(/""/g, '"') });
      i += m[0].length;
      continue;
    }
    // sheet-qualified reference: 'a b'!A1 or Sheet1!A1:B2
    const sheetRef = /^(?:'((?:[^']|'')+)'|([^\s!'(),+\-*/&=<>:]+))!/.exec(rest);
    if (sheetRef) {
      const sheet = (sheetRef[1] ?? sheetRef[2]!).replace(/''/g, "'");
      const cell = cellRe.exec(rest.slice(sheetRef[0].length));
      if (!cell) throw new FormulaError("#REF!");
      tokens.push({ t: "ref", v: toRef(sheet, cell) });
      i += sheetRef[0].length + cell[0].length;
      continue;
    }
    const cell = cellRe.exec(rest);
    if (cell && !/^[A-Za-z(]/.test(rest.slice(cell[0].length))) {
      tokens.push({ t: "ref", v: toRef(undefined, cell) });
      i += cell[0].length;
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_.]*/.exec(rest);
    if (name) {
      tokens.push({ t: "name", v: name[0].toUpperCase() });
      i += name[0].length;
      continue;
    }
    const op = /^(<=|>=|<>|[-+*/&=<>(),])/.exec(rest);
    if (op) {
      tokens.push({ t: "op", v: op[0] });
      i += op[0].length;
      continue;
    }
    throw new FormulaError("#NAME?");
  }
  return tokens;
}

function toRef(sheet: string | undefined, m: RegExpExecArray): Ref {
  const c1 = colNum(m[1]!);
  const r1 = Number(m[2]);
  const c2 = m[3] ? colNum(m[3]) : c1;
  const r2 = m[4] ? Number(m[4]) : r1;
  return { sheet, r1: Math.min(r1, r2), c1: Math.min(c1, c2), r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

type Val = Scalar | Ref;

export function evaluateFormula(formula: string, host: FormulaHost): Evaluated {
  try {
    const tokens = tokenize(formula.replace(/^=/, ""));
    let pos = 0;
    const peek = () => tokens[pos];
    const isOp = (v: string) => {
      const tok = peek();
      return tok !== undefined && tok.t === "op" && tok.v === v;
    };
    const expect = (v: string) => {
      if (!isOp(v)) throw new FormulaError("#NAME?");
      pos++;
    };

    const cellsOf = (ref: Ref): Scalar[] => {
      if (ref.sheet !== undefined && !host.sheetExists(ref.sheet)) throw new FormulaError("#REF!");
      const out: Scalar[] = [];
      for (let r = ref.r1; r <= ref.r2; r++) {
        for (let c = ref.c1; c <= ref.c2; c++) {
          const v = host.cell(ref.sheet, r, c);
          if (v !== null && typeof v === "object") throw new FormulaError(v.error);
          out.push(v);
        }
      }
      return out;
    };
    const scalar = (v: Val): Scalar => {
      if (v !== null && typeof v === "object") {
        if (v.r1 !== v.r2 || v.c1 !== v.c2) throw new FormulaError("#VALUE!");
        return cellsOf(v)[0] ?? null;
      }
      return v;
    };
    const num = (v: Val): number => {
      const s = scalar(v);
      if (s === null || s === "") return 0;
      if (typeof s === "boolean") return s ? 1 : 0;
      if (typeof s === "number") return s;
      const n = Number(s);
      if (s.trim() === "" || Number.isNaN(n)) throw new FormulaError("#VALUE!");
      return n;
    };
    const numbersIn = (args: Val[]): number[] =>
      args.flatMap((a) =>
        a !== null && typeof a === "object" ? cellsOf(a).filter((x): x is number => typeof x === "number") : [num(a)],
      );

    const call = (name: string, args: Val[]): Scalar => {
      switch (name) {
        case "SUM":
          return numbersIn(args).reduce((s, x) => s + x, 0);
        case "MIN":
          return numbersIn(args).length ? Math.min(...numbersIn(args)) : 0;
        case "MAX":
          return numbersIn(args).length ? Math.max(...numbersIn(args)) : 0;
        case "COUNT":
          return numbersIn(args).length;
        case "AVERAGE": {
          const xs = numbersIn(args);
          if (xs.length === 0) throw new FormulaError("#DIV/0!");
          return xs.reduce((s, x) => s + x, 0) / xs.length;
        }
        case "ROUND": {
          const f = 10 ** num(args[1] ?? 0);
          return Math.round(num(args[0] ?? 0) * f) / f;
        }
        case "IF": {
          const cond = scalar(args[0] ?? false);
          return scalar((cond === true || (typeof cond === "number" && cond !== 0) ? args[1] : args[2]) ?? false);
        }
        default:
          throw new FormulaError("#NAME?");
      }
    };

    const primary = (): Val => {
      const tok = peek();
      if (!tok) throw new FormulaError("#NAME?");
      pos++;
      if (tok.t === "num") return tok.v;
      if (tok.t === "str") return tok.v;
      if (tok.t === "ref") return tok.v;
      if (tok.t === "name") {
        if (tok.v === "TRUE" || tok.v === "FALSE") return tok.v === "TRUE";
        expect("(");
        const args: Val[] = [];
        if (!isOp(")")) {
          args.push(comparison());
          while (isOp(",")) {
            pos++;
            args.push(comparison());
          }
        }
        expect(")");
        return call(tok.v, args);
      }
      if (tok.v === "(") {
        const v = comparison();
        expect(")");
        return v;
      }
      if (tok.v === "-") return -num(primary());
      if (tok.v === "+") return num(primary());
      throw new FormulaError("#NAME?");
    };
    const term = (): Val => {
      let left = primary();
      while (isOp("*") || isOp("/")) {
        const op = (peek() as { v: string }).v;
        pos++;
        const right = num(primary());
        if (op === "/" && right === 0) throw new FormulaError("#DIV/0!");
        left = op === "*" ? num(left) * right : num(left) / right;
      }
      return left;
    };
    const sum = (): Val => {
      let left = term();
      while (isOp("+") || isOp("-")) {
        const op = (peek() as { v: string }).v;
        pos++;
        const right = num(term());
        left = op === "+" ? num(left) + right : num(left) - right;
      }
      return left;
    };
    const concat = (): Val => {
      let left = sum();
      while (isOp("&")) {
        pos++;
        left = String(scalar(left) ?? "") + String(scalar(sum()) ?? "");
      }
      return left;
    };
    const comparison = (): Val => {
      const left = concat();
      for (const op of ["<=", ">=", "<>", "=", "<", ">"]) {
        if (isOp(op)) {
          pos++;
          const a = scalar(left) ?? 0;
          const b = scalar(concat()) ?? 0;
          switch (op) {
            case "<=":
              return a <= b;
            case ">=":
              return a >= b;
            case "<>":
              return a !== b;
            case "=":
              return a === b;
            case "<":
              return a < b;
            default:
              return a > b;
          }
        }
      }
      return left;
    };

    const result = comparison();
    if (pos !== tokens.length) throw new FormulaError("#NAME?");
    const v = scalar(result);
    if (typeof v === "number" && !Number.isFinite(v)) return { error: "#NUM!" };
    return v ?? 0;
  } catch (e) {
    if (e instanceof FormulaError) return { error: e.code };
    throw e;
  }
}
