// Totals by the declared method: rates as a ratio of sums or weighted by size, a plain mean only
// when nothing better is declared, yes/no as a count, ratios and text as a distribution.
import { aggregate, exactSum, methodOf } from "../../../src/core/summary";

const rate = { valueType: "percent" as const };

test("a ratio of sums differs from the mean of rates when units differ in size", () => {
  // a big district at 90% and a small one at 50%: the area's rate is near 90, not 70
  const units = [
    { value: 90, numerator: 900, denominator: 1000 },
    { value: 50, numerator: 5, denominator: 10 },
  ];
  const ratio = aggregate({ ...rate, aggregate: { method: "ratio", numerator: "a", denominator: "b" } }, units);
  const mean = aggregate({ ...rate, aggregate: { method: "mean" } }, units);
  expect(ratio.total).toBeCloseTo((905 / 1010) * 100, 10);
  expect(mean.total).toBe(70);
  expect(ratio.method).toBe("ratio");
});

test("a weighted mean weighs each unit's figure by its weight and leaves out units missing either", () => {
  const r = aggregate({ ...rate, aggregate: { method: "weighted_mean", weight: "w" } }, [
    { value: 99, weight: 3000 },
    { value: 95, weight: 1000 },
    { value: 10, weight: null },
    { value: null, weight: 5000 },
  ]);
  expect(r.total).toBeCloseTo(98, 10);
  expect(r.counted).toBe(2);
});

test("rates default to the plain mean, counts to the sum; blanks are left out, not taken as zero", () => {
  expect(methodOf({ valueType: "percent" })).toBe("mean");
  expect(methodOf({ valueType: "count" })).toBe("sum");
  const r = aggregate({ valueType: "count" }, [{ value: 3 }, { value: null }, { value: 4 }]);
  expect(r).toMatchObject({ total: 7, counted: 2, stats: { min: 3, max: 4, median: 3.5, range: 1 } });
  expect(aggregate({ valueType: "count" }, [{ value: null }]).total).toBeNull();
  expect(aggregate({ ...rate }, [{ value: null }]).total).toBeNull();
});

test("min, max and none", () => {
  const units = [{ value: 3 }, { value: 9 }, { value: 5 }];
  expect(aggregate({ valueType: "decimal", aggregate: { method: "min" } }, units).total).toBe(3);
  expect(aggregate({ valueType: "decimal", aggregate: { method: "max" } }, units).total).toBe(9);
  expect(aggregate({ valueType: "decimal", aggregate: { method: "none" } }, units)).toMatchObject({ total: null, stats: { median: 5 } });
});

test("yes/no counts the units that said yes, of those that answered", () => {
  const r = aggregate({ valueType: "boolean" }, [{ value: true }, { value: false }, { value: true }, { value: null }]);
  expect(r).toMatchObject({ method: "yes_count", total: 2, yes: { yes: 2, answered: 3 } });
});

test("ratios as people wrote them and text have no total, only how many gave each answer", () => {
  const r = aggregate({ valueType: "ratio" }, [{ value: "1:1" }, { value: "1:1.2" }, { value: "1:1" }, { value: null }]);
  expect(r.method).toBe("distribution");
  expect(r.total).toBeNull();
  expect(r.distribution).toEqual([
    { answer: "1:1", units: 2 },
    { answer: "1:1.2", units: 1 },
  ]);
});

test("sums of typed decimals do not drift", () => {
  expect(exactSum([0.1, 0.2, 0.3])).toBe(0.6);
  expect(exactSum(Array(10).fill(0.1))).toBe(1);
});
