// What an insert had to leave out on an older Excel, apart from the Office backend itself so
// the panels that only ask stay out of the pane's first download.
import type { Locale } from "../../core/i18n/messages";
import type { Workbook } from "../../core/workbook/workbook";

export interface HostWorkbook extends Workbook {
  /** what the last apply had to leave out on this host, one message per feature */
  skipped(): Record<Locale, string>[];
}

export function skippedOf(wb: Workbook): Record<Locale, string>[] {
  return "skipped" in wb && typeof (wb as HostWorkbook).skipped === "function" ? (wb as HostWorkbook).skipped() : [];
}
