import { planInsert } from "../../../src/core/layout/insert";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";

const changes: WorkbookChange[] = [
  { op: "addSheet", sheet: "填报说明" },
  { op: "addSheet", sheet: "Data" },
  { op: "setValues", sheet: "Data", at: "A1", values: [[1]] },
];

test("no clash: the changes go in as they are", () => {
  expect(planInsert([{ name: "Sheet1", visibility: "visible" }], changes)).toEqual({ ok: true, changes });
});

test("an existing sheet is never replaced without asking, and names match case-insensitively", () => {
  const existing = [{ name: "填报说明", visibility: "visible" as const }, { name: "DATA", visibility: "hidden" as const }];
  expect(planInsert(existing, changes)).toEqual({ ok: false, conflicts: ["填报说明", "DATA"] });
  const replaced = planInsert(existing, changes, { replace: true });
  expect(replaced.ok && replaced.changes.slice(0, 2)).toEqual([
    { op: "deleteSheet", sheet: "填报说明" },
    { op: "deleteSheet", sheet: "DATA" },
  ]);
});
