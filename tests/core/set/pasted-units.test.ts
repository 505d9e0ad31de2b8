// Units as people paste them into the pane: rows from Excel with or without a header, or just
// a column of names; messages count the pasted lines from 1.
import { parsePastedUnits } from "../../../src/core/set/units-csv";

test("tab-separated rows without a header read as code, name, parent", () => {
  const r = parsePastedUnits("bureau\t县教育局\nzhen_1\t城关镇\tbureau\n", "单位");
  expect(r).toEqual({ ok: true, units: [{ id: "bureau", name: "县教育局" }, { id: "zhen_1", name: "城关镇", parent: "bureau" }] });
});

test("a header row is taken as the header, not as a unit", () => {
  const r = parsePastedUnits("编号\t名称\t上级\nbureau\t县教育局\t", "单位");
  expect(r.ok && r.units.map((u) => u.id)).toEqual(["bureau"]);
});

test("a bad code is reported on the line it was pasted on", () => {
  const r = parsePastedUnits("bureau\t县教育局\n\n2x\t坏编号\tbureau", "单位");
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message["zh-CN"]).toMatch(/^单位 第 3 行：编号“2x”不合规/);
});

test("a plain column of Chinese names gets codes in order", () => {
  const r = parsePastedUnits("城关镇\n\n新城街道\n临江镇\n", "单位");
  expect(r).toEqual({ ok: true, units: [{ id: "u01", name: "城关镇" }, { id: "u02", name: "新城街道" }, { id: "u03", name: "临江镇" }] });
});

test("the same name twice in a column of names is refused with both lines", () => {
  const r = parsePastedUnits("城关镇\n临江镇\n城关镇", "单位");
  expect(r.ok).toBe(false);
  if (!r.ok) expect(r.message["zh-CN"]).toContain("第 3 行：单位“城关镇”与第 1 行重复");
});
