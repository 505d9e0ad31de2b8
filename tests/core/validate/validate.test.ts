import fc from "fast-check";
import { acrossUnits, readyToSubmit, validateSubmission, type Finding } from "../../../src/core/validate";
import type { ReadValue } from "../../../src/core/workbook/workbook";
import { CLEAN, exampleSet, rowOf, submission } from "./fixtures";

const set = exampleSet();
const brief = (f: Finding) => `${f.rule} ${f.severity} ${f.cell ?? "-"}`;
const at = (id: string, col = "E") => `${col}${rowOf(set, id)}`;

describe("validating one unit's submission", () => {
  test("a blank asks for what the indicator takes: a number, or an answer for yes/no", () => {
    const blank = (id: string) => validateSubmission(set, submission(set, "linjiang", { values: { [id]: null } }))[0]!.message["zh-CN"];
    expect(blank("preschool_age_children")).toContain("请填写数值");
    expect(blank("sunshine_sports_school")).toBe("“是否开展学生阳光体育运动”必须填写，目前为空。请填写“是”或“否”。");
  });

  test("a clean submission has no findings and is ready to submit", () => {
    const findings = validateSubmission(set, submission(set, "linjiang"));
    expect(findings).toEqual([]);
    expect(readyToSubmit(findings)).toBe(true);
  });

  // Each injected fault, and exactly the findings it must produce (rule, severity, cell).
  const faults: [string, { values?: Record<string, ReadValue>; baseline?: Record<string, ReadValue> }, string[]][] = [
    ["required but empty", { values: { preschool_age_children: null } }, [`value.required error ${at("preschool_age_children")}`]],
    ["a placeholder in a required cell", { values: { new_practice_bases: "/" } }, [`value.required error ${at("new_practice_bases")}`]],
    ["not a number", { values: { training_rate: "六十" } }, [`value.not_a_number error ${at("training_rate")}`]],
    ["an Excel error", { values: { training_rate: { error: "#DIV/0!" } } }, [`value.not_a_number error ${at("training_rate")}`]],
    ["a fractional count", { values: { new_practice_bases: 1.5 } }, [`value.not_whole error ${at("new_practice_bases")}`]],
    ["a percent above 100", { values: { community_education_rate: 120 } }, [`value.out_of_bounds error ${at("community_education_rate")}`]],
    ["a negative count", { values: { safety_accidents: -1 } }, [`value.out_of_bounds error ${at("safety_accidents")}`]],
    ["a missed >= target", { values: { preschool_net_enrolment: 95 } }, [`target.missed warning ${at("preschool_net_enrolment")}`]],
    ["a missed = 0 target", { values: { safety_accidents: 2 } }, [`target.missed warning ${at("safety_accidents")}`]],
    ["a ratio off 1:1左右", { values: { vocational_general_ratio: "1:1.5" } }, [`target.missed warning ${at("vocational_general_ratio")}`]],
    ["a yes/no target missed", { values: { sunshine_sports_school: "否" } }, [`target.missed warning ${at("sunshine_sports_school")}`]],
    ["parts not adding up to the total", { values: { training_person_times: 40000 } }, [`rule.training_parts_sum error ${at("training_person_times")}`]],
    ["a rate inconsistent with its numerator and denominator", { values: { migrant_children_public_rate: 80 } }, [`rule.migrant_rate_consistent warning ${at("migrant_children_public_rate")}`]],
    [
      "a part above its whole",
      { values: { senior_master_teachers: 500 } },
      [`rule.master_teachers_within_total error ${at("senior_master_teachers")}`, `rule.master_rate_consistent warning ${at("senior_master_teacher_rate")}`],
    ],
    ["below last year", { values: { standardized_school_rate: 81 }, baseline: { standardized_school_rate: 83 } }, [`rule.standardization_not_lower warning ${at("standardized_school_rate")}`]],
    ["an approximate figure", { values: { compulsory_retention: "约99.5" } }, [`value.qualifier warning ${at("compulsory_retention")}`]],
    ["a percent that may be a fraction", { values: { training_rate: 0.6 } }, [`value.doubt warning ${at("training_rate")}`, `target.missed warning ${at("training_rate")}`]],
  ];
  test.each(faults)("finds %s on the right cell, and nothing else", (_label, edits, expected) => {
    const findings = validateSubmission(set, submission(set, "linjiang", edits));
    expect(findings.map(brief).sort()).toEqual([...expected].sort());
    for (const f of findings) {
      expect(f.message["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(f.message["en-US"].length).toBeGreaterThan(10);
      expect(f.unit).toBe("linjiang");
    }
  });

  test("a sum check reports the imbalance", () => {
    const [f] = validateSubmission(set, submission(set, "linjiang", { values: { training_person_times: 40000 } }));
    expect(f!.imbalance).toBe(-9000);
    // in a clerk's words: what was computed, what it should be, how far short
    expect(f!.message["zh-CN"]).toContain("（算得 31000，应为 40000，少 9000）");
    expect(f!.message["en-US"]).toContain("(computed 31000, should be 40000: 9000 short)");
  });

  test("a warning explained in 说明 shows as explained and no longer blocks submission; errors always block", () => {
    const explained = validateSubmission(set, submission(set, "linjiang", { values: { preschool_net_enrolment: 95 }, notes: { preschool_net_enrolment: "新建园延期开园" } }));
    expect(explained).toHaveLength(1);
    expect(explained[0]!.explanation).toBe("新建园延期开园");
    expect(readyToSubmit(explained)).toBe(true);
    const unexplained = validateSubmission(set, submission(set, "linjiang", { values: { preschool_net_enrolment: 95 } }));
    expect(readyToSubmit(unexplained)).toBe(false);
    const error = validateSubmission(set, submission(set, "linjiang", { values: { community_education_rate: 120 }, notes: { community_education_rate: "口径不同" } }));
    expect(error[0]!.explanation).toBeUndefined();
    expect(readyToSubmit(error)).toBe(false);
  });

  test("no false positives: any clean figure that meets targets and rules passes (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 3000 }), (a, b, c, total) => {
        const sum = a + b + c;
        const pub = Math.min(total, Math.ceil(total * 0.7));
        const values = {
          training_cadre_teacher: a,
          training_community: b,
          training_vocational: c,
          training_person_times: Math.max(sum, 30000) === sum ? sum : sum,
          migrant_children_total: total,
          migrant_children_public: pub,
          migrant_children_public_rate: Math.round((pub / total) * 1000) / 10,
        };
        const findings = validateSubmission(set, submission(set, "linjiang", { values }));
        // Only the training target (≥30000) and the migrant rate target (≥67) may legitimately be missed.
        for (const f of findings) {
          expect(f.rule).toBe("target.missed");
          expect(["training_person_times", "migrant_children_public_rate"]).toContain(f.indicator);
        }
      }),
      { numRuns: 200 },
    );
  });

  test("values are never changed: the entries given are left as they were", () => {
    const s = submission(set, "linjiang", { values: { training_rate: "６０％" } });
    const before = JSON.stringify(s);
    validateSubmission(set, s);
    expect(JSON.stringify(s)).toBe(before);
  });
});

