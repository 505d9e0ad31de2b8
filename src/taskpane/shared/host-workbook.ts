// The workbook the task pane works on inside Excel. Features an older Excel lacks (data
// validation before ExcelApi 1.8, page layout before 1.9 …) are skipped rather than failing
// the whole insert, and the pane says which, in the user's language.
import type { Locale } from "../../core/i18n/messages";
import { OfficeWorkbook, type ExcelRunner } from "../../workbook/office";
import type { HostWorkbook } from "./skipped";

export { skippedOf, type HostWorkbook } from "./skipped";

export function hostWorkbook(run: ExcelRunner): HostWorkbook {
  const wb = new OfficeWorkbook(run);
  let skipped: Record<Locale, string>[] = [];
  return {
    sheets: () => wb.sheets(),
    read: (q) => wb.read(q),
    names: () => wb.names(),
    metadata: () => wb.metadata(),
    apply: async (changes) => {
      const report = await wb.applyWithReport(changes, { degrade: true });
      const byFeature = new Map(report.skipped.map((s) => [s.feature, s.message]));
      skipped = [...byFeature.values()];
    },
    skipped: () => skipped,
  };
}
