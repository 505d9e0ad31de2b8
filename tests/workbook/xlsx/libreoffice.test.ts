// A real spreadsheet program opens what XlsxWorkbook writes: LibreOffice converts the file to
// CSV, which must show the text "=1+1" literally, the formula's computed value, Chinese text
// intact and the percent format applied; and a form LibreOffice saved again reads the same.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describeWith, findProgram } from "../../support/real-programs";
import { parseCsv } from "../../support/csv";
import { readEntries } from "../../../src/core/template";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { filledWorkbook } from "./filled-form";

const soffice = findProgram("LibreOffice", ["soffice", "libreoffice"]);


describeWith(soffice)("LibreOffice opens the .xlsx we write", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-lo-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("CSV export shows the values as written", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "数据" },
      { op: "setValues", sheet: "数据", at: "A1", values: [[42, "学校名称 第一中学", "=1+1", null, 0.256, "007", "_x0041_", "-5"]] },
      { op: "setValues", sheet: "数据", at: "A2", values: [[1.5, "中文，带逗号", true, null, null, null, null, null]] },
      { op: "setFormulas", sheet: "数据", at: "D1", formulas: [["=A1*2"]] },
      { op: "setFormulas", sheet: "数据", at: "D2", formulas: [["=SUM(A1:A2)"]] },
      { op: "setNumberFormat", sheet: "数据", range: "E1", format: "0.0%" },
      { op: "setMetadata", entries: { setId: "s1" } },
      { op: "addSheet", sheet: "Second" },
    ]);
    const file = join(dir, "指标表.xlsx");
    await wb.saveAs(file);

    // A fresh profile per run: LibreOffice refuses to start twice on one profile, and a
    // user's settings must not change the result.
    const profile = `file://${join(dir, "profile")}`;
    await promisify(execFile)(
      soffice.path,
      [`-env:UserInstallation=${profile}`, "--headless", "--norestore", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", dir, file],
      { timeout: 120_000 },
    );
    const csv = parseCsv(await readFile(join(dir, "指标表.csv"), "utf8")); // first sheet only
    expect(csv).toEqual([
      ["42", "学校名称 第一中学", "=1+1", "84", "25.6%", "007", "_x0041_", "-5"],
      ["1.5", "中文，带逗号", "TRUE", "43.5", "", "", "", ""],
    ]);
  }, 150_000);

  // The other way round: a unit that opens its form in LibreOffice and saves it sends back
  // LibreOffice's .xlsx, which must read exactly as the form it was.
  test("a filled form saved again by LibreOffice reads the same entries", async () => {
    const wb = await filledWorkbook();
    const file = join(dir, "填报表.xlsx");
    await wb.saveAs(file);
    const out = join(dir, "resaved");
    await promisify(execFile)(
      soffice.path,
      [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, file],
      { timeout: 120_000 },
    );
    const entries = async (path: string) => (await readEntries(await XlsxWorkbook.fromFile(path))).entries.map((e) => [e.sheet, e.cell, e.raw, e.numberFormat, e.formula]);
    const before = await entries(file);
    expect(before.filter((e) => e[2] !== null).length).toBeGreaterThan(5);
    expect(await entries(join(out, "填报表.xlsx"))).toEqual(before);
  }, 150_000);
});
