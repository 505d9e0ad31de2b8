// Input prompts and error alerts of several lines (a unit form's prompt puts unit, target and
// range on lines of their own) keep their line breaks in the file: exceljs writes them raw in
// attribute values, where every conforming XML reader turns them into spaces, so the sheet XML
// must carry `&#10;`. Checked on both write paths (zlib under Node, JSZip in the task pane) and
// by readers that do not share our code: saxes, Python's expat, openpyxl, exceljs and LibreOffice.
import { execFile, execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import { SaxesParser } from "saxes";
import { unitFormChanges } from "../../../src/core/template";
import type { DataValidation, WorkbookChange } from "../../../src/core/workbook/workbook";
import { nodeCrc32, nodeDeflateRaw } from "../../../src/node/native-deflate";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { escapeValidationBreaks } from "../../../src/workbook/xlsx/attribute-breaks";
import { deflateRawInUse, useDeflateRaw } from "../../../src/workbook/xlsx/deflate-zip";
import { describeWith, findOpenpyxl, findProgram } from "../../support/real-programs";
import { SET } from "./filled-form";

const S = "表";
const PROMPT = "单位：%\n目标：95\r\n范围：0–100\t(整数)";
const ERROR = "请输入 0 到 100\n之间的数";
const CELL_TEXT = "第一行\n第二行";

const handmade: WorkbookChange[] = [
  { op: "addSheet", sheet: S },
  { op: "setValues", sheet: S, at: "A1", values: [[CELL_TEXT]] },
  {
    op: "setDataValidation",
    sheet: S,
    range: "B2:B4",
    validation: {
      rule: { kind: "decimal", operator: "between", min: 0, max: 100 },
      allowBlank: true,
      prompt: { title: "完成率", message: PROMPT },
      error: { title: "超出范围", message: ERROR, style: "stop" },
    },
  },
  // a list whose formula holds no line break, and a validation without any
  {
    op: "setDataValidation",
    sheet: S,
    range: "C2",
    validation: { rule: { kind: "list", items: ["是", "否"] }, allowBlank: true, prompt: { title: "是否", message: "一行" } },
  },
];

/** The unit form the template code makes, and the multi-line prompts it asks for. */
function unitForm(): { changes: WorkbookChange[]; multiLine: string[] } {
  const changes = unitFormChanges(SET, { unitId: SET.units[0]!.id });
  const multiLine = changes
    .filter((c): c is Extract<WorkbookChange, { op: "setDataValidation" }> => c.op === "setDataValidation")
    .map((c) => (c.validation as DataValidation).prompt?.message ?? "")
    .filter((m) => m.includes("\n"));
  return { changes, multiLine: [...new Set(multiLine)] };
}

async function write(changes: WorkbookChange[]): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  return wb.toBuffer();
}

/** Every sheet part's XML, read with the checksums checked. */
async function sheets(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const out = new Map<string, string>();
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) out.set(name, await zip.file(name)!.async("string"));
  return out;
}

/** Attribute values with a raw tab, LF or CR, over all start tags of the XML. */
function rawBreaksInAttributes(xml: string): string[] {
  const found: string[] = [];
  for (const tag of xml.match(/<[^>]*>/g) ?? []) for (const m of tag.matchAll(/="([^"]*)"|='([^']*)'/g)) if (/[\t\n\r]/.test(m[1] ?? m[2]!)) found.push(tag);
  return found;
}

/** What a conforming parser (saxes) reads from each <dataValidation>: attribute values after
 *  XML's normalisation. */
function parsedValidations(xml: string): Record<string, string>[] {
  const parser = new SaxesParser();
  const out: Record<string, string>[] = [];
  parser.on("opentag", (node) => {
    if (node.name === "dataValidation") out.push(node.attributes as Record<string, string>);
  });
  parser.write(xml).close();
  return out;
}

