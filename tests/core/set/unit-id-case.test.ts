// Forms are written as `<unitId>-<name>.xlsx`, and Windows and macOS file systems do not tell
// School1 from school1: one unit's form would overwrite the other's. Such ids are a set problem,
// with its JSON path and both languages, like a duplicate id.
import { loadIndicatorSet, type IndicatorSetInput } from "../../../src/core/set";
import { exampleInput } from "../template/fixtures";

function problemsWith(units: { id: string; name: string }[]) {
  const input = exampleInput() as IndicatorSetInput & { units: { id: string; name: string }[] };
  const r = loadIndicatorSet({ ...input, units: [...input.units, ...units] });
  return { r, at: input.units.length };
}

test("unit ids that differ only in case are refused, at the later one, naming the earlier", () => {
  const { r, at } = problemsWith([
    { id: "School1", name: "第一小学" },
    { id: "school1", name: "第一小学分校" },
    { id: "SCHOOL1", name: "第一小学新校区" },
  ]);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  const found = r.problems.filter((p) => p.code === "unit_id_case");
  expect(found.map((p) => p.path)).toEqual([`$.units[${at + 1}].id`, `$.units[${at + 2}].id`]);
  expect(found[0]!.message["zh-CN"]).toContain("“school1”与“School1”");
  expect(found[0]!.message["zh-CN"]).toContain(`$.units[${at}]`);
  expect(found[0]!.message["en-US"]).toContain('"school1" differs from "School1"');
  expect(found[0]!.message["en-US"]).toMatch(/Windows and macOS/);
});

test("an exact duplicate is a duplicate id only, not also a case clash", () => {
  const { r, at } = problemsWith([{ id: "linjiang", name: "临江镇（又一次）" }]);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => [p.path, p.code])).toEqual([[`$.units[${at}].id`, "duplicate_id"]]);
});

test("ids that differ in more than case load", () => {
  const { r } = problemsWith([
    { id: "school1", name: "第一小学" },
    { id: "school_1", name: "第一小学分校" },
    { id: "school11", name: "第十一小学" },
  ]);
  expect(r.ok).toBe(true);
});
