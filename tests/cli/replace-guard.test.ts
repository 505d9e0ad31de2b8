// -o over a file that is already there: the same kind of file (last run's report, a previous
// draft) is replaced; anything else the user would lose — a filled form, their own workbook, a
// plan text — stays as it was unless --force says so.
import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT } from "../support/cli";
import { readEntries } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { existingKind } from "../../src/cli/replace-guard";

const setPath = join(ROOT, "examples/district-balanced-development.set.json");
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "it-replace-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hash = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
const unit = () => (JSON.parse(readFileSync(setPath, "utf8")) as { units: { id: string }[] }).units.at(-1)!.id;

async function blankForm(name: string): Promise<string> {
  const path = join(dir, name);
  const r = await cli(["template", setPath, "--unit", unit(), "-o", path]);
  expect(r.code).toBe(0);
  return path;
}

async function filledForm(name: string): Promise<string> {
  const path = await blankForm(name);
  const wb = await XlsxWorkbook.fromFile(path);
  const first = (await readEntries(wb)).entries.find((e) => e.kind === "value")!;
  await wb.apply([{ op: "setValues", sheet: first.sheet, at: first.cell, values: [[12]] }]);
  await wb.saveAs(path);
  return path;
}

test("a summary over a unit's filled form is refused, says what the file is, and leaves it as it was; --force replaces it", async () => {
  const form = await filledForm("filled.xlsx");
  const inbox = join(dir, "inbox");
  mkdirSync(inbox);
  const submitted = await filledForm("inbox/a.xlsx");
  const before = hash(form);

  const refused = await cli(["summarize", submitted, "--set", setPath, "-o", form, "--lang", "zh-CN"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("已填写数据的填报表");
  expect(refused.stderr).toContain("--force");
  expect(hash(form)).toBe(before);

  const forced = await cli(["summarize", submitted, "--set", setPath, "-o", form, "--force"]);
  expect(forced.code).not.toBe(2);
  expect(hash(form)).not.toBe(before);
  expect(await existingKind(form)).toEqual({ kind: "summary" });
});

test("a report replaces last run's report without --force, but not someone's own workbook or a text file", async () => {
  const form = await filledForm("to-check.xlsx");
  const report = join(dir, "report.xlsx");
  const first = await cli(["validate", form, "--set", setPath, "-o", report]);
  expect(await existingKind(report)).toEqual({ kind: "report" });
  // the second run writes over the first report: same kind, no --force needed
  writeFileSync(join(dir, "marker"), "");
  const again = await cli(["validate", form, "--set", setPath, "-o", report]);
  expect(again.code).toBe(first.code);
  expect(again.stderr).not.toContain("--force");
  expect(statSync(report).mtimeMs).toBeGreaterThanOrEqual(statSync(join(dir, "marker")).mtimeMs);

  const own = XlsxWorkbook.create();
  await own.apply([
    { op: "addSheet", sheet: "预算" },
    { op: "setValues", sheet: "预算", at: "A1", values: [["经费", 1200]] },
  ]);
  const ownPath = join(dir, "budget.xlsx");
  await own.saveAs(ownPath);
  const ownHash = hash(ownPath);
  const refused = await cli(["validate", form, "--set", setPath, "-o", ownPath, "--lang", "en-US"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("a workbook not made by Indicator Tables");
  expect(hash(ownPath)).toBe(ownHash);

  const notes = join(dir, "notes.txt");
  writeFileSync(notes, "明年计划：新增学位14310个。\n");
  const overview = await cli(["overview", setPath, "-o", notes, "--lang", "en-US"]);
  expect(overview.code).toBe(2);
  expect(overview.stderr).toContain("a text file");
  expect(readFileSync(notes, "utf8")).toContain("14310");
});

test("a draft set replaces a previous draft, not a workbook; overview never writes over its own set", async () => {
  const plan = join(dir, "plan.txt");
  writeFileSync(plan, "2025年，学前教育毛入园率达到92%以上，新增学位1200个。\n");
  const draft = join(dir, "draft.set.json");
  expect((await cli(["extract", plan, "--format", "set", "-o", draft])).code).toBe(0);
  expect(await existingKind(draft)).toEqual({ kind: "set" });
  expect((await cli(["extract", plan, "--format", "set", "-o", draft])).code).toBe(0);

  const form = await blankForm("blank.xlsx");
  const before = hash(form);
  const onForm = await cli(["extract", plan, "--format", "set", "-o", form, "--lang", "zh-CN"]);
  expect(onForm.code).toBe(2);
  expect(onForm.stderr).toContain("空白填报表");
  expect(hash(form)).toBe(before);

  const copy = join(dir, "copy.set.json");
  writeFileSync(copy, readFileSync(setPath));
  const own = await cli(["overview", copy, "-o", copy]);
  expect(own.code).toBe(2);
  expect(readFileSync(copy, "utf8")).toBe(readFileSync(setPath, "utf8"));
});

test("a folder at the output path is never replaced, even with --force", async () => {
  const folder = join(dir, "out-folder.xlsx");
  mkdirSync(folder);
  const r = await cli(["overview", setPath, "-o", folder, "--force", "--lang", "en-US"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("is a folder");
});

test("template: a blank form is made again over a blank one, a filled one needs --force, an upgrade may replace its own old form", async () => {
  const blank = await blankForm("again.xlsx");
  expect((await cli(["template", setPath, "--unit", unit(), "-o", blank])).code).toBe(0);

  const filled = await filledForm("mine.xlsx");
  const before = hash(filled);
  const refused = await cli(["template", setPath, "--unit", unit(), "-o", filled, "--lang", "en-US"]);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain("a form with figures filled in");
  expect(hash(filled)).toBe(before);

  // upgrading in place carries the figures over: no --force; onto another filled form: --force
  const upgraded = await cli(["template", setPath, "--upgrade", filled, "-o", filled]);
  expect(upgraded.code).toBe(0);
  const wb = await XlsxWorkbook.fromFile(filled);
  expect((await readEntries(wb)).entries.some((e) => e.raw === 12)).toBe(true);
  const other = await filledForm("other.xlsx");
  expect((await cli(["template", setPath, "--upgrade", filled, "-o", other])).code).toBe(2);
  expect((await cli(["template", setPath, "--upgrade", filled, "-o", other, "--force"])).code).toBe(0);
});

test("template --all-units writes nothing when one of the files it would replace holds figures", async () => {
  const out = join(dir, "all");
  expect((await cli(["template", setPath, "--all-units", "-o", out])).code).toBe(0);
  const files = readdirSync(out).sort();
  const target = join(out, files[0]!);
  const wb = await XlsxWorkbook.fromFile(target);
  const first = (await readEntries(wb)).entries.find((e) => e.kind === "value")!;
  await wb.apply([{ op: "setValues", sheet: first.sheet, at: first.cell, values: [[7]] }]);
  await wb.saveAs(target);
  const hashes = files.map((f) => hash(join(out, f)));
  const again = await cli(["template", setPath, "--all-units", "-o", out]);
  expect(again.code).toBe(2);
  expect(files.map((f) => hash(join(out, f)))).toEqual(hashes);
});

test("template --all-units onto a file, not a folder: said so, the file untouched", async () => {
  const file = await blankForm("not-a-folder.xlsx");
  const before = hash(file);
  const r = await cli(["template", setPath, "--all-units", "-o", file, "--lang", "en-US"]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("writes each unit's form into a folder");
  expect(hash(file)).toBe(before);
});