const paths: [string, () => void][] = [
  ["Node (zlib deflate)", () => useDeflateRaw(nodeDeflateRaw, nodeCrc32)],
  ["the task pane (JSZip deflate, JavaScript CRC-32)", () => useDeflateRaw(undefined)],
];

describe.each(paths)("written through %s", (_label, use) => {
  beforeAll(use);
  afterAll(() => useDeflateRaw(nodeDeflateRaw, nodeCrc32));

  it("writes a validation's line breaks as character references, nowhere raw inside an attribute", async () => {
    const xml = (await sheets(await write(handmade))).get("xl/worksheets/sheet1.xml")!;
    const tag = xml.match(/<dataValidation [^>]*sqref="B2:B4"[^>]*>/)![0];
    expect(tag).toContain('prompt="单位：%&#10;目标：95&#13;&#10;范围：0–100&#9;(整数)"');
    expect(tag).toContain('error="请输入 0 到 100&#10;之间的数"');
    expect(rawBreaksInAttributes(xml)).toEqual([]);
    // saxes normalises attribute values as XML says: the references come back as line breaks
    const parsed = parsedValidations(xml);
    expect(parsed.find((v) => v.sqref === "B2:B4")).toMatchObject({ prompt: PROMPT, error: ERROR, promptTitle: "完成率" });
    expect(parsed.find((v) => v.sqref === "C2")).toMatchObject({ prompt: "一行" });
  });

  it("keeps the unit form's multi-line prompts whole for a conforming reader", async () => {
    const { changes, multiLine } = unitForm();
    expect(multiLine.length).toBeGreaterThan(0);
    const parsed: string[] = [];
    for (const xml of (await sheets(await write(changes))).values()) {
      expect(rawBreaksInAttributes(xml)).toEqual([]);
      parsed.push(...parsedValidations(xml).map((v) => v.prompt ?? ""));
    }
    for (const message of multiLine) expect(parsed).toContain(message);
  });

  it("leaves cell text alone: a line break in element content is kept raw", async () => {
    const zip = await JSZip.loadAsync(await write(handmade), { checkCRC32: true });
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    expect(strings).toContain(CELL_TEXT);
    expect(strings).not.toContain("&#10;");
  });

  it("reads back the same texts through exceljs and through XlsxWorkbook", async () => {
    const bytes = await write(handmade);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet(S)!;
    expect(ws.getCell("B3").dataValidation).toMatchObject({ prompt: PROMPT, error: ERROR, promptTitle: "完成率", errorTitle: "超出范围" });
    const [snap] = await (await XlsxWorkbook.fromBuffer(bytes)).read([{ sheet: S, range: "A1" }]);
    expect(snap!.values).toEqual([[CELL_TEXT]]);
  });
});

describe("written without any line break in a validation text", () => {
  it("goes through the same path, the sheet unchanged", async () => {
    expect(deflateRawInUse()).toBe(nodeDeflateRaw);
    const plain = handmade.slice(0, 2).concat(handmade[3]!);
    const xml = (await sheets(await write(plain))).get("xl/worksheets/sheet1.xml")!;
    expect(xml).toContain('prompt="一行"');
    expect(xml).not.toContain("&#");
  });
});

