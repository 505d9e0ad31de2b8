// npm run bench: each capability's speed next to a hand-written baseline doing the same work.
// The ratio is the figure to watch; absolute numbers depend on the machine.
import { benchValidateFiles } from "./validate-files";
import { benchSummarizeFiles } from "./summarize-files";
import { benchTaskpaneSize } from "./taskpane-size";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { indicatorListChanges } from "../src/core/layout/indicator-list";
import { evaluateRule, parseRule } from "../src/core/rules";
import { loadIndicatorSet, type IndicatorSetInput } from "../src/core/set";
import { parseCellValue } from "../src/core/values";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { heapMb, ratioLine, time } from "./measure";
import { benchValidation } from "./validation";
import { benchExtraction } from "./extraction";
import { unitFormChanges } from "../src/core/template";
import type { WorkbookChange } from "../src/core/workbook/workbook";

async function main() {
  const lines: string[] = [];
  const say = (s: string) => {
    lines.push(s);
    process.stdout.write(s + "\n");
  };

  // 1. Cell values: the full parser against the plainest possible Number() loop on the same text.
  const N = 200_000;
  const inputs = Array.from({ length: N }, (_, i) => [`${i % 100}.${i % 10}`, `${(i * 7) % 10000}`, `${i % 100}%`, `1,${String(i % 1000).padStart(3, "0")}`][i % 4]!);
  let sink = 0;
  const parser = time("parseCellValue", N, () => {
    for (const s of inputs) {
      const r = parseCellValue(s, { valueType: "decimal" });
      if (r.ok && typeof r.value === "number") sink += r.value;
    }
  });
  const baseline = time("Number(s.replace(/[,%]/g, ''))", N, () => {
    for (const s of inputs) sink += Number(s.replace(/[,%]/g, ""));
  });
  say(`cell values   ${ratioLine(parser, baseline)}`);

  // 2. Rules: the interpreted sum rule against the same sum written by hand.
  const rule = parseRule("sum(a, b, c, d) = total");
  if (!rule.ok) throw new Error("rule");
  const units = Array.from({ length: 50_000 }, (_, i) => ({ a: i, b: i + 1, c: i + 2, d: i + 3, total: 4 * i + 6 }));
  let failures = 0;
  const interpreted = time("evaluateRule", units.length, () => {
    for (const u of units) {
      const r = evaluateRule(rule.expr, { value: (id) => u[id as keyof typeof u] }, { missing: "skip_if_any" });
      if (r.status === "failed") failures++;
    }
  });
  const handWritten = time("hand-written sum", units.length, () => {
    for (const u of units) if (Math.abs(u.a + u.b + u.c + u.d - u.total) > 1e-9) failures++;
  });
  say(`rules         ${ratioLine(interpreted, handWritten)}`);

  // 3. Loading a set: zod structure + semantic checks, against JSON.parse alone.
  const text = readFileSync(join(__dirname, "..", "examples", "district-balanced-development.set.json"), "utf8");
  const loads = 300;
  const load = time("loadIndicatorSet", loads, () => {
    for (let i = 0; i < loads; i++) loadIndicatorSet(JSON.parse(text));
  });
  const parseOnly = time("JSON.parse", loads, () => {
    for (let i = 0; i < loads; i++) JSON.parse(text);
  });
  say(`set loading   ${ratioLine(load, parseOnly)}`);

  // 4. Writing the overview workbook of a 200-indicator set, against exceljs writing the same cells bare.
  const base = JSON.parse(text) as IndicatorSetInput & { indicators: Record<string, unknown>[] };
  const big = { ...base, rules: [], indicators: Array.from({ length: 200 }, (_, i) => ({ ...base.indicators[i % 20]!, id: `ind_${i}`, aggregate: undefined })) };
  const loaded = loadIndicatorSet(big);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
  const before = heapMb();
  const t0 = process.hrtime.bigint();
  const wb = XlsxWorkbook.create();
  await wb.apply(indicatorListChanges(loaded.set));
  const buffer = await wb.toBuffer();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const ExcelJS = (await import("exceljs")).default;
  const t1 = process.hrtime.bigint();
  const bare = new ExcelJS.Workbook();
  const ws = bare.addWorksheet("x");
  for (const ind of loaded.set.indicators) ws.addRow([ind.id, ind.name, ind.unit]);
  await bare.xlsx.writeBuffer();
  const bareMs = Number(process.hrtime.bigint() - t1) / 1e6;
  say(`overview.xlsx 200 indicators: ${ms.toFixed(0)} ms (${(buffer.byteLength / 1024).toFixed(0)} KB, heap ${(heapMb() - before) >= 0 ? "+" : ""}${(heapMb() - before).toFixed(0)} MB)   bare exceljs rows: ${bareMs.toFixed(0)} ms   ratio ${(ms / bareMs).toFixed(2)}x`);

  benchTaskpaneSize(say);
  benchValidation(say);
  benchExtraction(say);
  await benchTemplates(say, base);

  if (sink === 42 && failures < 0) say(""); // keep the loops' results alive
}

