// What 校验 does with the open workbook: the check job, the same one the CLI runs on files.
import { checkWorkbooks, type CheckResult } from "../../core/jobs/check-workbooks";
import type { IndicatorSet } from "../../core/set";
import type { Workbook } from "../../core/workbook/workbook";

export function checkOpenWorkbook(workbook: () => Workbook, set: IndicatorSet, name: string): Promise<CheckResult> {
  return checkWorkbooks([{ name, open: async () => workbook() }], set);
}
