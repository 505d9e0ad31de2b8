// One pass over an XML part, start and end tags and text, by hand: several times faster than a
// general SAX parser on sheet XML (measured on our forms), and it reads what exceljs's parser
// reads. Elements are reported by local name (a prefix such as `x:` from the Open XML SDK is
// dropped). Mismatched end tags and unknown entities are refused as exceljs's parser refuses
// them; text outside the root, and anything after the root closes (NUL padding, a second copy),
// is ignored as package.ts's trimToRoot does; CDATA is skipped as exceljs skips it.
import { WorkbookOpenError } from "../xlsx/open-error";

export interface XmlHandler {
  /** `attrs` is the raw text between the name and `>`; read it with `attr`. */
  open(name: string, attrs: string, selfClosing: boolean): void;
  close(name: string): void;
  /** decoded character data inside the root */
  text(text: string): void;
}

const unreadable = (why: string) => new WorkbookOpenError("unreadable", { cause: new Error(why) });

const localName = (qname: string) => {
  const colon = qname.indexOf(":");
  return colon < 0 ? qname : qname.slice(colon + 1);
};

export function scanXml(xml: string, h: XmlHandler): void {
  const stack: string[] = [];
  let pos = xml.indexOf("<");
  if (pos < 0) return;
  const n = xml.length;
  while (pos < n) {
    const lt = xml.indexOf("<", pos);
    if (lt < 0) break;
    if (lt > pos && stack.length > 0) {
      h.text(textOf(xml.slice(pos, lt)));
    }
    const c = xml.charCodeAt(lt + 1);
    if (c === 0x3f /* ? */) {
      pos = skipPast(xml, "?>", lt);
      continue;
    }
    if (c === 0x21 /* ! */) {
      if (xml.startsWith("<!--", lt)) pos = skipPast(xml, "-->", lt);
      else if (xml.startsWith("<![CDATA[", lt)) pos = skipPast(xml, "]]>", lt);
      else pos = skipDoctype(xml, lt);
      continue;
    }
    if (c === 0x2f /* / */) {
      const gt = xml.indexOf(">", lt);
      if (gt < 0) throw unreadable("unclosed end tag");
      const qname = xml.slice(lt + 2, gt).trim();
      if (stack.pop() !== qname) throw unreadable(`unexpected end tag ${qname}`);
      h.close(localName(qname));
      pos = gt + 1;
      if (stack.length === 0) return; // the root closed
      continue;
    }
    // a start tag: the name, then attributes up to a ">" outside quotes
    let i = lt + 1;
    while (i < n) {
      const ch = xml.charCodeAt(i);
      if (ch === 0x20 || ch === 0x3e || ch === 0x2f || ch === 0x09 || ch === 0x0a || ch === 0x0d) break;
      i++;
    }
    const qname = xml.slice(lt + 1, i);
    if (qname === "") throw unreadable("empty tag name");
    const attrStart = i;
    let quote = 0;
    for (; i < n; i++) {
      const ch = xml.charCodeAt(i);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
    }
    if (i >= n) throw unreadable("unclosed start tag");
    const selfClosing = xml.charCodeAt(i - 1) === 0x2f && i - 1 >= attrStart;
    const attrs = xml.slice(attrStart, selfClosing ? i - 1 : i);
    const name = localName(qname);
    h.open(name, attrs, selfClosing);
    pos = i + 1;
    if (selfClosing) {
      h.close(name);
      if (stack.length === 0) return;
    } else stack.push(qname);
  }
}

function skipPast(xml: string, end: string, from: number): number {
  const at = xml.indexOf(end, from);
  if (at < 0) throw unreadable(`unclosed ${end}`);
  return at + end.length;
}

function skipDoctype(xml: string, from: number): number {
  const bracket = xml.indexOf("[", from);
  const gt = xml.indexOf(">", from);
  if (gt < 0) throw unreadable("unclosed declaration");
  return bracket >= 0 && bracket < gt ? skipPast(xml, "]>", bracket) : gt + 1;
}

/** Character data as an XML parser hands it on: line ends as "\n", entities decoded. */
function textOf(raw: string): string {
  const t = raw.includes("\r") ? raw.replace(/\r\n?/g, "\n") : raw;
  return t.includes("&") ? decodeEntities(t) : t;
}

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function decodeEntities(s: string): string {
  return s.replace(/&([^;&\s]*);?/g, (whole, body: string) => {
    if (!whole.endsWith(";")) throw unreadable("bare & in text");
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!Number.isInteger(code) || code <= 0 || code > 0x10ffff || !/^#(x[0-9a-fA-F]+|[0-9]+)$/.test(body)) throw unreadable(`bad character reference ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = Object.hasOwn(NAMED, body) ? NAMED[body] : undefined;
    if (named === undefined) throw unreadable(`unknown entity ${whole}`);
    return named;
  });
}

/** One attribute's decoded value from a tag's raw attribute text, matched by local name when
 *  `anyPrefix` (r:id, rel:id…), else by exact name. */
export function attr(attrs: string, name: string, anyPrefix = false): string | undefined {
  let i = 0;
  const n = attrs.length;
  while (i < n) {
    while (i < n && attrs.charCodeAt(i) <= 0x20) i++;
    const start = i;
    while (i < n && attrs.charCodeAt(i) !== 0x3d /* = */ && attrs.charCodeAt(i) > 0x20) i++;
    const key = attrs.slice(start, i);
    while (i < n && attrs.charCodeAt(i) <= 0x20) i++;
    if (attrs.charCodeAt(i) !== 0x3d) return undefined; // not an attribute list we can read
    i++;
    while (i < n && attrs.charCodeAt(i) <= 0x20) i++;
    const q = attrs.charCodeAt(i);
    if (q !== 0x22 && q !== 0x27) return undefined;
    const end = attrs.indexOf(q === 0x22 ? '"' : "'", i + 1);
    if (end < 0) return undefined;
    const match = anyPrefix ? key.includes(":") && localName(key) === name : key === name;
    if (match) {
      // attribute-value normalisation: each tab or line end is a space
      const raw = attrs.slice(i + 1, end).replace(/\r\n|[\t\n\r]/g, " ");
      return raw.includes("&") ? decodeEntities(raw) : raw;
    }
    i = end + 1;
  }
  return undefined;
}
