// The rows of a target table: indicators grouped under their section headings, in the order
// of the set's section tree; indicators without a (known) section come last, under 其他指标
// when the set has sections at all. Large sets are split into one group per top-level section.
import type { Indicator, IndicatorSet, Section } from "../set/schema";

export type Row = { kind: "section"; title: string; level: number } | { kind: "indicator"; indicator: Indicator };

export interface RowGroup {
  /** title of the top-level section, or undefined for the whole set / the unsectioned rest */
  title?: string;
  rows: Row[];
}

/** More indicators than this and a template gets a sheet per top-level section. */
export const SPLIT_THRESHOLD = 150;

function bySection(set: Pick<IndicatorSet, "indicators" | "sections">) {
  const known = new Set<string>();
  const walk = (list: Section[]) => list.forEach((s) => (known.add(s.id), s.children && walk(s.children)));
  walk(set.sections);
  const direct = new Map<string, Indicator[]>();
  const loose: Indicator[] = [];
  for (const ind of set.indicators) {
    if (ind.section !== undefined && known.has(ind.section)) {
      const list = direct.get(ind.section) ?? [];
      list.push(ind);
      direct.set(ind.section, list);
    } else loose.push(ind);
  }
  return { direct, loose };
}

function sectionRows(section: Section, level: number, direct: Map<string, Indicator[]>): Row[] {
  const below = (section.children ?? []).flatMap((c) => sectionRows(c, level + 1, direct));
  const own = (direct.get(section.id) ?? []).map((indicator): Row => ({ kind: "indicator", indicator }));
  if (own.length === 0 && below.length === 0) return []; // an empty heading would only confuse
  return [{ kind: "section", title: section.title, level }, ...own, ...below];
}

/** Row groups, one per sheet: the whole set, or one per top-level section for a large set. */
export function rowGroups(set: Pick<IndicatorSet, "indicators" | "sections">, otherTitle: string, threshold: number = SPLIT_THRESHOLD): RowGroup[] {
  const { direct, loose } = bySection(set);
  const tops = set.sections.map((s) => ({ title: s.title, rows: sectionRows(s, 1, direct) })).filter((g) => g.rows.length > 0);
  const looseRows = loose.map((indicator): Row => ({ kind: "indicator", indicator }));
  if (set.indicators.length > threshold && tops.length + (looseRows.length > 0 ? 1 : 0) > 1) {
    return [...tops, ...(looseRows.length > 0 ? [{ title: otherTitle, rows: looseRows }] : [])];
  }
  const heading: Row[] = tops.length > 0 && looseRows.length > 0 ? [{ kind: "section", title: otherTitle, level: 1 }] : [];
  return [{ rows: [...tops.flatMap((g) => g.rows), ...heading, ...looseRows] }];
}
