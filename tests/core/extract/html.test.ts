// Pages read the way a browser shows them (htmlparser2's tokenizer): what is hidden stays out
// of the plan, attribute text never leaks, entities decode, and quotes still come from the
// original characters.
import fc from "fast-check";
import { htmlToText, stripHtml } from "../../../src/core/extract/html";
import { extractIndicators } from "../../../src/core/extract/extract";
import { identity, originalSpan } from "../../../src/core/extract/mapped-text";

const page = (body: string) => `<html><head><meta charset="utf-8"><title>某县教育工作要点</title></head><body>${body}</body></html>`;

describe("hidden content stays out", () => {
  test.each<[string, string]>([
    ["style display:none", `<div style="display: none">隐藏指标达到98%</div>`],
    ["style display:none after other rules", `<p style="color:red;DISPLAY:NONE !important">隐藏指标达到98%</p>`],
    ["style visibility:hidden", `<span style="visibility:hidden">隐藏指标达到98%</span>`],
    ["hidden attribute", `<section hidden><p>隐藏指标达到98%</p></section>`],
    ["script", `<script>var s = "<p>隐藏指标达到98%</p>";</script>`],
    ["style", `<style>p::after { content: "隐藏指标达到98%" }</style>`],
    ["template", `<template><p>隐藏指标达到98%</p></template>`],
    ["noscript", `<noscript><p>隐藏指标达到98%</p></noscript>`],
    ["head", `<head><title>隐藏指标达到98%</title></head>`],
    ["svg", `<svg><text>隐藏指标达到98%</text></svg>`],
  ])("%s", (_name, hidden) => {
    const html = page(`<p>一、主要目标</p>${hidden}<p>学前三年毛入园率达到95%以上。</p>`);
    const text = htmlToText(html);
    expect(text).not.toContain("隐藏");
    expect(text).toContain("学前三年毛入园率达到95%以上。");
    expect(extractIndicators(html).indicators.map((i) => i.value)).toEqual([95]);
  });

  test("what follows a hidden element is shown again, nesting included", () => {
    const html = `<div hidden><div><p>甲</p></div><br><p>乙</p></div><p>丙</p><div style="display:none"><span>丁</span></div>戊`;
    expect(htmlToText(html)).toBe("丙\n戊");
  });

  test("display:none inside an attribute value elsewhere is not a style", () => {
    expect(htmlToText(`<p title="display:none">看得见</p>`)).toBe("看得见");
  });
});

describe("attributes never leak", () => {
  test("a quoted > inside an attribute", () => {
    const html = `<p><a href="/x?a>b" title='达到 > 99%'>学前三年毛入园率</a>达到95%以上。</p>`;
    expect(htmlToText(html)).toBe("学前三年毛入园率达到95%以上。");
    expect(extractIndicators(html).indicators.map((i) => i.value)).toEqual([95]);
  });

  test("an onclick handler with markup in it", () => {
    expect(htmlToText(`<button onclick="alert('<b>98%</b>')">提交</button>`)).toBe("提交");
  });
});

describe("entities and structure", () => {
  test("named (the full HTML set), numeric and legacy entities", () => {
    expect(htmlToText("<p>A&amp;B &lt;5% &ge;90% &times;2 &#x4EE5;上 &#20197;下 &copy 2024 &unknown;</p>")).toBe("A&B <5% ≥90% ×2 以上 以下 © 2024 &unknown;");
  });

  test("spaces from entities are plain spaces", () => {
    expect(htmlToText("<p>达到&nbsp;95%&ensp;以上&emsp;。</p>")).toBe("达到 95% 以上 。");
  });

  test("blocks are lines; a line break is one line", () => {
    expect(htmlToText("<ul><li>一<li>二</ul><p>三<br>四<br/>五</p><table><tr><td>六</td><td>七</td></tr></table>")).toBe("一\n\n二\n\n三\n四\n五\n\n六\n\n七");
  });

  test("a < that starts no tag stays text", () => {
    expect(htmlToText("<p>生师比<18:1，比例 < 5%</p>")).toBe("生师比<18:1，比例 < 5%");
  });

  test("every character of the text maps back to where it was written", () => {
    const html = `<p class="x">学前教育毛入园率达到&nbsp;<b>92%</b>&#x4EE5;上</p>`;
    const m = stripHtml(identity(html));
    const at = m.text.indexOf("学前");
    expect(originalSpan(m, html, at, m.text.indexOf("上") + 1)).toBe("学前教育毛入园率达到&nbsp;<b>92%</b>&#x4EE5;上");
    expect(extractIndicators(html).indicators[0]!.quote).toBe("学前教育毛入园率达到 92%以上");
  });
});

describe("robustness", () => {
  test("never throws, and the map stays inside the original, whatever the markup", () => {
    const markupish = fc.string({ unit: fc.constantFrom("<", ">", "/", "p", "div", " ", "=", '"', "'", "&", ";", "#", "x", "!", "-", "?", "hidden", "style", "display:none", "script", "学", "9", "%", "\n") });
    fc.assert(
      fc.property(fc.oneof(fc.string(), markupish), (s) => {
        const m = stripHtml(identity(s));
        expect(m.map.length).toBe(m.text.length + 1);
        for (const v of m.map) expect(v >= 0 && v <= s.length).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("a 1 MB page with many skipped elements is read in one pass", () => {
    const block = `<div><p style="text-indent:2em">学前三年毛入园率达到95%以上。</p><script>var a = "<p>";</script><style>.a{}</style></div>\n`;
    const html = page(block.repeat(Math.ceil(1_000_000 / block.length)));
    const t0 = performance.now();
    const text = htmlToText(html);
    // the old scanner lower-cased the rest of the page at every skipped element (quadratic);
    // generous bound, this takes well under a second
    expect(performance.now() - t0).toBeLessThan(5000);
    expect(text.split("学前三年毛入园率").length - 1).toBe(Math.ceil(1_000_000 / block.length));
  });
});
