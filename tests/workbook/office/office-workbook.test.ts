import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import {
  capabilities,
  DEFAULT_PAYLOAD_BUDGET,
  META_SHEET,
  OfficeWorkbook,
  UnsupportedFeatureError,
  widthToPoints,
} from "../../../src/workbook/office";
import { FakeExcel } from "./fake-excel";
import { indicatorRows, indicatorTable, installOffice, removeOffice, TABLE } from "./helpers";

function setup(options: { budget?: number; payloadLimit?: number; sheets?: string[] } = {}) {
  const fake = new FakeExcel({
    ...(options.payloadLimit !== undefined ? { payloadLimit: options.payloadLimit } : {}),
    ...(options.sheets ? { sheets: options.sheets } : {}),
  });
  const wb = new OfficeWorkbook(fake.run, options.budget !== undefined ? { payloadBudget: options.budget } : {});
  return { fake, wb };
}

/** syncs made by one call */
async function syncsOf(fake: FakeExcel, call: () => Promise<unknown>): Promise<number> {
  const before = fake.syncs;
  await call();
  return fake.syncs - before;
}

beforeEach(() => installOffice("1.9"));
afterEach(() => removeOffice());

describe("round trips do not grow with size", () => {
  it.each([10, 1000])("writes and reads a %i-row indicator table in constant syncs", async (n) => {
    const { fake, wb } = setup();
    const write = await syncsOf(fake, () => wb.apply(indicatorTable(n)));
    // 1 probe (sheets, names) + 1 request with every write.
    expect(write).toBe(2);

    // Second time the metadata exists and is merged: + 2 to read it (its size, then its values).
    const rewrite = await syncsOf(fake, () => wb.apply(indicatorTable(n).slice(1)));
    expect(rewrite).toBe(4);

    // a used range is sized first (1 sync), then everything comes back in one response
    const read = await syncsOf(fake, () => wb.read([{ sheet: TABLE }, { sheet: TABLE, range: `A2:E${n + 1}` }]));
    expect(read).toBe(2);
    expect(await syncsOf(fake, () => wb.read([{ sheet: TABLE, range: `A2:E${n + 1}` }]))).toBe(1);
    expect(await syncsOf(fake, () => wb.sheets())).toBe(1);
    expect(await syncsOf(fake, () => wb.names())).toBe(1);
    expect(await syncsOf(fake, () => wb.metadata())).toBe(3);

    const [used, rows] = await wb.read([{ sheet: TABLE }, { sheet: TABLE, range: `A2:E${n + 1}` }]);
    expect(used!.range).toBe(`A1:E${n + 1}`);
    expect(rows!.values).toEqual(indicatorRows(n));
    expect((await wb.names()).length).toBe(n);
    expect(await wb.metadata()).toEqual({ setId: "demo", version: "1", rows: String(n) });
  });

  it("reports the same request count for 10 and 1,000 rows", async () => {
    const counts = [];
    for (const n of [10, 1000]) {
      const { wb } = setup();
      counts.push((await wb.applyWithReport(indicatorTable(n))).requests);
    }
    expect(counts).toEqual([2, 2]);
  });
});

