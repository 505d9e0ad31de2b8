// What a job says about each returned file it cannot use (issue 15): in plain words in both
// languages, naming the file once, saying what the file really is and what to do; never a
// library's message. And a filled form another program has touched is still read and checked.
import JSZip from "jszip";
import { readReturned, type Returned, type WorkbookSource } from "../../src/core/jobs";
import { openFailure } from "../../src/core/jobs/returned";
import type { Bilingual } from "../../src/core/i18n/messages";
import { readEntries, TEMPLATE_KEYS } from "../../src/core/template";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { openReturnedWorkbook } from "../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../src/workbook/xlsx-reader/from-file";
import { exampleSet } from "../core/validate/fixtures";
import { filledForm } from "../workbook/xlsx/filled-form";
import { compoundFile } from "../workbook/xlsx/handmade";

const set = exampleSet();
const NAME = "收件箱/城关镇.xlsx";

const fromBytes = (bytes: Uint8Array, name = NAME): WorkbookSource => ({ name, open: () => XlsxWorkbook.fromBuffer(bytes, name) });


const LIBRARY_WORDS = /Cannot read properties|richText|Invalid row number|size mismatch|root node|JSZip|central directory|Corrupted zip|exceljs|undefined/i;

/** The reason names the file exactly once and carries no library text, in both languages. */
function plain(reason: Bilingual | undefined, name = NAME): Bilingual {
  expect(reason).toBeDefined();
  for (const text of Object.values(reason!)) {
    expect(text.split(name).length - 1).toBe(1);
    expect(text).not.toMatch(LIBRARY_WORDS);
  }
  return reason!;
}

async function refused(bytes: Uint8Array): Promise<Returned> {
  const r = await readReturned(fromBytes(bytes), set);
  expect(r.status).toBe("unreadable");
  expect(r.submissions).toEqual([]);
  plain(r.reason);
  return r;
}

describe("files that cannot be read are refused in plain words", () => {
  test("a workbook with an opening password", async () => {
    const { reason } = await refused(compoundFile(["EncryptionInfo", "EncryptedPackage"]));
    expect(reason!["zh-CN"]).toContain("设置了打开密码");
    expect(reason!["en-US"]).toMatch(/opening password/);
  });

  test("an old .xls and an .xlsb renamed to .xlsx are named, with what to do", async () => {
    const xls = (await refused(compoundFile(["Workbook"]))).reason!;
    expect(xls["zh-CN"]).toBe(`${NAME} 是旧版 .xls 文件（Excel 97-2003 工作簿），不是 .xlsx 格式的工作簿，无法直接读取。请用 Excel 或 WPS 打开它，另存为“Excel 工作簿（*.xlsx）”后重新发送。`);
    expect(xls["en-US"]).toMatch(/is an old \.xls file .* save it as "Excel Workbook \(\*\.xlsx\)"/);
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("xl/workbook.bin", new Uint8Array([0x83, 0x01]));
    expect((await refused(await zip.generateAsync({ type: "uint8array" }))).reason!["zh-CN"]).toContain("二进制格式的 Excel 工作簿（.xlsb）");
  });

  test("a web page, a CSV, an empty file, a download cut short, a Word document", async () => {
    const text = (s: string) => new TextEncoder().encode(s);
    expect((await refused(text("<html><body><table><tr><td>1</td></tr></table></body></html>"))).reason!["zh-CN"]).toContain("网页（HTML）文件");
    expect((await refused(text("单位,入园率\n城关,95\n"))).reason!["zh-CN"]).toContain("纯文本文件（如 CSV）");
    expect((await refused(new Uint8Array())).reason!["zh-CN"]).toContain("空文件（0 字节）");
    const whole = await filledForm();
    expect((await refused(whole.slice(0, whole.length / 2))).reason!["zh-CN"]).toContain("已损坏或不完整");
    const docx = new JSZip();
    docx.file("word/document.xml", "<w:document/>");
    const word = (await refused(await docx.generateAsync({ type: "uint8array" }))).reason!;
    expect(word["zh-CN"]).toBe(`${NAME} 是一份 Word 文档，不是 Excel 工作簿。请确认是否选错了文件，或请该单位发送填好的 .xlsx 填报表。`);
  });

  test("a file the system will not hand over, and an error nobody foresaw", async () => {
    const busy: WorkbookSource = { name: NAME, open: () => Promise.reject(Object.assign(new Error(`EBUSY: resource busy or locked, open '/inbox/${NAME}'`), { code: "EBUSY" })) };
    const r = await readReturned(busy, set);
    expect(plain(r.reason)["zh-CN"]).toContain("正被其他程序（如 Excel）占用");
    const odd: WorkbookSource = { name: NAME, open: () => Promise.reject(new TypeError("Cannot read properties of undefined (reading 'name')")) };
    expect(plain((await readReturned(odd, set)).reason)["en-US"]).toMatch(/could not be read: its content does not fully follow the \.xlsx format/);
  });

  test("openFailure is the same wording for a front end that opens the file itself", () => {
    expect(openFailure("old.xlsx", { problem: "password" })["zh-CN"]).toMatch(/^old\.xlsx 设置了打开密码/);
  });
});

