import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadIndicatorSet, parseIndicatorSetJson, type IndicatorSetInput } from "../../../src/core/set";

const examplePath = join(__dirname, "../../../examples/district-balanced-development.set.json");
const exampleText = readFileSync(examplePath, "utf8");
const example = (): IndicatorSetInput => JSON.parse(exampleText);

function problemsOf(doc: unknown) {
  const r = loadIndicatorSet(doc);
  if (r.ok) throw new Error("expected problems, the set loaded");
  return r.problems;
}

describe("loading an indicator set", () => {
  test("the built-in example loads and gets its defaults filled in", () => {
    const r = parseIndicatorSetJson(exampleText);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.set.indicators.length).toBeGreaterThan(20);
    const progress = r.set.indicators.find((i) => i.id === "progress_note")!;
    expect(progress.targets).toEqual([]);
    expect(r.set.rules.every((x) => x.severity === "error" || x.severity === "warning")).toBe(true);
    expect(r.set.rules.find((x) => x.id === "migrant_public_within_total")!.missing).toBe("skip_if_any");
  });

  test("reports every problem at once, each with a JSON path and both languages", () => {
    const doc = example() as any;
    delete doc.title;
    doc.indicators[0].id = "1st";
    doc.indicators[1].valueType = "percentage";
    doc.indicators[3].section = "goal_qualty";
    doc.units[2].parent = "burea";
    const problems = problemsOf(doc);
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(["$.title", "$.indicators[0].id", "$.indicators[1].valueType", "$.indicators[3].section", "$.units[2].parent"]),
    );
    for (const p of problems) {
      expect(p.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message["en-US"]).toMatch(/[A-Za-z]/);
      expect(p.message["en-US"]).not.toMatch(/[\u4e00-\u9fff]{2}/);
    }
    expect(problems.find((p) => p.path === "$.indicators[3].section")!.message["zh-CN"]).toContain("goal_quality");
    expect(problems.find((p) => p.path === "$.units[2].parent")!.message["en-US"]).toContain('Did you mean "bureau"');
    expect(problems.find((p) => p.path === "$.title")!.message["zh-CN"]).toContain("缺少必填字段");
    const idProblem = problems.find((p) => p.path === "$.indicators[0].id")!;
    expect(idProblem.code).toBe("id_format");
    expect(idProblem.message["zh-CN"]).toContain("以英文字母开头");
  });

  test("an indicator broken in one field still counts as existing for references", () => {
    const doc = example() as any;
    const weighted = doc.indicators.find((i: any) => i.aggregate?.weight);
    const weight = doc.indicators.find((i: any) => i.id === weighted.aggregate.weight);
    weight.valueType = "number";
    const problems = problemsOf(doc);
    expect(problems.map((p) => p.code)).toEqual(["invalid_value"]);
  });

  test("cross-reference checks: duplicates, weights, bounds, years, impossible targets", () => {
    const doc = example() as any;
    doc.indicators[5].id = doc.indicators[4].id;
    doc.indicators[0].aggregate = { method: "weighted_mean" };
    doc.indicators[6].bounds = { min: 10, max: 5 };
    doc.indicators[4].targets = [{ comparator: ">=", value: 90, year: 2030 }];
    doc.indicators[7].targets = [{ comparator: ">", value: 100 }];
    const codes = problemsOf(doc).map((p) => `${p.path} ${p.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        "$.indicators[5].id duplicate_id",
        "$.indicators[0].aggregate weight_required",
        "$.indicators[6].bounds bounds_order",
        "$.indicators[4].targets[0].year year_not_in_set",
        "$.indicators[7].targets[0].value target_outside_bounds",
      ]),
    );
  });

  test("a count may not be given negative bounds; a percent may be widened for growth rates", () => {
    const doc = example() as any;
    const count = doc.indicators.find((i: any) => i.valueType === "count");
    count.bounds = { min: -5 };
    const pct = doc.indicators.find((i: any) => i.valueType === "percent");
    pct.bounds = { min: -50, max: 300 };
    const problems = problemsOf(doc);
    expect(problems).toHaveLength(1);
    expect(problems[0]!.code).toBe("bounds_outside_type");
  });

  test("yes/no targets only on yes/no indicators, and they must be = true/false", () => {
    const doc = example() as any;
    doc.indicators.find((i: any) => i.valueType === "boolean").targets = [{ comparator: ">=", value: 1 }];
    doc.indicators.find((i: any) => i.valueType === "percent").targets = [{ comparator: "=", value: true }];
    expect(problemsOf(doc).map((p) => p.code).sort()).toEqual(["boolean_target", "boolean_target_type"]);
  });

  test("rule expressions are parsed and their indicator ids checked, with suggestions", () => {
    const doc = example() as any;
    doc.rules[0].check = "training_person_times => 1";
    doc.rules[1].check = "migrant_children_publc <= migrant_children_total";
    doc.rules[2].check = "migrant_children_total + 1";
    const problems = problemsOf(doc);
    const byPath = Object.fromEntries(problems.map((p) => [p.path, p]));
    expect(byPath["$.rules[0].check"]!.code).toBe("rule_syntax");
    expect(byPath["$.rules[0].check"]!.message["zh-CN"]).toContain(">=");
    expect(byPath["$.rules[1].check"]!.code).toBe("rule_unknown_indicator");
    expect(byPath["$.rules[1].check"]!.message["en-US"]).toContain("migrant_children_public");
    expect(byPath["$.rules[2].check"]!.code).toBe("rule_not_condition");
  });

  test("problems read from text carry the line of the offending value", () => {
    const text = exampleText.replace('"valueType": "ratio"', '"valueType": "rate"');
    const r = parseIndicatorSetJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const p = r.problems[0]!;
    const line = text.split("\n").findIndex((l) => l.includes('"rate"')) + 1;
    expect(p.line).toBe(line);
  });

  test("a JSON syntax error names its line and column", () => {
    const text = '{\n  "format": "indicator-set/v1",\n  "id": "x"\n  "title": "t"\n}';
    const r = parseIndicatorSetJson(text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.problems[0]!.code).toBe("json_syntax");
    expect(r.problems[0]!.line).toBe(4);
    expect(r.problems[0]!.message["zh-CN"]).toContain("第 4 行");
  });

  test("anything at all is answered with problems, never an exception", () => {
    for (const junk of [null, 42, "text", [], { format: "indicator-set/v1" }, { indicators: [null, 1, { id: 5 }] }]) {
      const r = loadIndicatorSet(junk);
      expect(r.ok).toBe(false);
    }
  });
});
