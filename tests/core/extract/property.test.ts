// Extraction never throws and always gives well-formed records, on arbitrary unicode and on
// random mixes of plan-like fragments (figures, units, comparators, headings, pinyin, markup,
// page furniture); the draft set built from any of them loads without problems.
import fc from "fast-check";
import { extractUnguarded } from "../../../src/core/extract/extract";
import { draftSetFromExtraction } from "../../../src/core/extract/to-set";
import type { ExtractionResult } from "../../../src/core/extract/types";
import { loadIndicatorSet } from "../../../src/core/set";

const COMPARATORS = new Set([">=", ">", "<=", "<", "=", "~", "between"]);

function expectWellFormed(r: ExtractionResult): void {
  expect(Array.isArray(r.indicators)).toBe(true);
  for (const i of r.indicators) {
    expect(typeof i.name).toBe("string");
    expect(i.name.length).toBeGreaterThan(0);
    expect(COMPARATORS.has(i.comparator)).toBe(true);
    if (i.comparator === "between") {
      expect(Number.isFinite(i.min) && Number.isFinite(i.max) && i.min! < i.max!).toBe(true);
      expect(i.value).toBeUndefined();
    } else expect(Number.isFinite(i.value)).toBe(true);
    expect(typeof i.unit).toBe("string");
    expect(i.unit.length).toBeGreaterThan(0);
    expect(i.year === null || Number.isInteger(i.year)).toBe(true);
    expect(["absolute", "previous_year"]).toContain(i.basis);
    expect(["target", "actual"]).toContain(i.kind);
    expect(typeof i.quote).toBe("string");
    expect(i.section.every((s) => typeof s === "string")).toBe(true);
  }
  expect(JSON.parse(JSON.stringify(r))).toEqual(r);
}

const FRAGMENTS = [
  "全区", "學(xué)校", "覆蓋(gài)率", "学前教育毛入园率", "达到", "達到", "不低于", "不少於", "超过", "逾", "控制在", "以内", "以上", "以下", "左右", "约", "近",
  "不满", "低于", "保持在", "分别", "分別", "和", "、", "，", "。", "；", "：", "\n", " ", "其中", "消除", "不发生一起", "安全事故", "全覆盖", "全部达标",
  "零的突破", "为零", "比上年", "较上年", "降低", "提高", "增长", "个百分点", "%", "％", "百分之", "九十五", "两", "三四", "十五", "一", "第", "届", "是",
  "99", "99.5", "１００", "3.86", "1,200", "2-3", "1至2", "1:1", "1：13", "300多", "5+2", "“111”", "《", "》", "“", "”", "(", ")", "（一）", "一、", "1、",
  "①", "2018年", "2020年", "20*年", "201X年", "3月", "万", "亿", "元", "万元", "所", "个", "名", "人次", "万人次", "平方米", "公顷", "年", "小时", "起",
  "新建", "新增", "建设", "确保", "力争", "已建成", "现有", "工作总结", "<p>", "</p>", "&nbsp;", "&#x4EE5;", "第1页", "共16页", "74.50KB", "本站",
  "首页 > 正文", "\u0000", "\uFEFF", "\u200B", "𠀀", "👍",
];

const planLike = fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 }).map((parts) => parts.join(""));

describe("extraction never throws", () => {
  test("on arbitrary unicode strings", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }), fc.string({ unit: "binary-ascii", maxLength: 300 })), (text) => {
        expectWellFormed(extractUnguarded(text).result);
      }),
      { numRuns: 300 },
    );
  });

  test("on random mixes of plan-like fragments, and their draft sets load", () => {
    fc.assert(
      fc.property(planLike, (text) => {
        const { result, breakdowns } = extractUnguarded(text, { source: "random.txt" });
        expectWellFormed(result);
        for (const b of breakdowns) {
          expect(b.total).toBeLessThan(result.indicators.length);
          for (const p of b.parts) expect(p).toBeLessThan(result.indicators.length);
        }
        const loaded = loadIndicatorSet(draftSetFromExtraction(result, { breakdowns }));
        if (!loaded.ok) throw new Error(JSON.stringify(loaded.problems));
      }),
      { numRuns: 400 },
    );
  });

  test("on inputs that are not strings", () => {
    for (const bad of [undefined, null, 42, {}, [], "\u0000".repeat(1000)] as unknown[]) {
      expect(() => extractUnguarded(bad as string)).not.toThrow();
    }
  });

  test("100 KB of plan-like text stays fast (no catastrophic patterns)", () => {
    const sample = fc.sample(planLike, { numRuns: 400, seed: 42 }).join("\n");
    const text = sample.repeat(Math.ceil(100_000 / Math.max(1, sample.length))).slice(0, 100_000);
    const t0 = performance.now();
    extractUnguarded(text);
    // generous (a cold start on a loaded machine takes ~1 s; the bench measures speed): this
    // guards against blow-ups, which take minutes
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

// found by the property above (seed -674687922): "200年" inside "1,200年" was taken for the
// Republic year 200 (2111), and the draft set would not load
test("a figure before 年 is not a year, and years stay within 1900–2100", () => {
  for (const text of ["1,200年比上年1:1", "全县共有学生1,200年均增长5%。", "民国112年，學生人數達到3,000人。"]) {
    const { result, breakdowns } = extractUnguarded(text, { source: "t.txt" });
    for (const ind of result.indicators) if (ind.year !== null) expect(ind.year >= 1900 && ind.year <= 2100).toBe(true);
    const loaded = loadIndicatorSet(draftSetFromExtraction(result, { breakdowns }));
    expect(loaded.ok).toBe(true);
  }
});

// found by the property above (seed 258128782): a word that ends a noun only before 到 or the
// end of the text matched in a slice of the text but not in the whole of it
test("a change verb after a figure at the very end of the text does not throw", () => {
  for (const text of ["1至2元&#x4EE5;20*年降低全区", "经费1.44亿元提高", "经费1.44亿元提高到3.6亿元"]) expect(() => extractUnguarded(text, { source: "t.txt" })).not.toThrow();
});
