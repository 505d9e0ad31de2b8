// The summary is built file by file (issue 14: 2,000 files once kept every finding and every
// figure of every file). Summing up that way gives exactly what summing up a whole check gives,
// lists the same findings, and holds one copy per unit however many files came in.
import { summarize } from "../../../src/core/jobs";
import { checkWorkbooks, type CheckedWorkbook } from "../../../src/core/jobs/check-workbooks";
import { loadIndicatorSet, type IndicatorSet } from "../../../src/core/set";
import { reportingUnits } from "../../../src/core/set/units";
import { buildSummary, listedInSummary, SummaryCollector, summaryChanges, type Summary } from "../../../src/core/summary";
import type { Finding, Submission } from "../../../src/core/validate";
import { validateSubmission } from "../../../src/core/validate";
import type { CellValue } from "../../../src/core/workbook/workbook";
import type { WorkbookSource } from "../../../src/core/jobs";
import { CLEAN, exampleSet, submission } from "../validate/fixtures";
import { citySet, filledForm, source } from "./fixtures";

type Source = WorkbookSource & { modified?: number };
const modifiedOf = (sources: readonly Source[]) => new Map(sources.flatMap((s) => (s.modified !== undefined ? [[s.name, s.modified] as const] : [])));

/** File by file (the job) and all at once (a check already made): the same summary and sheets. */
async function bothWays(sources: readonly Source[], set: IndicatorSet): Promise<{ streamed: Summary; whole: Summary; findings: Finding[] }> {
  const streamed = (await summarize(sources, set, { locale: "zh-CN" })).summary;
  const checked = await checkWorkbooks(sources, set);
  const whole = buildSummary(set, checked, { modified: modifiedOf(sources) });
  expect(streamed).toEqual(whole);
  expect(summaryChanges(streamed, "en-US")).toEqual(summaryChanges(whole, "en-US"));
  return { streamed, whole, findings: checked.findings };
}

test("a round with a double, an older version, a broken file and another set's file: the same summary file by file as from the whole check", async () => {
  const set = citySet();
  const sources = [
    source("s1.xlsx", await filledForm(set, "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" }, { enrol_rate: "新校区九月启用" })),
    source("s2.xlsx", await filledForm(set, "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: "六十", accidents: 1, has_plan: "否" })),
    source("s3-old.xlsx", await filledForm(citySet({ version: "1.0" }), "s3", { enrolled: 1, age_group: 100, enrol_rate: 1, places: "x" }), 2000),
    source("s3.xlsx", await filledForm(set, "s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" }), 1000),
    source("s2-again.xlsx", await filledForm(set, "s2", { enrolled: 6, age_group: 10, enrol_rate: 60, places: "七十" }), 5),
    source("broken.xlsx", new Error("end of central directory not found")),
    source("other.xlsx", await filledForm(citySet({ id: "another_set" }), "s4", { enrolled: 1 })),
  ];
  const { streamed, findings } = await bothWays(sources, set);
  expect(streamed.duplicates.map((d) => [d.unitId, d.used])).toEqual([
    ["s2", "s2-again.xlsx"],
    ["s3", "s3.xlsx"],
  ]);
  // the error in the older copy of s3 and in the first copy of s2 are not the summary's to list
  expect(findings.some((f) => f.file === "s3-old.xlsx" && f.severity === "error")).toBe(true);
  const listed = streamed.findings.map((f) => `${f.file}:${f.rule}`);
  expect(listed).toEqual(expect.arrayContaining(["s1.xlsx:target.missed", "s2-again.xlsx:value.not_a_number"]));
  expect(new Set(streamed.findings.map((f) => f.file))).toEqual(new Set(["s1.xlsx", "s2-again.xlsx"]));
});

test("the checks across units (an outlier here) run in the whole check and change nothing the summary shows", async () => {
  const set = exampleSet();
  const totals = [2000, 2100, 1900, 2050, 90000];
  const sources = await Promise.all(
    reportingUnits(set).map(async (u, i) => source(`${u.id}.xlsx`, await filledForm(set, u.id, { ...(CLEAN as Record<string, CellValue>), migrant_children_total: totals[i]!, migrant_children_public: 1500 }))),
  );
  expect(sources).toHaveLength(5);
  const { streamed, findings } = await bothWays(sources, set);
  expect(findings.some((f) => f.rule === "units.outlier")).toBe(true);
  expect(streamed.returned).toHaveLength(5);
});

