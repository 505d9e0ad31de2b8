// The fast reader reads every workbook exactly as XlsxWorkbook (exceljs after package.ts's
// repairs) reads it: our own forms, what exceljs writes, and the valid XML other programs write
// (the fixtures of tests/workbook/xlsx/other-programs.test.ts). Each test reads the whole
// workbook through both and compares; a few also pin what the answer is, so that both being
// wrong the same way would still fail.
import * as ExcelJS from "exceljs";
import { matrixChanges, readEntries, unitFormChanges } from "../../../src/core/template";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { XlsxReader } from "../../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../../src/workbook/xlsx-reader/from-file";
import { CLEAN, exampleSet } from "../../core/validate/fixtures";
import { handmade, handmadeParts, MAIN_NS, misrecordSize, REL_NS, sheetXml, zipParts } from "../xlsx/handmade";
import { expectSameRead } from "./both-readers";

const DATA = `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>2.5</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData>`;
const SST = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="2" uniqueCount="2"><si><t>学校</t></si><si><t>第一中学</t></si></sst>`;
const VALUES = [
  [1, "学校"],
  [2.5, "第一中学"],
];
const STYLES =
  `<styleSheet xmlns="${MAIN_NS}"><numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy\\-mm\\-dd"/><numFmt numFmtId="165" formatCode="0.0%"/></numFmts>` +
  `<cellXfs count="6"><xf numFmtId="14"/><xf numFmtId="164"/><xf numFmtId="165"/><xf numFmtId="4"/><xf numFmtId="31"/><xf numFmtId="49"/></cellXfs></styleSheet>`;

