// Lexer for the rule language. People type these in Chinese input methods, so full-width
// forms and the mathematical signs ≥ ≤ ≠ × ÷ are read as their ASCII operators. Offsets always
// point into the text as written.
import type { Span } from "./ast";

export type TokenType = "number" | "ident" | "op" | "(" | ")" | "," | "@" | "end";

export interface Token {
  type: TokenType;
  /** normalised text: `>=` for `≥`, `*` for `×`, `and` for `&&` … */
  text: string;
  /** the characters as written */
  raw: string;
  span: Span;
}

export interface LexError {
  span: Span;
  char: string;
  /** what the person probably meant, when we can tell */
  suggestion?: string;
}

const SIGNS: Record<string, string> = { "≥": ">=", "≤": "<=", "≠": "!=", "×": "*", "÷": "/" };
const TWO_CHAR_OPS: Record<string, string> = { ">=": ">=", "<=": "<=", "==": "=", "!=": "!=", "<>": "!=", "&&": "and", "||": "or" };
const ONE_CHAR_OPS = new Set(["+", "-", "*", "/", "<", ">", "=", "!"]);
const WORD_OPS: Record<string, string> = { and: "and", or: "or", not: "not" };
// Written the wrong way round, or in a spreadsheet's way: worth a precise hint.
const MISTAKES: Record<string, string> = { "=>": ">=", "=<": "<=", "%": "/ 100" };

/** Full-width ASCII (！ to ～) and the ideographic space to their ASCII forms, one for one. */
function narrow(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0);
  if (code === 0x3000) return " ";
  if (ch === "（") return "(";
  if (ch === "）") return ")";
  if (ch === "，") return ",";
  return SIGNS[ch] ?? ch;
}

export function tokenize(source: string): { tokens: Token[] } | { error: LexError } {
  const chars = Array.from(source, narrow);
  // `narrow` maps one UTF-16 unit to one string; rebuild offsets over the original units.
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of Array.from(source)) {
    offsets.push(offset);
    offset += ch.length;
  }
  offsets.push(offset);

  const tokens: Token[] = [];
  let i = 0;
  const span = (from: number, to: number): Span => ({ start: offsets[from]!, end: offsets[to]! });
  const rawOf = (from: number, to: number) => source.slice(offsets[from], offsets[to]);

  while (i < chars.length) {
    const c = chars[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c.length > 1 && TWO_CHAR_OPS[c]) {
      // ≥ ≤ ≠ arrive here already narrowed to two ASCII characters
      tokens.push({ type: "op", text: TWO_CHAR_OPS[c]!, raw: rawOf(i, i + 1), span: span(i, i + 1) });
      i++;
      continue;
    }
    const two = c + (chars[i + 1] ?? "");
    if (MISTAKES[two]) return { error: { span: span(i, i + 2), char: rawOf(i, i + 2), suggestion: MISTAKES[two] } };
    if (/[0-9.]/.test(c)) {
      let j = i;
      while (j < chars.length && /[0-9.]/.test(chars[j]!)) j++;
      const text = chars.slice(i, j).join("");
      if (!/^(\d+(\.\d+)?|\.\d+)$/.test(text)) return { error: { span: span(i, j), char: rawOf(i, j) } };
      tokens.push({ type: "number", text, raw: rawOf(i, j), span: span(i, j) });
      i = j;
      continue;
    }
    if (/[A-Za-z_]/.test(c)) {
      let j = i;
      while (j < chars.length && /[A-Za-z0-9_]/.test(chars[j]!)) j++;
      const word = chars.slice(i, j).join("");
      const op = Object.hasOwn(WORD_OPS, word.toLowerCase()) ? WORD_OPS[word.toLowerCase()] : undefined; // an id may be "constructor"
      tokens.push({ type: op ? "op" : "ident", text: op ?? word, raw: rawOf(i, j), span: span(i, j) });
      i = j;
      continue;
    }
    if (TWO_CHAR_OPS[two]) {
      tokens.push({ type: "op", text: TWO_CHAR_OPS[two]!, raw: rawOf(i, i + 2), span: span(i, i + 2) });
      i += 2;
      continue;
    }
    if (ONE_CHAR_OPS.has(c)) {
      tokens.push({ type: "op", text: c === "!" ? "not" : c, raw: rawOf(i, i + 1), span: span(i, i + 1) });
      i++;
      continue;
    }
    if (c === "(" || c === ")" || c === "," || c === "@") {
      tokens.push({ type: c, text: c, raw: rawOf(i, i + 1), span: span(i, i + 1) });
      i++;
      continue;
    }
    return { error: { span: span(i, i + 1), char: rawOf(i, i + 1), suggestion: MISTAKES[c] } };
  }
  tokens.push({ type: "end", text: "", raw: "", span: span(chars.length, chars.length) });
  return { tokens };
}
