// Reading what other programs write (issue 15): workbooks that are valid, or that Excel and
// LibreOffice open, but that exceljs alone refuses, misreads or takes minutes and gigabytes
// over; and files that are not .xlsx at all, recognised from their bytes. Every fixture is built
// here by hand with exactly the XML it needs.
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { matrixChanges, unitFormChanges } from "../../../src/core/template";
import { XlsxWorkbook, WorkbookOpenError } from "../../../src/workbook/xlsx";
import { XlsxPackage } from "../../../src/workbook/xlsx/package";
import { MAX_EXPANDED_CELLS_ON_READ } from "../../../src/workbook/xlsx/limits";
import { exampleSet } from "../../core/validate/fixtures";
import { compoundFile, handmade, handmadeParts, MAIN_NS, misrecordSize, REL_NS, sheetXml, unzipParts, zipParts } from "./handmade";

const DATA = `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>2.5</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData>`;
const SST = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN_NS}" count="2" uniqueCount="2"><si><t>学校</t></si><si><t>第一中学</t></si></sst>`;
const VALUES = [
  [1, "学校"],
  [2.5, "第一中学"],
];

/** Every sheet's used range, as the rest of the program reads it. */
async function readAll(wb: XlsxWorkbook) {
  const sheets = await wb.sheets();
  return wb.read(sheets.map((s) => ({ sheet: s.name })));
}

/** The same reading through exceljs alone, without any of the fixes. */
async function plainRead(bytes: Uint8Array) {
  const ex = new ExcelJS.Workbook();
  await ex.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const Ctor = XlsxWorkbook as unknown as new (wb: ExcelJS.Workbook) => XlsxWorkbook;
  return readAll(new Ctor(ex));
}

async function values(bytes: Uint8Array, sheet = "S") {
  const wb = await XlsxWorkbook.fromBuffer(bytes);
  return (await wb.read([{ sheet }]))[0]!.values;
}

/** What exceljs is handed after the fixes, part by part. */
async function handedOn(bytes: Uint8Array): Promise<Record<string, string | Uint8Array>> {
  return unzipParts(await (await XlsxPackage.open(bytes)).bytes());
}

async function problemOf(bytes: Uint8Array): Promise<string | undefined> {
  try {
    await XlsxWorkbook.fromBuffer(bytes);
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookOpenError);
    return (e as WorkbookOpenError).problem;
  }
}

const validation = (sqref: string, extra = "") => `<dataValidation type="list" allowBlank="1" showInputMessage="1"${extra} sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation>`;
const validations = (...items: string[]) => `<dataValidations count="${items.length}">${items.join("")}</dataValidations>`;

