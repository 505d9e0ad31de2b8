// An independent reader, openpyxl, finds in the file what the changes asked for: validation,
// names, protection, frozen panes, number formats, print setup and the very hidden metadata.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { parseRange } from "../../../src/core/workbook/a1";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { describeWith, findOpenpyxl } from "../../support/real-programs";

const python = findOpenpyxl();

interface Inspected {
  sheets: {
    title: string;
    state: string;
    freeze: string | null;
    protection: Record<string, string | boolean | null>;
    validations: Record<string, string | boolean | null>[];
    conditionalFormats: { range: string; type: string; operator: string; formula: string[]; priority: number }[];
    merged: string[];
    columnWidths: Record<string, number>;
    page: Record<string, string | number | boolean | null>;
    cells: { ref: string; type: string; value: string | number | boolean | null; format: string; locked: boolean }[];
  }[];
  names: { name: string; refersTo: string; localSheetId: number | null }[];
  fullCalcOnLoad: boolean;
  activeTab: string | null;
}

const S = "填报表";

describeWith(python)("openpyxl reads what XlsxWorkbook writes", () => {
  let dir: string;
  let out: Inspected;
  const sheet = (title: string) => {
    const s = out.sheets.find((x) => x.title === title);
    if (!s) throw new Error(`openpyxl found no sheet ${title}`);
    return s;
  };
  const cell = (ref: string) => sheet(S).cells.find((c) => c.ref === ref);

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-openpyxl-"));
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "setMetadata", entries: { setId: "set-1", version: "2" } }, // before any visible sheet
      { op: "addSheet", sheet: S },
      { op: "setValues", sheet: S, at: "A1", values: [["学校", "在校生数", "完成率", "是否达标"], ["第一中学", 1200, 0.95, "是"], ["=1+1", 800, 0.5, "否"]] },
      { op: "setFormulas", sheet: S, at: "B4", formulas: [["=SUM(B2:B3)"]] },
      { op: "setNumberFormat", sheet: S, range: "C2:C3", format: "0.0%" },
      { op: "setNumberFormat", sheet: S, range: "B2:B4", format: "#,##0" },
      { op: "setDataValidation", sheet: S, range: "B2:B12", validation: { rule: { kind: "whole", operator: "between", min: 0, max: 5000 }, allowBlank: true, prompt: { title: "在校生数", message: "0 到 5000 的整数" }, error: { title: "超出范围", message: "请输入 0-5000", style: "stop" } } },
      { op: "setDataValidation", sheet: S, range: "B10:B12", validation: { rule: { kind: "decimal", operator: "greaterThanOrEqual", value: 0 }, allowBlank: false } },
      { op: "setDataValidation", sheet: S, range: "D2:D12", validation: { rule: { kind: "list", items: ["是", "否"] }, allowBlank: true, error: { title: "请选择", message: "只能填是或否", style: "information" } } },
      // one rule over B2:B12-like ranges is what exceljs alone writes as overlapping ranges
      { op: "setDataValidation", sheet: S, range: "E2:E12", validation: { rule: { kind: "textLength", operator: "lessThanOrEqual", value: 50 }, allowBlank: true } },
      { op: "addConditionalFormat", sheet: S, range: "C2:C12", format: { when: { operator: "lessThan", value: 0.6 }, style: { fill: "#FFC7CE" } } },
      { op: "addConditionalFormat", sheet: S, range: "C2:C12", format: { when: { operator: "between", min: 0.6, max: 0.8 }, style: { fontColor: "#9C5700" } } },
      { op: "setLocked", sheet: S, range: "B2:D12", locked: false },
      { op: "protectSheet", sheet: S, options: { password: "教育局", allowResizeColumns: true, allowSort: true } },
      { op: "freezePanes", sheet: S, rows: 1, columns: 1 },
      { op: "setPageSetup", sheet: S, setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "1:1" } },
      { op: "setColumnWidth", sheet: S, column: "A", width: 30 },
      { op: "mergeCells", sheet: S, range: "A6:D6" },
      { op: "defineName", name: "在校生合计", sheet: S, range: "B4" },
      { op: "defineName", name: "Table", sheet: S, range: "A1:D3" },
    ]);
    const file = join(dir, "指标表.xlsx");
    await wb.saveAs(file);
    const { stdout } = await promisify(execFile)(python.path, [join(__dirname, "inspect_xlsx.py"), file], { timeout: 60_000 });
    out = JSON.parse(stdout) as Inspected;
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("sheets: the metadata sheet is very hidden and protected; Excel opens on the visible one", () => {
    expect(out.sheets.map((s) => [s.title, s.state])).toEqual([
      ["_it_meta", "veryHidden"],
      [S, "visible"],
    ]);
    expect(out.activeTab).toBe(S);
    const meta = sheet("_it_meta");
    expect(meta.protection.sheet).toBe(true);
    expect(meta.cells.map((c) => [c.ref, c.type, c.value])).toEqual([
      ["A1", "s", "key"],
      ["B1", "s", "value"],
      ["A2", "s", "setId"],
      ["B2", "s", "set-1"],
      ["A3", "s", "version"],
      ["B3", "s", "2"],
    ]);
  });

  test("text stays text, the formula is a formula, number formats and locks are set", () => {
    expect(cell("A3")).toMatchObject({ type: "s", value: "=1+1" });
    expect(cell("B4")).toMatchObject({ type: "f", value: "=SUM(B2:B3)", format: "#,##0" });
    expect(cell("C2")).toMatchObject({ type: "n", value: 0.95, format: "0.0%" });
    expect(cell("B2")).toMatchObject({ type: "n", value: 1200, format: "#,##0", locked: false });
    expect(cell("A2")).toMatchObject({ type: "s", value: "第一中学", format: "General", locked: true });
    expect(out.fullCalcOnLoad).toBe(true);
  });

  test("data validation: types, operators, formulas, prompt and alert", () => {
    const byRef = Object.fromEntries(sheet(S).validations.map((v) => [v.sqref, v]));
    expect(Object.keys(byRef).sort()).toEqual(["B10:B12", "B2:B9", "D2:D12", "E2:E12"]);
    expect(byRef["B2:B9"]).toMatchObject({
      type: "whole",
      formula1: "0",
      formula2: "5000",
      allowBlank: true,
      showInputMessage: true,
      promptTitle: "在校生数",
      prompt: "0 到 5000 的整数",
      showErrorMessage: true,
      errorStyle: "stop",
      errorTitle: "超出范围",
      error: "请输入 0-5000",
    });
    expect(byRef["B2:B9"]!.operator ?? "between").toBe("between"); // "between" is the file's default
    expect(byRef["B10:B12"]).toMatchObject({ type: "decimal", operator: "greaterThanOrEqual", formula1: "0", allowBlank: false, showErrorMessage: true });
    expect(byRef["D2:D12"]).toMatchObject({ type: "list", formula1: '"是,否"', errorStyle: "information", errorTitle: "请选择" });
    expect(byRef["E2:E12"]).toMatchObject({ type: "textLength", operator: "lessThanOrEqual", formula1: "50" });
  });

  test("validation ranges do not overlap", () => {
    const seen = new Set<string>();
    for (const v of sheet(S).validations) {
      for (const part of String(v.sqref).split(" ")) {
        const r = parseRange(part);
        for (let row = r.start.row; row <= r.end.row; row++) {
          for (let col = r.start.column; col <= r.end.column; col++) {
            const key = `${row},${col}`;
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        }
      }
    }
  });

  test("conditional formats", () => {
    const cf = sheet(S).conditionalFormats;
    expect(cf.map(({ range, type, operator, formula }) => ({ range, type, operator, formula }))).toEqual([
      { range: "C2:C12", type: "cellIs", operator: "lessThan", formula: ["0.6"] },
      { range: "C2:C12", type: "cellIs", operator: "between", formula: ["0.6", "0.8"] },
    ]);
    expect(new Set(cf.map((c) => c.priority)).size).toBe(2);
  });

  test("sheet protection with a password and the allowed actions", () => {
    expect(sheet(S).protection).toEqual({
      sheet: true,
      algorithm: "SHA-512",
      hasHash: true,
      // the file stores "is protected": false means the action is allowed
      formatCells: true,
      formatColumns: false,
      formatRows: true,
      sort: false,
      autoFilter: true,
    });
  });

  test("frozen panes, page setup, widths and merges", () => {
    const s = sheet(S);
    expect(s.freeze).toBe("B2");
    expect(s.page).toEqual({ orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitleRows: "$1:$1" });
    expect(s.columnWidths).toEqual({ A: 30 });
    expect(s.merged).toEqual(["A6:D6"]);
  });

  test("defined names are workbook-scoped", () => {
    const names = [...out.names].sort((a, b) => a.name.localeCompare(b.name));
    expect(names).toEqual([
      { name: "Table", refersTo: `'${S}'!$A$1:$D$3`, localSheetId: null },
      { name: "在校生合计", refersTo: `'${S}'!$B$4`, localSheetId: null },
    ]);
  });
});