// 5. Unit forms: 500 units × 200 indicators, each built in core and written by XlsxWorkbook to
// a buffer, against exceljs writing the same number of bare cells into the same number of files.
async function benchTemplates(say: (s: string) => void, base: IndicatorSetInput & { indicators: Record<string, unknown>[] }): Promise<void> {
  const UNITS = 500;
  const loaded = loadIndicatorSet({
    ...base,
    rules: [],
    units: Array.from({ length: UNITS }, (_, i) => ({ id: `school_${i + 1}`, name: `第${i + 1}中学` })),
    indicators: Array.from({ length: 200 }, (_, i) => ({ ...base.indicators[i % base.indicators.length]!, id: `ind_${i}`, aggregate: undefined })),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
  const set = loaded.set;
  // cells with a value in one file, for the bare baseline
  const valuesOf = (changes: WorkbookChange[]) => changes.reduce((n, c) => n + (c.op === "setValues" ? c.values.flat().filter((v) => v !== null && v !== "").length : 0), 0);
  let peak = heapMb();
  let buildMs = 0;
  let bytes = 0;
  let cells = 0;
  const start = process.hrtime.bigint();
  for (const unit of set.units) {
    const t0 = process.hrtime.bigint();
    const changes = unitFormChanges(set, { unitId: unit.id });
    buildMs += Number(process.hrtime.bigint() - t0) / 1e6;
    cells = valuesOf(changes);
    const wb = XlsxWorkbook.create();
    await wb.apply(changes);
    bytes += (await wb.toBuffer()).byteLength;
    peak = Math.max(peak, heapMb());
  }
  const totalMs = Number(process.hrtime.bigint() - start) / 1e6;

  const ExcelJS = (await import("exceljs")).default;
  const columns = 7;
  const row = (r: number) => [`ind_${r}`, "学前教育净入学率", "%", "≥99%", 98.5, null, "说明"].slice(0, columns);
  const b0 = process.hrtime.bigint();
  for (let f = 0; f < UNITS; f++) {
    const bare = new ExcelJS.Workbook();
    const ws = bare.addWorksheet("x");
    for (let r = 0; r * columns < cells; r++) ws.addRow(row(r));
    await bare.xlsx.writeBuffer();
  }
  const bareMs = Number(process.hrtime.bigint() - b0) / 1e6;
  await benchValidateFiles(say, set, UNITS);
  await benchSummarizeFiles(say, set, [UNITS, 2000]);
  say(
    `unit forms ${UNITS} units × ${set.indicators.length} indicators: ${(totalMs / UNITS).toFixed(0)} ms/file (core build ${(buildMs / UNITS).toFixed(1)} ms), total ${(totalMs / 1000).toFixed(1)} s, ` +
      `${(bytes / UNITS / 1024).toFixed(0)} KB/file, peak heap ${peak.toFixed(0)} MB   bare exceljs ${cells} cells/file: ${(bareMs / UNITS).toFixed(0)} ms/file   ratio ${(totalMs / bareMs).toFixed(2)}x`,
  );
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + "\n");
  process.exitCode = 1;
});
