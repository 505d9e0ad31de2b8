// The example's simulated round of returns: each unit's form filled with the figures in
// examples/*.sample-figures.json, the way a clerk would type them (text stays text), and the
// things that happen in a real round: a unit that never returns its form, one that sends a
// corrected second copy later, one that filled in a form of an older version of the set.
import { readFile, utimes } from "node:fs/promises";
import { basename, join } from "node:path";
import { unitFormChanges, readEntries } from "../core/template";
import type { IndicatorSet } from "../core/set";
import type { CellValue, WorkbookChange } from "../core/workbook/workbook";
import { XlsxWorkbook } from "../workbook/xlsx";

type Figures = { values: Record<string, CellValue>; notes?: Record<string, string>; baseline?: Record<string, CellValue> };

interface SampleFigures {
  units: Record<string, Figures>;
  returns?: {
    missing?: string[];
    again?: Record<string, { file: string; values: Record<string, CellValue> }>;
    olderVersion?: { unit: string; version: string; without: string[] };
  };
}

export interface SampleReturns {
  /** the files in the inbox, in the order they arrived */
  files: string[];
  missing: string[];
  twice: string[];
  older: string[];
}

/** Fill the forms (`forms`, named `<unitId>-…xlsx`) and put what units send back into `dir`. */
export async function fillSampleForms(figuresPath: string, set: IndicatorSet, forms: readonly string[], dir: string): Promise<SampleReturns> {
  const sample = JSON.parse(await readFile(figuresPath, "utf8")) as SampleFigures;
  const returns = sample.returns ?? {};
  const out: SampleReturns = { files: [], missing: returns.missing ?? [], twice: [], older: [] };
  // an hour apart, so "which copy is newer" has an answer
  const arrived = (path: string) => {
    const t = new Date(Date.UTC(2008, 11, 20, 8) + out.files.length * 3_600_000);
    out.files.push(path);
    return utimes(path, t, t);
  };
  for (const [unitId, data] of Object.entries(sample.units)) {
    if (out.missing.includes(unitId)) continue;
    const form = forms.find((f) => basename(f).startsWith(`${unitId}-`));
    if (!form) continue;
    const older = returns.olderVersion?.unit === unitId ? returns.olderVersion : undefined;
    const wb = older ? await olderForm(set, unitId, older) : await XlsxWorkbook.fromFile(form);
    await fill(wb, data);
    const path = join(dir, basename(form));
    await wb.saveAs(path);
    await arrived(path);
    if (older) out.older.push(unitId);
  }
  for (const [unitId, again] of Object.entries(returns.again ?? {})) {
    const first = out.files.find((f) => basename(f).startsWith(`${unitId}-`));
    const data = sample.units[unitId];
    if (!first || !data) continue;
    const wb = await XlsxWorkbook.fromFile(first);
    await fill(wb, { values: again.values });
    const path = join(dir, again.file);
    await wb.saveAs(path);
    await arrived(path);
    out.twice.push(unitId);
  }
  return out;
}

async function fill(wb: XlsxWorkbook, data: Figures): Promise<void> {
  const { entries } = await readEntries(wb);
  const changes: WorkbookChange[] = [];
  for (const e of entries) {
    const source = e.kind === "value" ? data.values : e.kind === "baseline" ? data.baseline : data.notes;
    const v = source?.[e.indicatorId];
    if (v !== undefined && v !== null) changes.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v]] });
  }
  await wb.apply(changes);
}

/** A unit form of the set as it was at an earlier version: some indicators not yet in it. */
async function olderForm(set: IndicatorSet, unitId: string, older: { version: string; without: string[] }): Promise<XlsxWorkbook> {
  const earlier: IndicatorSet = { ...set, version: older.version, indicators: set.indicators.filter((i) => !older.without.includes(i.id)) };
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(earlier, { unitId }));
  return wb;
}
