// Every written form the cell parser must understand or refuse, one example at a time.
import {
  chineseNumeralToDigits,
  EXCEL_ERRORS,
  isPercentFormat,
  normalizeText,
  parseCellValue,
  type CellContext,
  type ParseResult,
  type ValueType,
} from "../../../src/core/values";

const NUMERIC: ValueType[] = ["percent", "count", "money", "area", "decimal", "ratio"];

function parse(raw: unknown, context: CellContext | ValueType): ParseResult {
  return parseCellValue(raw, typeof context === "string" ? { valueType: context } : context);
}

function value(raw: unknown, context: CellContext | ValueType): unknown {
  const r = parse(raw, context);
  if (!r.ok) throw new Error(`expected ${JSON.stringify(raw)} to parse, got ${r.code}: ${r.message["en-US"]}`);
  return r.value;
}

function code(raw: unknown, context: CellContext | ValueType): string {
  const r = parse(raw, context);
  if (r.ok) throw new Error(`expected ${JSON.stringify(raw)} to be refused, got ${JSON.stringify(r.value)}`);
  return r.code;
}

describe("normalizeText", () => {
  it.each([
    ["１２３．５", "123.5"],
    ["－５", "-5"],
    ["\u22125", "-5"],
    ["\u3000 98 \u3000", "98"],
    ["98\u3002" + "5", "98.5"],
    ["1\uFF1A1", "1:1"],
    ["1\u22361", "1:1"],
    ["１，２３４", "1,234"],
    ["9\u200B8", "98"],
    ["a  \t b", "a b"],
    ["９８％", "98%"],
  ])("%j → %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });
});

describe("percent", () => {
  it("reads a string with % as percentage points, whatever the cell format", () => {
    expect(value("98.5%", "percent")).toBe(98.5);
    expect(value("98.5%", { valueType: "percent", numberFormat: "0.0%" })).toBe(98.5);
    expect(value("98.5 %", { valueType: "percent", unit: "%" })).toBe(98.5);
    expect(value("９８．５％", "percent")).toBe(98.5);
    expect(parse("0.5%", "percent")).toEqual({ ok: true, value: 0.5 });
  });

  it("reads a raw number in a %-formatted cell as a fraction, without doubt", () => {
    expect(parse(0.985, { valueType: "percent", numberFormat: "0.0%" })).toEqual({ ok: true, value: 98.5 });
    expect(parse(1, { valueType: "percent", numberFormat: "0%" })).toEqual({ ok: true, value: 100 });
    // exact, not 0.07 * 100 = 7.000000000000001
    expect(value(0.07, { valueType: "percent", numberFormat: "0%" })).toBe(7);
    expect(value(0.0115, { valueType: "percent", numberFormat: "0.00%" })).toBe(1.15);
  });

  it("reads plain numbers above 1 in a non-% cell as points, without doubt", () => {
    expect(parse(98.5, "percent")).toEqual({ ok: true, value: 98.5 });
    expect(parse("98.5", { valueType: "percent", numberFormat: "General" })).toEqual({ ok: true, value: 98.5 });
    expect(parse(0, "percent")).toEqual({ ok: true, value: 0 });
  });

  it("attaches a doubt when 0 < |x| ≤ 1 might be a fraction", () => {
    for (const raw of [0.985, "0.985", "０.９８５"]) {
      const r = parse(raw, { valueType: "percent", numberFormat: "General" });
      expect(r).toMatchObject({ ok: true, value: 0.985, doubt: { code: "percent-maybe-fraction", alternative: 98.5 } });
    }
    expect(parse("1", "percent")).toMatchObject({ ok: true, value: 1, doubt: { code: "percent-maybe-fraction", alternative: 100 } });
    expect(parse("-0.5", "percent")).toMatchObject({ ok: true, value: -0.5, doubt: { alternative: -50 } });
    const r = parse("0.985", "percent");
    if (!r.ok || r.value === null) throw new Error("expected a value");
    expect(r.doubt?.message["zh-CN"]).toContain("98.5");
    expect(r.doubt?.message["en-US"]).toContain("98.5");
  });

  it("reads text under 1 in a %-formatted cell as a fraction, as Excel would, with a doubt", () => {
    const r = parse("０.９８５", { valueType: "percent", numberFormat: "0.0%" });
    expect(r).toMatchObject({ ok: true, value: 98.5, doubt: { code: "percent-maybe-points", alternative: 0.985 } });
    expect(parse("98.5", { valueType: "percent", numberFormat: "0.0%" })).toEqual({ ok: true, value: 98.5 });
    expect(parse("约0.5", { valueType: "percent", numberFormat: "0%" })).toMatchObject({ value: 50, qualifier: { kind: "approx" }, doubt: { alternative: 0.5 } });
  });

  it("refuses % in a non-percent type, and magnitudes in a percent", () => {
    for (const t of ["count", "money", "area", "decimal", "ratio"] as ValueType[]) expect(code("98.5%", t)).toBe("percent-in-non-percent");
    expect(code("3万", "percent")).toBe("scale-not-allowed");
    expect(code("98.5%%", "percent")).toBe("not-a-number");
  });

  it("leaves raw numbers of other types alone in a %-formatted cell", () => {
    expect(value(0.5, { valueType: "decimal", numberFormat: "0%" })).toBe(0.5);
  });

  it("accepts 百分之 with digits", () => {
    expect(value("百分之98.5", "percent")).toBe(98.5);
  });
});

describe("isPercentFormat", () => {
  it.each([
    ["0.0%", true],
    ["0%;[Red]-0%", true],
    ["General", false],
    ['0.0"%"', false],
    ["0.0\\%", false],
    ["[$%-804]0.0", false],
    ["", false],
  ])("%j → %j", (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
  it("is false for a missing format", () => {
    expect(isPercentFormat(undefined)).toBe(false);
  });
  it("treats a literal quoted % as points, not as a fraction", () => {
    expect(value(98.5, { valueType: "percent", numberFormat: '0.0"%"' })).toBe(98.5);
  });
});

describe("plain numbers, full width and grouping", () => {
  it.each([
    ["98.5", 98.5],
    ["+5", 5],
    ["-5", -5],
    ["−5", -5],
    ["－５", -5],
    [".5", 0.5],
    ["5.", 5],
    ["007", 7],
    ["１，２３４．５", 1234.5],
    ["\u30001234\u3000", 1234],
    ["98。5", 98.5],
    ["1,234", 1234],
    ["1,234,567.89", 1234567.89],
    ["-1,000", -1000],
    ["1.5E3", 1500],
    ["-0", 0],
  ])("%j → %j", (raw, expected) => {
    expect(value(raw, "decimal")).toBe(expected);
  });

  it("keeps raw numbers as they are, and -0 as 0", () => {
    expect(value(1234.5, "count")).toBe(1234.5);
    expect(Object.is(value(-0, "count"), 0)).toBe(true);
  });

  it.each(["1,23", "12,34", "1234,567", "98,5", "1.500,00", "1,234,", "1,,234", "1,234.5,6"])("refuses %j as ambiguous grouping", (raw) => {
    expect(code(raw, "count")).toBe("ambiguous-grouping");
  });

  it.each(["1 234", "1.2.3", "abc", "1e", "+", ".", "1-2", "2024-01-05", "2024/1/5", "98.5分", "$5"])("refuses %j", (raw) => {
    const c = code(raw, "decimal");
    expect(["not-a-number", "wrong-unit"]).toContain(c);
  });

  it("refuses characters NFKC would silently turn into digits", () => {
    expect(code("①", "count")).toBe("not-a-number");
    expect(code("98²", "count")).toBe("not-a-number");
    expect(code("½", "decimal")).toBe("not-a-number");
  });

  it("refuses non-finite numbers and out-of-range text", () => {
    expect(code(NaN, "count")).toBe("not-a-number");
    expect(code(Infinity, "decimal")).toBe("not-a-number");
    expect(code("1e400", "decimal")).toBe("out-of-range");
    expect(code("1e-400", "decimal")).toBe("out-of-range");
    expect(value("0e-400", "decimal")).toBe(0);
  });
});

describe("万 and 亿", () => {
  it("scales exactly", () => {
    expect(value("3.86万", "money")).toBe(38600);
    expect(value("0.07万", "count")).toBe(700); // 0.07 * 10000 = 700.0000000000001 in floating point
    expect(value("1.2亿", "count")).toBe(120000000);
    expect(value("1.1亿", "count")).toBe(110000000); // 1.1 * 1e8 = 110000000.00000001
    expect(value("3.86 万", "money")).toBe(38600);
    expect(value("1千万", "count")).toBe(10000000);
    expect(value("2万亿", "money")).toBe(2e12);
    expect(value("1,234.5万", "money")).toBe(12345000);
  });

  it("expresses the result in the indicator's unit when that unit starts with 万 or 亿", () => {
    const wan = { valueType: "money", unit: "万元" } as const;
    expect(value("3.86万", wan)).toBe(3.86);
    expect(value("3.86万元", wan)).toBe(3.86);
    expect(value("3.86", wan)).toBe(3.86);
    expect(value("38600元", wan)).toBe(3.86);
    expect(value("1.2亿", wan)).toBe(12000);
    expect(value("1.2亿元", wan)).toBe(12000);
    expect(value("5000万", { valueType: "money", unit: "亿元" })).toBe(0.5);
    expect(value("3.86万元", { valueType: "money", unit: "元" })).toBe(38600);
    expect(value("12.5万人", { valueType: "count", unit: "万人" })).toBe(12.5);
    expect(value("125000人", { valueType: "count", unit: "万人" })).toBe(12.5);
  });

  it("reads ¥ as 元 for money", () => {
    expect(value("¥38,600", { valueType: "money", unit: "万元" })).toBe(3.86);
    expect(value("￥1234", { valueType: "money", unit: "元" })).toBe(1234);
    expect(value("¥1234", "money")).toBe(1234);
    expect(code("¥1234", "count")).toBe("not-a-number");
  });

  it("refuses magnitudes in ratios and a doubled magnitude", () => {
    expect(code("1.2万", "ratio")).toBe("scale-not-allowed");
    expect(code("3.86万万元", { valueType: "money", unit: "万元" })).toBe("wrong-unit");
  });
});

describe("units", () => {
  it("accepts the indicator's own unit after the number", () => {
    expect(value("1234个", { valueType: "count", unit: "个" })).toBe(1234);
    expect(value("1234 个", { valueType: "count", unit: "个" })).toBe(1234);
    expect(value("1200平方米", { valueType: "area", unit: "平方米" })).toBe(1200);
    expect(value("1200㎡", { valueType: "area", unit: "平方米" })).toBe(1200);
    expect(value("1200 m²", { valueType: "area", unit: "平方米" })).toBe(1200);
    expect(value("1.2万平米", { valueType: "area", unit: "平方米" })).toBe(12000);
    // Taiwan writes square metres 平方公尺
    expect(value("2698平方公尺", { valueType: "area", unit: "平方米" })).toBe(2698);
  });

  it("refuses another unit, naming the right one", () => {
    const r = parse("1234所", { valueType: "count", unit: "个" });
    expect(r).toMatchObject({ ok: false, code: "wrong-unit" });
    if (r.ok) return;
    expect(r.message["zh-CN"]).toContain("1234所");
    expect(r.message["zh-CN"]).toContain("个");
    expect(r.message["en-US"]).toContain("个");
    expect(code("98.5个", { valueType: "percent", unit: "%" })).toBe("wrong-unit");
  });

  it("refuses a unit when the indicator has none", () => {
    expect(code("1234个", "count")).toBe("wrong-unit");
  });
});

describe("ratio", () => {
  it.each([
    ["1:1", 1],
    ["1：1.2", 1 / 1.2],
    ["3比2", 1.5],
    ["1 : 4", 0.25],
    ["1,000:10", 100],
    ["1.5", 1.5],
    ["0:5", 0],
  ])("%j → %j", (raw, expected) => {
    expect(value(raw, "ratio")).toBe(expected);
  });

  it("refuses a zero second term", () => {
    expect(code("1:0", "ratio")).toBe("ratio-zero");
    expect(code("1:0.00", "ratio")).toBe("ratio-zero");
  });

  it("refuses ratios in other types and malformed ratios", () => {
    for (const t of ["percent", "count", "money", "area", "decimal"] as ValueType[]) expect(code("1:1", t)).toBe("ratio-in-non-ratio");
    expect(code("a:b", "ratio")).toBe("not-a-number");
    expect(code("1:2:3", "ratio")).toBe("not-a-number");
    expect(code("1:", "ratio")).toBe("not-a-number");
    expect(code("1,23:1", "ratio")).toBe("ambiguous-grouping");
  });

  it("keeps a qualifier on a ratio", () => {
    expect(parse("约1:2", "ratio")).toEqual({ ok: true, value: 0.5, qualifier: { kind: "approx" } });
  });
});

describe("qualifiers", () => {
  it.each([
    ["≥95", ">="],
    [">=95", ">="],
    ["＞＝95", ">="],
    ["≧95", ">="],
    ["不低于95", ">="],
    ["不少于95", ">="],
    ["至少95", ">="],
    ["95以上", ">="],
    ["95及以上", ">="],
    [">95", ">"],
    ["大于95", ">"],
    ["超过95", ">"],
    ["≤95", "<="],
    ["<=95", "<="],
    ["不超过95", "<="],
    ["不高于95", "<="],
    ["95以下", "<="],
    ["95以内", "<="],
    ["<95", "<"],
    ["低于95", "<"],
    ["不足95", "<"],
  ])("%j records comparator %j", (raw, comparator) => {
    expect(parse(raw, "decimal")).toEqual({ ok: true, value: 95, qualifier: { kind: "comparator", comparator } });
  });

  it.each(["约98", "98左右", "大约98", "约为98", "≈98", "98上下", "大概98"])("%j records approx", (raw) => {
    expect(parse(raw, "decimal")).toEqual({ ok: true, value: 98, qualifier: { kind: "approx" } });
  });

  it("combines with %, units and magnitudes", () => {
    expect(parse("不低于95%", "percent")).toEqual({ ok: true, value: 95, qualifier: { kind: "comparator", comparator: ">=" } });
    expect(parse("95%以上", "percent")).toEqual({ ok: true, value: 95, qualifier: { kind: "comparator", comparator: ">=" } });
    expect(parse("1234个左右", { valueType: "count", unit: "个" })).toEqual({ ok: true, value: 1234, qualifier: { kind: "approx" } });
    expect(parse("约3.86万元", { valueType: "money", unit: "元" })).toEqual({ ok: true, value: 38600, qualifier: { kind: "approx" } });
    expect(parse("≥-5", "decimal")).toMatchObject({ value: -5 });
  });

  it("accepts a repeated qualifier, refuses conflicting ones", () => {
    expect(parse("≥95以上", "decimal")).toEqual({ ok: true, value: 95, qualifier: { kind: "comparator", comparator: ">=" } });
    expect(code("约98以上", "decimal")).toBe("qualifier-conflict");
    expect(code(">95以下", "decimal")).toBe("qualifier-conflict");
  });

  it("refuses a qualifier without a number", () => {
    expect(code("约", "decimal")).toBe("not-a-number");
    expect(code("以上", "count")).toBe("not-a-number");
  });
});

describe("blanks and placeholders", () => {
  it.each([null, undefined, "", "   ", "\u3000", "\u200B", "\t\n"])("%j is blank", (raw) => {
    for (const t of [...NUMERIC, "boolean", "text", "choice"] as ValueType[]) {
      expect(parseCellValue(raw, { valueType: t, choices: ["A"] })).toEqual({ ok: true, value: null, empty: { marker: "" } });
    }
  });

  it.each([
    ["/", "/"],
    ["／", "/"],
    ["—", "—"],
    ["——", "——"],
    ["-", "-"],
    ["－", "-"],
    ["--", "--"],
    ["无", "无"],
    ["空", "空"],
    ["N/A", "N/A"],
    ["n/a", "N/A"],
    ["Ｎ／Ａ", "N/A"],
    ["不适用", "不适用"],
    [" 不适用 ", "不适用"],
  ])("%j is empty with marker %j, never zero", (raw, marker) => {
    for (const t of NUMERIC) expect(parse(raw, t)).toEqual({ ok: true, value: null, empty: { marker } });
  });
});

describe("booleans", () => {
  it.each([
    ["是", true],
    ["否", false],
    ["Y", true],
    ["n", false],
    ["yes", true],
    ["No", false],
    ["TRUE", true],
    ["false", false],
    ["√", true],
    ["×", false],
    ["有", true],
    ["无", false],
    [true, true],
    [false, false],
  ])("%j → %j for boolean type", (raw, expected) => {
    expect(parse(raw, "boolean")).toEqual({ ok: true, value: expected });
  });

  it("keeps placeholders empty and refuses the rest", () => {
    expect(parse("/", "boolean")).toEqual({ ok: true, value: null, empty: { marker: "/" } });
    expect(code("1", "boolean")).toBe("not-boolean");
    expect(code(1, "boolean")).toBe("not-boolean");
    expect(code("也许", "boolean")).toBe("not-boolean");
    expect(code(new Date(0), "boolean")).toBe("wrong-type");
  });

  it("refuses yes/no words and booleans in numeric types", () => {
    for (const t of NUMERIC) {
      for (const raw of ["是", "否", "Y", "yes", "true", "√", "×", "有"]) expect(code(raw, t)).toBe("wrong-type");
      expect(code(true, t)).toBe("wrong-type");
      expect(code(false, t)).toBe("wrong-type");
    }
  });
});

describe("Excel errors", () => {
  it.each(EXCEL_ERRORS.map((e) => [e]))("%s is refused in every type, as text or as { error }", (error) => {
    for (const t of [...NUMERIC, "boolean", "text", "choice"] as ValueType[]) {
      expect(code(error, { valueType: t, choices: ["A"] })).toBe("excel-error");
      expect(code({ error }, { valueType: t, choices: ["A"] })).toBe("excel-error");
    }
  });

  it("names the error and handles full-width and case", () => {
    const r = parse({ error: "#DIV/0!" }, "count");
    if (r.ok) throw new Error("expected refusal");
    expect(r.message["zh-CN"]).toContain("#DIV/0!");
    expect(r.message["en-US"]).toContain("#DIV/0!");
    expect(code("＃Ｎ／Ａ", "count")).toBe("excel-error");
    expect(code("#n/a", "count")).toBe("excel-error");
    expect(code({ error: 42 }, "count")).toBe("excel-error");
  });
});

describe("text and choice", () => {
  it("keeps text as typed, trimmed", () => {
    expect(value("  按计划推进　", "text")).toBe("按计划推进");
    expect(value("９８", "text")).toBe("９８");
    expect(value("无", "text")).toBe("无");
    expect(value(12.5, "text")).toBe("12.5");
    expect(value(true, "text")).toBe("TRUE");
    expect(value(new Date(Date.UTC(2024, 0, 5)), "text")).toBe("2024-01-05");
  });

  it("matches a choice after trimming and NFKC, returning the choice as defined", () => {
    const ctx = { valueType: "choice", choices: ["已完成", "进行中", "A级", "Yes"] } as const;
    expect(value(" 已完成 ", ctx)).toBe("已完成");
    expect(value("Ａ级", ctx)).toBe("A级");
    expect(value("yes", ctx)).toBe("Yes");
    expect(value(1, { valueType: "choice", choices: ["1", "2"] })).toBe("1");
  });

  it("does not fold case when that would pick between two choices", () => {
    expect(value("a", { valueType: "choice", choices: ["a", "A"] })).toBe("a");
    expect(code("yes", { valueType: "choice", choices: ["Yes", "YES"] })).toBe("not-a-choice");
  });

  it("refuses other answers, naming the allowed choices", () => {
    const r = parse("完成了", { valueType: "choice", choices: ["已完成", "进行中"] });
    expect(r).toMatchObject({ ok: false, code: "not-a-choice" });
    if (r.ok) return;
    expect(r.message["zh-CN"]).toContain("完成了");
    expect(r.message["zh-CN"]).toContain("已完成、进行中");
    expect(r.message["en-US"]).toContain("已完成, 进行中");
    expect(code("x", { valueType: "choice" })).toBe("not-a-choice");
    expect(code(new Date(0), { valueType: "choice", choices: ["A"] })).toBe("wrong-type");
  });

  it("treats placeholders as empty unless they are a choice", () => {
    expect(parse("/", { valueType: "choice", choices: ["有", "无"] })).toEqual({ ok: true, value: null, empty: { marker: "/" } });
    expect(parse("无", { valueType: "choice", choices: ["有", "无"] })).toEqual({ ok: true, value: "无" });
  });
});

describe("Chinese numerals", () => {
  it("refuses them with the digits to type", () => {
    const r = parse("九十八", "count");
    expect(r).toMatchObject({ ok: false, code: "chinese-numerals" });
    if (r.ok) return;
    expect(r.message["zh-CN"]).toContain("98");
    expect(r.message["en-US"]).toContain("98");
    expect(code("三点五", "decimal")).toBe("chinese-numerals");
    expect(code("三千个", { valueType: "count", unit: "个" })).toBe("chinese-numerals");
    expect(code("3千", "count")).toBe("chinese-numerals");
    const pct = parse("百分之九十八", "percent");
    if (pct.ok) throw new Error("expected refusal");
    expect(pct.message["zh-CN"]).toContain("98%");
  });

  it("does not take ordinary words for numerals", () => {
    expect(code("一般", "count")).toBe("not-a-number");
    expect(code("九十八分", "count")).toBe("not-a-number");
  });

  it.each([
    ["九十八", "98"],
    ["十五", "15"],
    ["一百零五", "105"],
    ["三百五", "350"],
    ["一万五", "15000"],
    ["一万五千", "15000"],
    ["十二万三千四百五十六", "123456"],
    ["一亿二千万", "120000000"],
    ["三点一四", "3.14"],
    ["负五", "-5"],
    ["一九九八", "1998"],
    ["两千", "2000"],
    ["零", "0"],
    ["壹佰贰拾", "120"],
  ])("chineseNumeralToDigits(%j) = %j", (text, digits) => {
    expect(chineseNumeralToDigits(text)).toBe(digits);
  });

  it.each(["", "万", "点五", "二三十", "三点", "一般", "五点五点五"])("chineseNumeralToDigits(%j) = null", (text) => {
    expect(chineseNumeralToDigits(text)).toBeNull();
  });
});

describe("wrong kinds of value", () => {
  it("refuses dates in non-text types", () => {
    const d = new Date(Date.UTC(2024, 0, 5));
    for (const t of NUMERIC) expect(code(d, t)).toBe("wrong-type");
    const r = parse(d, "count");
    if (r.ok) throw new Error("expected refusal");
    expect(r.message["zh-CN"]).toContain("2024-01-05");
    expect(code(new Date(NaN), "text")).toBe("wrong-type");
  });

  it("refuses objects, arrays, bigints and symbols", () => {
    for (const raw of [{}, [], [1], { richText: [] }, 5n, Symbol("x"), () => 1]) expect(code(raw, "count")).toBe("wrong-type");
  });

  it("refuses an unknown value type or missing context instead of throwing", () => {
    expect(code("1", { valueType: "bogus" } as unknown as CellContext)).toBe("unknown-value-type");
    expect(parseCellValue("1", null as unknown as CellContext)).toMatchObject({ ok: false, code: "unknown-value-type" });
  });

  it("turns a throwing input into a refusal", () => {
    const hostile = new Proxy({}, { has: () => { throw new Error("boom"); }, get: () => { throw new Error("boom"); } });
    expect(parse(hostile, "count")).toMatchObject({ ok: false, code: "unreadable" });
  });
});

describe("messages", () => {
  it("quote what was typed, in both languages, and say what to type", () => {
    const r = parse("abc", "percent");
    if (r.ok) throw new Error("expected refusal");
    expect(r.code).toBe("not-a-number");
    expect(r.message["zh-CN"]).toContain("“abc”");
    expect(r.message["zh-CN"]).toContain("98.5");
    expect(r.message["en-US"]).toContain('"abc"');
    expect(r.message["en-US"]).toContain("98.5");
  });

  it("shorten very long input", () => {
    const r = parse("x".repeat(500), "count");
    if (r.ok) throw new Error("expected refusal");
    expect(r.message["zh-CN"].length).toBeLessThan(150);
    expect(r.message["zh-CN"]).toContain("…");
  });
});

describe("purity", () => {
  it("does not mutate its inputs", () => {
    const choices = Object.freeze(["A", "B"]);
    const ctx = Object.freeze({ valueType: "choice" as const, choices });
    const raw = Object.freeze({ error: "#N/A" });
    expect(() => parseCellValue("a", ctx)).not.toThrow();
    expect(() => parseCellValue(raw, ctx)).not.toThrow();
    const d = new Date(Date.UTC(2024, 0, 5));
    parseCellValue(d, { valueType: "text" });
    expect(d.getTime()).toBe(Date.UTC(2024, 0, 5));
    expect(choices).toEqual(["A", "B"]);
  });

  it("gives the same answer twice", () => {
    expect(parse("约3.86万", "money")).toEqual(parse("约3.86万", "money"));
  });
});
