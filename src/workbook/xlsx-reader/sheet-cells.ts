// One worksheet part read in one pass, keeping only the cells a read asked for (or every cell
// with a value, for a used-range read). Cells, rows, merges and links are taken as exceljs 4.4
// takes them after package.ts's repairs: rows and cells without `r` numbered one after the
// other, a row given twice replaced as a whole, empty unstyled cells ignored, merged cells read
// empty (a merge that overlaps an earlier one left out, a huge one cut to the sheet's extent),
// a linked cell read as its text.
import type { RangeRef } from "../../core/workbook/a1";
import type { ReadValue } from "../../core/workbook/workbook";
import { WorkbookOpenError } from "../xlsx/open-error";
import { formulaResult, parseRef, slideFormula, throughDate, xmlDecodeAgain } from "./cell-values";
import { isDateFormat, type NumberFormats } from "./number-formats";
import { decodeEscapes } from "./shared-strings";
import { attr, scanXml, type XmlHandler } from "./xml-scan";

export interface SheetContext {
  formats: NumberFormats;
  /** undefined when the package has no shared strings part */
  sharedStrings: string[] | undefined;
  date1904: boolean;
  /** relationship ids of the sheet's links that lead somewhere */
  linkIds: ReadonlySet<string>;
}

/** What to keep: cells inside `rects`, or every cell when `all`. */
export interface Wanted {
  rects: RangeRef[];
  all: boolean;
}

export interface CellRead {
  value: ReadValue;
  numFmt: string | undefined;
  formula: string | null;
}

interface Cell extends CellRead {
  /** the `r` the file gave (or the one package.ts would give), for links */
  address: string;
  /** holds a value or formula (exceljs's eachCell), not just a style */
  counts: boolean;
  /** a shared-formula follower: its master's address, resolved at the end */
  master?: string;
  /** what exceljs made of it, for the text it shows (metadata is read as text) */
  kind: "value" | "date" | "formula" | "link";
  /** a date's time, for that text */
  dateMs?: number;
}

interface Area {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const MAX_ROW = 1_048_576;
const MAX_COLUMN = 16_384;
const HUGE_MERGE = 100_000;
const cellsIn = (a: Area) => (a.bottom - a.top + 1) * (a.right - a.left + 1);
const overlaps = (a: Area, b: Area) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
const inside = (a: Area, row: number, column: number) => a.top <= row && row <= a.bottom && a.left <= column && column <= a.right;

function parseArea(ref: string): Area | undefined {
  const [a, b, extra] = ref.split(":");
  if (extra !== undefined || a === undefined) return undefined;
  const wholeColumns = /^\$?([A-Za-z]{1,3})$/;
  const wholeRows = /^\$?(\d+)$/;
  if (b !== undefined && wholeColumns.test(a) && wholeColumns.test(b)) {
    const x = parseRef(`${a.replace("$", "")}1`)?.column;
    const y = parseRef(`${b.replace("$", "")}1`)?.column;
    return x && y ? { top: 1, left: Math.min(x, y), bottom: MAX_ROW, right: Math.max(x, y) } : undefined;
  }
  if (b !== undefined && wholeRows.test(a) && wholeRows.test(b)) {
    const x = Number(wholeRows.exec(a)![1]);
    const y = Number(wholeRows.exec(b)![1]);
    return x >= 1 && y >= 1 && x <= MAX_ROW && y <= MAX_ROW ? { top: Math.min(x, y), left: 1, bottom: Math.max(x, y), right: MAX_COLUMN } : undefined;
  }
  const p = parseRef(a);
  const q = b === undefined ? p : parseRef(b);
  if (!p || !q) return undefined;
  return { top: Math.min(p.row, q.row), left: Math.min(p.column, q.column), bottom: Math.max(p.row, q.row), right: Math.max(p.column, q.column) };
}

/** The merges exceljs ends up with after package.ts's fixMerges: a huge one cut to the rows and
 *  columns the sheet has, one that overlaps a merge kept before it left out. */
function keptMerges(refs: readonly string[], extent: { rows: number; columns: number }): Area[] {
  const kept: Area[] = [];
  for (const ref of refs) {
    let a = parseArea(ref);
    if (a && cellsIn(a) > HUGE_MERGE) {
      a = { ...a, bottom: Math.min(a.bottom, Math.max(extent.rows, a.top)), right: Math.min(a.right, Math.max(extent.columns, a.left)) };
    }
    if (!a || cellsIn(a) > HUGE_MERGE) continue;
    const area = a;
    if (kept.some((k) => overlaps(k, area))) continue;
    kept.push(area);
  }
  return kept;
}

export class SheetCells {
  private merges: Area[] = [];

  constructor(
    private readonly rows: Map<number, Map<number, Cell>>,
    private readonly rowFormats: Map<number, string | undefined>,
    private readonly columnFormat: (column: number) => string | undefined,
  ) {}

