import { printable, printableJson } from "../../../src/core/text/printable";

describe("printable", () => {
  test("ordinary text, Chinese and English, is left as it is", () => {
    const text = "临江镇  填报表!E12  error  value.required  学前三年毛入园率 ≥95% — Linjiang (explained: 园舍改建)";
    expect(printable(text)).toBe(text);
  });

  test("ESC sequences, C0, DEL and C1 controls become visible escapes", () => {
    expect(printable("a\u001b[2Jb")).toBe("a\\u{1B}[2Jb");
    expect(printable("\u0000\u0007\u0008\u007f\u0080\u009b")).toBe("\\u{0}\\u{7}\\u{8}\\u{7F}\\u{80}\\u{9B}");
  });

  test("a line break, tab or carriage return inside a value cannot start a line of its own", () => {
    expect(printable("园舍改建\nb.xlsx：错误 0 处 — 可以提交")).toBe("园舍改建\\u{A}b.xlsx：错误 0 处 — 可以提交");
    expect(printable("a\r\tb")).toBe("a\\u{D}\\u{9}b");
  });

  test("bidi controls and line separators become visible escapes", () => {
    const all = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u2028\u2029";
    expect(printable(`x${all}y`)).toBe("x\\u{61C}\\u{200E}\\u{200F}\\u{202A}\\u{202B}\\u{202C}\\u{202D}\\u{202E}\\u{2066}\\u{2067}\\u{2068}\\u{2069}\\u{2028}\\u{2029}y");
    // joiners and other format characters that cannot reorder or hide text are kept
    expect(printable("a\u200db\u00a0c")).toBe("a\u200db\u00a0c");
  });

  test("nothing unprintable is left, whatever the input", () => {
    let all = "";
    for (let c = 0; c < 0x2100; c++) all += String.fromCharCode(c);
    expect(printable(all)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/);
  });
});

describe("printableJson", () => {
  const value = { note: "\u001b[31m红\u202etxt.exe\u2066\u0085\u007f", n: 1, list: ["a\nb"] };

  test("indented like JSON.stringify(value, null, 2), and parses back to the same value", () => {
    const json = printableJson(value);
    expect(JSON.parse(json)).toEqual(value);
    expect(json.split("\n").length).toBe(JSON.stringify(value, null, 2).split("\n").length);
  });

  test("no control character stands raw in it: bidi, C1 and DEL are escaped as \\uXXXX", () => {
    const json = printableJson(value);
    expect(json).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    expect(json).toContain("\\u202e");
    expect(json).toContain("\\u2066");
    expect(json).toContain("\\u0085");
    expect(json).toContain("\\u007f");
    expect(json).toContain("\\u001b");
  });
});
