// The unit form as data: what every input cell and every structure cell gets.
import { cellMapFrom, NAME_SLOT } from "../../../src/core/template/cell-map";
import { inputName, nameProblem } from "../../../src/core/template/names";
import { buildUnitForm, unitFormChanges, UnknownUnitError, TEMPLATE_KEYS, COLOURS } from "../../../src/core/template";
import { setFingerprint } from "../../../src/core/set/fingerprint";
import type { IndicatorSet } from "../../../src/core/set";
import { bigSet, exampleInput, exampleSet, load } from "./fixtures";
import { model, type WorkbookModel } from "./model";

const set = exampleSet();
const changes = unitFormChanges(set, { unitId: "linjiang" });
const wb = model(changes);
const cells = cellMapFrom(wb.metadata)!;

/** Every mapped input cell: sheet, indicator, slot key, address. */
function inputs(w: WorkbookModel) {
  const map = cellMapFrom(w.metadata)!;
  return [...map].flatMap(([sheet, ids]) => [...ids].flatMap(([id, slots]) => [...slots].filter(([k]) => k !== NAME_SLOT).map(([key, address]) => ({ sheet, id, key, address }))));
}

describe("unit form of the example set", () => {
  test("sheets: 填报说明 first, then the table; the metadata is set last", () => {
    expect([...wb.sheets.keys()]).toEqual(["填报说明", "填报表"]);
    expect(changes[changes.length - 1]!.op).toBe("setMetadata");
  });

  test("title row names the set and the unit; the header row has the columns in order", () => {
    const s = wb.sheets.get("填报表")!;
    expect(s.cells.get("A1")!.value).toBe(`${set.title}（临江镇）`);
    expect(s.cells.get("A2")!.value).toContain("linjiang");
    const header = ["A3", "B3", "C3", "D3", "E3", "F3", "G3"].map((a) => s.cells.get(a)!.value);
    // prev(standardized_school_rate) in a rule: the 上年值 column is there
    expect(header).toEqual(["指标编号", "指标", "单位", "规划目标", "本单位填报值", "上年值", "说明"]);
    expect(s.freeze).toEqual({ rows: 3, columns: 2 });
    expect(s.page).toEqual({ orientation: "landscape", fitToWidth: true, printTitleRows: "1:3" });
  });

  test("every input cell: validation with a prompt, unlocked, yellow, a number format; figures have a name", () => {
    const all = inputs(wb);
    expect(all.length).toBe(set.indicators.length * 2 + 1); // value + note each, one baseline
    for (const { sheet, id, key, address } of all) {
      const c = wb.sheets.get(sheet)!.cells.get(address)!;
      expect({ id, key, locked: c.locked, fill: c.fill }).toEqual({ id, key, locked: false, fill: COLOURS.input });
      expect(c.validation?.allowBlank).toBe(true);
      expect(c.validation?.prompt?.title.length).toBeGreaterThan(0);
      expect(c.format).toBeDefined();
      if (key !== "note") expect(wb.names.get(inputName(id, key === "baseline" ? { kind: "baseline" } : { kind: "value" }, false).toLowerCase())).toEqual({ sheet, range: address });
    }
  });

  test("every other cell stays locked, and each sheet is protected after its last write, without a password", () => {
    const open = new Set(inputs(wb).map((i) => `${i.sheet}!${i.address}`));
    for (const s of wb.sheets.values()) {
      for (const [a, c] of s.cells) if (!open.has(`${s.name}!${a}`)) expect({ a, locked: c.locked }).not.toEqual({ a, locked: false });
      expect(s.protect).toEqual({ allowResizeColumns: true, allowResizeRows: true });
      expect(s.protectIndex!).toBeGreaterThan(s.lastWriteIndex);
    }
    const withPassword = model(unitFormChanges(set, { unitId: "linjiang", password: "教育局2024" }));
    for (const s of withPassword.sheets.values()) expect(s.protect!.password).toBe("教育局2024");
  });

  test("上年值 only for the indicator a rule reads with prev(); the others are grey", () => {
    const s = wb.sheets.get("填报表")!;
    const baselines = inputs(wb).filter((i) => i.key === "baseline");
    expect(baselines.map((b) => b.id)).toEqual(["standardized_school_rate"]);
    const other = cells.get("填报表")!.get("preschool_net_enrolment")!.get("value")!;
    const grey = s.cells.get(other.replace(/^E/, "F"))!;
    expect(grey.fill).toBe(COLOURS.notApplicable);
    expect(grey.locked).not.toBe(false);
    expect(grey.validation).toBeUndefined();
  });

  test("no 上年值 column without prev() or a change target; one with a difference target", () => {
    const input = exampleInput() as { rules: unknown[]; indicators: { id: string; targets?: unknown[] }[] };
    const noPrev = load({ ...input, rules: [] });
    const headers = (s: IndicatorSet) => [...model(unitFormChanges(s, { unitId: "linjiang" })).sheets.get("填报表")!.cells].filter(([a]) => /^[A-Z]3$/.test(a)).map(([, c]) => c.value);
    expect(headers(noPrev)).not.toContain("上年值");
    const diff = load({ ...input, rules: [], indicators: input.indicators.map((i) => (i.id === "training_rate" ? { ...i, targets: [{ comparator: ">=", value: 1, basis: "difference" }] } : i)) });
    expect(headers(diff)).toContain("上年值");
    const d = model(unitFormChanges(diff, { unitId: "linjiang" }));
    expect(inputs(d).filter((i) => i.key === "baseline").map((i) => i.id)).toEqual(["training_rate"]);
  });

  test("rows are grouped under bold, merged section headings in the order of the section tree", () => {
    const s = wb.sheets.get("填报表")!;
    const col = [...s.cells].filter(([a, c]) => /^A\d+$/.test(a) && Number(a.slice(1)) > 3 && c.value).sort((x, y) => Number(x[0].slice(1)) - Number(y[0].slice(1)));
    const texts = col.map(([, c]) => c.value);
    expect(texts.slice(0, 5)).toEqual(["二、主要工作目标", "（一）教育均衡发展有新成效", "standardized_school_rate", "（二）教育改革创新有新突破", "sunshine_sports_school"]);
    for (const [a, c] of col) {
      if (typeof c.value === "string" && !/^[a-z]/.test(c.value)) {
        expect(c.bold).toBe(true);
        expect(s.merges).toContain(`${a}:G${a.slice(1)}`);
      }
    }
    // every indicator appears once
    expect(texts.filter((t) => /^[a-z]/.test(String(t))).sort()).toEqual(set.indicators.map((i) => i.id).sort());
  });

  test("number formats by type: points for percents (never Excel's %), #,##0 for counts, text as @", () => {
    const s = wb.sheets.get("填报表")!;
    const fmt = (id: string, key = "value") => s.cells.get(cells.get("填报表")!.get(id)!.get(key)!)!.format;
    expect(fmt("preschool_net_enrolment")).toBe("0.0");
    expect(fmt("preschool_age_children")).toBe("#,##0");
    expect(fmt("vocational_general_ratio")).toBe("0.00"); // decimals: 2
    expect(fmt("daily_exercise_hours")).toBe("0.0"); // decimal with decimals: 1
    expect(fmt("progress_note")).toBe("@");
    expect(fmt("sunshine_sports_school")).toBe("@");
    expect(fmt("preschool_net_enrolment", "note")).toBe("@");
    for (const c of s.cells.values()) expect(c.format ?? "").not.toMatch(/%/);
  });

  test("validation rules by type", () => {
    const s = wb.sheets.get("填报表")!;
    const v = (id: string) => s.cells.get(cells.get("填报表")!.get(id)!.get("value")!)!.validation!;
    expect(v("preschool_net_enrolment").rule).toEqual({ kind: "decimal", operator: "between", min: 0, max: 100 });
    expect(v("preschool_net_enrolment").error!.style).toBe("stop");
    expect(v("preschool_age_children").rule).toEqual({ kind: "whole", operator: "greaterThanOrEqual", value: 0 });
    expect(v("daily_exercise_hours").rule).toEqual({ kind: "decimal", operator: "between", min: 0, max: 24 });
    expect(v("vocational_general_ratio").rule).toEqual({ kind: "decimal", operator: "greaterThanOrEqual", value: 0 });
    expect(v("sunshine_sports_school").rule).toEqual({ kind: "list", items: ["是", "否"] });
    expect(v("progress_note").rule).toEqual({ kind: "textLength", operator: "lessThanOrEqual", value: 255 });
    expect(v("progress_note").error!.style).toBe("warning");
    const p = v("preschool_net_enrolment").prompt!;
    expect(p.title).toBe("学前教育净入学率");
    expect(p.message).toContain("单位：%");
    expect(p.message).toContain("目标：≥99%");
    expect(p.message).toContain("允许范围：0～100");
  });

  test("metadata: format, set, version, hash, layout, unit, years and the cell map", () => {
    expect(wb.metadata).toMatchObject({
      [TEMPLATE_KEYS.format]: "indicator-tables/v1",
      [TEMPLATE_KEYS.setId]: set.id,
      [TEMPLATE_KEYS.setVersion]: set.version,
      [TEMPLATE_KEYS.setHash]: setFingerprint(set),
      [TEMPLATE_KEYS.layout]: "unit-form",
      [TEMPLATE_KEYS.unitId]: "linjiang",
      [TEMPLATE_KEYS.years]: "2008",
    });
    expect(cells.get("填报表")!.get("preschool_net_enrolment")!.get(NAME_SLOT)).toMatch(/^B\d+$/);
  });

  test("the guide names the unit, the years, the colours and the contact", () => {
    const g = [...wb.sheets.get("填报说明")!.cells.values()].map((c) => c.value).join("\n");
    expect(g).toContain("填报单位：临江镇（编码 linjiang）");
    expect(g).toContain("填报年度：2008");
    expect(g).toContain("浅黄色");
    expect(g).toContain("区教育局计划财务科 0574-0000 0000");
    expect(g).toContain("说明");
  });

  test("an unknown unit is refused with the valid ones", () => {
    expect(() => unitFormChanges(set, { unitId: "nowhere" })).toThrow(UnknownUnitError);
    try {
      unitFormChanges(set, { unitId: "nowhere" });
    } catch (e) {
      expect((e as UnknownUnitError).known).toEqual(set.units.map((u) => u.id));
    }
  });

  test("English labels with locale en-US", () => {
    const en = model(unitFormChanges(set, { unitId: "linjiang", locale: "en-US" }));
    expect([...en.sheets.keys()]).toEqual(["How to fill in", "Form"]);
    expect(en.sheets.get("Form")!.cells.get("E3")!.value).toBe("Figure");
  });
});

