// `template` writes real files: a unit form, every unit's, the matrix, an upgrade that keeps
// what was entered; and says exactly what is wrong otherwise (exit 2).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import JSZip from "jszip";
import { cli } from "../support/cli";
import { readEntries } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const root = join(__dirname, "../..");
const exampleSet = join(root, "examples/district-balanced-development.set.json");


let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "it-template-cli-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("--unit writes one unit form that reads back with its unit, names and cells", async () => {
  const file = join(dir, "临江镇.xlsx");
  const r = await cli(["template", exampleSet, "--unit", "linjiang", "-o", file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(file);
  const wb = await XlsxWorkbook.fromFile(file);
  const back = await readEntries(wb);
  expect(back.info).toMatchObject({ layout: "unit-form", unitId: "linjiang", setId: "district_balanced_2008" });
  expect((await wb.names()).map((n) => n.name)).toContain("IT_preschool_net_enrolment");
  expect((await wb.sheets()).map((s) => [s.name, s.visibility])).toEqual([
    ["填报说明", "visible"],
    ["填报表", "visible"],
    ["_it_meta", "veryHidden"],
  ]);
});

test("--all-units writes <unitId>-<unit name>.xlsx for every reporting unit (not the totals they roll up into)", async () => {
  const out = join(dir, "forms");
  const r = await cli(["template", exampleSet, "--all-units", "-o", out]);
  expect(r.code).toBe(0);
  const set = JSON.parse(readFileSync(exampleSet, "utf8")) as { units: { id: string; name: string; parent?: string }[] };
  const reporting = set.units.filter((u) => !set.units.some((c) => c.parent === u.id));
  expect(reporting.length).toBe(set.units.length - 1);
  expect(readdirSync(out).sort()).toEqual(reporting.map((u) => `${u.id}-${u.name}.xlsx`).sort());
  for (const u of reporting) expect((await readEntries(await XlsxWorkbook.fromFile(join(out, `${u.id}-${u.name}.xlsx`)))).info.unitId).toBe(u.id);
});

test("--layout matrix writes every reporting unit as a column", async () => {
  const file = join(dir, "matrix.xlsx");
  expect((await cli(["template", exampleSet, "--layout", "matrix", "-o", file])).code).toBe(0);
  const back = await readEntries(await XlsxWorkbook.fromFile(file));
  expect(back.info.layout).toBe("matrix");
  expect(new Set(back.entries.map((e) => e.unitId)).size).toBe(5);
});

test("--password protects every sheet with a hashed password; without it, no password", async () => {
  const file = join(dir, "p.xlsx");
  expect((await cli(["template", exampleSet, "--unit", "linjiang", "--password", "教育局", "-o", file])).code).toBe(0);
  const zip = await JSZip.loadAsync(readFileSync(file));
  const sheets = Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f));
  const xml = await Promise.all(sheets.map((f) => zip.file(f)!.async("string")));
  expect(xml.filter((x) => /<sheetProtection[^>]*hashValue=/.test(x)).length).toBe(2); // guide and table; metadata has none
  const plain = join(dir, "plain.xlsx");
  await cli(["template", exampleSet, "--unit", "linjiang", "-o", plain]);
  const zip2 = await JSZip.loadAsync(readFileSync(plain));
  const xml2 = await Promise.all(Object.keys(zip2.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map((f) => zip2.file(f)!.async("string")));
  expect(xml2.filter((x) => /<sheetProtection/.test(x)).length).toBe(3);
  expect(xml2.some((x) => /hashValue=/.test(x))).toBe(false);
});

