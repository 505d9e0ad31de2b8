// Checks of a folder of new labels for issue #13's test data, before the folder is scored: the
// contract's fields and comparators, quotes found in the text, keys inside names and made of the
// text's own words, names in simplified characters, no stem already taken by a fixture.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { cleanCharacters } from "../../src/core/extract/clean-text";

const COMPARATORS = new Set([">=", ">", "<=", "<", "=", "~", "between"]);

// Traditional characters that must not be left in a name or a key (they are compared simplified).
const TRADITIONAL = /[個萬億學說為與後這們來還對時關發經過點實現會當長開間運應動數據圍專區縣級處]/;

/**
 * The problems of a folder of new labels (STEM.txt + STEM.jsonl), each saying where and what to do;
 * empty when the folder is ready to be scored. `fixtures`: the folder whose stems are taken.
 */
export function checkLabelled(dir: string, fixtures: string): string[] {
  const problems: string[] = [];
  const squash = (s: string) => s.replace(/\s+/g, "");
  const files = readdirSync(dir);
  if (!files.some((f) => /^SOURCES[-\w]*\.md$/.test(f))) problems.push(`${dir}: no SOURCES file saying where each text comes from`);
  for (const f of files.filter((x) => x.endsWith(".txt"))) if (!files.includes(f.slice(0, -4) + ".jsonl")) problems.push(`${f}: no .jsonl beside it`);
  for (const f of files.filter((x) => x.endsWith(".jsonl"))) {
    const stem = f.slice(0, -6);
    if (!/^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(stem)) problems.push(`${f}: the stem must be lower-case words joined by -`);
    if (resolve(dir) !== resolve(fixtures) && existsSync(join(fixtures, f))) problems.push(`${f}: a fixture of this name exists already; rename it`);
    if (!files.includes(stem + ".txt")) {
      problems.push(`${f}: no .txt beside it`);
      continue;
    }
    const text = readFileSync(join(dir, stem + ".txt"), "utf8");
    // (pinyin glosses, 規(guī)劃, are page noise the extractor drops too; keys are compared with the text
    // as the extractor reads it, simplified by its own table)
    const withoutGlosses = (x: string) => x.replace(/\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/g, "");
    const flat = squash(withoutGlosses(text));
    const simplified = squash(cleanCharacters(text).text);
    readFileSync(join(dir, f), "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!line.trim()) return;
        const at = `${f}:${i + 1}`;
        let r: Record<string, unknown>;
        try {
          r = JSON.parse(line) as Record<string, unknown>;
        } catch (e) {
          problems.push(`${at}: not JSON (${(e as Error).message})`);
          return;
        }
        // (unit may be "", the contract's default for a bare number)
        for (const k of ["name", "key", "comparator", "unit", "basis", "kind", "quote"]) if (typeof r[k] !== "string" || (k !== "unit" && !r[k])) problems.push(`${at}: ${k} is missing or not a string`);
        const name = String(r.name ?? "");
        const key = String(r.key ?? "");
        if (!(r.year === null || Number.isInteger(r.year))) problems.push(`${at}: year must be an integer or null`);
        if (!COMPARATORS.has(String(r.comparator))) problems.push(`${at}: comparator ${String(r.comparator)} is not one of ${[...COMPARATORS].join(" ")}`);
        if (r.comparator === "between") {
          if (typeof r.min !== "number" || typeof r.max !== "number" || "value" in r) problems.push(`${at}: between needs min and max, and no value`);
        } else if (typeof r.value !== "number") problems.push(`${at}: value must be a number`);
        if (r.basis !== "absolute" && r.basis !== "previous_year") problems.push(`${at}: basis must be absolute or previous_year`);
        if (r.kind !== "target" && r.kind !== "actual") problems.push(`${at}: kind must be target or actual`);
        if (key && name && !name.includes(key)) problems.push(`${at}: key «${key}» is not inside name «${name}»`);
        if (key && !simplified.includes(key)) problems.push(`${at}: key «${key}» is not in the text (in simplified characters); a key is made of the text's own words`);
        if (typeof r.quote === "string" && !flat.includes(squash(withoutGlosses(r.quote)))) problems.push(`${at}: quote not found in the text (whitespace aside): «${r.quote}»`);
        if (r.cmp_ok !== undefined && (!Array.isArray(r.cmp_ok) || r.cmp_ok.some((c) => !COMPARATORS.has(String(c))))) problems.push(`${at}: cmp_ok must list comparators`);
        if (r.year_ok !== undefined && (!Array.isArray(r.year_ok) || r.year_ok.some((y) => !(y === null || Number.isInteger(y))))) problems.push(`${at}: year_ok must list integers or null`);
        if ("optional" in r && typeof r.optional !== "boolean") problems.push(`${at}: optional must be true or false`);
        if (TRADITIONAL.test(name + key)) problems.push(`${at}: name and key must be in simplified characters`);
      });
  }
  return problems;
}