async function fromExcelJs(build: (ws: ExcelJS.Worksheet, wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet("S"), wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("our own forms", () => {
  test("a unit's form and the matrix, empty and filled: entries, names, metadata and every cell", async () => {
    const set = exampleSet();
    for (const changes of [unitFormChanges(set, { unitId: set.units[0]!.id }), matrixChanges(set)]) {
      const wb = XlsxWorkbook.create();
      await wb.apply(changes);
      await expectSameRead(await wb.toBuffer());
      const fill: WorkbookChange[] = [];
      for (const e of (await readEntries(wb)).entries) {
        const v = CLEAN[e.indicatorId];
        if (e.kind === "value" && v !== undefined && v !== null) fill.push({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[v as never]] });
      }
      await wb.apply(fill);
      const bytes = await wb.toBuffer();
      const read = await expectSameRead(bytes);
      expect(Object.keys(read.metadata)).toContain("template.cells.parts");
      const fast = await readEntries(await XlsxReader.fromBuffer(bytes, { inflate: zlibInflate }));
      expect(fast).toEqual(await readEntries(await XlsxWorkbook.fromBuffer(bytes)));
      expect(fast.entries.filter((e) => e.raw !== null).length).toBeGreaterThan(5);
    }
  });
});

describe("cell values as exceljs reads them", () => {
  test("dates, rich text, errors, cached results, shared formulas, links", async () => {
    const bytes = await fromExcelJs((ws) => {
      ws.getCell("A1").value = new Date(Date.UTC(2024, 8, 1, 13, 5, 7, 123));
      ws.getCell("A1").numFmt = "yyyy-mm-dd hh:mm";
      ws.getCell("B1").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
      ws.getCell("C1").value = { error: "#DIV/0!" };
      ws.getCell("D1").value = { formula: "1/0", result: { error: "#DIV/0!" } };
      ws.getCell("E1").value = { formula: "A2-A2", result: 0 };
      ws.getCell("F1").value = { formula: "A2>1", result: false };
      ws.getCell("G1").value = { formula: "A1+1", result: new Date(Date.UTC(2024, 8, 2)) };
      ws.getCell("G1").numFmt = "d-mmm-yy";
      ws.getCell("H1").value = { formula: "\"a\"&\"b\"", result: "a&b<>" };
      ws.getCell("A2").value = 1;
      ws.getCell("A3").value = 2;
      ws.getCell("B2").value = { formula: "A2*2+$A$2+SUM(A2:A3)", result: 2, shareType: "shared", ref: "B2:B4" } as ExcelJS.CellFormulaValue;
      ws.getCell("B3").value = { sharedFormula: "B2", result: 4 };
      ws.getCell("B4").value = { sharedFormula: "B2", result: 6 };
      ws.getCell("C2").value = { text: "教育局", hyperlink: "https://example.org" };
      ws.getCell("D2").value = true;
      ws.getCell("E2").value = -1.5e-7;
      ws.getCell("E2").numFmt = "0.00E+00";
      ws.mergeCells("F2:G3");
      ws.getCell("F2").value = "合并";
    });
    const read = await expectSameRead(bytes);
    const snap = read.used[0]!;
    expect(snap.values[0]!.slice(1, 6)).toEqual(["富文本", { error: "#DIV/0!" }, { error: "#DIV/0!" }, 0, false]);
    expect(snap.formulas.map((row) => row[1])).toEqual([null, "=A2*2+$A$2+SUM(A2:A3)", "=A3*2+$A$2+SUM(A3:A4)", "=A4*2+$A$2+SUM(A4:A5)"]);
    expect(snap.values[1]!.slice(2, 5)).toEqual(["教育局", true, -1.5e-7]);
  });

  test("dates in a 1904 workbook", async () => {
    const bytes = await fromExcelJs((ws, w) => {
      w.properties.date1904 = true;
      ws.getCell("A1").value = new Date(Date.UTC(2024, 8, 1));
      ws.getCell("A1").numFmt = "yyyy-mm-dd";
    });
    expect((await expectSameRead(bytes)).used[0]!.values).toEqual([[45536 - 1462]]);
  });

  test("number formats by style: built-in ids, custom codes with escapes, style 0, none", async () => {
    const cell = (ref: string, s: number | undefined, v: string) => `<c r="${ref}"${s === undefined ? "" : ` s="${s}"`}><v>${v}</v></c>`;
    const body =
      `<sheetData><row r="1">${cell("A1", 0, "45000")}${cell("B1", 1, "45000.5")}${cell("C1", 2, "0.256")}${cell("D1", 3, "1234.5")}${cell("E1", 4, "45000")}${cell("F1", 5, "7")}${cell("G1", 9, "8")}${cell("H1", undefined, "9")}</row>` +
      `<row r="2"><c r="A2" s="2"/><c r="B2" s="1"/><c r="C2"/><c r="D2" s="1"><v>45000.123456789012</v></c><c r="E2" s="1" t="b"><f>TRUE()</f><v>1</v></c></row></sheetData>`;
    const bytes = await handmade({ sheets: [{ name: "S", body }], parts: { "xl/styles.xml": STYLES } });
    const read = await expectSameRead(bytes, [{ sheet: "S", range: "A1:I3" }]);
    expect(read.ranges[0]!.numberFormats[0]).toEqual(["General", "yyyy-mm-dd", "0.0%", "#,##0.00", "General", "@", "General", "General", "General"]);
    expect(read.ranges[0]!.numberFormats[1]!.slice(0, 3)).toEqual(["0.0%", "yyyy-mm-dd", "General"]);
    expect(read.ranges[0]!.values[0]![1]).toBe(45000.5);
    // a date keeps what exceljs's Date keeps: whole milliseconds; a date-formatted TRUE is a day
    expect(read.ranges[0]!.values[1]!.slice(3, 5)).toEqual([Math.round(45000.123456789012 * 86_400_000) / 86_400_000, 1]);
  });

  test("inline strings, str results, booleans written as words, errors, whitespace and entities", async () => {
    const body =
      `<sheetData><row r="1">` +
      `<c r="A1" t="inlineStr"><is><t xml:space="preserve"> a &amp; b _x0041_ </t></is></c>` +
      `<c r="B1" t="str"><v>x &amp;amp; y</v></c>` +
      `<c r="C1" t="b"><v>1</v></c><c r="D1" t="b"><v>0</v></c><c r="E1" t="e"><v>#N/A</v></c>` +
      `<c r="F1" t="inlineStr"><is><r><t>_x0041_</t></r><r><rPr><b/></rPr><t>b</t></r></is></c>` +
      `<c r="G1"><f>SUM(A2:A3)</f><v>3</v></c><c r="H1" t="str"><f>"&lt;"</f><v>&lt;</v></c><c r="I1"><f>1+1</f></c>` +
      `<c r="J1" t="inlineStr"><is><t>line&#13;&#10;two&#x4E2D;</t></is></c>` +
      `</row></sheetData>`;
    const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body }] }));
    expect(read.used[0]!.values[0]).toEqual([" a & b _x0041_ ", "x & y", true, false, { error: "#N/A" }, "Ab", 3, "<", null, "line\r\ntwo中"]);
    expect(read.used[0]!.formulas[0]!.slice(6)).toEqual(["=SUM(A2:A3)", '="<"', "=1+1", null]);
  });

  test("shared strings: rich runs, phonetic readings, escapes, CR LF in the XML", async () => {
    const sst =
      `<sst xmlns="${MAIN_NS}"><si><r><t>第一</t></r><r><rPr><b/></rPr><t>中学</t></r></si><si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>` +
      `<si><t>a_x000D_b_x005F_x0041_</t></si><si><t>one\r\ntwo</t></si><si><t/></si></sst>`;
    const row = [0, 1, 2, 3, 4].map((i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("");
    const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body: `<sheetData><row r="1">${row}</row></sheetData>` }], sharedStrings: sst }));
    expect(read.used[0]!.values[0]).toEqual(["第一中学", "漢字", "a\rb_x0041_", "one\ntwo", ""]);
  });

  test("rows given twice, cells out of order, a row's cells placed by the row, empty unstyled cells", async () => {
    const body =
      `<sheetData><row r="3"><c r="C3"><v>1</v></c></row><row r="1"><c r="B1"><v>2</v></c><c r="A1"><v>3</v></c><c r="D1"/></row>` +
      `<row r="3"><c r="A3"><v>4</v></c></row><row r="2"><c r="B2" s="0"/></row></sheetData>`;
    const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body }] }), [{ sheet: "S", range: "A1:D3" }]);
    expect(read.used[0]!.range).toBe("A1:B3");
  });

  test("merges: hidden cells read empty and out of the used range; overlapping and whole-column merges", async () => {
    const body =
      `<cols><col min="3" max="4" width="9" style="2" customWidth="1"/></cols>` +
      `<sheetData><row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="2"><c r="A2"><v>3</v></c><c r="B2" s="3"><v>4</v></c></row><row r="4"><c r="E4"><v>5</v></c></row></sheetData>` +
      `<mergeCells count="4"><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/><mergeCell ref="C1:D1048576"/><mergeCell ref="E4:F5"/></mergeCells>`;
    const bytes = await handmade({ sheets: [{ name: "S", body }], parts: { "xl/styles.xml": STYLES } });
    const read = await expectSameRead(bytes, [{ sheet: "S", range: "A1:G6" }]);
    expect(read.ranges[0]!.values.slice(0, 2)).toEqual([
      [1, null, null, null, null, null, null],
      [3, 4, null, null, null, null, null],
    ]);
  });

  test("rows and cells without r, numbered one after the other", async () => {
    const data = `<sheetData><row><c><v>1</v></c><c t="s"><v>0</v></c></row><row><c><v>2.5</v></c><c s="0"/><c t="s"><v>1</v></c></row><row r="5"><c r="C5"><v>7</v></c><c><v>8</v></c></row></sheetData>`;
    await expectSameRead(await handmade({ sheets: [{ name: "S", body: data }], sharedStrings: SST }), [{ sheet: "S", range: "A1:D5" }]);
  });

  test("links: a linked cell reads as its text and not as a formula", async () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>`;
    const body = `<sheetData><row r="1"><c r="A1"><f>1+1</f><v>2</v></c><c r="B1" t="s"><v>0</v></c></row></sheetData><hyperlinks><hyperlink ref="A1" r:id="rId1"/><hyperlink ref="B1" location="'S'!A1"/></hyperlinks>`;
    const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body, rels }], sharedStrings: SST }));
    expect(read.used[0]!.formulas).toEqual([[null, null]]);
  });
});

describe("names, sheets and metadata", () => {
  test("names over several areas, quoted and Chinese sheet names, duplicates, constants and formulas", async () => {
    const workbookXml =
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="填报 表" sheetId="2" r:id="rId2"/><sheet name="It's" sheetId="3" r:id="rId3"/></sheets><definedNames>` +
      `<definedName name="two">S!$A$1:$B$2,'填报 表'!$C$3</definedName><definedName name="quoted">'It''s'!$A$1</definedName>` +
      `<definedName name="rate">0.5</definedName><definedName name="f">OFFSET(S!$A$1,0,0,2,1)</definedName><definedName name="local" localSheetId="0">S!$B$2</definedName>` +
      `<definedName name="two">S!$D$4</definedName><definedName name="blocks">S!$A$1,S!$A$2,S!$B$1,S!$C$3:$C$4</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">S!$A$1:$B$2</definedName>` +
      `<definedName name="_xlnm.Print_Area" localSheetId="0">S!$A$1:$B$2</definedName><definedName name="__proto__">S!$A$1</definedName><definedName name="sheetless">$A$1:$A$3</definedName></definedNames></workbook>`;
    const sheets = ["S", "填报 表", "It's"].map((name) => ({ name, body: DATA }));
    const read = await expectSameRead(await handmade({ sheets, sharedStrings: SST, workbookXml }));
    expect(read.names.find((n) => n.name === "two")).toEqual({ name: "two", refersTo: "S!$D$4" });
    expect(read.names.find((n) => n.name === "quoted")).toEqual({ name: "quoted", refersTo: "'It''s'!$A$1" });
    expect(read.names.map((n) => n.name)).not.toContain("rate");
  });

  test("names over whole columns are left out by the budget; prototype-named sheets never reach a plain object", async () => {
    const workbookXml =
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/><sheet name="__proto__" sheetId="2" r:id="rId2"/></sheets><definedNames>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">S!$1:$1</definedName><definedName name="lists">S!$A:$C</definedName>` +
      `<definedName name="evil">__proto__!$A$1</definedName><definedName name="total">S!$A$1:$A$2</definedName></definedNames></workbook>`;
    const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body: DATA }, { name: "__proto__", body: DATA }], sharedStrings: SST, workbookXml }));
    expect(read.names).toEqual([{ name: "total", refersTo: "S!$A$1:$A$2" }]);
    expect(({} as Record<string, unknown>).A1).toBeUndefined();
  });

  test("sheets: visibility, a sheet without an id or part left out, a chart sheet left out, ids repeated", async () => {
    const workbookXml =
      `<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr date1904="true"/><sheets><sheet name="A" sheetId="1" state="hidden" r:id="rId1"/><sheet name="B" sheetId="2" state="veryHidden" r:id="rId2"/>` +
      `<sheet name="C" r:id="rId3"/><sheet name="D" sheetId="4" r:id="rId9"/><sheet name="E" sheetId="2" r:id="rId4"/></sheets></workbook>`;
    const sheets = ["A", "B", "C", "E"].map((name) => ({ name, body: DATA }));
    const read = await expectSameRead(await handmade({ sheets, sharedStrings: SST, workbookXml }));
    expect(read.sheets).toEqual([
      { name: "A", visibility: "hidden" },
      { name: "E", visibility: "visible" },
    ]);
  });

  test("metadata: text of numbers, booleans and formulas; empty keys and the header skipped; a later key wins", async () => {
    const sst = `<sst xmlns="${MAIN_NS}"><si><t>key</t></si><si><t>value</t></si><si><t>setId</t></si><si><t>s1</t></si><si><t>n</t></si><si><t>b</t></si><si><t>f</t></si><si><t>__proto__</t></si></sst>`;
    const s = (ref: string, i: number) => `<c r="${ref}" t="s"><v>${i}</v></c>`;
    const body =
      `<sheetData><row r="1">${s("A1", 0)}${s("B1", 1)}</row><row r="2">${s("A2", 2)}${s("B2", 3)}</row><row r="3">${s("A3", 4)}<c r="B3"><v>12.5</v></c></row>` +
      `<row r="4">${s("A4", 5)}<c r="B4" t="b"><v>1</v></c></row><row r="5">${s("A5", 6)}<c r="B5"><f>1+1</f><v>0</v></c></row><row r="6"><c r="B6"><v>1</v></c></row>` +
      `<row r="7">${s("A7", 2)}</row><row r="8">${s("A8", 7)}${s("B8", 3)}</row></sheetData>`;
    const read = await expectSameRead(await handmade({ sheets: [{ name: "Data", body: DATA }, { name: "_it_meta", body, state: "veryHidden" }], sharedStrings: sst }));
    expect(read.metadata).toEqual({ setId: "", n: "12.5", b: "true", f: "" });
  });
});