describe("data validations over huge areas are not expanded cell by cell (exceljs issue #1842)", () => {
  test("an input prompt over the whole sheet: values read as without it, the validation left out", async () => {
    const prompt = `<dataValidations count="1"><dataValidation allowBlank="1" showInputMessage="1" promptTitle="提示" prompt="请如实填写" sqref="A1:XFD1048576"/></dataValidations>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA + prompt }], sharedStrings: SST });
    expect(await values(bytes)).toEqual(VALUES);
    const sheet = (await handedOn(bytes))["xl/worksheets/sheet1.xml"] as string;
    expect(sheet).not.toContain("XFD1048576");
    expect(sheet).toContain("<sheetData>"); // the rest of the sheet as it was
  });

  test("drop-downs on ten whole columns go; a small one beside them stays, and exceljs then holds only its cells", async () => {
    const columns = "ABCDEFGHIJ".split("").map((c) => validation(`${c}1:${c}1048576`));
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA + validations(...columns, validation("K2:K5")) }], sharedStrings: SST });
    expect(await values(bytes)).toEqual(VALUES);
    const ex = new ExcelJS.Workbook();
    await ex.xlsx.load((await (await XlsxPackage.open(bytes)).bytes()) as unknown as ExcelJS.Buffer);
    const model = (ex.getWorksheet("S") as unknown as { dataValidations: { model: Record<string, unknown> } }).dataValidations.model;
    expect(Object.keys(model).sort()).toEqual(["K2", "K3", "K4", "K5"]);
  });

  test("what fits the budget is kept, in order, across sheets", async () => {
    const third = Math.floor(MAX_EXPANDED_CELLS_ON_READ / 3);
    const tall = (c: string) => validation(`${c}1:${c}${third}`);
    const bytes = await handmade({
      sheets: [
        { name: "S", body: DATA + validations(tall("A"), validation("B1:B3")) },
        { name: "T", body: DATA + validations(tall("C"), tall("D")) },
      ],
      sharedStrings: SST,
    });
    const parts = await handedOn(bytes);
    expect(parts["xl/worksheets/sheet1.xml"]).toContain(`A1:A${third}`);
    expect(parts["xl/worksheets/sheet1.xml"]).toContain("B1:B3");
    expect(parts["xl/worksheets/sheet2.xml"]).toContain(`C1:C${third}`);
    expect(parts["xl/worksheets/sheet2.xml"]).not.toContain(`D1:D${third}`);
  });

  test("defined names over whole columns are left out too; ordinary ones and print titles stay", async () => {
    const workbookXml =
      `<?xml version="1.0"?><workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets><definedNames>` +
      `<definedName name="_xlnm.Print_Titles" localSheetId="0">S!$1:$1</definedName><definedName name="lists">S!$A:$C</definedName>` +
      `<definedName name="total">S!$A$1:$A$2</definedName></definedNames></workbook>`;
    const wb = await XlsxWorkbook.fromBuffer(await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST, workbookXml }));
    expect(await wb.names()).toEqual([{ name: "total", refersTo: "S!$A$1:$A$2" }]);
  });

  test("a merge over whole columns is cut to the rows and columns the sheet has; overlapping merges keep the first", async () => {
    const overlapping = `<mergeCells count="2"><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/></mergeCells>`;
    await expect(plainRead(await handmade({ sheets: [{ name: "S", body: DATA + overlapping }], sharedStrings: SST }))).rejects.toThrow(/already merged/);
    const merges = `<mergeCells count="3"><mergeCell ref="C1:D1048576"/><mergeCell ref="A1:B1"/><mergeCell ref="B1:B2"/></mergeCells>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA + merges }], sharedStrings: SST });
    expect(await values(bytes)).toEqual([
      [1, null],
      [2.5, "第一中学"],
    ]);
    expect((await handedOn(bytes))["xl/worksheets/sheet1.xml"]).toContain(`<mergeCells count="2"><mergeCell ref="C1:C2"/><mergeCell ref="A1:B1"/></mergeCells>`);
  });
});

