// The behaviour every `Workbook` implementation must share, written once and run against each:
// the .xlsx one (reopen = save to a buffer and load it again) and the Office.js one (reopen =
// the same object). Only what a file and a live Excel really have in common is asserted:
// e.g. a freshly written formula's VALUE is not checked (a file has no calculation engine).
import type { CellValue, SheetInfo, Workbook, WorkbookChange } from "../../src/core/workbook/workbook";

export interface ContractSubject {
  wb: Workbook;
  /** the same workbook as seen after saving and opening it again */
  reopen: () => Promise<Workbook>;
}

const byName = <T extends { name: string }>(xs: T[]): T[] => [...xs].sort((a, b) => a.name.localeCompare(b.name));

/** Both the workbook as changed and the reopened one, so every check runs on each. */
async function bothViews(subject: ContractSubject): Promise<[string, Workbook][]> {
  return [
    ["as written", subject.wb],
    ["reopened", await subject.reopen()],
  ];
}

export function workbookContract(label: string, make: () => Promise<ContractSubject>): void {
  describe(`Workbook contract: ${label}`, () => {
    // A sheet name that no implementation starts with, so tests never collide with "Sheet1".
    const S = "数据Data";

    async function fresh(...changes: WorkbookChange[]): Promise<ContractSubject> {
      const subject = await make();
      await subject.wb.apply([{ op: "addSheet", sheet: S }, ...changes]);
      return subject;
    }

    test("values round-trip: numbers, Chinese text, booleans and empty cells", async () => {
      const values: CellValue[][] = [
        [1, 2.5, -3, 0],
        [1234567890.125, 0.1, -0.000001, 1e15],
        ["学校名称", "第一中学（初中部）", "Zhōng wén", "  leading and trailing spaces  "],
        [true, false, null, "line one\nline two"],
      ];
      const subject = await fresh({ op: "setValues", sheet: S, at: "B2", values });
      for (const [view, wb] of await bothViews(subject)) {
        const [snap] = await wb.read([{ sheet: S, range: "B2:E5" }]);
        expect({ view, values: snap!.values }).toEqual({ view, values });
        expect(snap!.formulas.flat().every((f) => f === null)).toBe(true);
        expect(snap!.range).toBe("B2:E5");
      }
    });

    test("text that looks like a formula or a number stays text, with no formula", async () => {
      const tricky: CellValue[][] = [["=1+1", "+86 10 1234", "-5 (text)", "@home", "=SUM(A1:A3)", "007", "1e3", "TRUE", "2024-09-01"]];
      const subject = await fresh({ op: "setValues", sheet: S, at: "A1", values: tricky });
      for (const [view, wb] of await bothViews(subject)) {
        const [snap] = await wb.read([{ sheet: S, range: "A1:I1" }]);
        expect({ view, values: snap!.values }).toEqual({ view, values: tricky });
        expect({ view, formulas: snap!.formulas }).toEqual({ view, formulas: [tricky[0]!.map(() => null)] });
      }
    });

    test("null and the empty string clear a cell", async () => {
      const subject = await fresh(
        { op: "setValues", sheet: S, at: "A1", values: [[1, "x", true]] },
        { op: "setValues", sheet: S, at: "A1", values: [[null, "", null]] },
      );
      for (const [view, wb] of await bothViews(subject)) {
        const [snap] = await wb.read([{ sheet: S, range: "A1:C1" }]);
        expect({ view, values: snap!.values }).toEqual({ view, values: [[null, null, null]] });
      }
    });

    test("reading the used range, and an empty sheet", async () => {
      const subject = await fresh({ op: "addSheet", sheet: "Empty" }, { op: "setValues", sheet: S, at: "C3", values: [[1, null], [null, "x"]] });
      for (const [view, wb] of await bothViews(subject)) {
        const [used, empty] = await wb.read([{ sheet: S }, { sheet: "Empty" }]);
        expect({ view, range: used!.range, values: used!.values }).toEqual({ view, range: "C3:D4", values: [[1, null], [null, "x"]] });
        expect({ view, empty }).toEqual({ view, empty: { sheet: "Empty", range: null, values: [], numberFormats: [], formulas: [] } });
      }
    });

    test("formulas read back as formula text", async () => {
      const subject = await fresh(
        { op: "setValues", sheet: S, at: "A1", values: [[2], [3]] },
        { op: "setFormulas", sheet: S, at: "A3", formulas: [["=SUM(A1:A2)"]] },
        { op: "setFormulas", sheet: S, at: "B1", formulas: [["=A1*10", "=IF(A2>2,\"大\",\"小\")"]] },
      );
      for (const [view, wb] of await bothViews(subject)) {
        const [snap] = await wb.read([{ sheet: S, range: "A1:C3" }]);
        expect({ view, formulas: snap!.formulas }).toEqual({
          view,
          formulas: [
            [null, "=A1*10", '=IF(A2>2,"大","小")'],
            [null, null, null],
            ["=SUM(A1:A2)", null, null],
          ],
        });
        expect(snap!.values[0]![0]).toBe(2);
      }
    });

    test("number formats, General where none was set", async () => {
      const subject = await fresh(
        { op: "setValues", sheet: S, at: "A1", values: [[0.256, 1234.5, 7, "x"]] },
        { op: "setNumberFormat", sheet: S, range: "A1", format: "0.0%" },
        { op: "setNumberFormat", sheet: S, range: "B1", format: "#,##0.00" },
        { op: "setNumberFormat", sheet: S, range: "D1", format: "@" },
      );
      for (const [view, wb] of await bothViews(subject)) {
        const [snap] = await wb.read([{ sheet: S, range: "A1:D1" }]);
        expect({ view, formats: snap!.numberFormats }).toEqual({ view, formats: [["0.0%", "#,##0.00", "General", "@"]] });
        expect(snap!.values).toEqual([[0.256, 1234.5, 7, "x"]]);
      }
    });

    test("defined names round-trip; defining a name again moves it", async () => {
      const subject = await make();
      await subject.wb.apply([
        { op: "addSheet", sheet: "Data" },
        { op: "defineName", name: "TargetTotal", sheet: "Data", range: "B3" },
        { op: "defineName", name: "Table_1", sheet: "Data", range: "B3:D9", comment: "the whole table" },
        { op: "defineName", name: "Moved", sheet: "Data", range: "A1" },
        { op: "defineName", name: "Moved", sheet: "Data", range: "C5:C6" },
      ]);
      for (const [view, wb] of await bothViews(subject)) {
        const mine = (await wb.names()).filter((n) => ["TargetTotal", "Table_1", "Moved"].includes(n.name));
        expect({ view, names: byName(mine) }).toEqual({
          view,
          names: [
            { name: "Moved", refersTo: "Data!$C$5:$C$6" },
            { name: "Table_1", refersTo: "Data!$B$3:$D$9" },
            { name: "TargetTotal", refersTo: "Data!$B$3" },
          ],
        });
      }
    });

    test("metadata round-trips, merges, and lives in a very hidden sheet", async () => {
      const subject = await fresh();
      const visibleBefore = (await subject.wb.sheets()).filter((s) => s.visibility === "visible");
      expect(await subject.wb.metadata()).toEqual({});
      await subject.wb.apply([{ op: "setMetadata", entries: { setId: "set-2024-01", 版本: "3", formulaish: "=1+1" } }]);
      await subject.wb.apply([{ op: "setMetadata", entries: { setId: "set-2024-02", hash: "sha256:ab12" } }]);
      const expected = { setId: "set-2024-02", 版本: "3", formulaish: "=1+1", hash: "sha256:ab12" };
      for (const [view, wb] of await bothViews(subject)) {
        expect({ view, meta: await wb.metadata() }).toEqual({ view, meta: expected });
        const sheets = await wb.sheets();
        expect({ view, visible: sheets.filter((s) => s.visibility === "visible") }).toEqual({ view, visible: visibleBefore });
        expect({ view, hidden: sheets.filter((s) => s.visibility !== "visible").map((s) => s.visibility) }).toEqual({ view, hidden: ["veryHidden"] });
      }
    });

    test("sheets() keeps order and visibility", async () => {
      const subject = await make();
      const before = await subject.wb.sheets();
      await subject.wb.apply([
        { op: "addSheet", sheet: "一" },
        { op: "addSheet", sheet: "Two", visibility: "hidden" },
        { op: "addSheet", sheet: "Three", visibility: "veryHidden" },
        { op: "addSheet", sheet: "四 four" },
      ]);
      const added: SheetInfo[] = [
        { name: "一", visibility: "visible" },
        { name: "Two", visibility: "hidden" },
        { name: "Three", visibility: "veryHidden" },
        { name: "四 four", visibility: "visible" },
      ];
      for (const [view, wb] of await bothViews(subject)) {
        expect({ view, sheets: await wb.sheets() }).toEqual({ view, sheets: [...before, ...added] });
      }
    });

    test("addSheet and deleteSheet", async () => {
      const subject = await fresh({ op: "addSheet", sheet: "Gone" }, { op: "addSheet", sheet: "Kept" });
      await subject.wb.apply([{ op: "deleteSheet", sheet: "Gone" }]);
      for (const [view, wb] of await bothViews(subject)) {
        const names = (await wb.sheets()).map((s) => s.name);
        expect({ view, hasGone: names.includes("Gone"), hasKept: names.includes("Kept") }).toEqual({ view, hasGone: false, hasKept: true });
      }
      await expect(subject.wb.apply([{ op: "addSheet", sheet: "Kept" }])).rejects.toThrow(/Kept/);
    });

    test("unknown sheets are errors that name the sheet", async () => {
      const subject = await fresh();
      await expect(subject.wb.read([{ sheet: "没有这张表" }])).rejects.toThrow(/没有这张表/);
      await expect(subject.wb.apply([{ op: "setValues", sheet: "NoSuchSheet", at: "A1", values: [[1]] }])).rejects.toThrow(/NoSuchSheet/);
      await expect(subject.wb.apply([{ op: "deleteSheet", sheet: "AlsoMissing" }])).rejects.toThrow(/AlsoMissing/);
      await expect(subject.wb.apply([{ op: "defineName", name: "N", sheet: "Nope", range: "A1" }])).rejects.toThrow(/Nope/);
    });

    test("a malformed op is an error", async () => {
      const subject = await fresh();
      const bogus = { op: "explode", sheet: S } as unknown as WorkbookChange;
      await expect(subject.wb.apply([bogus])).rejects.toThrow(/explode/);
    });
  });
}
