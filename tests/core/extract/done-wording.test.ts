// A document no rule of kind.ts reads is weighed by its wording (done-wording.ts, weights learned
// by scripts/learn-done-wording.ts). These tests hold what the reading must keep whatever the
// weights: how a text becomes pairs, that only undecided documents are weighed, and that the
// weighing tells a story of work done from a plan written in the same kind of words.
import { extractIndicators } from "../../../src/core/extract/extract";
import { readDocument, WORDED_AS_DONE } from "../../../src/core/extract/kind";
import { DONE_ABOVE, doneLikelihood, WORDING_READ, wordingPairs } from "../../../src/core/extract/done-wording";
import { DONE_WORDING } from "../../../src/core/extract/done-wording-weights";

// a back-to-school story: no summary's title, no date line, no 已-run long enough for a rule
const STORY =
  "城东实验小学迎来首批新生\n开学第一天，记者走进城东实验小学，崭新的教学楼、宽敞的操场映入眼帘。据学校负责人介绍，学校占地面积40亩，设有36个教学班，可提供学位1620个，首批招收一年级新生320名。截至目前，全区秋季已投用新建学校3所，新增学位3000个，新招聘教师120名，均已到岗。“以前孩子上学要坐半小时公交，现在走路十分钟就到。”家长王女士说。";
// the same figures as a bureau's plan
const PLAN =
  "全区教育工作要点\n2024年，全区将新建、改扩建中小学校5所，新增学位4500个。推进学前教育普及普惠，学前三年毛入园率达到95%以上。加强教师队伍建设，招聘教师200名，教师培训不少于72学时。";

describe("the pairs a text is weighed by", () => {
  it("reads every number as 0, runs of spaces as one, and full-width commas as half-width", () => {
    const pairs = wordingPairs("新增学位3000个，投入1.5亿元\n\n  共有");
    expect([...pairs]).toEqual(expect.arrayContaining(["位0", "0个", "个,", "入0", "0亿", " 共"]));
    expect(pairs.has("00")).toBe(false);
    expect(pairs.has("，投")).toBe(false);
    expect(wordingPairs("学校，学校,学校").size).toBe(wordingPairs("学校,学校").size);
  });

  it("reads only the opening of a long text", () => {
    const long = "的".repeat(WORDING_READ) + "截至";
    expect(wordingPairs(long).has("截至")).toBe(false);
    expect(wordingPairs("的".repeat(WORDING_READ - 2) + "截至").has("截至")).toBe(true);
  });

  it("has weights of pairs only, each a finite number", () => {
    const entries = Object.entries(DONE_WORDING.weights);
    expect(entries.length).toBeGreaterThan(100);
    for (const [pair, w] of entries) {
      expect([...pair]).toHaveLength(2);
      expect(Number.isFinite(w)).toBe(true);
    }
    expect(Number.isFinite(DONE_WORDING.bias)).toBe(true);
  });
});

describe("a document no rule reads is weighed by its wording", () => {
  it("tells a story of work done from a plan", () => {
    expect(doneLikelihood(STORY)).toBeGreaterThan(DONE_ABOVE);
    expect(doneLikelihood(PLAN)).toBeLessThan(DONE_ABOVE);
    expect(readDocument(STORY)).toMatchObject({ kind: "actual", rule: WORDED_AS_DONE, undecided: true });
    const untitled = PLAN.split("\n")[1]!.repeat(2);
    expect(doneLikelihood(untitled)).toBeLessThan(DONE_ABOVE);
    expect(readDocument(untitled)).toMatchObject({ kind: "target", rule: null, undecided: true });
  });

  it("is not weighed when the title names a plan or a budget, or the text is a sentence or two", () => {
    const body = STORY.split("\n")[1]!;
    for (const title of ["全区教育工作要点", "某县“十四五”教育事业发展规划（2021—2025年）", "关于印发《2024年全区教育工作计划》的通知", "某县学前教育三年行动计划（2024-2026年）", "2024年县教育民生实事项目", "市教育局2024年部门预算公开"]) {
      expect(doneLikelihood(title + "\n" + body)).toBeGreaterThan(DONE_ABOVE);
      expect(readDocument(title + "\n" + body)).toMatchObject({ kind: "target", rule: null, undecided: false });
    }
    expect(readDocument("2023年部门预算执行情况\n" + body).kind).toBe("actual");
    const sentence = "据学校负责人介绍，学校占地面积40亩，设有36个教学班，可提供学位1620个，首批招收一年级新生320名。截至目前，全区秋季已投用新建学校3所，新增学位3000个，新招聘教师120名，均已到岗。";
    expect(doneLikelihood(sentence)).toBeGreaterThan(DONE_ABOVE);
    expect(readDocument(sentence)).toMatchObject({ kind: "target", rule: null, undecided: true });
  });

  it("is not weighed when asked not to, as the learning script asks", () => {
    expect(readDocument(STORY, null, { wording: false })).toMatchObject({ kind: "target", rule: null, undecided: true });
  });

  it("is not weighed when a rule has read it or its headline says it plans", () => {
    const reviewed = "2023年工作总结\n" + PLAN.split("\n")[1];
    expect(readDocument(reviewed)).toMatchObject({ kind: "actual", undecided: false });
    expect(readDocument(reviewed).rule).not.toBe(WORDED_AS_DONE);
    const headlinePlans = "今年我区将新建学校3所\n" + STORY.split("\n")[1];
    expect(doneLikelihood(headlinePlans)).toBeGreaterThan(DONE_ABOVE);
    expect(readDocument(headlinePlans)).toMatchObject({ kind: "target", rule: null, undecided: false });
  });

  it("gives the story's unmarked figures as done, and the plan's as goals", () => {
    const story = extractIndicators(STORY).indicators;
    const places = story.find((r) => r.value === 1620)!;
    expect(places).toMatchObject({ kind: "actual", comparator: "=" });
    const plan = extractIndicators(PLAN).indicators;
    expect(plan.find((r) => r.value === 4500)).toMatchObject({ kind: "target", comparator: ">=" });
  });
});
