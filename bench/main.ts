// npm run bench: each capability's speed next to a hand-written baseline doing the same work.
// The ratio is the figure to watch; absolute numbers depend on the machine. The bench runs as a
// bundle built like the CLI's, so it measures the code as shipped, not tsx's on-the-fly build.
// `npm run bench -- startup rules` runs only the sections named.
import { benchValidateFiles } from "./validate-files";
import { benchSummarizeFiles } from "./summarize-files";
import { benchTaskpaneSize } from "./taskpane-size";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { openReturnedFile } from "../src/workbook/xlsx-reader/from-file";
import { indicatorListChanges } from "../src/core/layout/indicator-list";
import { loadIndicatorSet, type IndicatorSet, type IndicatorSetInput } from "../src/core/set";
import { XlsxWorkbook } from "../src/workbook/xlsx";
import { goalTable, heapMb, ratioLine, time, type Goal } from "./measure";
import { benchValidation, sayValidation } from "./validation";
import { benchExtraction } from "./extraction";
import { benchStartup } from "./startup";
import { benchCellValues } from "./cell-values";
import { benchRules } from "./rules";
import { benchOfficeRead } from "./office-read";
import { buildFormsWorkbook, matrixChanges, templateChanges, unitFormChanges } from "../src/core/template";
import type { WorkbookChange } from "../src/core/workbook/workbook";

type Base = IndicatorSetInput & { indicators: Record<string, unknown>[] };
type Say = (line: string) => void;

const SECTIONS = ["startup", "cells", "rules", "validation", "set", "overview", "pane", "extraction", "office", "forms", "matrix", "files", "huge-validations"] as const;
type Section = (typeof SECTIONS)[number];

async function main() {
  if (process.argv[2] === READ_ONCE) return readOnce(process.argv[3]!, process.argv[4]!);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((a) => !(SECTIONS as readonly string[]).includes(a));
  if (unknown.length > 0) throw new Error(`no section ${unknown.join(", ")}; sections: ${SECTIONS.join(" ")}`);
  const runs = (s: Section) => asked.length === 0 || asked.includes(s);
  const say: Say = (s) => process.stdout.write(s + "\n");
  const goals: Goal[] = [];
  const text = readFileSync(join(__dirname, "..", "examples", "district-balanced-development.set.json"), "utf8");
  const base = JSON.parse(text) as Base;

  if (runs("startup")) goals.push({ what: "CLI start-up (--help)", value: benchStartup(say), goal: 0.3, unit: "s" });
  if (runs("cells")) goals.push({ what: "parseCellValue / Number(…), plain numbers", value: benchCellValues(say), goal: 3, unit: "x" });
  if (runs("rules")) goals.push({ what: "evaluateRule / hand-written sum", value: benchRules(say), goal: 3, unit: "x" });
  if (runs("validation")) {
    const v = benchValidation();
    sayValidation(say, v);
    goals.push({ what: "validateSubmission / hand-written checks, clean data", value: v.clean.engine.nsPerOp / v.clean.hand.nsPerOp, goal: 3, unit: "x" });
  }
  if (runs("set")) benchSetLoading(say, text);
  if (runs("overview")) goals.push({ what: "overview 200 indicators / bare exceljs", value: await benchOverview(say, base), goal: 2, unit: "x" });
  if (runs("pane")) benchTaskpaneSize(say);
  if (runs("extraction")) {
    const ms = benchExtraction(say);
    goals.push({ what: "extraction, 100 KB of plan text, steady", value: ms.plan, goal: 50, unit: "ms" });
    goals.push({ what: "extraction, 100 KB of real texts, steady", value: ms.real, goal: 50, unit: "ms" });
  }
  if (runs("office")) await benchOfficeRead(say);
  if (runs("forms") || runs("files")) {
    const set = formsSet(base);
    if (runs("forms")) goals.push({ what: "unit forms 500 × 200 / bare exceljs", value: await benchTemplates(say, set), goal: 2, unit: "x" });
    if (runs("files")) {
      goals.push({ what: "check 500 files / exceljs reading them", value: await benchValidateFiles(say, set, set.units.length), goal: 1.2, unit: "x" });
      goals.push({ what: "summarize 500 files / exceljs reading them", value: await benchSummarizeFiles(say, set, [set.units.length, 2000]), goal: 1.2, unit: "x" });
    }
  }
  // the large layouts: part of `forms`, or alone as `matrix`
  if (runs("forms") || runs("matrix")) goals.push(...(await benchLargeForms(say, base)));
  if (runs("huge-validations")) goals.push(...benchHugeValidations(say));
  if (goals.length > 0) {
    say("\nagainst the goals (issues 13, 14, 15):");
    goalTable(goals).forEach(say);
  }
}

