// The summary as sheets: 总览 (one row per indicator: target, total, status), 分单位 (indicators ×
// units, parent subtotals on the right), 未报与问题 and 来源. Totals, subtotals and statuses are
// live formulas over 分单位, so a corrected figure recalculates; the figures themselves are
// plain values (text from returned files is written as text, never as a formula). Under 总览,
// two charts over those cells: the share of units meeting each target, and one indicator's
// figure by unit (Office.js draws them; the .xlsx writer skips charts and keeps its data bars).
import { inRowBlocks } from "../workbook/in-row-blocks";
import { type Locale, messagesFor } from "../i18n/messages";
import { describeTargets } from "../set/describe";
import { defaultTolerance, isNumericType } from "../set/defaults";
import type { Indicator, Target } from "../set/schema";
import { cellAddress, columnName, quoteSheet } from "../workbook/a1";
import type { CellValue, WorkbookChange } from "../workbook/workbook";
import { methodOf } from "./aggregate";
import type { IndicatorSummary, Summary, UnitStatus } from "./build";
import { descendants } from "./build";
import { hasUnitTargets } from "./describe";

export const SUMMARY_FORMAT = "indicator-summary/v1";
export const SUMMARY_KEYS = { format: "summary.format", setId: "summary.set.id", setVersion: "summary.set.version", year: "summary.year", totals: "summary.totals" } as const;

export const STATUS_FILLS: Record<UnitStatus, string | undefined> = {
  met: "#C6EFCE",
  explained: "#E2F0D9",
  missed: "#FFD966",
  error: "#F4B6B6",
  missing: "#E7E6E6",
  reported: undefined,
};
const HEADER_FILL = "#DDEBF7";
const BAR_COLOUR = "#5B9BD5";

/** Where 分单位 puts things, shared by the formulas of 总览. */
interface Grid {
  sheet: string;
  firstRow: number;
  rowOf: Map<string, number>;
  /** first and last column of the reporting units */
  first: number;
  last: number;
}

export interface SummaryLayoutOptions {
  /** the indicator charted by unit; default the first of {@link chartableIndicators} */
  chartIndicator?: string;
}

/** Indicators whose figures can be charted by unit: numeric, with a target, some unit figure. */
export function chartableIndicators(summary: Summary): IndicatorSummary[] {
  return summary.indicators.filter(
    (s) => s.indicator.targets.length > 0 && numericTotal(s.indicator) && s.units.some((u) => typeof u.value === "number"),
  );
}

const numericTotal = (ind: Indicator) => isNumericType(ind.valueType) && methodOf(ind) !== "distribution";

export function summaryChanges(summary: Summary, locale: Locale = "zh-CN", options: SummaryLayoutOptions = {}): WorkbookChange[] {
  const m = messagesFor(locale).summary;
  const grid: Grid = {
    sheet: m.byUnitSheet,
    firstRow: 5,
    rowOf: new Map(summary.indicators.map((s, i) => [s.indicator.id, 5 + i])),
    first: 4,
    last: 3 + summary.units.length,
  };
  // thousands of units make sheets too big for one change: cut into blocks of rows
  return inRowBlocks([
    ...overviewSheet(summary, grid, locale),
    ...byUnitSheet(summary, grid, locale),
    // after 分单位 exists: the by-unit chart reads its cells
    ...charts(summary, grid, locale, options),
    ...problemsSheet(summary, locale),
    ...sourcesSheet(summary, locale),
    {
      op: "setMetadata",
      entries: {
        [SUMMARY_KEYS.format]: SUMMARY_FORMAT,
        [SUMMARY_KEYS.setId]: summary.set.id,
        [SUMMARY_KEYS.setVersion]: summary.set.version,
        [SUMMARY_KEYS.year]: String(summary.year),
        [SUMMARY_KEYS.totals]: JSON.stringify(Object.fromEntries(summary.indicators.map((s) => [s.indicator.id, s.all.total]))),
      },
    },
  ]);
}

// ── formulas ────────────────────────────────────────────────────────────────

const row = (sheet: string | null, r: number, from: number, to: number) => `${sheet ? quoteSheet(sheet) + "!" : ""}${columnName(from)}${r}:${columnName(to)}${r}`;

