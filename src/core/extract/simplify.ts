// Traditional → simplified with OpenCC's own dictionaries (opencc-js, the t → cn preset, which
// leaves simplified text alone: the tw preset would turn 显著 into 显着). Converted line by line
// so each character keeps its original offset; the rare line whose length changes is converted
// character by character instead, which keeps the alignment at the cost of phrase context.
import * as OpenCC from "opencc-js/t2cn";
import { MappedBuilder, type MappedText } from "./mapped-text";

let convert: ((s: string) => string) | undefined;
let gate: Set<string> | null | undefined;

function converter(): (s: string) => string {
  convert ??= OpenCC.Converter({ from: "t", to: "cn" });
  return convert;
}

// Characters the dictionary would change. Lines without any are left alone, so simplified
// text (the common case) costs a set lookup per character instead of a dictionary walk.
function traditionalChars(): Set<string> | null {
  if (gate !== undefined) return gate;
  try {
    const set = new Set<string>();
    const chain = OpenCC.Locale.configs.t2s?.conversionChain ?? [];
    for (const group of chain) {
      for (const dict of group) {
        if (typeof dict !== "string") continue;
        for (const entry of dict.split("|")) {
          const [key, first] = entry.split(" ");
          // single characters that change; a phrase that changes holds one of them
          if (!key || !first || key === first || [...key].length !== 1) continue;
          set.add(key);
        }
      }
    }
    gate = set.size > 0 ? set : null;
  } catch {
    gate = null;
  }
  return gate;
}

// the same gate by character code for the BMP (a lookup per character without making a string of it)
let gateCodes: Uint8Array | undefined;
function codesOf(chars: Set<string>): Uint8Array {
  if (gateCodes) return gateCodes;
  gateCodes = new Uint8Array(0x10000);
  for (const ch of chars) if (ch.length === 1) gateCodes[ch.charCodeAt(0)] = 1;
  return gateCodes;
}

function needsConversion(line: string, chars: Set<string> | null): boolean {
  const codes = chars ? codesOf(chars) : null;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x2e80) continue;
    if (!chars || !codes) return true;
    // characters outside the BMP come as a surrogate pair
    if (code >= 0xd800 && code <= 0xdbff) {
      if (chars.has(line.slice(i, i + 2))) return true;
      i++;
    } else if (codes[code] === 1) return true;
  }
  return false;
}

export function toSimplified(input: MappedText): MappedText {
  const chars = traditionalChars();
  const s = input.text;
  if (!needsConversion(s, chars)) return input;
  const out = new MappedBuilder(input);
  const conv = converter();
  let start = 0;
  while (start <= s.length) {
    let end = s.indexOf("\n", start);
    if (end < 0) end = s.length;
    const line = s.slice(start, end);
    if (needsConversion(line, chars)) {
      const converted = conv(line);
      if (converted.length === line.length) {
        for (let i = 0; i < line.length; i++) {
          if (converted[i] === line[i]) out.copy(start + i, start + i + 1);
          else out.put(converted[i]!, start + i);
        }
      } else {
        for (let i = 0; i < line.length; ) {
          const cp = line.codePointAt(i)!;
          const ch = String.fromCodePoint(cp);
          const one = conv(ch);
          if (one === ch) out.copy(start + i, start + i + ch.length);
          else out.put(one, start + i);
          i += ch.length;
        }
      }
    } else out.copy(start, end);
    if (end < s.length) out.copy(end, end + 1);
    start = end + 1;
  }
  return out.build();
}
