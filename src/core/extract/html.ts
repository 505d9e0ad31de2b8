// Web pages: the text a reader sees. htmlparser2's tokenizer (spec-style, linear, executes
// nothing, runs in Node and the browser) reads the markup, so quoted attributes, raw-text
// elements and the full set of named entities are handled as a browser would; we keep the
// offset map to the original, drop what a browser does not show, and turn blocks into lines.
import { Parser } from "htmlparser2";
import { identity, MappedBuilder, type MappedText } from "./mapped-text";

const BLOCK = new Set(["p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "header", "footer", "blockquote", "pre", "hr", "dd", "dt", "title", "td", "th"]);
// void elements: their start tag is the line break; the parser's implied end tag is not another
const VOID_BLOCK = new Set(["br", "hr"]);
// never shown as text (head: metadata, and the page title repeats the heading)
const HIDDEN_ELEMENT = new Set(["script", "style", "noscript", "template", "svg", "head", "iframe"]);
const HIDDEN_STYLE = /(?:^|[;\s])(?:display\s*:\s*none|visibility\s*:\s*hidden)\b/i;
// entities for spaces read as plain spaces, as the rules expect
const SPACES = /[\u00a0\u2002\u2003\u2009]/g;

/** Does the text carry markup worth stripping (a page, or leftovers of one)? */
export function looksLikeHtml(text: string): boolean {
  return /<\/?(?:p|div|br|span|li|td|tr|table|html|body|h[1-6]|font|strong|b|a|img|section|article)\b[^<>]{0,500}>/i.test(text) || /&(?:nbsp|amp|lt|gt|quot|ldquo|rdquo|#\d{2,6}|#x[0-9a-f]{2,5});/i.test(text);
}

function hides(name: string, attribs: Record<string, string>): boolean {
  if (HIDDEN_ELEMENT.has(name)) return true;
  if ("hidden" in attribs) return true;
  if (name === "input" && attribs.type?.toLowerCase() === "hidden") return true;
  return attribs.style !== undefined && HIDDEN_STYLE.test(attribs.style);
}

export function stripHtml(input: MappedText): MappedText {
  const s = input.text;
  const out = new MappedBuilder(input);
  let depth = 0;
  let hiddenFrom = 0; // depth of the outermost hidden element; 0 = shown
  const at = () => Math.min(parser.startIndex, s.length);
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (hiddenFrom) return;
        if (hides(name, attribs)) hiddenFrom = depth;
        else if (BLOCK.has(name)) out.put("\n", at());
      },
      onclosetag(name) {
        if (!hiddenFrom && BLOCK.has(name) && !VOID_BLOCK.has(name)) out.put("\n", at());
        if (hiddenFrom === depth) hiddenFrom = 0;
        depth--;
      },
      ontext(data) {
        if (hiddenFrom) return;
        const start = parser.startIndex;
        const end = parser.endIndex + 1;
        // text as written maps character by character; a decoded entity maps to where it stood
        if (s.slice(start, end) === data) out.copy(start, end);
        else out.put(data.replace(SPACES, " "), Math.min(start, s.length));
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(s);
  return out.build();
}

/** A page's readable text: what the CLI hands to extraction for .html files. */
export function htmlToText(html: string): string {
  const text = stripHtml(identity(html)).text;
  // blank runs left by layout markup
  return text.replace(/[ \t]+\n/g, "\n").replace(/\n{3,}/g, "\n\n").trim();
}
