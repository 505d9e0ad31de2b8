// Opening returned workbooks: the same refusals as XlsxWorkbook for what is not a workbook, a
// hand-over to exceljs for what the fast reader cannot read, lazy sheets, read-only, the read
// limits, and the opener the CLI uses.
import JSZip from "jszip";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { workbookSources } from "../../../src/cli/returned-files";
import { XlsxWorkbook, WorkbookOpenError } from "../../../src/workbook/xlsx";
import { openReturnedWorkbook, XlsxReader } from "../../../src/workbook/xlsx-reader";
import { openReturnedFile, zlibInflate } from "../../../src/workbook/xlsx-reader/from-file";
import { ZipArchive } from "../../../src/workbook/xlsx-reader/zip";
import { compoundFile, handmade, handmadeParts, MAIN_NS, misrecordSize, REL_NS, sheetXml, zipParts } from "../xlsx/handmade";

const DATA = `<sheetData><row r="1"><c r="A1"><v>1</v></c><c r="B1" t="s"><v>0</v></c></row><row r="2"><c r="A2"><v>2.5</v></c><c r="B2" t="s"><v>1</v></c></row></sheetData>`;
const SST = `<sst xmlns="${MAIN_NS}"><si><t>学校</t></si><si><t>第一中学</t></si></sst>`;
const VALUES = [
  [1, "学校"],
  [2.5, "第一中学"],
];

async function problem(open: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await open();
    return undefined;
  } catch (e) {
    expect(e).toBeInstanceOf(WorkbookOpenError);
    return (e as WorkbookOpenError).problem;
  }
}

afterEach(() => jest.restoreAllMocks());

