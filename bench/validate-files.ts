// The check job on many filled unit forms (read each file, read its cells back through the
// cell map, check them, then across units), next to exceljs only reading the same files: the ratio
// says what checking costs on top of opening the workbooks at all.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IndicatorSet } from "../src/core/set";
import { readEntries, unitFormChanges } from "../src/core/template";
import { checkWorkbooks } from "../src/core/jobs";
import type { WorkbookChange } from "../src/core/workbook/workbook";
import { XlsxWorkbook } from "../src/workbook/xlsx";

export async function benchValidateFiles(say: (line: string) => void, set: IndicatorSet, files: number): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "it-bench-"));
  try {
    // One filled form, saved once per unit name: the content of each file is what matters here.
    const unit = set.units[0]!;
    const wb = XlsxWorkbook.create();
    await wb.apply(unitFormChanges(set, { unitId: unit.id }));
    const { entries } = await readEntries(wb);
    const fill: WorkbookChange[] = entries.filter((e) => e.kind === "value").map((e, i) => ({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[(i * 7) % 100]] }));
    await wb.apply(fill);
    const paths = Array.from({ length: files }, (_, i) => join(dir, `unit-${i}.xlsx`));
    for (const p of paths) await wb.saveAs(p);

    // the check job, as validate and the task pane run it
    const t0 = process.hrtime.bigint();
    const checked = await checkWorkbooks(
      paths.map((p) => ({ name: p, open: () => XlsxWorkbook.fromFile(p) })),
      set,
    );
    const findings = checked.findings.length;
    const validateMs = Number(process.hrtime.bigint() - t0) / 1e6;

    const ExcelJS = (await import("exceljs")).default;
    const t1 = process.hrtime.bigint();
    for (const p of paths) await new ExcelJS.Workbook().xlsx.readFile(p);
    const readMs = Number(process.hrtime.bigint() - t1) / 1e6;
    say(
      `validate files ${files} unit forms × ${set.indicators.length} indicators: ${(validateMs / 1000).toFixed(1)} s (${findings} findings)   ` +
        `exceljs reading the same files: ${(readMs / 1000).toFixed(1)} s   ratio ${(validateMs / readMs).toFixed(2)}x (goal ≤ 1.2x)`,
    );
    return validateMs / readMs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