describe("a workbook that is not one of our forms", () => {
  test("says so once, as one sentence", async () => {
    const other = XlsxWorkbook.create();
    await other.apply([{ op: "addSheet", sheet: "Sheet1" }]);
    const r = await readReturned(fromBytes(await other.toBuffer()), set);
    expect(r.status).toBe("not-a-template");
    const reason = plain(r.reason);
    expect(reason["zh-CN"]).toBe(`${NAME} 不是由“指标表”生成的填报表：没有找到隐藏的版式信息。请使用下发的填报表。`);
    expect(reason["en-US"]).toBe(`${NAME} is not a form made by Indicator Tables: its hidden layout information is missing. Use the form you were sent.`);
  });

  test("a damaged cell map still says what is damaged", async () => {
    const r = await readReturned(fromBytes(await filledForm([{ op: "setMetadata", entries: { [TEMPLATE_KEYS.years]: "x" } }])), set);
    expect(r.status).toBe("not-a-template");
    expect(plain(r.reason)["zh-CN"]).toMatch(/不能按填报表读取：填报表隐藏的位置信息已损坏（template\.years）/);
  });

  test("a form whose sheet was renamed names the sheet", async () => {
    const bytes = await filledForm();
    const sheet = (await readEntries(await XlsxWorkbook.fromBuffer(bytes))).entries[0]!.sheet;
    const zip = await JSZip.loadAsync(bytes);
    zip.file("xl/workbook.xml", (await zip.file("xl/workbook.xml")!.async("string")).replace(`name="${sheet}"`, `name="改过的名字"`));
    const r = await readReturned(fromBytes(await zip.generateAsync({ type: "uint8array" })), set);
    expect(r.status).toBe("not-a-template");
    expect(plain(r.reason)["zh-CN"]).toBe(`${NAME} 不能按填报表读取：找不到工作表“${sheet}”，可能被改名或删除。请在下发的填报表中填写，不要改动工作表的名称。`);
  });
});

describe("a filled form another program has touched is read as before", () => {
  test("with an input prompt over every whole sheet: checked, the same entries", async () => {
    const bytes = await filledForm();
    const zip = await JSZip.loadAsync(bytes);
    const prompt = `<dataValidation allowBlank="1" showInputMessage="1" prompt="请核对" sqref="A1:XFD1048576"/>`;
    for (const f of Object.values(zip.files)) {
      if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(f.name)) continue;
      const xml = await f.async("string");
      // beside the form's own validations, or where the schema puts them
      const withPrompt = xml.includes("<dataValidations")
        ? xml.replace(/<dataValidations[^>]*>/, (open) => `${open}${prompt}`)
        : xml.replace(/(<(hyperlinks|printOptions|pageMargins|pageSetup|headerFooter)\b|<\/worksheet>)/, `<dataValidations count="1">${prompt}</dataValidations>$1`);
      expect(withPrompt).toContain("A1:XFD1048576");
      zip.file(f.name, withPrompt);
    }
    const touched = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const before = await readReturned(fromBytes(bytes), set);
    const after = await readReturned(fromBytes(touched), set);
    expect(before.status).toBe("checked");
    expect(after.status).toBe("checked");
    expect(after.submissions).toEqual(before.submissions);
  });
});

test("a sheet too damaged to read gets the same words from the fast reader (which finds it late) as from exceljs", async () => {
  const zip = await JSZip.loadAsync(await filledForm());
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  // every sheet cut in the middle of its cells: no reader can make rows of it
  for (const name of sheets) {
    const xml = await zip.file(name)!.async("string");
    zip.file(name, xml.slice(0, Math.floor(xml.length * 0.6)) + "<row r=\"x\"><c r=\"<<\"");
  }
  const bytes = await zip.generateAsync({ type: "uint8array" });
  const slow = await readReturned(fromBytes(bytes), set);
  const fast = await readReturned({ name: NAME, open: () => openReturnedWorkbook(bytes, { inflate: zlibInflate }) }, set);
  expect(slow.status).toBe("unreadable");
  expect(fast.status).toBe(slow.status);
  expect(fast.reason).toEqual(slow.reason);
  plain(fast.reason);
});
