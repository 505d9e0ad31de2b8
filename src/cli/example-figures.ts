// The example's simulated submissions: each unit's form filled with the figures in
// examples/*.sample-figures.json, the way a clerk would type them (text stays text).
import { readFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { readEntries } from "../core/template";
import type { CellValue, WorkbookChange } from "../core/workbook/workbook";
import { XlsxWorkbook } from "../workbook/xlsx";

interface SampleFigures {
  units: Record<string, { values: Record<string, CellValue>; notes?: Record<string, string>; baseline?: Record<string, CellValue> }>;
}

/** Fill each unit's blank form (`forms`, named `<unitId>-…xlsx`) and save it under `dir`. */
export async function fillSampleForms(figuresPath: string, forms: readonly string[], dir: string): Promise<string[]> {
  const figures = JSON.parse(await readFile(figuresPath, "utf8")) as SampleFigures;
  const written: string[] = [];
  for (const [unitId, data] of Object.entries(figures.units)) {
    const form = forms.find((f) => basename(f).startsWith(`${unitId}-`));
    if (!form) continue;
    const wb = await XlsxWorkbook.fromFile(form);
    const { entries } = await readEntries(wb);
    const changes: WorkbookChange[] = [];
    for (const e of entries) {
      const source = e.kind === "value" ? data.values : e.kind === "baseline" ? data.baseline : data.notes;
      const v = source?.[e.indicatorId];
      if (v !== undefined && v !== null) changes.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v]] });
    }
    await wb.apply(changes);
    const out = join(dir, basename(form));
    await wb.saveAs(out);
    written.push(out);
  }
  return written;
}