describe("several years", () => {
  const multi = load({ ...exampleInput(), years: [2020, 2021, 2022], rules: [] });
  const w = model(unitFormChanges(multi, { unitId: "linjiang" }));
  const s = w.sheets.get("填报表")!;

  test("one input column per year, named IT_<id>_<year>", () => {
    expect(["E3", "F3", "G3", "H3"].map((a) => s.cells.get(a)!.value)).toEqual(["2020年填报值", "2021年填报值", "2022年填报值", "说明"]);
    const row = cellMapFrom(w.metadata)!.get("填报表")!.get("preschool_net_enrolment")!;
    expect([...row.keys()].sort()).toEqual(["name", "note", "value:2020", "value:2021", "value:2022"]);
    expect(w.names.get("it_preschool_net_enrolment_2021")).toEqual({ sheet: "填报表", range: row.get("value:2021") });
    expect(w.names.has("it_preschool_net_enrolment")).toBe(false);
  });

  test("a year's own target is in that year's prompt", () => {
    const withYears = load({
      ...exampleInput(),
      years: [2020, 2022],
      rules: [],
      indicators: (exampleInput().indicators as { id: string }[]).map((i) =>
        i.id === "preschool_net_enrolment" ? { ...i, targets: [{ comparator: ">=", value: 93, year: 2020 }, { comparator: ">=", value: 95, year: 2022 }] } : i,
      ),
    });
    const ww = model(unitFormChanges(withYears, { unitId: "linjiang" }));
    const row = cellMapFrom(ww.metadata)!.get("填报表")!.get("preschool_net_enrolment")!;
    const sh = ww.sheets.get("填报表")!;
    expect(sh.cells.get(row.get("value:2020")!)!.validation!.prompt!.message).toContain("≥93%");
    expect(sh.cells.get(row.get("value:2022")!)!.validation!.prompt!.message).toContain("≥95%");
  });
});

