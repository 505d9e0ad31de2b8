// Marks on the cells of a filled form: fills only, values/formulas/formats untouched, and one
// clear puts back the template's input colour. On files (exceljs reads the fills back) and in
// Excel over the fake, where marking any number of cells costs the same round trips.
import ExcelJS from "exceljs";
import { readEntries, unitFormChanges } from "../../../src/core/template";
import { COLOURS } from "../../../src/core/template/layout";
import { clearMarkChanges, markChanges, MARK_FILLS, MARKS_KEY, validateSubmission, type Finding } from "../../../src/core/validate";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { CLEAN } from "../../core/validate/fixtures";
import { exampleSet } from "../../core/validate/fixtures";
import { repeatedExample } from "../../core/template/fixtures";
import { FakeExcel } from "../office/fake-excel";
import { installOffice, removeOffice } from "../office/helpers";

async function filledForm(values: Record<string, unknown>) {
  const set = exampleSet();
  const wb = XlsxWorkbook.create();
  await wb.apply(unitFormChanges(set, { unitId: "linjiang" }));
  const { entries } = await readEntries(wb);
  const fill: WorkbookChange[] = entries
    .filter((e) => e.kind === "value")
    .map((e) => ({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[(e.indicatorId in values ? values[e.indicatorId] : CLEAN[e.indicatorId]) as never]] }));
  await wb.apply(fill);
  return { set, wb: await XlsxWorkbook.fromBuffer(await wb.toBuffer()) };
}

async function fillsOf(wb: XlsxWorkbook, cells: { sheet: string; cell: string }[]) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await wb.toBuffer()) as never);
  return cells.map(({ sheet, cell }) => {
    const f = book.getWorksheet(sheet)!.getCell(cell).fill as ExcelJS.FillPattern | undefined;
    return `#${String(f?.fgColor?.argb ?? "").slice(2)}`;
  });
}

async function everything(wb: XlsxWorkbook) {
  const sheets = (await wb.sheets()).filter((s) => s.visibility === "visible").map((s) => ({ sheet: s.name }));
  return JSON.stringify((await wb.read(sheets)).map((s) => [s.values, s.formulas, s.numberFormats]));
}

test("marking fills the cells with findings, clearing restores the input colour, and no value changes", async () => {
  const { set, wb } = await filledForm({ community_education_rate: 120, preschool_net_enrolment: 95 });
  const { entries } = await readEntries(wb);
  const findings = validateSubmission(set, { file: "f", unitId: "linjiang", entries: entries.filter((e) => !e.removed) });
  expect(findings.map((f) => f.severity).sort()).toEqual(["error", "warning"]);
  const cells = findings.map((f) => ({ sheet: f.sheet!, cell: f.cell! }));
  const before = await everything(wb);

  await wb.apply(markChanges(findings, await wb.metadata()));
  expect(await everything(wb)).toBe(before);
  const error = findings.find((f) => f.severity === "error")!;
  const marked = await fillsOf(wb, [{ sheet: error.sheet!, cell: error.cell! }, ...cells.filter((c) => c.cell !== error.cell)]);
  expect(marked).toEqual([MARK_FILLS.error, MARK_FILLS.warning]);

  await wb.apply(clearMarkChanges(await wb.metadata()));
  expect(await everything(wb)).toBe(before);
  expect(await fillsOf(wb, cells)).toEqual([COLOURS.input, COLOURS.input]);
  expect((await wb.metadata())[MARKS_KEY]).toBe("1");
  expect((await wb.metadata())[`${MARKS_KEY}.1`]).toBe("{}");
});

test("marking again first clears the old marks: a fixed cell does not stay red", async () => {
  const { set, wb } = await filledForm({ community_education_rate: 120 });
  const { entries } = await readEntries(wb);
  const first = validateSubmission(set, { file: "f", unitId: "linjiang", entries });
  await wb.apply(markChanges(first, undefined));
  await wb.apply(markChanges([], await wb.metadata()));
  expect(await fillsOf(wb, [{ sheet: first[0]!.sheet!, cell: first[0]!.cell! }])).toEqual([COLOURS.input]);
});

describe("in Excel (fake)", () => {
  afterEach(() => removeOffice());
  test("marks on 10 or 1,000 cells of a protected form take the same syncs, and the sheet stays protected", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      installOffice("1.9");
      const fake = new FakeExcel();
      const wb = new OfficeWorkbook(fake.run);
      const set = repeatedExample(n);
      await wb.apply(unitFormChanges(set, { unitId: "linjiang" }));
      const { entries } = await readEntries(wb);
      const findings: Finding[] = entries
        .filter((e) => e.kind === "value")
        .map((e) => ({ rule: "value.required", severity: "error", sheet: e.sheet, cell: e.cell, message: { "zh-CN": "x", "en-US": "x" } }));
      const before = fake.syncs;
      await wb.apply(markChanges(findings, undefined));
      counts.push(fake.syncs - before);
      const first = findings[0]!;
      expect(fake.sheet(first.sheet!).peek(first.cell!)?.style).toMatchObject({ "fill.color": MARK_FILLS.error });
      expect(fake.sheets.filter((s) => s.name !== "Sheet1" && s.name !== "_it_meta").every((s) => s.protection.protected)).toBe(true);
    }
    expect(counts[1]).toBe(counts[0]);
  });
});
