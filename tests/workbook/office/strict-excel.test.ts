// Issue 12, "right in real Excel, not only in the fake": each point where Excel is stricter than
// the fake used to be, first as a hazard the (now strict) fake shows, then the add-in handling it.
import { parseRange } from "../../../src/core/workbook/a1";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { markChanges, type Finding } from "../../../src/core/validate";
import {
  ChangeInputError,
  editedAreas,
  HostFeatureError,
  META_SHEET,
  needsTextFormat,
  OfficeWorkbook,
  SheetPasswordError,
  UnsupportedFeatureError,
  watchEdits,
} from "../../../src/workbook/office";
import { FakeExcel } from "./fake-excel";
import { installOffice, removeOffice } from "./helpers";

afterEach(() => removeOffice());

/** A host with ExcelApi up to 1.`minor`, in both the requirements API and the fake. */
function host(minor: number, options: ConstructorParameters<typeof FakeExcel>[0] = {}) {
  installOffice(`1.${minor}` as "1.1");
  const fake = new FakeExcel({ apiVersion: minor, ...options });
  return { fake, wb: new OfficeWorkbook(fake.run, options.payloadLimit ? { payloadBudget: Math.floor(options.payloadLimit * 0.8) } : {}) };
}

async function raw(fake: FakeExcel, batch: (context: Excel.RequestContext) => void): Promise<void> {
  await fake.run(async (context) => {
    batch(context);
    await context.sync();
  });
}

