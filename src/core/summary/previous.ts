// Last period's totals, for 同比: read back from a summary workbook this add-in wrote, whose
// hidden metadata keeps each indicator's total.
import type { Workbook } from "../workbook/workbook";
import { SUMMARY_FORMAT, SUMMARY_KEYS } from "./layout";

/** Totals by indicator id; undefined when the workbook is not a summary made by this add-in. */
export async function previousTotals(workbook: Workbook): Promise<Map<string, number | null> | undefined> {
  const meta = await workbook.metadata();
  if (meta[SUMMARY_KEYS.format] !== SUMMARY_FORMAT) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(meta[SUMMARY_KEYS.totals] ?? "{}");
  } catch {
    return undefined;
  }
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return undefined;
  const out = new Map<string, number | null>();
  for (const [id, v] of Object.entries(parsed)) out.set(id, typeof v === "number" && Number.isFinite(v) ? v : null);
  return out;
}
