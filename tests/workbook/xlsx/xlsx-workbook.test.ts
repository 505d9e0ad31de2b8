// What the .xlsx implementation does beyond the shared contract: each WorkbookChange as it
// lands in the file (checked by loading the bytes with plain exceljs), reading what other
// programs write, Excel's limits, and the exceljs pitfalls worked around.
import * as ExcelJS from "exceljs";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { compressValidations } from "../../../src/workbook/xlsx/validation";
import { escapeXlsxText } from "../../../src/workbook/xlsx/xml-text";

/** The saved bytes as plain exceljs sees them. */
async function raw(wb: XlsxWorkbook): Promise<ExcelJS.Workbook> {
  const r = new ExcelJS.Workbook();
  await r.xlsx.load((await wb.toBuffer()) as unknown as ExcelJS.Buffer); // exceljs's Buffer type is ArrayBuffer-like
  return r;
}

function sheet(r: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = r.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Fields exceljs has at runtime but not in index.d.ts. */
interface Untyped {
  sheetProtection: Record<string, unknown> | null;
  conditionalFormattings: ExcelJS.ConditionalFormattingOptions[];
  dataValidations: { model: Record<string, ExcelJS.DataValidation | undefined> };
}
const untyped = (ws: ExcelJS.Worksheet) => ws as unknown as Untyped;

/** A workbook file made by exceljs directly, as another program would make one. */
async function foreign(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<XlsxWorkbook> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"), wb);
  return XlsxWorkbook.fromBuffer((await wb.xlsx.writeBuffer()) as unknown as Uint8Array);
}

async function withSheet(...changes: WorkbookChange[]): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ op: "addSheet", sheet: "S" }, ...changes]);
  return wb;
}

describe("apply checks the whole list first", () => {
  test("a bad change anywhere means nothing is applied", async () => {
    const wb = await withSheet();
    await expect(
      wb.apply([
        { op: "addSheet", sheet: "New" },
        { op: "setValues", sheet: "S", at: "A1", values: [[1]] },
        { op: "setValues", sheet: "New", at: "A1", values: [[Number.NaN]] },
      ]),
    ).rejects.toThrow(/change 3 of 3 \(setValues\).*NaN is not a finite number.*nothing was applied/);
    expect((await wb.sheets()).map((s) => s.name)).toEqual(["S"]);
    expect((await wb.read([{ sheet: "S" }]))[0]!.range).toBeNull();
  });

  test("later changes may use sheets added earlier in the same list", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "A" },
      { op: "setValues", sheet: "A", at: "A1", values: [[1]] },
      { op: "deleteSheet", sheet: "A" },
      { op: "addSheet", sheet: "a" },
    ]);
    expect(await wb.sheets()).toEqual([{ name: "a", visibility: "visible" }]);
    await expect(wb.apply([{ op: "deleteSheet", sheet: "a" }, { op: "setValues", sheet: "a", at: "A1", values: [[1]] }])).rejects.toThrow(/unknown sheet "a"/);
  });

  test.each<[string, WorkbookChange, RegExp]>([
    ["ragged rows", { op: "setValues", sheet: "S", at: "A1", values: [[1, 2], [3]] }, /rectangular/],
    ["undefined value", { op: "setValues", sheet: "S", at: "A1", values: [[undefined as unknown as null]] }, /undefined is not a cell value/],
    ["object value", { op: "setValues", sheet: "S", at: "A1", values: [[{} as unknown as null]] }, /object is not a cell value/],
    ["Infinity", { op: "setValues", sheet: "S", at: "A1", values: [[Infinity]] }, /Infinity is not a finite number/],
    ["text too long", { op: "setValues", sheet: "S", at: "A1", values: [["x".repeat(32768)]] }, /32767/],
    ["off the sheet", { op: "setValues", sheet: "S", at: "XFD1", values: [[1, 2]] }, /outside|beyond/],
    ["bad address", { op: "setValues", sheet: "S", at: "1A", values: [[1]] }, /not an A1 cell address/],
    ["formula without =", { op: "setFormulas", sheet: "S", at: "A1", formulas: [["SUM(A2:A3)"]] }, /must start with "="/],
    ["empty number format", { op: "setNumberFormat", sheet: "S", range: "A1", format: "" }, /number format/],
    ["bad colour", { op: "setStyle", sheet: "S", range: "A1", style: { fill: "red" } }, /#RRGGBB/],
    ["huge range", { op: "setStyle", sheet: "S", range: "A1:XFD1048576", style: { bold: true } }, /more than the 1000000/],
    ["bad column", { op: "setColumnWidth", sheet: "S", column: "B1", width: 10 }, /not a column name/],
    ["negative width", { op: "setColumnWidth", sheet: "S", column: "B", width: -1 }, /column width/],
    ["freeze fraction", { op: "freezePanes", sheet: "S", rows: 1.5, columns: 0 }, /whole number/],
    ["print titles", { op: "setPageSetup", sheet: "S", setup: { printTitleRows: "A1:B2" } }, /printTitleRows/],
    ["name like a cell", { op: "defineName", name: "AB12", sheet: "S", range: "A1" }, /looks like a cell reference/],
    ["name with space", { op: "defineName", name: "my name", sheet: "S", range: "A1" }, /must start with a letter/],
    ["long sheet name", { op: "addSheet", sheet: "x".repeat(32) }, /longer than 31/],
    ["sheet name with /", { op: "addSheet", sheet: "2024/25" }, /contains one of/],
    ["same name, other case", { op: "addSheet", sheet: "s" }, /already exists/],
    ["metadata number", { op: "setMetadata", entries: { n: 1 as unknown as string } }, /must be a string/],
  ])("refused: %s", async (_label, change, message) => {
    const wb = await withSheet();
    await expect(wb.apply([change])).rejects.toThrow(message);
  });
});