  setMerges(merges: Area[]): void {
    // by top row, so a lookup stops at the first merge that starts below the cell
    this.merges = [...merges].sort((a, b) => a.top - b.top);
  }

  private mergeAt(row: number, column: number): Area | undefined {
    for (const m of this.merges) {
      if (m.top > row) return undefined;
      if (inside(m, row, column)) return m;
    }
    return undefined;
  }

  /** A cell as the exceljs path reads it; undefined where it has no cell at all. */
  get(row: number, column: number): CellRead | undefined {
    const cell = this.rows.get(row)?.get(column);
    const merge = this.merges.length > 0 ? this.mergeAt(row, column) : undefined;
    if (!merge) return cell;
    const master = merge.top === row && merge.left === column;
    if (master && cell) return cell;
    // a cell merging makes (exceljs getCell) takes its row's or column's number format
    const numFmt = cell && !master ? cell.numFmt : this.rowFormats.get(row) || this.columnFormat(column);
    return { value: null, numFmt, formula: null };
  }

  /** Row numbers that have cells, in order. */
  rowNumbers(): number[] {
    return [...this.rows.keys()].sort((a, b) => a - b);
  }

  /** The text exceljs's cell.text gives a cell that holds something (metadata.ts cellText);
   *  undefined for none. Merged-away cells count as empty. */
  text(row: number, column: number): string | undefined {
    const cell = this.rows.get(row)?.get(column);
    if (!cell || (cell.kind === "value" && cell.value === null)) return undefined;
    const m = this.merges.length > 0 ? this.mergeAt(row, column) : undefined;
    if (m && !(m.top === row && m.left === column)) return undefined;
    const v = cell.value;
    if (cell.dateMs !== undefined && (cell.kind === "date" || v)) return new Date(cell.dateMs).toString();
    if (cell.kind === "formula") return v ? String(v) : "";
    if (v !== null && typeof v === "object") return v.error;
    return String(v ?? "");
  }

  /** Bounding box of the cells with a value or formula (merged-away cells left out). */
  usedRange(): RangeRef | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = 0;
    let right = 0;
    for (const [row, cells] of this.rows) {
      for (const [column, cell] of cells) {
        if (!cell.counts) continue;
        if (this.merges.length > 0) {
          const m = this.mergeAt(row, column);
          if (m && !(m.top === row && m.left === column)) continue;
        }
        if (row < top) top = row;
        if (row > bottom) bottom = row;
        if (column < left) left = column;
        if (column > right) right = column;
      }
    }
    return bottom === 0 ? undefined : { start: { row: top, column: left }, end: { row: bottom, column: right } };
  }
}

/** Read one worksheet's XML, keeping what `wanted` asks for. */
export function readSheetCells(xml: string, ctx: SheetContext, wanted: Wanted): SheetCells {
  const scan = new SheetScan(ctx, wanted);
  scanXml(xml, scan);
  return scan.finish();
}

class SheetScan implements XmlHandler {
  private readonly rows = new Map<number, Map<number, Cell>>();
  private readonly rowFormats = new Map<number, string | undefined>();
  private readonly cols: { min: number; max: number; style: number }[] = [];
  private readonly mergeRefs: string[] = [];
  private readonly links: string[] = [];
  /** shared formula id → its master's address, as met in the document */
  private readonly masters = new Map<string, string>();
  private readonly masterFormulas = new Map<string, string | undefined>();

  private inSheetData = false;
  private inCols = false;
  private inMerges = false;
  private inLinks = false;
  private row = 0;
  private column = 0;
  private rowCells: Map<number, Cell> | undefined;
  /** the rects that cover the current row */
  private active: readonly RangeRef[] = [];
  private maxRow = 0;
  private maxColumn = 0;

  // the cell being read
  private inCell = false;
  private keep = false;
  private cRow = 0;
  private cColumn = 0;
  private cAddress = "";
  private cType: string | undefined;
  private cStyle = NaN;
  private value: string | undefined;
  private formula: string | undefined;
  private shareType: string | undefined;
  private sharedRef: string | undefined;
  private sharedId: string | undefined;
  /** "f", "v" or "t": where text goes */
  private current: string | undefined;
  /** an inline string's text, each bare <t> and each run's last <t>, decoded */
  private parts: string[] = [];
  private hasRuns = false;
  private inRun = false;
  private runText: string | undefined;
  private tText: string[] = [];
  private phonetic = 0;

  constructor(
    private readonly ctx: SheetContext,
    private readonly wanted: Wanted,
  ) {}

