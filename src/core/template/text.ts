// Text that has to fit Excel's limits: dialog titles and prompts, sheet names. Cutting never
// throws and never splits a surrogate pair (a lone half would corrupt the XML of the file).

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

/** At most `max` UTF-16 units (what Excel counts), ending in "…" when cut. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  let end = max - 1;
  if (end > 0 && isHigh(text.charCodeAt(end - 1))) end--;
  return text.slice(0, end) + "…";
}

/** Lines joined with newlines, keeping whole lines while they fit and clipping the first that doesn't. */
export function fitLines(lines: readonly string[], max: number): string {
  let out = "";
  for (const line of lines) {
    const next = out ? `${out}\n${line}` : line;
    if (next.length <= max) {
      out = next;
      continue;
    }
    const room = max - (out ? out.length + 1 : 0);
    // a clipped line is only worth it when a useful part of it survives
    if (room >= 8) out = out ? `${out}\n${clip(line, room)}` : clip(line, room);
    break;
  }
  return out;
}

const SHEET_NAME_MAX = 31;

// exceljs keeps defined names per sheet in a plain object keyed by sheet name: a sheet called
// __proto__ (or constructor …) makes it write rows onto Object.prototype. Our sheets never take
// such a name (a section may be titled so); it gets a number like any taken name.
const OBJECT_MEMBER: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * A sheet name Excel and both backends accept, unique (ignoring case) among `taken`, which it
 * joins, and never the name of a member of Object.prototype. Characters Excel forbids ([]:*?/\)
 * become spaces, control characters go; ASCII apostrophes become ’ (a name may not start or end
 * with one, and print titles cannot quote one).
 */
export function sheetName(title: string, fallback: string, taken: Set<string>): string {
  let base = title
    .replace(/[[\]:*?/\\]/g, " ")
    .replace(/'/g, "’")
    .replace(/[\u0000-\u001f\u007f]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  if (!base || base.toLowerCase() === "history") base = fallback;
  base = clip(base, SHEET_NAME_MAX);
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()) || OBJECT_MEMBER.has(name); n++) {
    const suffix = `(${n})`;
    name = clip(base, SHEET_NAME_MAX - suffix.length).replace(/…$/, "") + suffix;
  }
  taken.add(name.toLowerCase());
  return name;
}
