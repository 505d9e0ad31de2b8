// The check job on many filled unit forms (read each file, read its cells back through the
// cell map, check them, then across units), next to exceljs only reading the same files: the ratio
// says what checking costs on top of opening the workbooks at all. A second baseline is the
// floor under any reader: unzipping every XML part of the same files with Node's zlib and
// decoding it to text, nothing parsed.
import { readFile } from "node:fs/promises";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { IndicatorSet } from "../src/core/set";
import { readEntries, unitFormChanges } from "../src/core/template";
import { checkWorkbooks } from "../src/core/jobs";
import type { WorkbookChange } from "../src/core/workbook/workbook";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { openReturnedFile, zlibInflate } from "../src/workbook/xlsx-reader/from-file";
import { ZipArchive } from "../src/workbook/xlsx-reader/zip";
import { withPeakRss } from "./measure";
import { workerCount, workerScript, withWorkers } from "../src/cli/check-in-workers";

/** Read every file and unzip and decode each of its XML parts: what no reader can do without. */
export async function unzipOnly(paths: readonly string[]): Promise<number> {
  const t0 = process.hrtime.bigint();
  const text = new TextDecoder();
  let chars = 0;
  for (const p of paths) {
    const zip = ZipArchive.open(await readFile(p), zlibInflate);
    for (const name of zip.names()) if (/\.(xml|rels)$/i.test(name)) chars += text.decode(await zip.read(name)).length;
  }
  if (chars === 0) throw new Error("nothing unzipped");
  return Number(process.hrtime.bigint() - t0) / 1e6;
}

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
    const { result: checked, peakMb } = await withPeakRss(() =>
      checkWorkbooks(
        paths.map((p) => ({ name: p, open: () => openReturnedFile(p) })),
        set,
      ),
    );
    const findings = checked.findings.length;
    const validateMs = Number(process.hrtime.bigint() - t0) / 1e6;

    const ExcelJS = (await import("exceljs")).default;
    const t1 = process.hrtime.bigint();
    for (const p of paths) await new ExcelJS.Workbook().xlsx.readFile(p);
    const readMs = Number(process.hrtime.bigint() - t1) / 1e6;
    const unzipMs = await unzipOnly(paths);
    say(
      `validate files ${files} unit forms × ${set.indicators.length} indicators: ${(validateMs / 1000).toFixed(1)} s (${findings} findings, peak RSS +${peakMb.toFixed(0)} MB)   ` +
        `exceljs reading the same files: ${(readMs / 1000).toFixed(1)} s   ratio ${(validateMs / readMs).toFixed(2)}x (goal ≤ 1.2x)`,
    );
    say(`  the same check next to unzipping every XML part with zlib, nothing parsed: ${(unzipMs / 1000).toFixed(2)} s   ratio ${(validateMs / unzipMs).toFixed(2)}x`);

    // the same check spread over worker threads, as `validate` does with many files
    const threads = workerCount(files);
    if (threads > 0 && workerScript()) {
      const sources = paths.map((p) => ({ name: p, path: p, open: () => openReturnedFile(p) }));
      const t2 = process.hrtime.bigint();
      const spread = await withWorkers(sources, set, threads, (checkFile) => checkWorkbooks(sources, set, checkFile ? { checkFile } : {}));
      const spreadMs = Number(process.hrtime.bigint() - t2) / 1e6;
      if (spread.findings.length !== findings) throw new Error(`workers found ${spread.findings.length} findings, one thread ${findings}`);
      say(`  in ${threads} worker threads: ${(spreadMs / 1000).toFixed(1)} s   ${(validateMs / spreadMs).toFixed(2)}x faster than one thread; ${(spreadMs / readMs).toFixed(2)}x exceljs reading on one core (goal: < 1x)`);
    } else say(`  worker threads: not used here (${threads === 0 ? "one core" : "no worker bundle"})`);
    return validateMs / readMs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
