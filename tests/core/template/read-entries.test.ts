// Reading a filled template back by the hidden cell map, and what validation makes of it.
import { indicatorListChanges } from "../../../src/core/layout/indicator-list";
import { planUpgrade, readEntries, unitFormChanges, matrixChanges, NotATemplateError, upgradeChanges, TEMPLATE_KEYS } from "../../../src/core/template";
import { addCell, cellMapEntries, cellMapFrom, type CellMap } from "../../../src/core/template/cell-map";
import { validateSubmission } from "../../../src/core/validate";
import type { Workbook, WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { exampleInput, exampleSet, load } from "./fixtures";
import { reportingUnits } from "../../../src/core/set";

const set = exampleSet();

async function filled(changes: WorkbookChange[], typing: (at: (id: string, key?: string) => { sheet: string; cell: string }) => WorkbookChange[]): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  const map = cellMapFrom(await wb.metadata())!;
  const at = (id: string, key = "value") => {
    for (const [sheet, ids] of map) {
      const cell = ids.get(id)?.get(key);
      if (cell) return { sheet, cell };
    }
    throw new Error(`no ${id} ${key}`);
  };
  await wb.apply(typing(at));
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

/** Counts the calls a reader makes: the Office backend turns each into round trips. */
function counting(wb: Workbook) {
  const calls: string[] = [];
  const proxy: Workbook = {
    sheets: () => (calls.push("sheets"), wb.sheets()),
    apply: (c) => (calls.push("apply"), wb.apply(c)),
    read: (q) => (calls.push("read"), wb.read(q)),
    names: () => (calls.push("names"), wb.names()),
    metadata: () => (calls.push("metadata"), wb.metadata()),
  };
  return { proxy, calls };
}

describe("readEntries", () => {
  test("every input cell with its raw value, number format and formula, in one metadata and one range read", async () => {
    const wb = await filled(unitFormChanges(set, { unitId: "linjiang" }), (at) => [
      { op: "setValues", ...sheetCell(at("preschool_net_enrolment")), values: [[97.5]] },
      { op: "setValues", ...sheetCell(at("preschool_net_enrolment", "note")), values: [["新增外来人口较多"]] },
      { op: "setValues", ...sheetCell(at("standardized_school_rate", "baseline")), values: [["约78"]] },
      { op: "setFormulas", sheet: at("training_person_times").sheet, at: at("training_person_times").cell, formulas: [["=1000*30"]] },
      { op: "setValues", ...sheetCell(at("sunshine_sports_school")), values: [["是"]] },
    ]);
    const { proxy, calls } = counting(wb);
    const r = await readEntries(proxy);
    expect(calls).toEqual(["metadata", "read"]);
    expect(r.info).toEqual({ layout: "unit-form", setId: set.id, setVersion: set.version, setHash: expect.any(String), unitId: "linjiang", years: [2008], forms: [{ layout: "unit-form", unitId: "linjiang", sheets: ["填报表"] }] });
    expect(r.entries.length).toBe(set.indicators.length * 2 + 1);
    const get = (id: string, kind: string) => r.entries.find((e) => e.indicatorId === id && e.kind === kind)!;
    expect(get("preschool_net_enrolment", "value")).toMatchObject({ raw: 97.5, numberFormat: "0.0", formula: null, unitId: "linjiang", reportYear: 2008, removed: false, label: "学前教育净入学率" });
    expect(get("preschool_net_enrolment", "value").year).toBeUndefined(); // single year: as validation expects
    expect(get("preschool_net_enrolment", "note").raw).toBe("新增外来人口较多");
    expect(get("standardized_school_rate", "baseline").raw).toBe("约78");
    expect(get("training_person_times", "value").formula).toBe("=1000*30");
    expect(get("progress_note", "value")).toMatchObject({ raw: null, numberFormat: "@" });
  });

  test("what it reads is what validation checks: a missed target explained in 说明", async () => {
    const wb = await filled(unitFormChanges(set, { unitId: "linjiang" }), (at) => [
      { op: "setValues", ...sheetCell(at("preschool_net_enrolment")), values: [[97.5]] },
      { op: "setValues", ...sheetCell(at("preschool_net_enrolment", "note")), values: [["新增外来人口较多"]] },
    ]);
    const { entries } = await readEntries(wb);
    const findings = validateSubmission(set, { file: "linjiang.xlsx", unitId: "linjiang", entries });
    const missed = findings.find((f) => f.indicator === "preschool_net_enrolment" && f.rule.includes("target"));
    expect(missed).toMatchObject({ severity: "warning", explanation: "新增外来人口较多", cell: expect.stringMatching(/^E\d+$/) });
  });

  test("several years: the year on every figure, the baseline under the first year", async () => {
    const multi = load({ ...exampleInput(), years: [2020, 2021] });
    const wb = await filled(unitFormChanges(multi, { unitId: "linjiang" }), () => []);
    const r = await readEntries(wb);
    const rate = r.entries.filter((e) => e.indicatorId === "standardized_school_rate");
    expect(rate.map((e) => [e.kind, e.year, e.reportYear])).toEqual([
      ["value", 2020, 2020],
      ["value", 2021, 2021],
      ["baseline", 2020, 2020],
      ["note", undefined, undefined],
    ]);
  });

  test("a matrix: one entry per indicator and unit", async () => {
    const r = await readEntries(await filled(matrixChanges(set), () => []));
    expect(r.entries.length).toBe(set.indicators.length * reportingUnits(set).length);
    expect(new Set(r.entries.map((e) => e.unitId))).toEqual(new Set(reportingUnits(set).map((u) => u.id)));
  });

  test("a workbook that is not a template, or whose map is damaged, is refused in both languages", async () => {
    const overview = XlsxWorkbook.create();
    await overview.apply(indicatorListChanges(set));
    await expect(readEntries(overview)).rejects.toBeInstanceOf(NotATemplateError);
    await expect(readEntries(overview)).rejects.toMatchObject({ detail: { "zh-CN": expect.stringContaining("不是"), "en-US": expect.stringContaining("not") } });
    const damaged = XlsxWorkbook.create();
    await damaged.apply([...unitFormChanges(set, { unitId: "linjiang" }), { op: "setMetadata", entries: { "template.cells.1": "{not json" } }]);
    await expect(readEntries(damaged)).rejects.toMatchObject({ detail: { "zh-CN": expect.stringContaining("损坏") } });
  });
});

describe("the cell map in metadata", () => {
  test("cut into parts under Excel's cell limit and joined again, surrogate pairs whole", () => {
    const map: CellMap = new Map();
    for (let i = 0; i < 3000; i++) addCell(map, `第${i % 3}表𠀀`, `ind_${i}`, "value", `E${i + 5}`);
    const entries = cellMapEntries(map, 1000);
    expect(Number(entries["template.cells.parts"])).toBeGreaterThan(50);
    for (const v of Object.values(entries)) expect(v.length).toBeLessThanOrEqual(1000);
    expect(cellMapFrom(entries)).toEqual(map);
    expect(cellMapFrom({ ...entries, "template.cells.2": undefined as unknown as string })).toBeUndefined();
  });

  test("a sheet called __proto__ is an ordinary key", () => {
    const map: CellMap = new Map();
    addCell(map, "__proto__", "x", "value", "A1");
    expect(cellMapFrom(cellMapEntries(map))!.get("__proto__")!.get("x")!.get("value")).toBe("A1");
  });
});

describe("upgrade", () => {
  test("values carried to their new cells; removed indicators' values on 已删除指标的数据, with id, name, year and origin", async () => {
    const wb = await filled(unitFormChanges(set, { unitId: "linjiang" }), (at) => [
      { op: "setValues", ...sheetCell(at("preschool_net_enrolment")), values: [[0.985]] },
      { op: "setNumberFormat", sheet: at("preschool_net_enrolment").sheet, range: at("preschool_net_enrolment").cell, format: "0.0%" },
      { op: "setValues", ...sheetCell(at("safety_accidents")), values: [[2]] },
      { op: "setValues", ...sheetCell(at("safety_accidents", "note")), values: [["=已整改"]] },
    ]);
    const old = await readEntries(wb);
    const input = exampleInput() as { version: string; indicators: { id: string; name: string }[] };
    const next = load({
      ...input,
      version: "2.0",
      indicators: [
        { id: "new_schools", name: "新建学校", valueType: "count", unit: "所" },
        ...input.indicators.filter((i) => i.id !== "safety_accidents").map((i) => (i.id === "preschool_net_enrolment" ? { ...i, name: "学前教育净入园率" } : i)),
      ],
    });
    const plan = planUpgrade(old, next);
    expect({ carried: plan.carried, removed: plan.removed }).toEqual({ carried: 1, removed: 2 });
    const out = XlsxWorkbook.create();
    await out.apply(plan.changes);
    const back = await readEntries(await XlsxWorkbook.fromBuffer(await out.toBuffer()));
    expect(back.info).toMatchObject({ setVersion: "2.0", removedSheet: "已删除指标的数据" });
    expect((await out.metadata())[TEMPLATE_KEYS.upgradedFrom]).toBe(set.version);
    const rate = back.entries.find((e) => e.indicatorId === "preschool_net_enrolment" && e.kind === "value")!;
    expect(rate).toMatchObject({ raw: 0.985, numberFormat: "0.0%", removed: false, label: "学前教育净入园率" });
    const removed = back.entries.filter((e) => e.removed);
    expect(removed.map((e) => [e.indicatorId, e.kind, e.raw])).toEqual([
      ["safety_accidents", "value", 2],
      ["safety_accidents", "note", "=已整改"],
    ]);
    const [sheet] = await out.read([{ sheet: "已删除指标的数据" }]);
    expect(sheet!.values[1]).toEqual(["指标编号", "指标", "年度/单位", "内容", "原值", "备注"]);
    expect(sheet!.values[2]).toEqual(["safety_accidents", "学校安全责任事故", "2008年", "填报值", 2, expect.stringContaining(`${set.version} 版中的位置：填报表!E`)]);
    expect(sheet!.formulas.flat().every((f) => f === null)).toBe(true); // "=已整改" stays text
    const [guide] = await out.read([{ sheet: "填报说明" }]);
    expect(guide!.values.flat().join("")).toContain("已删除指标的数据");
  });

  test("nothing removed: no removed-data sheet; a password protects every sheet", async () => {
    const old = await readEntries(await filled(unitFormChanges(set, { unitId: "linjiang" }), (at) => [{ op: "setValues", ...sheetCell(at("preschool_net_enrolment")), values: [[99]] }]));
    const changes = upgradeChanges(old, set, { password: "p" });
    expect(changes.some((c) => c.op === "addSheet" && c.sheet === "已删除指标的数据")).toBe(false);
    const protects = changes.filter((c) => c.op === "protectSheet");
    expect(protects.length).toBe(2);
    for (const p of protects) expect(p.op === "protectSheet" && p.options?.password).toBe("p");
  });
});

function sheetCell(p: { sheet: string; cell: string }) {
  return { sheet: p.sheet, at: p.cell };
}
