// Upgrading a filled template to a new version of its set never loses a value: over random
// sets, random entries and random edits (add, remove, rename, reorder indicators, change
// targets and types, move sections, add or drop a year or a unit, need 上年值 or not), every
// value entered survives byte-identical, in its new cell or on the removed-data sheet (a formula
// as what it showed, never as a formula: see carry.ts); nothing is duplicated or invented; and it
// keeps surviving a second upgrade.
import fc from "fast-check";
import { loadIndicatorSet, type IndicatorSet } from "../../../src/core/set";
import { buildMatrix, buildUnitForm, matrixChanges, readEntries, unitFormChanges, upgradeChanges, type FilledTemplate, type TemplateEntry } from "../../../src/core/template";
import { carriedValue, isEmptyEntry } from "../../../src/core/template/carry";
import { parseSlotKey } from "../../../src/core/template/cell-map";
import type { CellValue, WorkbookChange } from "../../../src/core/workbook/workbook";
import { isPercentFormat } from "../../../src/core/values/parse-cell-value";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

const TYPES = ["percent", "count", "money", "decimal", "boolean", "text", "choice", "ratio"] as const;
type Type = (typeof TYPES)[number];
const SECTIONS = ["s1", "s1a", "s2", undefined] as const;

interface Spec {
  type: Type;
  name: string;
  section: (typeof SECTIONS)[number];
  target: number;
  difference: boolean;
}

interface Draft {
  version: number;
  years: number[];
  units: string[];
  indicators: (Spec & { id: string })[];
  prev?: string;
  fresh: number;
}

const NUMERIC = new Set<Type>(["percent", "count", "money", "decimal", "ratio"]);

function indicatorInput(i: Spec & { id: string }) {
  const t = Math.abs(i.target);
  const targets =
    i.type === "percent"
      ? [{ comparator: ">=", value: Math.round(t % 100) }]
      : i.type === "count"
        ? [{ comparator: ">=", value: Math.round(t) }]
        : i.type === "boolean"
          ? [{ comparator: "=", value: true }]
          : i.type === "text" || i.type === "choice"
            ? []
            : [{ comparator: "<=", value: Math.round(t * 10) / 10 }];
  if (i.difference && NUMERIC.has(i.type)) targets.push({ comparator: ">=", value: 1, basis: "difference" } as never);
  return {
    id: i.id,
    name: i.name,
    valueType: i.type,
    ...(i.section ? { section: i.section } : {}),
    unit: i.type === "percent" ? "%" : i.type === "count" ? "所" : "",
    ...(i.type === "choice" ? { choices: ["甲", "乙", "丙"] } : {}),
    targets,
  };
}

function toSet(d: Draft): IndicatorSet {
  const prev = d.prev && d.indicators.some((i) => i.id === d.prev && NUMERIC.has(i.type)) ? d.prev : undefined;
  const r = loadIndicatorSet({
    format: "indicator-set/v1",
    id: "prop_set",
    title: "属性测试指标集",
    version: `v${d.version}`,
    years: d.years,
    units: d.units.map((id) => ({ id, name: `单位${id}` })),
    sections: [
      { id: "s1", title: "一、第一部分", children: [{ id: "s1a", title: "（一）其中" }] },
      { id: "s2", title: "二、第二部分" },
    ],
    indicators: d.indicators.map(indicatorInput),
    rules: prev ? [{ id: "not_lower", check: `${prev} >= prev(${prev})`, severity: "warning", message: { "zh-CN": "不应低于上年" } }] : [],
  });
  if (!r.ok) throw new Error(JSON.stringify(r.problems.slice(0, 2)));
  return r.set;
}

const spec: fc.Arbitrary<Spec> = fc.record({
  type: fc.constantFrom(...TYPES),
  name: fc.constantFrom("学前教育净入学率", "=1+1", "+SUM(A1)", "-5", "@x", "新建学校数", "培训人次"),
  section: fc.constantFrom(...SECTIONS),
  target: fc.double({ min: 0, max: 1000, noNaN: true }),
  difference: fc.boolean(),
});

