// Rules are compiled once per parsed expression and the last one is kept at hand for batches:
// checking rules in any interleaving gives what a freshly parsed rule gives.
import fc from "fast-check";
import { evaluateRule, parseRule, type MissingPolicy } from "../../../src/core/rules";
import type { Expr } from "../../../src/core/rules/ast";

const SOURCES = [
  "sum(a, b, c) = t",
  "sum(a, b * 2, -c) <= t",
  "a / b * 100 = t",
  "a <= t and not (b > c) or min(a, b) = max(c, 0)",
  "round(a / 3, 2) != abs(b - c)",
  "t >= prev(t)",
  "a@2024 + prev(b) < t",
];

const parse = (source: string): Expr => {
  const r = parseRule(source);
  if (!r.ok) throw new Error(r.error.message["en-US"]);
  return r.expr;
};

const figure = fc.oneof(fc.constant(null), fc.integer({ min: -50, max: 50 }), fc.double({ min: -1e6, max: 1e6, noNaN: true }));

test("interleaved rules on many units match fresh parses", () => {
  const parsed = SOURCES.map(parse);
  fc.assert(
    fc.property(
      fc.array(fc.record({ rule: fc.nat(SOURCES.length - 1), a: figure, b: figure, c: figure, t: figure, prev: figure, missing: fc.constantFrom<MissingPolicy>("skip_if_any", "skip_if_all", "never_skip") }), { minLength: 1, maxLength: 30 }),
      (checks) => {
        for (const c of checks) {
          const inputs = { value: (id: string, year?: number | "previous") => (year === "previous" ? c.prev : (c[id as "a" | "b" | "c" | "t"] ?? null)) };
          const options = { missing: c.missing, tolerance: 0.5 };
          expect(evaluateRule(parsed[c.rule]!, inputs, options)).toEqual(evaluateRule(parse(SOURCES[c.rule]!), inputs, options));
        }
      },
    ),
    { numRuns: 300 },
  );
});