describe("payload budget", () => {
  it("exports a default budget under Excel on the web's 5 MB limit", () => {
    expect(DEFAULT_PAYLOAD_BUDGET).toBeLessThan(5 * 1024 * 1024);
    expect(DEFAULT_PAYLOAD_BUDGET).toBeGreaterThanOrEqual(3 * 1024 * 1024);
  });

  it("splits into more requests under a tiny budget, each within it, data in order", async () => {
    const budget = 4096;
    // The fake refuses any request over the budget, so an estimate that is too low fails here.
    const { fake, wb } = setup({ budget, payloadLimit: budget });
    const n = 300;
    const report = await wb.applyWithReport(indicatorTable(n));
    expect(report.requests).toBeGreaterThan(10);
    expect(fake.syncs).toBe(report.requests);
    expect(Math.max(...fake.requests.map((r) => r.bytes))).toBeLessThanOrEqual(budget);
    // one huge setValues went as several row blocks
    expect(fake.commands.filter((c) => c === "set values").length).toBeGreaterThan(3);

    const [snap] = await wb.read([{ sheet: TABLE, range: `A2:E${n + 1}` }]);
    expect(snap!.values).toEqual(indicatorRows(n));
    expect((await wb.names()).map((x) => x.name)).toEqual(Array.from({ length: n }, (_, i) => `IT_${String(i + 1).padStart(4, "0")}`));
  });

  it("keeps a 6 MB write under the 5 MB request limit with the default budget", async () => {
    const { fake, wb } = setup(); // fake refuses requests over 5 MB, like Excel on the web
    const row = (i: number) => Array.from({ length: 10 }, (_, c) => `第${i}行第${c}列说明文字，用于测试很长的请求`);
    const values = Array.from({ length: 9000 }, (_, i) => row(i));
    const report = await wb.applyWithReport([{ op: "setValues", sheet: "Sheet1", at: "A1", values }]);
    const writes = fake.requests.slice(1);
    expect(writes.reduce((s, r) => s + r.bytes, 0)).toBeGreaterThan(5 * 1024 * 1024);
    expect(report.requests).toBe(1 + writes.length);
    expect(writes.length).toBeGreaterThanOrEqual(2);
    expect(writes.length).toBeLessThanOrEqual(4);
    for (const w of writes) expect(w.bytes).toBeLessThanOrEqual(DEFAULT_PAYLOAD_BUDGET);
    const sheet = fake.sheet("Sheet1");
    expect(sheet.peek("A1")!.value).toBe(row(0)[0]);
    expect(sheet.peek("J9000")!.value).toBe(row(8999)[9]);
  });

  it("a request over the limit is what the fake refuses (the hazard is real)", async () => {
    const fake = new FakeExcel({ payloadLimit: 1000 });
    await expect(
      fake.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:A100").values = Array.from({ length: 100 }, () => ["0123456789abcdef"]);
        await context.sync();
      }),
    ).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });
});

describe("strings are text, never formulas or numbers", () => {
  const risky = ["=1+2", "+5", "-x", "@a", "001", "1/2", "1e3", "TRUE", "#N/A", "'abc", "3月5日", "12:30", "50%"];

  it("the fake converts them when written naively, as Excel does", async () => {
    const fake = new FakeExcel();
    await fake.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange(`A1:A${risky.length}`).values = risky.map((s) => [s]);
      await context.sync();
    });
    const sheet = fake.sheet("Sheet1");
    expect(sheet.peek("A1")!.formula).toBe("=1+2");
    expect(sheet.peek("A5")!.value).toBe(1);
    expect(sheet.peek("A8")!.value).toBe(true);
  });

  it("OfficeWorkbook formats them @ before writing, so they read back unchanged", async () => {
    const { fake, wb } = setup();
    const values = [...risky.map((s) => [s, 7]), ["普通文字", "plain"]];
    await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "B2", values }]);
    const [snap] = await wb.read([{ sheet: "Sheet1", range: `B2:C${values.length + 1}` }]);
    expect(snap!.values).toEqual(values);
    expect(snap!.formulas.flat().every((f) => f === null)).toBe(true);
    expect(snap!.numberFormats.map((r) => r[0])).toEqual([...risky.map(() => "@"), "General"]);
    expect(snap!.numberFormats.map((r) => r[1])).toEqual(values.map(() => "General"));
    // formats travel before values: one @ range per vertical run of risky cells, then the values
    const cmds = fake.commands;
    expect(cmds.indexOf("set numberFormat")).toBeLessThan(cmds.indexOf("set values"));
    expect(cmds.filter((c) => c === "set numberFormat").length).toBe(1);
  });

  it("setFormulas is the formula path", async () => {
    const { wb } = setup();
    await wb.apply([
      { op: "setValues", sheet: "Sheet1", at: "A1", values: [[1], [2], [0]] },
      { op: "setFormulas", sheet: "Sheet1", at: "B1", formulas: [["=SUM(A1:A3)"], ["=A1/A3"]] },
    ]);
    const [snap] = await wb.read([{ sheet: "Sheet1", range: "B1:B2" }]);
    expect(snap!.values).toEqual([[3], [{ error: "#DIV/0!" }]]);
    expect(snap!.formulas).toEqual([["=SUM(A1:A3)"], ["=A1/A3"]]);
  });
});

