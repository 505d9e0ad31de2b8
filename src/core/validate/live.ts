// Live checking while a clerk types: the template's entries are read once; after an edit only
// the changed range is read again, its entries updated, and the submission re-checked in memory.
// The workbook is never read whole again, however large it is.
import { readEntries, type FilledTemplate } from "../template/read-entries";
import type { IndicatorSet } from "../set/schema";
import { parseCell, parseRange } from "../workbook/a1";
import type { Workbook } from "../workbook/workbook";
import type { Finding } from "./finding";
import { validateSubmission } from "./validate";
import { submissionsOf } from "./submissions";

export class LiveCheck {
  private constructor(
    private readonly workbook: Workbook,
    private readonly set: IndicatorSet,
    private readonly filled: FilledTemplate,
  ) {}

  static async start(workbook: Workbook, set: IndicatorSet): Promise<LiveCheck> {
    return new LiveCheck(workbook, set, await readEntries(workbook));
  }

  /** Findings over the entries as last read. */
  findings(): Finding[] {
    return submissionsOf("", this.filled).flatMap((s) => validateSubmission(this.set, s));
  }

  /** Sheets holding input cells: the ones worth watching for edits. */
  sheets(): string[] {
    return [...new Set(this.filled.entries.map((e) => e.sheet))];
  }

  /** An edit touched `range` on `sheet`: read just that range, then re-check. */
  async changed(sheet: string, range: string): Promise<Finding[]> {
    const r = parseRange(range);
    const inside = this.filled.entries.filter((e) => {
      if (e.sheet !== sheet) return false;
      const c = parseCell(e.cell);
      return c.row >= r.start.row && c.row <= r.end.row && c.column >= r.start.column && c.column <= r.end.column;
    });
    if (inside.length > 0) {
      const [snap] = await this.workbook.read([{ sheet, range }]);
      for (const e of inside) {
        const c = parseCell(e.cell);
        const row = c.row - r.start.row;
        const col = c.column - r.start.column;
        e.raw = snap?.values[row]?.[col] ?? null;
        e.numberFormat = snap?.numberFormats[row]?.[col];
        e.formula = snap?.formulas[row]?.[col] ?? null;
      }
    }
    return this.findings();
  }
}