type Edit =
  | { kind: "add"; spec: Spec }
  | { kind: "remove" | "rename" | "retarget" | "retype" | "move" | "prev"; at: number; spec: Spec }
  | { kind: "reorder"; by: number }
  | { kind: "addYear" | "dropYear" | "addUnit" | "dropUnit" | "noPrev" };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  spec.map((s): Edit => ({ kind: "add", spec: s })),
  fc.record({ kind: fc.constantFrom("remove", "rename", "retarget", "retype", "move", "prev") as fc.Arbitrary<"remove">, at: fc.nat(), spec }),
  fc.record({ kind: fc.constant("reorder" as const), by: fc.integer({ min: 1, max: 20 }) }),
  fc.record({ kind: fc.constantFrom("addYear", "dropYear", "addUnit", "dropUnit", "noPrev") as fc.Arbitrary<"addYear"> }),
);

function applyEdits(d: Draft, edits: Edit[]): Draft {
  const n: Draft = { ...d, version: d.version + 1, years: [...d.years], units: [...d.units], indicators: d.indicators.map((i) => ({ ...i })) };
  for (const e of edits) {
    const at = "at" in e && n.indicators.length > 0 ? e.at % n.indicators.length : -1;
    switch (e.kind) {
      case "add":
        n.indicators.splice(n.indicators.length > 0 ? n.fresh % (n.indicators.length + 1) : 0, 0, { ...e.spec, id: `n${n.fresh++}` });
        break;
      case "remove":
        if (n.indicators.length > 1) n.indicators.splice(at, 1);
        break;
      case "rename":
        if (at >= 0) n.indicators[at]!.name = `${n.indicators[at]!.name}（新）`;
        break;
      case "retarget":
        if (at >= 0) n.indicators[at]!.target = e.spec.target;
        break;
      case "retype":
        if (at >= 0) n.indicators[at]!.type = e.spec.type;
        break;
      case "move":
        if (at >= 0) n.indicators[at]!.section = e.spec.section;
        break;
      case "prev":
        if (at >= 0) n.prev = n.indicators[at]!.id;
        break;
      case "noPrev":
        delete n.prev;
        break;
      case "reorder":
        n.indicators = [...n.indicators.slice(e.by % n.indicators.length), ...n.indicators.slice(0, e.by % n.indicators.length)].reverse();
        break;
      case "addYear":
        n.years.push(n.years[n.years.length - 1]! + 1);
        break;
      case "dropYear":
        if (n.years.length > 1) n.years.pop();
        break;
      case "addUnit":
        if (!n.units.includes("u3")) n.units.push("u3");
        break;
      case "dropUnit":
        n.units = n.units.filter((u) => u !== "u2");
        break;
    }
  }
  return n;
}

const value: fc.Arbitrary<{ value: CellValue } | { formula: string }> = fc.oneof(
  { weight: 4, arbitrary: fc.double({ min: -1e12, max: 1e12, noNaN: true }).filter((x) => !Object.is(x, -0)).map((v) => ({ value: v })) },
  { weight: 2, arbitrary: fc.integer({ min: -5, max: 100000 }).map((v) => ({ value: v })) },
  { weight: 3, arbitrary: fc.constantFrom("约95", "无", "=1+1", "+86", "-5", "@x", "  前后空格  ", "98.5%", "1:1.2", "是", "甲", "第一行\n第二行").map((v) => ({ value: v })) },
  { weight: 2, arbitrary: fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s !== "").map((v) => ({ value: v })) },
  { weight: 1, arbitrary: fc.boolean().map((v) => ({ value: v })) },
  { weight: 1, arbitrary: fc.constantFrom("=1+1", "=SUM(1,2)").map((f) => ({ formula: f })) },
);

const identity = (e: TemplateEntry) => `${e.kind}|${e.indicatorId}|${e.unitId}|${e.kind === "note" ? "" : (e.reportYear ?? "")}`;
const shown = (e: TemplateEntry) => ({ raw: e.raw, formula: e.formula ?? null, percent: isPercentFormat(e.numberFormat) });
// values only: what the cell showed, no formula, and shown as a percentage when it was
const kept = (e: TemplateEntry) => ({ raw: carriedValue(e), formula: null, percent: isPercentFormat(e.numberFormat) });

async function workbookOf(changes: WorkbookChange[], viaFile: boolean): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  return viaFile ? XlsxWorkbook.fromBuffer(await wb.toBuffer()) : wb;
}