/** The group figure of one indicator over columns from..to of row r, by its method. */
function totalFormula(s: IndicatorSummary, grid: Grid, sheet: string | null, r: number, from: number, to: number, yes: string): string | null {
  const R = row(sheet, r, from, to);
  const other = (id: string | undefined) => (id && grid.rowOf.has(id) ? row(sheet, grid.rowOf.get(id)!, from, to) : null);
  const agg = s.indicator.aggregate;
  switch (methodOf(s.indicator)) {
    case "sum":
      return `IF(COUNT(${R})=0,"",SUM(${R}))`;
    case "mean":
      return `IF(COUNT(${R})=0,"",AVERAGE(${R}))`;
    case "min":
      return `IF(COUNT(${R})=0,"",MIN(${R}))`;
    case "max":
      return `IF(COUNT(${R})=0,"",MAX(${R}))`;
    case "weighted_mean": {
      const W = other(agg?.weight);
      // units with both a figure and a weight; blanks count as zero in SUMPRODUCT
      return W ? `IFERROR(SUMPRODUCT(ISNUMBER(${R})*ISNUMBER(${W}),${R},${W})/SUMPRODUCT(ISNUMBER(${R})*ISNUMBER(${W}),${W}),"")` : null;
    }
    case "ratio": {
      const N = other(agg?.numerator);
      const D = other(agg?.denominator);
      const scale = s.indicator.valueType === "percent" ? "*100" : "";
      return N && D ? `IFERROR(SUMPRODUCT(ISNUMBER(${N})*ISNUMBER(${D}),${N})/SUMPRODUCT(ISNUMBER(${N})*ISNUMBER(${D}),${D})${scale},"")` : null;
    }
    case "yes_count":
      return `COUNTIF(${R},"${yes}")`;
    default:
      return null;
  }
}

/** Excel's test of "x meets the target", with the same float slack as core's targetMet. */
function meetsFormula(x: string, t: Target, ind: Indicator, answered: string): string | null {
  const eps = `1E-9*MAX(1,ABS(${x}))`;
  switch (t.comparator) {
    case ">=":
      return `${x}>=${t.value}-${eps}`;
    case ">":
      return `${x}>${t.value}+${eps}`;
    case "<=":
      return `${x}<=${t.value}+${eps}`;
    case "<":
      return `${x}<${t.value}-${eps}`;
    case "=":
      // yes/no: the total is how many said yes
      if (typeof t.value === "boolean") return t.value ? `${x}=${answered}` : `${x}=0`;
      return `ABS(${x}-(${t.value}))<=${eps}`;
    case "~":
      return `ABS(${x}-(${t.value}))<=${t.tolerance ?? defaultTolerance(ind.valueType, t.value)}+${eps}`;
    case "between":
      return `AND(${x}>=${t.min}-${eps},${x}<=${t.max}+${eps})`;
  }
}

// ── 总览 ─────────────────────────────────────────────────────────────────────

