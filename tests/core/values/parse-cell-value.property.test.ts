// Properties of the cell parser: it never throws, and any finite number written the ways people
// write it comes back as the same number.
import fc from "fast-check";
import { parseCellValue, VALUE_TYPES, type CellContext, type ParseResult, type ValueType } from "../../../src/core/values";

const NUMERIC: ValueType[] = ["percent", "count", "money", "area", "decimal", "ratio"];

// ---- independent decimal-text helpers (deliberately not the parser's own) ----

/** Plain decimal text ("-0.00012", "123000") with the point moved `k` places right. */
function movePoint(plain: string, k: number): string {
  const negative = plain.startsWith("-");
  const [whole = "", fraction = ""] = (negative ? plain.slice(1) : plain).split(".");
  let digits = whole + fraction;
  let point = whole.length + k;
  if (point <= 0) {
    digits = "0".repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += "0".repeat(point - digits.length);
  const intPart = digits.slice(0, point).replace(/^0+(?=\d)/, "");
  const fracPart = digits.slice(point).replace(/0+$/, "");
  const text = intPart + (fracPart ? "." + fracPart : "");
  return negative && /[1-9]/.test(text) ? "-" + text : text;
}

/** A double as plain decimal text, no exponent: 1e21 → "1000000000000000000000". */
function plain(x: number): string {
  const m = /^(-?)(\d+(?:\.\d+)?)(?:e([+-]\d+))?$/.exec(String(x));
  if (!m) throw new Error(`unexpected ${x}`);
  return movePoint((m[1] ?? "") + (m[2] ?? ""), Number(m[3] ?? 0));
}

function withThousands(text: string): string {
  const [whole = "", fraction] = text.split(".");
  const sign = whole.startsWith("-") ? "-" : "";
  const grouped = whole.replace("-", "").replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return sign + grouped + (fraction === undefined ? "" : "." + fraction);
}

const FULL: Record<string, string> = { ".": "．", ",": "，", "-": "－", "%": "％" };
function fullWidth(text: string, minus = "－"): string {
  return text.replace(/[0-9.,%-]/g, (c) => (c === "-" ? minus : /\d/.test(c) ? String.fromCharCode(0xff10 + Number(c)) : (FULL[c] ?? c)));
}

function valueOf(r: ParseResult): unknown {
  if (!r.ok) throw new Error(`refused: ${r.code} ${r.message["en-US"]}`);
  return r.value;
}

const finiteDouble = fc.double({ noNaN: true, noDefaultInfinity: true }).map((x) => (x === 0 ? 0 : x));
/** Numbers of the size people type, so grouped/full-width text stays short enough to read. */
const typedNumber = fc.oneof(
  finiteDouble,
  fc.integer({ min: -1e9, max: 1e9 }).chain((n) => fc.integer({ min: 0, max: 6 }).map((d) => Number(`${n}e-${d}`))),
);

function checkRefusalShape(r: ParseResult): void {
  expect(typeof r.ok).toBe("boolean");
  if (!r.ok) {
    expect(typeof r.code).toBe("string");
    expect(r.message["zh-CN"].length).toBeGreaterThan(0);
    expect(r.message["en-US"].length).toBeGreaterThan(0);
  } else if (typeof r.value === "number") {
    expect(Number.isFinite(r.value)).toBe(true);
  }
}

const contextArb: fc.Arbitrary<CellContext> = fc.record(
  {
    valueType: fc.constantFrom(...VALUE_TYPES),
    unit: fc.constantFrom("%", "个", "万元", "元", "平方米", "亿元", "人", ""),
    numberFormat: fc.constantFrom("General", "0.0%", "0%", "#,##0", '0"%"', "@"),
    choices: fc.array(fc.string(), { maxLength: 4 }),
  },
  { requiredKeys: ["valueType"] },
);

/** Strings drawn from the characters the parser cares about, to reach its deeper branches. */
const trickyString = fc.string({
  unit: fc.constantFrom(
    ..."0123456789０１９.,，．-−－+%％:：比万亿元个千百十九点约≥<>=以上下左右 \u3000/—无是否#eE¥㎡²①".split(""),
  ),
  maxLength: 16,
});

describe("never throws", () => {
  it("on anything, with any context", () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (raw, context) => {
        checkRefusalShape(parseCellValue(raw, context as CellContext));
      }),
      { numRuns: 500 },
    );
  });

  it("on anything, with a valid context", () => {
    fc.assert(fc.property(fc.anything(), contextArb, (raw, context) => checkRefusalShape(parseCellValue(raw, context))), { numRuns: 500 });
  });

  it("on arbitrary unicode strings, including lone surrogates", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: "binary" }), fc.string({ unit: "grapheme" })), contextArb, (raw, context) =>
        checkRefusalShape(parseCellValue(raw, context)),
      ),
      { numRuns: 500 },
    );
  });

  it("on strings made of the characters it interprets", () => {
    fc.assert(fc.property(trickyString, contextArb, (raw, context) => checkRefusalShape(parseCellValue(raw, context))), { numRuns: 2000 });
  });

  it("on any double, Date and boolean", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.date({ noInvalidDate: false }), fc.boolean()), contextArb, (raw, context) =>
        checkRefusalShape(parseCellValue(raw, context)),
      ),
    );
  });
});

