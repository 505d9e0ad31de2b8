// Sentences (。！？, line breaks, headings) and, inside them, clauses (，；：). A decimal point,
// a thousands comma and a ratio colon between digits are not boundaries.
import type { Heading } from "./sections";

export interface Span {
  start: number;
  end: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";

export function splitSentences(s: string, headings: Heading[] = []): Span[] {
  const cuts = [...new Set(headings.flatMap((h) => [h.start, h.end]))].sort((a, b) => a - b);
  let nextCut = 0;
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(s[a]!)) a++;
    while (b > a && /\s/.test(s[b - 1]!)) b--;
    if (b > a) out.push({ start: a, end: b });
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    while (nextCut < cuts.length && cuts[nextCut]! < i) nextCut++;
    if (cuts[nextCut] === i && i > start) {
      push(i);
      start = i;
    }
    if (c === "。" || c === "！" || c === "？" || c === "\n" || ((c === "!" || c === "?") && !isDigit(s[i + 1]))) {
      push(i + 1);
      start = i + 1;
    }
  }
  push(s.length);
  return out;
}

// A bracket that opens a breakdown or a note after a figure — 12所（其中新建5所） — is a
// clause of its own; brackets inside words (新(扩)建, 各镇(街道)) are not.
const NOTE = /^[(（]\s*(?:其中|含|包括|包含|内含|即|分别|占)/;

export function splitClauses(s: string, sentence: Span): Span[] {
  const out: Span[] = [];
  let start = sentence.start;
  let inNote = false;
  for (let i = sentence.start; i < sentence.end; i++) {
    const c = s[i]!;
    let cut = c === "，" || c === "；" || c === ";" || c === "：" || c === "。" || c === "！" || c === "？";
    // 具有高中（含中专）教育程度人口: a note with no figure of its own is an aside to the words around it
    const bare = (c === "(" || c === "（") && !inNote ? /^[^()（）\d\n]{1,16}[)）]/.exec(s.slice(i + 1, Math.min(sentence.end, i + 19))) : null;
    if (bare && NOTE.test(s.slice(i, i + 6))) {
      i += bare[0].length;
      continue;
    }
    if ((c === "(" || c === "（") && NOTE.test(s.slice(i, i + 6))) {
      cut = true;
      inNote = true;
    } else if ((c === "(" || c === "（") && !inNote) {
      // （澳门元，下同）: a short aside with no figure is one piece, whatever commas it holds
      const inner = /^[^()（）\d\n]{1,12}[)）]/.exec(s.slice(i + 1, Math.min(sentence.end, i + 15)));
      if (inner && /[，,；;]/.test(inner[0])) {
        i += inner[0].length;
        continue;
      }
    } else if (inNote && (c === ")" || c === "）")) {
      cut = true;
      inNote = false;
    }
    if (c === "," && !(isDigit(s[i - 1]) && isDigit(s[i + 1]) && isDigit(s[i + 2]) && isDigit(s[i + 3]))) cut = true;
    // 七,八成: two numerals of one share, typed with a comma
    if ((c === "," || c === "，") && /[二三四五六七八]/.test(s[i - 1] ?? "") && /^[三四五六七八九]成/.test(s.slice(i + 1, i + 3))) cut = false;
    if (c === ":" && !(isDigit(s[i - 1]) && isDigit(s[i + 1]))) cut = true;
    if (cut) {
      if (i > start) out.push({ start, end: i });
      start = i + 1;
    }
  }
  if (sentence.end > start) out.push({ start, end: sentence.end });
  return out;
}
