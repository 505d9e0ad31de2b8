// The year in force, walked sentence by sentence the way extraction walks a text: which year a
// sentence that names none of its own inherits, and whether it is a year of what happened.
import { findHeadings } from "../../../src/core/extract/sections";
import { splitSentences } from "../../../src/core/extract/sentences";
import { keepsCarriedYear, YearInForce } from "../../../src/core/extract/year-in-force";
import { extractIndicators } from "../../../src/core/extract/extract";

/** Each sentence's first words and the year carried into it ("-" when none, "r" when reported). */
function walk(text: string, docYear: number | null = null, docKind: "target" | "actual" = "target"): string[] {
  const headings = findHeadings(text);
  const years = new YearInForce(text, docYear, docKind, 0);
  const out: string[] = [];
  let h = 0;
  for (const sentence of splitSentences(text, headings)) {
    while (h < headings.length && headings[h]!.start <= sentence.start) years.enterHeading(headings[h++]!);
    const line = text.lastIndexOf("\n", sentence.start - 1);
    const { carried } = years.sentence(sentence, line, h > 0 ? headings[h - 1]!.level : 0);
    const words = text.slice(sentence.start, sentence.end).trim().slice(0, 4);
    out.push(`${words} ${carried ? carried.year + (carried.reported ? "r" : "") : "-"}`);
    years.endSentence(sentence);
  }
  return out;
}

describe("the year in force", () => {
  test("a year opening a paragraph holds for its later sentences, not past the line", () => {
    expect(walk("2023年，全县新建幼儿园3所。新增学位900个。\n培训教师500人。")).toEqual(["2023 -", "新增学位 2023r", "培训教师 -"]);
  });

  test("a deadline holds too, but as a target's year, not one of what happened", () => {
    expect(walk("到2025年，学前教育毛入园率达到95%。普惠率达到90%。")).toEqual(["到202 -", "普惠率达 2025"]);
  });

  test("a heading's year holds for its section and ends at the next heading of its level", () => {
    const text = "一、2024年工作打算\n新建学校2所。\n二、保障措施\n培训教师300人。";
    expect(walk(text).filter((x) => !x.startsWith("一、") && !x.startsWith("二、"))).toEqual(["新建学校 2024", "培训教师 -"]);
  });

  test("a lead-in ending in a colon carries its year to the list below it", () => {
    const text = "到2027年，主要目标是：\n（1）新增学位1000个。\n（2）培训教师300人。";
    expect(walk(text).slice(1)).toEqual(["（1）新 2027", "（2）培 2027"]);
  });

  test("a year in brackets is that aside's, and does not start a paragraph", () => {
    expect(walk("普惠率（2022年为54%）达到60%。新增学位100个。")).toEqual(["普惠率（ -", "新增学位 -"]);
  });

  test("once a paragraph turns to the present, its reported year holds no more", () => {
    const text = "2009年，全镇投入93万元。中心完小现有教学班16个。在校生500人。";
    expect(walk(text)).toEqual(["2009 -", "中心完小 2009r", "在校生5 -"]);
  });

  test("an achieved figure keeps a reported year, not a deadline, nor one of the state of now", () => {
    const s = "目前已建成1所";
    const sentence = { start: 0, end: s.length };
    expect(keepsCarriedYear(s, sentence, { year: 2023, reported: true }, 0)).toBe(true);
    expect(keepsCarriedYear(s, sentence, { year: 2025, reported: false }, 0)).toBe(false);
    expect(keepsCarriedYear(s, sentence, { year: 2023, reported: true }, s.length)).toBe(false);
  });
});

test("《规划》勾勒出…蓝图：到2020年，… — a year after a lead-in's colon holds for its paragraph, as one opening it would", () => {
  const got = extractIndicators("某省十三五规划新闻\n《规划》勾勒出教育事业发展蓝图：到2020年，学前三年毛入园率达85%以上。主要劳动年龄人口平均受教育年限达到11年。").indicators;
  expect(got.map((r) => r.year)).toEqual([2020, 2020]);
});