describe("round trips: a number written the way people write it parses back to itself", () => {
  it("raw numbers, in every numeric type but percent", () => {
    fc.assert(
      fc.property(finiteDouble, fc.constantFrom("count", "money", "area", "decimal", "ratio" as ValueType), (x, t) => {
        expect(valueOf(parseCellValue(x, { valueType: t }))).toBe(x);
      }),
    );
  });

  it("String(x), including exponent notation", () => {
    fc.assert(fc.property(finiteDouble, (x) => expect(valueOf(parseCellValue(String(x), { valueType: "decimal" }))).toBe(x)));
  });

  it("plain decimal text, with thousands separators, in full width", () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom("－", "−", "-"), (x, minus) => {
        const p = plain(x);
        for (const text of [p, withThousands(p), fullWidth(p, minus), fullWidth(withThousands(p), minus), `\u3000${p} `]) {
          expect(valueOf(parseCellValue(text, { valueType: "decimal" }))).toBe(x);
        }
      }),
    );
  });

  it("with %, as percentage points, whatever the cell format", () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom("General", "0.0%", undefined), (x, numberFormat) => {
        const p = plain(x);
        for (const text of [`${p}%`, `${withThousands(p)} %`, fullWidth(`${p}%`)]) {
          const r = parseCellValue(text, { valueType: "percent", numberFormat });
          expect(valueOf(r)).toBe(x);
          if (r.ok && r.value !== null) expect(r.doubt).toBeUndefined();
        }
      }),
    );
  });

  it("with 万 or 亿, scaled exactly", () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom(["万", 4] as const, ["亿", 8] as const), (x, [word, places]) => {
        const scaled = movePoint(plain(x), -places);
        expect(valueOf(parseCellValue(`${scaled}${word}`, { valueType: "count" }))).toBe(x);
        expect(valueOf(parseCellValue(`${withThousands(scaled)} ${word}`, { valueType: "money", unit: "元" }))).toBe(x);
      }),
    );
  });

  it("in an indicator whose unit is 万元, 万 and 万元 mean the unit and 元 is converted", () => {
    fc.assert(
      fc.property(typedNumber, (x) => {
        const p = plain(x);
        const ctx: CellContext = { valueType: "money", unit: "万元" };
        expect(valueOf(parseCellValue(`${p}万`, ctx))).toBe(x);
        expect(valueOf(parseCellValue(`${p}万元`, ctx))).toBe(x);
        expect(valueOf(parseCellValue(`${movePoint(p, 4)}元`, ctx))).toBe(x);
        expect(valueOf(parseCellValue(`${movePoint(p, -4)}亿元`, ctx))).toBe(x);
      }),
    );
  });

  it("with the indicator's own unit and a qualifier", () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom(["约", "", "approx"], ["", "左右", "approx"], ["≥", "", ">="], ["", "以下", "<="], ["不足", "", "<"]), (x, [pre, post, kind]) => {
        const r = parseCellValue(`${pre}${plain(x)}个${post}`, { valueType: "count", unit: "个" });
        expect(valueOf(r)).toBe(x);
        const expected = kind === "approx" ? { kind: "approx" } : { kind: "comparator", comparator: kind };
        if (r.ok && r.value !== null) expect(r.qualifier).toEqual(expected);
      }),
    );
  });
});