describe("requirement sets", () => {
  const withValidation: WorkbookChange[] = [
    { op: "setValues", sheet: "Sheet1", at: "A1", values: [["x"]] },
    {
      op: "setDataValidation",
      sheet: "Sheet1",
      range: "A2:A9",
      validation: { rule: { kind: "whole", operator: "greaterThanOrEqual", value: 0 }, allowBlank: true },
    },
    { op: "freezePanes", sheet: "Sheet1", rows: 1, columns: 0 },
  ];

  it("capabilities() asks Office.context.requirements", () => {
    const { asked } = installOffice("1.7");
    const caps = capabilities();
    expect(caps.has("freezePanes")).toBe(true);
    expect(caps.has("dataValidation")).toBe(false);
    expect(caps.supports("1.9")).toBe(false);
    expect(asked).toEqual(["ExcelApi 1.7", "ExcelApi 1.8", "ExcelApi 1.9"]);
  });

  it("throws UnsupportedFeatureError before any write when ExcelApi 1.8 is missing", async () => {
    installOffice("1.7"); // Office 2019 volume-licensed
    const { fake, wb } = setup();
    const error = await wb.apply(withValidation).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnsupportedFeatureError);
    const e = error as UnsupportedFeatureError;
    expect(e.feature).toBe("dataValidation");
    expect(e.requirementSet).toBe("ExcelApi 1.8");
    expect(e.changeIndex).toBe(1);
    expect(e.messages["zh-CN"]).toMatch(/数据验证.*ExcelApi 1\.8.*Office 2019 批量许可版/);
    expect(e.messages["en-US"]).toMatch(/data validation.*ExcelApi 1\.8.*Office 2019 volume-licensed stops at ExcelApi 1\.7/);
    expect(Object.keys(e.messages)).toEqual(["zh-CN", "en-US"]);
    expect(e.message.indexOf("数据验证")).toBeLessThan(e.message.indexOf("data validation"));
    expect(fake.syncs).toBe(0); // not even the probe
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
  });

  it("degrade mode skips what the host cannot do and reports it", async () => {
    installOffice("1.7");
    const { fake, wb } = setup();
    const report = await wb.applyWithReport(withValidation, { degrade: true });
    expect(report.skipped).toEqual([
      expect.objectContaining({ index: 1, op: "setDataValidation", feature: "dataValidation", requirementSet: "ExcelApi 1.8" }),
    ]);
    const sheet = fake.sheet("Sheet1");
    expect(sheet.peek("A1")!.value).toBe("x");
    expect(sheet.freeze).toEqual({ rows: 1, columns: 0 });
    expect(sheet.validations).toEqual([]);
  });

  it("password protection needs 1.7, plain protection 1.2", async () => {
    installOffice("1.6");
    const { wb } = setup();
    await expect(wb.apply([{ op: "protectSheet", sheet: "Sheet1", options: { password: "x" } }])).rejects.toMatchObject({
      feature: "protectionPassword",
      requirementSet: "ExcelApi 1.7",
    });
    await expect(wb.apply([{ op: "protectSheet", sheet: "Sheet1" }])).resolves.toBeUndefined();
  });

  it("without the requirements API (not inside Office) everything counts as supported", () => {
    removeOffice();
    expect(capabilities().has("pageLayout")).toBe(true);
  });
});

