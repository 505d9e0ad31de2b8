import fc from "fast-check";
import { absoluteRef, cellAddress, columnName, columnNumber, parseCell, parseRange, quoteSheet } from "../../../src/core/workbook/a1";

describe("A1 addresses", () => {
  test("column names round-trip over the whole sheet width", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (n) => columnNumber(columnName(n)) === n));
    expect([columnName(1), columnName(26), columnName(27), columnName(16384)]).toEqual(["A", "Z", "AA", "XFD"]);
  });
  test("cells and ranges parse, normalise corners and refuse nonsense", () => {
    expect(parseCell("$B$12")).toEqual({ row: 12, column: 2 });
    expect(parseRange("D9:B3")).toEqual({ start: { row: 3, column: 2 }, end: { row: 9, column: 4 } });
    expect(() => parseCell("B0")).toThrow();
    expect(() => parseCell("12B")).toThrow();
    expect(() => cellAddress(0, 1)).toThrow();
  });
  test("sheet names are quoted when Excel needs it", () => {
    expect(quoteSheet("Data")).toBe("Data");
    expect(quoteSheet("填报表")).toBe("'填报表'");
    expect(quoteSheet("A1")).toBe("'A1'");
    expect(quoteSheet("it's")).toBe("'it''s'");
    expect(absoluteRef("填报表", "C5")).toBe("'填报表'!$C$5");
    expect(absoluteRef("Data", "A1:B2")).toBe("Data!$A$1:$B$2");
  });
});
