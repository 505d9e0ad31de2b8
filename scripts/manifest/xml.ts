// The manifest as a tree with namespaces and line numbers, parsed by saxes (the XML parser
// exceljs and jsdom use): a well-formedness checker, so every error is reported with its line
// and parsing goes on. saxes never reads DTDs or expands custom entities, and we also report
// any DOCTYPE as an error (Office manifests never have one).
// What is ours: the tree, and turning saxes' terse messages into what to do about them.
import { SaxesParser, type SaxesAttributeNS, type SaxesTagNS } from "saxes";

export interface XmlAttr {
  /** qualified name as written, e.g. "xsi:type" */
  name: string;
  prefix: string;
  local: string;
  /** namespace URI; "" for unprefixed attributes (XML namespaces: no default namespace) */
  ns: string;
  value: string;
  line: number;
}

export interface XmlElement {
  name: string;
  prefix: string;
  local: string;
  ns: string;
  attrs: XmlAttr[];
  children: XmlElement[];
  parent: XmlElement | undefined;
  /** direct text content, entities decoded, CDATA included */
  text: string;
  line: number;
}

export interface XmlError {
  line: number;
  message: string;
}

export interface XmlDocument {
  root: XmlElement | undefined;
  errors: XmlError[];
}

// saxes reads a bare "&" as the start of an entity up to the next ";", swallowing the markup in
// between, so its errors land far from the cause. We find each such "&" (comments, CDATA and PIs
// may hold a literal one), report it, and hand saxes a U+FFFD in its place: same length, so
// every later line and position is unchanged.
const BARE_AMP = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<\?[\s\S]*?(?:\?>|$)|&(?!(?:[A-Za-z_:\u00C0-\uFFFF][\w.:\-\u00B7\u00C0-\uFFFF]*|#[0-9]+|#x[0-9A-Fa-f]+);)/g;

function lineAt(text: string, pos: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i >= 0 && i < pos; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

export function parseXml(input: string): XmlDocument {
  let text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const errors: (XmlError & { pos: number; raw: string })[] = [];
  const parser = new SaxesParser({ xmlns: true, position: true });

  text = text.replace(BARE_AMP, (m: string, at: number) => {
    if (m !== "&") return m;
    errors.push({ line: lineAt(text, at), pos: at, raw: "", message: `"&" must start an entity such as &amp; (write "&amp;" for a literal ampersand)` });
    return "\uFFFD";
  });

  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  let tagLine = 1;
  let tagName = "";
  let lastClosed: XmlElement | undefined;
  const attrLines = new Map<object, number>();

  // saxes messages, worded as what to do; anything not listed is passed on as saxes says it.
  const explain = (raw: string): string => {
    const pos = parser.position;
    const msg = raw.replace(/^\d+:\d+: /, "");
    // the name of the tag saxes is reading: "<b" or "</a" just before the position
    const nameBefore = (open: string) => /^[^\s/>]*/.exec(text.slice(text.lastIndexOf(open, pos - 1) + open.length))![0];
    let m: RegExpExecArray | null;
    if (msg === "unexpected close tag." && lastClosed) return `<${lastClosed.name}> (line ${lastClosed.line}) is not closed before </${nameBefore("</")}>; add </${lastClosed.name}> or make it self-closing`;
    if ((m = /^unmatched closing tag: (.*)\.$/.exec(msg))) return `end tag </${m[1]}> has no matching start tag`;
    if ((m = /^unclosed tag: (.*)$/.exec(msg))) {
      const open = [...stack].reverse().find((e) => e.name === m![1]);
      return `<${m[1]}>${open ? ` (line ${open.line})` : ""} is never closed; add </${m[1]}>`;
    }
    if ((m = /^duplicate attribute: (.*)\.$/.exec(msg))) return `attribute ${m[1]!.replace(/^\{[^}]*\}/, "")} appears twice in <${tagName}>; keep one`;
    if (msg === "unquoted attribute value.") return `an attribute value in <${tagName}> must be in quotes: write name="..."`;
    if (msg === "attribute without value.") return `an attribute in <${tagName}> has no value; write name="..."`;
    if (msg === "no whitespace between attributes.") return `attributes in <${tagName}> must be separated by a space`;
    if ((m = /^unbound namespace prefix: "(.*)"\.$/.exec(msg))) {
      const where = tagName.startsWith(`${m[1]}:`) ? `<${tagName}>` : `an attribute of <${tagName}>`;
      return `namespace prefix "${m[1]}" of ${where} is not declared; add xmlns:${m[1]}="..."`;
    }
    if (msg === "text data outside of root node.") return "text outside the root element; remove it";
    if (msg === "documents may contain only one root.") return `second root element <${nameBefore("<")}>; a document has exactly one root${root ? ` (<${root.name}>, line ${root.line})` : ""}`;
    if (/XML declaration must (?:be|appear) at the start/.test(msg)) return "the XML declaration <?xml ...?> must be the very first thing in the file";
    if (msg === "malformed comment.") return `malformed comment: "--" is allowed only in the closing -->`;
    if (msg === "document must contain a root element.") return "no root element: this is not an XML document";
    if (msg === "undefined entity.") {
      const amp = text.lastIndexOf("&", pos);
      return `unknown entity "${text.slice(amp, pos)}" (only &lt; &gt; &amp; &quot; &apos; and &#...; exist without a DTD)`;
    }
    if (msg === "disallowed character.") {
      const ch = text[pos - 1] ?? "";
      if (ch === "<") return `"<" is not allowed in an attribute value; write "&lt;"`;
      if (ch) return `character U+${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML; delete it`;
    }
    if (msg === "unexpected end.") return "the file ends inside a tag, comment or entity; complete it";
    return msg;
  };

  parser.on("error", (e) => {
    errors.push({ line: parser.line, pos: parser.position, raw: e.message, message: explain(e.message) });
  });
  parser.on("doctype", () => errors.push({ line: parser.line, pos: parser.position, raw: "", message: "DOCTYPE/DTD declarations are not supported in a manifest; remove it" }));
  parser.on("xmldecl", (decl) => {
    if (decl.encoding && !/^utf-?8$/i.test(decl.encoding)) {
      errors.push({ line: parser.line, pos: parser.position, raw: "", message: `declared encoding "${decl.encoding}": save the file as UTF-8 and declare encoding="UTF-8"` });
    }
  });
  parser.on("opentagstart", (tag) => {
    tagLine = parser.line;
    tagName = tag.name;
  });
  parser.on("attribute", (a) => attrLines.set(a, parser.line));
  parser.on("opentag", (tag: SaxesTagNS) => {
    const attrs = Object.values(tag.attributes as Record<string, SaxesAttributeNS>).map<XmlAttr>((a) => ({
      name: a.name,
      prefix: a.prefix,
      local: a.local,
      ns: a.uri,
      value: a.value,
      line: attrLines.get(a) ?? tagLine,
    }));
    const parent = stack[stack.length - 1];
    const element: XmlElement = { name: tag.name, prefix: tag.prefix, local: tag.local, ns: tag.uri, attrs, children: [], parent, text: "", line: tagLine };
    if (parent) parent.children.push(element);
    else root ??= element;
    stack.push(element);
  });
  parser.on("closetag", () => {
    lastClosed = stack.pop();
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });
  parser.on("cdata", (t) => {
    const top = stack[stack.length - 1];
    if (top) top.text += t;
  });

  parser.write(text).close();

  // saxes pops every open element while looking for an unmatched end tag; those pops are
  // not separate mistakes.
  const unmatchedAt = new Set(errors.filter((e) => e.raw.includes("unmatched closing tag")).map((e) => e.pos));
  const kept = errors.filter((e) => !(e.raw.endsWith("unexpected close tag.") && unmatchedAt.has(e.pos)));
  kept.sort((a, b) => a.pos - b.pos);
  return { root, errors: kept.map(({ line, message }) => ({ line, message })) };
}

/** Value of an attribute by qualified name as written (e.g. "DefaultValue", "xsi:type"). */
export function attr(el: XmlElement, name: string): XmlAttr | undefined {
  return el.attrs.find((a) => a.name === name);
}

/** The attribute in a namespace, whatever prefix the file used for it. */
export function attrNs(el: XmlElement, ns: string, local: string): XmlAttr | undefined {
  return el.attrs.find((a) => a.ns === ns && a.local === local);
}

export function children(el: XmlElement, ns: string, local: string): XmlElement[] {
  return el.children.filter((c) => c.ns === ns && c.local === local);
}

/** Every element below `el` in document order (not `el` itself). */
export function descendants(el: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const visit = (e: XmlElement) => {
    for (const c of e.children) {
      out.push(c);
      visit(c);
    }
  };
  visit(el);
  return out;
}
