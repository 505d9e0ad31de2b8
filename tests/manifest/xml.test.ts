// The manifest tree over saxes: structure, namespaces and line numbers for good input; an error
// per problem, at the right line and saying what to do, for bad input; never an exception.
import fc from "fast-check";
import { attr, attrNs, children, descendants, parseXml } from "../../scripts/manifest/xml";

const BT = "http://schemas.microsoft.com/office/officeappbasictypes/1.0";

describe("parseXml on well-formed input", () => {
  const text = [
    '\uFEFF<?xml version="1.0" encoding="UTF-8"?>',
    "<!-- a comment with <tags> & ampersands -->",
    '<root xmlns="urn:a" xmlns:bt="' + BT + '" plain="1">',
    '  <bt:Image id="i1"',
    "            DefaultValue=\"x&amp;y&lt;&#x41;&#66;&quot;\"/>",
    "  <child>text &amp; more<![CDATA[<raw & stuff>]]></child>",
    "  <inner xmlns=\"urn:b\"><leaf a='single'/></inner>",
    "</root>",
  ].join("\n");
  const doc = parseXml(text);

  it("has no errors and a root", () => {
    expect(doc.errors).toEqual([]);
    expect(doc.root?.local).toBe("root");
  });

  it("resolves namespaces by scope", () => {
    const root = doc.root!;
    expect(root.ns).toBe("urn:a");
    expect(children(root, BT, "Image")).toHaveLength(1);
    const leaf = descendants(root).find((e) => e.local === "leaf")!;
    expect(leaf.ns).toBe("urn:b");
    expect(attr(leaf, "a")?.value).toBe("single");
    // Unprefixed attributes are in no namespace.
    expect(attrNs(root, "", "plain")?.value).toBe("1");
  });

  it("decodes entities and keeps CDATA as text", () => {
    const image = children(doc.root!, BT, "Image")[0]!;
    expect(attr(image, "DefaultValue")?.value).toBe('x&y<AB"');
    const child = descendants(doc.root!).find((e) => e.local === "child")!;
    expect(child.text).toBe("text & more<raw & stuff>");
  });

  it("records element and attribute lines", () => {
    const image = children(doc.root!, BT, "Image")[0]!;
    expect(doc.root!.line).toBe(3);
    expect(image.line).toBe(4);
    expect(attr(image, "id")?.line).toBe(4);
    expect(attr(image, "DefaultValue")?.line).toBe(5);
    expect(image.parent).toBe(doc.root);
  });
});

describe("parseXml on broken input", () => {
  const errorsOf = (text: string) => parseXml(text).errors;
  const cases: [string, string, number, RegExp][] = [
    ["mismatched end tag", "<a>\n<b>\n</a>", 3, /<b> \(line 2\) is not closed before <\/a>/],
    ["stray end tag", "<a>\n</b>\n</a>", 2, /no matching start tag/],
    ["unclosed element", "<a>\n<b></b>\n", 3, /<a> \(line 1\) is never closed/],
    ["duplicate attribute", '<a\n x="1" x="2"/>', 2, /appears twice/],
    ["unquoted attribute", "<a x=1/>", 1, /must be in quotes/],
    ["attribute without value", "<a x/>", 1, /has no value/],
    ["attributes without space", '<a x="1"y="2"/>', 1, /separated/],
    ["< in attribute", '<a x="1<2"/>', 1, /"<" is not allowed/],
    ["bare ampersand", "<a>\nfish & chips</a>", 2, /must start an entity/],
    ["unknown entity", "<a>&nbsp;</a>", 1, /unknown entity "&nbsp;"/],
    ["undeclared prefix", "<a>\n<bt:x/></a>", 2, /prefix "bt" of <bt:x> is not declared/],
    ["DOCTYPE", "<!DOCTYPE a [<!ENTITY e 'x'>]>\n<a/>", 1, /DTD/],
    ["text outside root", "<a/>\noops", 2, /text outside the root/],
    ["two roots", "<a/>\n<b/>", 2, /second root element <b>/],
    ["late XML declaration", '\n<?xml version="1.0"?><a/>', 2, /very first thing/],
    ["non-UTF-8 declaration", '<?xml version="1.0" encoding="GB2312"?><a/>', 1, /UTF-8/],
    ["double dash in comment", "<a><!-- x -- y --></a>", 1, /"--"/],
    ["control character", "<a>\n\u0001</a>", 2, /U\+0001/],
    ["unterminated start tag", '<a>\n<b x="1"', 2, /never closed/],
    ["not XML at all", "just words", 1, /text outside|no root/],
  ];
  it.each(cases)("%s", (_name, text, line, message) => {
    const errors = errorsOf(text);
    const hit = errors.find((e) => message.test(e.message));
    expect(hit).toBeDefined();
    expect(hit!.line).toBe(line);
  });

  it("never expands an entity a DTD declares", () => {
    const doc = parseXml("<!DOCTYPE a [<!ENTITY e 'boom'>]>\n<a>&e;</a>");
    expect(doc.root?.text).not.toContain("boom");
    expect(doc.errors.map((e) => e.message)).toEqual([expect.stringMatching(/DTD/), expect.stringMatching(/unknown entity "&e;"/)]);
  });

  it("reports each bare ampersand at its own line, not where saxes next finds a semicolon", () => {
    const errors = parseXml("<a>\nfish & chips\n<b>x &amp; y</b></a>").errors;
    expect(errors).toEqual([{ line: 2, message: expect.stringMatching(/must start an entity/) }]);
  });

  it("reports an empty document as having no root", () => {
    const doc = parseXml("");
    expect(doc.root).toBeUndefined();
    expect(doc.errors.map((e) => e.message)).toEqual([expect.stringMatching(/no root element/)]);
  });

  it("never throws, whatever the input", () => {
    const xmlish = fc.string({ unit: fc.constantFrom("<", ">", "/", "a", "b", ":", "=", '"', "'", "&", ";", "!", "-", "?", "[", "]", " ", "\n", "x", "#") });
    fc.assert(
      fc.property(fc.oneof(fc.string(), xmlish), (s) => {
        const doc = parseXml(s);
        expect(Array.isArray(doc.errors)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
