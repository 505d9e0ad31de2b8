import type { IndicatorSet, Section } from "./schema";

/** Section id → its titles from the top, e.g. ["二、主要工作目标", "（三）教育质量有新提升"]. */
export function sectionTitles(set: Pick<IndicatorSet, "sections">): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (list: Section[], above: string[]) => {
    for (const s of list) {
      const path = [...above, s.title];
      out.set(s.id, path);
      if (s.children) walk(s.children, path);
    }
  };
  walk(set.sections, []);
  return out;
}
