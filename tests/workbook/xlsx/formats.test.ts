// What the README's "能读取的文件 / Which files are read" says, file kind by file kind: each one
// given to the job's reading as bytes under an .xlsx name, with the words its refusal must carry
// (what it is, what to do) in both languages, naming the file once.
import JSZip from "jszip";
import { readForm } from "../../../src/core/jobs/returned";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { craftZip, zerosDeflated } from "./crafted-zip";
import { filledFigures, filledForm, figuresOf, LIBRARY_WORDS } from "./filled-form";
import { compoundFile } from "./handmade";

const NAME = "回收/东城中学.xlsx";
const text = (s: string) => new TextEncoder().encode(s);
const zip = async (files: Record<string, string | Uint8Array>) => {
  const z = new JSZip();
  for (const [k, v] of Object.entries(files)) z.file(k, v);
  return z.generateAsync({ type: "uint8array" });
};

async function reason(bytes: Uint8Array): Promise<{ zh: string; en: string }> {
  const read = await readForm({ name: NAME, open: () => XlsxWorkbook.fromBuffer(bytes) });
  if (read.ok) throw new Error("read as a form");
  for (const t of Object.values(read.reason)) {
    expect(t.split(NAME).length - 1).toBe(1);
    expect(t).not.toMatch(LIBRARY_WORDS);
  }
  return { zh: read.reason["zh-CN"], en: read.reason["en-US"] };
}

const SAVE_AS_XLSX = { zh: "另存为“Excel 工作簿（*.xlsx）”", en: /save it as "Excel Workbook \(\*\.xlsx\)"/ };

test("a filled .xlsx form is read, every figure", async () => {
  const read = await readForm({ name: NAME, open: async () => XlsxWorkbook.fromBuffer(await filledForm()) });
  expect(read.ok && figuresOf(read.filled.entries)).toEqual(filledFigures());
});

test.each([
  ["an old .xls", () => Promise.resolve(compoundFile(["Workbook"])), "旧版 .xls 文件", /an old \.xls file/],
  ["an .xlsb", () => zip({ "[Content_Types].xml": "<Types/>", "xl/workbook.bin": new Uint8Array([0x83, 0x01]) }), "二进制格式的 Excel 工作簿（.xlsb）", /binary workbook \(\.xlsb\)/],
  ["an .ods", () => zip({ mimetype: "application/vnd.oasis.opendocument.spreadsheet", "content.xml": "<x/>" }), "OpenDocument，.ods", /OpenDocument spreadsheet \(\.ods\)/],
  ["a CSV", () => Promise.resolve(text("单位,指标,数值\n东城,入园率,95\n")), "纯文本文件（如 CSV）", /text file \(such as CSV\)/],
  ["a web page saved as .xls", () => Promise.resolve(text(`<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>`)), "网页（HTML）文件", /a web page \(HTML\)/],
  ["an Excel 2003 XML sheet", () => Promise.resolve(text(`<?xml version="1.0"?><?mso-application progid="Excel.Sheet"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"/>`)), "Excel 2003 XML 表格", /Excel 2003 XML spreadsheet/],
] as const)("%s is named, with: save it as .xlsx", async (_, make, zh, en) => {
  const r = await reason(await make());
  expect(r.zh).toContain(zh);
  expect(r.zh).toContain(SAVE_AS_XLSX.zh);
  expect(r.en).toMatch(en);
  expect(r.en).toMatch(SAVE_AS_XLSX.en);
});

test("a password-protected workbook: remove the password, with where", async () => {
  const r = await reason(compoundFile(["EncryptionInfo", "EncryptedPackage"]));
  expect(r.zh).toContain("设置了打开密码");
  expect(r.zh).toContain("文件 → 信息 → 保护工作簿");
  expect(r.en).toMatch(/opening password.*File → Info → Protect Workbook/);
});

test("a damaged file, an empty one, one far too large: what happened and to ask again", async () => {
  const whole = await filledForm();
  const damaged = await reason(whole.slice(0, whole.length - 100));
  expect(damaged.zh).toContain("已损坏或不完整");
  expect(damaged.en).toMatch(/damaged or incomplete.*send it again/);
  expect((await reason(new Uint8Array())).zh).toContain("空文件（0 字节）");
  const bomb = await reason(craftZip([{ name: "xl/workbook.xml", data: zerosDeflated(1024), method: "deflate", size: 1024 * 1024 * 1024 }]));
  expect(bomb.zh).toContain("解压后的内容远大于任何填报表");
  expect(bomb.en).toMatch(/unpacks to far more than any form could.*not read/);
});

test("a Word document, a PDF, a plain zip: not a spreadsheet, check the file", async () => {
  const word = await reason(await zip({ "[Content_Types].xml": "<Types/>", "word/document.xml": "<w:document/>" }));
  expect(word.zh).toContain("一份 Word 文档，不是 Excel 工作簿");
  expect((await reason(text("%PDF-1.7\n"))).en).toMatch(/a PDF file, not an Excel workbook/);
  expect((await reason(await zip({ "a.txt": "a" }))).en).toMatch(/a plain zip archive, not an Excel workbook/);
});
