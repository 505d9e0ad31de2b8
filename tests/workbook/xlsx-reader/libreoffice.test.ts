// Files written by LibreOffice: a filled form and a workbook with every kind of cell, saved again
// by LibreOffice, read the same through the fast reader as through XlsxWorkbook. Skips loudly
// without soffice; fails under CI=true.
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { readEntries } from "../../../src/core/template";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { openReturnedFile } from "../../../src/workbook/xlsx-reader/from-file";
import { describeWith, findProgram } from "../../support/real-programs";
import { filledWorkbook } from "../xlsx/filled-form";
import { expectSameRead } from "./both-readers";

const soffice = findProgram("LibreOffice", ["soffice", "libreoffice"]);

describeWith(soffice)("workbooks LibreOffice saved, read by the fast reader", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-reader-lo-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  /** `file` saved again by LibreOffice as .xlsx; the new file's bytes. */
  async function resaved(file: string): Promise<string> {
    const out = join(dir, "resaved");
    await promisify(execFile)(
      soffice.path,
      [`-env:UserInstallation=file://${join(dir, "profile")}`, "--headless", "--norestore", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, file],
      { timeout: 120_000 },
    );
    return join(out, file.split("/").pop()!);
  }

  test("a filled form: same entries, names, metadata and cells as XlsxWorkbook, and as before saving", async () => {
    const wb = await filledWorkbook();
    const file = join(dir, "填报表.xlsx");
    await wb.saveAs(file);
    const lo = await resaved(file);
    await expectSameRead(new Uint8Array(await readFile(lo)));
    const entries = async (w: Parameters<typeof readEntries>[0]) => (await readEntries(w)).entries.map((e) => [e.sheet, e.cell, e.raw, e.numberFormat, e.formula]);
    const fast = await entries(await openReturnedFile(lo));
    expect(fast).toEqual(await entries(await XlsxWorkbook.fromFile(lo)));
    expect(fast).toEqual(await entries(await XlsxWorkbook.fromFile(file)));
    expect(fast.filter((e) => e[2] !== null).length).toBeGreaterThan(5);
  }, 150_000);

  test("every kind of cell: numbers, text, booleans, formulas, formats, dates, merges, names", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "数据" },
      { op: "setValues", sheet: "数据", at: "A1", values: [[42, "学校名称 第一中学", "=1+1", null, 0.256, "007", "_x0041_", -5.125]] },
      { op: "setValues", sheet: "数据", at: "A2", values: [[45536.5, "中文，带逗号", true, false, 1e-9, "line\nbreak", null, 1234567.891]] },
      { op: "setFormulas", sheet: "数据", at: "D1", formulas: [["=A1*2"]] },
      { op: "setFormulas", sheet: "数据", at: "A3", formulas: [["=SUM(A1:A2)", "=A1/0", '=IF(A1>1,"大","小")', "=C2"]] },
      { op: "setNumberFormat", sheet: "数据", range: "E1", format: "0.0%" },
      { op: "setNumberFormat", sheet: "数据", range: "A2", format: "yyyy-mm-dd hh:mm" },
      { op: "setNumberFormat", sheet: "数据", range: "H2", format: "#,##0.00" },
      { op: "mergeCells", sheet: "数据", range: "A5:C6" },
      { op: "setValues", sheet: "数据", at: "A5", values: [["合并"]] },
      { op: "defineName", name: "合计", sheet: "数据", range: "A3" },
      { op: "defineName", name: "Block", sheet: "数据", range: "B1:C2" },
      { op: "setMetadata", entries: { setId: "s1", 版本: "2" } },
      { op: "addSheet", sheet: "Second", visibility: "hidden" },
    ]);
    const file = join(dir, "cells.xlsx");
    await wb.saveAs(file);
    const read = await expectSameRead(new Uint8Array(await readFile(await resaved(file))), [{ sheet: "数据", range: "A1:H6" }]);
    expect(read.ranges[0]!.values[0]!.slice(0, 3)).toEqual([42, "学校名称 第一中学", "=1+1"]);
    expect(read.metadata).toEqual({ setId: "s1", 版本: "2" });
  }, 150_000);
});
