// The one narrow interface through which everything talks to a workbook.
// Two implementations: Office.js inside Excel (src/workbook/office) and .xlsx files through
// exceljs (src/workbook/xlsx). Core code builds lists of changes and queries as plain data, so
// an implementation can send a whole operation in a constant number of round trips.

/** A value as stored in a cell. Strings are always text: a change never creates a formula. */
export type CellValue = string | number | boolean | null;

/** What a cell holds when read back; errors such as #DIV/0! come back as `{ error }`. */
export type ReadValue = CellValue | { error: string };

/** A1 address on one sheet: a cell (`B3`) or a rectangle (`B3:D9`), without the sheet name. */
export type A1 = string;

export interface SheetInfo {
  name: string;
  visibility: "visible" | "hidden" | "veryHidden";
}

export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  /** colours as `#RRGGBB` */
  fontColor?: string;
  fill?: string;
  wrap?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle" | "bottom";
  /** thin border on every edge of every cell of the range */
  border?: boolean;
}

export type ValidationRule =
  | { kind: "decimal" | "whole"; operator: "between" | "notBetween"; min: number; max: number }
  | {
      kind: "decimal" | "whole";
      operator: "greaterThanOrEqual" | "greaterThan" | "lessThanOrEqual" | "lessThan" | "equal" | "notEqual";
      value: number;
    }
  | { kind: "list"; items: string[] }
  | { kind: "textLength"; operator: "lessThanOrEqual"; value: number };

export interface DataValidation {
  rule: ValidationRule;
  allowBlank: boolean;
  prompt?: { title: string; message: string };
  error?: { title: string; message: string; style: "stop" | "warning" | "information" };
}

/** Conditional format: when a cell's value compares true, apply the fill/font; or a data bar
 *  (a bar in each cell as long as its value, scaled from the range's smallest to its largest). */
export type ConditionalFormat =
  | {
      when:
        | { operator: "between" | "notBetween"; min: number; max: number }
        | { operator: "greaterThan" | "greaterThanOrEqual" | "lessThan" | "lessThanOrEqual" | "equal" | "notEqual"; value: number }
        /** a cell whose text is exactly this (status words such as 未达标) */
        | { operator: "equal" | "notEqual"; text: string };
      style: { fill?: string; fontColor?: string };
    }
  | { dataBar: { color: string } };

export interface ProtectionOptions {
  /** optional; off by default, as clerks lose passwords */
  password?: string;
  allowFormatCells?: boolean;
  allowResizeColumns?: boolean;
  allowResizeRows?: boolean;
  allowSort?: boolean;
  allowAutoFilter?: boolean;
}

export interface PageSetup {
  orientation?: "portrait" | "landscape";
  fitToWidth?: boolean;
  /** rows repeated at the top of every printed page, e.g. `1:3` */
  printTitleRows?: string;
}

/**
 * A bar or column chart over cells of the workbook. It reads the cells (it holds no figures of
 * its own), so correcting a cell updates it. `categories` and each series' `values` are one row
 * or one column each, of equal length, on `dataSheet` (default: the chart's own sheet).
 */
export interface Chart {
  /** bar: horizontal bars (long labels read well); column: vertical */
  kind: "bar" | "column";
  title: string;
  dataSheet?: string;
  categories: A1;
  /** the legend shows the names when there is more than one series */
  series: { name: string; values: A1 }[];
  /** value axis from 0 to this (1 for shares); omitted: Excel's automatic scale */
  max?: number;
  /** top-left cell of the chart, and its size in points */
  at: A1;
  size: { width: number; height: number };
}

/** One change to a workbook. Ranges name their sheet; `at` is the top-left cell for values. */
export type WorkbookChange =
  | { op: "addSheet"; sheet: string; visibility?: SheetInfo["visibility"] }
  | { op: "deleteSheet"; sheet: string }
  | { op: "setValues"; sheet: string; at: A1; values: CellValue[][] }
  | { op: "setFormulas"; sheet: string; at: A1; formulas: string[][] }
  | { op: "setNumberFormat"; sheet: string; range: A1; format: string }
  | { op: "setStyle"; sheet: string; range: A1; style: CellStyle }
  | { op: "setColumnWidth"; sheet: string; column: string; width: number }
  | { op: "mergeCells"; sheet: string; range: A1 }
  | { op: "setDataValidation"; sheet: string; range: A1; validation: DataValidation }
  | { op: "addConditionalFormat"; sheet: string; range: A1; format: ConditionalFormat }
  | { op: "setLocked"; sheet: string; range: A1; locked: boolean }
  | { op: "protectSheet"; sheet: string; options?: ProtectionOptions }
  | { op: "freezePanes"; sheet: string; rows: number; columns: number }
  | { op: "setPageSetup"; sheet: string; setup: PageSetup }
  | { op: "defineName"; name: string; sheet: string; range: A1; comment?: string }
  /** Office.js only: the .xlsx backend skips it (no sound library writes charts; see docs/summary.md) */
  | { op: "addChart"; sheet: string; chart: Chart }
  | { op: "setMetadata"; entries: Record<string, string> };

export interface RangeQuery {
  sheet: string;
  /** omitted: the sheet's used range */
  range?: A1;
}

export interface RangeSnapshot {
  sheet: string;
  /** address actually read, e.g. `A1:D9`; `null` when the sheet is empty */
  range: A1 | null;
  values: ReadValue[][];
  /** number format of each cell, `General` when none */
  numberFormats: string[][];
  /** formula text (`=SUM(B2:B5)`) where a cell holds a formula, else null */
  formulas: (string | null)[][];
}

export interface DefinedName {
  name: string;
  /** `Sheet1!$B$3` style reference */
  refersTo: string;
}

export interface Workbook {
  sheets(): Promise<SheetInfo[]>;
  /** Apply changes in order. Implementations batch them; nothing is half-applied silently. */
  apply(changes: readonly WorkbookChange[]): Promise<void>;
  read(queries: readonly RangeQuery[]): Promise<RangeSnapshot[]>;
  names(): Promise<DefinedName[]>;
  /** Hidden key/value metadata that travels with the file (set id, version, hash …). */
  metadata(): Promise<Record<string, string>>;
}
