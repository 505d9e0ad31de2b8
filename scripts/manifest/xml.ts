// A small, tolerant XML parser for add-in manifests: elements, attributes, text, namespaces and
// line numbers, with no dependency. It keeps going after an error so one run reports every
// well-formedness problem with its line. Not supported, on purpose: DTDs and custom entities
// (Office manifests never use them, and refusing them keeps entity expansion out of the picture).

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

const XML_NS = "http://www.w3.org/XML/1998/namespace";
const XMLNS_NS = "http://www.w3.org/2000/xmlns/";
// Simplified XML Name: letters (any non-ASCII included), digits, '.', '-', '_', ':'.
const NAME = /[A-Za-z_:\u00C0-\uFFFF][A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]*/y;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

export function parseXml(input: string): XmlDocument {
  const errors: XmlError[] = [];
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const lineAt = (pos: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  const error = (pos: number, message: string) => errors.push({ line: lineAt(pos), message });

  const badChar = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
  for (let m = badChar.exec(text); m; m = badChar.exec(text)) {
    error(m.index, `character U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")} is not allowed in XML; delete it`);
  }

  const decode = (raw: string, at: number): string =>
    raw.replace(/&([^;&<\s]*);?/g, (whole, ref: string, offset: number) => {
      if (!whole.endsWith(";")) {
        error(at + offset, `"&" must start an entity such as &amp; (write "&amp;" for a literal ampersand)`);
        return whole;
      }
      if (ref in PREDEFINED) return PREDEFINED[ref]!;
      const num = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (num) {
        const code = num[1] !== undefined ? parseInt(num[1], 16) : parseInt(num[2]!, 10);
        if (code > 0 && code <= 0x10ffff) return String.fromCodePoint(code);
      }
      error(at + offset, `unknown entity "&${ref};" (only &lt; &gt; &amp; &quot; &apos; and &#...; exist without a DTD)`);
      return whole;
    });

  let pos = 0;
  let root: XmlElement | undefined;
  const stack: XmlElement[] = [];
  // No default namespace until an xmlns="..." declares one; "xml" is bound by definition.
  const scopes: Map<string, string>[] = [new Map([["", ""], ["xml", XML_NS]])];

  const readName = (): string | undefined => {
    NAME.lastIndex = pos;
    const m = NAME.exec(text);
    if (!m) return undefined;
    pos += m[0].length;
    return m[0];
  };
  const skipSpace = (): boolean => {
    const start = pos;
    while (pos < text.length && " \t\r\n".includes(text[pos]!)) pos++;
    return pos > start;
  };
  const splitName = (qname: string): [string, string] => {
    const colon = qname.indexOf(":");
    return colon < 0 ? ["", qname] : [qname.slice(0, colon), qname.slice(colon + 1)];
  };

  while (pos < text.length) {
    const lt = text.indexOf("<", pos);
    const textEnd = lt < 0 ? text.length : lt;
    if (textEnd > pos) {
      const raw = text.slice(pos, textEnd);
      const top = stack[stack.length - 1];
      if (top) top.text += decode(raw, pos);
      else if (raw.trim() !== "") error(pos + raw.search(/\S/), "text outside the root element; remove it");
      pos = textEnd;
      continue;
    }
    const start = pos;

    if (text.startsWith("<?", pos)) {
      const end = text.indexOf("?>", pos + 2);
      if (end < 0) {
        error(start, "processing instruction <?...?> is never closed");
        break;
      }
      if (/^<\?xml[\s?]/i.test(text.slice(pos, pos + 6))) {
        if (start !== 0) error(start, "the XML declaration <?xml ...?> must be the very first thing in the file");
        const enc = /encoding\s*=\s*["']([^"']*)["']/.exec(text.slice(pos, end));
        if (enc && !/^utf-?8$/i.test(enc[1]!)) error(start, `declared encoding "${enc[1]}": save the file as UTF-8 and declare encoding="UTF-8"`);
      }
      pos = end + 2;
      continue;
    }
    if (text.startsWith("<!--", pos)) {
      const end = text.indexOf("-->", pos + 4);
      if (end < 0) {
        error(start, "comment <!-- is never closed with -->");
        break;
      }
      const inner = text.slice(pos + 4, end);
      if (inner.includes("--")) error(start + 4 + inner.indexOf("--"), `"--" is not allowed inside a comment`);
      pos = end + 3;
      continue;
    }
    if (text.startsWith("<![CDATA[", pos)) {
      const end = text.indexOf("]]>", pos + 9);
      if (end < 0) {
        error(start, "CDATA section is never closed with ]]>");
        break;
      }
      const top = stack[stack.length - 1];
      if (top) top.text += text.slice(pos + 9, end);
      else error(start, "CDATA outside the root element; remove it");
      pos = end + 3;
      continue;
    }
    if (text.startsWith("<!", pos)) {
      error(start, "DOCTYPE/DTD declarations are not supported in a manifest; remove it");
      const bracket = text.indexOf("[", pos);
      const close = text.indexOf(">", pos);
      const end = bracket >= 0 && bracket < close ? text.indexOf("]>", bracket) + 1 : close;
      if (end <= 0) break;
      pos = end + 1;
      continue;
    }
    if (text.startsWith("</", pos)) {
      pos += 2;
      const name = readName();
      skipSpace();
      if (!name || text[pos] !== ">") {
        error(start, `malformed end tag; write it as </${name ?? "name"}>`);
        const close = text.indexOf(">", pos);
        pos = close < 0 ? text.length : close + 1;
        continue;
      }
      pos++;
      const depth = stack.map((e) => e.name).lastIndexOf(name);
      if (depth < 0) {
        error(start, `end tag </${name}> has no matching start tag${stack.length ? ` (the open element is <${stack[stack.length - 1]!.name}>, line ${stack[stack.length - 1]!.line})` : ""}`);
        continue;
      }
      while (stack.length > depth + 1) {
        const unclosed = stack.pop()!;
        scopes.pop();
        error(start, `<${unclosed.name}> (line ${unclosed.line}) is not closed before </${name}>; add </${unclosed.name}> or make it self-closing`);
      }
      stack.pop();
      scopes.pop();
      continue;
    }

    // Start tag.
    pos++;
    const name = readName();
    if (!name) {
      error(start, `"<" does not start a tag; write "&lt;" for a literal less-than sign`);
      const top = stack[stack.length - 1];
      if (top) top.text += "<";
      continue;
    }
    const raws: { name: string; value: string; pos: number }[] = [];
    let selfClosing = false;
    let closed = false;
    while (pos < text.length) {
      const hadSpace = skipSpace();
      if (text.startsWith("/>", pos)) {
        pos += 2;
        selfClosing = true;
        closed = true;
        break;
      }
      if (text[pos] === ">") {
        pos++;
        closed = true;
        break;
      }
      const attrPos = pos;
      const attrName = readName();
      if (!attrName) {
        error(pos, `unexpected "${text[pos]}" in the tag <${name}>; expected an attribute, ">" or "/>"`);
        const close = text.indexOf(">", pos);
        pos = close < 0 ? text.length : close + 1;
        closed = close >= 0;
        break;
      }
      if (!hadSpace) error(attrPos, `attribute ${attrName} in <${name}> must be separated from what precedes it by a space`);
      skipSpace();
      if (text[pos] !== "=") {
        error(attrPos, `attribute ${attrName} in <${name}> has no value; write ${attrName}="..."`);
        continue;
      }
      pos++;
      skipSpace();
      const quote = text[pos];
      if (quote !== '"' && quote !== "'") {
        error(pos, `the value of ${attrName} in <${name}> must be in quotes`);
        const m = /^[^\s/>]*/.exec(text.slice(pos))!;
        raws.push({ name: attrName, value: m[0], pos: attrPos });
        pos += m[0].length;
        continue;
      }
      const end = text.indexOf(quote, pos + 1);
      if (end < 0) {
        error(pos, `the value of ${attrName} in <${name}> is never closed with ${quote}`);
        pos = text.length;
        break;
      }
      const rawValue = text.slice(pos + 1, end);
      if (rawValue.includes("<")) error(pos + 1 + rawValue.indexOf("<"), `"<" is not allowed in the value of ${attrName}; write "&lt;"`);
      // Attribute-value normalisation: literal tabs and newlines become spaces.
      raws.push({ name: attrName, value: decode(rawValue, pos + 1).replace(/[\t\r\n]/g, " "), pos: attrPos });
      pos = end + 1;
    }
    if (!closed) error(start, `start tag <${name}> is never closed with ">"`);

    const seen = new Set<string>();
    const scope = new Map(scopes[scopes.length - 1]);
    for (const a of raws) {
      if (seen.has(a.name)) error(a.pos, `attribute ${a.name} appears twice in <${name}>; keep one`);
      seen.add(a.name);
      if (a.name === "xmlns") scope.set("", a.value);
      else if (a.name.startsWith("xmlns:")) scope.set(a.name.slice(6), a.value);
    }
    const [prefix, local] = splitName(name);
    const ns = scope.get(prefix);
    if (ns === undefined) error(start, `namespace prefix "${prefix}" of <${name}> is not declared; add xmlns:${prefix}="..."`);
    const attrs: XmlAttr[] = raws.map((a) => {
      const [aPrefix, aLocal] = splitName(a.name);
      let aNs = "";
      if (a.name === "xmlns" || aPrefix === "xmlns") aNs = XMLNS_NS;
      else if (aPrefix) {
        const found = scope.get(aPrefix);
        if (found === undefined) error(a.pos, `namespace prefix "${aPrefix}" of attribute ${a.name} is not declared`);
        aNs = found ?? "";
      }
      return { name: a.name, prefix: aPrefix, local: aLocal, ns: aNs, value: a.value, line: lineAt(a.pos) };
    });
    const parent = stack[stack.length - 1];
    const element: XmlElement = { name, prefix, local, ns: ns ?? "", attrs, children: [], parent, text: "", line: lineAt(start) };
    if (parent) parent.children.push(element);
    else if (root) error(start, `second root element <${name}>; a document has exactly one root (line ${root.line})`);
    else root = element;
    if (!selfClosing && closed) {
      stack.push(element);
      scopes.push(scope);
    }
  }

  for (const open of stack.reverse()) error(text.length, `<${open.name}> (line ${open.line}) is never closed; add </${open.name}>`);
  if (!root) error(0, "no root element: this is not an XML document");
  return { root, errors };
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
