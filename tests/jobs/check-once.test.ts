// checkOnce: the check and the summary of one round share a single reading of each returned
// file, and give what each job gives reading the files itself.
import { checkOnce, checkWorkbooks, summarize, type WorkbookSource } from "../../src/core/jobs";
import { citySet, filledForm, source } from "../core/summary/fixtures";

test("the check and the summary of the same returns open each file once, with the same results", async () => {
  const set = citySet();
  const opened = new Map<string, number>();
  const counted = (s: WorkbookSource): WorkbookSource => ({ name: s.name, open: () => (opened.set(s.name, (opened.get(s.name) ?? 0) + 1), s.open()) });
  const plain = [
    source("s1.xlsx", await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" })),
    source("s2.xlsx", await filledForm(set, "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: "六十" })),
    source("broken.xlsx", new Error("end of central directory not found")),
  ];
  const sources = plain.map(counted);

  const checkFile = checkOnce(set);
  const checked = await checkWorkbooks(sources, set, { checkFile });
  const summed = await summarize(sources, set, { locale: "zh-CN", checkFile });
  expect([...opened.values()]).toEqual([1, 1, 1]);

  expect(checked).toEqual(await checkWorkbooks(plain, set));
  expect(summed.summary).toEqual((await summarize(plain, set, { locale: "zh-CN" })).summary);
});
