// The table of a unit form is made once per set and shared by its units (unit-form-cache.ts):
// every unit's form must be exactly what a build from scratch gives, and a changed set must
// never get the table of the set it was changed from.
import { buildUnitForm, cellMapFrom, unitFormChanges } from "../../../src/core/template";
import type { IndicatorSet, IndicatorSetInput } from "../../../src/core/set";
import { bigSetInput, exampleInput, load } from "./fixtures";
import { model } from "./model";

type Input = IndicatorSetInput & { indicators: Record<string, unknown>[] };

/** Two objects of one set: one that has served other units' forms, one never used. */
function twoCopies(input: IndicatorSetInput): [IndicatorSet, IndicatorSet] {
  return [load(input), load(input)];
}

const inputs: [string, IndicatorSetInput][] = [
  ["the example (one sheet, 上年值 column)", exampleInput()],
  ["a 200-indicator set over two years (a sheet per section)", bigSetInput(200, { years: [2024, 2025], units: 4 })],
];

describe.each(inputs)("%s", (_label, input) => {
  test("a second and third unit get from the kept table exactly the forms made from scratch", () => {
    const [used, fresh] = twoCopies(input);
    const [first, second, third] = used.units.map((u) => u.id);
    unitFormChanges(used, { unitId: first! }); // fills the cache
    for (const unitId of [second!, third!]) {
      const kept = unitFormChanges(used, { unitId });
      const scratch = unitFormChanges(load(input), { unitId }); // a set object never seen
      expect(kept).toEqual(scratch);
      expect(JSON.stringify(kept)).toBe(JSON.stringify(scratch));
      expect(model(kept)).toEqual(model(scratch));
    }
    // and the unit that filled the cache, asked again, is unchanged too
    expect(unitFormChanges(used, { unitId: first! })).toEqual(unitFormChanges(fresh, { unitId: first! }));
  });

  test("units' forms differ only in their own title lines, guide line and metadata", () => {
    const set = load(input);
    const [a, b] = set.units;
    const ma = model(unitFormChanges(set, { unitId: a!.id }));
    const mb = model(unitFormChanges(set, { unitId: b!.id }));
    expect(ma.metadata["unit.id"]).toBe(a!.id);
    expect(mb.metadata["unit.id"]).toBe(b!.id);
    expect(cellMapFrom(ma.metadata)).toEqual(cellMapFrom(mb.metadata));
    const form = [...ma.sheets.keys()][1]!;
    expect(String(ma.sheets.get(form)!.cells.get("A1")!.value)).toContain(a!.name);
    expect(String(mb.sheets.get(form)!.cells.get("A1")!.value)).toContain(b!.name);
    expect(ma.names).toEqual(mb.names);
  });

  test("another locale or password is not served the kept table", () => {
    const set = load(input);
    const unitId = set.units[1]!.id;
    unitFormChanges(set, { unitId: set.units[0]!.id });
    expect(unitFormChanges(set, { unitId, locale: "en-US" })).toEqual(unitFormChanges(load(input), { unitId, locale: "en-US" }));
    expect(unitFormChanges(set, { unitId, password: "pw" })).toEqual(unitFormChanges(load(input), { unitId, password: "pw" }));
    expect(unitFormChanges(set, { unitId })).toEqual(unitFormChanges(load(input), { unitId }));
  });
});

test("a set with a new indicator gets its own table, not the old set's", () => {
  const input = exampleInput() as Input;
  const old = load(input);
  const unitId = old.units[0]!.id;
  const before = model(unitFormChanges(old, { unitId }));
  const added = { ...input.indicators[0]!, id: "brand_new", name: "新增的指标" };
  const next = load({ ...input, version: "9", indicators: [...input.indicators, added] });
  const after = model(unitFormChanges(next, { unitId }));
  expect(cellMapFrom(before.metadata)!.get("填报表")!.has("brand_new")).toBe(false);
  expect(cellMapFrom(after.metadata)!.get("填报表")!.has("brand_new")).toBe(true);
  expect(after.names.has("it_brand_new")).toBe(true);
  // the old set still gets its own
  expect(model(unitFormChanges(old, { unitId }))).toEqual(before);
});

test("a set whose indicator list was replaced in place is made again", () => {
  const input = exampleInput();
  const set = load(input) as IndicatorSet & { indicators: IndicatorSet["indicators"] };
  const unitId = set.units[0]!.id;
  unitFormChanges(set, { unitId });
  (set as { indicators: IndicatorSet["indicators"] }).indicators = set.indicators.slice(0, 3);
  const ids = [...cellMapFrom(model(unitFormChanges(set, { unitId })).metadata)!.get("填报表")!.keys()];
  expect(ids).toEqual(set.indicators.map((i) => i.id));
});

test("a unit's changes cannot be altered in place to change another unit's form", () => {
  const set = load(exampleInput());
  const [a, b] = set.units;
  const changes = unitFormChanges(set, { unitId: a!.id });
  const shared = changes.find((c) => c.op === "setDataValidation")!;
  expect(() => {
    (shared as { range: string }).range = "A1";
  }).toThrow(TypeError);
  expect(unitFormChanges(set, { unitId: b!.id })).toEqual(unitFormChanges(load(exampleInput()), { unitId: b!.id }));
});

test("the built template's cell map and names are the unit's own: adding to them leaves other units alone", () => {
  const set = load(exampleInput());
  const [a, b] = set.units;
  const t = buildUnitForm(set, { unitId: a!.id });
  t.cells.set("extra", new Map());
  t.names.add("it_extra");
  const other = buildUnitForm(set, { unitId: b!.id });
  expect(other.cells.has("extra")).toBe(false);
  expect(other.names.has("it_extra")).toBe(false);
});
