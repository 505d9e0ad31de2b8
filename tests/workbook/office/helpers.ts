// Shared set-up for the OfficeWorkbook tests: an `Office` global from office-addin-mock (for
// requirement-set checks; jest.config.js stubs its office-addin-manifest import) and a generator of indicator-table changes of any size.

import { OfficeMockObject } from "office-addin-mock";

import type { WorkbookChange } from "../../../src/core/workbook/workbook";
import type { ExcelApiVersion } from "../../../src/workbook/office";

/** Install `Office.context.requirements` supporting ExcelApi up to `highest` (e.g. "1.7"). */
export function installOffice(highest: ExcelApiVersion | "none" = "1.9"): { asked: string[] } {
  const asked: string[] = [];
  const top = highest === "none" ? 0 : Number(highest.split(".")[1]);
  const mock = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          asked.push(`${name} ${version ?? ""}`);
          return name === "ExcelApi" && Number((version ?? "1.1").split(".")[1]) <= top;
        },
      },
    },
  });
  Object.assign(globalThis, { Office: mock });
  return { asked };
}

export function removeOffice(): void {
  delete (globalThis as Record<string, unknown>).Office;
}

export const TABLE = "填报表";

/** Code like 001 (text that Excel would turn into 1), indicator name, unit, target, empty input. */
export function indicatorRows(n: number): Array<Array<string | number | null>> {
  return Array.from({ length: n }, (_, i) => [String(i + 1).padStart(3, "0"), `指标 ${i + 1}：在校生人数`, "人", 100 + i, null]);
}

/** A whole indicator table: values, formats, validation, names — what the core sends for `n` rows. */
export function indicatorTable(n: number): WorkbookChange[] {
  const last = n + 1;
  const changes: WorkbookChange[] = [
    { op: "addSheet", sheet: TABLE },
    { op: "setValues", sheet: TABLE, at: "A1", values: [["编码", "指标", "单位", "目标值", "填报值"]] },
    { op: "setValues", sheet: TABLE, at: "A2", values: indicatorRows(n) },
    { op: "setStyle", sheet: TABLE, range: "A1:E1", style: { bold: true, fill: "#DDEBF7", horizontal: "center" } },
    { op: "setStyle", sheet: TABLE, range: `A1:E${last}`, style: { border: true } },
    { op: "setNumberFormat", sheet: TABLE, range: `D2:E${last}`, format: "0.00" },
    { op: "setColumnWidth", sheet: TABLE, column: "B", width: 30 },
    {
      op: "setDataValidation",
      sheet: TABLE,
      range: `E2:E${last}`,
      validation: {
        rule: { kind: "decimal", operator: "between", min: 0, max: 1e6 },
        allowBlank: true,
        prompt: { title: "填报值", message: "请输入 0 到 1000000 之间的数" },
        error: { title: "无效", message: "数值超出范围", style: "stop" },
      },
    },
    { op: "setLocked", sheet: TABLE, range: `E2:E${last}`, locked: false },
  ];
  for (let i = 0; i < n; i++) {
    changes.push({ op: "defineName", name: `IT_${String(i + 1).padStart(4, "0")}`, sheet: TABLE, range: `E${i + 2}` });
  }
  changes.push({ op: "setMetadata", entries: { setId: "demo", version: "1", rows: String(n) } });
  return changes;
}
