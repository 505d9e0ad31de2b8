// Years a sentence names, and what each is: the year a figure is for (到2022年, 2020年确保),
// a date (2018年3月, the day a document was issued), a base of comparison (比2017年), or a
// placeholder of a template (20*年, 201X年) that names no year at all.
import { chineseNumeralToDigits } from "../values/chinese-numerals";

export interface YearMention {
  start: number;
  end: number;
  /** null for placeholders and year ranges */
  year: number | null;
  role: "for" | "date" | "base";
}

const YEAR = /(到|至|在|于|截至|截止到?|比|较|与|同)?\s*((?:19|20)\d{2}|(?:19|20)[\dXx*＊×]{1,2}|[一二][〇零九一二三四五六七八九]{3})(?:\s*[-—至到~]\s*((?:19|20)\d{2}))?\s*年(?!级|代)/g;

export function findYears(s: string, from: number, to: number): YearMention[] {
  const out: YearMention[] = [];
  const text = s.slice(from, to);
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m; m = YEAR.exec(text)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const lead = m[1] ?? "";
    const raw = m[2]!;
    let year: number | null = null;
    if (/^\d{4}$/.test(raw)) year = Number(raw);
    else if (/^[一二]/.test(raw)) {
      const d = chineseNumeralToDigits(raw);
      year = d === null ? null : Number(d);
    }
    if (m[3]) year = null; // 2018-2020年: a span, not one year
    const after = s.slice(end, end + 8);
    let role: YearMention["role"] = "for";
    if (/^(?:比|较|与|同)$/.test(lead) || /^(?:的?基础上|相比|同期|水平)/.test(after)) role = "base";
    // 2018年3月 names a day, unless it is a deadline (到2020年9月)
    else if (/^\s*\d{1,2}\s*月/.test(after) && !/^(?:到|至|截至|截止到?)$/.test(lead)) role = "date";
    out.push({ start, end, year, role });
  }
  return out;
}

/** The year of a figure at `at`: the last year before it in its sentence that is not a date or a base. */
export function yearAt(mentions: YearMention[], at: number): number | null {
  let year: number | null = null;
  for (const m of mentions) {
    if (m.end > at) break;
    if (m.role === "for") year = m.year;
  }
  return year;
}
