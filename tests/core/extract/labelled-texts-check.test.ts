// The check a folder of new labels goes through before it is scored (scripts/labelled-texts.ts check).
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkLabelled } from "../../../scripts/labelled-texts/check";

const FIXTURES = join(__dirname, "fixtures", "real");
let dir = "";
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "labels-"));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const label = (over: Record<string, unknown>) => JSON.stringify({ name: "新建学校", key: "新建学校", comparator: ">=", value: 5, unit: "所", year: null, basis: "absolute", kind: "target", quote: "新建学校5所", ...over });

test("a folder whose labels follow the contract is ready (the quote as written, the key in simplified characters)", () => {
  writeFileSync(join(dir, "SOURCES-b1.md"), "| file | issuer |\n");
  writeFileSync(join(dir, "plan-some-county-2024.txt"), "某县2024年工作计划\n全年新建學校5所。\n");
  writeFileSync(join(dir, "plan-some-county-2024.jsonl"), label({ quote: "新建學校5所" }) + "\n");
  expect(checkLabelled(dir, FIXTURES)).toEqual([]);
});

test("each problem says the file, the line and what is wrong", () => {
  writeFileSync(join(dir, "plan-some-county-2024.txt"), "某县2024年工作计划\n全年新建学校5所。\n");
  writeFileSync(join(dir, "plan-some-county-2024.jsonl"), [label({}), label({ comparator: "≥", key: "学堂", name: "新建學校", quote: "新建学校6所" }), "{oops"].join("\n") + "\n");
  const problems = checkLabelled(dir, FIXTURES);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/no SOURCES file/),
      expect.stringMatching(/^plan-some-county-2024\.jsonl:2: comparator ≥/),
      expect.stringMatching(/^plan-some-county-2024\.jsonl:2: key «学堂» is not inside name/),
      expect.stringMatching(/^plan-some-county-2024\.jsonl:2: key «学堂» is not in the text/),
      expect.stringMatching(/^plan-some-county-2024\.jsonl:2: quote not found/),
      expect.stringMatching(/^plan-some-county-2024\.jsonl:2: name and key must be in simplified/),
      expect.stringMatching(/^plan-some-county-2024\.jsonl:3: not JSON/),
    ]),
  );
  expect(problems.filter((p) => p.includes(".jsonl:1:"))).toEqual([]);
});

test("a stem a fixture already has, and a text without labels, are refused", () => {
  writeFileSync(join(dir, "SOURCES.md"), "sources\n");
  writeFileSync(join(dir, "report-china-national-2004.txt"), "新建学校5所。\n");
  writeFileSync(join(dir, "report-china-national-2004.jsonl"), label({}) + "\n");
  writeFileSync(join(dir, "lonely-text-2020.txt"), "无标注\n");
  const problems = checkLabelled(dir, FIXTURES);
  expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/report-china-national-2004\.jsonl: a fixture of this name exists/), expect.stringMatching(/lonely-text-2020\.txt: no \.jsonl beside it/)]));
});

test("a bare number's empty unit, a text with nothing to label and pinyin glosses are no problems", () => {
  writeFileSync(join(dir, "SOURCES.md"), "sources\n");
  writeFileSync(join(dir, "school-some-school-2020.txt"), "某校报告\n标准分Z值为1.2。增加公辦幼兒園學(xué)位 970 個。\n");
  writeFileSync(join(dir, "school-some-school-2020.jsonl"), [label({ name: "Z值", key: "Z值", value: 1.2, unit: "", quote: "Z值为1.2" }), label({ name: "公办幼儿园学位", key: "公办幼儿园学位", value: 970, unit: "个", quote: "增加公辦幼兒園學位 970 個" })].join("\n") + "\n");
  writeFileSync(join(dir, "page-empty-draft-2020.txt"), "某区规划草案（征求意见稿）\n");
  writeFileSync(join(dir, "page-empty-draft-2020.jsonl"), "");
  expect(checkLabelled(dir, FIXTURES)).toEqual([]);
});
