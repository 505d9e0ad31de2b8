// A small set with a three-level unit tree (city → districts → schools) and forms filled for
// it in memory, for the summary tests.
import { loadIndicatorSet, type IndicatorSet, type IndicatorSetInput } from "../../../src/core/set";
import type { WorkbookSource } from "../../../src/core/jobs";
import { readEntries, unitFormChanges } from "../../../src/core/template";
import type { CellValue, WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

export const CITY_INPUT: IndicatorSetInput = {
  format: "indicator-set/v1",
  id: "city_2024",
  title: "市教育事业统计 2024",
  version: "2.0",
  years: [2024],
  units: [
    { id: "city", name: "市教育局" },
    { id: "d1", name: "东区", parent: "city" },
    { id: "s1", name: "东区一中", parent: "d1" },
    { id: "s2", name: "东区二中", parent: "d1" },
    { id: "d2", name: "西区", parent: "city" },
    { id: "s3", name: "西区一中", parent: "d2" },
    { id: "s4", name: "西区二中", parent: "d2" },
  ],
  indicators: [
    { id: "enrolled", name: "在校生数", unit: "人", valueType: "count" },
    { id: "age_group", name: "适龄人口", unit: "人", valueType: "count" },
    {
      id: "enrol_rate",
      name: "入学率",
      unit: "%",
      valueType: "percent",
      targets: [{ comparator: ">=", value: 95 }],
      aggregate: { method: "ratio", numerator: "enrolled", denominator: "age_group" },
    },
    { id: "places", name: "新增学位", unit: "个", valueType: "count", targets: [{ comparator: ">=", value: 100 }] },
    { id: "accidents", name: "安全责任事故", unit: "起", valueType: "count", targets: [{ comparator: "=", value: 0 }] },
    { id: "has_plan", name: "是否制定计划", valueType: "boolean", targets: [{ comparator: "=", value: true }] },
    { id: "note", name: "进展简述", valueType: "text", required: false },
  ],
};

export function citySet(patch: Partial<IndicatorSetInput> = {}): IndicatorSet {
  const r = loadIndicatorSet({ ...CITY_INPUT, ...patch });
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.set;
}

/** A unit's form of `set`, filled with `values` (and 说明 `notes`), as a workbook in memory. */
export async function filledForm(set: IndicatorSet, unitId: string, values: Record<string, CellValue>, notes: Record<string, string> = {}): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(set, { unitId }));
  const changes: WorkbookChange[] = [];
  for (const e of (await readEntries(wb)).entries) {
    const v = e.kind === "value" ? values[e.indicatorId] : e.kind === "note" ? notes[e.indicatorId] : undefined;
    if (v !== undefined && v !== null) changes.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v]] });
  }
  await wb.apply(changes);
  // a round trip through bytes, as a returned file would be
  return XlsxWorkbook.fromBuffer(await wb.toBuffer());
}

export const source = (name: string, wb: XlsxWorkbook | Error, modified?: number): WorkbookSource & { modified?: number } => ({
  name,
  open: async () => {
    if (wb instanceof Error) throw wb;
    return wb;
  },
  ...(modified !== undefined ? { modified } : {}),
});