describe("1. setting Worksheet.visibility needs ExcelApi 1.2", () => {
  it("the hazard: on a 1.1 host the write before it lands, then the batch fails", async () => {
    const fake = new FakeExcel({ apiVersion: 1 });
    await expect(
      raw(fake, (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
        context.workbook.worksheets.add("hidden").visibility = "VeryHidden";
      }),
    ).rejects.toThrow(/ApiNotFound/);
    expect(fake.sheet("Sheet1").peek("A1")!.value).toBe(1); // half-written
  });

  const changes: WorkbookChange[] = [
    { op: "setValues", sheet: "Sheet1", at: "A1", values: [["x"]] },
    { op: "addSheet", sheet: "lists", visibility: "hidden" },
    { op: "setValues", sheet: "lists", at: "A1", values: [["是"]] },
    { op: "setMetadata", entries: { setId: "s" } },
  ];

  it("the metadata sheet is refused on ExcelApi 1.1 before anything is written", async () => {
    const { fake, wb } = host(1);
    const error = await wb.apply(changes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    expect((error as UnsupportedFeatureError).feature).toBe("hiddenSheets");
    expect(fake.syncs).toBe(0);
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
    await expect(wb.apply([changes[3]!])).rejects.toMatchObject({ feature: "metadataSheet", requirementSet: "ExcelApi 1.2" });
  });

  it("degrade mode: the hidden sheet goes in visible, the metadata is left out, both are said in the user's words", async () => {
    const { fake, wb } = host(1);
    const report = await wb.applyWithReport(changes, { degrade: true });
    expect(report.skipped.map((s) => s.feature)).toEqual(["hiddenSheets", "metadataSheet"]);
    expect(report.skipped[0]!.message["zh-CN"]).toMatch(/隐藏工作表.*ExcelApi 1\.2/);
    expect(report.skipped[0]!.message["zh-CN"]).toMatch(/工作表已插入，但没有隐藏/);
    expect(report.skipped[1]!.message["en-US"]).toMatch(/hidden sheet recording the indicator set.*not recognised/);
    expect(fake.sheet("lists").visibility).toBe("Visible");
    expect(fake.sheet("lists").peek("A1")!.value).toBe("是");
    expect(fake.findSheet(META_SHEET)).toBeUndefined();
  });

  it("from ExcelApi 1.2 the metadata sheet is very hidden (and protected)", async () => {
    const { fake, wb } = host(2);
    await wb.apply(changes);
    expect(fake.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(fake.sheet(META_SHEET).protection.protected).toBe(true);
    expect(fake.sheet("lists").visibility).toBe("Hidden");
  });
});

describe("2. Worksheet.onChanged needs ExcelApi 1.7", () => {
  it("the hazard: below 1.7 the getter throws at once", async () => {
    const fake = new FakeExcel({ apiVersion: 6 });
    await expect(fake.run(async (context) => context.workbook.worksheets.getItem("Sheet1").onChanged)).rejects.toThrow(/ApiNotFound/);
  });

  it("watchEdits refuses in the user's words, before touching the events", async () => {
    const { fake } = host(6);
    const error = await watchEdits(fake.run, ["Sheet1"], () => undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostFeatureError);
    expect((error as HostFeatureError).messages["zh-CN"]).toMatch(/实时校验.*ExcelApi 1\.7/);
    expect((error as HostFeatureError).messages["en-US"]).toMatch(/live checking/);
    expect(fake.syncs).toBe(0);
  });
});

describe("3. responses are capped at 5 MB too", () => {
  it("the hazard: one sync loading a large matrix is refused", async () => {
    const fake = new FakeExcel({ responseLimit: 1000 });
    await raw(fake, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = Array.from({ length: 100 }, (_, i) => [`row ${i}`]);
    });
    await expect(raw(fake, (context) => void context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").load("values"))).rejects.toThrow(
      /ResponsePayloadSizeLimitExceeded/,
    );
  });

  it("a 20,000-row matrix reads back whole with every response under 5 MB", async () => {
    const { fake, wb } = host(9);
    const rows = Array.from({ length: 20000 }, (_, i) => [`单位${i}`, `第${i}行：学前教育毛入园率`, i, i * 1.5, `备注 ${i}`, "是"]);
    await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: rows }]);
    const before = fake.requests.length;
    const [used, part] = await wb.read([{ sheet: "Sheet1" }, { sheet: "Sheet1", range: "B100:C200" }]);
    const reads = fake.requests.slice(before);
    expect(reads.reduce((s, r) => s + r.responseBytes, 0)).toBeGreaterThan(5 * 1024 * 1024); // one sync would have been refused
    expect(reads.every((r) => r.refused === undefined && r.responseBytes < 5 * 1024 * 1024)).toBe(true);
    expect(reads.length).toBeLessThanOrEqual(6);
    expect(used!.range).toBe("A1:F20000");
    expect(used!.values).toEqual(rows);
    expect(part!.values[0]).toEqual([rows[99]![1], rows[99]![2]]);
    expect(part!.values.length).toBe(101);
  });

  it("rows that grow heavier than the first are read again in smaller blocks, never lost", async () => {
    const limit = 6000;
    const { fake, wb } = host(9, { payloadLimit: limit, responseLimit: limit });
    const rows = Array.from({ length: 120 }, (_, i) => [i < 60 ? i : `${"长".repeat(i - 50)}`]);
    await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: rows }]);
    const before = fake.requests.length;
    const [snap] = await wb.read([{ sheet: "Sheet1", range: "A1:A120" }]);
    expect(snap!.values).toEqual(rows);
    const reads = fake.requests.slice(before);
    expect(reads.filter((r) => r.refused === undefined).every((r) => r.responseBytes <= limit)).toBe(true);
    expect(reads.length).toBeGreaterThan(2);
  });

  it("the metadata sheet (a large set's cell map) is read in blocks too, when merging and when reading", async () => {
    const limit = 8000;
    const { fake, wb } = host(9, { payloadLimit: limit, responseLimit: limit });
    const entries = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`cells.${i}`, `${i}`.repeat(300)]));
    await wb.apply([{ op: "setMetadata", entries }]);
    await wb.apply([{ op: "setMetadata", entries: { "cells.3": "changed", extra: "x" } }]);
    expect(await wb.metadata()).toEqual({ ...entries, "cells.3": "changed", extra: "x" });
    // a read Excel refuses as too large is harmless and read again in smaller blocks; a write never is
    expect(fake.requests.every((r) => r.responseBytes <= limit && (r.refused === undefined || r.commands.every((c) => !c.startsWith("set"))))).toBe(true);
  });
});