describe("every change maps onto Office.js", () => {
  it("writes formats, layout, protection, names and metadata", async () => {
    const { fake, wb } = setup();
    await wb.apply([
      { op: "addSheet", sheet: "表 1" },
      { op: "setValues", sheet: "表 1", at: "A1", values: [["标题", null, null], ["a", 1, true]] },
      { op: "mergeCells", sheet: "表 1", range: "A1:C1" },
      {
        op: "setStyle",
        sheet: "表 1",
        range: "A1:C2",
        style: { bold: true, italic: false, fontSize: 14, fontColor: "#FF0000", fill: "#FFFF00", wrap: true, horizontal: "center", vertical: "middle", border: true },
      },
      { op: "setColumnWidth", sheet: "表 1", column: "b", width: 12 },
      {
        op: "setDataValidation",
        sheet: "表 1",
        range: "B2:B9",
        validation: { rule: { kind: "list", items: ["是", "否"] }, allowBlank: false, error: { title: "错", message: "只能选是或否", style: "warning" } },
      },
      {
        op: "setDataValidation",
        sheet: "表 1",
        range: "C2:C9",
        validation: { rule: { kind: "textLength", operator: "lessThanOrEqual", value: 20 }, allowBlank: true },
      },
      { op: "addConditionalFormat", sheet: "表 1", range: "B2:B9", format: { when: { operator: "between", min: 0, max: 10 }, style: { fill: "#00FF00" } } },
      { op: "addConditionalFormat", sheet: "表 1", range: "B2:B9", format: { when: { operator: "lessThan", value: 0 }, style: { fontColor: "#FF0000" } } },
      { op: "setLocked", sheet: "表 1", range: "B2:B9", locked: false },
      { op: "protectSheet", sheet: "表 1", options: { password: "pw", allowResizeColumns: true, allowSort: false } },
      { op: "freezePanes", sheet: "表 1", rows: 2, columns: 1 },
      { op: "setPageSetup", sheet: "表 1", setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "1:2" } },
      { op: "defineName", name: "合计", sheet: "表 1", range: "B2:B9", comment: "总数" },
      { op: "setMetadata", entries: { setId: "s-1", hash: "=danger" } },
    ]);
    const s = fake.sheet("表 1");
    expect(s.merges).toEqual(["A1:C1"]);
    expect(s.peek("B1")!.style).toMatchObject({
      "font.bold": true,
      "font.italic": false,
      "font.size": 14,
      "font.color": "#FF0000",
      "fill.color": "#FFFF00",
      wrapText: true,
      horizontalAlignment: "Center",
      verticalAlignment: "Center",
      "border.EdgeTop.style": "Continuous",
      "border.InsideVertical.weight": "Thin",
      "border.InsideHorizontal.style": "Continuous",
    });
    expect(s.columnWidths.get("B")).toBe(widthToPoints(12));
    expect(widthToPoints(12)).toBe(63);
    expect(s.validations).toEqual([
      {
        range: "B2:B9",
        rule: { list: { inCellDropDown: true, source: "是,否" } },
        ignoreBlanks: false,
        errorAlert: { showAlert: true, style: "Warning", title: "错", message: "只能选是或否" },
      },
      { range: "C2:C9", rule: { textLength: { operator: "LessThanOrEqualTo", formula1: 20 } }, ignoreBlanks: true },
    ]);
    expect(s.conditionalFormats).toEqual([
      { range: "B2:B9", type: "CellValue", fill: "#00FF00", rule: { operator: "Between", formula1: "=0", formula2: "=10" } },
      { range: "B2:B9", type: "CellValue", fontColor: "#FF0000", rule: { operator: "LessThan", formula1: "=0" } },
    ]);
    expect(s.peek("B5")!.locked).toBe(false);
    expect(s.peek("A2")!.locked).toBe(true);
    expect(s.protection).toEqual({ protected: true, password: "pw", options: { allowFormatColumns: true, allowSort: false } });
    expect(s.freeze).toEqual({ rows: 2, columns: 1 });
    expect(s.pageLayout).toEqual({ orientation: "Landscape", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 }, printTitleRows: "$1:$2" });

    expect(await wb.names()).toEqual([{ name: "合计", refersTo: "'表 1'!$B$2:$B$9" }]);
    expect(fake.names.get("合计")!.comment).toBe("总数");
    expect(await wb.metadata()).toEqual({ setId: "s-1", hash: "=danger" });
    expect(fake.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(fake.sheet(META_SHEET).peek("A1")!.numberFormat).toBe("@");
    expect(await wb.sheets()).toEqual([
      { name: "Sheet1", visibility: "visible" },
      { name: "表 1", visibility: "visible" },
      { name: META_SHEET, visibility: "veryHidden" },
    ]);
  });

  it("re-applies over a protected sheet: unprotects first, replaces names, merges metadata", async () => {
    const { fake, wb } = setup();
    const changes = (v: number): WorkbookChange[] => [
      ...(v === 1 ? [{ op: "addSheet", sheet: "T" } as const] : []),
      { op: "setValues", sheet: "T", at: "A1", values: [[v]] },
      { op: "protectSheet", sheet: "T", options: { password: "pw" } },
      { op: "defineName", name: "Total", sheet: "T", range: v === 1 ? "A1" : "A2" },
      { op: "setMetadata", entries: v === 1 ? { a: "1", b: "1" } : { b: "2", c: "2" } },
    ];
    await wb.apply(changes(1));
    await wb.apply(changes(2));
    const t = fake.sheet("T");
    expect(t.peek("A1")!.value).toBe(2);
    expect(t.protection.protected).toBe(true);
    expect(await wb.names()).toEqual([{ name: "Total", refersTo: "T!$A$2" }]);
    expect(await wb.metadata()).toEqual({ a: "1", b: "2", c: "2" });
  });

  it("keeps metadata in the xlsx backend's layout: header row, text, protected, updated in place", async () => {
    const { fake, wb } = setup();
    await wb.apply([{ op: "setMetadata", entries: { setId: "s1", version: "001", note: "" } }]);
    const meta = fake.sheet(META_SHEET);
    const row = (n: number) => [meta.peek(`A${n}`)?.value ?? null, meta.peek(`B${n}`)?.value ?? null];
    expect([row(1), row(2), row(3), row(4)]).toEqual([["key", "value"], ["setId", "s1"], ["version", "001"], ["note", null]]);
    expect(meta.peek("B3")!.numberFormat).toBe("@");
    expect(meta.visibility).toBe("VeryHidden");
    expect(meta.protection).toEqual({ protected: true, options: undefined });

    // A later change: existing keys keep their rows, new keys are appended; still protected.
    const syncs = await syncsOf(fake, () => wb.apply([{ op: "setMetadata", entries: { hash: "ab", setId: "s2" } }]));
    expect(syncs).toBe(4); // probe, size and values of the metadata, writes
    expect([row(2), row(5)]).toEqual([["setId", "s2"], ["hash", "ab"]]);
    expect(meta.protection.protected).toBe(true);
    expect(await wb.metadata()).toEqual({ setId: "s2", version: "001", note: "", hash: "ab" });
    await expect(wb.apply([{ op: "setMetadata", entries: { "": "x" } }])).rejects.toThrow(/key "" must have 1 to 255/);
  });

  it("adding an existing sheet or deleting a missing one is an error; delete then re-add works", async () => {
    const { fake, wb } = setup({ sheets: ["Sheet1", "Old"] });
    await expect(wb.apply([{ op: "addSheet", sheet: "sheet1" }])).rejects.toThrow(/change #0 \(addSheet\): sheet "Sheet1" already exists/);
    await expect(wb.apply([{ op: "deleteSheet", sheet: "Nope" }])).rejects.toThrow(/sheet "Nope" does not exist/);
    await expect(wb.apply([{ op: "addSheet", sheet: "a/b" }])).rejects.toThrow(/not a valid sheet name/);
    await expect(wb.apply([{ op: "nope" } as unknown as WorkbookChange])).rejects.toThrow(/unknown op "nope"/);
    await wb.apply([
      { op: "setValues", sheet: "Old", at: "A1", values: [["stale"]] },
      { op: "deleteSheet", sheet: "Old" },
      { op: "addSheet", sheet: "Old", visibility: "hidden" },
      { op: "setValues", sheet: "Old", at: "A1", values: [["fresh"]] },
    ]);
    expect(fake.sheets.map((s) => s.name)).toEqual(["Sheet1", "Old"]);
    expect(fake.sheet("Old").visibility).toBe("Hidden");
    expect(fake.sheet("Old").peek("A1")!.value).toBe("fresh");
  });

  it("rejects bad input after the probe and before any write", async () => {
    const { fake, wb } = setup();
    await expect(
      wb.apply([
        { op: "setValues", sheet: "Sheet1", at: "A1", values: [["written?"]] },
        { op: "setValues", sheet: "Missing", at: "A1", values: [[1]] },
      ]),
    ).rejects.toThrow(/change #1 \(setValues\): sheet "Missing" does not exist/);
    await expect(wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: [[1, 2], [3]] }])).rejects.toThrow(/every row/);
    await expect(
      wb.apply([{ op: "setDataValidation", sheet: "Sheet1", range: "A1", validation: { rule: { kind: "list", items: ["a,b"] }, allowBlank: true } }]),
    ).rejects.toThrow(/cannot contain ","/);
    await expect(wb.apply([{ op: "setValues", sheet: "Sheet1", at: "A1", values: [[Number.NaN]] }])).rejects.toThrow(/cannot be stored/);
    expect(fake.syncs).toBe(4); // four probes
    expect(fake.sheet("Sheet1").cells.size).toBe(0);
    expect(fake.commands.every((c) => c.startsWith("load"))).toBe(true);
  });

  it("does nothing for an empty change list", async () => {
    const { fake, wb } = setup();
    expect(await wb.applyWithReport([])).toEqual({ skipped: [], requests: 0 });
    expect(fake.syncs).toBe(0);
  });
});

