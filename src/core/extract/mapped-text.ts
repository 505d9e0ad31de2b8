// Text that remembers where each of its characters came from, so that a figure found in the
// cleaned, simplified text can be quoted from the original exactly as it was written.

export interface MappedText {
  readonly text: string;
  /** map[i] = offset in the original of text[i]; map[text.length] = the original's length */
  readonly map: Int32Array;
}

export function identity(text: string): MappedText {
  const map = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) map[i] = i;
  return { text, map };
}

/** Builds a new MappedText from pieces of an input one; offsets are the input's. */
export class MappedBuilder {
  private readonly parts: string[] = [];
  // per piece: input offset of its first character, and whether the piece is a copy (its
  // characters map one by one) or a replacement (all its characters map to that offset)
  private readonly starts: number[] = [];
  private readonly copies: boolean[] = [];
  constructor(private readonly input: MappedText) {}

  /** input.text[start, end) unchanged */
  copy(start: number, end: number): void {
    if (end <= start) return;
    this.parts.push(this.input.text.slice(start, end));
    this.starts.push(start);
    this.copies.push(true);
  }

  /** `text` in place of what starts at input offset `at` */
  put(text: string, at: number): void {
    if (!text) return;
    this.parts.push(text);
    this.starts.push(at);
    this.copies.push(false);
  }

  build(): MappedText {
    const text = this.parts.join("");
    const map = new Int32Array(text.length + 1);
    const inMap = this.input.map;
    let k = 0;
    for (let p = 0; p < this.parts.length; p++) {
      const len = this.parts[p]!.length;
      const at = this.starts[p]!;
      if (this.copies[p]) for (let i = 0; i < len; i++) map[k++] = inMap[at + i]!;
      else for (let i = 0; i < len; i++) map[k++] = inMap[at]!;
    }
    map[text.length] = inMap[this.input.text.length]!;
    return { text, map };
  }
}

/** The original text behind cleaned [start, end), whitespace trimmed. */
export function originalSpan(m: MappedText, original: string, start: number, end: number): string {
  if (end <= start || start < 0 || end > m.text.length) return "";
  const from = m.map[start]!;
  const to = m.map[end - 1]! + 1;
  if (to <= from) return "";
  return original.slice(from, to).trim();
}