  open(name: string, attrs: string, selfClosing: boolean): void {
    if (this.inCell) {
      this.openInCell(name, attrs);
      return;
    }
    switch (name) {
      case "sheetData":
        this.inSheetData = !selfClosing;
        return;
      case "row":
        if (this.inSheetData) this.openRow(attrs);
        return;
      case "c":
        if (this.inSheetData) this.openCell(attrs);
        return;
      case "cols":
        this.inCols = true;
        return;
      case "col":
        if (this.inCols) this.cols.push({ min: Number(attr(attrs, "min")), max: Number(attr(attrs, "max")), style: parseInt(attr(attrs, "style") ?? "", 10) });
        return;
      case "mergeCells":
        this.inMerges = true;
        return;
      case "mergeCell":
        if (this.inMerges) this.mergeRefs.push(attr(attrs, "ref") ?? "");
        return;
      case "hyperlinks":
        this.inLinks = true;
        return;
      case "hyperlink": {
        const id = attr(attrs, "id", true);
        const ref = attr(attrs, "ref");
        if (this.inLinks && id !== undefined && ref !== undefined && this.ctx.linkIds.has(id)) this.links.push(ref);
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    if (this.inCell) {
      if (name === "c") this.closeCell();
      else this.closeInCell(name);
      return;
    }
    if (name === "sheetData") this.inSheetData = false;
    else if (name === "cols") this.inCols = false;
    else if (name === "mergeCells") this.inMerges = false;
    else if (name === "hyperlinks") this.inLinks = false;
  }

  text(text: string): void {
    if (!this.inCell || this.current === undefined) return;
    if (this.current === "f") this.formula = this.formula === undefined ? text : this.formula + text;
    else if (!this.keep) return;
    else if (this.current === "r") this.tText.push(text);
    else {
      if (this.current === "t") this.tText.push(text);
      this.value = this.value === undefined ? text : this.value + text;
    }
  }

  private openRow(attrs: string): void {
    const r = attr(attrs, "r");
    const n = r !== undefined && /^\d+$/.test(r) ? Number(r) : 0;
    this.row = n >= 1 && n <= MAX_ROW ? n : this.row + 1;
    this.column = 0;
    if (this.row > this.maxRow) this.maxRow = this.row;
    const rects = this.wanted.rects;
    this.active = rects.length === 0 ? rects : rects.filter((q) => q.start.row <= this.row && this.row <= q.end.row);
    // a row given again replaces the earlier one, cells and all
    if (this.wanted.all || this.active.length > 0) {
      this.rowCells = new Map();
      this.rows.set(this.row, this.rowCells);
      const s = attr(attrs, "s");
      this.rowFormats.set(this.row, s === undefined ? undefined : this.ctx.formats.of(parseInt(s, 10)));
    } else {
      this.rowCells = undefined;
      if (this.rows.has(this.row)) this.rows.delete(this.row);
    }
  }

  private openCell(attrs: string): void {
    const r = attr(attrs, "r");
    const at = r === undefined ? undefined : parseRef(r);
    this.column = at ? at.column : this.column + 1;
    if (this.column > this.maxColumn) this.maxColumn = this.column;
    this.inCell = true;
    this.cRow = this.row;
    this.cColumn = this.column;
    this.cAddress = at ? r! : `${columnLetters(this.column)}${this.row}`;
    this.keep = this.rowCells !== undefined && (this.wanted.all || this.active.some((q) => q.start.column <= this.column && this.column <= q.end.column));
    this.cType = attr(attrs, "t");
    const s = attr(attrs, "s");
    this.cStyle = s === undefined ? NaN : parseInt(s, 10);
    this.value = undefined;
    this.formula = undefined;
    this.shareType = undefined;
    this.sharedRef = undefined;
    this.sharedId = undefined;
    this.current = undefined;
    this.parts = [];
    this.hasRuns = false;
    this.inRun = false;
    this.phonetic = 0;
  }

  private openInCell(name: string, attrs: string): void {
    if (this.phonetic > 0 || name === "rPh") {
      // package.ts drops phonetic readings from inline strings before exceljs reads them
      if (name === "rPh") this.phonetic++;
      return;
    }
    if (this.inRun) {
      if (name === "t") {
        this.current = "r";
        this.tText = [];
      }
      return;
    }
    switch (name) {
      case "f":
        this.current = "f";
        this.sharedId = attr(attrs, "si");
        this.shareType = attr(attrs, "t");
        this.sharedRef = attr(attrs, "ref");
        return;
      case "v":
        this.current = "v";
        return;
      case "t":
        this.current = "t";
        this.tText = [];
        return;
      case "r":
        this.inRun = true;
        this.hasRuns = true;
        this.runText = undefined;
        return;
      default:
        return;
    }
  }

  private closeInCell(name: string): void {
    if (this.phonetic > 0) {
      if (name === "rPh") this.phonetic--;
      return;
    }
    if (this.inRun) {
      if (name === "t" && this.current === "r") {
        this.runText = decodeEscapes(this.tText.join("")); // a run's last <t> is its text
        this.current = undefined;
      } else if (name === "r") {
        this.parts.push(this.runText ?? "");
        this.inRun = false;
      }
      return;
    }
    if (name === "t" && this.current === "t") this.parts.push(decodeEscapes(this.tText.join("")));
    if (name === "f" || name === "v" || name === "t" || name === "is") this.current = undefined;
  }

  private closeCell(): void {
    this.inCell = false;
    this.current = undefined;
    const isFormula = Boolean(this.formula) || Boolean(this.shareType);
    let follower: string | undefined;
    if (isFormula && this.shareType === "shared") {
      if (this.sharedRef) {
        this.masters.set(this.sharedId ?? "undefined", this.cAddress);
        this.masterFormulas.set(this.cAddress, this.formula);
      } else follower = this.masters.get(this.sharedId ?? "undefined");
    }
    if (!this.keep) return;
    // with runs, package.ts makes every bare <t> a run of its own: exceljs joins them all
    const text = this.hasRuns ? this.parts.join("") : this.value;
    const fmt = this.ctx.formats.of(this.cStyle);
    let value: ReadValue;
    let counts = true;
    let dateMs: number | undefined;
    if (isFormula) {
      let result: ReadValue | undefined = text ? formulaResult(this.cType, text) : undefined;
      if (result !== undefined && isDateFormat(fmt)) {
        dateMs = dateTime(Number(result), this.ctx.date1904);
        result = throughDate(Number(result), this.ctx.date1904);
      }
      value = result === undefined ? null : result;
    } else if (text !== undefined) {
      value = this.plainValue(text, fmt);
      if (typeof value === "number" && isDateFormat(fmt) && isNumberType(this.cType)) dateMs = dateTime(parseFloat(text), this.ctx.date1904);
    } else if (this.cStyle) {
      value = null; // styled but empty
      counts = false;
    } else return; // neither value nor style: exceljs adds no cell
    const kind = isFormula ? "formula" : dateMs !== undefined ? "date" : "value";
    const cell: Cell = { value, numFmt: fmt, formula: null, address: this.cAddress, counts, kind, ...(dateMs !== undefined ? { dateMs } : {}) };
    if (isFormula) {
      if (this.formula) cell.formula = `=${this.formula}`;
      else if (follower !== undefined) cell.master = follower;
    }
    this.rowCells!.set(this.cColumn, cell);
  }

  private plainValue(text: string, fmt: string | undefined): ReadValue {
    switch (this.cType) {
      case "s": {
        const strings = this.ctx.sharedStrings;
        const index = parseInt(text, 10);
        if (strings === undefined) return index; // exceljs keeps the number when there is no table
        const s = strings[index];
        if (s === undefined) throw new WorkbookOpenError("unreadable", { cause: new Error(`no shared string ${text}`) });
        return s;
      }
      case "str":
        return xmlDecodeAgain(text);
      case "inlineStr":
        return text;
      case "b":
        return parseInt(text, 10) !== 0;
      case "e":
        return { error: text };
      default: {
        const n = parseFloat(text);
        return isDateFormat(fmt) ? throughDate(n, this.ctx.date1904) : n;
      }
    }
  }

  finish(): SheetCells {
    const formats = this.ctx.formats;
    const cols = this.cols;
    const columnFormat = (column: number) => {
      let style = NaN;
      for (const c of cols) if (c.min <= column && column <= c.max) style = c.style;
      return formats.of(style);
    };
    // shared-formula followers: the master's formula moved to their cell
    for (const cells of this.rows.values()) {
      for (const cell of cells.values()) {
        if (cell.master === undefined) continue;
        const master = this.masterFormulas.get(cell.master);
        const from = parseRef(cell.master);
        const to = parseRef(cell.address);
        if (master && from && to) cell.formula = `=${slideFormula(master, from, to)}`;
      }
    }
    // linked cells read as their text, and never as a formula
    for (const ref of this.links) {
      const at = parseRef(ref);
      const cell = at && this.rows.get(at.row)?.get(at.column);
      if (!cell || cell.address !== ref) continue;
      cell.formula = null;
      cell.counts = true;
      cell.kind = "link";
    }
    const sheet = new SheetCells(this.rows, this.rowFormats, columnFormat);
    if (this.mergeRefs.length > 0) sheet.setMerges(keptMerges(this.mergeRefs, { rows: this.maxRow, columns: this.maxColumn }));
    return sheet;
  }
}

const isNumberType = (t: string | undefined) => !["s", "str", "inlineStr", "b", "e"].includes(t ?? "");

/** The time exceljs's Date holds for a date cell. */
function dateTime(v: number, date1904: boolean): number {
  return new Date(Math.round((v - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000)).getTime();
}

function columnLetters(n: number): string {
  let s = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) s = String.fromCharCode(65 + ((k - 1) % 26)) + s;
  return s;
}