describe("across units", () => {
  const units = ["xincheng", "linjiang", "yufan", "chengdong", "chengxi"];

  test("a figure far from every other unit's is flagged on its cell; ordinary spread is not", () => {
    const subs = units.map((u, i) => submission(set, u, { values: { preschool_age_children: 1100 + i * 50 } }));
    expect(acrossUnits(set, subs).filter((f) => f.rule === "units.outlier")).toEqual([]);
    subs[2] = submission(set, "yufan", { values: { preschool_age_children: 120000 } });
    const outliers = acrossUnits(set, subs).filter((f) => f.rule === "units.outlier");
    expect(outliers.map((f) => `${f.unit} ${f.indicator} ${f.cell}`)).toEqual([`yufan preschool_age_children ${at("preschool_age_children")}`]);
  });

  test("duplicate submissions and missing units", () => {
    const subs = [submission(set, "xincheng", {}, "a.xlsx"), submission(set, "xincheng", {}, "b.xlsx"), submission(set, "linjiang")];
    const findings = acrossUnits(set, subs);
    expect(findings.filter((f) => f.rule === "units.duplicate").map((f) => f.file)).toEqual(["a.xlsx", "b.xlsx"]);
    // The bureau rolls the districts up, so it is not expected to submit.
    expect(findings.filter((f) => f.rule === "units.missing").map((f) => f.unit).sort()).toEqual(["chengdong", "chengxi", "yufan"]);
  });

  test("clean values of the fixture are what the example set expects", () => {
    expect(Object.keys(CLEAN).sort()).toEqual(set.indicators.map((i) => i.id).sort());
  });
});

describe("several years", () => {
  test("a change target in a later year compares with the previous year's column; the first with 上年值", () => {
    const base = exampleSet();
    const set = {
      ...base,
      years: [2020, 2021],
      rules: [],
      indicators: [{ ...base.indicators[0]!, targets: [{ comparator: ">=" as const, value: 1, basis: "difference" as const }] }],
    };
    const id = set.indicators[0]!.id;
    const place = { file: "f.xlsx", sheet: "填报表", indicatorId: id, unitId: "linjiang" };
    const subm = (v2020: number, v2021: number, base2019: number) => ({
      file: "f.xlsx",
      unitId: "linjiang",
      entries: [
        { ...place, cell: "E3", kind: "value" as const, year: 2020, raw: v2020 },
        { ...place, cell: "F3", kind: "value" as const, year: 2021, raw: v2021 },
        { ...place, cell: "G3", kind: "baseline" as const, year: 2020, raw: base2019 },
      ],
    });
    expect(validateSubmission(set, subm(82, 84, 80))).toEqual([]);
    const late = validateSubmission(set, subm(82, 82.5, 80));
    expect(late.map((f) => `${f.rule} ${f.cell} ${f.year}`)).toEqual(["target.change_missed F3 2021"]);
    const early = validateSubmission(set, subm(80.5, 84, 80));
    expect(early.map((f) => `${f.rule} ${f.cell} ${f.year}`)).toEqual(["target.change_missed E3 2020"]);
  });
});
