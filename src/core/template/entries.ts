// What reading a filled template gives: the figures a unit entered, each with the cell it came
// from. The template layout knows where those cells are; validation and the summary only see
// this flat list.
import type { ReadValue } from "../workbook/workbook";

export interface CellPlace {
  /** file name, when several workbooks are checked together */
  file?: string;
  sheet: string;
  /** A1 address, e.g. E12 */
  cell: string;
}

export interface Entry extends CellPlace {
  indicatorId: string;
  unitId: string;
  /** the reporting year the cell is for; undefined for a single-year set */
  year?: number;
  /** `value`: this year's figure; `baseline`: last year's (上年值); `note`: the 说明 column */
  kind: "value" | "baseline" | "note";
  raw: ReadValue;
  numberFormat?: string;
  formula?: string | null;
}

/** One workbook as submitted: whose it is, and its entries. */
export interface Submission {
  file: string;
  unitId: string;
  entries: Entry[];
}
