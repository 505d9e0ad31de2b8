import fc from "fast-check";
import { evaluateRule, parseRule, shapeProblem, type MissingPolicy } from "../../../src/core/rules";

function run(source: string, values: Record<string, number | null>, missing: MissingPolicy = "skip_if_any", tolerance?: number) {
  const r = parseRule(source);
  if (!r.ok) throw new Error(r.error.message["en-US"]);
  return evaluateRule(
    r.expr,
    {
      value: (id, year) => {
        const key = year === "previous" ? `prev:${id}` : year ? `${id}@${year}` : id;
        return key in values ? values[key]! : null;
      },
    },
    { missing, tolerance },
  );
}

describe("evaluating rules", () => {
  test("parts summing to a total report the imbalance", () => {
    expect(run("sum(a, b, c) = t", { a: 1, b: 2, c: 3, t: 6 })).toMatchObject({ status: "passed", imbalance: 0 });
    expect(run("sum(a, b, c) = t", { a: 1, b: 2, c: 3, t: 10 })).toMatchObject({ status: "failed", left: 6, right: 10, imbalance: -4 });
  });

  test("decimal figures that add up exactly are not failed by floating point", () => {
    expect(run("a + b = c", { a: 0.1, b: 0.2, c: 0.3 }).status).toBe("passed");
  });

  test("a rate equals numerator / denominator within the rule's tolerance", () => {
    expect(run("r = n / d * 100", { r: 66.7, n: 2, d: 3 }, "skip_if_any", 0.1).status).toBe("passed");
    expect(run("r = n / d * 100", { r: 66.7, n: 2, d: 3 }).status).toBe("failed");
  });

  test("division by zero is not computable, not a pass", () => {
    expect(run("r = n / d * 100", { r: 5, n: 0, d: 0 })).toMatchObject({ status: "skipped", reason: "not_computable" });
  });

  test("missing-value policies", () => {
    const some = { a: 5, t: 5 };
    expect(run("sum(a, b) = t", some, "skip_if_any")).toMatchObject({ status: "skipped", missing: ["b"] });
    expect(run("sum(a, b) = t", some, "skip_if_all")).toMatchObject({ status: "passed", missing: ["b"] });
    expect(run("sum(a, b) = t", {}, "skip_if_all")).toMatchObject({ status: "skipped" });
    expect(run("sum(a, b) = t", { t: 3 }, "never_skip")).toMatchObject({ status: "failed", imbalance: -3 });
  });

  test("prev() reads last year's figure and year references read that year", () => {
    expect(run("x >= prev(x)", { x: 90, "prev:x": 91 }).status).toBe("failed");
    expect(run("x >= prev(x)", { x: 92, "prev:x": 91 }).status).toBe("passed");
    expect(run("x >= prev(x)", { x: 92 })).toMatchObject({ status: "skipped", missing: ["prev(x)"] });
    expect(run("x@2022 >= x@2020", { "x@2022": 95, "x@2020": 93 }).status).toBe("passed");
  });

  test("logic and functions", () => {
    expect(run("a <= b and not (a < 0)", { a: 1, b: 2 }).status).toBe("passed");
    expect(run("a > 5 or b > 5", { a: 1, b: 2 }).status).toBe("failed");
    expect(run("round(a, 1) = 3.1", { a: 3.14159 }).status).toBe("passed");
    expect(run("max(a, b) - min(a, b) <= abs(-1)", { a: 3, b: 4 }).status).toBe("passed");
  });

  test("a rule must be a condition over numbers", () => {
    const shape = (s: string) => {
      const r = parseRule(s);
      if (!r.ok) throw new Error("parse");
      return shapeProblem(r.expr);
    };
    expect(shape("a + b")).toMatchObject({ expected: "boolean" });
    expect(shape("(a < b) + 1 = 2")).toMatchObject({ expected: "number" });
    expect(shape("a < b")).toBeNull();
  });

  test("property: a sum rule passes exactly when the total is the sum of its parts", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 6 }), fc.integer({ min: -3, max: 3 }), (parts, delta) => {
        const values: Record<string, number> = { t: parts.reduce((a, b) => a + b, 0) + delta };
        parts.forEach((p, i) => (values[`p${i}`] = p));
        const out = run(`sum(${parts.map((_, i) => `p${i}`).join(", ")}) = t`, values);
        expect(out.status).toBe(delta === 0 ? "passed" : "failed");
        if (out.status !== "skipped") expect(out.imbalance).toBe(0 - delta);
      }),
    );
  });
});
