import { unitFormChanges, readEntries } from "../../../src/core/template";
import { LiveCheck } from "../../../src/core/validate";
import type { RangeQuery, Workbook, WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { CLEAN, exampleSet } from "./fixtures";

/** A workbook that records every range it is asked to read. */
function counting(wb: Workbook): { wb: Workbook; reads: RangeQuery[][] } {
  const reads: RangeQuery[][] = [];
  return {
    reads,
    wb: {
      sheets: () => wb.sheets(),
      apply: (c) => wb.apply(c),
      names: () => wb.names(),
      metadata: () => wb.metadata(),
      read: (q) => {
        reads.push([...q]);
        return wb.read(q);
      },
    },
  };
}

test("after an edit only the edited cell is read again, and the findings follow the edit", async () => {
  const set = exampleSet();
  const file = XlsxWorkbook.create();
  await file.apply(unitFormChanges(set, { unitId: "linjiang" }));
  const { entries } = await readEntries(file);
  await file.apply(entries.filter((e) => e.kind === "value").map((e): WorkbookChange => ({ op: "setValues", sheet: e.sheet, at: e.cell, values: [[CLEAN[e.indicatorId] as never]] })));

  const { wb, reads } = counting(file);
  const live = await LiveCheck.start(wb, set);
  expect(live.findings()).toEqual([]);
  const readsAtStart = reads.length;

  const target = entries.find((e) => e.kind === "value" && e.indicatorId === "community_education_rate")!;
  await file.apply([{ op: "setValues", sheet: target.sheet, at: target.cell, values: [[120]] }]);
  const after = await live.changed(target.sheet, target.cell);
  expect(after.map((f) => `${f.rule} ${f.cell}`)).toEqual([`value.out_of_bounds ${target.cell}`]);
  expect(reads.slice(readsAtStart)).toEqual([[{ sheet: target.sheet, range: target.cell }]]);

  await file.apply([{ op: "setValues", sheet: target.sheet, at: target.cell, values: [[100]] }]);
  expect(await live.changed(target.sheet, target.cell)).toEqual([]);

  // An edit outside every input cell reads nothing at all.
  const before = reads.length;
  await live.changed(target.sheet, "A1");
  expect(reads.length).toBe(before);
});