test("the job's result keeps the summary and its sheets, not the files' findings, entries or template info", async () => {
  const set = citySet();
  const result = await summarize([source("s1.xlsx", await filledForm(set, "s1", { enrolled: 1, places: "x" }))], set, { locale: "zh-CN" });
  expect(Object.keys(result).sort()).toEqual(["changes", "summary"]);
  // the outcome only: no findings, no template info (whose strings may hold the file's XML)
  expect(result.summary.workbooks).toEqual([{ name: "s1.xlsx", status: "checked", units: ["s1"], ready: false }]);
});

// ── many units, many findings, every form sent five times ───────────────────

const UNITS = 200;
const ROUNDS = 5;

function schoolSet(): IndicatorSet {
  const base = exampleSet();
  const r = loadIndicatorSet({ ...base, units: Array.from({ length: UNITS }, (_, i) => ({ id: `school_${i + 1}`, name: `第${i + 1}中学` })) });
  if (!r.ok) throw new Error(JSON.stringify(r.problems[0]));
  return r.set;
}

/** A form filled with figures out of all bounds (as in the benchmark), explained here and there. */
function garbage(set: IndicatorSet, unitId: string, round: number): Submission {
  const values = Object.fromEntries(set.indicators.map((ind, i) => [ind.id, (i * 7 + round) % 100]));
  values.migrant_children_total = round * 10_000 + Number(unitId.split("_")[1]);
  const notes = { standardized_school_rate: `第${round}次说明`, safety_accidents: "已整改" };
  return submission(set, unitId, { values, notes }, `${unitId}-${round}.xlsx`);
}

test("200 units × 5 copies of forms full of findings: the counting copies' findings listed exactly, one copy per unit held", () => {
  const set = schoolSet();
  const modified = new Map<string, number>();
  const collector = new SummaryCollector(set, { modified });
  const expected: Finding[] = [];
  let fed = 0;
  let mostHeld = 0;
  for (let round = 0; round < ROUNDS; round++) {
    for (const unit of set.units) {
      const s = garbage(set, unit.id, round);
      const findings = validateSubmission(set, s);
      fed += findings.length;
      // saved later each round: the last round's copies count
      modified.set(s.file, round);
      if (round === ROUNDS - 1) expected.push(...findings.filter(listedInSummary));
      const workbook: CheckedWorkbook = { name: s.file, status: "checked", findings, units: [unit.id], ready: false };
      collector.addWorkbook(workbook, [{ ...s, entries: s.entries.filter((e) => e.kind !== "note") }]);
      mostHeld = Math.max(mostHeld, collector.copiesHeld);
    }
  }
  const summary = collector.finish();

  // many findings went in; those of the counting copies come out, all of them, in reading order
  expect(fed).toBeGreaterThan(UNITS * ROUNDS * 20);
  expect(expected.length).toBeGreaterThan(UNITS * 5);
  expect(expected.some((f) => f.explanation !== undefined)).toBe(true);
  expect(summary.findings).toEqual(expected);
  expect(summary.findings.every((f) => f.file!.endsWith(`-${ROUNDS - 1}.xlsx`))).toBe(true);

  // every unit's figure is its last copy's, and every double says which copy counts
  const total = summary.indicators.find((s) => s.indicator.id === "migrant_children_total")!;
  expect(total.units.map((u) => u.value)).toEqual(set.units.map((_, i) => (ROUNDS - 1) * 10_000 + i + 1));
  expect(total.all.total).toBe(UNITS * (ROUNDS - 1) * 10_000 + (UNITS * (UNITS + 1)) / 2);
  expect(summary.duplicates).toHaveLength(UNITS);
  expect(summary.duplicates[7]).toMatchObject({ unitId: "school_8", files: Array.from({ length: ROUNDS }, (_, r) => `school_8-${r}.xlsx`), used: `school_8-${ROUNDS - 1}.xlsx` });
  expect(summary.workbooks).toHaveLength(UNITS * ROUNDS);

  // what was held while reading: one copy per unit, not one per file
  expect(mostHeld).toBe(UNITS);
});
