// Several forms in one workbook: a sheet per unit named after it, the matrix beside them, forms
// added one at a time, and workbooks made before the list of forms still read as before.
import { indicatorListChanges } from "../../../src/core/layout/indicator-list";
import { planInsert } from "../../../src/core/layout/insert";
import { buildFormsWorkbook, formSheetNames, workbookNow, layoutSheetNames, readEntries, templateChanges, TEMPLATE_KEYS, unitFormChanges, upgradeChanges } from "../../../src/core/template";
import { reportingUnits } from "../../../src/core/set";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { exampleInput, exampleSet, load } from "./fixtures";

const set = exampleSet();
const units = reportingUnits(set).map((u) => u.id);

async function workbookOf(...batches: WorkbookChange[][]): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  for (const changes of batches) await wb.apply(changes);
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

/** What a workbook made before the list of forms holds: the same changes, without its keys. */
function olderVersion(changes: WorkbookChange[]): WorkbookChange[] {
  return changes.map((c) => (c.op === "setMetadata" ? { ...c, entries: Object.fromEntries(Object.entries(c.entries).filter(([k]) => !k.startsWith("template.forms"))) } : c));
}

/** Put changes into a workbook as the pane does: what is there is read first. */
async function addTo(wb: XlsxWorkbook, o: { units: string[]; matrix?: boolean }): Promise<void> {
  const into = await workbookNow(wb);
  const plan = planInsert(await wb.sheets(), templateChanges(buildFormsWorkbook(set, { ...o, into })));
  if (!plan.ok) throw new Error(`conflicts: ${plan.conflicts.join(", ")}`);
  await wb.apply(plan.changes);
}