/** Every value of `before` is in `after` under the same identity, unchanged; nothing else is there. */
function expectSurvived(before: FilledTemplate, after: FilledTemplate, set: IndicatorSet, layout: "unit-form" | "matrix") {
  const wanted = before.entries.filter((e) => !isEmptyEntry(e));
  const got = after.entries.filter((e) => !isEmptyEntry(e));
  const byIdentity = new Map(got.map((e) => [identity(e), e]));
  expect(byIdentity.size).toBe(got.length); // no identity twice
  expect(got.length).toBe(wanted.length); // nothing invented, nothing lost
  // the identities the new layout has a cell for
  const built = layout === "matrix" ? buildMatrix(set) : buildUnitForm(set, { unitId: "u1" });
  const homes = new Set<string>();
  for (const [, ids] of built.cells) {
    for (const [id, slots] of ids) {
      for (const key of slots.keys()) {
        const slot = parseSlotKey(key);
        if (!slot) continue;
        const year = slot.kind === "note" ? "" : (slot.year ?? (set.years.length === 1 ? set.years[0] : ""));
        homes.add(`${slot.kind}|${id}|${slot.unitId ?? "u1"}|${year}`);
      }
    }
  }
  for (const e of wanted) {
    const found = byIdentity.get(identity(e));
    expect({ id: identity(e), ...(found ? shown(found) : {}) }).toEqual({ id: identity(e), ...kept(e) });
    // in its new cell when the new layout has one, else on the removed-data sheet
    expect({ id: identity(e), removed: found!.removed }).toEqual({ id: identity(e), removed: !homes.has(identity(e)) });
    if (found!.removed) expect(found!.sheet).toBe(after.info.removedSheet);
    stats.moved += found!.removed ? 1 : 0;
    stats.carried += found!.removed ? 0 : 1;
  }
}

const stats = { moved: 0, carried: 0 };
afterAll(() => {
  // the generators must exercise both outcomes, or the property proves little
  expect(stats.moved).toBeGreaterThan(0);
  expect(stats.carried).toBeGreaterThan(0);
});

test("upgrades keep every entered value, byte-identical, across two versions", async () => {
  await fc.assert(
    fc.asyncProperty(
      fc.record({
        layout: fc.constantFrom("unit-form" as const, "matrix" as const),
        multiYear: fc.boolean(),
        specs: fc.array(spec, { minLength: 1, maxLength: 8 }),
        prev: fc.option(fc.nat(), { nil: undefined }),
        fills: fc.array(fc.option(value, { nil: undefined, freq: 2 }), { minLength: 60, maxLength: 60 }),
        edits1: fc.array(edit, { minLength: 1, maxLength: 6 }),
        edits2: fc.array(edit, { minLength: 0, maxLength: 6 }),
        viaFile: fc.boolean(),
      }),
      async ({ layout, multiYear, specs, prev, fills, edits1, edits2, viaFile }) => {
        const d0: Draft = {
          version: 1,
          years: multiYear ? [2020, 2021] : [2020],
          units: ["u1", "u2"],
          indicators: specs.map((s, i) => ({ ...s, id: `i${i}` })),
          ...(prev !== undefined ? { prev: `i${prev % specs.length}` } : {}),
          fresh: 0,
        };
        const set0 = toSet(d0);
        const make = (s: IndicatorSet) => (layout === "matrix" ? matrixChanges(s) : unitFormChanges(s, { unitId: "u1" }));
        const wb0 = await workbookOf(make(set0), false);
        const blank = await readEntries(wb0);
        // a clerk fills some cells: values, text, formulas
        const typing: WorkbookChange[] = [];
        blank.entries.forEach((e, i) => {
          const f = fills[i % fills.length];
          if (!f) return;
          typing.push("formula" in f ? { op: "setFormulas", sheet: e.sheet, at: e.cell, formulas: [[f.formula]] } : { op: "setValues", sheet: e.sheet, at: e.cell, values: [[f.value]] });
        });
        await wb0.apply(typing);
        const filled0 = await readEntries(viaFile ? await XlsxWorkbook.fromBuffer(await wb0.toBuffer()) : wb0);

        const d1 = applyEdits(d0, edits1);
        const set1 = toSet(d1);
        const wb1 = await workbookOf(upgradeChanges(filled0, set1), viaFile);
        const filled1 = await readEntries(wb1);
        expect(filled1.info.setVersion).toBe(set1.version);
        expectSurvived(filled0, filled1, set1, layout);

        const set2 = toSet(applyEdits(d1, edits2));
        const filled2 = await readEntries(await workbookOf(upgradeChanges(filled1, set2), false));
        expectSurvived(filled0, filled2, set2, layout);
      },
    ),
    { numRuns: 60 },
  );
}, 120_000);
