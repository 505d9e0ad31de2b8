// OfficeWorkbook driven by Microsoft's office-addin-mock rather than our own fake: the mock
// enforces load-before-read and sync, so these catch a property read without a load.
// (The fuller behaviour tests run on fake-excel.ts, which also counts syncs and keeps order.)
import { OfficeMockObject } from "office-addin-mock";
import { installOffice, removeOffice } from "./helpers";
import { OfficeWorkbook, type ExcelRunner } from "../../../src/workbook/office";

function mockedRunner(data: Record<string, unknown>): { run: ExcelRunner; mock: OfficeMockObject; syncs: () => number } {
  let syncs = 0;
  const mock = new OfficeMockObject({ context: data });
  const context = (mock as unknown as { context: OfficeMockObject }).context;
  // office-addin-mock's own sync resolves loads; count our calls around it.
  const realSync = (context as unknown as { sync: () => Promise<void> }).sync.bind(context);
  Object.assign(context, {
    sync: async () => {
      syncs++;
      await realSync();
    },
  });
  const run: ExcelRunner = (batch) => batch(context as unknown as Excel.RequestContext);
  return { run, mock, syncs: () => syncs };
}

beforeEach(() => installOffice("1.9"));
afterEach(() => removeOffice());

test("read loads address, values, types, formats and formulas in one sync", async () => {
  const range = {
    address: "指标!A1:B2",
    values: [["指标", "值"], ["学前教育净入学率", 98.5]],
    valueTypes: [["String", "String"], ["String", "Double"]],
    numberFormat: [["General", "General"], ["@", "0.0"]],
    formulas: [["指标", "值"], ["学前教育净入学率", 98.5]],
  };
  const { run, syncs } = mockedRunner({
    workbook: {
      worksheets: {
        sheet: { range, getRange: function () { return this.range; } },
        getItem: function () { return this.sheet; },
      },
    },
  });
  const [snap] = await new OfficeWorkbook(run).read([{ sheet: "指标", range: "A1:B2" }]);
  expect(syncs()).toBe(1);
  expect(snap!.values).toEqual([["指标", "值"], ["学前教育净入学率", 98.5]]);
  expect(snap!.numberFormats[1]).toEqual(["@", "0.0"]);
  expect(snap!.formulas).toEqual([[null, null], [null, null]]);
});

test("an Excel error value read through the mock comes back as { error }", async () => {
  const range = {
    address: "S!A1",
    values: [["#DIV/0!"]],
    valueTypes: [["Error"]],
    numberFormat: [["General"]],
    formulas: [["=1/0"]],
  };
  const { run } = mockedRunner({
    workbook: { worksheets: { sheet: { range, getRange: function () { return this.range; } }, getItem: function () { return this.sheet; } } },
  });
  const [snap] = await new OfficeWorkbook(run).read([{ sheet: "S", range: "A1" }]);
  expect(snap!.values).toEqual([[{ error: "#DIV/0!" }]]);
  expect(snap!.formulas).toEqual([["=1/0"]]);
});