test("every unit's form in one workbook: a sheet each, named after the unit, read back as that unit's", async () => {
  const built = buildFormsWorkbook(set, { units });
  const wb = await workbookOf(templateChanges(built));
  const visible = (await wb.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
  expect(visible).toEqual(["填报说明", "新城街道", "临江镇", "俞范街道", "城东片区", "城西片区"]);

  const r = await readEntries(wb);
  expect(r.info.forms).toEqual(units.map((u, i) => ({ layout: "unit-form", unitId: u, sheets: [visible[i + 1]] })));
  // older readers see several units, told apart by the unit in each slot
  expect(r.info.layout).toBe("matrix");
  expect(r.info.unitId).toBeUndefined();
  for (const [i, u] of units.entries()) {
    const own = r.entries.filter((e) => e.sheet === visible[i + 1]);
    expect(own.length).toBe(set.indicators.length * 2 + 1); // value and 说明 each, 上年值 for one
    expect(new Set(own.map((e) => e.unitId))).toEqual(new Set([u]));
    expect(new Set(own.map((e) => e.form))).toEqual(new Set([i]));
  }
  // a defined name per unit and indicator, never the same twice
  const names = (await wb.names()).map((n) => n.name);
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  expect(names).toContain("IT_preschool_net_enrolment__linjiang");
  expect(names).toContain("IT_standardized_school_rate__chengxi__prev");
  // the guide says how the workbook is laid out
  const [guide] = await wb.read([{ sheet: "填报说明", range: "A3" }]);
  expect(guide!.values[0]![0]).toBe("本工作簿有 5 个单位的填报表，每个单位一张工作表，工作表名称就是单位名称。");
});

test("sheet names from unit names: within 31 characters, unique ignoring case, nothing Excel forbids, never a name of ours", () => {
  const input = exampleInput() as unknown as { units: { id: string; name: string; parent?: string; kind?: string }[] };
  input.units = [
    { id: "a", name: "指标一览" },
    { id: "b", name: "填报说明" },
    { id: "c", name: "各单位填报" },
    { id: "d", name: "某某区某某街道某某社区某某幼儿园附属小学教学点（第二校区）" },
    { id: "e", name: "某某区某某街道某某社区某某幼儿园附属小学教学点（第二校区）东侧分部" },
    { id: "e2", name: "某某区某某街道某某社区某某幼儿园附属小学教学点（第二校区）东侧分部二" },
    { id: "f", name: "School A" },
    { id: "g", name: "school a" },
    { id: "h", name: "一/二:三*四?五[六]七\\八" },
    { id: "i", name: "_it_meta" },
    { id: "j", name: "[*]" },
  ];
  const s = load(input);
  const n = formSheetNames(s, "zh-CN");
  const all = [...n.units.values()];
  const ours = layoutSheetNames();
  expect(new Set(all.map((x) => x.toLowerCase())).size).toBe(all.length);
  for (const name of all) {
    expect(name.length).toBeLessThanOrEqual(31);
    expect(name).not.toMatch(/[[\]:*?/\\]/);
    expect(ours.has(name.toLowerCase())).toBe(false);
    expect(n.matrix.map((m) => m.toLowerCase())).not.toContain(name.toLowerCase());
  }
  expect(n.units.get("a")).toBe("指标一览(2)");
  expect(n.units.get("f")).toBe("School A");
  expect(n.units.get("g")).toBe("school a(2)");
  expect(n.units.get("j")).toBe("j");
  // cut to 31 with "…"; the next one, the same within 31, numbered
  expect(n.units.get("e")).toBe("某某区某某街道某某社区某某幼儿园附属小学教学点（第二校区）东…");
  expect(n.units.get("e2")).toBe("某某区某某街道某某社区某某幼儿园附属小学教学点（第二校(2)");
  // the same names whatever the language of the workbook
  expect([...formSheetNames(s, "en-US").units.values()]).toEqual(all);
});

test("forms added one at a time: each keeps the others, one guide, the matrix beside them; the overview does not hide them", async () => {
  const wb = XlsxWorkbook.create();
  await wb.apply(indicatorListChanges(set));
  await addTo(wb, { units: ["linjiang"] });
  await addTo(wb, { units: ["yufan", "chengxi"] });
  await addTo(wb, { units: [], matrix: true });
  await wb.apply(indicatorListChanges(set).filter((c) => c.op === "setMetadata")); // the overview writes `layout` over again
  const r = await readEntries(wb);
  expect(r.info.forms.map((f) => f.unitId ?? f.layout)).toEqual(["linjiang", "yufan", "chengxi", "matrix"]);
  const sheets = (await wb.sheets()).map((s) => s.name);
  expect(sheets.filter((s) => s === "填报说明")).toHaveLength(1);
  expect(sheets).toEqual(expect.arrayContaining(["指标集说明", "指标一览", "临江镇", "俞范街道", "城西片区", "各单位填报"]));
  const onSheet = (sheet: string) => new Set(r.entries.filter((e) => e.sheet === sheet).map((e) => e.unitId));
  expect(onSheet("临江镇")).toEqual(new Set(["linjiang"]));
  expect(onSheet("各单位填报")).toEqual(new Set(units));
  // a unit's figure keeps its name on the unit's own sheet; the matrix names only the others'
  const names = new Map((await wb.names()).map((n) => [n.name.toLowerCase(), n.refersTo]));
  expect(names.get("it_preschool_net_enrolment__linjiang")).toMatch(/^'?临江镇'?!/);
  expect(names.get("it_preschool_net_enrolment__xincheng")).toMatch(/^'?各单位填报'?!/);
  // adding a unit again asks before replacing its sheet
  const again = planInsert(await wb.sheets(), templateChanges(buildFormsWorkbook(set, { units: ["linjiang"], into: await workbookNow(wb) })));
  expect(again).toEqual({ ok: false, conflicts: ["临江镇"] });
});

test("a form made by an earlier version reads as before, and another unit's form can join it", async () => {
  const old = olderVersion(unitFormChanges(set, { unitId: "linjiang" }));
  const wb = await workbookOf(old);
  expect((await wb.metadata())[TEMPLATE_KEYS.formsParts]).toBeUndefined();
  const r = await readEntries(wb);
  expect(r.info).toMatchObject({ layout: "unit-form", unitId: "linjiang", forms: [{ layout: "unit-form", unitId: "linjiang", sheets: [] }] });
  expect(new Set(r.entries.map((e) => `${e.sheet} ${e.unitId} ${e.form}`))).toEqual(new Set(["填报表 linjiang 0"]));

  await wb.apply([{ op: "setValues", sheet: "填报表", at: r.entries.find((e) => e.kind === "value")!.cell, values: [[88]] }]);
  await addTo(wb, { units: ["yufan"] });
  const both = await readEntries(wb);
  expect(both.info.forms).toEqual([
    { layout: "unit-form", unitId: "linjiang", sheets: ["填报表"] },
    { layout: "unit-form", unitId: "yufan", sheets: ["俞范街道"] },
  ]);
  expect(new Set(both.entries.filter((e) => e.sheet === "填报表").map((e) => e.unitId))).toEqual(new Set(["linjiang"]));
  expect(both.entries.some((e) => e.sheet === "填报表" && e.raw === 88)).toBe(true);
});

test("a workbook of several forms upgrades to a new version as the same forms, every value kept", async () => {
  const wb = await workbookOf(templateChanges(buildFormsWorkbook(set, { units: ["linjiang", "yufan"], matrix: true })));
  const before = await readEntries(wb);
  const at = (sheet: string, kind: string) => before.entries.find((e) => e.sheet === sheet && e.kind === kind && e.indicatorId === "preschool_net_enrolment")!.cell;
  await wb.apply([
    { op: "setValues", sheet: "临江镇", at: at("临江镇", "value"), values: [[91]] },
    { op: "setValues", sheet: "俞范街道", at: at("俞范街道", "note"), values: [["=说明"]] },
    { op: "setValues", sheet: "各单位填报", at: before.entries.find((e) => e.sheet === "各单位填报" && e.unitId === "chengxi" && e.indicatorId === "preschool_net_enrolment")!.cell, values: [[77]] },
    // the same unit's cell in the matrix too: two cells, both kept
    { op: "setValues", sheet: "各单位填报", at: before.entries.find((e) => e.sheet === "各单位填报" && e.unitId === "linjiang" && e.indicatorId === "preschool_net_enrolment")!.cell, values: [[66]] },
  ]);
  const next = load({ ...exampleInput(), version: "1.2" });
  const up = await workbookOf(upgradeChanges(await readEntries(wb), next));
  const r = await readEntries(up);
  expect(r.info.setVersion).toBe("1.2");
  expect(r.info.forms.map((f) => f.unitId ?? f.layout)).toEqual(["matrix", "linjiang", "yufan"]);
  const value = (sheet: string, unit: string, kind: string) => r.entries.find((e) => e.sheet === sheet && e.unitId === unit && e.kind === kind && e.indicatorId === "preschool_net_enrolment")?.raw;
  expect(value("临江镇", "linjiang", "value")).toBe(91);
  expect(value("俞范街道", "yufan", "note")).toBe("=说明"); // text stays text
  expect(value("各单位填报", "chengxi", "value")).toBe(77);
  expect(value("各单位填报", "linjiang", "value")).toBe(66);
});
