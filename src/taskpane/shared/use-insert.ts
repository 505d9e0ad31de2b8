import { useState } from "react";
import type { Locale } from "../../core/i18n/messages";
import { planInsert } from "../../core/layout/insert";
import type { Workbook, WorkbookChange } from "../../core/workbook/workbook";
import { skippedOf } from "./skipped";

export type InsertState =
  | { state: "idle" }
  | { state: "busy" }
  | { state: "done"; sheets: string[]; skipped: string[] }
  | { state: "conflict"; sheets: string[]; changes: WorkbookChange[] }
  | { state: "failed"; detail: string };

/** Put a layout into the open workbook: asks before replacing sheets that exist, reports errors
 *  (an older Excel's UnsupportedFeatureError carries its words in both languages). */
export function useInsert(workbook: (() => Workbook) | undefined, locale: Locale) {
  const [status, setStatus] = useState<InsertState>({ state: "idle" });
  const insert = async (changes: WorkbookChange[], replace = false) => {
    if (!workbook) return;
    setStatus({ state: "busy" });
    try {
      const wb = workbook();
      const plan = planInsert(await wb.sheets(), changes, { replace });
      if (!plan.ok) {
        setStatus({ state: "conflict", sheets: plan.conflicts, changes });
        return;
      }
      await wb.apply(plan.changes);
      const skipped = skippedOf(wb).map((m) => m[locale]);
      setStatus({ state: "done", sheets: changes.flatMap((c) => (c.op === "addSheet" && c.visibility !== "veryHidden" ? [c.sheet] : [])), skipped });
    } catch (e) {
      const localized = (e as { messages?: Record<Locale, string> }).messages;
      setStatus({ state: "failed", detail: localized?.[locale] ?? (e instanceof Error ? e.message : String(e)) });
    }
  };
  return { status, insert, reset: () => setStatus({ state: "idle" }) };
}
