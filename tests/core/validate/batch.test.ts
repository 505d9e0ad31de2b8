// The engine prepares a set once and reuses it across submissions: reuse must never change an
// answer, whether sets alternate, a set's lists are replaced, or the same rule text recurs.
import { validateSubmission } from "../../../src/core/validate";
import { exampleSet, submission } from "./fixtures";

const brief = (findings: { rule: string; cell?: string }[]) => findings.map((f) => `${f.rule} ${f.cell ?? "-"}`);

describe("checking many submissions against one prepared set", () => {
  test("two sets checked in turn each keep their own rules and targets", () => {
    const a = exampleSet();
    const b = exampleSet();
    b.rules = [];
    b.indicators = b.indicators.map((i) => (i.id === "preschool_net_enrolment" ? { ...i, targets: [{ comparator: ">=", value: 99.9, basis: "absolute" }] } : i));
    const parts = submission(a, "linjiang", { values: { training_person_times: 40000 } });
    for (let round = 0; round < 2; round++) {
      expect(brief(validateSubmission(a, parts))).toEqual(["rule.training_parts_sum E15"]);
      expect(brief(validateSubmission(b, parts))).toEqual(["target.missed E4"]);
    }
  });

  test("a set whose rules, indicators or quotas were replaced is prepared again", () => {
    const set = exampleSet();
    const parts = submission(set, "linjiang", { values: { training_person_times: 40000 } });
    expect(brief(validateSubmission(set, parts))).toEqual(["rule.training_parts_sum E15"]);
    set.rules = [];
    expect(validateSubmission(set, parts)).toEqual([]);
    set.quotas = [{ indicator: "training_person_times", unit: "linjiang", value: 50000 }];
    expect(brief(validateSubmission(set, parts))).toEqual(["target.quota_missed E15"]);
    set.indicators = set.indicators.map((i) => (i.id === "training_person_times" ? { ...i, bounds: { max: 100 } } : i));
    expect(brief(validateSubmission(set, parts))).toEqual(["value.out_of_bounds E15"]);
  });

  test("a clean submission checked many times makes no findings", () => {
    const set = exampleSet();
    const clean = submission(set, "linjiang");
    for (let i = 0; i < 50; i++) expect(validateSubmission(set, clean)).toEqual([]);
  });
});