describe("values and formulas", () => {
  test("text is stored as a shared string, never as a formula, and survives escaping", async () => {
    const odd = ["=1+1", "_x0041_", "_x0041_x0042_", "tab\there", "word\u000Bbreak", "bell\u0007", "del\u007F"];
    const wb = await withSheet({ op: "setValues", sheet: "S", at: "A1", values: [odd] });
    const ws = sheet(await raw(wb), "S");
    expect(odd.map((_, i) => ws.getCell(1, i + 1).type)).toEqual(odd.map(() => ExcelJS.ValueType.String));
    expect(ws.getCell("A1").formula).toBeUndefined();
    const reopened = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect((await reopened.read([{ sheet: "S", range: "A1:G1" }]))[0]!.values).toEqual([odd]);
    // the escaping is for the file only: in memory the text is untouched
    expect((await wb.read([{ sheet: "S", range: "A1:G1" }]))[0]!.values).toEqual([odd]);
  });

  test("escapeXlsxText escapes control characters and literal _xHHHH_", () => {
    expect(escapeXlsxText("plain 中文")).toBe("plain 中文");
    expect(escapeXlsxText("a\u000Bb")).toBe("a_x000B_b");
    expect(escapeXlsxText("_x0041_x0042_")).toBe("_x005F_x0041_x005F_x0042_");
  });

  test("setFormulas: only formulas, stored without cached values; \"\" clears", async () => {
    const wb = await withSheet(
      { op: "setValues", sheet: "S", at: "A1", values: [[5, 6]] },
      { op: "setFormulas", sheet: "S", at: "C1", formulas: [["=A1+B1", "=A1"]] },
      { op: "setFormulas", sheet: "S", at: "D1", formulas: [[""]] },
    );
    const [snap] = await wb.read([{ sheet: "S", range: "A1:D1" }]);
    expect(snap!.formulas).toEqual([[null, null, "=A1+B1", null]]);
    expect(snap!.values).toEqual([[5, 6, null, null]]);
    // (fullCalcOnLoad, which makes Excel compute them on open, is checked with openpyxl:
    // exceljs writes it but does not read it back)
    expect(sheet(await raw(wb), "S").getCell("C1").formula).toBe("A1+B1");
  });

  test("merged areas: the hidden cells read empty and refuse values, null is fine", async () => {
    const wb = await withSheet(
      { op: "setValues", sheet: "S", at: "A1", values: [["标题", "lost"]] },
      { op: "mergeCells", sheet: "S", range: "A1:C1" },
      { op: "mergeCells", sheet: "S", range: "A1:C1" }, // the same merge again: nothing happens
      { op: "mergeCells", sheet: "S", range: "E5" }, // one cell: nothing to merge
      { op: "setValues", sheet: "S", at: "A1", values: [["新标题", null, null]] },
    );
    expect((await wb.read([{ sheet: "S", range: "A1:C1" }]))[0]!.values).toEqual([["新标题", null, null]]);
    await expect(wb.apply([{ op: "setValues", sheet: "S", at: "B1", values: [["x"]] }])).rejects.toThrow(/B1 lies inside merged A1:C1/);
    await expect(wb.apply([{ op: "mergeCells", sheet: "S", range: "C1:D2" }])).rejects.toThrow(/overlaps merged A1:C1/);
    expect(sheet(await raw(wb), "S").getCell("C1").isMerged).toBe(true);
  });

  test("reads what other programs write: dates, rich text, errors, cached results, shared formulas, links", async () => {
    const wb = await foreign((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2024, 8, 1));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
      ws.getCell("B1").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
      ws.getCell("C1").value = { error: "#DIV/0!" };
      ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E1").value = { formula: "A2-A2", result: 0 };
      ws.getCell("F1").value = { formula: "A2>1", result: false };
      ws.getCell("A2").value = 1;
      ws.getCell("A3").value = 2;
      ws.getCell("B2").value = { formula: "A2*2", result: 2, shareType: "shared", ref: "B2:B3" } as ExcelJS.CellFormulaValue;
      ws.getCell("B3").value = { sharedFormula: "B2", result: 4 };
      ws.getCell("C2").value = { text: "教育局", hyperlink: "https://example.org" };
    });
    const [snap] = await wb.read([{ sheet: "S", range: "A1:F3" }]);
    expect(snap!.values[0]).toEqual([45536, "富文本", { error: "#DIV/0!" }, { error: "#DIV/0!" }, 0, false]);
    expect(snap!.numberFormats[0]![0]).toBe("yyyy-mm-dd");
    expect(snap!.formulas[0]).toEqual([null, null, null, "=1/0", "=A2-A2", "=A2>1"]);
    expect(snap!.values[1]!.slice(0, 3)).toEqual([1, 2, "教育局"]);
    expect(snap!.formulas.map((row) => row[1])).toEqual([null, "=A2*2", "=A3*2"]);
    expect(snap!.values[2]![1]).toBe(4);
  });

  test("dates in a 1904 workbook give 1904 serial numbers", async () => {
    const wb = await foreign((ws, w) => {
      w.properties.date1904 = true;
      ws.getCell("A1").value = new Date(Date.UTC(2024, 8, 1));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect((await wb.read([{ sheet: "S", range: "A1" }]))[0]!.values).toEqual([[45536 - 1462]]);
  });

  test("changing one cell's format after loading leaves cells that shared its style alone", async () => {
    const wb = await foreign((ws) => {
      for (const a of ["A1", "B1"]) {
        ws.getCell(a).value = 0.5;
        ws.getCell(a).numFmt = "0.00";
        ws.getCell(a).font = { bold: true };
      }
    });
    await wb.apply([
      { op: "setNumberFormat", sheet: "S", range: "A1", format: "0%" },
      { op: "setStyle", sheet: "S", range: "A1", style: { fill: "#FFEE00", italic: true } },
      { op: "setLocked", sheet: "S", range: "A1", locked: false },
    ]);
    expect((await wb.read([{ sheet: "S", range: "A1:B1" }]))[0]!.numberFormats).toEqual([["0%", "0.00"]]);
    const ws = sheet(await raw(wb), "S");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, italic: true });
    expect(ws.getCell("B1").font.italic).toBeFalsy();
    expect(ws.getCell("B1").fill).not.toMatchObject({ pattern: "solid" });
    expect(ws.getCell("A1").protection).toMatchObject({ locked: false });
    expect(ws.getCell("B1").protection?.locked).not.toBe(false);
  });
});

