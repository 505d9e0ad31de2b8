// The hidden cell map comes with a returned file and may be forged. Reading it must never ask a
// backend for more than the map's own cells need (the Office backend sends each rectangle to
// Excel): sparse cells are read as separate small rectangles, and a map with more cells than any
// template, or spread absurdly thin, is refused in plain words before anything is read.
import { readEntries, matrixChanges, NotATemplateError, planUpgrade, unitFormChanges, READ_LIMITS } from "../../src/core/template";
import { addCell, cellMapEntries, cellMapFrom, type CellMap } from "../../src/core/template/cell-map";
import { parseRange } from "../../src/core/workbook/a1";
import type { RangeQuery, RangeSnapshot, Workbook, WorkbookChange } from "../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { bigSet, exampleInput, exampleSet, load } from "../core/template/fixtures";

const set = exampleSet();

/** A template's metadata with its cell map replaced by `cells`, behind a workbook that records
 *  what it is asked to read and answers with empty cells. */
async function forged(cells: CellMap): Promise<{ workbook: Workbook; reads: RangeQuery[][] }> {
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(set, { unitId: "linjiang" }));
  const metadata = { ...(await wb.metadata()), ...cellMapEntries(cells) };
  const reads: RangeQuery[][] = [];
  const workbook: Workbook = {
    sheets: () => wb.sheets(),
    apply: () => Promise.reject(new Error("a reader does not write")),
    names: () => wb.names(),
    metadata: async () => metadata,
    read: async (queries) => {
      reads.push([...queries]);
      return queries.map((q): RangeSnapshot => {
        const r = parseRange(q.range!);
        const rows = r.end.row - r.start.row + 1;
        const columns = r.end.column - r.start.column + 1;
        if (rows * columns > 1_000_000) throw new Error(`asked for ${q.range}`);
        const grid = <T>(v: T) => Array.from({ length: rows }, () => Array<T>(columns).fill(v));
        return { sheet: q.sheet, range: q.range!, values: grid(null), numberFormats: grid("General"), formulas: grid(null) };
      });
    },
  };
  return { workbook, reads };
}

const cellsRead = (queries: RangeQuery[]) =>
  queries.reduce((n, q) => {
    const r = parseRange(q.range!);
    return n + (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);
  }, 0);

test("a map naming A1 and XFD1048576 is read as those two cells, not the sheet between them", async () => {
  const map: CellMap = new Map();
  addCell(map, "填报表", "preschool_net_enrolment", "value", "A1");
  addCell(map, "填报表", "preschool_net_enrolment", "note", "XFD1048576");
  const { workbook, reads } = await forged(map);
  const r = await readEntries(workbook);
  expect(reads).toEqual([[{ sheet: "填报表", range: "A1" }, { sheet: "填报表", range: "XFD1048576" }]]);
  expect(r.entries.map((e) => [e.kind, e.cell, e.raw])).toEqual([
    ["value", "A1", null],
    ["note", "XFD1048576", null],
  ]);
});

test("sparse blocks far apart are read block by block", async () => {
  const map: CellMap = new Map();
  for (let i = 0; i < 20; i++) {
    addCell(map, "填报表", `ind_${i}`, "value", `E${5 + i}`);
    addCell(map, "填报表", `ind_${i}`, "note", `F${5 + i}`);
    addCell(map, "填报表", `far_${i}`, "value", `AA${50_000 + i}`);
  }
  const { workbook, reads } = await forged(map);
  await readEntries(workbook);
  expect(reads).toEqual([[{ sheet: "填报表", range: "E5:F24" }, { sheet: "填报表", range: "AA50000:AA50019" }]]);
});

test("cells spread thin (a diagonal just close enough to stay one block) are refused unread, in both languages", async () => {
  const map: CellMap = new Map();
  // 2,000 cells 9 rows and 9 columns apart: one 18,000 × 16,000-ish block if read as one
  for (let i = 0; i < 1_800; i++) addCell(map, "填报表", `ind_${i}`, "value", `${columnOf(1 + i * 9)}${1 + i * 9}`);
  const { workbook, reads } = await forged(map);
  const refusal = readEntries(workbook);
  await expect(refusal).rejects.toBeInstanceOf(NotATemplateError);
  await expect(refusal).rejects.toMatchObject({ detail: { "zh-CN": expect.stringContaining("隐藏的位置信息已损坏"), "en-US": expect.stringContaining("hidden layout information is damaged") } });
  expect(reads).toEqual([]);
});