describe("4. whole-row and whole-column edits", () => {
  it("addresses Excel reports become A1 rectangles", () => {
    const refs = (a: string) => editedAreas(a).map((x) => ({ ...x.ref, open: x.open }));
    expect(refs("5:5")).toEqual([{ start: { row: 5, column: 1 }, end: { row: 5, column: 16384 }, open: true }]);
    expect(refs("$E:$E")).toEqual([{ start: { row: 1, column: 5 }, end: { row: 1048576, column: 5 }, open: true }]);
    expect(refs("$B$2:$C$3, D4")).toEqual([
      { start: { row: 2, column: 2 }, end: { row: 3, column: 3 }, open: false },
      { start: { row: 4, column: 4 }, end: { row: 4, column: 4 }, open: false },
    ]);
    expect(editedAreas("not an address")).toEqual([]);
  });

  it("edits of whole rows and columns reach the handler clipped to the used range, readable by live checking", async () => {
    jest.useFakeTimers();
    const { fake, wb } = host(9);
    Object.assign(globalThis, { Excel: { run: fake.run } }); // stop() removes the handlers in their own context
    try {
      await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "B2", values: Array.from({ length: 9 }, () => [1, 2, 3]) }]); // B2:D10
      const batches: { sheet: string; address: string }[][] = [];
      const stop = await watchEdits(fake.run, ["Sheet1"], (edits) => batches.push(edits), 100);
      await fake.edit("Sheet1", "5:5");
      await fake.edit("Sheet1", "C:C");
      await fake.edit("Sheet1", "E7");
      await fake.edit("Sheet1", "20:20"); // below the used range: nothing there to re-read
      await jest.advanceTimersByTimeAsync(100);
      expect(batches).toEqual([
        [
          { sheet: "Sheet1", address: "B5:D5" },
          { sheet: "Sheet1", address: "C2:C10" },
          { sheet: "Sheet1", address: "E7" },
        ],
      ]);
      for (const e of batches[0]!) expect(() => parseRange(e.address)).not.toThrow();
      await stop();
      expect(fake.sheet("Sheet1").changeHandlers.size).toBe(0);
    } finally {
      delete (globalThis as Record<string, unknown>).Excel;
      jest.useRealTimers();
    }
  });
});

