// Plans have long names, long quotes and odd characters. Templates must stay within Excel's
// limits (cut safely, never throw) and text must stay text: the xlsx backend applies every
// limit check Excel would, so applying the changes to it is the proof.
import { matrixChanges, unitFormChanges } from "../../../src/core/template";
import { clip, fitLines, sheetName } from "../../../src/core/template/text";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { exampleInput, load } from "./fixtures";
import { model } from "./model";

const LONG = "关于进一步加快推进全区义务教育优质均衡发展和城乡一体化建设的若干意见中提出的各项目标任务完成情况".repeat(4);
const ASTRAL = "𠀀𠀁𠀂"; // outside the BMP: two UTF-16 units each

function odd() {
  const input = exampleInput() as { title: string; sections: { id: string; title: string; children?: unknown[] }[]; units: { id: string; name: string }[]; indicators: Record<string, unknown>[] };
  return load({
    ...input,
    title: `${LONG}[草案]/:*?\\`,
    rules: [],
    units: [
      { id: "formula_unit", name: "=HYPERLINK(\"http://x\",\"点我\")" },
      { id: "plus_unit", name: "+86 0574" },
      { id: "long_unit", name: LONG },
    ],
    sections: [{ id: "s1", title: `'${LONG}'` }],
    indicators: [
      { id: "eq", name: "=1+1", section: "s1", unit: "%", valueType: "percent", targets: [{ comparator: ">=", value: 99, quote: LONG }] },
      { id: "plus", name: "+SUM(A1:A9)", section: "s1", unit: "所", valueType: "count" },
      { id: "minus", name: "-5 项", section: "s1", unit: "个", valueType: "count" },
      { id: "at", name: "@import", section: "s1", valueType: "text" },
      { id: "long_name", name: LONG + ASTRAL, section: "s1", unit: LONG, valueType: "decimal", bounds: { min: -1, max: 1 } },
      { id: "comma_choice", name: "选项，含逗号", section: "s1", valueType: "choice", choices: ["甲,乙", "丙"] },
      { id: "many_choices", name: "很多选项", section: "s1", valueType: "choice", choices: Array.from({ length: 80 }, (_, i) => `选项${i}`) },
      { id: "quote_choice", name: "引号", section: "s1", valueType: "choice", choices: ['说"是"', "否"] },
      { id: "odd_bounds", name: "整数且范围很窄", section: "s1", unit: "个", valueType: "decimal", bounds: { min: 0.2, max: 0.8, integer: true } },
    ],
  });
}

describe("Excel limits", () => {
  const set = odd();
  const forms = [
    ["unit form", unitFormChanges(set, { unitId: "long_unit" })],
    ["matrix", matrixChanges(set)],
  ] as const;

  test.each(forms)("%s: prompt titles ≤ 32, prompts ≤ 255, error messages ≤ 225, sheet names ≤ 31", (_label, changes) => {
    for (const c of changes) {
      if (c.op === "setDataValidation") {
        expect(c.validation.prompt!.title.length).toBeLessThanOrEqual(32);
        expect(c.validation.prompt!.message.length).toBeLessThanOrEqual(255);
        expect(c.validation.error!.message.length).toBeLessThanOrEqual(225);
        expect(c.validation.error!.title.length).toBeLessThanOrEqual(32);
        // a cut never leaves half a surrogate pair
        expect(c.validation.prompt!.title).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
        if (c.validation.rule.kind === "list") for (const item of c.validation.rule.items) expect(item).not.toContain(",");
      }
      if (c.op === "addSheet") {
        expect(c.sheet.length).toBeLessThanOrEqual(31);
        expect(c.sheet).not.toMatch(/[[\]:*?/\\']/);
      }
    }
  });

  test.each(forms)("%s: the xlsx backend, which refuses anything over Excel's limits, takes it and saves", async (_label, changes) => {
    const wb = XlsxWorkbook.create();
    await wb.apply(changes);
    const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    expect((await back.sheets()).length).toBeGreaterThan(2);
  });

  test("choices a list cannot hold become a length check, with the choices in the prompt", () => {
    const w = model(forms[0][1]);
    const validations = [...w.sheets.get(sheetOf(w))!.cells.values()].map((c) => c.validation).filter((v) => v !== undefined);
    const byTitle = new Map(validations.map((v) => [v!.prompt!.title, v!]));
    expect(byTitle.get("选项，含逗号")!.rule.kind).toBe("textLength");
    expect(byTitle.get("选项，含逗号")!.prompt!.message).toContain("甲,乙");
    expect(byTitle.get("很多选项")!.rule.kind).toBe("textLength"); // over 255 characters as a list
    expect(byTitle.get("引号")!.rule).toEqual({ kind: "list", items: ['说"是"', "否"] });
    expect(byTitle.get("整数且范围很窄")!.rule).toEqual({ kind: "decimal", operator: "between", min: 0.2, max: 0.8 });
  });

  test("text from the plan is written as plain strings, read back as text without formulas", async () => {
    const wb = XlsxWorkbook.create();
    await wb.apply(forms[0][1]);
    const back = await XlsxWorkbook.fromBuffer(await wb.toBuffer());
    const sheets = (await back.sheets()).filter((s) => s.visibility === "visible").map((s) => s.name);
    const snaps = await back.read(sheets.map((sheet) => ({ sheet })));
    const text = snaps.flatMap((s) => s.values.flat());
    for (const name of ["=1+1", "+SUM(A1:A9)", "-5 项", "@import"]) expect(text).toContain(name);
    expect(snaps.every((s) => s.formulas.flat().every((f) => f === null))).toBe(true);
    const matrix = XlsxWorkbook.create();
    await matrix.apply(forms[1][1]);
    const m = await XlsxWorkbook.fromBuffer(await matrix.toBuffer());
    const [grid] = await m.read([{ sheet: (await m.sheets())[1]!.name }]);
    expect(grid!.values.flat()).toContain('=HYPERLINK("http://x","点我")');
    expect(grid!.formulas.flat().every((f) => f === null)).toBe(true);
  });
});

function sheetOf(w: ReturnType<typeof model>): string {
  return [...w.sheets.keys()][1]!;
}

describe("cutting text", () => {
  test("clip keeps surrogate pairs whole and marks the cut", () => {
    expect(clip("abc", 3)).toBe("abc");
    expect(clip("abcd", 3)).toBe("ab…");
    expect(clip(`a${ASTRAL}`, 3)).toBe("a…");
    expect(clip("abc", 0)).toBe("");
  });

  test("fitLines keeps whole lines while they fit", () => {
    expect(fitLines(["单位：%", "目标：≥99%"], 255)).toBe("单位：%\n目标：≥99%");
    const cut = fitLines(["a".repeat(10), "b".repeat(300)], 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut.startsWith("a".repeat(10) + "\n")).toBe(true);
  });

  test("sheet names: forbidden characters replaced, unique ignoring case, History avoided", () => {
    const taken = new Set<string>(["_it_meta"]);
    expect(sheetName("a/b:c", "x", taken)).toBe("a b c");
    expect(sheetName("A B C", "x", taken)).toBe("A B C(2)");
    expect(sheetName("History", "Form", taken)).toBe("Form");
    expect(sheetName("   ", "Form", taken)).toBe("Form(2)");
    expect(sheetName("x".repeat(40), "F", taken).length).toBe(31);
  });
});
