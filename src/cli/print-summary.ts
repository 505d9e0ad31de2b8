// The summary on a terminal (a short account a person reads) and in --format json (everything,
// with every unit's figure and where it came from). Lines are made printable by main.ts.
import type { Locale } from "../core/i18n/messages";
import { messagesFor } from "../core/i18n/messages";
import { describeTargets } from "../core/set/describe";
import { describeTotal, hasUnitTargets, type Summary } from "../core/summary";
import { cliMessages } from "./i18n/messages";

export function printSummary(summary: Summary, locale: Locale): string[] {
  const m = messagesFor(locale).summary;
  const say = cliMessages(locale).summary;
  const name = (id: string) => summary.set.units.find((u) => u.id === id)?.name ?? id;
  const list = locale === "zh-CN" ? "、" : ", ";
  const unused = summary.workbooks.filter((w) => w.status !== "checked" && w.status !== "outdated");
  const lines = [say.head(summary.returned.length, summary.units.length, summary.year)];
  if (summary.missing.length) lines.push(say.missing(summary.missing.map(name).join(list)));
  for (const d of summary.duplicates) lines.push(say.duplicate(name(d.unitId), m.duplicateNote(d.files.join(list), d.used, d.why[locale])));
  for (const w of summary.workbooks.filter((x) => x.status === "outdated")) lines.push(`  ${w.reason?.[locale] ?? w.name}`);
  for (const w of unused) lines.push(`  ${w.reason?.[locale] ?? w.name}`);
  for (const s of summary.indicators) {
    const target = s.indicator.targets.length ? describeTargets(s.indicator, locale) : undefined;
    const met = hasUnitTargets(s) ? `${s.met}/${s.returned}` : "—";
    const method = m.methods[s.all.method] ?? s.all.method;
    const total = describeTotal(s, locale);
    lines.push(target ? say.line(s.indicator.name, total, method, target, m.status[s.status] ?? s.status, met) : say.lineNoTarget(s.indicator.name, total, method));
  }
  const errors = summary.findings.filter((f) => f.severity === "error" && !f.rule.startsWith("file.")).length;
  const explained = summary.findings.filter((f) => f.explanation !== undefined).length;
  lines.push(say.findings(errors, explained));
  return lines;
}

export function summaryJson(summary: Summary, locale: Locale) {
  const m = messagesFor(locale).summary;
  return {
    set: { id: summary.set.id, version: summary.set.version },
    year: summary.year,
    units: { expected: summary.units.map((u) => u.id), returned: summary.returned, missing: summary.missing },
    duplicates: summary.duplicates.map((d) => ({ unit: d.unitId, files: d.files, used: d.used, why: d.why[locale] })),
    workbooks: summary.workbooks.map((w) => ({ file: w.name, status: w.status, units: w.units, ...(w.reason ? { reason: w.reason[locale] } : {}) })),
    indicators: summary.indicators.map((s) => ({
      id: s.indicator.id,
      name: s.indicator.name,
      method: s.all.method,
      ...(s.all.method === "mean" ? { unweighted: true } : {}),
      total: s.all.total,
      ...(s.all.yes ? { yes: s.all.yes } : {}),
      ...(s.all.distribution ? { distribution: s.all.distribution } : {}),
      ...(s.all.stats ? { stats: s.all.stats } : {}),
      target: s.target ?? null,
      status: s.status,
      statusText: m.status[s.status],
      unitsMet: s.met,
      unitsReturned: s.returned,
      ...(s.previous !== undefined ? { previous: s.previous } : {}),
      subtotals: s.subtotals.map((t) => ({ unit: t.unitId, total: t.total, counted: t.counted })),
      units: s.units.map((u) => ({ unit: u.unitId, value: u.value, status: u.status, ...(u.raw !== undefined ? { raw: u.raw } : {}), ...(u.explanation ? { explanation: u.explanation } : {}), source: u.source ?? null })),
    })),
  };
}