describe("valid XML other programs write, read as Excel reads it", () => {
  test("inline strings: plain, a bare text beside runs, phonetic runs", async () => {
    const cells =
      `<c r="A1" t="inlineStr"><is><t>学校</t></is></c>` +
      `<c r="B1" t="inlineStr"><is><t xml:space="preserve">第一</t><r><rPr><b/></rPr><t>中学</t></r></is></c>` +
      `<c r="C1" t="inlineStr"><is><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></is></c>` +
      `<c r="D1" t="inlineStr"><is><r><t>a</t></r><r><t>b</t></r></is></c>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: `<sheetData><row r="1">${cells}</row></sheetData>` }] });
    await expect(plainRead(bytes)).rejects.toThrow(/richText/);
    expect(await values(bytes)).toEqual([["学校", "第一中学", "漢字", "ab"]]);
  });

  test("shared strings with a bare text beside runs", async () => {
    const sst = `<sst xmlns="${MAIN_NS}"><si><t>学校</t></si><si><t>第一</t><r><t>中学</t></r></si></sst>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: sst });
    await expect(plainRead(bytes)).rejects.toThrow(/richText/);
    expect(await values(bytes)).toEqual(VALUES);
  });

  test("every part with an x: prefix for SpreadsheetML (the Open XML SDK's way), rich text included", async () => {
    const x = (xml: string) => xml.replace(/<(\/?)(?!\?)(\w+)/g, "<$1x:$2").replace(`xmlns="${MAIN_NS}"`, `xmlns:x="${MAIN_NS}"`);
    const sst = x(`<sst xmlns="${MAIN_NS}" count="2"><si><t>学校</t></si><si><r><rPr><b/></rPr><t>第一</t></r><r><t>中学</t></r></si></sst>`);
    const workbookXml = x(`<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`);
    const sheet = x(`<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${DATA}</worksheet>`);
    expect(sheet).toContain("<x:c r=");
    const bytes = await handmade({ sheets: [{ name: "S", body: "", xml: sheet }], sharedStrings: sst, workbookXml });
    await expect(plainRead(bytes)).rejects.toThrow();
    expect(await values(bytes)).toEqual(VALUES);
  });

  test("relationships written with another prefix than r:", async () => {
    const workbookXml = `<workbook xmlns="${MAIN_NS}" xmlns:rel="${REL_NS}"><sheets><sheet name="S" sheetId="1" rel:id="rId1"/></sheets></workbook>`;
    expect(await values(await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST, workbookXml }))).toEqual(VALUES);
  });

  test("a table whose part is named by an absolute path (/xl/tables/table1.xml), as openpyxl writes it", async () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/table" Target="/xl/tables/table1.xml"/></Relationships>`;
    const table = `<table xmlns="${MAIN_NS}" id="1" name="T1" displayName="T1" ref="A1:B2"><autoFilter ref="A1:B2"/><tableColumns count="2"><tableColumn id="1" name="a"/><tableColumn id="2" name="b"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: `${DATA}<tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, rels }], sharedStrings: SST, parts: { "xl/tables/table1.xml": table } });
    await expect(plainRead(bytes)).rejects.toThrow(/reading 'name'/);
    expect(await values(bytes)).toEqual(VALUES);
    // read with its table, not by the values-only fallback
    expect((await handedOn(bytes))["xl/worksheets/_rels/sheet1.xml.rels"]).toContain(`Target="../tables/table1.xml"`);
  });

  test("a link to a part that is not there (a table, a drawing): the values are read without it", async () => {
    const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table9.xml"/><Relationship Id="rId2" Type="${REL_NS}/drawing" Target="../drawings/drawing9.xml"/></Relationships>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: `${DATA}<drawing r:id="rId2"/><tableParts count="1"><tablePart r:id="rId1"/></tableParts>`, rels }], sharedStrings: SST });
    await expect(plainRead(bytes)).rejects.toThrow();
    expect(await values(bytes)).toEqual(VALUES);
  });

  test("rows and cells without r, numbered one after the other as the format says", async () => {
    const data = `<sheetData><row><c><v>1</v></c><c t="s"><v>0</v></c></row><row><c><v>2.5</v></c><c s="0"/><c t="s"><v>1</v></c></row><row r="5"><c r="C5"><v>7</v></c><c><v>8</v></c></row></sheetData>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: data }], sharedStrings: SST });
    await expect(plainRead(bytes)).rejects.toThrow(/Invalid row number/);
    const wb = await XlsxWorkbook.fromBuffer(bytes);
    expect((await wb.read([{ sheet: "S", range: "A1:D5" }]))[0]!.values).toEqual([
      [1, "学校", null, null],
      [2.5, null, "第一中学", null],
      [null, null, null, null],
      [null, null, null, null],
      [null, null, 7, 8],
    ]);
  });

  test("a styled row in a package without a styles part (the part is optional)", async () => {
    const data = `<sheetData><row r="1" s="1" customFormat="1"><c r="A1"><v>1</v></c></row></sheetData>`;
    const bytes = await handmade({ sheets: [{ name: "S", body: data }] });
    await expect(plainRead(bytes)).rejects.toThrow(/getStyleModel/);
    expect(await values(bytes)).toEqual([[1]]);
  });

  test("empty formatted rows down the sheet, past ten thousand, are left out; the data rows stay", async () => {
    const empty = Array.from({ length: 20_000 }, (_, i) => `<row r="${i + 3}" ht="15" customHeight="1"${i % 2 ? "/>" : "></row>"}`).join("");
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA.replace("</sheetData>", `${empty}</sheetData>`) }], sharedStrings: SST });
    expect(await values(bytes)).toEqual(VALUES);
    const sheet = (await handedOn(bytes))["xl/worksheets/sheet1.xml"] as string;
    expect(sheet.match(/<row\b/g)).toHaveLength(2);
  });

  test("parts in UTF-16, with NUL padding after the root, or with a declared legacy encoding", async () => {
    const utf16 = (s: string) => new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...s].map((c) => c.charCodeAt(0))).buffer)]);
    const sheet = sheetXml(DATA).replace("UTF-8", "UTF-16");
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    parts["xl/worksheets/sheet1.xml"] = utf16(sheet);
    parts["xl/workbook.xml"] = `${parts["xl/workbook.xml"]}\0\0\0\0`;
    await expect(plainRead(await zipParts(parts))).rejects.toThrow();
    expect(await values(await zipParts(parts))).toEqual(VALUES);

    const gbk = new Uint8Array([...new TextEncoder().encode(`<?xml version="1.0" encoding="GBK"?><sst xmlns="${MAIN_NS}"><si><t>`), 0xd1, 0xa7, 0xd0, 0xa3, ...new TextEncoder().encode("</t></si><si><t>x</t></si></sst>")]);
    const legacy = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    legacy["xl/sharedStrings.xml"] = gbk;
    expect(await values(await zipParts(legacy))).toEqual([
      [1, "学校"],
      [2.5, "x"],
    ]);
  });

  test("a sheet and the workbook under other part names, found through the relationships", async () => {
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
    expect(await values(await zipParts(parts))).toEqual(VALUES);
  });

  test("entries named with backslashes, as some Windows tools zip them", async () => {
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const renamed = Object.fromEntries(Object.entries(parts).map(([k, v]) => [k.replace(/\//g, "\\"), v]));
    expect(await values(await zipParts(renamed))).toEqual(VALUES);
  });

  test("a zip entry whose recorded size is wrong though its data is whole (JSZip: size mismatch)", async () => {
    const bytes = misrecordSize(await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST }), "xl/sharedStrings.xml", 3);
    await expect(plainRead(bytes)).rejects.toThrow(/size mismatch/);
    expect(await values(bytes)).toEqual(VALUES);
  });

  test("the bytes handed in are never changed, and a file that needs nothing is handed on as it is", async () => {
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA + validations(validation("A1:XFD1048576")) }], sharedStrings: SST });
    const copy = bytes.slice();
    await XlsxWorkbook.fromBuffer(bytes);
    expect(bytes).toEqual(copy);
    const plain = await handmade({ sheets: [{ name: "S", body: DATA + validations(validation("A1:B9")) }], sharedStrings: SST });
    expect(await (await XlsxPackage.open(plain)).bytes()).toBe(plain);
  });
});

describe("what reads fine already reads exactly as before", () => {
  test("our own forms, a unit's and the matrix, are handed to exceljs byte for byte", async () => {
    const set = exampleSet();
    for (const changes of [unitFormChanges(set, { unitId: set.units[0]!.id }), matrixChanges(set)]) {
      const wb = XlsxWorkbook.create();
      await wb.apply(changes);
      const bytes = await wb.toBuffer();
      expect(await (await XlsxPackage.open(bytes)).bytes()).toBe(bytes);
    }
  });

  test("files exceljs writes, with validations, merges, names, rich text and dates", async () => {
    const ex = new ExcelJS.Workbook();
    const ws = ex.addWorksheet("S");
    ws.getCell("A1").value = new Date(Date.UTC(2024, 8, 1));
    ws.getCell("A1").numFmt = "yyyy-mm-dd";
    ws.getCell("B1").value = { richText: [{ text: "富", font: { bold: true } }, { text: "文本" }] };
    ws.getCell("C1").value = { formula: "1+1", result: 2 };
    ws.getCell("D1").value = 0.5;
    ws.getCell("D1").numFmt = "0%";
    ws.mergeCells("A3:C4");
    ws.getCell("A3").value = "合并";
    ws.getCell("E2").dataValidation = { type: "whole", operator: "between", formulae: [0, 9], allowBlank: true };
    ex.definedNames.add("S!$A$1:$B$2", "box");
    ex.addWorksheet("T", { state: "hidden" }).getCell("A1").value = "隐藏";
    const bytes = new Uint8Array(await ex.xlsx.writeBuffer());
    expect(await (await XlsxPackage.open(bytes)).bytes()).toBe(bytes);
    const ours = await XlsxWorkbook.fromBuffer(bytes);
    expect(await readAll(ours)).toEqual(await plainRead(bytes));
    expect(await ours.names()).toEqual([{ name: "box", refersTo: "S!$A$1:$B$2" }]);
  });
});

describe("files that are not .xlsx workbooks are named, from their bytes", () => {
  test("an encrypted workbook (a compound file with EncryptedPackage) is a password problem", async () => {
    expect(await problemOf(compoundFile(["EncryptionInfo", "EncryptedPackage"]))).toBe("password");
  });

  test("an old .xls, even cut short so its directory cannot be followed", async () => {
    expect(await problemOf(compoundFile(["Workbook", "\u0005SummaryInformation"]))).toBe("xls");
    expect(await problemOf(compoundFile(["Book"]))).toBe("xls");
    const cut = compoundFile(["Workbook"]).slice(0, 1200);
    new DataView(cut.buffer).setUint32(0x30, 7, true); // directory sector beyond the end
    expect(await problemOf(cut)).toBe("xls");
    expect(await problemOf(compoundFile(["WordDocument"]))).toBe("word");
  });

  test("an .xlsb (a zip with xl/workbook.bin)", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`);
    zip.file("_rels/.rels", `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.bin"/></Relationships>`);
    zip.file("xl/workbook.bin", new Uint8Array([0x83, 0x01, 0x00]));
    expect(await problemOf(await zip.generateAsync({ type: "uint8array" }))).toBe("xlsb");
  });

  test("web pages, Excel 2003 XML, CSV text, PDF, OpenDocument, Word, a plain zip", async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect(await problemOf(text("\ufeff<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\"><body><table><tr><td>1</td></tr></table></body></html>"))).toBe("web-page");
    expect(await problemOf(text(`<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>`))).toBe("xml-2003");
    expect(await problemOf(text("单位,指标,数值\n城关,入园率,95\n"))).toBe("text");
    expect(await problemOf(text("%PDF-1.7\n"))).toBe("pdf");
    const zip = async (files: Record<string, string>) => {
      const z = new JSZip();
      for (const [k, v] of Object.entries(files)) z.file(k, v);
      return z.generateAsync({ type: "uint8array" });
    };
    expect(await problemOf(await zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }))).toBe("ods");
    expect(await problemOf(await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }))).toBe("word");
    expect(await problemOf(await zip({ "a.txt": "a" }))).toBe("zip");
  });

  test("empty, cut short, damaged inside, or not a file we can read at all", async () => {
    expect(await problemOf(new Uint8Array())).toBe("empty");
    expect(await problemOf(new TextEncoder().encode("PK\u0003\u0004 truncated"))).toBe("damaged");
    const whole = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    expect(await problemOf(whole.slice(0, whole.length - 30))).toBe("damaged");
    expect(await problemOf(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]))).toBe("not-a-workbook");
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    parts["xl/worksheets/sheet1.xml"] = sheetXml("<sheetData><row r=\"1\"><c r=\"A1\"><v>1</v></row></sheetData>"); // unclosed <c>
    expect(await problemOf(await zipParts(parts))).toBe("unreadable");
  });

  test("a missing file is a file problem, and reading a file leaves it as it was", async () => {
    const dir = mkdtempSync(join(tmpdir(), "it-other-"));
    try {
      await expect(XlsxWorkbook.fromFile(join(dir, "none.xlsx"))).rejects.toMatchObject({ problem: "file" });
      const file = join(dir, "whole-sheet.xlsx");
      writeFileSync(file, await handmade({ sheets: [{ name: "S", body: DATA + validations(validation("A1:XFD1048576")) }], sharedStrings: SST }));
      const before = readFileSync(file);
      expect((await (await XlsxWorkbook.fromFile(file)).read([{ sheet: "S" }]))[0]!.values).toEqual(VALUES);
      expect(readFileSync(file)).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