function overviewSheet(summary: Summary, grid: Grid, locale: Locale): WorkbookChange[] {
  const all = messagesFor(locale);
  const m = all.summary;
  const name = m.overviewSheet;
  const headers = m.overviewHeaders;
  const top = OVERVIEW_TOP;
  const unused = summary.workbooks.filter((w) => w.status !== "checked" && w.status !== "outdated").length;
  const byId = new Map(summary.set.indicators.map((i) => [i.id, i]));
  const values: CellValue[][] = [];
  const formulas: { at: string; formula: string }[] = [];
  summary.indicators.forEach((s, i) => {
    const r = top + i;
    const ind = s.indicator;
    const g = grid.rowOf.get(ind.id)!;
    const R = row(grid.sheet, g, grid.first, grid.last);
    const numeric = isNumericType(ind.valueType) && methodOf(ind) !== "distribution";
    const method = methodOf(ind);
    let methodText = m.methods[method] ?? method;
    if (method === "weighted_mean" && ind.aggregate?.weight) methodText += `（${m.weightedBy(byId.get(ind.aggregate.weight)?.name ?? ind.aggregate.weight)}）`;
    if (method === "ratio" && ind.aggregate?.numerator && ind.aggregate.denominator) {
      methodText = `${m.methods.ratio}（${m.ratioOf(byId.get(ind.aggregate.numerator)?.name ?? "", byId.get(ind.aggregate.denominator)?.name ?? "")}）`;
    }
    const distribution = s.all.distribution?.map((d) => `${d.answer}（${d.units}）`).join(locale === "zh-CN" ? "；" : "; ") ?? "";
    values.push([
      i + 1,
      ind.id,
      ind.name,
      ind.unit,
      ind.targets.length ? describeTargets(ind, locale) : "",
      method === "distribution" ? distribution : null,
      methodText,
      hasUnitTargets(s) ? s.met : null,
      null,
      null,
      null,
      null,
      null,
      null,
      s.previous ?? null,
      null,
    ]);
    const total = totalFormula(s, grid, grid.sheet, g, grid.first, grid.last, all.layout.yes);
    if (total) formulas.push({ at: `F${r}`, formula: total });
    formulas.push({ at: `I${r}`, formula: numeric ? `COUNT(${R})` : `COUNTA(${R})` });
    const meets = s.target && total ? meetsFormula(`F${r}`, s.target, ind, `I${r}`) : null;
    formulas.push({
      at: `J${r}`,
      formula: meets ? `IF(OR(F${r}="",I${r}=0),"${m.status.unknown}",IF(${meets},"${m.status.met}","${m.status.missed}"))` : `"${m.status[s.target ? "unknown" : "no-target"]}"`,
    });
    if (numeric) {
      formulas.push({ at: `K${r}`, formula: `IF(COUNT(${R})=0,"",MIN(${R}))` });
      formulas.push({ at: `L${r}`, formula: `IF(COUNT(${R})=0,"",MEDIAN(${R}))` });
      formulas.push({ at: `M${r}`, formula: `IF(COUNT(${R})=0,"",MAX(${R}))` });
      formulas.push({ at: `N${r}`, formula: `IF(COUNT(${R})=0,"",MAX(${R})-MIN(${R}))` });
      if (s.previous !== undefined && s.previous !== null && total) formulas.push({ at: `P${r}`, formula: `IF(F${r}="","",F${r}-O${r})` });
    }
    if (hasUnitTargets(s)) formulas.push({ at: `${SHARE_COLUMN}${r}`, formula: `IF(N(I${r})=0,"",H${r}/I${r})` });
  });
  const last = top + summary.indicators.length - 1;
  const lastCol = SHARE_COLUMN;
  const counts = m.counts(summary.returned.length, summary.units.length, summary.missing.length, summary.duplicates.length, unused);
  const changes: WorkbookChange[] = [
    { op: "addSheet", sheet: name },
    { op: "setValues", sheet: name, at: "A1", values: rect([[m.title(summary.set.title, summary.year)], [counts], [...headers, m.shareHeader]]) },
    { op: "setStyle", sheet: name, range: "A1", style: { bold: true, fontSize: 14 } },
    { op: "setStyle", sheet: name, range: `A3:${lastCol}3`, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true, vertical: "middle" } },
    ...(values.length ? [{ op: "setValues", sheet: name, at: `A${top}`, values } as WorkbookChange] : []),
    ...formulas.map((f): WorkbookChange => ({ op: "setFormulas", sheet: name, at: f.at, formulas: [[`=${f.formula}`]] })),
  ];
  if (values.length) {
    changes.push(
      { op: "setStyle", sheet: name, range: `A${top}:${lastCol}${last}`, style: { border: true, vertical: "top", wrap: true } },
      // ids are for tracing, not reading: one line, cut at the column's edge, so rows stay one high
      { op: "setStyle", sheet: name, range: `B${top}:B${last}`, style: { wrap: false } },
      { op: "setNumberFormat", sheet: name, range: `F${top}:F${last}`, format: "#,##0.##" },
      { op: "setNumberFormat", sheet: name, range: `K${top}:P${last}`, format: "#,##0.##" },
      { op: "setNumberFormat", sheet: name, range: `${SHARE_COLUMN}${top}:${SHARE_COLUMN}${last}`, format: "0%" },
      // red first: what missed its target stands out, what met it is calm
      { op: "addConditionalFormat", sheet: name, range: `J${top}:J${last}`, format: { when: { operator: "equal", text: m.status.missed! }, style: { fill: "#F4B6B6", fontColor: "#9C0006" } } },
      { op: "addConditionalFormat", sheet: name, range: `J${top}:J${last}`, format: { when: { operator: "equal", text: m.status.met! }, style: { fill: "#C6EFCE", fontColor: "#006100" } } },
      { op: "addConditionalFormat", sheet: name, range: `H${top}:H${last}`, format: { dataBar: { color: BAR_COLOUR } } },
    );
  }
  const widths = [6, 16, 30, 8, 22, 14, 32, 10, 10, 12, 10, 10, 10, 10, 10, 10, 10];
  changes.push(
    ...widths.map((width, i): WorkbookChange => ({ op: "setColumnWidth", sheet: name, column: columnName(i + 1), width })),
    { op: "freezePanes", sheet: name, rows: 3, columns: 3 },
    { op: "setPageSetup", sheet: name, setup: { orientation: "landscape", fitToWidth: true, printTitleRows: "3:3" } },
  );
  return changes;
}