describe("percent readings", () => {
  it("a raw fraction in a %-formatted cell becomes points, exactly, without doubt", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 }), fc.constantFrom("0%", "0.0%", "0.00%;[Red]-0.00%"), (k, d, numberFormat) => {
        const fraction = Number(`${k}e-${d}`);
        const r = parseCellValue(fraction, { valueType: "percent", numberFormat });
        expect(r).toEqual({ ok: true, value: Number(`${k}e${2 - d}`) });
      }),
    );
  });

  it("any raw double in a %-formatted cell is 100 times itself, to the last digit of its text", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e300, max: 1e300 }), (f) => {
        const v = valueOf(parseCellValue(f, { valueType: "percent", numberFormat: "0.0%" })) as number;
        expect(v).toBe(Number(movePoint(plain(f), 2)) || 0);
        // and close to f × 100 in floating point (subnormals have fewer digits, hence the floor)
        expect(Math.abs(v - f * 100)).toBeLessThanOrEqual(Math.abs(f * 100) * 1e-15 + Number.MIN_VALUE * 128);
      }),
    );
  });

  it("a plain number in a non-% cell is points; only 0 < |x| ≤ 1 carries a doubt, offering x × 100", () => {
    fc.assert(
      fc.property(fc.oneof(finiteDouble, fc.double({ min: -1, max: 1, noNaN: true })), fc.boolean(), (x, asText) => {
        const r = parseCellValue(asText ? plain(x) : x, { valueType: "percent", numberFormat: "General" });
        if (!r.ok || r.value === null) throw new Error("expected a value");
        expect(r.value).toBe(x === 0 ? 0 : x);
        if (x !== 0 && Math.abs(x) <= 1) {
          expect(r.doubt?.code).toBe("percent-maybe-fraction");
          expect(r.doubt?.alternative).toBe(Number(movePoint(plain(x), 2)));
        } else {
          expect(r.doubt).toBeUndefined();
        }
      }),
    );
  });
});

describe("refusals", () => {
  it("comma groups that are not three digits are ambiguous", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 1000, max: 99999 })), (head, group) => {
        // a group of 1, 2, 4 or 5 digits
        const text = `${head},${String(group)}`;
        fc.pre(String(group).length !== 3);
        expect(parseCellValue(text, { valueType: "count" })).toMatchObject({ ok: false, code: "ambiguous-grouping" });
      }),
    );
  });

  it("a ratio is refused outside the ratio type, and accepted as left/right inside it", () => {
    fc.assert(
      fc.property(fc.integer({ min: -9999, max: 9999 }), fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...NUMERIC), (a, b, t) => {
        const r = parseCellValue(`${a}：${b}`, { valueType: t });
        if (t === "ratio") expect(r).toEqual({ ok: true, value: a / b === 0 ? 0 : a / b });
        else expect(r).toMatchObject({ ok: false, code: "ratio-in-non-ratio" });
      }),
    );
  });

  it("% is refused in every non-percent numeric type", () => {
    fc.assert(
      fc.property(typedNumber, fc.constantFrom("count", "money", "area", "decimal", "ratio" as ValueType), (x, t) => {
        expect(parseCellValue(`${plain(x)}%`, { valueType: t })).toMatchObject({ ok: false, code: "percent-in-non-percent" });
      }),
    );
  });
});