describe("escapeValidationBreaks", () => {
  const bytes = (s: string) => new TextEncoder().encode(s);
  const text = (b: Uint8Array) => new TextDecoder().decode(b);
  const sheet = (validations: string) =>
    `<worksheet><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a\nb</t></is></c></row></sheetData>${validations}<pageMargins left="0.7"/></worksheet>`;

  it("rewrites only inside attribute values of <dataValidation> start tags", () => {
    const input = sheet(
      `<dataValidations count="2"><dataValidation\ntype="list"\tprompt='x\ny' error="a\r\nb" sqref="A1"><formula1>"a\nb"</formula1></dataValidation>` +
        `<dataValidation type="whole" promptTitle="t\tu" sqref="A2"/></dataValidations>`,
    );
    expect(text(escapeValidationBreaks(bytes(input)))).toBe(
      sheet(
        `<dataValidations count="2"><dataValidation\ntype="list"\tprompt='x&#10;y' error="a&#13;&#10;b" sqref="A1"><formula1>"a\nb"</formula1></dataValidation>` +
          `<dataValidation type="whole" promptTitle="t&#9;u" sqref="A2"/></dataValidations>`,
      ),
    );
  });

  it("hands back the very bytes when there is nothing to change", () => {
    for (const input of [sheet(""), sheet(`<dataValidations count="1"><dataValidation prompt="x" sqref="A1"/></dataValidations>`), "", "<dataValidations>"]) {
      const b = bytes(input);
      expect(escapeValidationBreaks(b)).toBe(b);
    }
  });

  it("keeps other elements' attributes and UTF-8 text as they are", () => {
    const input = `<worksheet><x a="1\n2"/><dataValidations count="1"><dataValidationX p="a\nb"/><dataValidation prompt="中文\n𠀀" sqref="A1"/></dataValidations><y b="3\n4"/></worksheet>`;
    expect(text(escapeValidationBreaks(bytes(input)))).toBe(input.replace('prompt="中文\n𠀀"', 'prompt="中文&#10;𠀀"'));
  });
});

/** `python3 -c` with the file's path as argv[1]; its stdout as JSON. */
function python(path: string, script: string, executable: string): unknown {
  return JSON.parse(execFileSync(executable, ["-c", script, path], { encoding: "utf8" }));
}

const openpyxl = findOpenpyxl();

describe("outside readers", () => {
  let dir: string;
  let file: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), "it-validation-breaks-"));
    file = join(dir, "form.xlsx");
    writeFileSync(file, await write(handmade));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("Python's xml.etree (expat) reads the prompt with its line breaks", () => {
    const script = [
      "import sys, json, zipfile, xml.etree.ElementTree as ET",
      "ns = '{http://schemas.openxmlformats.org/spreadsheetml/2006/main}'",
      "root = ET.fromstring(zipfile.ZipFile(sys.argv[1]).read('xl/worksheets/sheet1.xml'))",
      "print(json.dumps({dv.get('sqref'): [dv.get('prompt'), dv.get('error')] for dv in root.iter(ns + 'dataValidation')}))",
    ].join("\n");
    // the system python: any python3 has xml.etree
    expect(python(file, script, openpyxl.path || "python3")).toMatchObject({ "B2:B4": [PROMPT, ERROR] });
  });

  (openpyxl.available ? it : it.skip)("openpyxl reads dataValidation.prompt with its line breaks", () => {
    const script = [
      "import sys, json, openpyxl",
      "ws = openpyxl.load_workbook(sys.argv[1]).worksheets[0]",
      "print(json.dumps({str(dv.sqref): [dv.prompt, dv.error, dv.promptTitle] for dv in ws.data_validations.dataValidation}))",
    ].join("\n");
    expect(python(file, script, openpyxl.path)).toMatchObject({ "B2:B4": [PROMPT, ERROR, "完成率"] });
  });
});

const soffice = findProgram("LibreOffice", ["soffice", "libreoffice"]);

describeWith(soffice)("LibreOffice", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "it-lo-breaks-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // LibreOffice saves again what it read: a prompt it read as one line comes back with spaces
  test("reads the prompt with its line breaks and saves them again", async () => {
    const file = join(dir, "form.xlsx");
    writeFileSync(file, await write(handmade));
    // a fresh profile: LibreOffice refuses to start twice on one, and a user's settings must not count
    await promisify(execFile)(
      soffice.path,
      [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", join(dir, "out"), file],
      { timeout: 120_000 },
    );
    const xml = [...(await sheets(readFileSync(join(dir, "out", "form.xlsx")))).values()].join("");
    expect(parsedValidations(xml).find((v) => v.sqref === "B2:B4")).toMatchObject({ prompt: PROMPT, error: ERROR });
  }, 150_000);
});
