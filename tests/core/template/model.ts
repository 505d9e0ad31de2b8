// A tiny interpreter of change lists, so tests can ask what a layout does to each cell
// without a workbook: value, number format, lock, fill, validation, names, per sheet.
import { cellAddress, parseRange } from "../../../src/core/workbook/a1";
import type { CellValue, DataValidation, PageSetup, ProtectionOptions, WorkbookChange } from "../../../src/core/workbook/workbook";

export interface CellModel {
  value?: CellValue;
  format?: string;
  /** undefined: never set (a new sheet's cells are locked) */
  locked?: boolean;
  fill?: string;
  bold?: boolean;
  validation?: DataValidation;
}

export interface SheetModel {
  name: string;
  visibility: string;
  cells: Map<string, CellModel>;
  merges: string[];
  widths: Map<string, number>;
  protect?: ProtectionOptions;
  /** index in the change list of the protect op, and of the last other op on this sheet */
  protectIndex?: number;
  lastWriteIndex: number;
  freeze?: { rows: number; columns: number };
  page?: PageSetup;
}

export interface WorkbookModel {
  sheets: Map<string, SheetModel>;
  names: Map<string, { sheet: string; range: string }>;
  metadata: Record<string, string>;
}

function each(range: string, visit: (address: string) => void): void {
  const r = parseRange(range);
  for (let row = r.start.row; row <= r.end.row; row++) for (let col = r.start.column; col <= r.end.column; col++) visit(cellAddress(row, col));
}

export function model(changes: readonly WorkbookChange[]): WorkbookModel {
  const m: WorkbookModel = { sheets: new Map(), names: new Map(), metadata: {} };
  const sheet = (name: string) => {
    const s = m.sheets.get(name);
    if (!s) throw new Error(`change on unknown sheet ${name}`);
    return s;
  };
  const cell = (s: SheetModel, a: string) => {
    let c = s.cells.get(a);
    if (!c) s.cells.set(a, (c = {}));
    return c;
  };
  changes.forEach((c, i) => {
    if (c.op !== "defineName" && c.op !== "setMetadata" && c.op !== "addSheet" && c.op !== "protectSheet" && c.op !== "deleteSheet") sheet(c.sheet).lastWriteIndex = i;
    switch (c.op) {
      case "addSheet":
        if (m.sheets.has(c.sheet)) throw new Error(`sheet ${c.sheet} added twice`);
        m.sheets.set(c.sheet, { name: c.sheet, visibility: c.visibility ?? "visible", cells: new Map(), merges: [], widths: new Map(), lastWriteIndex: i });
        return;
      case "setValues": {
        const start = parseRange(c.at).start;
        c.values.forEach((row, r) => row.forEach((v, k) => (cell(sheet(c.sheet), cellAddress(start.row + r, start.column + k)).value = v)));
        return;
      }
      case "setFormulas": {
        const start = parseRange(c.at).start;
        c.formulas.forEach((row, r) => row.forEach((f, k) => (cell(sheet(c.sheet), cellAddress(start.row + r, start.column + k)).value = f)));
        return;
      }
      case "setNumberFormat":
        each(c.range, (a) => (cell(sheet(c.sheet), a).format = c.format));
        return;
      case "setLocked":
        each(c.range, (a) => (cell(sheet(c.sheet), a).locked = c.locked));
        return;
      case "setStyle":
        each(c.range, (a) => {
          const x = cell(sheet(c.sheet), a);
          if (c.style.fill !== undefined) x.fill = c.style.fill;
          if (c.style.bold !== undefined) x.bold = c.style.bold;
        });
        return;
      case "setDataValidation":
        each(c.range, (a) => (cell(sheet(c.sheet), a).validation = c.validation));
        return;
      case "mergeCells":
        sheet(c.sheet).merges.push(c.range);
        return;
      case "setColumnWidth":
        sheet(c.sheet).widths.set(c.column, c.width);
        return;
      case "protectSheet": {
        const s = sheet(c.sheet);
        s.protect = c.options ?? {};
        s.protectIndex = i;
        return;
      }
      case "freezePanes":
        sheet(c.sheet).freeze = { rows: c.rows, columns: c.columns };
        return;
      case "setPageSetup":
        sheet(c.sheet).page = c.setup;
        return;
      case "defineName":
        if (m.names.has(c.name.toLowerCase())) throw new Error(`name ${c.name} defined twice`);
        m.names.set(c.name.toLowerCase(), { sheet: c.sheet, range: c.range });
        return;
      case "setMetadata":
        Object.assign(m.metadata, c.entries);
        return;
      default:
        return;
    }
  });
  return m;
}