describe("valid XML other programs write (issue 15 fixtures)", () => {
  test("every part with an x: prefix for SpreadsheetML (the Open XML SDK's way), rich text included", async () => {
    const x = (xml: string) => xml.replace(/<(\/?)(?!\?)(\w+)/g, "<$1x:$2").replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
    const sst = x(`<sst xmlns="${MAIN_NS}" count="2"><si><t>学校</t></si><si><r><rPr><b/></rPr><t>第一</t></r><r><t>中学</t></r></si></sst>`);
    const workbookXml = x(`<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    const sheet = x(`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${DATA}</worksheet>`);
    expect((await expectSameRead(await handmade({ sheets: [{ name: "S", body: "", xml: sheet }], sharedStrings: sst, workbookXml }))).used[0]!.values).toEqual(VALUES);
  });

  test("relationships written with another prefix than r:", async () => {
    const workbookXml = `<workbook xmlns="${MAIN_NS}" xmlns:rel="${REL_NS}"><sheets><sheet name="S" sheetId="1" rel:id="rId1"/></sheets></workbook>`;
    expect((await expectSameRead(await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST, workbookXml }))).used[0]!.values).toEqual(VALUES);
  });

  test("inline strings: plain, a bare text beside runs, phonetic runs", async () => {
    const cells =
      `<c r="A1" t="inlineStr"><is><t>学校</t></is></c>` +
      `<c r="B1" t="inlineStr"><is><t xml:space="preserve">第一</t><r><rPr><b/></rPr><t>中学</t></r></is></c>` +
      `<c r="C1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></is></c>` +
      `<c r="D1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>`;
    const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body: `<sheetData><row r="1">${cells}</row></sheetData>` }] }));
    expect(read.used[0]!.values).toEqual([["学校", "第一中学", "漢字", "ab"]]);
  });

  test("shared strings with a bare text beside runs", async () => {
    const sst = `<sst xmlns="${MAIN_NS}"><si><t>学校</t></si><si><t>第一</t><r><t>中学</t></r></si></sst>`;
    expect((await expectSameRead(await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: sst }))).used[0]!.values).toEqual(VALUES);
  });

  test("a table whose part is named by an absolute path, and links to parts that are not there", async () => {
    const table = `<table xmlns="${MAIN_NS}" id="1" name="T1" displayName="T1" ref="A1:B2"><autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/></tableColumns></table>`;
    const absolute = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/table" Target="/xl/tables/table1.xml"/></Relationships>`;
    await expectSameRead(await handmade({ sheets: [{ name: "S", body: `${DATA}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, rels: absolute }], sharedStrings: SST, parts: { "xl/tables/table1.xml": table } }));
    const missing = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table9.xml"/><Relationship Id="rId2" Type="${REL_NS}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`;
    await expectSameRead(await handmade({ sheets: [{ name: "S", body: `${DATA}<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, rels: missing }], sharedStrings: SST }));
  });

  test("a styled row in a package without a styles part; empty formatted rows past ten thousand", async () => {
    await expectSameRead(await handmade({ sheets: [{ name: "S", body: `<sheetData><row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c></row></sheetData>` }] }));
    const empty = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 3}" ht="15" customHeight="1"${i % 2 ? "/>" : "></row>"}`).join("");
    await expectSameRead(await handmade({ sheets: [{ name: "S", body: DATA.replace("</sheetData>", `${empty}</sheetData>`) }], sharedStrings: SST }));
  });

  test("parts in UTF-16, with NUL padding after the root, or with a declared legacy encoding", async () => {
    const utf16 = (s: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)]);
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    parts["xl/worksheets/sheet1.xml"] = utf16(sheetXml(DATA).replace("UTF-8", "UTF-16"));
    parts["xl/workbook.xml"] = `${parts["xl/workbook.xml"]}\0\0\0\0`;
    expect((await expectSameRead(await zipParts(parts))).used[0]!.values).toEqual(VALUES);
    const gbk = new Uint8Array([...new TextEncoder().encode(`<?xml version="1.0" encoding="GBK"?><sst xmlns="${MAIN_NS}"><si><t>`), 0xd1, 0xa7, 0xd0, 0xa3, ...new TextEncoder().encode("</t></si><si><t>x</t></si></sst>")]);
    const legacy = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    legacy["xl/sharedStrings.xml"] = gbk;
    expect((await expectSameRead(await zipParts(legacy))).used[0]!.values).toEqual([
      [1, "学校"],
      [2.5, "x"],
    ]);
  });

  test("the workbook, a sheet and the shared strings under other part names, found through the relationships", async () => {
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const move = (from: string, to: string) => {
      parts[to] = parts[from]!;
      delete parts[from];
    };
    move("xl/workbook.xml", "xl/book.xml");
    move("xl/_rels/workbook.xml.rels", "xl/_rels/book.xml.rels");
    move("xl/worksheets/sheet1.xml", "xl/worksheets/Data.xml");
    move("xl/sharedStrings.xml", "xl/strings.xml");
    parts["_rels/.rels"] = (parts["_rels/.rels"] as string).replace("xl/workbook.xml", "/xl/book.xml");
    parts["xl/_rels/book.xml.rels"] = (parts["xl/_rels/book.xml.rels"] as string).replace("worksheets/sheet1.xml", "worksheets/Data.xml").replace("sharedStrings.xml", "/xl/strings.xml");
    expect((await expectSameRead(await zipParts(parts))).used[0]!.values).toEqual(VALUES);
  });

  test("entries named with backslashes or in another case", async () => {
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const backslashes = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k.replace(/\//g, "\\"), v]));
    expect((await expectSameRead(await zipParts(backslashes))).used[0]!.values).toEqual(VALUES);
    const upper = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k.startsWith("xl/") ? k.toUpperCase().replace(".XML", ".xml") : k, v]));
    expect((await expectSameRead(await zipParts(upper))).used[0]!.values).toEqual(VALUES);
  });

  test("a zip entry whose recorded size is wrong though its data is whole", async () => {
    const bytes = misrecordSize(await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST }), "xl/sharedStrings.xml", 3);
    expect((await expectSameRead(bytes)).used[0]!.values).toEqual(VALUES);
  });

  test("validations over a whole sheet and ten whole columns change nothing that is read", async () => {
    const validation = (sqref: string) => `<dataValidation type="list" allowBlank="1" showInputMessage="1" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation>`;
    const all = ["A1:XFD1048576", ..."ABCDEFGHIJ".split("").map((c) => `${c}1:${c}1048576`)].map(validation).join("");
    const bytes = await handmade({ sheets: [{ name: "S", body: `${DATA}<dataValidations count="11">${all}</dataValidations>` }], sharedStrings: SST });
    expect((await expectSameRead(bytes)).used[0]!.values).toEqual(VALUES);
  });
});