// Loading a set: zod structure + semantic checks, against JSON.parse alone.
function benchSetLoading(say: Say, text: string): void {
  const loads = 300;
  const load = time("loadIndicatorSet", loads, () => {
    for (let i = 0; i < loads; i++) loadIndicatorSet(JSON.parse(text));
  });
  const parseOnly = time("JSON.parse", loads, () => {
    for (let i = 0; i < loads; i++) JSON.parse(text);
  });
  say(`set loading   ${ratioLine(load, parseOnly)}`);
}

// Writing the overview workbook of a 200-indicator set, against exceljs writing the same cells
// bare; both in alternating rounds, best of each (the first write of a process pays for loading
// and compiling exceljs, which said nothing about either side).
async function benchOverview(say: Say, base: Base): Promise<number> {
  const big = { ...base, rules: [], indicators: Array.from({ length: 200 }, (_, i) => ({ ...base.indicators[i % 20]!, id: `ind_${i}`, aggregate: undefined })) };
  const loaded = loadIndicatorSet(big);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
  const ExcelJS = (await import("exceljs")).default;
  const before = heapMb();
  let bytes = 0;
  const ours = async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(indicatorListChanges(loaded.set));
    bytes = (await wb.toBuffer()).byteLength;
  };
  const bare = async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("x");
    for (const ind of loaded.set.indicators) ws.addRow([ind.id, ind.name, ind.unit]);
    await wb.xlsx.writeBuffer();
  };
  const [ms, bareMs] = await bestOfAlternating([ours, bare], 15);
  say(`overview.xlsx 200 indicators: ${ms!.toFixed(1)} ms (${(bytes / 1024).toFixed(0)} KB, heap ${(heapMb() - before) >= 0 ? "+" : ""}${(heapMb() - before).toFixed(0)} MB)   bare exceljs rows: ${bareMs!.toFixed(1)} ms   ratio ${(ms! / bareMs!).toFixed(2)}x`);
  return ms! / bareMs!;
}

/** Each function run `rounds` times in turn (after one warm-up run each); the best ms of each. */
async function bestOfAlternating(runs: (() => Promise<void>)[], rounds: number): Promise<number[]> {
  for (const run of runs) await run();
  const best = runs.map(() => Infinity);
  for (let r = 0; r < rounds; r++) {
    for (const [i, run] of runs.entries()) {
      const t0 = process.hrtime.bigint();
      await run();
      best[i] = Math.min(best[i]!, Number(process.hrtime.bigint() - t0) / 1e6);
    }
  }
  return best;
}

