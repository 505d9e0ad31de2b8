// The shared Workbook contract on OfficeWorkbook over the in-memory fake Excel (fake-excel.ts);
// a live workbook has no save/reopen step, so reopen returns the same object.
import { OfficeWorkbook } from "../../../src/workbook/office";
import { workbookContract } from "../contract";
import { FakeExcel } from "./fake-excel";
import { installOffice, removeOffice } from "./helpers";

beforeEach(() => installOffice("1.9"));
afterEach(() => removeOffice());

workbookContract("OfficeWorkbook (Office.js over a fake Excel)", async () => {
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook(fake.run);
  return { wb, reopen: async () => wb };
});
