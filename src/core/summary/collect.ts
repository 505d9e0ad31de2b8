// The summary built one workbook at a time, so a round of 2,000 files costs the memory of the
// figures that count (one copy per unit), not of everything every file held: each workbook is
// reduced on arrival (unit-copy.ts) and a unit's resent copies are let go once they cannot win
// (choose.ts). The same result as summing up all the files at once (tests/core/summary).
import type { CheckedWorkbook } from "../jobs/check-workbooks";
import type { IndicatorSet } from "../set/schema";
import { reportingUnitsInTreeOrder } from "../set/units";
import type { Submission } from "../template/entries";
import { RULE_IDS, type Finding } from "../validate/finding";
import type { Duplicate, Summary, SummaryOptions, SummaryWorkbook } from "./build";
import { UnitChoice } from "./choose";
import { summarizeIndicator, totalsContext } from "./indicator";
import { unitValues, type CopyContext, type NumberedFinding, type UnitCopy } from "./unit-copy";

/** What the summary lists of the findings: open errors and explained warnings. Doubles and
 *  unusable files have lists of their own. */
export const listedInSummary = (f: Finding): boolean => (f.severity === "error" || f.explanation !== undefined) && f.rule !== RULE_IDS.duplicate && !f.rule.startsWith("file.");

const placeKey = (file: string, unit: string) => `${file}\u0000${unit}`;

export class SummaryCollector {
  private readonly year: number;
  private readonly context: CopyContext;
  private readonly reporting: ReadonlySet<string>;
  private readonly workbooks: SummaryWorkbook[] = [];
  /** by unit, in the order units were first seen */
  private readonly copies = new Map<string, UnitChoice<UnitCopy>>();
  /** listed findings on no copy read with them (no unit, no file, or a unit the file did not
   *  hold): kept unless they name a unit whose copy from another file counts */
  private readonly loose: NumberedFinding[] = [];
  private seq = 0;

  constructor(
    private readonly set: IndicatorSet,
    private readonly options: SummaryOptions = {},
  ) {
    this.year = options.year ?? set.years[set.years.length - 1]!;
    this.context = { set, year: this.year };
    this.reporting = new Set(reportingUnitsInTreeOrder(set).map((u) => u.id));
  }

  /** One workbook as the check job gives it: its outcome and findings, and the forms it held. */
  addWorkbook(workbook: CheckedWorkbook, submissions: readonly Submission[]): void {
    this.addOutcome(workbook);
    this.addSubmissions(submissions, workbook.findings, () => workbook.status === "checked");
  }

  /** A workbook's outcome for the list of files (used, not used and why); only that is kept. */
  addOutcome(workbook: SummaryWorkbook): void {
    const { name, status, reason, units, ready } = workbook;
    this.workbooks.push({ name, status, ...(reason !== undefined ? { reason } : {}), units, ready });
  }

  /** Forms and the findings on them, in reading order. `current`: made from the set's current
   *  version (such a copy wins over older ones of the same unit). */
  addSubmissions(submissions: readonly Submission[], findings: readonly Finding[], current: (s: Submission) => boolean): void {
    // each finding goes to the copy it is about: same file, same unit
    const byPlace = new Map<string, { all: Finding[]; shown: NumberedFinding[] }>();
    for (const s of submissions) if (!byPlace.has(placeKey(s.file, s.unitId))) byPlace.set(placeKey(s.file, s.unitId), { all: [], shown: [] });
    for (const f of findings) {
      const seq = this.seq++;
      const place = f.unit !== undefined && f.file !== undefined ? byPlace.get(placeKey(f.file, f.unit)) : undefined;
      if (place) {
        place.all.push(f);
        if (listedInSummary(f)) place.shown.push({ seq, finding: f });
      } else if (listedInSummary(f)) this.loose.push({ seq, finding: f });
    }
    for (const s of submissions) {
      const place = byPlace.get(placeKey(s.file, s.unitId))!;
      const copy: UnitCopy = {
        file: s.file,
        unitId: s.unitId,
        shown: place.shown,
        ...(this.reporting.has(s.unitId) ? { values: unitValues(this.context, s, place.all) } : {}),
      };
      let choice = this.copies.get(s.unitId);
      if (!choice) this.copies.set(s.unitId, (choice = new UnitChoice<UnitCopy>()));
      choice.add(copy, s.file, current(s), this.options.modified?.get(s.file));
    }
  }

  /** copies of units' forms held so far: one or two per unit however often it resent its form */
  get copiesHeld(): number {
    let n = 0;
    for (const choice of this.copies.values()) n += choice.held;
    return n;
  }

  finish(): Summary {
    const { set, year } = this;
    const units = reportingUnitsInTreeOrder(set);
    const chosen = new Map<string, UnitCopy>();
    const duplicates: Duplicate[] = [];
    for (const [unitId, choice] of this.copies) {
      const { copy, why } = choice.chosen();
      chosen.set(unitId, copy);
      if (why) duplicates.push({ unitId, files: choice.files, used: copy.file, why });
    }
    const known = new Set(set.units.map((u) => u.id));
    const ctx = totalsContext(set, year, units, chosen);
    const indicators = set.indicators.map((ind, i) => summarizeIndicator(ctx, ind, i));
    const previous = this.options.previous;
    if (previous) for (const s of indicators) if (previous.has(s.indicator.id)) s.previous = previous.get(s.indicator.id) ?? null;

    // what still needs a unit's attention, from the copy that counts, in reading order
    const otherCopyCounts = (f: Finding) => f.unit !== undefined && f.file !== undefined && chosen.has(f.unit) && chosen.get(f.unit)!.file !== f.file;
    const listed = [...[...chosen.values()].flatMap((c) => c.shown), ...this.loose.filter((n) => !otherCopyCounts(n.finding))].sort((a, b) => a.seq - b.seq);
    return {
      set,
      year,
      indicators,
      units,
      parents: set.units.filter((u) => !units.includes(u)),
      returned: units.filter((u) => chosen.has(u.id)).map((u) => u.id),
      missing: units.filter((u) => !chosen.has(u.id)).map((u) => u.id),
      duplicates,
      unknownUnits: [...chosen.values()].filter((c) => !known.has(c.unitId)).map((c) => ({ unitId: c.unitId, file: c.file })),
      workbooks: this.workbooks,
      findings: listed.map((n) => n.finding),
    };
  }
}
