// Ids, sheet names and metadata keys are text from sets and returned workbooks. Looked up in a
// plain object, `constructor` (a valid id) or `__proto__` (a sheet name a plan's section title can
// give) would hit Object.prototype. The set and template code keys such lookups by Map; this runs
// them end to end with those names.
import { loadIndicatorSet, parseQuotaTable, type IndicatorSet, type IndicatorSetInput } from "../../src/core/set";
import { parsePastedUnits } from "../../src/core/set/units-csv";
import { planUpgrade, readEntries, unitFormChanges, matrixChanges } from "../../src/core/template";
import { addCell, cellMapEntries, cellMapFrom, type CellMap } from "../../src/core/template/cell-map";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { bigSetInput } from "../core/template/fixtures";

const PROTO = ["constructor", "toString", "valueOf", "hasOwnProperty", "isPrototypeOf", "prototype"];

// Nothing here may leave anything on Object.prototype or Object (each test would then see it).
afterEach(() => {
  expect(Object.keys(Object.prototype)).toEqual([]);
  expect(Object.keys(Object)).toEqual([]);
});

/** 160 indicators (so one sheet per top-level section) whose sections are titled __proto__ and
 *  constructor, with indicators and units named after Object.prototype's members. */
function input(): IndicatorSetInput & { indicators: Record<string, unknown>[]; units: { id: string; name: string }[]; sections: { title: string }[] } {
  const base = bigSetInput(160, { sections: 2, units: 3 }) as ReturnType<typeof input>;
  base.sections[0]!.title = "__proto__";
  base.sections[1]!.title = "constructor";
  base.indicators.slice(0, PROTO.length).forEach((ind, i) => (ind.id = PROTO[i]!));
  base.units = [
    { id: "constructor", name: "构造单位" },
    { id: "prototype", name: "原型单位" },
    { id: "toString", name: "文字单位" },
  ];
  return base;
}

function load(doc: unknown): IndicatorSet {
  const r = loadIndicatorSet(doc);
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 3)));
  return r.set;
}

test("a set with such ids loads; references to missing ones are still reported, never found on the prototype", () => {
  const set = load(input());
  expect(set.indicators.slice(0, PROTO.length).map((i) => i.id)).toEqual(PROTO);

  const broken = input() as ReturnType<typeof input> & { quotas: unknown[] };
  broken.units = [{ id: "u1", name: "单位" }];
  broken.indicators[10]!.section = "constructor";
  broken.quotas = [{ indicator: "ind_9", unit: "constructor", value: 1 }];
  const r = loadIndicatorSet(broken);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.problems.map((p) => [p.path, p.code])).toEqual(
    expect.arrayContaining([
      ["$.indicators[10].section", "unknown_section"],
      ["$.quotas[0].unit", "unknown_quota_unit"],
    ]),
  );
  const twice = input();
  twice.units.push({ id: "constructor", name: "又一个" });
  const d = loadIndicatorSet(twice);
  expect(!d.ok && d.problems.map((p) => [p.path, p.code])).toEqual([["$.units[3].id", "duplicate_id"]]);
});

test("quota tables and pasted units keyed by such ids", () => {
  const set = load(input());
  const table = parseQuotaTable("单位,toString,valueOf\nconstructor,3,4\nprototype,5,6", set, "分解表");
  expect(table.ok && table.quotas).toEqual([
    { indicator: "toString", unit: "constructor", value: 3 },
    { indicator: "valueOf", unit: "constructor", value: 4 },
    { indicator: "toString", unit: "prototype", value: 5 },
    { indicator: "valueOf", unit: "prototype", value: 6 },
  ]);
  expect(parseQuotaTable("单位,__proto__\nconstructor,3", set, "分解表").ok).toBe(false);
  expect(parseQuotaTable("单位,toString\n__proto__,3", set, "分解表").ok).toBe(false);
  const units = parsePastedUnits("constructor\t甲\nprototype\t乙\tconstructor", "粘贴");
  expect(units.ok && units.units).toEqual([
    { id: "constructor", name: "甲" },
    { id: "prototype", name: "乙", parent: "constructor" },
  ]);
});

test("the cell map keeps __proto__ and constructor as ordinary sheets and ids", () => {
  const map: CellMap = new Map();
  addCell(map, "__proto__", "constructor", "value@constructor:2020", "E5");
  addCell(map, "constructor", "__proto__", "note", "F5");
  expect(cellMapFrom(cellMapEntries(map))).toEqual(map);
});

test("a unit form for unit constructor, on sheets __proto__ and constructor, reads back and upgrades with every value", async () => {
  const set = load(input());
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(set, { unitId: "constructor" }));
  const blank = await readEntries(wb);
  // sections titled so give sheets numbered like a taken name: exceljs keys defined names by
  // sheet name in a plain object, and a sheet called __proto__ would write onto Object.prototype
  expect(new Set(blank.entries.map((e) => e.sheet))).toEqual(new Set(["__proto__(2)", "constructor(2)"]));
  const at = (id: string, kind = "value") => blank.entries.find((e) => e.indicatorId === id && e.kind === kind)!;
  await wb.apply([
    { op: "setValues", sheet: at("constructor").sheet, at: at("constructor").cell, values: [[97.5]] },
    { op: "setValues", sheet: at("constructor", "note").sheet, at: at("constructor", "note").cell, values: [["说明"]] },
    { op: "setValues", sheet: at("toString").sheet, at: at("toString").cell, values: [[12]] },
    { op: "setValues", sheet: at("valueOf").sheet, at: at("valueOf").cell, values: [[3.5]] },
    // metadata keys a returned file could add (JSON.parse makes __proto__ an own key)
    { op: "setMetadata", entries: JSON.parse('{"__proto__":"x","constructor":"y","toString":"z"}') as Record<string, string> },
  ]);
  const filled = await readEntries(await XlsxWorkbook.fromBuffer(await wb.toBuffer()));
  expect(filled.info.unitId).toBe("constructor");
  const value = (f: typeof filled, id: string, kind = "value") => f.entries.find((e) => e.indicatorId === id && e.kind === kind && !e.removed)?.raw;
  expect([value(filled, "constructor"), value(filled, "constructor", "note"), value(filled, "toString"), value(filled, "valueOf")]).toEqual([97.5, "说明", 12, 3.5]);

  // the next version drops valueOf: its figure goes to the removed-data sheet
  const next = input();
  next.version = "2";
  next.indicators = next.indicators.filter((i) => i.id !== "valueOf");
  const plan = planUpgrade(filled, load(next));
  expect({ carried: plan.carried, removed: plan.removed }).toEqual({ carried: 3, removed: 1 });
  const out = XlsxWorkbook.create();
  await out.apply(plan.changes);
  const back = await readEntries(out);
  expect([value(back, "constructor"), value(back, "constructor", "note"), value(back, "toString")]).toEqual([97.5, "说明", 12]);
  expect(back.entries.filter((e) => e.removed).map((e) => [e.indicatorId, e.raw])).toEqual([["valueOf", 3.5]]);
});

test("a matrix with units constructor, prototype and toString reads one entry per unit", async () => {
  const set = load(input());
  const wb = XlsxWorkbook.create();
  await wb.apply(matrixChanges(set));
  const r = await readEntries(wb);
  const units = new Set(r.entries.filter((e) => e.indicatorId === "constructor").map((e) => e.unitId));
  expect(units).toEqual(new Set(["constructor", "prototype", "toString"]));
});
