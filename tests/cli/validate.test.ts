// End to end on real files: generate a unit's template, fill it as a clerk would, inject known
// faults, and run `validate` on the saved workbook. Every fault is found on its cell, nothing
// else is, and the workbook's bytes are the same after validation as before.
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";
import { runCli } from "../../src/cli/main";
import { readEntries } from "../../src/core/template";
import type { CellValue, ReadValue, WorkbookChange } from "../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { CLEAN, CLEAN_BASELINE } from "../core/validate/fixtures";

const root = join(__dirname, "../..");
const setPath = join(root, "examples/district-balanced-development.set.json");


let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "it-validate-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A filled template for `unit`; `values` override the clean figures. Returns its path and the cell of each indicator. */
async function filled(unit: string, name: string, values: Record<string, ReadValue> = {}, notes: Record<string, string> = {}, from = setPath) {
  const blank = join(dir, `${name}.blank.xlsx`);
  expect((await cli(["template", from, "--unit", unit, "-o", blank])).code).toBe(0);
  const wb = await XlsxWorkbook.fromFile(blank);
  const { entries } = await readEntries(wb);
  const cellOf: Record<string, string> = {};
  const changes: WorkbookChange[] = [];
  for (const e of entries) {
    let v: ReadValue | undefined;
    if (e.kind === "value") {
      cellOf[e.indicatorId] = `${e.sheet}!${e.cell}`;
      v = e.indicatorId in values ? values[e.indicatorId] : CLEAN[e.indicatorId];
    } else if (e.kind === "baseline") v = CLEAN_BASELINE[e.indicatorId] ?? null;
    else v = notes[e.indicatorId] ?? null;
    if (v !== undefined && v !== null) changes.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v as CellValue]] });
  }
  await wb.apply(changes);
  const path = join(dir, `${name}.xlsx`);
  await wb.saveAs(path);
  return { path, cellOf };
}

const sha = (path: string) => createHash("sha256").update(readFileSync(path)).digest("hex");

