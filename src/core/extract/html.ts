// Web pages: tags out, entities decoded, block elements become line breaks. A hand-written
// scanner (no backtracking regex over the page) keeps a 1 MB page linear.
import { identity, MappedBuilder, type MappedText } from "./mapped-text";

const BLOCK = new Set(["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title", "td", "th"]);
const SKIP_CONTENT = new Set(["script", "style", "noscript", "template", "svg", "head"]);
const NAMED: Record<string, string> = {
  nbsp: " ", ensp: " ", emsp: " ", thinsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–", hellip: "…", middot: "·",
  times: "×", divide: "÷", deg: "°", yen: "¥", copy: "©", reg: "®", bull: "•", laquo: "«", raquo: "»",
};

/** Does the text carry markup worth stripping (a page, or leftovers of one)? */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|li|td|tr|table|html|body|h[1-6]|font|strong|b|a|img|section|article)\b[^<>]{0,500}>/i.test(text) || /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|#\d{2,6}|#x[0-9a-f]{2,5});/i.test(text);
}

export function stripHtml(input: MappedText): MappedText {
  const s = input.text;
  const out = new MappedBuilder(input);
  let i = 0;
  let textStart = 0;
  const flush = (end: number) => out.copy(textStart, end);
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 60 /* < */) {
      if (s.startsWith("<!--", i)) {
        const close = s.indexOf("-->", i + 4);
        flush(i);
        i = close < 0 ? s.length : close + 3;
        textStart = i;
        continue;
      }
      const m = /^<\/?([a-zA-Z][a-zA-Z0-9]*)\b/.exec(s.slice(i, i + 40)) ?? (s[i + 1] === "!" || s[i + 1] === "?" ? ["", "!"] : null);
      if (!m) {
        i++;
        continue;
      }
      const close = s.indexOf(">", i + 1);
      if (close < 0) {
        i++;
        continue;
      }
      flush(i);
      const name = (m[1] ?? "").toLowerCase();
      const isEnd = s[i + 1] === "/";
      if (BLOCK.has(name)) out.put("\n", i);
      i = close + 1;
      if (!isEnd && SKIP_CONTENT.has(name)) {
        const end = s.toLowerCase().indexOf(`</${name}`, i);
        if (end >= 0) {
          const endClose = s.indexOf(">", end);
          i = endClose < 0 ? s.length : endClose + 1;
        }
      }
      textStart = i;
      continue;
    }
    if (c === 38 /* & */) {
      const m = /^&(#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});/.exec(s.slice(i, i + 12));
      if (m) {
        const body = m[1]!;
        let ch: string | undefined;
        if (body[0] === "#") {
          const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
          if (code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff)) ch = String.fromCodePoint(code);
        } else ch = NAMED[body.toLowerCase()];
        if (ch !== undefined) {
          flush(i);
          out.put(ch, i);
          i += m[0].length;
          textStart = i;
          continue;
        }
      }
    }
    i++;
  }
  flush(s.length);
  return out.build();
}

/** A page's readable text: what the CLI hands to extraction for .html files. */
export function htmlToText(html: string): string {
  const text = stripHtml(identity(html)).text;
  // blank runs left by layout markup
  return text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