/** The example's indicators repeated to `n` rows (its 6 units), as a large plan's matrix. */
function repeatedSet(base: Base, n: number, units?: number): IndicatorSet {
  const loaded = loadIndicatorSet({
    ...base,
    rules: [],
    ...(units ? { units: Array.from({ length: units }, (_, i) => ({ id: `school_${i + 1}`, name: `第${i + 1}中学` })) } : {}),
    indicators: Array.from({ length: n }, (_, i) => ({ ...base.indicators[i % base.indicators.length]!, id: `ind_${i}`, aggregate: undefined })),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
  return loaded.set;
}

async function writeChanges(changes: WorkbookChange[]): Promise<number> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  return (await wb.toBuffer()).byteLength;
}

// The matrix at 1,000 and 5,000 rows (built in core, applied, written): five times the rows
// should cost about five times the time, not 25. And 50 units' forms in one workbook, a sheet
// each, against the same 50 forms written as 50 files: a workbook of many sheets costs no more.
async function benchLargeForms(say: Say, base: Base): Promise<Goal[]> {
  const seconds = async (make: () => WorkbookChange[]) => {
    const t0 = process.hrtime.bigint();
    const bytes = await writeChanges(make());
    return { s: Number(process.hrtime.bigint() - t0) / 1e9, bytes };
  };
  await seconds(() => matrixChanges(repeatedSet(base, 200))); // warm-up
  const sizes = [1000, 5000];
  const matrix: number[] = [];
  for (const n of sizes) {
    const set = repeatedSet(base, n);
    let best = Infinity;
    let bytes = 0;
    for (let r = 0; r < 2; r++) {
      const t = await seconds(() => matrixChanges(set));
      best = Math.min(best, t.s);
      bytes = t.bytes;
    }
    matrix.push(best);
    say(`matrix ${n} rows × ${set.units.length} units: ${best.toFixed(2)} s (${(bytes / 1024).toFixed(0)} KB)`);
  }
  const growth = matrix[1]! / matrix[0]!;
  say(`matrix 5,000 rows / 1,000 rows: ${growth.toFixed(2)}x for 5x the rows`);

  const set = repeatedSet(base, 200, 50);
  const units = set.units.map((u) => u.id);
  const one = await seconds(() => templateChanges(buildFormsWorkbook(set, { units })));
  const t0 = process.hrtime.bigint();
  for (const unitId of units) await writeChanges(unitFormChanges(set, { unitId }));
  const separate = Number(process.hrtime.bigint() - t0) / 1e9;
  say(`one workbook, 50 units × 200 indicators: ${one.s.toFixed(2)} s (${(one.bytes / 1024).toFixed(0)} KB)   50 separate unit forms: ${separate.toFixed(2)} s   ratio ${(one.s / separate).toFixed(2)}x`);
  return [
    { what: "matrix 5,000 rows / 1,000 rows", value: growth, goal: 6, unit: "x" },
    { what: "forms of 50 units in one workbook / as 50 files", value: one.s / separate, goal: 1.5, unit: "x" },
  ];
}

/** 500 units × 200 indicators: the set the unit-form and file benchmarks work on. */
function formsSet(base: Base): IndicatorSet {
  const loaded = loadIndicatorSet({
    ...base,
    rules: [],
    units: Array.from({ length: 500 }, (_, i) => ({ id: `school_${i + 1}`, name: `第${i + 1}中学` })),
    indicators: Array.from({ length: 200 }, (_, i) => ({ ...base.indicators[i % base.indicators.length]!, id: `ind_${i}`, aggregate: undefined })),
  });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
  return loaded.set;
}

// Unit forms: one per unit, each built in core and written by XlsxWorkbook to a buffer, against
// exceljs writing the same number of bare cells into the same number of files. The two sides
// run in alternating blocks of files, not one after the other: on a shared machine the load
// changes during the ~20 s this takes, and it should fall on both sides alike.
async function benchTemplates(say: Say, set: IndicatorSet): Promise<number> {
  const UNITS = set.units.length;
  const BLOCK = 25;
  // cells with a value in one file, for the bare baseline
  const valuesOf = (changes: WorkbookChange[]) => changes.reduce((n, c) => n + (c.op === "setValues" ? c.values.flat().filter((v) => v !== null && v !== "").length : 0), 0);
  const cells = valuesOf(unitFormChanges(set, { unitId: set.units[0]!.id }));
  const ExcelJS = (await import("exceljs")).default;
  const columns = 7;
  const row = (r: number) => [`ind_${r}`, "学前教育净入学率", "%", "≥99%", 98.5, null, "说明"].slice(0, columns);
  let peak = heapMb();
  let buildMs = 0;
  let bytes = 0;
  let totalMs = 0;
  let bareMs = 0;
  for (let from = 0; from < UNITS; from += BLOCK) {
    const block = set.units.slice(from, from + BLOCK);
    const start = process.hrtime.bigint();
    for (const unit of block) {
      const t0 = process.hrtime.bigint();
      const changes = unitFormChanges(set, { unitId: unit.id });
      buildMs += Number(process.hrtime.bigint() - t0) / 1e6;
      const wb = XlsxWorkbook.create();
      await wb.apply(changes);
      bytes += (await wb.toBuffer()).byteLength;
      peak = Math.max(peak, heapMb());
    }
    totalMs += Number(process.hrtime.bigint() - start) / 1e6;
    const b0 = process.hrtime.bigint();
    for (let f = 0; f < block.length; f++) {
      const bare = new ExcelJS.Workbook();
      const ws = bare.addWorksheet("x");
      for (let r = 0; r * columns < cells; r++) ws.addRow(row(r));
      await bare.xlsx.writeBuffer();
    }
    bareMs += Number(process.hrtime.bigint() - b0) / 1e6;
  }
  say(
    `unit forms ${UNITS} units × ${set.indicators.length} indicators: ${(totalMs / UNITS).toFixed(0)} ms/file (core build ${(buildMs / UNITS).toFixed(1)} ms), total ${(totalMs / 1000).toFixed(1)} s, ` +
      `${(bytes / UNITS / 1024).toFixed(0)} KB/file, peak heap ${peak.toFixed(0)} MB   bare exceljs ${cells} cells/file: ${(bareMs / UNITS).toFixed(0)} ms/file   ratio ${(totalMs / bareMs).toFixed(2)}x`,
  );
  return totalMs / bareMs;
}

// Reading a returned workbook whose data validation covers the whole sheet, and one with
// drop-downs on ten whole columns (issue 15: exceljs alone sat at 1.3 GB for ever), through the
// reader the CLI and the pane use and through XlsxWorkbook; each read in a fresh process, so its
// peak resident memory is its own.
const READ_ONCE = "--read-once";

function benchHugeValidations(say: Say): Goal[] {
  const dir = mkdtempSync(join(tmpdir(), "it-bench-validations-"));
  const goals: Goal[] = [];
  try {
    const cases: [string, string[]][] = [
      ["a validation over the whole sheet", ["A1:XFD1048576"]],
      ["drop-downs on ten whole columns", "ABCDEFGHIJ".split("").map((c) => `${c}1:${c}1048576`)],
    ];
    for (const [label, sqrefs] of cases) {
      const file = join(dir, `${goals.length}.xlsx`);
      writeFileSync(file, execFileSync(process.execPath, [process.argv[1]!, READ_ONCE, "write", JSON.stringify(sqrefs)], { maxBuffer: 1 << 26 }));
      const line: string[] = [];
      for (const reader of ["fast", "exceljs"]) {
        const { ms, peakMb, cells } = JSON.parse(execFileSync(process.execPath, [process.argv[1]!, READ_ONCE, reader, file], { encoding: "utf8" })) as { ms: number; peakMb: number; cells: number };
        line.push(`${reader === "fast" ? "returned-file reader" : "XlsxWorkbook"} ${(ms / 1000).toFixed(2)} s, peak RSS ${peakMb.toFixed(0)} MB (${cells} cells)`);
        if (reader === "fast") goals.push({ what: `read ${label}`, value: ms / 1000, goal: 2, unit: "s" }, { what: `read ${label}, peak memory`, value: peakMb, goal: 300, unit: "MB" });
      }
      say(`${label}: ${line.join("   ")}`);
    }
    return goals;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** In a child process: write the test workbook to stdout, or read one and print time, peak
 *  resident memory and the cells read. */
async function readOnce(what: string, arg: string): Promise<void> {
  if (what === "write") {
    const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    const PKG = "http://schemas.openxmlformats.org/package/2006/relationships";
    const validations = (JSON.parse(arg) as string[]).map((sqref) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" prompt="请选择" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation>`);
    const rows = Array.from({ length: 50 }, (_, r) => `<row r="${r + 1}">${Array.from({ length: 10 }, (_, c) => `<c r="${String.fromCharCode(65 + c)}${r + 1}"><v>${r * 10 + c}</v></c>`).join("")}</row>`).join("");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
    zip.file("_rels/.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    zip.file("xl/workbook.xml", `<workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    zip.file("xl/_rels/workbook.xml.rels", `<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`);
    zip.file("xl/worksheets/sheet1.xml", `<worksheet xmlns="${NS}"><sheetData>${rows}</sheetData><dataValidations count="${validations.length}">${validations.join("")}</dataValidations></worksheet>`);
    process.stdout.write(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    return;
  }
  const t0 = process.hrtime.bigint();
  const wb = what === "fast" ? await openReturnedFile(arg) : await XlsxWorkbook.fromFile(arg);
  const sheets = await wb.sheets();
  const snaps = await wb.read(sheets.map((s) => ({ sheet: s.name })));
  await wb.metadata();
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const cells = snaps.reduce((n, s) => n + s.values.flat().filter((v) => v !== null).length, 0);
  process.stdout.write(JSON.stringify({ ms, peakMb: process.resourceUsage().maxRSS / 1024, cells }));
}

main().catch((e) => {
  process.stderr.write(String(e instanceof Error ? e.stack : e) + "\n");
  process.exitCode = 1;
});