describe("a large set", () => {
  test("more than 150 indicators: a sheet per top-level section", () => {
    const big = bigSet(200, { sections: 4 });
    const w = model(unitFormChanges(big, { unitId: "u1" }));
    expect([...w.sheets.keys()]).toEqual(["填报说明", "1、第1部分", "2、第2部分", "3、第3部分", "4、第4部分"]);
    expect(inputs(w).filter((i) => i.key === "value").length).toBe(200);
    expect(w.names.size).toBe(200);
  });

  test("150 or fewer: one sheet", () => {
    expect([...model(unitFormChanges(bigSet(150, { sections: 4 }), { unitId: "u1" })).sheets.keys()]).toEqual(["填报说明", "填报表"]);
  });

  test("the template of 200 indicators is a short list of changes (rectangles, not cells)", () => {
    const n = unitFormChanges(bigSet(200, { sections: 4 }), { unitId: "u1" }).length;
    expect(n).toBeLessThan(200 * 5);
  });
});

describe("names", () => {
  test("valid Excel names, never cell-like, ≤ 255 characters", () => {
    const long = "a".repeat(63);
    for (const n of [inputName(long, { kind: "value", unitId: "b".repeat(63), year: 2020 }, true), inputName("A1", { kind: "value" }, false), inputName("R1C1", { kind: "baseline" }, false), inputName("x", { kind: "value", year: 2020 }, true)]) {
      expect({ n, problem: nameProblem(n) }).toEqual({ n, problem: undefined });
    }
  });

  test("a clash (ids differing only in case, or id_2020 against id in 2020) keeps the first and never throws", () => {
    const input = exampleInput() as { indicators: Record<string, unknown>[] };
    const { aggregate: _a, ...base } = input.indicators[1]!;
    const clash = load({ ...input, years: [2020, 2021], rules: [], indicators: [{ ...base, id: "rate" }, { ...base, id: "rate_2020" }, { ...base, id: "Rate_2020" }] });
    const w = model(unitFormChanges(clash, { unitId: "linjiang" }));
    expect(w.names.has("it_rate_2020")).toBe(true);
    expect(cellMapFrom(w.metadata)!.get("填报表")!.size).toBe(3); // the map still has every cell
  });
});

test("buildUnitForm exposes the parts an upgrade extends", () => {
  const b = buildUnitForm(set, { unitId: "xincheng" });
  expect(b.sheets).toEqual(["填报说明", "填报表"]);
  expect(b.finish.every((c) => c.op === "protectSheet")).toBe(true);
  expect(b.body.some((c) => c.op === "protectSheet" || c.op === "setMetadata")).toBe(false);
});