describe("5. protection", () => {
  it("the hazard: a protected sheet refuses formats, validation, merges and locking, not only values", async () => {
    const fake = new FakeExcel();
    await raw(fake, (context) => context.workbook.worksheets.getItem("Sheet1").protection.protect({ allowFormatColumns: true }));
    const attempt = (write: (r: Excel.Range) => void) => raw(fake, (context) => write(context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2")));
    await expect(attempt((r) => (r.format.fill.color = "#FF0000"))).rejects.toThrow(/AccessDenied/);
    await expect(attempt((r) => r.merge())).rejects.toThrow(/AccessDenied/);
    await expect(attempt((r) => r.dataValidation.clear())).rejects.toThrow(/AccessDenied/);
    await expect(attempt((r) => (r.format.protection.locked = false))).rejects.toThrow(/AccessDenied/);
    await expect(attempt((r) => (r.numberFormat = [["@", "@"], ["@", "@"]]))).rejects.toThrow(/AccessDenied/);
    await expect(attempt((r) => (r.format.columnWidth = 40))).resolves.toBeUndefined(); // allowFormatColumns
    await expect(raw(fake, (context) => context.workbook.worksheets.getItem("Sheet1").protection.protect())).rejects.toThrow(/AccessDenied/);
  });

  it("writes to a protected sheet unprotect it first and protect it again with its options", async () => {
    const { fake, wb } = host(9);
    await wb.apply([{ op: "protectSheet", sheet: "Sheet1", options: { allowResizeColumns: true } }]);
    await wb.apply([
      { op: "setStyle", sheet: "Sheet1", range: "A1:B1", style: { fill: "#FFC7CE" } },
      { op: "mergeCells", sheet: "Sheet1", range: "A1:B1" },
      { op: "setDataValidation", sheet: "Sheet1", range: "C1:C9", validation: { rule: { kind: "whole", operator: "greaterThan", value: 0 }, allowBlank: true } },
      { op: "setLocked", sheet: "Sheet1", range: "C1:C9", locked: false },
      { op: "setColumnWidth", sheet: "Sheet1", column: "C", width: 20 },
    ]);
    const sheet = fake.sheet("Sheet1");
    expect(sheet.peek("A1")!.style["fill.color"]).toBe("#FFC7CE");
    expect(sheet.merges).toEqual(["A1:B1"]);
    expect(sheet.validations.length).toBe(1);
    expect(sheet.protection.protected).toBe(true);
    expect(sheet.protection.options).toMatchObject({ allowFormatColumns: true, allowFormatCells: false });
  });

  it.each(["AccessDenied", "InvalidOperation"] as const)("protecting a sheet twice in one batch works whichever way Excel refuses it (%s)", async (code) => {
    const { fake, wb } = host(9, { protectTwice: code });
    await wb.apply([
      { op: "protectSheet", sheet: "Sheet1" },
      { op: "setStyle", sheet: "Sheet1", range: "A1", style: { bold: true } },
      { op: "protectSheet", sheet: "Sheet1", options: { allowFormatCells: true } },
    ]);
    expect(fake.sheet("Sheet1").protection).toMatchObject({ protected: true, options: { allowFormatCells: true } });
    await wb.apply([{ op: "protectSheet", sheet: "Sheet1" }]); // protected before: unprotected first
    expect(fake.sheet("Sheet1").protection.protected).toBe(true);
  });

  it("marks on a sheet protected with a password the pane does not know: refused in the user's words, nothing changed", async () => {
    const { fake, wb } = host(9, { sheets: ["Sheet1", "填报表"] });
    await wb.apply([
      { op: "setValues", sheet: "填报表", at: "E3", values: [[120]] },
      { op: "protectSheet", sheet: "Sheet1" },
      { op: "protectSheet", sheet: "填报表", options: { password: "secret" } },
      { op: "setMetadata", entries: { setId: "s" } },
    ]);
    const findings: Finding[] = [
      { rule: "value.max", severity: "error", sheet: "Sheet1", cell: "B2", message: { "zh-CN": "x", "en-US": "x" } },
      { rule: "value.max", severity: "error", sheet: "填报表", cell: "E3", message: { "zh-CN": "x", "en-US": "x" } },
    ];
    const error = await wb.apply(markChanges(findings, await wb.metadata())).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SheetPasswordError);
    expect((error as SheetPasswordError).sheets).toEqual(["填报表"]);
    expect((error as SheetPasswordError).messages["zh-CN"]).toMatch(/工作表“填报表”设有保护密码.*撤销工作表保护/);
    expect((error as SheetPasswordError).messages["en-US"]).toMatch(/Sheet "填报表" is protected with a password/);
    expect(String((error as Error).cause)).toMatch(/InvalidArgument/);
    // nothing changed: no fill, no marks in the metadata, every sheet protected as before
    expect(fake.sheet("Sheet1").peek("B2")?.style["fill.color"]).toBeUndefined();
    expect(fake.sheet("填报表").peek("E3")!.style["fill.color"]).toBeUndefined();
    expect(await wb.metadata()).toEqual({ setId: "s" });
    expect(fake.sheets.every((s) => s.name === "Sheet1" || s.protection.protected)).toBe(true);
    expect(fake.sheet("Sheet1").protection.protected).toBe(true);
    expect(fake.sheet("填报表").protection.password).toBe("secret");
  });
});

describe("7. sheets and validation as Excel keeps them", () => {
  it("the hazard: a very hidden sheet cannot be deleted", async () => {
    const fake = new FakeExcel({ sheets: ["Sheet1", "v"] });
    fake.sheet("v").visibility = "VeryHidden";
    await expect(raw(fake, (context) => context.workbook.worksheets.getItem("v").delete())).rejects.toThrow(/InvalidOperation/);
  });

  it("deleting a very hidden sheet makes it hidden first", async () => {
    const { fake, wb } = host(9);
    await wb.apply([{ op: "setMetadata", entries: { a: "1" } }]);
    await wb.apply([{ op: "deleteSheet", sheet: META_SHEET }]);
    expect(fake.findSheet(META_SHEET)).toBeUndefined();
    // without ExcelApi 1.2 it cannot be done at all: said before anything is written
    const old = host(1, { sheets: ["Sheet1", "v"] });
    old.fake.sheet("v").visibility = "VeryHidden";
    await expect(old.wb.apply([{ op: "deleteSheet", sheet: "v" }])).rejects.toMatchObject({ feature: "hiddenSheets" });
  });

  it("clearing validation clears only the cells asked; a new rule over part of an old one leaves the rest", async () => {
    const { fake, wb } = host(9);
    const rule = (value: number): WorkbookChange => ({
      op: "setDataValidation",
      sheet: "Sheet1",
      range: value === 0 ? "E2:E100" : "E2:E50",
      validation: { rule: { kind: "whole", operator: "greaterThanOrEqual", value }, allowBlank: true },
    });
    await wb.apply([rule(0)]);
    await wb.apply([rule(5)]);
    const v = fake.sheet("Sheet1").validations;
    expect(v.map((x) => [x.range, (x.rule as { wholeNumber: { formula1: number } }).wholeNumber.formula1])).toEqual([
      ["E51:E100", 0],
      ["E2:E50", 5],
    ]);
  });
});

describe("16. text and list choices Excel would read as something else", () => {
  const fullWidth = ["＝1+2", "＋5", "－x", "＠a"];

  it("the hazard: full-width ＝＋－＠ at the start become formulas or numbers", async () => {
    const fake = new FakeExcel();
    await raw(fake, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A4").values = fullWidth.map((t) => [t]);
    });
    expect(fake.sheet("Sheet1").peek("A1")!.formula).toBe("=1+2");
    expect(fake.sheet("Sheet1").peek("A2")!.value).toBe(5);
  });

  it("are written as text and read back unchanged", async () => {
    const { wb } = host(9);
    expect(fullWidth.every(needsTextFormat)).toBe(true);
    await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: fullWidth.map((t) => [t]) }]);
    const [snap] = await wb.read([{ sheet: "Sheet1", range: "A1:A4" }]);
    expect(snap!.values).toEqual(fullWidth.map((t) => [t]));
    expect(snap!.formulas.flat()).toEqual([null, null, null, null]);
  });

  const list = (items: string[]): WorkbookChange => ({
    op: "setDataValidation",
    sheet: "Sheet1",
    range: "B2:B9",
    validation: { rule: { kind: "list", items }, allowBlank: true },
  });

  it("the hazard: a list source starting with = is read as a formula (a range)", async () => {
    const fake = new FakeExcel();
    await raw(fake, (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("B2").dataValidation.rule = { list: { inCellDropDown: true, source: "=Sheet1!A1:A3,是" } };
    });
    expect(fake.sheet("Sheet1").validations[0]!.listFormula).toBe("=Sheet1!A1:A3,是");
  });

  it("a choice that would turn the list into a formula, or split it, is refused in the user's words before writing", async () => {
    const { fake, wb } = host(9);
    for (const [items, zh] of [
      [["=Sheet1!A1:A3", "是"], /以“=”开头/],
      [["＝A1", "是"], /以“=”开头/],
      [["一，二", "三,四"], /“三,四”含有英文逗号/],
      [Array.from({ length: 60 }, (_, i) => `选项${i}`), /超过 Excel 的上限 255/],
    ] as const) {
      const error = await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: [["x"]] }, list([...items])]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ChangeInputError);
      expect((error as ChangeInputError).messages["zh-CN"]).toMatch(zh);
    }
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
    await wb.apply([list(["是", "=否"])]); // only the first choice decides
    expect(fake.sheet("Sheet1").validations[0]).toMatchObject({ rule: { list: { source: "是,=否" } } });
    expect(fake.sheet("Sheet1").validations[0]!.listFormula).toBeUndefined();
  });
});
