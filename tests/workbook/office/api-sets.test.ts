// The guard that cannot be forgotten: every Office.js member above the manifest's ExcelApi 1.1
// that src/workbook/office uses must sit behind the check of a feature that needs at least its
// set (the rule: tests/workbook/office/api-sets.ts), and docs/excel-api-sets.md must say so.
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { aboveMinimum, renderApiSetsDoc, ROOT, scanApiUses, tableProblems, type ApiUse } from "./api-sets";

let uses: ApiUse[] = [];
beforeAll(() => {
  uses = scanApiUses();
});

test("finds the Office.js calls, with the set @types/office-js gives them", () => {
  const find = (member: string, where: string) => uses.find((u) => u.member === member && u.where === where);
  expect(uses.length).toBeGreaterThan(100);
  // reading visibility is 1.1, setting it 1.2
  expect(find("Worksheet.visibility", "sheets.ts#readSheets")?.set).toBe("1.1");
  expect(find("Worksheet.visibility (setting)", "metadata.ts#metadataSteps")?.set).toBe("1.2");
  // a path inside load("…")
  expect(find("WorksheetProtection.protected", "probe.ts#probe")?.set).toBe("1.2");
  // a call passing the password needs 1.7, without it 1.2
  expect(find("WorksheetProtection.protect (password)", "protection.ts#protect")?.set).toBe("1.7");
  expect(find("WorksheetProtection.protect", "protection.ts#protect")?.set).toBe("1.2");
  // object literal typed by an Excel interface
  expect(find("PageLayoutZoomOptions.horizontalFitToPages", "layout.ts#applyPageSetup")?.set).toBe("1.9");
  expect(find("Worksheet.onChanged", "watch.ts#watchEdits")?.set).toBe("1.7");
});

test("every member above ExcelApi 1.1 is listed in API_MEMBERS with a guard that checks its set", () => {
  expect(aboveMinimum(uses).length).toBeGreaterThan(50);
  expect(tableProblems(uses)).toEqual([]);
});

test("a use missing from the table, or guarded by a lower set, is reported", () => {
  const extra: ApiUse[] = [
    ...uses,
    { member: "Worksheet.onChanged", set: "1.7", where: "read.ts#readRanges", at: "read.ts:1" },
    { member: "Worksheet.freezePanes", set: "1.7", where: "plan.ts#plan", at: "plan.ts:1" },
  ];
  const problems = tableProblems(extra.map((u) => (u.member === "Worksheet.freezePanes" ? { ...u, set: "1.8" } : u)));
  expect(problems.join("\n")).toMatch(/Worksheet\.onChanged needs ExcelApi 1\.7 but API_MEMBERS has no row for it in read\.ts#readRanges/);
  expect(problems.join("\n")).toMatch(/Worksheet\.freezePanes in plan\.ts#plan: API_MEMBERS says 1\.7, @types\/office-js says 1\.8/);
});

test("docs/excel-api-sets.md is up to date (npx tsx tests/workbook/office/write-api-sets.ts)", () => {
  const committed = readFileSync(path.join(ROOT, "docs/excel-api-sets.md"), "utf8");
  expect(committed).toBe(renderApiSetsDoc());
});