describe("validate on filled workbooks", () => {
  test("a clean submission: no findings, exit 0, ready to submit", async () => {
    const { path } = await filled("linjiang", "clean");
    const r = await cli(["validate", path, "--set", setPath, "--format", "json"]);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  test("injected faults are each found on their cell, nothing else; the file is left byte-identical", async () => {
    const faults: Record<string, [ReadValue, string]> = {
      preschool_age_children: [null, "value.required"],
      training_rate: ["六十", "value.not_a_number"],
      new_practice_bases: [1.5, "value.not_whole"],
      community_education_rate: [120, "value.out_of_bounds"],
      preschool_net_enrolment: [95, "target.missed"],
      training_person_times: [40000, "rule.training_parts_sum"],
    };
    const values = Object.fromEntries(Object.entries(faults).map(([id, [v]]) => [id, v]));
    const { path, cellOf } = await filled("linjiang", "faulty", values);
    const before = sha(path);
    const r = await cli(["validate", path, "--set", setPath, "--format", "json", "-o", join(dir, "report.xlsx")]);
    expect(sha(path)).toBe(before);
    expect(r.code).toBe(1);
    const found = JSON.parse(r.stdout).findings.map((f: any) => `${f.rule} ${f.sheet}!${f.cell}`).sort();
    const expected = Object.entries(faults).map(([id, [, rule]]) => `${rule} ${cellOf[id]}`).sort();
    expect(found).toEqual(expected);
    const report = await XlsxWorkbook.fromFile(join(dir, "report.xlsx"));
    const [snap] = await report.read([{ sheet: "校验报告" }]);
    expect(snap!.values.length).toBe(2 + expected.length);
  });

  test("without --set the set is found in the working directory from the workbook's metadata, and the file used is said", async () => {
    const { path } = await filled("linjiang", "found");
    const err: string[] = [];
    const r = await runCli(["validate", path, "--format", "json"], { stdout: () => {}, stderr: (t) => err.push(t), cwd: join(root, "examples"), env: {} });
    expect(r).toBe(0);
    expect(err.join("\n")).toContain("使用指标集 district-balanced-development.set.json");
    expect(err.join("\n")).not.toContain("指纹不符");
    // not in the working directory (the repository root has no set): not found, and how to give it
    const lost = await cli(["validate", path]);
    expect(lost.code).toBe(2);
    expect(lost.stderr).toContain("--set");
  });

  test("a set planted beside the returned files is never chosen, even with a fingerprint that matches the form", async () => {
    const { mkdirSync, copyFileSync } = await import("node:fs");
    // a sender's own copy of the set: same id and version, the target they missed lowered,
    // and the form made from it, so the fingerprint in the form matches the planted file
    const forged = JSON.parse(readFileSync(setPath, "utf8"));
    forged.indicators.find((i: { id: string }) => i.id === "preschool_net_enrolment").targets = [{ comparator: ">=", value: 90 }];
    const inbox = join(dir, "planted");
    mkdirSync(inbox);
    const plantedSet = join(inbox, "district-balanced-development.set.json");
    writeFileSync(plantedSet, JSON.stringify(forged));
    const { path } = await filled("linjiang", "planted-form", { preschool_net_enrolment: 95 }, {}, plantedSet);
    copyFileSync(path, join(inbox, "linjiang.xlsx"));
    const rules = (r: { stdout: string }) => JSON.parse(r.stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rules(await cli(["validate", join(inbox, "linjiang.xlsx"), "--set", plantedSet, "--format", "json"]))).not.toContain("target.missed");

    // run where the bureau keeps nothing: the planted set is not looked at
    const empty = join(dir, "bureau-empty");
    mkdirSync(empty);
    const none = await cli(["validate", join(inbox, "linjiang.xlsx")], {}, empty);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain("--set");
    expect(none.stderr).not.toContain("使用指标集");

    // run where the bureau's own set is: that one is used, and the mismatch is said
    const bureau = await cli(["validate", join(inbox, "linjiang.xlsx"), "--format", "json"], {}, join(root, "examples"));
    expect(bureau.stderr).toContain("使用指标集 district-balanced-development.set.json");
    expect(bureau.stderr).not.toMatch(/使用指标集 .*planted/);
    expect(bureau.stderr).toContain("指纹不符");
    expect(rules(bureau)).toContain("target.missed");

    // run inside the folder of returned files: nothing there is trusted
    const inside = await cli(["validate", "."], {}, inbox);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("不会自动选用");
    expect(inside.stderr).not.toContain("使用指标集");
  });

  test("control characters from a note reach the terminal only as visible escapes", async () => {
    const note = "\u001b[2J\u001b]0;pwned\u0007园舍改建\u202etxt.exe\nb.xlsx：错误 0 处";
    const { path } = await filled("linjiang", "hostile-note", { preschool_net_enrolment: 95 }, { preschool_net_enrolment: note });
    const text = await cli(["validate", path, "--set", setPath]);
    const printed = text.stdout + text.stderr;
    expect(printed).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(text.stdout).toContain("（已说明：\\u{1B}[2J\\u{1B}]0;pwned\\u{7}园舍改建\\u{202E}txt.exe\\u{A}b.xlsx：错误 0 处）");
    // one line per finding: the note's line break did not start a line of its own
    expect(text.stdout.split("\n").filter((l) => l.startsWith("b.xlsx"))).toEqual([]);

    const json = await cli(["validate", path, "--set", setPath, "--format", "json"]);
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(json.stdout).toContain("\\u202e");
    const explained = JSON.parse(json.stdout).findings.find((f: { explanation?: string }) => f.explanation !== undefined);
    expect(explained.explanation).toBe(note);
  });

  test("several files for one unit are flagged as duplicates", async () => {
    const a = await filled("xincheng", "a");
    const b = await filled("xincheng", "b");
    const r = await cli(["validate", a.path, b.path, "--set", setPath, "--format", "json"]);
    const rules = JSON.parse(r.stdout).findings.map((f: any) => f.rule);
    expect(rules.filter((x: string) => x === "units.duplicate")).toHaveLength(2);
    expect(r.code).toBe(1);
  });

  test("a file that is not a workbook, or not one of ours, is unusable input (exit 2) with why", async () => {
    const notXlsx = join(dir, "plain.xlsx");
    writeFileSync(notXlsx, "not a zip");
    const r = await cli(["validate", notXlsx, "--set", setPath]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("plain.xlsx");
    // in plain words, without the zip library's internals
    expect(r.stderr).toContain("不是 .xlsx 格式的工作簿");
    expect(r.stderr).not.toMatch(/central directory|jszip/i);
    const other = XlsxWorkbook.create();
    await other.apply([{ op: "addSheet", sheet: "Sheet1" }]);
    const foreign = join(dir, "foreign.xlsx");
    await other.saveAs(foreign);
    const f = await cli(["validate", foreign, "--set", setPath]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("不是由“指标表”生成的填报表");
  });

  test("a folder with one broken workbook among good ones: all the others are checked, the broken one listed with why, exit 1", async () => {
    const { mkdirSync, copyFileSync } = await import("node:fs");
    const inbox = join(dir, "inbox");
    mkdirSync(join(inbox, "more"), { recursive: true });
    const a = await filled("linjiang", "inbox-a");
    const b = await filled("xincheng", "inbox-b", { training_cadre_teacher: 1 });
    copyFileSync(a.path, join(inbox, "a.xlsx"));
    copyFileSync(b.path, join(inbox, "more", "b.xlsx"));
    writeFileSync(join(inbox, "broken.xlsx"), "PK\u0003\u0004 truncated");
    writeFileSync(join(inbox, "~$a.xlsx"), "Excel's lock file");
    const r = await cli(["validate", inbox, "--set", setPath, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as { workbooks: { file: string; status: string; units: string[] }[]; findings: { file: string; rule: string }[] };
    expect(out.workbooks.map((w) => [w.file.replace(/\\/g, "/").split("inbox/")[1], w.status])).toEqual([
      ["a.xlsx", "checked"],
      ["broken.xlsx", "unreadable"],
      ["more/b.xlsx", "checked"],
    ]);
    expect(out.findings.some((f) => f.file.endsWith("b.xlsx") && f.rule === "rule.training_parts_sum")).toBe(true);
    expect(out.findings.filter((f) => f.rule === "file.unreadable").map((f) => f.file)).toEqual([expect.stringContaining("broken.xlsx")]);
  });

  test("-o naming one of the inputs is refused and the input is left as it was", async () => {
    const { path } = await filled("linjiang", "keep");
    const before = sha(path);
    const r = await cli(["validate", path, "--set", setPath, "-o", path]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("输入文件");
    expect(sha(path)).toBe(before);
  });
});