// ── charts (under 总览) ──────────────────────────────────────────────────────

/** 总览's share column (units met ÷ units returned), right of its 16 columns. */
const SHARE_COLUMN = "Q";
const OVERVIEW_TOP = 4;

/** Points for n bars, at about 20 each, within what a screen shows. */
const barsHeight = (n: number) => Math.min(1600, Math.max(220, 80 + 20 * n));

function charts(summary: Summary, grid: Grid, locale: Locale, options: SummaryLayoutOptions): WorkbookChange[] {
  const m = messagesFor(locale).summary;
  const sheet = m.overviewSheet;
  // two rows under the table, right of the frozen columns
  const below = `${OVERVIEW_TOP + summary.indicators.length + 2}`;
  const out: WorkbookChange[] = [];

  // rows of indicators some unit target binds, first to last (rows between show no bar)
  const rows = summary.indicators.flatMap((s, i) => (hasUnitTargets(s) ? [OVERVIEW_TOP + i] : []));
  if (rows.length > 0) {
    const first = rows[0]!;
    const last = rows[rows.length - 1]!;
    out.push({
      op: "addChart",
      sheet,
      chart: {
        kind: "bar",
        title: m.chartShare,
        categories: `C${first}:C${last}`,
        series: [{ name: m.shareHeader, values: `${SHARE_COLUMN}${first}:${SHARE_COLUMN}${last}` }],
        max: 1,
        at: `D${below}`,
        size: { width: 480, height: barsHeight(last - first + 1) },
      },
    });
  }

  const chartable = chartableIndicators(summary);
  const chosen = options.chartIndicator === undefined ? chartable[0] : chartable.find((s) => s.indicator.id === options.chartIndicator);
  if (chosen) {
    const r = grid.rowOf.get(chosen.indicator.id)!;
    const from = columnName(grid.first);
    const to = columnName(grid.last);
    out.push({
      op: "addChart",
      sheet,
      chart: {
        kind: "bar",
        title: m.chartByUnit(chosen.indicator.name, chosen.indicator.unit),
        dataSheet: grid.sheet,
        categories: `${from}3:${to}3`,
        series: [{ name: chosen.indicator.name, values: `${from}${r}:${to}${r}` }],
        at: `K${below}`,
        size: { width: 480, height: barsHeight(summary.units.length) },
      },
    });
  }
  return out;
}

// ── 分单位 ───────────────────────────────────────────────────────────────────

