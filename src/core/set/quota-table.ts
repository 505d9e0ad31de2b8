// 任务分解表 → quotas. Bureaus keep the split of a target as a table: units down, indicators
// across (ids or names as headers), each unit's share in the cells. Pasted from Excel (tabs) or
// saved as CSV. Every problem names its line and column.
import { both, type Bilingual } from "../i18n/messages";
import { parseCellValue } from "../values";
import type { IndicatorSet, Quota } from "./schema";
import { splitCsvLine } from "./units-csv";

export type QuotaTableResult = { ok: true; quotas: Quota[]; indicators: string[] } | { ok: false; message: Bilingual };

export function parseQuotaTable(content: string, set: Pick<IndicatorSet, "indicators" | "units">, label: string, year?: number): QuotaTableResult {
  const fail = (line: number, column: number, what: Bilingual): QuotaTableResult => ({ ok: false, message: both((m, l) => m.quotas.at(label, line, column, what[l])) });
  const rows = content
    .replace(/^\ufeff/, "")
    .split(/\r?\n/)
    .map((text, i) => ({ line: i + 1, text }))
    .filter((r) => r.text.trim() !== "");
  if (rows.length < 2) return fail(1, 1, both((m) => m.quotas.tooShort));
  const split = (text: string) => (text.includes("\t") ? text.split("\t") : splitCsvLine(text))?.map((c) => c.trim()) ?? null;
  const header = split(rows[0]!.text);
  if (!header) return fail(rows[0]!.line, 1, both((m) => m.quotas.quote));
  const byName = new Map(set.indicators.map((i) => [i.name, i]));
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  const columns = header.slice(1).map((h) => byId.get(h) ?? byName.get(h));
  const unknown = columns.findIndex((c, i) => c === undefined && header[i + 1] !== "");
  if (unknown >= 0) return fail(rows[0]!.line, unknown + 2, both((m) => m.quotas.unknownIndicator(header[unknown + 1]!)));
  const units = new Map(set.units.flatMap((u) => [[u.id, u] as const, [u.name, u] as const]));
  const quotas: Quota[] = [];
  const seen = new Map<string, number>();
  for (const row of rows.slice(1)) {
    const cells = split(row.text);
    if (!cells) return fail(row.line, 1, both((m) => m.quotas.quote));
    const unit = units.get(cells[0] ?? "");
    if (!unit) return fail(row.line, 1, both((m) => m.quotas.unknownUnit(cells[0] ?? "")));
    const earlier = seen.get(unit.id);
    if (earlier !== undefined) return fail(row.line, 1, both((m) => m.quotas.unitTwice(unit.name, earlier)));
    seen.set(unit.id, row.line);
    for (let c = 1; c < cells.length; c++) {
      const ind = columns[c - 1];
      const raw = cells[c]!;
      if (!ind || raw === "") continue;
      const parsed = parseCellValue(raw, { valueType: ind.valueType, unit: ind.unit });
      if (!parsed.ok || typeof parsed.value !== "number") return fail(row.line, c + 1, both((m, l) => m.quotas.notANumber(raw, ind.name, parsed.ok ? "" : parsed.message[l])));
      quotas.push({ indicator: ind.id, unit: unit.id, value: parsed.value, ...(year !== undefined ? { year } : {}) });
    }
  }
  return { ok: true, quotas, indicators: [...new Set(columns.flatMap((c) => (c ? [c.id] : [])))] };
}

/** The set's quotas with those of the table's indicators (and year) replaced by the table's. */
export function replaceQuotas(existing: readonly Quota[], table: { quotas: Quota[]; indicators: string[] }, year?: number): Quota[] {
  const replaced = new Set(table.indicators);
  return [...existing.filter((q) => !(replaced.has(q.indicator) && q.year === year)), ...table.quotas];
}