// The other way round: a workbook openpyxl writes, with what exceljs alone cannot read (a
// table, whose part openpyxl names by an absolute path) or takes minutes over (a drop-down
// on whole columns, a name over a whole column).
describeWith(python)("XlsxWorkbook reads what openpyxl writes", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-openpyxl-in-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("a table, drop-downs on ten whole columns, a whole-column name: values as written", async () => {
    const file = join(dir, "来自其他程序.xlsx");
    const script = [
      "import sys, openpyxl",
      "from openpyxl.worksheet.datavalidation import DataValidation",
      "from openpyxl.worksheet.table import Table",
      "from openpyxl.workbook.defined_name import DefinedName",
      "wb = openpyxl.Workbook(); ws = wb.active; ws.title = 'S'",
      "for row in [['学校', '在校生数'], ['第一中学', 1200], ['第二中学', 800.5]]: ws.append(row)",
      "ws.add_table(Table(displayName='T1', ref='A1:B3'))",
      "dv = DataValidation(type='list', formula1='\"是,否\"', allow_blank=True, prompt='请选择')",
      "for c in 'CDEFGHIJKL': dv.add(f'{c}1:{c}1048576')",
      "ws.add_data_validation(dv)",
      "d = DefinedName('全列', attr_text='S!$A:$A')",
      "wb.defined_names.add(d) if hasattr(wb.defined_names, 'add') else wb.defined_names.append(d)",
      "wb.save(sys.argv[1])",
    ].join("\n");
    await promisify(execFile)(python.path, ["-c", script, file], { timeout: 60_000 });
    const wb = await XlsxWorkbook.fromFile(file);
    expect((await wb.read([{ sheet: "S" }]))[0]).toMatchObject({
      range: "A1:B3",
      values: [
        ["学校", "在校生数"],
        ["第一中学", 1200],
        ["第二中学", 800.5],
      ],
    });
  });
});