function byUnitSheet(summary: Summary, grid: Grid, locale: Locale): WorkbookChange[] {
  const all = messagesFor(locale);
  const m = all.summary;
  const name = grid.sheet;
  // parents with reporting units under them, each over its contiguous run of columns
  const runs = summary.parents.flatMap((p) => {
    const under = new Set(descendants(summary.set, p.id, summary.units).map((u) => u.id));
    const columns = summary.units.flatMap((u, i) => (under.has(u.id) ? [grid.first + i] : []));
    return columns.length ? [{ unit: p, from: columns[0]!, to: columns[columns.length - 1]! }] : [];
  });
  const headers: CellValue[] = [...m.byUnitHeaders, ...summary.units.map((u) => u.name), ...runs.map((r) => m.subtotal(r.unit.name))];
  const ids: CellValue[] = [null, null, null, ...summary.units.map((u) => u.id), ...runs.map((r) => r.unit.id)];
  const lastCol = columnName(headers.length);
  const changes: WorkbookChange[] = [
    { op: "addSheet", sheet: name },
    { op: "setValues", sheet: name, at: "A1", values: rect([[m.title(summary.set.title, summary.year)], [m.byUnitLegend], headers, ids]) },
    { op: "setStyle", sheet: name, range: "A1", style: { bold: true, fontSize: 14 } },
    { op: "setStyle", sheet: name, range: `A3:${lastCol}4`, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true } },
  ];
  const rows: CellValue[][] = summary.indicators.map((s) => [
    s.indicator.id,
    s.indicator.name,
    s.indicator.unit,
    ...s.units.map((u) => (typeof u.value === "boolean" ? (u.value ? all.layout.yes : all.layout.no) : u.value)),
  ]);
  if (rows.length === 0) return changes;
  changes.push({ op: "setValues", sheet: name, at: `A${grid.firstRow}`, values: rows });
  const lastRow = grid.firstRow + rows.length - 1;
  changes.push({ op: "setStyle", sheet: name, range: `A${grid.firstRow}:${lastCol}${lastRow}`, style: { border: true } });

  summary.indicators.forEach((s, i) => {
    const r = grid.firstRow + i;
    // subtotals per parent: the same method over the parent's own units
    const subtotal = runs.map((run) => {
      const f = totalFormula(s, grid, null, r, run.from, run.to, all.layout.yes);
      return f ? `=${f}` : "";
    });
    if (subtotal.some((f) => f !== "")) changes.push({ op: "setFormulas", sheet: name, at: cellAddress(r, grid.last + 1), formulas: [subtotal] });
    // status colours, one change per run of equal status
    let start = 0;
    for (let k = 1; k <= s.units.length; k++) {
      if (k < s.units.length && s.units[k]!.status === s.units[start]!.status) continue;
      const fill = STATUS_FILLS[s.units[start]!.status];
      if (fill) changes.push({ op: "setStyle", sheet: name, range: `${cellAddress(r, grid.first + start)}:${cellAddress(r, grid.first + k - 1)}`, style: { fill } });
      start = k;
    }
    // achievement by unit at a glance: a bar in each unit's cell
    if (isNumericType(s.indicator.valueType) && methodOf(s.indicator) !== "distribution" && s.units.length > 1) {
      changes.push({ op: "addConditionalFormat", sheet: name, range: row(null, r, grid.first, grid.last), format: { dataBar: { color: BAR_COLOUR } } });
    }
  });
  changes.push(
    { op: "setNumberFormat", sheet: name, range: `D${grid.firstRow}:${lastCol}${lastRow}`, format: "#,##0.##" },
    { op: "setColumnWidth", sheet: name, column: "A", width: 16 },
    { op: "setColumnWidth", sheet: name, column: "B", width: 30 },
    { op: "setColumnWidth", sheet: name, column: "C", width: 8 },
    ...headers.slice(3).map((_, i): WorkbookChange => ({ op: "setColumnWidth", sheet: name, column: columnName(4 + i), width: 12 })),
    { op: "freezePanes", sheet: name, rows: 4, columns: 3 },
    { op: "setPageSetup", sheet: name, setup: { orientation: "landscape", fitToWidth: false, printTitleRows: "3:4" } },
  );
  return changes;
}

// ── 未报与问题 ────────────────────────────────────────────────────────────────

function problemsSheet(summary: Summary, locale: Locale): WorkbookChange[] {
  const m = messagesFor(locale).summary;
  const name = m.problemsSheet;
  const unitName = (id: string | undefined) => (id ? (summary.set.units.find((u) => u.id === id)?.name ?? id) : "");
  const indName = (id: string | undefined) => (id ? (summary.set.indicators.find((i) => i.id === id)?.name ?? id) : "");
  const k = m.kinds;
  const list = locale === "zh-CN" ? "、" : ", ";
  const rows: CellValue[][] = [
    ...summary.missing.map((u): CellValue[] => [k.missing!, unitName(u), "", "", "", ""]),
    ...summary.duplicates.map((d): CellValue[] => [k.duplicate!, unitName(d.unitId), "", d.used, "", m.duplicateNote(d.files.join(list), d.used, d.why[locale])]),
    ...summary.workbooks.filter((w) => w.status !== "checked" && w.status !== "outdated").map((w): CellValue[] => [k.unused!, "", "", w.name, "", w.reason?.[locale] ?? ""]),
    ...summary.workbooks.filter((w) => w.status === "outdated").map((w): CellValue[] => [k.outdated!, w.units.map(unitName).join(list), "", w.name, "", w.reason?.[locale] ?? ""]),
    ...summary.unknownUnits.map((u): CellValue[] => [k.unknownUnit!, u.unitId, "", u.file, "", ""]),
    ...summary.findings
      .filter((f) => f.severity === "error" && !f.rule.startsWith("file."))
      .map((f): CellValue[] => [k.error!, unitName(f.unit), indName(f.indicator), f.file ?? "", f.sheet && f.cell ? `${f.sheet}!${f.cell}` : "", f.message[locale]]),
    ...summary.findings
      .filter((f) => f.severity === "warning" && f.explanation !== undefined)
      .map((f): CellValue[] => [k.explained!, unitName(f.unit), indName(f.indicator), f.file ?? "", f.sheet && f.cell ? `${f.sheet}!${f.cell}` : "", `${f.message[locale]} — ${f.explanation}`]),
  ];
  return table(name, m.problemsHeaders, rows, [16, 16, 26, 28, 16, 70]);
}

