import { planInsert } from "../../../src/core/layout/insert";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { FakeExcel } from "../../workbook/office/fake-excel";

const changes: WorkbookChange[] = [
  { op: "addSheet", sheet: "填报说明" },
  { op: "addSheet", sheet: "Data" },
  { op: "setValues", sheet: "Data", at: "A1", values: [[1]] },
];

test("no clash: the changes go in as they are", () => {
  expect(planInsert([{ name: "Sheet1", visibility: "visible" }], changes)).toEqual({ ok: true, changes });
});

test("an existing sheet is never replaced without asking, and names match case-insensitively", () => {
  const existing = [{ name: "Sheet1", visibility: "visible" as const }, { name: "填报说明", visibility: "visible" as const }, { name: "DATA", visibility: "hidden" as const }];
  expect(planInsert(existing, changes)).toEqual({ ok: false, conflicts: ["填报说明", "DATA"] });
  const replaced = planInsert(existing, changes, { replace: true });
  expect(replaced.ok && replaced.changes.slice(0, 2)).toEqual([
    { op: "deleteSheet", sheet: "填报说明" },
    { op: "deleteSheet", sheet: "DATA" },
  ]);
});

test("replacing the only visible sheet never deletes the last visible one first (a placeholder holds it)", async () => {
  const fake = new FakeExcel({ sheets: ["_it_meta", "填报说明"] });
  fake.sheet("_it_meta").visibility = "VeryHidden";
  const wb = new OfficeWorkbook(fake.run);
  const existing = await wb.sheets();
  const plan = planInsert(existing, changes, { replace: true });
  expect(plan.ok && plan.changes.map((c) => `${c.op} ${"sheet" in c ? c.sheet : ""}`)).toEqual([
    "addSheet _it_placeholder",
    "deleteSheet 填报说明",
    "addSheet 填报说明",
    "addSheet Data",
    "setValues Data",
    "deleteSheet _it_placeholder",
  ]);
  // the old order fails in (the strict fake of) Excel: the last visible sheet cannot go first
  await expect(wb.apply([{ op: "deleteSheet", sheet: "填报说明" }, ...changes])).rejects.toThrow(/last visible sheet/);
  await wb.apply(plan.ok ? plan.changes : []);
  expect(fake.sheets.map((s) => s.name)).toEqual(["_it_meta", "填报说明", "Data"]);
  expect(fake.sheet("Data").peek("A1")!.value).toBe(1);
});

test("the placeholder's name does not clash, and it stays when the layout adds no visible sheet", () => {
  const existing = [{ name: "H", visibility: "visible" as const }, { name: "_it_placeholder", visibility: "hidden" as const }];
  const plan = planInsert(existing, [{ op: "addSheet", sheet: "H", visibility: "hidden" }], { replace: true });
  expect(plan.ok && plan.changes).toEqual([
    { op: "addSheet", sheet: "_it_placeholder2" },
    { op: "deleteSheet", sheet: "H" },
    { op: "addSheet", sheet: "H", visibility: "hidden" },
  ]);
});
