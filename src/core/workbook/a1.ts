// A1-style addresses. Rows and columns are 1-based, as people read them.

export interface CellRef {
  row: number;
  column: number;
}

export interface RangeRef {
  start: CellRef;
  end: CellRef;
}

const MAX_COLUMN = 16384; // XFD
const MAX_ROW = 1048576;

export function columnName(column: number): string {
  if (!Number.isInteger(column) || column < 1 || column > MAX_COLUMN) {
    throw new RangeError(`column ${column} is outside 1..${MAX_COLUMN}`);
  }
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

export function columnNumber(name: string): number {
  if (!/^[A-Za-z]{1,3}$/.test(name)) throw new RangeError(`"${name}" is not a column name`);
  let n = 0;
  for (const ch of name.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  if (n > MAX_COLUMN) throw new RangeError(`column ${name} is beyond XFD`);
  return n;
}

export function cellAddress(row: number, column: number): string {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new RangeError(`row ${row} is outside 1..${MAX_ROW}`);
  return `${columnName(column)}${row}`;
}

export function parseCell(address: string): CellRef {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) throw new RangeError(`"${address}" is not an A1 cell address`);
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW) throw new RangeError(`row ${row} is outside 1..${MAX_ROW}`);
  return { row, column: columnNumber(m[1]!) };
}

export function parseRange(address: string): RangeRef {
  const [a, b, extra] = address.split(":");
  if (a === undefined || extra !== undefined) throw new RangeError(`"${address}" is not an A1 range`);
  const start = parseCell(a);
  const end = b === undefined ? start : parseCell(b);
  return {
    start: { row: Math.min(start.row, end.row), column: Math.min(start.column, end.column) },
    end: { row: Math.max(start.row, end.row), column: Math.max(start.column, end.column) },
  };
}

export function rangeAddress(range: RangeRef): string {
  const a = cellAddress(range.start.row, range.start.column);
  const b = cellAddress(range.end.row, range.end.column);
  return a === b ? a : `${a}:${b}`;
}

/** The rectangle that `values` covers when written with its top-left at `at`. */
export function rangeOf(at: string, rows: number, columns: number): RangeRef {
  const start = parseCell(at);
  return { start, end: { row: start.row + Math.max(rows, 1) - 1, column: start.column + Math.max(columns, 1) - 1 } };
}

/** Quote a sheet name for use in a reference (`'填报 表'!$A$1`). */
export function quoteSheet(sheet: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) && !/^([A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*)$/.test(sheet);
  return plain ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

export function absoluteRef(sheet: string, range: string): string {
  const r = parseRange(range);
  const abs = (c: CellRef) => `$${columnName(c.column)}$${c.row}`;
  const same = r.start.row === r.end.row && r.start.column === r.end.column;
  return `${quoteSheet(sheet)}!${abs(r.start)}${same ? "" : `:${abs(r.end)}`}`;
}
