// Where a problem of a set is, in words a clerk reads: 第 2 个指标“学前教育净入学率”的所属栏目,
// not $.indicators[1].section. The JSON path stays available to whoever edits the file by hand.
import type { Locale } from "../../core/i18n/messages";
import type { TaskpaneStrings } from "../i18n/strings";

type Doc = Record<string, unknown> | undefined;

function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.replace(/^\$/, "").matchAll(/\.([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

const text = (v: unknown, key: string) => (typeof v === "object" && v !== null && typeof (v as Record<string, unknown>)[key] === "string" ? ((v as Record<string, string>)[key] ?? "") : "");

export function problemPlace(path: string, doc: Doc, strings: TaskpaneStrings, locale: Locale): string {
  const w = strings.set.places;
  const parts = segments(path);
  const places: string[] = [];
  let node: unknown = doc;
  let i = 0;
  while (i < parts.length) {
    const key = parts[i];
    const index = parts[i + 1];
    const list = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[String(key)] : undefined;
    const item = Array.isArray(list) && typeof index === "number" ? list[index] : undefined;
    if (typeof index === "number" && (key === "indicators" || key === "units" || key === "rules" || key === "quotas" || key === "sections" || key === "targets" || key === "children")) {
      const n = index + 1;
      places.push(
        key === "indicators"
          ? w.indicator(n, text(item, "name"))
          : key === "units"
            ? w.unit(n, text(item, "name"))
            : key === "rules"
              ? w.rule(n, text(item, "id"))
              : key === "quotas"
                ? w.quota(n)
                : key === "targets"
                  ? w.target(n)
                  : w.section(n, text(item, "title")),
      );
      node = item;
      i += 2;
      continue;
    }
    places.push(w.fields[String(key)] ?? String(key));
    node = list;
    i += 1;
  }
  if (places.length === 0) return w.whole;
  return locale === "zh-CN" ? places.join("的") : [...places].reverse().join(" of ");
}
