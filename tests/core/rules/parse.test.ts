import { parseRule, references } from "../../../src/core/rules";

function error(source: string) {
  const r = parseRule(source);
  if (r.ok) throw new Error(`expected a syntax error for ${source}`);
  return r.error;
}

describe("parsing rules", () => {
  test("precedence: * before +, comparison before and, and before or", () => {
    const r = parseRule("a + b * 2 >= c and d < 1 or e = 0");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.expr.type).toBe("or");
    if (r.expr.type !== "or") return;
    expect(r.expr.left.type).toBe("and");
    const and = r.expr.left;
    if (and.type !== "and" || and.left.type !== "compare") throw new Error("shape");
    const sum = and.left.left;
    expect(sum.type === "arith" && sum.op === "+" && sum.right.type === "arith" && sum.right.op === "*").toBe(true);
  });

  test("full-width and mathematical signs typed with a Chinese input method are understood", () => {
    const a = parseRule("sum（a，b）≥ c × 2");
    const b = parseRule("sum(a,b) >= c * 2");
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    const strip = (x: unknown) => JSON.stringify(x, (k, v) => (k === "span" ? undefined : v));
    expect(strip(a.expr)).toBe(strip(b.expr));
  });

  test("== and = mean the same; <> and ≠ mean !=", () => {
    for (const [x, op] of [["a == b", "="], ["a = b", "="], ["a <> b", "!="], ["a ≠ b", "!="]] as const) {
      const r = parseRule(x);
      expect(r.ok && r.expr.type === "compare" && r.expr.op).toBe(op);
    }
  });

  test("references keep their year and their position", () => {
    const r = parseRule("rate@2022 >= rate@2020 + 1");
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const refs = references(r.expr);
    expect(refs.map((x) => [x.id, x.year, x.span.start])).toEqual([
      ["rate", 2022, 0],
      ["rate", 2020, 13],
    ]);
  });

  test("=> is refused with the fix, at its column", () => {
    const e = error("a => b");
    expect(e.column).toBe(3);
    expect(e.suggestion).toBe(">=");
    expect(e.message["zh-CN"]).toContain("第 3 列");
    expect(e.message["en-US"]).toContain('">="');
  });

  test("an unknown function suggests the nearest one", () => {
    const e = error("summ(a, b) = c");
    expect(e.suggestion).toBe("sum");
    expect(e.column).toBe(1);
  });

  test("unbalanced brackets, dangling operators and chained comparisons are explained", () => {
    expect(error("(a + b = c").message["en-US"]).toMatch(/closing/);
    expect(error("a + = b").column).toBe(5);
    expect(error("a >=").message["zh-CN"]).toContain("不完整");
    expect(error("a < b < c").message["en-US"]).toMatch(/don't chain/);
    expect(error("abs(a, b) = 1").message["en-US"]).toMatch(/takes 1 argument/);
    expect(error("prev(a + b) = 1").message["en-US"]).toMatch(/prev\(\) takes one indicator/);
    expect(error("a@20 = 1").message["en-US"]).toMatch(/four-digit year/);
  });

  test("a stray character is located even after non-BMP text", () => {
    const e = error("a = b # c");
    expect(e.column).toBe(7);
  });

  test("nothing a rule says is executed: odd input is just a syntax error", () => {
    for (const s of ["process.exit(1)", "a; b", "`x`", "constructor.constructor('x')()", "a[0] = 1"]) {
      expect(parseRule(s).ok).toBe(false);
    }
  });
});
