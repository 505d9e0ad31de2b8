// A 20,000-indicator matrix read back and checked through the Office.js backend, on the strict
// fake Excel that refuses any request or response over 5 MB as Excel on the web does. Prints
// the syncs the check made and its largest response; fails loudly if one was refused.
import { checkWorkbooks } from "../src/core/jobs/check-workbooks";
import { matrixChanges, readEntries } from "../src/core/template";
import { parseCell } from "../src/core/workbook/a1";
import type { WorkbookChange } from "../src/core/workbook/workbook";
import { OfficeWorkbook } from "../src/workbook/office";
import { repeatedExample } from "../tests/core/template/fixtures";
import { FakeExcel } from "../tests/workbook/office/fake-excel";

const ROWS = 20_000;
const MB = 1024 * 1024;

export async function benchOfficeRead(say: (line: string) => void): Promise<void> {
  const set = repeatedExample(ROWS);
  const fake = new FakeExcel(); // 5 MB request and response limits
  const wb = new OfficeWorkbook(fake.run);
  // The layout without names, validation and styles: the fake spends quadratic time on those,
  // and the read does not depend on them.
  const keep = new Set<WorkbookChange["op"]>(["addSheet", "setValues", "setFormulas", "setNumberFormat", "setMetadata"]);
  await wb.apply(matrixChanges(set).filter((c) => keep.has(c.op)));
  const { entries } = await readEntries(wb);
  // Every input filled in, one row of a sheet at a time.
  const rows = new Map<string, { sheet: string; row: number; cells: { column: number; at: string }[] }>();
  for (const e of entries) {
    const { row, column } = parseCell(e.cell);
    const k = `${e.sheet}!${row}`;
    if (!rows.has(k)) rows.set(k, { sheet: e.sheet, row, cells: [] });
    rows.get(k)!.cells.push({ column, at: e.cell });
  }
  const fill: WorkbookChange[] = [...rows.values()].flatMap(({ sheet, cells }) =>
    cells.map((c, i): WorkbookChange => ({ op: "setValues", sheet, at: c.at, values: [[50 + ((c.column + i) % 40)]] })),
  );
  await wb.apply(fill);

  const before = fake.requests.length;
  const start = process.hrtime.bigint();
  const result = await checkWorkbooks([{ name: "matrix", open: async () => wb }], set);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const syncs = fake.requests.slice(before);
  const largest = Math.max(...syncs.map((r) => r.responseBytes));
  const refused = syncs.filter((r) => r.refused !== undefined).length;
  say(
    `office read   ${ROWS.toLocaleString("en-US")}-row matrix checked (${entries.length.toLocaleString("en-US")} inputs): ${syncs.length} syncs, ` +
      `largest response ${(largest / MB).toFixed(2)} MB (limit 5 MB), ${refused} refused, ${result.findings.length} findings, ${ms.toFixed(0)} ms`,
  );
  // A refused read is harmless (read again in smaller blocks); an accepted response over 5 MB is the bug.
  if (largest >= 5 * MB) throw new Error("office read: a response reached Excel on the web's 5 MB limit");
}
