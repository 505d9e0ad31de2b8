// What the real-file corpus (real-files.test.ts) found, each pinned on a small hand-built file:
// the XML as the program in question wrote it, read the same by both readers, with the value
// Excel shows.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { WorkbookOpenError } from "../../src/workbook/xlsx/open-error";
import { trimToRoot } from "../../src/workbook/xlsx/xml-fixes";
import { openReturnedWorkbook, XlsxReader } from "../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../src/workbook/xlsx-reader/from-file";
import { expectSameRead } from "./xlsx-reader/both-readers";
import { handmade, handmadeParts, MAIN_NS, REL_NS, zipParts } from "./xlsx/handmade";

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';

test("a shared string with no text at all (<si></si>, Excel 2007) reads as empty text, not {}", async () => {
  const bytes = await handmade({
    sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row></sheetData>` }],
    sharedStrings: `${XML_DECL}<sst xmlns="${MAIN_NS}" count="2" uniqueCount="2"><si><t>学校</t></si><si></si></sst>`,
  });
  const read = await expectSameRead(bytes);
  expect(read.used[0]!.values).toEqual([["学校", ""]]);
});

test("a hyperlink on an empty styled cell reads as empty (Excel for Mac, test-issue-877.xlsx)", async () => {
  const bytes = new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "real-xlsx", "exceljs", "test-issue-877.xlsx")));
  const query = [{ sheet: "Handlungsanweisung", range: "A1" }];
  const read = await expectSameRead(bytes, query);
  expect(read.ranges[0]!.values).toEqual([[null]]);
});

test("a linked number stays a number (WPS 表格)", async () => {
  const rels = `${XML_DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId2" Type="${REL_NS}/hyperlink" Target="https://example.org" TargetMode="External"/></Relationships>`;
  const bytes = await handmade({
    sheets: [{ name: "S", body: `<sheetData><row r="1"><c r="B1"><v>2</v></c><c r="C1" t="inlineStr"><is><t>x</t></is></c></row></sheetData><hyperlinks><hyperlink ref="B1" r:id="rId2"/></hyperlinks>`, rels }],
  });
  const read = await expectSameRead(bytes);
  expect(read.used[0]!.values).toEqual([[2, "x"]]);
});

test("stray text between the XML declaration and the root element is skipped, as Excel does", async () => {
  const sheet = `${XML_DECL}\r\nfoo\r\n<worksheet xmlns="${MAIN_NS}"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`;
  const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body: "", xml: sheet }] }));
  expect(read.used[0]!.values).toEqual([[7]]);
  // only text goes: the declaration, comments and whitespace stay, and clean XML is untouched
  expect(trimToRoot(`${XML_DECL}<!-- c -->x\n<a>t</a>`)).toBe(`${XML_DECL}<!-- c -->\n<a>t</a>`.replace("-->\n", "-->"));
  const clean = `${XML_DECL}\n<a>t</a>`;
  expect(trimToRoot(clean)).toBe(clean);
});

test("an inline string cell that also carries a <v> reads as its <is> text", async () => {
  const body =
    `<sheetData><row r="1"><c r="A1" t="inlineStr"><v>1.0</v><is><r><rPr><b val="1"/></rPr><t xml:space="preserve">1.</t></r></is></c>` +
    `<c r="B1" t="inlineStr"><is><t>二</t></is></c><c r="C1"><v>3</v></c></row></sheetData>`;
  const read = await expectSameRead(await handmade({ sheets: [{ name: "S", body }] }));
  expect(read.used[0]!.values).toEqual([["1.", "二", 3]]);
});

test("a package with only a sheet and the workbook's relationships left is damaged, not a plain zip", async () => {
  const parts = handmadeParts({ sheets: [{ name: "S", body: `<sheetData/>` }] });
  const bytes = await zipParts({ "xl/_rels/workbook.xml.rels": parts["xl/_rels/workbook.xml.rels"]!, "xl/worksheets/sheet1.xml": parts["xl/worksheets/sheet1.xml"]! });
  for (const open of [() => XlsxWorkbook.fromBuffer(bytes), () => XlsxReader.fromBuffer(bytes, { inflate: zlibInflate }), () => openReturnedWorkbook(bytes, { inflate: zlibInflate })]) {
    await expect(open()).rejects.toEqual(expect.objectContaining({ problem: "damaged" }));
    await expect(open()).rejects.toBeInstanceOf(WorkbookOpenError);
  }
  // a zip of other files is still a plain archive
  const plain = await zipParts({ "notes/readme.txt": "hello", "data/a.xml": "<a/>" });
  await expect(XlsxWorkbook.fromBuffer(plain)).rejects.toEqual(expect.objectContaining({ problem: "zip" }));
  await expect(XlsxReader.fromBuffer(plain, { inflate: zlibInflate })).rejects.toEqual(expect.objectContaining({ problem: "zip" }));
});
