// A unit's form made by the template code and filled in, as the bytes a unit sends back: the
// good file the zip-limit and corruption tests start from.
import { readEntries, unitFormChanges, type TemplateEntry } from "../../../src/core/template";
import type { CellValue, WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { CLEAN, exampleSet } from "../../core/validate/fixtures";

export const SET = exampleSet();

/** The first unit's form with every clean figure filled in, then `extra` applied. */
export async function filledWorkbook(extra: WorkbookChange[] = []): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(SET, { unitId: SET.units[0]!.id }));
  const fill: WorkbookChange[] = [];
  for (const e of (await readEntries(wb)).entries) {
    const v = CLEAN[e.indicatorId] as CellValue | undefined;
    if (e.kind === "value" && v !== undefined && v !== null) fill.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v]] });
  }
  await wb.apply([...fill, ...extra]);
  return wb;
}

export async function filledForm(extra: WorkbookChange[] = []): Promise<Uint8Array> {
  return (await filledWorkbook(extra)).toBuffer();
}

/** Library text that must never reach a user. */
export const LIBRARY_WORDS = /Cannot read properties|richText|Invalid row number|size mismatch|root node|JSZip|central directory|Corrupted zip|exceljs|undefined|null|NaN|\bat .*\.(js|ts):\d+|Error:|TypeError|RangeError/;

/** The figures a read form holds, by indicator: what a damaged copy must give back whole. */
export function figuresOf(entries: readonly TemplateEntry[]): Record<string, unknown> {
  return Object.fromEntries(entries.filter((e) => e.kind === "value" && e.raw !== null).map((e) => [e.indicatorId, e.raw]));
}

/** The figures `filledForm` puts in. */
export function filledFigures(): Record<string, unknown> {
  return Object.fromEntries(Object.entries(CLEAN).filter(([, v]) => v !== undefined && v !== null));
}
