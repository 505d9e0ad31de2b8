// `summarize` on real files: a folder of returned forms gives the summary workbook, the account
// on stdout, and in JSON every indicator's method, total and status with each unit's figure
// and its source; bad input is refused with where and what to do.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { summaryChanges } from "../../src/core/summary";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { cli } from "../support/cli";
import { CITY_INPUT, citySet, filledForm } from "../core/summary/fixtures";

let dir: string;
let setPath: string;
const sha = (p: string) => createHash("sha256").update(readFileSync(p)).digest("hex");
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "it-summarize-"));
  setPath = join(dir, "city.set.json");
  writeFileSync(setPath, JSON.stringify(CITY_INPUT));
  const set = citySet();
  mkdirSync(join(dir, "inbox", "east"), { recursive: true });
  await (await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" })).saveAs(join(dir, "inbox", "east", "s1.xlsx"));
  await (await filledForm(set, "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: 7, accidents: 0, has_plan: "否" })).saveAs(join(dir, "inbox", "east", "s2.xlsx"));
  await (await filledForm(set, "s3", { enrolled: 90, age_group: 100, enrol_rate: 90, places: 1, accidents: 0, has_plan: "是" })).saveAs(join(dir, "inbox", "s3.xlsx"));
  // s3 sends a corrected copy later: the newer one counts
  await (await filledForm(set, "s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" })).saveAs(join(dir, "inbox", "s3-更正.xlsx"));
  utimesSync(join(dir, "inbox", "s3.xlsx"), new Date(2024, 0, 1), new Date(2024, 0, 1));
  utimesSync(join(dir, "inbox", "s3-更正.xlsx"), new Date(2024, 0, 2), new Date(2024, 0, 2));
  writeFileSync(join(dir, "inbox", "broken.xlsx"), "not a workbook");
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("a folder of returns: the workbook, the account, and exit 1 since a unit is missing", async () => {
  const out = join(dir, "汇总.xlsx");
  const before = sha(join(dir, "inbox", "s3.xlsx"));
  const r = await cli(["summarize", join(dir, "inbox"), "--set", setPath, "-o", out]);
  expect(r.code).toBe(1);
  expect(r.stdout).toContain("已报 3/4 个单位");
  expect(r.stdout).toContain("缺报：西区二中");
  expect(r.stdout).toMatch(/重复报送：西区一中：.*采用 .*s3-更正\.xlsx。以最后保存的一份为准/);
  expect(r.stdout).toMatch(/broken\.xlsx/);
  expect(r.stdout).toMatch(/入学率：90\.27%（比率：分子之和÷分母之和）；目标 ≥95% — 未达标；达标单位 1\/3/);
  const wb = await XlsxWorkbook.fromFile(out);
  expect((await wb.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name)).toEqual(["总览", "分单位", "未报与问题", "来源"]);
  expect(sha(join(dir, "inbox", "s3.xlsx"))).toBe(before);
});

test("--format json: per indicator the method, total and status, per unit the figure and its source", async () => {
  const r = await cli(["summarize", join(dir, "inbox"), "--set", setPath, "-o", join(dir, "s.xlsx"), "--format", "json"]);
  const json = JSON.parse(r.stdout);
  const rate = json.indicators.find((i: { id: string }) => i.id === "enrol_rate");
  expect(rate).toMatchObject({ method: "ratio", status: "missed", unitsMet: 1, unitsReturned: 3 });
  expect(rate.total).toBeCloseTo((1002 / 1110) * 100, 9);
  expect(rate.subtotals).toEqual(expect.arrayContaining([expect.objectContaining({ unit: "d2", total: 97 })]));
  const s1 = rate.units.find((u: { unit: string }) => u.unit === "s1");
  expect(s1).toMatchObject({ value: 90, status: "missed", source: { file: expect.stringMatching(/east[\\/]s1\.xlsx$/), sheet: "填报表", cell: expect.stringMatching(/^E\d+$/) } });
  expect(json.units.missing).toEqual(["s4"]);
  expect(json.workbooks.find((w: { file: string }) => w.file.endsWith("broken.xlsx")).status).toBe("unreadable");
});

test("--previous: last period's summary gives the change per indicator", async () => {
  const last = join(dir, "去年.xlsx");
  const wb = XlsxWorkbook.create();
  const set = citySet();
  const previous = { ...(await import("../../src/core/summary")).buildSummary(set, { workbooks: [], across: [], findings: [], submissions: [] }) };
  previous.indicators.find((s) => s.indicator.id === "enrolled")!.all.total = 1000;
  await wb.apply(summaryChanges(previous, "zh-CN"));
  await wb.saveAs(last);
  const r = await cli(["summarize", join(dir, "inbox"), "--set", setPath, "-o", join(dir, "p.xlsx"), "--previous", last, "--format", "json"]);
  const enrolled = JSON.parse(r.stdout).indicators.find((i: { id: string }) => i.id === "enrolled");
  expect(enrolled).toMatchObject({ previous: 1000, total: 1002 });
});

test("bad input: no -o, -o naming an input, a --previous that is not a summary, a year not in the set", async () => {
  const inbox = join(dir, "inbox");
  expect((await cli(["summarize", inbox, "--set", setPath])).code).toBe(2);
  const onInput = await cli(["summarize", join(inbox, "s3.xlsx"), "--set", setPath, "-o", join(inbox, "s3.xlsx")]);
  expect(onInput.code).toBe(2);
  expect(onInput.stderr).toContain("输入文件");
  const notSummary = await cli(["summarize", inbox, "--set", setPath, "-o", join(dir, "x.xlsx"), "--previous", join(inbox, "s3.xlsx")]);
  expect(notSummary.code).toBe(2);
  expect(notSummary.stderr).toContain("不是“指标表”生成的汇总工作簿");
  const year = await cli(["summarize", inbox, "--set", setPath, "-o", join(dir, "y.xlsx"), "--year", "2019"]);
  expect(year.code).toBe(2);
  expect(year.stderr).toContain("2019");
  expect(existsSync(join(dir, "x.xlsx")) || existsSync(join(dir, "y.xlsx"))).toBe(false);
  copyFileSync(join(inbox, "broken.xlsx"), join(dir, "only-broken.xlsx"));
  const nothing = await cli(["summarize", join(dir, "only-broken.xlsx"), "--set", setPath, "-o", join(dir, "z.xlsx")]);
  expect(nothing.code).toBe(2);
});

test("without --set: the set is taken from the working directory, never from among the returned files", async () => {
  // run where the bureau keeps its set, on the inbox below it
  const found = await cli(["summarize", join(dir, "inbox"), "-o", join(dir, "found.xlsx")], {}, dir);
  expect(found.code).toBe(1);
  expect(found.stderr).toContain("使用指标集 city.set.json");
  // a set file sent in with the returns is not looked at, and neither is the folder they are in
  const planted = join(dir, "inbox", "east", "city.set.json");
  copyFileSync(setPath, planted);
  try {
    const elsewhere = mkdtempSync(join(tmpdir(), "it-summarize-cwd-"));
    const lost = await cli(["summarize", join(dir, "inbox"), "-o", join(dir, "lost.xlsx")], {}, elsewhere);
    rmSync(elsewhere, { recursive: true, force: true });
    expect(lost.code).toBe(2);
    expect(lost.stderr).not.toContain("使用指标集");
    const inside = await cli(["summarize", ".", "-o", join(dir, "inside.xlsx")], {}, join(dir, "inbox", "east"));
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("--set");
    expect(existsSync(join(dir, "lost.xlsx")) || existsSync(join(dir, "inside.xlsx"))).toBe(false);
  } finally {
    rmSync(planted);
  }
});