test("--upgrade keeps entered values and never touches OLD unless -o names it", async () => {
  const old = join(dir, "old.xlsx");
  await cli(["template", exampleSet, "--unit", "linjiang", "-o", old]);
  // a clerk fills two cells
  const wb = await XlsxWorkbook.fromFile(old);
  const cells = await readEntries(wb);
  const rate = cells.entries.find((e) => e.indicatorId === "preschool_net_enrolment" && e.kind === "value")!;
  const accidents = cells.entries.find((e) => e.indicatorId === "safety_accidents" && e.kind === "value")!;
  await wb.apply([
    { op: "setValues", sheet: rate.sheet, at: rate.cell, values: [[98.6]] },
    { op: "setValues", sheet: accidents.sheet, at: accidents.cell, values: [["无"]] },
  ]);
  await wb.saveAs(old);
  const oldBytes = readFileSync(old);

  const set = JSON.parse(readFileSync(exampleSet, "utf8")) as { version: string; indicators: { id: string }[] };
  set.version = "2.0";
  set.indicators = set.indicators.filter((i) => i.id !== "safety_accidents").reverse();
  const v2 = join(dir, "v2.set.json");
  writeFileSync(v2, JSON.stringify(set));

  const next = join(dir, "new.xlsx");
  const r = await cli(["template", v2, "--upgrade", old, "-o", next]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("已删除指标的数据");
  expect(readFileSync(old).equals(oldBytes)).toBe(true);
  const back = await readEntries(await XlsxWorkbook.fromFile(next));
  expect(back.info.setVersion).toBe("2.0");
  expect(back.entries.find((e) => e.indicatorId === "preschool_net_enrolment" && e.kind === "value")!.raw).toBe(98.6);
  expect(back.entries.find((e) => e.indicatorId === "safety_accidents")).toMatchObject({ raw: "无", removed: true });

  // in place, when asked: the old file is replaced by the upgraded one
  const before = statSync(old).mtimeMs;
  expect((await cli(["template", v2, "--upgrade", old, "-o", old])).code).toBe(0);
  expect(statSync(old).mtimeMs).toBeGreaterThanOrEqual(before);
  expect((await readEntries(await XlsxWorkbook.fromFile(old))).info.setVersion).toBe("2.0");
  expect(readdirSync(dir).filter((f) => f.includes(".tmp") || f.startsWith("."))).toEqual([]);
});

test("unusable input and usage errors exit 2 and say why", async () => {
  const unknown = await cli(["template", exampleSet, "--unit", "nowhere", "-o", join(dir, "x.xlsx")]);
  expect(unknown.code).toBe(2);
  expect(unknown.stderr).toContain("nowhere");
  for (const id of ["bureau", "xincheng", "linjiang", "yufan", "chengdong", "chengxi"]) expect(unknown.stderr).toContain(id);
  expect(existsSync(join(dir, "x.xlsx"))).toBe(false);

  const noUnit = await cli(["template", exampleSet, "-o", join(dir, "x.xlsx")]);
  expect(noUnit.code).toBe(2);
  expect(noUnit.stderr).toContain("--unit");

  expect((await cli(["template", exampleSet, "--unit", "linjiang"])).code).toBe(2); // no -o
  expect((await cli(["template", "--unit", "linjiang", "-o", join(dir, "x.xlsx")])).code).toBe(2); // no set
  // usage errors in the user's language, like every other message
  const grid = await cli(["template", exampleSet, "--layout", "grid", "-o", join(dir, "x.xlsx")]);
  expect(grid.code).toBe(2);
  expect(grid.stderr).toBe("用法错误：--layout 只能是 unit-form 或 matrix，而不是“grid”。运行 --help 查看用法。");
  const gridEn = await cli(["template", exampleSet, "--layout", "grid", "-o", join(dir, "x.xlsx"), "--lang", "en-US"]);
  expect(gridEn.stderr).toBe('Usage error: --layout must be unit-form or matrix, not "grid". Run --help for usage.');
  const both = await cli(["template", exampleSet, "--all-units", "--unit", "linjiang", "-o", dir]);
  expect(both.code).toBe(2);
  expect(both.stderr).toContain("--all-units 和 --unit 不能同时使用");

  const overview = join(dir, "overview.xlsx");
  await cli(["overview", exampleSet, "-o", overview]);
  const notTemplate = await cli(["template", exampleSet, "--upgrade", overview, "-o", join(dir, "y.xlsx")]);
  expect(notTemplate.code).toBe(2);
  expect(notTemplate.stderr).toContain("不是");
  const missing = await cli(["template", exampleSet, "--upgrade", join(dir, "absent.xlsx"), "-o", join(dir, "y.xlsx")], { LANG: "en_US.UTF-8" });
  expect(missing.code).toBe(2);
  // the same words as validate's for a file it cannot read: the file, once, and what to do
  expect(missing.stderr).toMatch(/^Cannot read \S*absent\.xlsx: /);
  expect(missing.stderr.split("absent.xlsx").length).toBe(2);

  const other = JSON.parse(readFileSync(exampleSet, "utf8")) as { id: string };
  other.id = "another_set";
  const otherPath = join(dir, "other.set.json");
  writeFileSync(otherPath, JSON.stringify(other));
  const form = join(dir, "form.xlsx");
  await cli(["template", exampleSet, "--unit", "linjiang", "-o", form]);
  const mismatch = await cli(["template", otherPath, "--upgrade", form, "-o", join(dir, "z.xlsx")]);
  expect(mismatch.code).toBe(2);
  expect(mismatch.stderr).toContain("another_set");
});

test("--help and the command list mention template", async () => {
  expect((await cli(["--help"])).stdout).toContain("template SET.json");
  expect((await cli(["template", "--help", "--lang", "en-US"])).stdout).toContain("--upgrade");
});

test("--one-workbook writes every reporting unit's form into one file, a sheet each, read back unit by unit", async () => {
  const file = join(dir, "forms.xlsx");
  const r = await cli(["template", exampleSet, "--one-workbook", "-o", file]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain(file);
  const wb = await XlsxWorkbook.fromFile(file);
  expect((await wb.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name)).toEqual(["填报说明", "新城街道", "临江镇", "俞范街道", "城东片区", "城西片区"]);
  const back = await readEntries(wb);
  expect(back.info.forms.map((f) => [f.unitId, f.sheets])).toEqual([
    ["xincheng", ["新城街道"]],
    ["linjiang", ["临江镇"]],
    ["yufan", ["俞范街道"]],
    ["chengdong", ["城东片区"]],
    ["chengxi", ["城西片区"]],
  ]);
  expect(new Set(back.entries.filter((e) => e.sheet === "俞范街道").map((e) => e.unitId))).toEqual(new Set(["yufan"]));
  const clash = await cli(["template", exampleSet, "--one-workbook", "--unit", "linjiang", "-o", file]);
  expect(clash.code).toBe(2);
  expect(clash.stderr).toContain("--one-workbook");
});
