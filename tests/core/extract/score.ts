// Our own port of the shared scorer's matching rules (score-extraction.mjs), so the made-up
// gold in fixtures/ is scored the same way where the shared directory is absent (CI).
// A labelled record matches at most one output record: same unit and number after folding
// 万/亿, and the label's key inside the output's name.
import type { ExtractedIndicator } from "../../../src/core/extract/types";

export interface GoldRecord {
  name: string;
  key?: string;
  comparator: string;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  year?: number | null;
  kind?: string;
  quote?: string;
  optional?: boolean;
  cmp_ok?: string[];
  year_ok?: (number | null)[];
}

export interface Score {
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  comparator_agreement: number;
  year_agreement: number;
  kind_agreement: number;
  name_median_length: number;
  missed: string[];
  extra: string[];
  disagreements: string[];
}

const VARIANTS: Record<string, string> = { 個: "个", 萬: "万", 億: "亿", 場: "场", 節: "节", 項: "项", 處: "处", 戶: "户", 輛: "辆", 屆: "届", 學: "学", 時: "时", 門: "门", 間: "间", 條: "条", 臺: "台", 週: "周", 圖: "图" };
const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3, 百: 1e2 };

type Numbered = { unit: string; nums: (number | null)[] };
type Rec = Pick<GoldRecord, "comparator" | "value" | "min" | "max" | "unit">;

function normUnit(unit: string): { unit: string; factor: number } {
  let u = [...String(unit ?? "").trim()].map((c) => VARIANTS[c] ?? c).join("");
  if (u === "％" || u === "percent") u = "%";
  let factor = 1;
  while (u.length > 1 && MAGNITUDE[u[0]!]) {
    factor *= MAGNITUDE[u[0]!]!;
    u = u.slice(1);
  }
  return { unit: u, factor };
}

function numbers(rec: Rec): Numbered {
  const { unit, factor } = normUnit(rec.unit);
  const scale = (x: number | undefined) => (typeof x === "number" ? Math.round(x * factor * 1e6) / 1e6 : null);
  if (rec.comparator === "between" || (rec.min != null && rec.max != null && rec.value == null)) return { unit, nums: [scale(rec.min), scale(rec.max)] };
  return { unit, nums: [scale(rec.value)] };
}

function sameNumbers(a: Numbered, b: Numbered): boolean {
  if (a.unit !== b.unit) return false;
  if (a.nums.length === 2 && b.nums.length === 2) return a.nums[0] === b.nums[0] && a.nums[1] === b.nums[1];
  if (a.nums.length !== b.nums.length) return false;
  return a.nums[0] !== null && a.nums[0] === b.nums[0];
}

// "=" and ">=" agree on a plain 100 %; a label may accept other comparators and years.
function comparatorAgrees(g: GoldRecord, p: ExtractedIndicator): boolean {
  if (g.comparator === p.comparator) return true;
  if (g.cmp_ok?.includes(p.comparator)) return true;
  const pair = new Set([g.comparator, p.comparator]);
  return pair.has("=") && pair.has(">=") && normUnit(g.unit).unit === "%" && g.value === 100;
}

function yearAgrees(g: GoldRecord, p: ExtractedIndicator): boolean {
  const y = p.year ?? null;
  return (g.year ?? null) === y || (g.year_ok?.includes(y) ?? false);
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

export function parseGold(jsonl: string): GoldRecord[] {
  return jsonl
    .split("\n")
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as GoldRecord);
}

const show = (n: Numbered) => `${JSON.stringify(n.nums)}${n.unit}`;

export function scoreExtraction(gold: GoldRecord[], predicted: ExtractedIndicator[]): Score {
  const P = predicted.map((rec) => ({ rec, n: numbers(rec), name: String(rec.name ?? ""), used: false }));
  const G = gold.map((rec) => ({ rec, n: numbers(rec), key: String(rec.key ?? rec.name ?? "") }));
  // required labels first, so an optional one never takes a match a required one could use
  const order = [...G.keys()].sort((a, b) => Number(!!G[a]!.rec.optional) - Number(!!G[b]!.rec.optional));
  const matches: { g: (typeof G)[number]; p: (typeof P)[number] }[] = [];
  for (const gi of order) {
    const g = G[gi]!;
    const cands = P.filter((p) => !p.used && sameNumbers(g.n, p.n) && p.name.includes(g.key));
    if (!cands.length) continue;
    // prefer the candidate whose quote overlaps the label's quote, then the shortest name
    const quote = String(g.rec.quote ?? "");
    const overlaps = (p: (typeof P)[number]) => (quote && String(p.rec.quote ?? "") && quote.includes(String(p.rec.quote).slice(0, 6)) ? 0 : 1);
    cands.sort((a, b) => overlaps(a) - overlaps(b) || a.name.length - b.name.length);
    cands[0]!.used = true;
    matches.push({ g, p: cands[0]! });
  }
  const required = G.filter((g) => !g.rec.optional);
  const matchedRequired = matches.filter((m) => !m.g.rec.optional).length;
  const matchedOptional = matches.length - matchedRequired;
  const counted = P.length - matchedOptional;
  const precision = counted ? matchedRequired / counted : 0;
  const recall = required.length ? matchedRequired / required.length : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const agree = (f: (m: (typeof matches)[number]) => boolean) => (matches.length ? matches.filter(f).length / matches.length : 0);
  const round = (x: number) => +x.toFixed(4);
  const matchedG = new Set(matches.map((m) => m.g));
  const disagreements: string[] = [];
  for (const { g, p } of matches) {
    if (!comparatorAgrees(g.rec, p.rec)) disagreements.push(`cmp   ${g.key} ${show(g.n)}: label ${g.rec.comparator}, output ${p.rec.comparator}`);
    if (!yearAgrees(g.rec, p.rec)) disagreements.push(`year  ${g.key} ${show(g.n)}: label ${g.rec.year ?? null}, output ${p.rec.year}`);
    if ((g.rec.kind ?? "target") !== p.rec.kind) disagreements.push(`kind  ${g.key} ${show(g.n)}: label ${g.rec.kind ?? "target"}, output ${p.rec.kind}`);
  }
  return {
    gold: required.length,
    predicted: P.length,
    matched: matchedRequired,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    comparator_agreement: round(agree((m) => comparatorAgrees(m.g.rec, m.p.rec))),
    year_agreement: round(agree((m) => yearAgrees(m.g.rec, m.p.rec))),
    kind_agreement: round(agree((m) => (m.g.rec.kind ?? "target") === m.p.rec.kind)),
    name_median_length: median(P.map((p) => [...p.name].length)),
    missed: required.filter((g) => !matchedG.has(g)).map((g) => `${g.key} ${show(g.n)} «${g.rec.quote ?? ""}»`),
    extra: P.filter((p) => !p.used).map((p) => `${p.name} ${show(p.n)} «${p.rec.quote}»`),
    disagreements,
  };
}
