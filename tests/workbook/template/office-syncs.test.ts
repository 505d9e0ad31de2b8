// Inserting a template into the open workbook goes through OfficeWorkbook with the very change
// list the CLI writes to files: its round trips must not grow with the size of the set, with
// every feature (ExcelApi 1.9) or without data validation (1.7, degrade mode).
import { readEntries, unitFormChanges } from "../../../src/core/template";
import { OfficeWorkbook } from "../../../src/workbook/office";
import { repeatedExample } from "../../core/template/fixtures";
import { FakeExcel } from "../office/fake-excel";
import { installOffice, removeOffice } from "../office/helpers";

afterEach(() => removeOffice());

async function insert(n: number, highest: "1.9" | "1.7") {
  installOffice(highest);
  const fake = new FakeExcel();
  const wb = new OfficeWorkbook(fake.run);
  const set = repeatedExample(n);
  const report = await wb.applyWithReport(unitFormChanges(set, { unitId: "linjiang" }), { degrade: true });
  return { fake, wb, report, set };
}

describe.each(["1.9", "1.7"] as const)("ExcelApi %s", (highest) => {
  test("a 10- and a 1,000-indicator unit form take the same number of syncs", async () => {
    const small = await insert(10, highest);
    const large = await insert(1000, highest);
    expect(large.fake.syncs).toBe(small.fake.syncs);
    expect(large.report.requests).toBe(small.report.requests);
    // the probe and one write request
    expect(small.fake.syncs).toBe(2);
  });

  test("reading the entries back takes the same syncs for 10 and 1,000 indicators", async () => {
    const counts: number[] = [];
    for (const n of [10, 1000]) {
      const { fake, wb, set } = await insert(n, highest);
      const before = fake.syncs;
      const back = await readEntries(wb);
      counts.push(fake.syncs - before);
      expect(back.entries.filter((e) => e.kind === "value").length).toBe(set.indicators.length);
      expect(back.info).toMatchObject({ layout: "unit-form", unitId: "linjiang" });
    }
    expect(counts[1]).toBe(counts[0]);
  });

  test("the 1,000-indicator form is complete: names, metadata, input cells unlocked and sheets protected", async () => {
    const { fake, wb, report, set } = await insert(1000, highest);
    const skipped = new Set(report.skipped.map((s) => s.op));
    if (highest === "1.7") {
      // Office 2019 volume-licensed: no data validation and no page layout, everything else there
      expect([...skipped].sort()).toEqual(["setDataValidation", "setPageSetup"]);
    } else expect(skipped.size).toBe(0);
    const names = await wb.names();
    expect(names.length).toBe(set.indicators.length);
    const meta = await wb.metadata();
    expect(meta.layout).toBe("unit-form");
    expect(meta["unit.id"]).toBe("linjiang");
    const data = fake.sheets.filter((s) => s.name !== "Sheet1" && s.name !== "_it_meta");
    expect(data.every((s) => s.protection.protected)).toBe(true);
    const first = names.find((n) => n.name === `IT_${set.indicators[0]!.id}`)!;
    const [sheet, address] = first.refersTo.replace(/\$/g, "").split("!") as [string, string];
    const cell = fake.sheet(sheet.replace(/^'|'$/g, "")).peek(address)!;
    expect(cell.locked).toBe(false);
    expect(cell.numberFormat).toBe("0.0");
  });
});
