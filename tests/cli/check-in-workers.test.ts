// Many returned files checked in worker threads give exactly what one thread gives: the same
// findings, in the same order, the same summary. Runs the built CLI (the worker is its own
// bundle beside it), on real files: forms for many units, some filled wrong, one broken, one
// from another set, one unit twice.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { formsFor } from "../../src/core/jobs";
import { loadIndicatorSet, type IndicatorSet } from "../../src/core/set";
import { readEntries } from "../../src/core/template";
import type { WorkbookChange } from "../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { workerCount } from "../../src/cli/check-in-workers";

const root = join(__dirname, "../..");
const UNITS = 30;
let dir: string;
let setPath: string;

beforeAll(async () => {
  const build = spawnSync("bash", ["scripts/build-cli"], { cwd: root, encoding: "utf8" });
  expect(build.status).toBe(0);
  dir = mkdtempSync(join(tmpdir(), "it-workers-"));
  const base = JSON.parse(readFileSync(join(root, "examples/district-balanced-development.set.json"), "utf8")) as Record<string, unknown>;
  const input = { ...base, quotas: [], units: Array.from({ length: UNITS }, (_, i) => ({ id: `s${i + 1}`, name: `第${i + 1}小学` })) };
  const loaded = loadIndicatorSet(input);
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems[0]));
  const set: IndicatorSet = loaded.set;
  setPath = join(dir, "many.set.json");
  writeFileSync(setPath, JSON.stringify(input));
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  const forms = formsFor(set, { layout: "unit-form", locale: "zh-CN" });
  if (!forms.ok) throw new Error("forms");
  for (const [i, form] of forms.forms.entries()) {
    const wb = XlsxWorkbook.create();
    await wb.apply(form.changes);
    const { entries } = await readEntries(wb);
    // every unit different: some blank, some with text in number cells, some with figures
    const fill: WorkbookChange[] = entries
      .filter((e) => e.kind === "value" && (i + e.cell.length) % 4 !== 0)
      .map((e, k) => ({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[(i * 13 + k * 7) % 11 === 0 ? "不详" : ((i * 31 + k * 17) % 120) + 0.5]] }));
    await wb.apply(fill);
    await wb.saveAs(join(inbox, `${String(i).padStart(2, "0")}-${form.unitId}.xlsx`));
  }
  // one unit twice, one broken file, one that is not a workbook at all
  copyFileSync(join(inbox, "03-s4.xlsx"), join(inbox, "03b-s4-again.xlsx"));
  writeFileSync(join(inbox, "04-broken.xlsx"), readFileSync(join(inbox, "05-s6.xlsx")).subarray(0, 900));
  writeFileSync(join(inbox, "06-notes.xlsx"), "不是工作簿");
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[]) {
  const r = spawnSync(process.execPath, ["dist-cli/cli.js", ...args, "--lang", "en-US"], { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

test("validate: two worker threads and one thread print the same JSON and exit the same", () => {
  const one = run(["validate", join(dir, "inbox"), "--set", setPath, "--format", "json", "--jobs", "1"]);
  const two = run(["validate", join(dir, "inbox"), "--set", setPath, "--format", "json", "--jobs", "2"]);
  expect(one.code).toBe(1);
  expect(two.code).toBe(one.code);
  const parsed = JSON.parse(one.stdout) as { findings: unknown[] };
  // the inbox's faults are all there, so the comparison is about something
  expect(parsed.findings.length).toBeGreaterThan(UNITS);
  expect(one.stdout).toContain("04-broken.xlsx");
  expect(two.stdout).toBe(one.stdout);
}, 120_000);

test("summarize: the summary's JSON and the workbook's totals are the same with workers", async () => {
  const out1 = join(dir, "one.xlsx");
  const out2 = join(dir, "two.xlsx");
  const one = run(["summarize", join(dir, "inbox"), "--set", setPath, "--format", "json", "--jobs", "1", "-o", out1]);
  const two = run(["summarize", join(dir, "inbox"), "--set", setPath, "--format", "json", "--jobs", "2", "-o", out2]);
  expect(one.code).toBe(two.code);
  expect(two.stdout).toBe(one.stdout);
  const sheets = async (p: string) => {
    const wb = await XlsxWorkbook.fromFile(p);
    const names = (await wb.sheets()).map((s) => s.name);
    return (await wb.read(names.map((sheet) => ({ sheet })))).map((s) => s.values);
  };
  expect(await sheets(out2)).toEqual(await sheets(out1));
}, 120_000);

test("how many threads: none for a handful of files, --jobs decides when given", () => {
  expect(workerCount(3)).toBe(0);
  expect(workerCount(500, 1)).toBe(0);
  expect(workerCount(500, 3)).toBe(3);
  expect(workerCount(2, 4)).toBe(2);
});

test("--jobs must be a whole number from 1", () => {
  const r = run(["validate", join(dir, "inbox"), "--set", setPath, "--jobs", "0"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("--jobs 0");
});