test("more rectangles than any template has are refused unread", async () => {
  const map: CellMap = new Map();
  for (let i = 0; i < READ_LIMITS.rectangles + 1; i++) addCell(map, "填报表", `ind_${i}`, "value", `A${1 + i * 20}`);
  const { workbook, reads } = await forged(map);
  await expect(readEntries(workbook)).rejects.toBeInstanceOf(NotATemplateError);
  expect(reads).toEqual([]);
});

test("more mapped cells than the limit are refused unread, with the limit in the message", async () => {
  const { workbook, reads } = await forged(cellMapFrom(await templateMetadata(unitFormChanges(set, { unitId: "linjiang" })))!);
  const refusal = readEntries(workbook, { ...READ_LIMITS, mappedCells: 10 });
  await expect(refusal).rejects.toMatchObject({ detail: { "zh-CN": expect.stringContaining("超过 10 个"), "en-US": expect.stringContaining("more than 10 cells") } });
  expect(reads).toEqual([]);
  // the default limit is far above a real template: the same map reads
  await expect(readEntries(workbook)).resolves.toMatchObject({ info: { layout: "unit-form" } });
});

test("a damaged address or slot is refused before anything is read", async () => {
  for (const [key, address] of [
    ["value", "E0"],
    ["value", "XFE1"],
    ["value", "=cmd|' /C calc'!A0"],
    ["value:20x", "E5"],
  ]) {
    const map: CellMap = new Map();
    addCell(map, "填报表", "preschool_net_enrolment", key!, address!);
    const { workbook, reads } = await forged(map);
    await expect(readEntries(workbook)).rejects.toBeInstanceOf(NotATemplateError);
    expect(reads).toEqual([]);
  }
});

describe("real templates still read in one call, about one rectangle per sheet, with few cells besides their own", () => {
  const multiYear = load({ ...exampleInput(), years: [2020, 2021, 2022] });
  const large = bigSet(400, { sections: 6, years: [2021, 2022], units: 3 });
  const wide = bigSet(60, { years: [2021, 2022], units: 30 });
  const cases: [string, () => Promise<WorkbookChange[]>][] = [
    ["unit form", async () => unitFormChanges(set, { unitId: "linjiang" })],
    ["unit form, three years", async () => unitFormChanges(multiYear, { unitId: "linjiang" })],
    ["matrix", async () => matrixChanges(set)],
    ["400 indicators over sheets per section, two years", async () => unitFormChanges(large, { unitId: "u1" })],
    ["matrix, 60 indicators × 30 units × two years", async () => matrixChanges(wide)],
    [
      "upgraded, with a removed-data sheet",
      async () => {
        const wb = XlsxWorkbook.create();
        await wb.apply(unitFormChanges(set, { unitId: "linjiang" }));
        const old = await readEntries(wb);
        const cell = old.entries.find((e) => e.indicatorId === "safety_accidents" && e.kind === "value")!;
        await wb.apply([{ op: "setValues", sheet: cell.sheet, at: cell.cell, values: [[1]] }]);
        const input = exampleInput() as { indicators: { id: string }[] };
        return planUpgrade(await readEntries(wb), load({ ...input, version: "2", indicators: input.indicators.filter((i) => i.id !== "safety_accidents") })).changes;
      },
    ],
  ];
  test.each(cases)("%s", async (_label, changes) => {
    const wb = XlsxWorkbook.create();
    await wb.apply(await changes());
    const reads: RangeQuery[][] = [];
    const counting: Workbook = { sheets: () => wb.sheets(), apply: (c) => wb.apply(c), names: () => wb.names(), metadata: () => wb.metadata(), read: (q) => (reads.push([...q]), wb.read(q)) };
    const r = await readEntries(counting);
    expect(reads.length).toBe(1);
    const sheets = new Set(reads[0]!.map((q) => q.sheet));
    expect(reads[0]!.length).toBe(sheets.size);
    const mapped = [...r.cells.values()].reduce((n, ids) => n + [...ids.values()].reduce((k, slots) => k + slots.size, 0), 0);
    expect(cellsRead(reads[0]!)).toBeLessThanOrEqual(3 * mapped);
  });
});

async function templateMetadata(changes: WorkbookChange[]): Promise<Record<string, string>> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  return wb.metadata();
}

function columnOf(n: number): string {
  let s = "";
  for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}