describe("read", () => {
  it("returns errors as { error }, empty cells as null, General formats", async () => {
    const { fake, wb } = setup({ sheets: ["Sheet1", "Empty"] });
    await wb.apply([
      { op: "setValues", sheet: "Sheet1", at: "B2", values: [[10, "文字", null], [0, true, 2.5]] },
      { op: "setFormulas", sheet: "Sheet1", at: "D2", formulas: [["=B2/B3"], ["=B2+C2"]] },
      { op: "setNumberFormat", sheet: "Sheet1", range: "C3", format: "0.0" },
    ]);
    // a text cell that looks like a formula is not reported as one
    await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "E2", values: [["=not a formula"]] }]);
    const [used, empty] = await wb.read([{ sheet: "Sheet1" }, { sheet: "Empty" }]);
    expect(used).toEqual({
      sheet: "Sheet1",
      range: "B2:E3",
      values: [
        [10, "文字", { error: "#DIV/0!" }, "=not a formula"],
        [0, true, { error: "#VALUE!" }, null],
      ],
      numberFormats: [
        ["General", "General", "General", "@"],
        ["General", "0.0", "General", "General"],
      ],
      formulas: [
        [null, null, "=B2/B3", null],
        [null, null, "=B2+C2", null],
      ],
    });
    expect(empty).toEqual({ sheet: "Empty", range: null, values: [], numberFormats: [], formulas: [] });
    expect(fake.commands).toContain("getUsedRangeOrNullObject");
  });

  it("falls back to getUsedRange on hosts before ExcelApi 1.4", async () => {
    installOffice("1.3");
    const { fake, wb } = setup({ sheets: ["Sheet1", "Empty"] });
    await wb.apply([{ op: "setValues", sheet: "Sheet1", at: "C3", values: [[1]] }]);
    const [used, empty] = await wb.read([{ sheet: "Sheet1" }, { sheet: "Empty" }]);
    expect(used!.range).toBe("C3");
    expect(empty!.range).toBeNull();
    expect(fake.commands).not.toContain("getUsedRangeOrNullObject");
  });

  it("reads names through NamedItem.value before ExcelApi 1.7", async () => {
    const { wb } = setup();
    await wb.apply([{ op: "defineName", name: "X", sheet: "Sheet1", range: "B3" }]);
    installOffice("1.6");
    expect(await wb.names()).toEqual([{ name: "X", refersTo: "Sheet1!$B$3" }]);
  });

  it("fails loudly on a missing sheet", async () => {
    const { wb } = setup();
    const error = await wb.read([{ sheet: "Sheet1" }, { sheet: "Nope" }]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toBe('read: sheet "Nope" does not exist');
    expect(String((error as Error).cause)).toMatch(/ItemNotFound/);
    await expect(wb.read([{ sheet: "Sheet1", range: "not an address" }])).rejects.toThrow(RangeError);
  });
});
