// `Workbook` over the Excel JavaScript API (Office.js), for the add-in running inside Excel.
//
// Round trips: every operation costs a small number of `context.sync()` calls that grows only
// with the bytes moved, never with the number of cells, rows or changes:
//   sheets()   1          names()   1
//   metadata() 3: the sheet list, then its size and its values as read() (1 when there is none)
//   read()     1 when every query names its range and the data fits one response;
//              + 1 first when a query reads a used range (to learn its size),
//              + 1 per further response budget (4 MB): Excel on the web refuses a response
//                over 5 MB, so large ranges are read in row blocks
//              (+1 only when it fails, to name the missing sheet)
//   apply()    1 probe (which sheets and names exist, their visibility and protection)
//              + 2 to read the metadata sheet (as read()), only when merging into existing metadata
//              + 1 per write request; a request holds everything up to the payload budget
//                (4 MB), so only a write payload larger than that adds requests.
// Everything is checked (requirement sets before any round trip, sheets/addresses/limits after
// the probe) before the first write. Protected sheets the changes need are unprotected at the
// very start of the first request, so a password Excel asks for fails before anything else is
// written (then +2 syncs to say which sheet, in the user's words). Only a write larger than one
// request can fail half-way, and then it throws.
//
// The pieces live next door: screen.ts (ops and requirement sets), probe.ts, plan.ts (changes →
// sized steps, per kind in values/style/layout/validation/conditional-format/protection/names/
// metadata.ts), payload.ts (packing steps into requests), read.ts, sheets.ts.

import { parseRange } from "../../core/workbook/a1";
import type { DefinedName, RangeQuery, RangeSnapshot, SheetInfo, Workbook, WorkbookChange } from "../../core/workbook/workbook";
import { readMetadata } from "./metadata";
import { readNames } from "./names";
import { DEFAULT_PAYLOAD_BUDGET, packByBudget } from "./payload";
import { plan } from "./plan";
import { probe } from "./probe";
import { explainLocked } from "./protection";
import { readRanges } from "./read";
import { capabilities, type Capabilities, type RequirementChecker } from "./requirements";
import { checkOps, screen, type SkippedChange } from "./screen";
import { key, readSheets, SheetCache } from "./sheets";

export { META_SHEET } from "./metadata";
export { widthToPoints } from "./layout";
export type { SkippedChange } from "./screen";

/** Runs one batch against a request context; production passes `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The runner for the real host. */
export const excelRun: ExcelRunner = (batch) => Excel.run(batch);

export interface OfficeWorkbookOptions {
  /** bytes per write request and per read response; default {@link DEFAULT_PAYLOAD_BUDGET} */
  payloadBudget?: number;
  /** default: `Office.context.requirements` */
  requirements?: RequirementChecker;
}

export interface ApplyOptions {
  /** skip changes the host cannot do (and report them) instead of throwing */
  degrade?: boolean;
}

export interface ApplyReport {
  skipped: SkippedChange[];
  /** `context.sync()` round trips made */
  requests: number;
}

export class OfficeWorkbook implements Workbook {
  readonly payloadBudget: number;
  private readonly requirements: RequirementChecker | undefined;

  constructor(
    private readonly run: ExcelRunner,
    options: OfficeWorkbookOptions = {},
  ) {
    this.payloadBudget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
    if (!(this.payloadBudget > 0)) throw new RangeError("payloadBudget must be positive");
    this.requirements = options.requirements;
  }

  capabilities(): Capabilities {
    return capabilities(this.requirements);
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.run(readSheets);
  }

  /** The `Workbook` contract: throws {@link UnsupportedFeatureError} unless `degrade` is set. */
  async apply(changes: readonly WorkbookChange[], options: ApplyOptions = {}): Promise<void> {
    await this.applyWithReport(changes, options);
  }

  /**
   * Like {@link apply}, and says which changes were skipped (degrade mode) and how many round
   * trips it made. (`Workbook.apply` returns void, so the report has its own method.)
   */
  async applyWithReport(changes: readonly WorkbookChange[], options: ApplyOptions = {}): Promise<ApplyReport> {
    // Requirement sets first, before anything reaches the workbook.
    checkOps(changes);
    const caps = this.capabilities();
    const { kept, skipped } = screen(changes, caps, options.degrade);
    if (kept.length === 0) return { skipped, requests: 0 };

    const budget = this.payloadBudget;
    const requests = await this.run(async (context) => {
      const probed = await probe(context, kept, caps, budget);
      let syncs = probed.syncs;

      // Plan everything (and fail on bad input) before the first write.
      const { steps, unlocked } = plan(kept, probed.probe, budget, caps);
      const target = new SheetCache(context);
      let first = true;
      for (const request of packByBudget(steps, budget)) {
        for (const step of request) step.queue(target);
        try {
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload budget (4 MB), never per cell, row or change
          await context.sync();
        } catch (error) {
          if (first && unlocked.length > 0) await explainLocked(target, unlocked, error);
          throw error;
        }
        first = false;
        syncs++;
      }
      return syncs;
    });
    return { skipped, requests };
  }

  async read(queries: readonly RangeQuery[]): Promise<RangeSnapshot[]> {
    if (queries.length === 0) return [];
    for (const q of queries) if (q.range !== undefined) parseRange(q.range); // fail before the round trip
    const caps = this.capabilities();
    try {
      return await this.run((context) => readRanges(context, queries, caps, this.payloadBudget));
    } catch (error) {
      // Excel's ItemNotFound does not say which sheet; find out (only on this failure path).
      const present = new Set((await this.sheets()).map((s) => key(s.name)));
      const missing = [...new Set(queries.map((q) => q.sheet))].filter((name) => !present.has(key(name)));
      if (missing.length === 0) throw error;
      throw new Error(`read: sheet ${missing.map((name) => `"${name}"`).join(", ")} does not exist`, { cause: error });
    }
  }

  async names(): Promise<DefinedName[]> {
    // NamedItem.formula needs ExcelApi 1.7; `value` (1.1) holds the reference of a range name.
    const withFormula = this.capabilities().has("nameFormulas");
    return this.run((context) => readNames(context, withFormula));
  }

  async metadata(): Promise<Record<string, string>> {
    const caps = this.capabilities();
    return this.run((context) => readMetadata(context, caps, this.payloadBudget));
  }
}
