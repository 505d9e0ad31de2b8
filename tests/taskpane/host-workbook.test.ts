// Inside an older Excel (Office 2019 volume-licensed stops at ExcelApi 1.7) the pane still
// inserts a form: what the host lacks is left out, and the pane can say so in Chinese.
import { unitFormChanges } from "../../src/core/template";
import { hostWorkbook } from "../../src/taskpane/shared/host-workbook";
import { exampleSet } from "../core/validate/fixtures";
import { FakeExcel } from "../workbook/office/fake-excel";
import { installOffice, removeOffice } from "../workbook/office/helpers";

afterEach(() => removeOffice());

test("ExcelApi 1.7: the form goes in without data validation and page layout, and the pane is told why", async () => {
  installOffice("1.7");
  const fake = new FakeExcel();
  const wb = hostWorkbook(fake.run);
  await wb.apply(unitFormChanges(exampleSet(), { unitId: "linjiang" }));
  expect((await wb.sheets()).map((s) => s.name)).toEqual(expect.arrayContaining(["填报说明", "填报表"]));
  const skipped = wb.skipped();
  expect(skipped.length).toBe(2);
  expect(skipped.map((m) => m["zh-CN"]).join("\n")).toContain("Office 2019");
});

test("ExcelApi 1.9: nothing is left out", async () => {
  installOffice("1.9");
  const wb = hostWorkbook(new FakeExcel().run);
  await wb.apply(unitFormChanges(exampleSet(), { unitId: "linjiang" }));
  expect(wb.skipped()).toEqual([]);
});
