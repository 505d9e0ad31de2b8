// Finds the line and column where each value of a JSON text starts, keyed by its JSON path,
// so a problem found in the parsed data can point at the line in the file people edit.
// Only called on text JSON.parse has accepted, so it can assume well-formed input.
import { formatPath, type PathSegment } from "./path";

export interface TextPosition {
  line: number;
  column: number;
}

export function locateJsonPaths(text: string): Map<string, TextPosition> {
  const positions = new Map<string, TextPosition>();
  let i = 0;
  let line = 1;
  let lineStart = 0;

  const skipSpace = () => {
    while (i < text.length) {
      const c = text[i];
      if (c === "\n") {
        line++;
        lineStart = i + 1;
      } else if (c !== " " && c !== "\t" && c !== "\r" && c !== "\ufeff") break;
      i++;
    }
  };
  const readString = (): string => {
    const start = i;
    i++; // opening quote
    while (i < text.length && text[i] !== '"') i += text[i] === "\\" ? 2 : 1;
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: PathSegment[]): void => {
    skipSpace();
    positions.set(formatPath(path), { line, column: i - lineStart + 1 });
    const c = text[i];
    if (c === "{") {
      i++;
      skipSpace();
      if (text[i] === "}") {
        i++;
        return;
      }
      for (;;) {
        skipSpace();
        const key = readString();
        skipSpace();
        i++; // colon
        value([...path, key]);
        skipSpace();
        if (text[i++] === "}") return;
      }
    }
    if (c === "[") {
      i++;
      skipSpace();
      if (text[i] === "]") {
        i++;
        return;
      }
      for (let n = 0; ; n++) {
        value([...path, n]);
        skipSpace();
        if (text[i++] === "]") return;
      }
    }
    if (c === '"') {
      readString();
      return;
    }
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
  };
  value([]);
  return positions;
}

/** Line and column of a JSON.parse error, from the offset V8 puts in its message. */
export function jsonErrorPosition(text: string, error: Error): TextPosition & { detail: string } {
  const m = /position (\d+)/.exec(error.message);
  const lc = /line (\d+) column (\d+)/.exec(error.message);
  const detail = error.message.replace(/\s*\(line \d+ column \d+\)/, "").replace(/ in JSON at position \d+.*/, "");
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]), detail };
  const offset = m ? Number(m[1]) : text.length;
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n"), detail };
}
