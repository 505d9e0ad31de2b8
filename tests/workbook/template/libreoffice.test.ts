// LibreOffice opens the templates we write: every sheet converted to CSV shows the ids and names
// of the set, a figure typed in shows in the points format (98.5, not 9850%), text that looks
// like a formula stays text, and an upgraded workbook opens with its removed-data sheet.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEntries, unitFormChanges, upgradeChanges, matrixChanges } from "../../../src/core/template";
import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { exampleInput, exampleSet, load } from "../../core/template/fixtures";
import { describeWith } from "../../support/real-programs";
import { sheetsAsCsv, soffice } from "../../support/libreoffice";
import { reportingUnits } from "../../../src/core/set";

async function save(dir: string, name: string, changes: WorkbookChange[]): Promise<string> {
  const wb = XlsxWorkbook.create();
  await wb.apply(changes);
  const file = join(dir, name);
  await wb.saveAs(file);
  return file;
}

describeWith(soffice)("LibreOffice opens the templates we write", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-template-lo-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("a filled unit form: ids, names, the figure in points, formula-looking text as text", async () => {
    const input = exampleInput() as { indicators: { id: string; name: string }[] };
    const set = load({ ...input, indicators: input.indicators.map((i) => (i.id === "training_rate" ? { ...i, name: "=培训人次/常住人口" } : i)) });
    const file = await save(dir, "form.xlsx", unitFormChanges(set, { unitId: "linjiang" }));
    const wb = await XlsxWorkbook.fromFile(file);
    const cells = await readEntries(wb);
    const rate = cells.entries.find((e) => e.indicatorId === "preschool_net_enrolment" && e.kind === "value")!;
    const note = cells.entries.find((e) => e.indicatorId === "preschool_net_enrolment" && e.kind === "note")!;
    await wb.apply([
      { op: "setValues", sheet: rate.sheet, at: rate.cell, values: [[98.5]] },
      { op: "setValues", sheet: note.sheet, at: note.cell, values: [["+3 个百分点"]] },
    ]);
    await wb.saveAs(file);

    const csv = await sheetsAsCsv(dir, file);
    expect([...csv.keys()].sort()).toEqual(["_it_meta", "填报表", "填报说明"].sort());
    const table = csv.get("填报表")!;
    expect(table[2]).toEqual(["指标编号", "指标", "单位", "规划目标", "本单位填报值", "上年值", "说明"]);
    for (const ind of set.indicators) expect(table.some((r) => r[0] === ind.id && r[1] === ind.name)).toBe(true);
    const row = table.find((r) => r[0] === "preschool_net_enrolment")!;
    expect(row.slice(2)).toEqual(["%", "≥99%", "98.5", "", "+3 个百分点"]);
    expect(table.find((r) => r[0] === "training_rate")![1]).toBe("=培训人次/常住人口");
    expect(csv.get("填报说明")!.flat().join("\n")).toContain("临江镇");
  }, 150_000);

  test("an upgraded workbook and a matrix open too", async () => {
    const set = exampleSet();
    const old = XlsxWorkbook.create();
    await old.apply(unitFormChanges(set, { unitId: "yufan" }));
    const entries = await readEntries(old);
    const accidents = entries.entries.find((e) => e.indicatorId === "safety_accidents" && e.kind === "value")!;
    await old.apply([{ op: "setValues", sheet: accidents.sheet, at: accidents.cell, values: [[0]] }]);
    const input = exampleInput() as { indicators: { id: string }[] };
    const next = load({ ...input, version: "2.0", indicators: input.indicators.filter((i) => i.id !== "safety_accidents") });
    const file = await save(dir, "upgraded.xlsx", upgradeChanges(await readEntries(old), next));
    const csv = await sheetsAsCsv(dir, file);
    const removed = csv.get("已删除指标的数据")!;
    expect(removed.find((r) => r[0] === "safety_accidents")!.slice(0, 5)).toEqual(["safety_accidents", "学校安全责任事故", "2008年", "填报值", "0"]);

    const matrix = await sheetsAsCsv(dir, await save(dir, "matrix.xlsx", matrixChanges(set)));
    const grid = matrix.get("各单位填报")!;
    expect(grid[2]!.slice(4)).toEqual(reportingUnits(set).map((u) => u.name));
    expect(grid[3]!.slice(4)).toEqual(reportingUnits(set).map((u) => u.id));
  }, 150_000);
});
