import { describeBounds, describeTarget, plainNumber } from "../../../src/core/set/describe";

const pct = { unit: "%", valueType: "percent" as const };
const cnt = { unit: "所", valueType: "count" as const };

describe("targets and bounds in the words of a target table", () => {
  test("comparators, units, years", () => {
    expect(describeTarget({ comparator: ">=", value: 99, basis: "absolute" }, pct)).toBe("≥99%");
    expect(describeTarget({ comparator: "between", min: 2, max: 3, basis: "absolute" }, cnt)).toBe("2～3所");
    expect(describeTarget({ comparator: "=", value: 0, basis: "absolute", year: 2020 }, { unit: "起", valueType: "count" })).toBe("2020年：=0起");
    expect(describeTarget({ comparator: "~", value: 1, tolerance: 0.1, basis: "absolute" }, { unit: "", valueType: "ratio" })).toBe("约1:1（±0.1）");
    expect(describeTarget({ comparator: "=", value: true, basis: "absolute" }, { unit: "", valueType: "boolean" })).toBe("是");
    expect(describeTarget({ comparator: ">=", value: 99, basis: "absolute" }, pct, "en-US")).toBe("≥99%");
  });
  test("changes against last year are in percentage points or growth", () => {
    expect(describeTarget({ comparator: "<=", value: -1, basis: "difference" }, pct)).toBe("较上年≤-1个百分点");
    expect(describeTarget({ comparator: ">=", value: 10, basis: "growth" }, cnt)).toBe("较上年增长≥10%");
  });
  test("~ without a tolerance shows the default one", () => {
    expect(describeTarget({ comparator: "~", value: 85, basis: "absolute" }, pct)).toBe("约85%（±1）");
  });
  test("bounds from the type", () => {
    expect(describeBounds({ valueType: "percent" })).toBe("0～100");
    expect(describeBounds({ valueType: "count" })).toBe("≥0，整数");
    expect(describeBounds({ valueType: "count" }, "en-US")).toBe("≥0, whole number");
    expect(describeBounds({ valueType: "decimal", bounds: { min: 0, max: 24 } })).toBe("0～24");
  });
  test("numbers without float noise", () => {
    expect(plainNumber(0.1 + 0.2)).toBe("0.3");
    expect(plainNumber(14310)).toBe("14310");
  });
});