// ── 来源 ─────────────────────────────────────────────────────────────────────

function sourcesSheet(summary: Summary, locale: Locale): WorkbookChange[] {
  const m = messagesFor(locale).summary;
  const name = m.sourcesSheet;
  const h = m.sourcesRows;
  // One column per unit, one row per indicator, as on 分单位: a list of one row per figure would
  // be units × indicators rows (400,000 for 2,000 schools), too big to write or to read.
  const byIndicator = summary.indicators.map((s) => new Map(s.units.map((v) => [v.unitId, v.source])));
  const places = summary.units.map((u) => byIndicator.map((sources) => sources.get(u.id)));
  // the unit's file, and the sheet most of its figures are on: cells elsewhere name their sheet
  const files = places.map((ps) => ps.find((p) => p)?.file ?? null);
  const sheets = places.map((ps) => mostCommon(ps.flatMap((p) => (p ? [p.sheet] : []))));
  const header: CellValue[][] = [
    [m.title(summary.set.title, summary.year)],
    [m.sourcesLegend],
    [h.indicatorId, h.indicator, ...summary.units.map((u) => u.name)],
    [h.unitId, null, ...summary.units.map((u) => u.id)],
    [h.file, null, ...files],
    [h.sheet, null, ...sheets],
  ];
  const rows: CellValue[][] = summary.indicators.map((s, i) => [
    s.indicator.id,
    s.indicator.name,
    ...places.map((ps, u) => {
      const p = ps[i];
      return !p ? null : p.sheet === sheets[u] ? p.cell : `${quoteSheet(p.sheet)}!${p.cell}`;
    }),
  ]);
  const lastCol = columnName(2 + summary.units.length);
  const top = header.length + 1;
  return [
    { op: "addSheet", sheet: name },
    { op: "setValues", sheet: name, at: "A1", values: rect([...header, ...rows]) },
    { op: "setStyle", sheet: name, range: "A1", style: { bold: true, fontSize: 14 } },
    { op: "setStyle", sheet: name, range: `A3:${lastCol}6`, style: { bold: true, fill: HEADER_FILL, border: true, wrap: true } },
    ...(rows.length ? [{ op: "setStyle", sheet: name, range: `A${top}:${lastCol}${top + rows.length - 1}`, style: { border: true } } as WorkbookChange] : []),
    { op: "setColumnWidth", sheet: name, column: "A", width: 16 },
    { op: "setColumnWidth", sheet: name, column: "B", width: 26 },
    ...summary.units.map((_, i): WorkbookChange => ({ op: "setColumnWidth", sheet: name, column: columnName(3 + i), width: 14 })),
    { op: "freezePanes", sheet: name, rows: 6, columns: 2 },
  ];
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  for (const [v, n] of counts) if (best === null || n > counts.get(best)!) best = v;
  return best;
}

/** setValues takes a rectangle: shorter rows padded with empty cells. */
function rect(rows: CellValue[][]): CellValue[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => (r.length === width ? r : [...r, ...Array<CellValue>(width - r.length).fill(null)]));
}

function table(name: string, headers: readonly string[], rows: CellValue[][], widths: number[]): WorkbookChange[] {
  const lastCol = columnName(headers.length);
  return [
    { op: "addSheet", sheet: name },
    { op: "setValues", sheet: name, at: "A1", values: [headers as unknown as CellValue[], ...rows] },
    { op: "setStyle", sheet: name, range: `A1:${lastCol}1`, style: { bold: true, fill: HEADER_FILL, border: true } },
    ...(rows.length ? [{ op: "setStyle", sheet: name, range: `A2:${lastCol}${rows.length + 1}`, style: { wrap: true, vertical: "top", border: true } } as WorkbookChange] : []),
    ...widths.map((width, i): WorkbookChange => ({ op: "setColumnWidth", sheet: name, column: columnName(i + 1), width })),
    { op: "freezePanes", sheet: name, rows: 1, columns: 0 },
  ];
}
