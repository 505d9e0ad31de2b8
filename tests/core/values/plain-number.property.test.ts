// The plain-number fast path is an optimisation only: on any input, parseCellValue (fast path
// first) gives exactly what the full parser alone gives, -0, messages and doubts included.
import fc from "fast-check";
import { parseCellValue, parseCellValueFully, VALUE_TYPES, type CellContext } from "../../../src/core/values/parse-cell-value";

const contextArb: fc.Arbitrary<CellContext> = fc.record(
  {
    valueType: fc.constantFrom(...VALUE_TYPES),
    unit: fc.constantFrom("%", "个", "万元", "元", "人", "", undefined),
    numberFormat: fc.constantFrom("General", "0.0%", "0%", "#,##0", '0"%"', "@", undefined),
    choices: fc.constantFrom(undefined, ["1", "2.5", "-0"], ["是", "否"]),
  },
  { requiredKeys: ["valueType"] },
);

const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: min, maxLength: max });

/** Plain decimals around the fast path's limits (15 digits either side), zeros and signs included. */
const plainText = fc
  .tuple(fc.constantFrom("", "-", "+", "--"), digits(0, 18), fc.constantFrom("", ".", ".", "。"), digits(0, 18), fc.constantFrom("", "", " ", "%", "e3"))
  .map(([sign, whole, point, fraction, tail]) => `${sign}${whole}${point}${fraction}${tail}`);

const numberArb = fc.oneof(
  fc.double(), // NaN, ±Infinity, -0, subnormals
  fc.integer({ min: -1e6, max: 1e6 }),
  fc.integer({ min: -1e6, max: 1e6 }).map((n) => n / 1000), // within ±1: percent doubts
  fc.constantFrom(0, -0, 1, -1, 0.5, -0.5, 1.0000001, 1e21, 1e-7, Number.MAX_VALUE, Number.MIN_VALUE),
);

const same = (raw: unknown, context: CellContext) => expect(parseCellValue(raw, context)).toEqual(parseCellValueFully(raw, context));

describe("the plain-number fast path", () => {
  it("matches the full parser on numbers", () => {
    fc.assert(fc.property(numberArb, contextArb, same), { numRuns: 3000 });
  });

  it("matches the full parser on decimal text, near-decimal text and the edges of its pattern", () => {
    fc.assert(fc.property(plainText, contextArb, same), { numRuns: 3000 });
  });

  it("matches the full parser on numbers written as text", () => {
    fc.assert(fc.property(numberArb, contextArb, (x, context) => same(String(x), context)), { numRuns: 2000 });
  });

  it("matches the full parser on whatever else a cell can hold, and on odd contexts", () => {
    fc.assert(fc.property(fc.anything(), fc.oneof(contextArb, fc.anything()), (raw, context) => same(raw, context as CellContext)), { numRuns: 1000 });
  });

  it("leaves digits that Number() would round to 0 or Infinity to the full parser's refusal", () => {
    for (const raw of [`0.${"0".repeat(400)}1`, "9".repeat(400), `-${"9".repeat(310)}.5`]) {
      for (const valueType of ["decimal", "count", "percent"] as const) {
        same(raw, { valueType });
        expect(parseCellValue(raw, { valueType }).ok).toBe(false);
      }
    }
  });

  it("is taken for plain numbers (same values as Number)", () => {
    for (const [raw, valueType, expected] of [
      ["12.50", "decimal", 12.5],
      ["-0", "count", 0],
      [98.5, "percent", 98.5],
      ["007", "money", 7],
      ["123456789012345.123456789012345", "area", 123456789012345.12],
    ] as const) {
      const r = parseCellValue(raw, { valueType });
      expect(r).toEqual({ ok: true, value: expected });
      expect(Object.is(r.ok && r.value, -0)).toBe(false);
    }
  });
});
