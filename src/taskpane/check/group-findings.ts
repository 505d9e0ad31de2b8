// Findings as a clerk works through them: unit by unit, and within a unit sheet by sheet,
// errors first; findings about the whole workbook (missing units, doubles) in a group of
// their own at the end.
import type { Finding } from "../../core/validate";

export interface FindingGroup {
  key: string;
  title: string;
  errors: number;
  warnings: number;
  items: Finding[];
}

export function groupFindings(findings: readonly Finding[], unitName: (id: string | undefined) => string, wide: string): FindingGroup[] {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    const placed = f.sheet !== undefined && f.cell !== undefined;
    const key = placed ? `${f.unit ?? ""}\u0000${f.sheet}` : "\u0001";
    let g = groups.get(key);
    if (!g) {
      const who = unitName(f.unit);
      // a unit's own sheet is named after it: the name once
      g = { key, title: placed ? [who === f.sheet ? "" : who, f.sheet].filter(Boolean).join(" · ") : wide, errors: 0, warnings: 0, items: [] };
      groups.set(key, g);
    }
    g.items.push(f);
    if (f.severity === "error") g.errors++;
    else g.warnings++;
  }
  const list = [...groups.values()];
  for (const g of list) g.items.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === "error" ? -1 : 1));
  // the workbook-wide group last; the rest in the order they came (unit order of the workbook)
  return [...list.filter((g) => g.key !== "\u0001"), ...list.filter((g) => g.key === "\u0001")];
}