describe("files that are not .xlsx workbooks get the problem XlsxWorkbook gives", () => {
  test("each kind, through the reader and through the opener", async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    const zip = async (files: Record<string, string | Uint8Array>) => {
      const z = new JSZip();
      for (const [k, v] of Object.entries(files)) z.file(k, v);
      return z.generateAsync({ type: "uint8array" });
    };
    const whole = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const xlsb = await zip({ "[Content_Types].xml": "<Types/>", "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.bin"/></Relationships>`, "xl/workbook.bin": new Uint8Array([0x83, 1, 0]) });
    const cases: [Uint8Array, string][] = [
      [compoundFile(["EncryptionInfo", "EncryptedPackage"]), "password"],
      [compoundFile(["Workbook"]), "xls"],
      [compoundFile(["WordDocument"]), "word"],
      [xlsb, "xlsb"],
      [text("<html><body><table><tr><td>1</td></tr></table></body></html>"), "web-page"],
      [text("单位,指标\n城关,95\n"), "text"],
      [text("%PDF-1.7\n"), "pdf"],
      [await zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }), "ods"],
      [await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w/>" }), "word"],
      [await zip({ "a.txt": "a" }), "zip"],
      [new Uint8Array(), "empty"],
      [text("PK\u0003\u0004 truncated"), "damaged"],
      [whole.slice(0, whole.length - 30), "damaged"],
      [new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), "not-a-workbook"],
    ];
    for (const [bytes, expected] of cases) {
      const exceljs = await problem(() => XlsxWorkbook.fromBuffer(bytes));
      expect({ expected, exceljs }).toEqual({ expected, exceljs: expected });
      expect({ expected, opener: await problem(() => openReturnedWorkbook(bytes)) }).toEqual({ expected, opener: expected });
    }
  });

  test("an encrypted zip entry is a password problem; a missing file a file problem", async () => {
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const flagged = bytes.slice();
    const v = new DataView(flagged.buffer);
    for (let i = 0; i + 4 < flagged.length; i++) if (v.getUint32(i, true) === 0x02014b50) v.setUint16(i + 8, v.getUint16(i + 8, true) | 1, true);
    expect(await problem(() => XlsxReader.fromBuffer(flagged, { inflate: zlibInflate }))).toBe("password");
    const dir = mkdtempSync(join(tmpdir(), "it-reader-"));
    try {
      expect(await problem(() => openReturnedFile(join(dir, "none.xlsx")))).toBe("file");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("malformed sheet XML: the fast reader gives up, exceljs refuses it too, as unreadable", async () => {
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    parts["xl/worksheets/sheet1.xml"] = sheetXml('<sheetData><row r="1"><c r="A1"><v>1</v></row></sheetData>'); // unclosed <c>
    const bytes = await zipParts(parts);
    expect(await problem(() => XlsxWorkbook.fromBuffer(bytes))).toBe("unreadable");
    const wb = await openReturnedWorkbook(bytes);
    expect(await problem(() => wb.read([{ sheet: "S" }]))).toBe("unreadable");
  });

  test("a part that unpacks far past its packed size is too large, whether its recorded size says so or lies", async () => {
    const text = new TextEncoder().encode(SST);
    const padded = new Uint8Array(text.length + 40 * 1024 * 1024); // NUL padding after the root, 40 MB
    padded.set(text);
    const parts = handmadeParts({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    parts["xl/sharedStrings.xml"] = padded;
    const bytes = await zipParts(parts);
    expect(await problem(() => openReturnedWorkbook(bytes, { inflate: zlibInflate }))).toBe("too-large");
    // recorded as 100 bytes: opening is fine, reading the strings stops at the limit
    const wb = await openReturnedWorkbook(misrecordSize(bytes, "xl/sharedStrings.xml", 100));
    expect(await problem(() => wb.read([{ sheet: "S" }]))).toBe("too-large");
  });
});

describe("the fast path, and the hand-over to exceljs", () => {
  test("a good file never loads exceljs, and reads the same through Node's zlib and the stream API", async () => {
    const spy = jest.spyOn(XlsxWorkbook, "fromBuffer");
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const viaStreams = await openReturnedWorkbook(bytes);
    const viaZlib = await openReturnedWorkbook(bytes, { inflate: zlibInflate });
    expect((await viaStreams.read([{ sheet: "S" }]))[0]!.values).toEqual(VALUES);
    expect(await viaZlib.read([{ sheet: "S" }])).toEqual(await viaStreams.read([{ sheet: "S" }]));
    expect(spy).not.toHaveBeenCalled();
  });

  test("when the fast reader cannot unzip (here: its inflater fails), exceljs reads the file", async () => {
    const spy = jest.spyOn(XlsxWorkbook, "fromBuffer");
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const broken = () => {
      throw new Error("inflater out of order");
    };
    const wb = await openReturnedWorkbook(bytes, { inflate: broken });
    expect((await wb.read([{ sheet: "S" }]))[0]!.values).toEqual(VALUES);
    expect(await wb.sheets()).toEqual([{ name: "S", visibility: "visible" }]);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("when it fails only at a sheet, the read is answered by exceljs; errors about the query are not handed over", async () => {
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    let calls = 0;
    const failsLater = (data: Uint8Array, max: number) => {
      if (++calls > 3) throw new Error("gave up"); // the package's three parts open fine
      return zlibInflate(data, max);
    };
    const spy = jest.spyOn(XlsxWorkbook, "fromBuffer");
    const wb = await openReturnedWorkbook(bytes, { inflate: failsLater });
    await expect(wb.read([{ sheet: "无此表" }])).rejects.toMatchObject({ missingSheet: "无此表" });
    await expect(wb.read([{ sheet: "S", range: "A1:XFD1048576" }])).rejects.toThrow(/more than the 5000000/);
    expect(spy).not.toHaveBeenCalled();
    expect((await wb.read([{ sheet: "S" }]))[0]!.values).toEqual(VALUES);
    expect(spy).toHaveBeenCalledTimes(1);
  });

  test("read-only: apply says so", async () => {
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    for (const wb of [await XlsxReader.fromBuffer(bytes), await openReturnedWorkbook(bytes)]) {
      await expect(wb.apply([{ op: "addSheet", sheet: "T" }])).rejects.toThrow(/read-only/);
    }
  });
});

describe("only what is asked is read", () => {
  test("sheets are unzipped only when queried, and once per read however often they are named", async () => {
    const sheets = ["A", "B", "C"].map((name) => ({ name, body: DATA }));
    const bytes = await handmade({ sheets, sharedStrings: SST });
    const read = jest.spyOn(ZipArchive.prototype, "read");
    const wb = await XlsxReader.fromBuffer(bytes, { inflate: zlibInflate });
    await wb.sheets();
    await wb.names();
    const parts = () => read.mock.calls.map((c) => c[0]).filter((n) => n.startsWith("xl/worksheets/sheet"));
    expect(parts()).toEqual([]);
    const snaps = await wb.read([{ sheet: "B", range: "A1" }, { sheet: "b" }, { sheet: "B", range: "B2:C3" }]);
    expect(parts()).toEqual(["xl/worksheets/sheet2.xml"]);
    expect(snaps.map((s) => s.values)).toEqual([[[1]], VALUES, [["第一中学", null], [null, null]]]);
  });

  test("the first query that cannot be read is the error, as with XlsxWorkbook", async () => {
    const bytes = await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST });
    const queries = [{ sheet: "S", range: "A1" }, { sheet: "S", range: "not a range" }, { sheet: "Nope" }];
    const fast = await XlsxReader.fromBuffer(bytes);
    const exceljs = await XlsxWorkbook.fromBuffer(bytes);
    const message = async (wb: { read: typeof fast.read }, q: typeof queries) => (await wb.read(q).catch((e: Error) => e)) as Error;
    expect((await message(fast, queries)).message).toBe((await message(exceljs, queries)).message);
    expect((await message(fast, [queries[0]!, queries[2]!])).message).toBe((await message(exceljs, [queries[0]!, queries[2]!])).message);
    expect((await message(fast, [{ sheet: "S", range: "A1:XFD1048576" }])).message).toBe((await message(exceljs, [{ sheet: "S", range: "A1:XFD1048576" }])).message);
  });

  test("a whole-sheet validation and drop-downs on ten whole columns read in well under a second", async () => {
    const validation = (sqref: string) => `<dataValidation type="list" allowBlank="1" sqref="${sqref}"><formula1>"是,否"</formula1></dataValidation>`;
    const all = ["A1:XFD1048576", ..."ABCDEFGHIJ".split("").map((c) => `${c}1:${c}1048576`)].map(validation).join("");
    const bytes = await handmade({ sheets: [{ name: "S", body: `${DATA}<dataValidations count="11">${all}</dataValidations>` }], sharedStrings: SST });
    const t0 = Date.now();
    const wb = await openReturnedWorkbook(bytes, { inflate: zlibInflate });
    expect((await wb.read([{ sheet: "S" }]))[0]!.values).toEqual(VALUES);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});

describe("the CLI opens returned files with it", () => {
  test("validate's sources are read-only fast readers that read the file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "it-reader-cli-"));
    try {
      writeFileSync(join(dir, "a.xlsx"), await handmade({ sheets: [{ name: "S", body: DATA }], sharedStrings: SST }));
      const io = { cwd: dir, locale: "en-US", stderr: () => undefined, stdout: () => undefined } as never;
      const spy = jest.spyOn(XlsxWorkbook, "fromFile");
      const [source] = (await workbookSources(["."], io))!;
      const wb = await source!.open();
      expect((await wb.read([{ sheet: "S" }]))[0]!.values).toEqual(VALUES);
      await expect(wb.apply([{ op: "addSheet", sheet: "T" }])).rejects.toThrow(/read-only/);
      expect(spy).not.toHaveBeenCalled();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