describe("formatting and sheet settings land in the file", () => {
  test("styles, widths, locks", async () => {
    const wb = await withSheet(
      { op: "setStyle", sheet: "S", range: "A1:B2", style: { bold: true, fontSize: 14, fontColor: "#1F4E79", fill: "#DDEBF7", wrap: true, horizontal: "center", vertical: "middle", border: true } },
      { op: "setStyle", sheet: "S", range: "B2", style: { border: false, bold: false } },
      { op: "setColumnWidth", sheet: "S", column: "B", width: 24.5 },
      { op: "setLocked", sheet: "S", range: "A2:B2", locked: false },
    );
    const ws = sheet(await raw(wb), "S");
    const a1 = ws.getCell("A1");
    expect(a1.font).toMatchObject({ bold: true, size: 14, color: { argb: "FF1F4E79" } });
    expect(a1.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(a1.alignment).toMatchObject({ wrapText: true, horizontal: "center", vertical: "middle" });
    expect(a1.border).toMatchObject({ top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } });
    expect(ws.getCell("B2").font).toMatchObject({ size: 14 });
    expect(ws.getCell("B2").font.bold).toBeFalsy();
    expect(ws.getCell("B2").border?.top).toBeUndefined();
    expect(ws.getColumn("B").width).toBe(24.5);
    expect(ws.getCell("A2").protection).toMatchObject({ locked: false });
  });

  test("data validation: numbers, lists, prompts and alerts", async () => {
    const wb = await withSheet(
      { op: "setDataValidation", sheet: "S", range: "B2:B5", validation: { rule: { kind: "decimal", operator: "between", min: 0, max: 100.5 }, allowBlank: true, prompt: { title: "完成率", message: "0 到 100.5" }, error: { title: "超出范围", message: "请输入 0-100.5", style: "warning" } } },
      { op: "setDataValidation", sheet: "S", range: "C2", validation: { rule: { kind: "whole", operator: "greaterThanOrEqual", value: 0 }, allowBlank: false } },
      { op: "setDataValidation", sheet: "S", range: "D2", validation: { rule: { kind: "list", items: ["是", "否", 'say "hi"'] }, allowBlank: true } },
      { op: "setDataValidation", sheet: "S", range: "E2", validation: { rule: { kind: "textLength", operator: "lessThanOrEqual", value: 20 }, allowBlank: true } },
    );
    const ws = sheet(await raw(wb), "S");
    expect(ws.getCell("B5").dataValidation).toMatchObject({
      type: "decimal",
      operator: "between",
      formulae: [0, 100.5],
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "完成率",
      prompt: "0 到 100.5",
      showErrorMessage: true,
      errorStyle: "warning",
      errorTitle: "超出范围",
      error: "请输入 0-100.5",
    });
    expect(ws.getCell("C2").dataValidation).toMatchObject({ type: "whole", operator: "greaterThanOrEqual", formulae: [0], showErrorMessage: true });
    expect(ws.getCell("D2").dataValidation).toMatchObject({ type: "list", formulae: ['"是,否,say ""hi"""'] });
    expect(ws.getCell("E2").dataValidation).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formulae: [20] });
  });

  test.each<[string, string[], RegExp]>([
    ["an item with a comma", ["甲,乙"], /contains a comma/],
    ["an empty item", [""], /non-empty/],
    ["no items", [], /at least one item/],
    ["more than 255 characters", ["x".repeat(200), "y".repeat(60)], /at most 255/],
  ])("list validation refuses %s", async (_label, items, message) => {
    const wb = await withSheet();
    await expect(wb.apply([listValidation(items)])).rejects.toThrow(message);
  });

  test.each<[string, WorkbookChange, RegExp]>([
    ["whole with a fraction", { op: "setDataValidation", sheet: "S", range: "A1", validation: { rule: { kind: "whole", operator: "lessThan", value: 1.5 }, allowBlank: true } }, /whole number/],
    ["min above max", { op: "setDataValidation", sheet: "S", range: "A1", validation: { rule: { kind: "decimal", operator: "between", min: 2, max: 1 }, allowBlank: true } }, /greater than max/],
    ["a long prompt title", { op: "setDataValidation", sheet: "S", range: "A1", validation: { rule: { kind: "decimal", operator: "equal", value: 1 }, allowBlank: true, prompt: { title: "t".repeat(33), message: "m" } } }, /at most 32/],
    ["a long error message", { op: "setDataValidation", sheet: "S", range: "A1", validation: { rule: { kind: "decimal", operator: "equal", value: 1 }, allowBlank: true, error: { title: "t", message: "m".repeat(226), style: "stop" } } }, /at most 225/],
  ])("validation refuses %s", async (_label, change, message) => {
    const wb = await withSheet();
    await expect(wb.apply([change])).rejects.toThrow(message);
  });

  test("a later validation replaces an earlier one cell by cell", async () => {
    const rule = (max: number) => ({ rule: { kind: "whole" as const, operator: "between" as const, min: 0, max }, allowBlank: true });
    const wb = await withSheet(
      { op: "setDataValidation", sheet: "S", range: "B2:B12", validation: rule(5) },
      { op: "setDataValidation", sheet: "S", range: "B10:C11", validation: rule(9) },
    );
    const ws = sheet(await raw(wb), "S");
    expect(ws.getCell("B9").dataValidation.formulae).toEqual([0, 5]);
    expect(ws.getCell("B10").dataValidation.formulae).toEqual([0, 9]);
    expect(ws.getCell("C11").dataValidation.formulae).toEqual([0, 9]);
    expect(ws.getCell("B12").dataValidation.formulae).toEqual([0, 5]);
    expect(untyped(ws).dataValidations.model["C12"]).toBeUndefined();
  });

  test("validations are written as disjoint rectangles (exceljs alone overlaps B2:B12 with B10:B12)", () => {
    const a: ExcelJS.DataValidation = { type: "whole", operator: "between", formulae: [1, 5] };
    const b: ExcelJS.DataValidation = { type: "list", formulae: ['"x"'] };
    const model: Record<string, ExcelJS.DataValidation> = {};
    for (let r = 2; r <= 12; r++) {
      model[`B${r}`] = a;
      model[`C${r}`] = a;
      if (r !== 7) model[`E${r}`] = a;
    }
    model["D2"] = b;
    model["D3"] = b;
    expect(compressValidations(model)).toEqual({ "B2:C12": a, "E2:E6": a, "E8:E12": a, "D2:D3": b });
  });

  test("conditional formats: cellIs rules with distinct priorities", async () => {
    const wb = await withSheet(
      { op: "addConditionalFormat", sheet: "S", range: "B2:B9", format: { when: { operator: "notBetween", min: 0, max: 100 }, style: { fill: "#FFC7CE", fontColor: "#9C0006" } } },
      { op: "addConditionalFormat", sheet: "S", range: "B2:B9", format: { when: { operator: "greaterThanOrEqual", value: 90 }, style: { fill: "#C6EFCE" } } },
    );
    const cfs = untyped(sheet(await raw(wb), "S")).conditionalFormattings;
    expect(cfs.map((cf) => cf.ref)).toEqual(["B2:B9", "B2:B9"]);
    const [r1, r2] = cfs.map((cf) => cf.rules[0] as ExcelJS.CellIsRuleType);
    expect(r1).toMatchObject({ type: "cellIs", operator: "notBetween", formulae: ["0", "100"] });
    expect(r1!.style).toMatchObject({ fill: { bgColor: { argb: "FFFFC7CE" } }, font: { color: { argb: "FF9C0006" } } });
    expect(r2).toMatchObject({ type: "cellIs", operator: "greaterThanOrEqual", formulae: ["90"] });
    expect(r1!.priority).not.toBe(r2!.priority);
  });

  test("sheet protection, with and without a password", async () => {
    const wb = await withSheet(
      { op: "addSheet", sheet: "P" },
      { op: "protectSheet", sheet: "S", options: { allowFormatCells: true, allowResizeColumns: true, allowSort: false } },
      { op: "protectSheet", sheet: "P", options: { password: "教育局2024" } },
    );
    const r = await raw(wb);
    const s = untyped(sheet(r, "S")).sheetProtection;
    expect(s).toMatchObject({ sheet: true, formatCells: true, formatColumns: true });
    expect(s?.sort).toBeFalsy();
    expect(s?.algorithmName).toBeUndefined();
    expect(untyped(sheet(r, "P")).sheetProtection).toMatchObject({ sheet: true, algorithmName: "SHA-512", hashValue: expect.any(String) });
  });

  test("frozen panes and page setup", async () => {
    const wb = await withSheet(
      { op: "addSheet", sheet: "T" },
      { op: "freezePanes", sheet: "S", rows: 3, columns: 2 },
      { op: "freezePanes", sheet: "T", rows: 1, columns: 0 },
      { op: "freezePanes", sheet: "T", rows: 0, columns: 0 },
      { op: "setPageSetup", sheet: "S", setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "$1:$3" } },
    );
    const r = await raw(wb);
    const s = sheet(r, "S");
    expect(s.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3, topLeftCell: "C4" });
    expect(sheet(r, "T").views[0]?.state ?? "normal").toBe("normal");
    expect(s.pageSetup).toMatchObject({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:3" });
    expect(s.pageSetup.margins).toMatchObject({ left: 0.7, top: 0.75 }); // merged, not replaced
    expect(await wb.names()).toEqual([]); // Excel's own _xlnm.Print_Titles is not ours to list
  });
});

