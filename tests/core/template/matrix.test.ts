// The matrix as data: indicators down, units across, the same validation on every input cell.
import { cellMapFrom, NAME_SLOT } from "../../../src/core/template/cell-map";
import { matrixChanges, TEMPLATE_KEYS } from "../../../src/core/template";
import { parseCell } from "../../../src/core/workbook/a1";
import { exampleInput, exampleSet, load } from "./fixtures";
import { model } from "./model";

const set = exampleSet();
const changes = matrixChanges(set);
const wb = model(changes);
const S = "各单位填报";

test("sheets, headers with the unit name over its code (reporting units only: the bureau is their total), frozen at the first input cell", () => {
  expect([...wb.sheets.keys()]).toEqual(["填报说明", S]);
  const s = wb.sheets.get(S)!;
  const row = (r: number) => ["A", "B", "C", "D", "E", "I", "J"].map((c) => s.cells.get(`${c}${r}`)?.value ?? null);
  expect(row(3)).toEqual(["指标编号", "指标", "单位", "规划目标", "新城街道", "城西片区", null]);
  expect(row(4)).toEqual([null, null, null, null, "xincheng", "chengxi", null]);
  expect(s.merges).toEqual(expect.arrayContaining(["A3:A4", "B3:B4", "C3:C4", "D3:D4"]));
  expect(s.freeze).toEqual({ rows: 4, columns: 4 });
  const firstInput = Math.min(...[...cellMapFrom(wb.metadata)!.get(S)!.values()].flatMap((slots) => [...slots].filter(([k]) => k !== NAME_SLOT).map(([, a]) => parseCell(a).row)));
  expect(firstInput).toBeGreaterThan(4);
  expect(s.page?.printTitleRows).toBe("1:4");
});

test("every input cell: unlocked, yellow, validated, named IT_<id>__<unit>", () => {
  const map = cellMapFrom(wb.metadata)!.get(S)!;
  let n = 0;
  for (const [id, slots] of map) {
    for (const [key, address] of slots) {
      if (key === NAME_SLOT) continue;
      n++;
      const unit = key.split("@")[1]!;
      const c = wb.sheets.get(S)!.cells.get(address)!;
      expect(c.locked).toBe(false);
      expect(c.validation?.prompt?.message.length).toBeGreaterThan(0);
      expect(wb.names.get(`it_${id}__${unit}`.toLowerCase())).toEqual({ sheet: S, range: address });
    }
  }
  expect(n).toBe(set.indicators.length * (set.units.length - 1));
});

test("one validation change per indicator row, shared by all its units", () => {
  const validations = changes.filter((c) => c.op === "setDataValidation");
  expect(validations.length).toBe(set.indicators.length);
  for (const v of validations) expect(v.op === "setDataValidation" && v.range).toMatch(/^E\d+:I\d+$/);
});

test("metadata says matrix and carries no unit", () => {
  expect(wb.metadata[TEMPLATE_KEYS.layout]).toBe("matrix");
  expect(wb.metadata[TEMPLATE_KEYS.unitId]).toBeUndefined();
});

test("several years: a sheet per year, names IT_<id>__<unit>_<year>", () => {
  const multi = model(matrixChanges(load({ ...exampleInput(), years: [2020, 2021], rules: [] })));
  expect([...multi.sheets.keys()]).toEqual(["填报说明", "2020年各单位填报", "2021年各单位填报"]);
  expect(multi.names.get("it_preschool_net_enrolment__linjiang_2021")?.sheet).toBe("2021年各单位填报");
  const map = cellMapFrom(multi.metadata)!;
  expect([...map.get("2020年各单位填报")!.get("preschool_net_enrolment")!.keys()]).toContain("value@linjiang:2020");
});

test("a set without units gives a matrix without input columns, not an error", () => {
  const w = model(matrixChanges(load({ ...exampleInput(), units: [], rules: [] })));
  expect(w.names.size).toBe(0);
});
