// Job: a 任务分解表 (units down, indicators across) into a set document as quotas. The document is
// kept as written (no defaults filled in) and must still load after the change.
import type { Bilingual } from "../i18n/messages";
import { loadIndicatorSet } from "../set/load";
import type { SetProblem } from "../set/problem";
import { parseQuotaTable, replaceQuotas } from "../set/quota-table";
import type { IndicatorSet, Quota } from "../set/schema";

export type QuotaTableResult =
  | { ok: true; doc: Record<string, unknown>; quotas: number; indicators: number }
  | { ok: false; message: Bilingual }
  | { ok: false; problems: SetProblem[] };

export function applyQuotaTable(doc: Record<string, unknown>, set: IndicatorSet, tableText: string, label: string, year?: number): QuotaTableResult {
  const table = parseQuotaTable(tableText, set, label, year);
  if (!table.ok) return { ok: false, message: table.message };
  const next = { ...doc, quotas: replaceQuotas((doc.quotas as Quota[] | undefined) ?? [], table, year) };
  const loaded = loadIndicatorSet(next);
  if (!loaded.ok) return { ok: false, problems: loaded.problems };
  return { ok: true, doc: next, quotas: table.quotas.length, indicators: table.indicators.length };
}