function listValidation(items: string[]): WorkbookChange {
  return { op: "setDataValidation", sheet: "S", range: "A1", validation: { rule: { kind: "list", items }, allowBlank: true } };
}

describe("names, sheets and metadata", () => {
  test("names on sheets whose names need quoting, and Chinese names", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "填报 表" },
      { op: "addSheet", sheet: "It's" },
      { op: "defineName", name: "目标_合计", sheet: "填报 表", range: "B3:C4" },
      { op: "defineName", name: "Quote", sheet: "It's", range: "A1" },
      { op: "defineName", name: "目标_合计", sheet: "填报 表", range: "D5" }, // moved
      { op: "defineName", name: "quote", sheet: "填报 表", range: "A1" }, // same name to Excel
    ]);
    const expected = [
      { name: "目标_合计", refersTo: "'填报 表'!$D$5" },
      { name: "quote", refersTo: "'填报 表'!$A$1" },
    ];
    expect(await wb.names()).toEqual(expected);
    expect(await (await XlsxWorkbook.fromBuffer(await wb.toBuffer())).names()).toEqual(expected);
  });

  test("deleting a sheet drops the names that pointed into it", async () => {
    const wb = await withSheet(
      { op: "addSheet", sheet: "Gone" },
      { op: "defineName", name: "Here", sheet: "S", range: "A1" },
      { op: "defineName", name: "There", sheet: "Gone", range: "A1:B2" },
      { op: "deleteSheet", sheet: "Gone" },
    );
    expect(await wb.names()).toEqual([{ name: "Here", refersTo: "S!$A$1" }]);
  });

  test("sheets are found ignoring case, as in Excel", async () => {
    const wb = await withSheet({ op: "setValues", sheet: "s", at: "A1", values: [[1]] });
    expect((await wb.read([{ sheet: "S" }]))[0]!.values).toEqual([[1]]);
  });

  test("the metadata sheet: very hidden, protected, text only, updated in place", async () => {
    const wb = await withSheet(
      { op: "setMetadata", entries: { a: "1", b: "=2" } },
      { op: "setMetadata", entries: { a: "one", c: "" } },
    );
    expect(await wb.metadata()).toEqual({ a: "one", b: "=2", c: "" });
    const ws = sheet(await raw(wb), "_it_meta");
    expect(ws.state).toBe("veryHidden");
    expect(untyped(ws).sheetProtection).toMatchObject({ sheet: true });
    expect(ws.getSheetValues().slice(1).map((row) => (Array.isArray(row) ? row.slice(1) : row))).toEqual([["key", "value"], ["a", "one"], ["b", "=2"], ["c"]]);
    expect(ws.getCell("B3").type).toBe(ExcelJS.ValueType.String);
  });

  test("saving needs a visible sheet and opens on one", async () => {
    await expect(XlsxWorkbook.create().toBuffer()).rejects.toThrow(/no sheets/);
    const hidden = XlsxWorkbook.create();
    await hidden.apply([{ op: "addSheet", sheet: "H", visibility: "hidden" }]);
    await expect(hidden.toBuffer()).rejects.toThrow(/visible sheet/);
    const wb = XlsxWorkbook.create();
    await wb.apply([{ op: "setMetadata", entries: { k: "v" } }, { op: "addSheet", sheet: "Shown" }]);
    const r = await raw(wb);
    expect(r.worksheets.map((w) => w.name)).toEqual(["_it_meta", "Shown"]);
    expect(r.views[0]).toMatchObject({ activeTab: 1, firstSheet: 1 });
  });

  test("a file that is not a workbook is a clear error, saying what it is and not naming the file", async () => {
    const e = await XlsxWorkbook.fromBuffer(new TextEncoder().encode("not a zip"), "notes.txt").catch((x: unknown) => x);
    expect(e).toMatchObject({ problem: "text", message: expect.stringMatching(/^it is a text file/) });
    expect((e as Error).message).not.toContain("notes.txt");
  });
});
