// The summary job over many returned unit forms (open each file, read its cells, check them,
// sum up), next to exceljs only reading the same files; and the job's memory at two sizes (the
// same units, each resending its form): what it holds after a full gc should not grow with the
// number of files (issue 14), only with the units and indicators.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summarize } from "../src/core/jobs";
import type { IndicatorSet } from "../src/core/set";
import { formsFrom, readEntries, TEMPLATE_KEYS, unitFormChanges } from "../src/core/template";
import { formsEntries } from "../src/core/template/metadata";
import type { WorkbookChange } from "../src/core/workbook/workbook";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { openReturnedFile } from "../src/workbook/xlsx-reader/from-file";
import { unzipOnly } from "./validate-files";

/** `count` files, one per unit of `set`, all holding the same figures. */
async function returnedForms(set: IndicatorSet, dir: string, count: number): Promise<string[]> {
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(set, { unitId: set.units[0]!.id }));
  const { entries } = await readEntries(wb);
  const fill: WorkbookChange[] = entries.filter((e) => e.kind === "value").map((e, i) => ({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[(i * 7) % 100]] }));
  await wb.apply(fill);
  const paths: string[] = [];
  // the form's own list says whose it is (and the key older readers know): both name the unit
  const forms = formsFrom(await wb.metadata());
  if (!Array.isArray(forms) || forms.length !== 1) throw new Error("expected one unit form");
  for (let i = 0; i < count; i++) {
    const unit = set.units[i % set.units.length]!;
    await wb.apply([{ op: "setMetadata", entries: { [TEMPLATE_KEYS.unitId]: unit.id, ...formsEntries([{ ...forms[0]!, unitId: unit.id }]) } }]);
    const path = join(dir, `${unit.id}-${i}.xlsx`);
    await wb.saveAs(path);
    paths.push(path);
  }
  return paths;
}

interface Timed {
  ms: number;
  peakMb: number;
  returned: number;
  /** writing the summary workbook the CLI saves (XlsxWorkbook), after the job */
  writeMs: number;
  writePeakMb: number;
  findings: number;
  /** heap and buffers still in use after a full collection, with the result held: what the
   *  summary keeps (sampled every {@link GC_EVERY} files and at the end); needs --expose-gc */
  liveMb: number;
}

const GC_EVERY = 250;

async function timedSummary(set: IndicatorSet, paths: string[]): Promise<Timed> {
  // twice, a turn apart: buffers of collected objects are freed after the first, and a start
  // still holding them would make the job look smaller than it is
  globalThis.gc?.();
  await new Promise((resolve) => setImmediate(resolve));
  globalThis.gc?.();
  // heap and buffers in use, not RSS: V8 keeps pages it once grew to, so an earlier, larger run
  // would hide a later one's growth
  const used = () => {
    const m = process.memoryUsage();
    return m.heapUsed + m.external;
  };
  const base = used();
  let peak = base;
  let live = base;
  // without gc the live figure is only an upper bound: garbage not yet collected counts too
  const collected = () => {
    globalThis.gc?.();
    live = Math.max(live, used());
  };
  let gcMs = 0;
  const t0 = process.hrtime.bigint();
  const result = await summarize(
    paths.map((p) => ({ name: p, open: () => openReturnedFile(p) })),
    set,
    {
      locale: "zh-CN",
      onProgress: (p) => {
        peak = Math.max(peak, used());
        if (p.done % GC_EVERY !== 0) return;
        const g0 = process.hrtime.bigint();
        collected();
        gcMs += Number(process.hrtime.bigint() - g0) / 1e6;
      },
    },
  );
  // the forced collections are not the job's time
  const ms = Number(process.hrtime.bigint() - t0) / 1e6 - gcMs;
  peak = Math.max(peak, used());
  collected();
  const t1 = process.hrtime.bigint();
  const out = XlsxWorkbook.create();
  await out.apply(result.changes);
  await out.toBuffer();
  const writeMs = Number(process.hrtime.bigint() - t1) / 1e6;
  const writePeak = Math.max(peak, used());
  return { ms, peakMb: (peak - base) / 1024 / 1024, returned: result.summary.returned.length, writeMs, writePeakMb: (writePeak - base) / 1024 / 1024, findings: result.summary.findings.length, liveMb: (live - base) / 1024 / 1024 };
}

export async function benchSummarizeFiles(say: (line: string) => void, set: IndicatorSet, sizes: readonly number[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "it-bench-summary-"));
  try {
    const largest = Math.max(...sizes);
    const all = await returnedForms(set, dir, largest);
    const first = all.slice(0, sizes[0]);
    const run = await timedSummary(set, first);
    const ExcelJS = (await import("exceljs")).default;
    const t1 = process.hrtime.bigint();
    for (const p of first) await new ExcelJS.Workbook().xlsx.readFile(p);
    const readMs = Number(process.hrtime.bigint() - t1) / 1e6;
    const unzipMs = await unzipOnly(first);
    say(
      `summarize ${first.length} unit forms × ${set.indicators.length} indicators: ${(run.ms / 1000).toFixed(1)} s (${run.returned} units, peak heap +${run.peakMb.toFixed(0)} MB)   ` +
        `exceljs reading the same files: ${(readMs / 1000).toFixed(1)} s   ratio ${(run.ms / readMs).toFixed(2)}x (goal ≤ 1.2x)`,
    );
    say(`  the same summary next to unzipping every XML part with zlib, nothing parsed: ${(unzipMs / 1000).toFixed(2)} s   ratio ${(run.ms / unzipMs).toFixed(2)}x`);
    const memory = [{ files: first.length, ...run }];
    for (const n of sizes.slice(1)) memory.push({ files: n, ...(await timedSummary(set, all.slice(0, n))) });
    const growth = (of: (m: Timed) => number) => `${(of(memory.at(-1)!) / Math.max(1, of(memory[0]!))).toFixed(2)}x for ${(memory.at(-1)!.files / memory[0]!.files).toFixed(0)}x the files (goal: flat)`;
    say(`summarize peak memory above start: ${memory.map((m) => `${m.files} files ${m.peakMb.toFixed(0)} MB (${m.findings} findings kept for the sheets)`).join(", ")}   ratio ${growth((m) => m.peakMb)}`);
    say(`  live after a full gc (every ${GC_EVERY} files and at the end): ${memory.map((m) => `${m.files} files ${m.liveMb.toFixed(0)} MB`).join(", ")}   ratio ${growth((m) => m.liveMb)}`);
    say(`  then writing the summary workbook: ${memory.map((m) => `${m.files} units ${(m.writeMs / 1000).toFixed(1)} s, peak heap +${m.writePeakMb.toFixed(0)} MB`).join(", ")}`);
    return run.ms / readMs;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
