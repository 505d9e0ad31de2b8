// A stage named by a lead-in (——小学。/ 全县幼儿园20所，… / 其中，初中…) goes into the names of
// the figures after it, within its paragraph, until another stage is named (made-up lines).
import { extractIndicators } from "../../../src/core/extract/extract";

const names = (text: string) => extractIndicators(text).indicators.map((r) => `${r.name} ${r.value}`);

describe("stage lead-ins", () => {
  it("a dash heading names the stage of its paragraph, until the next heading", () => {
    expect(names("——小学。校数12所；在校生9000人，比上年减少30人。\n——初中：校数5所；专任教师400人。")).toEqual([
      "小学校数 12",
      "小学在校生 9000",
      "小学在校生 -30",
      "初中校数 5",
      "初中专任教师 400",
    ]);
  });

  it("a stage opening the paragraph holds for its next sentences, not the next paragraph", () => {
    expect(names("全县幼儿园20所。招生1500人；图书3万册。\n招生800人。")).toEqual(["幼儿园 20", "幼儿园招生 1500", "幼儿园图书 3", "招生 800"]);
  });

  it("never prefixes a name that has a stage; another stage takes over", () => {
    expect(names("普通高中学校3所；在校生5000人。中职学校1所；在校生900人；在园幼儿100人。")).toEqual([
      "普通高中学校 3",
      "普通高中在校生 5000",
      "中职学校 1",
      "中职在校生 900",
      "在园幼儿 100",
    ]);
  });

  it("其中 with a stage and a measure holds for the rest of the sentence only", () => {
    expect(names("全县专任教师3000人，其中，初中专任教师800人，高级职称200人。招生500人。")).toEqual([
      "专任教师 3000",
      "初中专任教师 800",
      "初中高级职称 200",
      "招生 500",
    ]);
  });

  it("parts of a breakdown and a stage's rate do not carry", () => {
    // (the parts of 在校生1万人 are 在校生 of their stage: 万 is the total's magnitude only)
    expect(names("在校生1万人，其中小学6000人，初中4000人；专任教师800人。")).toEqual(["在校生 1", "小学在校生 6000", "初中在校生 4000", "专任教师 800"]);
    expect(names("学前教育毛入园率达到95%，残疾儿童入学率达到98%。")).toEqual(["学前教育毛入园率 95", "残疾儿童入学率 98"]);
  });
});
