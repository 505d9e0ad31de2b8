// An in-memory fake of the slice of the Excel JavaScript API that OfficeWorkbook uses.
//
// Why not office-addin-mock for this: its mock is a static data tree. `load` only walks
// properties that already exist in the data (so `worksheets.load("items/name")` throws), `sync`
// neither orders nor counts requests, and methods such as getRange/add must be hand-written in
// the data anyway. Here every proxy call is QUEUED and only runs at `context.sync()`, in order,
// like Office.js: reading a property that was not loaded and synced throws, each sync is counted
// and both its request and its response measured (and refused above `payloadLimit` and
// `responseLimit`, like Excel on the web at 5 MB each), and Excel's habit of turning typed
// strings into numbers, dates and formulas is imitated so the text rule can be tested.
// As strict as Excel where the add-in has been bitten: members newer than `apiVersion` fail
// (at sync, or at once for event getters); a protected sheet refuses values in locked cells,
// formats (unless allowFormatCells), column widths (unless allowFormatColumns), merges,
// validation, locking and charts (unless allowEditObjects); protect() on a protected sheet
// fails; a very hidden sheet or the last visible one cannot be deleted; clearing validation
// clears only the cells asked.
// office-addin-mock still provides the `Office` global in the tests.

import { cellAddress, parseCell, quoteSheet, rangeAddress, type RangeRef } from "../../../src/core/workbook/a1";
import { evaluateFormula, type Evaluated } from "./fake-formula";

const MAX_ROW = 1048576;
const MAX_COLUMN = 16384;

export interface CellState {
  /** constant value; for formula cells null (computed on read) */
  value: string | number | boolean | null;
  formula: string | null;
  /** constant error value such as #N/A typed into a cell */
  error: string | null;
  numberFormat: string;
  style: Record<string, unknown>;
  locked: boolean;
}

export interface ValidationState {
  range: string;
  /** a list whose source Excel read as a formula (it started with "=") */
  listFormula?: string;
  rule?: unknown;
  ignoreBlanks?: boolean;
  prompt?: unknown;
  errorAlert?: unknown;
}

export interface ConditionalFormatState {
  range: string;
  type: string;
  rule?: unknown;
  fill?: string;
  fontColor?: string;
}

/** A chart as the fake keeps it: ranges as `Sheet!A1:B2` labels. */
export interface ChartState {
  type: string;
  seriesBy: string;
  title?: string;
  at?: string;
  width?: number;
  height?: number;
  legend?: boolean;
  dataLabels?: boolean;
  valueAxis: { minimum?: number; maximum?: number };
  categoriesReversed?: boolean;
  series: { name?: string; values: string; categories?: string }[];
}

let nextSheetId = 1;

export class SheetState {
  readonly id = `{sheet-${nextSheetId++}}`;
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  readonly cells = new Map<string, CellState>();
  readonly merges: string[] = [];
  readonly validations: ValidationState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  /** points, by column letter */
  readonly columnWidths = new Map<string, number>();
  protection: { protected: boolean; options?: Excel.WorksheetProtectionOptions; password?: string } = { protected: false };
  /** onChanged handlers */
  readonly changeHandlers = new Set<(event: Excel.WorksheetChangedEventArgs) => Promise<unknown>>();
  freeze: { rows: number; columns: number } | null = null;
  readonly pageLayout: { orientation?: string; zoom?: unknown; printTitleRows?: string } = {};

  constructor(public name: string) {}

  cell(row: number, column: number): CellState {
    const k = `${row},${column}`;
    let c = this.cells.get(k);
    if (!c) {
      c = { value: null, formula: null, error: null, numberFormat: "General", style: {}, locked: true };
      this.cells.set(k, c);
    }
    return c;
  }

  peek(address: string): CellState | undefined {
    const { row, column } = parseCell(address);
    return this.cells.get(`${row},${column}`);
  }

  usedRange(valuesOnly: boolean): RangeRef | null {
    let box: RangeRef | null = null;
    for (const [k, c] of this.cells) {
      const hasValue = c.formula !== null || c.error !== null || (c.value !== null && c.value !== "");
      const hasFormat = c.numberFormat !== "General" || Object.keys(c.style).length > 0;
      if (!hasValue && (valuesOnly || !hasFormat)) continue;
      const [row, column] = k.split(",").map(Number) as [number, number];
      if (!box) box = { start: { row, column }, end: { row, column } };
      else {
        box.start.row = Math.min(box.start.row, row);
        box.start.column = Math.min(box.start.column, column);
        box.end.row = Math.max(box.end.row, row);
        box.end.column = Math.max(box.end.column, column);
      }
    }
    return box;
  }
}

export interface NameState {
  name: string;
  sheet: SheetState | null;
  ref: RangeRef;
  comment?: string;
}

export interface RequestRecord {
  bytes: number;
  /** bytes of what the sync's loads brought back (0 when it was refused) */
  responseBytes: number;
  commands: string[];
  /** the error code when Excel refused the sync */
  refused?: string;
}

export class OfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

export interface FakeExcelOptions {
  /** refuse a request larger than this many bytes (Excel on the web: 5 MB) */
  payloadLimit?: number;
  /** refuse a sync whose response is larger than this many bytes (Excel on the web: 5 MB) */
  responseLimit?: number;
  /** highest ExcelApi minor version the host has (1.7 → 7); default: all */
  apiVersion?: number;
  /** what protect() on a protected sheet fails with: AccessDenied on recent builds (default) */
  protectTwice?: "AccessDenied" | "InvalidOperation";
  /** sheets of the new workbook; default ["Sheet1"] */
  sheets?: string[];
}

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;
export interface FakeRun {
  <T>(batch: Batch<T>): Promise<T>;
  <T>(object: unknown, batch: Batch<T>): Promise<T>;
}

export class FakeExcel {
  readonly sheets: SheetState[] = [];
  readonly names = new Map<string, NameState>();
  readonly requests: RequestRecord[] = [];
  readonly payloadLimit: number;
  readonly responseLimit: number;
  readonly apiVersion: number;
  readonly protectTwice: "AccessDenied" | "InvalidOperation";

  constructor(options: FakeExcelOptions = {}) {
    this.payloadLimit = options.payloadLimit ?? 5 * 1024 * 1024;
    this.responseLimit = options.responseLimit ?? 5 * 1024 * 1024;
    this.apiVersion = options.apiVersion ?? 99;
    this.protectTwice = options.protectTwice ?? "AccessDenied";
    for (const name of options.sheets ?? ["Sheet1"]) this.sheets.push(new SheetState(name));
  }

  /** number of context.sync() round trips so far */
  get syncs(): number {
    return this.requests.length;
  }

  /** All commands run, in order, as `label` strings. */
  get commands(): string[] {
    return this.requests.flatMap((r) => r.commands);
  }

  /**
   * Same shape as Excel.run, including `run(object, batch)` which reuses the context of an
   * earlier batch (event handlers are removed that way); like it, flushes what is still queued
   * when the batch returns.
   */
  run: FakeRun = (async (first: unknown, second?: (context: Excel.RequestContext) => Promise<unknown>) => {
    const batch = (typeof first === "function" ? first : second) as (context: Excel.RequestContext) => Promise<unknown>;
    const earlier = first instanceof FakeContext ? first : (first as { context?: unknown } | undefined)?.context;
    const context = earlier instanceof FakeContext ? earlier : new FakeContext(this);
    const result = await batch(context as unknown as Excel.RequestContext);
    if (context.pending.length > 0) await context.sync();
    return result;
  }) as FakeRun;

  /** A person edits `address` on `sheet` (the cells are not changed): fires its onChanged handlers. */
  async edit(sheet: string, address: string, changeType = "RangeEdited"): Promise<void> {
    const s = this.sheet(sheet);
    const event = { worksheetId: s.id, address, changeType, type: "WorksheetChanged", source: "Local" } as unknown as Excel.WorksheetChangedEventArgs;
    for (const handler of [...s.changeHandlers]) await handler(event);
  }

  findSheet(name: string): SheetState | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): SheetState {
    const s = this.findSheet(name);
    if (!s) throw new Error(`no sheet ${name}`);
    return s;
  }

  /** What Excel would show: evaluated formulas, errors as { error }. */
  valueOf(sheet: SheetState, row: number, column: number, depth = 0): Evaluated {
    const c = sheet.cells.get(`${row},${column}`);
    if (!c) return null;
    if (c.error !== null) return { error: c.error };
    if (c.formula === null) return c.value === "" ? null : c.value;
    if (depth > 100) return { error: "#REF!" }; // circular
    return evaluateFormula(c.formula, {
      cell: (name, r, col) => {
        const target = name === undefined ? sheet : this.findSheet(name);
        return target ? this.valueOf(target, r, col, depth + 1) : { error: "#REF!" };
      },
      sheetExists: (name) => this.findSheet(name) !== undefined,
    });
  }
}

interface Command {
  label: string;
  bytes: number;
  /** ExcelApi minor version the command needs */
  since: number;
  run(): void;
}

function byteSize(args: unknown): number {
  // TextEncoder, not Buffer: the fake also runs in the browser, behind the task pane
  return 100 + new TextEncoder().encode(JSON.stringify(args, (_k, v: unknown) => (v instanceof FakeProxy ? "<proxy>" : v)) ?? "").length;
}

export class FakeContext {
  pending: Command[] = [];
  readonly workbook: FakeWorkbook;
  /** bytes the loads of the running sync bring back */
  responseBytes = 0;

  constructor(readonly fake: FakeExcel) {
    this.workbook = new FakeWorkbook(this);
  }

  /** Queue a command; one that needs ExcelApi 1.`since` fails at sync on an older host. */
  queue(label: string, args: unknown, run: () => void, since = 1): void {
    this.pending.push({ label, bytes: byteSize(args), since, run });
  }

  /** For getters Office.js checks at once (event handlers): throws on an older host. */
  need(since: number, what: string): void {
    if (this.fake.apiVersion < since) throw new OfficeError("ApiNotFound", `${what} needs ExcelApi 1.${since}`);
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    const bytes = batch.reduce((s, c) => s + c.bytes, 0);
    const record: RequestRecord = { bytes, responseBytes: 0, commands: batch.map((c) => c.label) };
    this.fake.requests.push(record);
    const refuse = (error: OfficeError) => {
      record.refused = error.code;
      return error;
    };
    if (bytes > this.fake.payloadLimit) {
      throw refuse(new OfficeError("RequestPayloadSizeLimitExceeded", `request of ${bytes} bytes is over ${this.fake.payloadLimit}`));
    }
    this.responseBytes = 0;
    // Excel runs the batch in order and stops at the first failing command; those before it stay done.
    for (const command of batch) {
      try {
        this.need(command.since, command.label);
        command.run();
      } catch (error) {
        throw error instanceof OfficeError ? refuse(error) : error;
      }
    }
    if (this.responseBytes > this.fake.responseLimit) {
      throw refuse(new OfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes is over ${this.fake.responseLimit}`));
    }
    record.responseBytes = this.responseBytes;
    await Promise.resolve();
  }
}

/** Base of all proxies: loaded properties are only readable after load + sync. */
abstract class FakeProxy {
  protected readonly loaded = new Map<string, unknown>();
  protected nullObject: boolean | undefined;

  constructor(protected readonly ctx: FakeContext) {}

  get isNullObject(): boolean {
    if (this.nullObject === undefined) throw new OfficeError("InvalidObjectPath", "isNullObject read before sync");
    return this.nullObject;
  }

  protected read<T>(property: string): T {
    if (!this.loaded.has(property)) {
      throw new OfficeError("PropertyNotLoaded", `"${property}" was read without load() and sync()`);
    }
    return this.loaded.get(property) as T;
  }

  load(spec: string | string[]): this {
    const list = (Array.isArray(spec) ? spec : spec.split(",")).map((s) => s.trim()).filter((s) => s !== "");
    if (list.length === 0) throw new Error("empty load");
    this.ctx.queue(`load ${list.join(",")}`, list, () => {
      const data = this.loadPaths(list.map((p) => p.split("/")));
      this.ctx.responseBytes += byteSize(data);
    });
    return this;
  }

  /** Resolve `a/b/c` paths now (inside sync); returns what travels back, as JSON data. */
  loadPaths(paths: string[][]): unknown {
    if (this.nullObject === true) return { isNullObject: true }; // a null object loads nothing; only isNullObject is read
    const groups = new Map<string, string[][]>();
    for (const [head, ...rest] of paths) {
      if (head === undefined) continue;
      const list = groups.get(head) ?? [];
      if (rest.length > 0) list.push(rest);
      groups.set(head, list);
    }
    const data: Record<string, unknown> = {};
    for (const [head, rest] of groups) {
      const value = this.property(head);
      if (rest.length > 0) {
        const children = Array.isArray(value) ? value : [value];
        const loaded = children.map((child) => {
          if (!(child instanceof FakeProxy)) throw new Error(`${head} is not navigable`);
          return child.loadPaths(rest);
        });
        data[head] = Array.isArray(value) ? loaded : loaded[0];
      } else if (value instanceof FakeProxy && !Array.isArray(value)) {
        throw new Error(`load of navigation property "${head}" without a scalar`);
      } else data[head] = value;
      this.loaded.set(head, value);
    }
    return data;
  }

  /** Current value of a loadable property (called inside sync). */
  protected abstract property(name: string): unknown;
}

class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheets(ctx);
    this.names = new FakeNames(ctx);
  }
}

const BAD_SHEET_NAME = /[\\/?*[\]:]/;

class FakeWorksheets extends FakeProxy {
  get items(): FakeWorksheet[] {
    return this.read("items");
  }

  protected property(name: string): unknown {
    if (name !== "items") throw new Error(`worksheets.${name} is not modelled`);
    return this.ctx.fake.sheets.map((s) => FakeWorksheet.bound(this.ctx, s));
  }

  add(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.ctx.queue(`worksheets.add ${name}`, [name], () => {
      if (name.length === 0 || name.length > 31 || BAD_SHEET_NAME.test(name)) throw new OfficeError("InvalidArgument", `bad sheet name ${name}`);
      if (this.ctx.fake.findSheet(name)) throw new OfficeError("ItemAlreadyExists", `sheet ${name}`);
      const state = new SheetState(name);
      this.ctx.fake.sheets.push(state);
      ws.bind(state);
    });
    return ws;
  }

  getItem(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.ctx.queue(`worksheets.getItem ${name}`, [name], () => {
      const state = this.ctx.fake.findSheet(name);
      if (!state) throw new OfficeError("ItemNotFound", `sheet ${name}`);
      ws.bind(state);
    });
    return ws;
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    const ws = new FakeWorksheet(this.ctx);
    this.ctx.queue(`worksheets.getItemOrNullObject ${name}`, [name], () => ws.bind(this.ctx.fake.findSheet(name) ?? null));
    return ws;
  }
}

class FakeWorksheet extends FakeProxy {
  private state: SheetState | null | undefined;
  readonly protection = new FakeProtection(this.ctx, this);
  readonly freezePanes = new FakeFreezePanes(this.ctx, this);
  readonly pageLayout = new FakePageLayout(this.ctx, this);
  readonly charts = new FakeCharts(this.ctx, this);

  static bound(ctx: FakeContext, state: SheetState): FakeWorksheet {
    const ws = new FakeWorksheet(ctx);
    ws.bind(state);
    return ws;
  }

  bind(state: SheetState | null): void {
    this.state = state;
    this.nullObject = state === null;
  }

  target(): SheetState {
    if (!this.state) throw new OfficeError("InvalidObjectPath", "worksheet is a null object or was never resolved");
    if (!this.ctx.fake.sheets.includes(this.state)) throw new OfficeError("ItemNotFound", `sheet ${this.state.name} was deleted`);
    return this.state;
  }

  get name(): string {
    return this.read("name");
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: string) {
    // reading visibility is ExcelApi 1.1, setting it 1.2
    this.ctx.queue(
      `visibility ${v}`,
      [v],
      () => {
        const s = this.target();
        if (v !== "Visible" && this.ctx.fake.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
          throw new OfficeError("InvalidOperation", "cannot hide the last visible sheet");
        }
        s.visibility = v as SheetState["visibility"];
      },
      2,
    );
  }
  get id(): string {
    return this.read("id");
  }

  /** ExcelApi 1.7; Office.js checks an event getter at once, not at sync. */
  get onChanged(): { add(handler: (event: Excel.WorksheetChangedEventArgs) => Promise<unknown>): { remove(): void; context: FakeContext } } {
    this.ctx.need(7, "Worksheet.onChanged");
    const ctx = this.ctx;
    return {
      add: (handler) => {
        ctx.queue("onChanged.add", [], () => this.target().changeHandlers.add(handler), 7);
        return {
          context: ctx,
          remove: () => ctx.queue("onChanged.remove", [], () => this.target().changeHandlers.delete(handler), 7),
        };
      },
    };
  }

  protected property(name: string): unknown {
    const s = this.target();
    switch (name) {
      case "name":
        return s.name;
      case "id":
        return s.id;
      case "visibility":
        return s.visibility;
      case "protection":
        this.ctx.need(2, "Worksheet.protection");
        return this.protection;
      default:
        throw new Error(`worksheet.${name} is not modelled`);
    }
  }

  delete(): void {
    this.ctx.queue("worksheet.delete", [], () => {
      const s = this.target();
      const fake = this.ctx.fake;
      if (s.visibility === "VeryHidden") throw new OfficeError("InvalidOperation", "a very hidden sheet cannot be deleted");
      if (fake.sheets.filter((x) => x.visibility === "Visible" && x !== s).length === 0) {
        throw new OfficeError("InvalidOperation", "cannot delete the last visible sheet");
      }
      fake.sheets.splice(fake.sheets.indexOf(s), 1);
      for (const n of fake.names.values()) if (n.sheet === s) n.sheet = null;
    });
  }

  getRange(address: string): FakeRange {
    const range = new FakeRange(this.ctx, this);
    this.ctx.queue(`getRange ${address}`, [address], () => {
      this.target();
      range.bind(parseAnyRange(address));
    });
    return range;
  }

  getUsedRange(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, this);
    this.ctx.queue("getUsedRange", [valuesOnly], () => {
      range.bind(this.target().usedRange(valuesOnly === true) ?? { start: { row: 1, column: 1 }, end: { row: 1, column: 1 } });
    });
    return range;
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    const range = new FakeRange(this.ctx, this);
    this.ctx.queue("getUsedRangeOrNullObject", [valuesOnly], () => range.bind(this.target().usedRange(valuesOnly === true)), 4);
    return range;
  }
}

/** A1, A1:B2, whole columns B:B, whole rows 1:3. */
function parseAnyRange(address: string): RangeRef {
  const cols = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/.exec(address);
  if (cols) {
    const a = parseCell(`${cols[1]}1`).column;
    const b = parseCell(`${cols[2]}1`).column;
    return { start: { row: 1, column: Math.min(a, b) }, end: { row: MAX_ROW, column: Math.max(a, b) } };
  }
  const rows = /^\$?(\d+):\$?(\d+)$/.exec(address);
  if (rows) {
    const a = Number(rows[1]);
    const b = Number(rows[2]);
    return { start: { row: Math.min(a, b), column: 1 }, end: { row: Math.max(a, b), column: MAX_COLUMN } };
  }
  const [first, second, extra] = address.split(":");
  if (first === undefined || extra !== undefined) throw new OfficeError("InvalidArgument", `bad address ${address}`);
  try {
    const s = parseCell(first);
    const e = second === undefined ? s : parseCell(second);
    return {
      start: { row: Math.min(s.row, e.row), column: Math.min(s.column, e.column) },
      end: { row: Math.max(s.row, e.row), column: Math.max(s.column, e.column) },
    };
  } catch {
    throw new OfficeError("InvalidArgument", `bad address ${address}`);
  }
}

type Guard = "values" | "format" | "columns" | "always" | "none";

function* cellsOf(ref: RangeRef): Generator<[number, number]> {
  for (let r = ref.start.row; r <= ref.end.row; r++) for (let c = ref.start.column; c <= ref.end.column; c++) yield [r, c];
}

function overlaps(a: RangeRef, b: RangeRef): boolean {
  return a.start.row <= b.end.row && b.start.row <= a.end.row && a.start.column <= b.end.column && b.start.column <= a.end.column;
}

function anyRangeAddress(ref: RangeRef): string {
  if (ref.start.row === 1 && ref.end.row === MAX_ROW) {
    return `${cellAddress(1, ref.start.column).replace(/\d+$/, "")}:${cellAddress(1, ref.end.column).replace(/\d+$/, "")}`;
  }
  return rangeAddress(ref);
}

/** Excel's reading of a typed string in a cell that is not formatted as text (en-US-ish). */
function excelParse(text: string): Pick<CellState, "value" | "formula" | "error"> & { numberFormat?: string } {
  const plain = { value: text, formula: null, error: null };
  if (text === "") return { value: null, formula: null, error: null };
  if (text.startsWith("'")) return { ...plain, value: text.slice(1) }; // prefix character
  if (text.startsWith("=") && text.length > 1) return { value: null, formula: text, error: null };
  const t = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t), formula: null, error: null };
  if (/^[+-]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100, formula: null, error: null, numberFormat: "0%" };
  if (/^(\d{1,4})[/-](\d{1,2})([/-](\d{1,4}))?$/.test(t) || /^(\d{4}年)?\d{1,2}月(\d{1,2}日)?$/.test(t)) {
    return { value: 45000 + t.length, formula: null, error: null, numberFormat: "m/d/yyyy" }; // some date serial
  }
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === "true", formula: null, error: null };
  if (/^#(DIV\/0!|N\/A|NAME\?|NULL!|NUM!|REF!|VALUE!)$/.test(t)) return { value: null, formula: null, error: t };
  if (/^[+\-@]/.test(text)) return { value: null, formula: `=${text.replace(/^@/, "")}`, error: null };
  // East Asian Excel reads full-width ＝＋－＠ at the start as the formula characters.
  if (/^[\uFF1D\uFF0B\uFF0D\uFF20]/.test(text)) return excelParse(text[0]!.normalize("NFKC") + text.slice(1));
  return plain;
}

class FakeRange extends FakeProxy {
  private ref: RangeRef | null | undefined;
  readonly format = new FakeRangeFormat(this.ctx, this);
  readonly dataValidation = new FakeDataValidation(this.ctx, this);
  readonly conditionalFormats = new FakeConditionalFormats(this.ctx, this);

  constructor(
    ctx: FakeContext,
    readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }

  bind(ref: RangeRef | null): void {
    this.ref = ref;
    this.nullObject = ref === null;
  }

  target(): { sheet: SheetState; ref: RangeRef } {
    if (!this.ref) throw new OfficeError("InvalidObjectPath", "range is a null object");
    return { sheet: this.sheet.target(), ref: this.ref };
  }

  label(): string {
    const { sheet, ref } = this.target();
    return `${sheet.name}!${anyRangeAddress(ref)}`;
  }

  /** Refuses what a protected sheet refuses, as Excel does: before touching any cell. */
  guard(kind: Guard): void {
    const { sheet, ref } = this.target();
    const p = sheet.protection;
    if (!p.protected || kind === "none") return;
    const refused =
      kind === "always" ||
      (kind === "format" && p.options?.allowFormatCells !== true) ||
      (kind === "columns" && p.options?.allowFormatColumns !== true) ||
      (kind === "values" && [...cellsOf(ref)].some(([r, c]) => sheet.cells.get(`${r},${c}`)?.locked !== false));
    if (refused) throw new OfficeError("AccessDenied", `${sheet.name} is protected (${kind})`);
  }

  /** Run fn for every cell, after the protection guard of `kind`. */
  eachCell(fn: (cell: CellState, r: number, c: number) => void, kind: Guard = "values"): void {
    this.guard(kind);
    const { sheet, ref } = this.target();
    for (const [r, c] of cellsOf(ref)) fn(sheet.cell(r, c), r - ref.start.row, c - ref.start.column);
  }

  private setMatrix(what: string, matrix: unknown[][], apply: (cell: CellState, v: unknown) => void, kind: Guard = "values"): void {
    this.ctx.queue(`set ${what}`, matrix, () => {
      const { ref } = this.target();
      const rows = ref.end.row - ref.start.row + 1;
      const cols = ref.end.column - ref.start.column + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
        throw new OfficeError("InvalidArgument", `${what}: ${matrix.length}x${matrix[0]?.length} for a ${rows}x${cols} range ${this.label()}`);
      }
      this.eachCell((cell, r, c) => apply(cell, matrix[r]![c]), kind);
    });
  }

  set values(matrix: unknown[][]) {
    this.setMatrix("values", matrix, (cell, v) => {
      if (v === null) return; // Office.js: null leaves the cell unchanged
      cell.formula = null;
      cell.error = null;
      if (v === "") cell.value = null; // "" empties a cell whatever its format
      else if (typeof v === "string" && cell.numberFormat === "@") cell.value = v;
      else if (typeof v === "string") {
        const parsed = excelParse(v);
        cell.value = parsed.value;
        cell.formula = parsed.formula;
        cell.error = parsed.error;
        if (parsed.numberFormat && cell.numberFormat === "General") cell.numberFormat = parsed.numberFormat;
      } else cell.value = v as number | boolean;
    });
  }
  get values(): unknown[][] {
    return this.read("values");
  }

  set formulas(matrix: unknown[][]) {
    this.setMatrix("formulas", matrix, (cell, v) => {
      if (v === null) return;
      cell.formula = null;
      cell.error = null;
      if (typeof v === "string" && cell.numberFormat === "@") cell.value = v; // text cells keep formulas as text
      else if (typeof v === "string") Object.assign(cell, excelParse(v));
      else cell.value = v as number | boolean;
    });
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }

  set numberFormat(matrix: unknown[][]) {
    this.setMatrix(
      "numberFormat",
      matrix,
      (cell, v) => {
        if (v !== null) cell.numberFormat = String(v);
      },
      "format",
    );
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }

  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get address(): string {
    return this.read("address");
  }

  merge(across?: boolean): void {
    this.ctx.queue(
      "merge",
      [across],
      () => {
        this.guard("always");
        const { sheet, ref } = this.target();
        sheet.merges.push(rangeAddress(ref));
      },
      2,
    );
  }

  protected property(name: string): unknown {
    const { sheet, ref } = this.target();
    const grid = <T>(fn: (r: number, c: number) => T): T[][] => {
      const out: T[][] = [];
      for (let r = ref.start.row; r <= ref.end.row; r++) {
        const row: T[] = [];
        for (let c = ref.start.column; c <= ref.end.column; c++) row.push(fn(r, c));
        out.push(row);
      }
      return out;
    };
    const shown = (r: number, c: number) => this.ctx.fake.valueOf(sheet, r, c);
    switch (name) {
      case "address":
        return `${quoteSheet(sheet.name)}!${anyRangeAddress(ref)}`;
      case "values":
        return grid((r, c) => {
          const v = shown(r, c);
          return v === null ? "" : typeof v === "object" ? v.error : v;
        });
      case "valueTypes":
        return grid((r, c) => {
          const v = shown(r, c);
          if (v === null || v === "") return "Empty";
          if (typeof v === "object") return "Error";
          return typeof v === "number" ? "Double" : typeof v === "boolean" ? "Boolean" : "String";
        });
      case "numberFormat":
        return grid((r, c) => sheet.cells.get(`${r},${c}`)?.numberFormat ?? "General");
      case "formulas":
        return grid((r, c) => {
          const cell = sheet.cells.get(`${r},${c}`);
          if (!cell) return "";
          if (cell.formula !== null) return cell.formula;
          if (cell.error !== null) return cell.error;
          return cell.value ?? "";
        });
      default:
        throw new Error(`range.${name} is not modelled`);
    }
  }
}

/** Style setters: each assignment is one queued command writing `style[key]` on every cell. */
class StyleNode {
  constructor(
    protected readonly ctx: FakeContext,
    protected readonly range: FakeRange,
    private readonly prefix: string,
  ) {}
  protected put(name: string, value: unknown): void {
    const k = `${this.prefix}${name}`;
    this.ctx.queue(`set ${k}`, [value], () =>
      this.range.eachCell((cell) => {
        cell.style[k] = value;
      }, "format"),
    );
  }
}

class FakeFont extends StyleNode {
  set bold(v: boolean) {
    this.put("bold", v);
  }
  set italic(v: boolean) {
    this.put("italic", v);
  }
  set size(v: number) {
    this.put("size", v);
  }
  set color(v: string) {
    this.put("color", v);
  }
}

class FakeFill extends StyleNode {
  set color(v: string) {
    this.put("color", v);
  }
}

class FakeBorder extends StyleNode {
  set style(v: string) {
    this.put("style", v);
  }
  set weight(v: string) {
    this.put("weight", v);
  }
}

class FakeBorders {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  getItem(index: string): FakeBorder {
    return new FakeBorder(this.ctx, this.range, `border.${index}.`);
  }
}

class FakeCellProtection {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  set locked(v: boolean) {
    this.ctx.queue(
      "set locked",
      [v],
      () =>
        this.range.eachCell((cell) => {
          cell.locked = v;
        }, "always"),
      2,
    );
  }
}

class FakeRangeFormat extends StyleNode {
  readonly font = new FakeFont(this.ctx, this.range, "font.");
  readonly fill = new FakeFill(this.ctx, this.range, "fill.");
  readonly borders = new FakeBorders(this.ctx, this.range);
  readonly protection = new FakeCellProtection(this.ctx, this.range);

  constructor(ctx: FakeContext, range: FakeRange) {
    super(ctx, range, "");
  }
  set wrapText(v: boolean) {
    this.put("wrapText", v);
  }
  set horizontalAlignment(v: string) {
    this.put("horizontalAlignment", v);
  }
  set verticalAlignment(v: string) {
    this.put("verticalAlignment", v);
  }
  set columnWidth(points: number) {
    this.ctx.queue(
      "set columnWidth",
      [points],
      () => {
        this.range.guard("columns");
        const { sheet, ref } = this.range.target();
        for (let c = ref.start.column; c <= ref.end.column; c++) sheet.columnWidths.set(cellAddress(1, c).replace(/\d+$/, ""), points);
      },
      2,
    );
  }
}

class FakeDataValidation {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  private entry(): ValidationState {
    const { sheet, ref } = this.range.target();
    const address = rangeAddress(ref);
    let v = sheet.validations.find((x) => x.range === address);
    if (!v) {
      v = { range: address };
      sheet.validations.push(v);
    }
    return v;
  }
  /** Range.dataValidation is ExcelApi 1.8, and a protected sheet refuses every change to it. */
  private change(label: string, args: unknown, run: () => void): void {
    this.ctx.queue(
      label,
      args,
      () => {
        this.range.guard("always");
        run();
      },
      8,
    );
  }
  clear(): void {
    // Only the cells of this range lose their rule; the rest of a larger rule's area keeps it.
    this.change("dataValidation.clear", [], () => {
      const { sheet, ref } = this.range.target();
      const kept: ValidationState[] = [];
      for (const v of sheet.validations) {
        const area = parsedRange(v.range);
        if (!overlaps(area, ref)) kept.push(v);
        else for (const piece of subtract(area, ref)) kept.push({ ...v, range: rangeAddress(piece) });
      }
      sheet.validations.splice(0, sheet.validations.length, ...kept);
    });
  }
  set rule(rule: unknown) {
    this.change("set dataValidation.rule", rule, () => {
      const { sheet, ref } = this.range.target();
      const e = this.entry();
      if (sheet.validations.some((x) => x.rule !== undefined && overlaps(parsedRange(x.range), ref))) {
        throw new OfficeError("InvalidOperation", "clear the existing rule first");
      }
      // A list source that starts with "=" is a formula: Excel reads a reference from it.
      const source = (rule as { list?: { source?: unknown } }).list?.source;
      if (typeof source === "string" && source.startsWith("=")) e.listFormula = source;
      e.rule = rule;
    });
  }
  set ignoreBlanks(v: boolean) {
    this.change("set dataValidation.ignoreBlanks", [v], () => {
      this.entry().ignoreBlanks = v;
    });
  }
  set prompt(v: unknown) {
    this.change("set dataValidation.prompt", v, () => {
      this.entry().prompt = v;
    });
  }
  set errorAlert(v: unknown) {
    this.change("set dataValidation.errorAlert", v, () => {
      this.entry().errorAlert = v;
    });
  }
}

const parsed = new Map<string, RangeRef>();
/** parseAnyRange, remembered: validation entries are compared often. */
function parsedRange(address: string): RangeRef {
  let ref = parsed.get(address);
  if (!ref) parsed.set(address, (ref = parseAnyRange(address)));
  return ref;
}

/** `a` without `b`: up to four rectangles. */
function subtract(a: RangeRef, b: RangeRef): RangeRef[] {
  const top = Math.max(a.start.row, b.start.row);
  const bottom = Math.min(a.end.row, b.end.row);
  const pieces: RangeRef[] = [];
  if (a.start.row < top) pieces.push({ start: a.start, end: { row: top - 1, column: a.end.column } });
  if (bottom < a.end.row) pieces.push({ start: { row: bottom + 1, column: a.start.column }, end: a.end });
  if (a.start.column < b.start.column) pieces.push({ start: { row: top, column: a.start.column }, end: { row: bottom, column: b.start.column - 1 } });
  if (b.end.column < a.end.column) pieces.push({ start: { row: top, column: b.end.column + 1 }, end: { row: bottom, column: a.end.column } });
  return pieces;
}

class FakeConditionalFormats {
  constructor(
    private readonly ctx: FakeContext,
    private readonly range: FakeRange,
  ) {}
  add(type: string): { cellValue: FakeCellValueFormat; dataBar: { positiveFormat: { fillColor: string } } } {
    const state: ConditionalFormatState = { range: "", type };
    this.ctx.queue(
      `conditionalFormats.add ${type}`,
      [type],
      () => {
        this.range.guard("format");
        const { sheet, ref } = this.range.target();
        state.range = rangeAddress(ref);
        sheet.conditionalFormats.push(state);
      },
      6,
    );
    const ctx = this.ctx;
    const dataBar = {
      positiveFormat: {
        set fillColor(v: string) {
          ctx.queue("set dataBar.positiveFormat.fillColor", [v], () => (state.fill = v));
        },
        get fillColor(): string {
          throw new Error("not modelled");
        },
      },
    };
    return { cellValue: new FakeCellValueFormat(this.ctx, state), dataBar };
  }
}

class FakeCellValueFormat {
  readonly format: { fill: { color: string }; font: { color: string } };
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: ConditionalFormatState,
  ) {
    const set = (k: "fill" | "fontColor") => (v: string) => ctx.queue(`set cf.${k}`, [v], () => (state[k] = v));
    const fill = set("fill");
    const font = set("fontColor");
    this.format = {
      fill: {
        set color(v: string) {
          fill(v);
        },
        get color(): string {
          throw new Error("not modelled");
        },
      },
      font: {
        set color(v: string) {
          font(v);
        },
        get color(): string {
          throw new Error("not modelled");
        },
      },
    };
  }
  set rule(rule: unknown) {
    this.ctx.queue("set cf.rule", rule, () => {
      this.state.rule = rule;
    });
  }
}

const DEFAULT_PROTECTION_OPTIONS: Excel.WorksheetProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: "Normal",
};

class FakeProtection extends FakeProxy {
  constructor(
    ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {
    super(ctx);
  }
  get protected(): boolean {
    return this.read("protected");
  }
  get options(): Excel.WorksheetProtectionOptions {
    return this.read("options");
  }
  protected property(name: string): unknown {
    this.ctx.need(2, "WorksheetProtection");
    const p = this.sheet.target().protection;
    if (name === "protected") return p.protected;
    // Excel reports every option, false unless allowed.
    if (name === "options") return { ...DEFAULT_PROTECTION_OPTIONS, ...p.options };
    throw new Error(`protection.${name} is not modelled`);
  }
  protect(options?: Excel.WorksheetProtectionOptions, password?: string): void {
    this.ctx.queue(
      "protect",
      [options, password],
      () => {
        const s = this.sheet.target();
        if (s.protection.protected) throw new OfficeError(this.ctx.fake.protectTwice, "sheet is already protected");
        s.protection = { protected: true, options, ...(password !== undefined ? { password } : {}) };
      },
      password !== undefined ? 7 : 2,
    );
  }
  unprotect(password?: string): void {
    this.ctx.queue(
      "unprotect",
      [password],
      () => {
        const s = this.sheet.target();
        if (s.protection.password !== undefined && s.protection.password !== password) throw new OfficeError("InvalidArgument", "wrong password");
        s.protection = { protected: false };
      },
      password !== undefined ? 7 : 2,
    );
  }
}

class FakeFreezePanes {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  freezeAt(range: string): void {
    this.ctx.queue("freezeAt", [range], () => {
      const ref = parseAnyRange(range);
      if (ref.start.row !== 1 || ref.start.column !== 1) throw new OfficeError("InvalidArgument", "frozen range must start at A1");
      this.sheet.target().freeze = { rows: ref.end.row, columns: ref.end.column };
    }, 7);
  }
  freezeRows(count: number): void {
    this.ctx.queue("freezeRows", [count], () => (this.sheet.target().freeze = { rows: count, columns: 0 }), 7);
  }
  freezeColumns(count: number): void {
    this.ctx.queue("freezeColumns", [count], () => (this.sheet.target().freeze = { rows: 0, columns: count }), 7);
  }
  unfreeze(): void {
    this.ctx.queue("unfreeze", [], () => (this.sheet.target().freeze = null), 7);
  }
}

class FakePageLayout {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  set orientation(v: string) {
    this.ctx.queue("set orientation", [v], () => (this.sheet.target().pageLayout.orientation = v), 9);
  }
  set zoom(v: unknown) {
    this.ctx.queue("set zoom", v, () => (this.sheet.target().pageLayout.zoom = v), 9);
  }
  setPrintTitleRows(rows: string): void {
    this.ctx.queue("setPrintTitleRows", [rows], () => {
      if (!/^\$\d+:\$\d+$/.test(rows)) throw new OfficeError("InvalidArgument", `print title rows ${rows}`);
      this.sheet.target().pageLayout.printTitleRows = rows;
    }, 9);
  }
}

class FakeCharts {
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: FakeWorksheet,
  ) {}
  add(type: string, source: FakeRange, seriesBy = "Auto"): FakeChart {
    const state: ChartState = { type, seriesBy, valueAxis: {}, series: [] };
    this.ctx.queue(`charts.add ${type}`, [type, seriesBy], () => {
      const s = this.sheet.target();
      // a chart is an object: a protected sheet takes one only with allowEditObjects
      if (s.protection.protected && s.protection.options?.allowEditObjects !== true) throw new OfficeError("AccessDenied", `${s.name} is protected (objects)`);
      const { sheet, ref } = source.target();
      // Excel makes one series per row (or column) of the source
      const rows = seriesBy === "Rows" || (seriesBy === "Auto" && ref.end.column - ref.start.column > ref.end.row - ref.start.row);
      const lines = rows ? ref.end.row - ref.start.row + 1 : ref.end.column - ref.start.column + 1;
      for (let i = 0; i < lines; i++) {
        const part: RangeRef = rows
          ? { start: { row: ref.start.row + i, column: ref.start.column }, end: { row: ref.start.row + i, column: ref.end.column } }
          : { start: { row: ref.start.row, column: ref.start.column + i }, end: { row: ref.end.row, column: ref.start.column + i } };
        state.series.push({ values: `${sheet.name}!${rangeAddress(part)}` });
      }
      s.charts.push(state);
    });
    return new FakeChart(this.ctx, state);
  }
}

class FakeChart {
  readonly title: { text: string };
  readonly legend: { visible: boolean };
  readonly dataLabels: { showValue: boolean };
  readonly axes: { valueAxis: FakeAxis; categoryAxis: FakeAxis };
  readonly series: { getItemAt(index: number): FakeSeries; add(name?: string): FakeSeries };

  constructor(
    private readonly ctx: FakeContext,
    private readonly state: ChartState,
  ) {
    const setter = <K extends keyof ChartState>(k: K, label: string) => (v: NonNullable<ChartState[K]>) => ctx.queue(label, [v], () => (state[k] = v));
    this.title = writeOnly("text", setter("title", "set chart.title.text"));
    this.legend = writeOnly("visible", setter("legend", "set chart.legend.visible"));
    this.dataLabels = writeOnly("showValue", setter("dataLabels", "set chart.dataLabels.showValue"));
    this.axes = { valueAxis: new FakeAxis(ctx, state, "value"), categoryAxis: new FakeAxis(ctx, state, "category") };
    this.series = {
      getItemAt: (index) => {
        const series = new FakeSeries(ctx);
        ctx.queue(`chart.series.getItemAt ${index}`, [index], () => {
          const found = state.series[index];
          if (!found) throw new OfficeError("ItemNotFound", `series ${index}`);
          series.state = found;
        });
        return series;
      },
      add: (name) => {
        const series = new FakeSeries(ctx);
        ctx.queue("chart.series.add", [name], () => {
          series.state = { values: "", ...(name !== undefined ? { name } : {}) };
          state.series.push(series.state);
        }, 7);
        return series;
      },
    };
  }
  setPosition(startCell: string, endCell?: string): void {
    this.ctx.queue("chart.setPosition", [startCell, endCell], () => {
      this.state.at = endCell === undefined ? startCell : `${startCell}:${endCell}`;
    });
  }
  set width(v: number) {
    this.ctx.queue("set chart.width", [v], () => (this.state.width = v));
  }
  set height(v: number) {
    this.ctx.queue("set chart.height", [v], () => (this.state.height = v));
  }
}

/** `{ [key]: v }` whose setter queues and whose getter was never loaded. */
function writeOnly<K extends string, T>(key: K, set: (v: T) => void): Record<K, T> {
  const o = {};
  Object.defineProperty(o, key, {
    set,
    get() {
      throw new OfficeError("PropertyNotLoaded", `${key} was read without load() and sync()`);
    },
  });
  return o as Record<K, T>;
}

class FakeAxis {
  constructor(
    private readonly ctx: FakeContext,
    private readonly state: ChartState,
    private readonly which: "value" | "category",
  ) {}
  set minimum(v: number) {
    this.ctx.queue(`set ${this.which}Axis.minimum`, [v], () => (this.state.valueAxis.minimum = v));
  }
  set maximum(v: number) {
    this.ctx.queue(`set ${this.which}Axis.maximum`, [v], () => (this.state.valueAxis.maximum = v));
  }
  set reversePlotOrder(v: boolean) {
    this.ctx.queue(`set ${this.which}Axis.reversePlotOrder`, [v], () => (this.state.categoriesReversed = v), 7);
  }
}

class FakeSeries {
  state: ChartState["series"][number] | undefined;
  constructor(private readonly ctx: FakeContext) {}
  private target(): ChartState["series"][number] {
    if (!this.state) throw new OfficeError("InvalidObjectPath", "series");
    return this.state;
  }
  set name(v: string) {
    this.ctx.queue("set series.name", [v], () => (this.target().name = v));
  }
  setValues(range: FakeRange): void {
    this.ctx.queue("series.setValues", [], () => (this.target().values = range.label()), 7);
  }
  setXAxisValues(range: FakeRange): void {
    this.ctx.queue("series.setXAxisValues", [], () => (this.target().categories = range.label()), 7);
  }
}

class FakeNames extends FakeProxy {
  get items(): FakeNamedItem[] {
    return this.read("items");
  }
  protected property(name: string): unknown {
    if (name !== "items") throw new Error(`names.${name} is not modelled`);
    return [...this.ctx.fake.names.values()].map((n) => new FakeNamedItem(this.ctx, n));
  }
  add(name: string, reference: FakeRange | string, comment?: string): FakeNamedItem {
    const state: NameState = { name, sheet: null, ref: { start: { row: 1, column: 1 }, end: { row: 1, column: 1 } } };
    this.ctx.queue(`names.add ${name}`, [name, typeof reference === "string" ? reference : "<range>", comment], () => {
      if (this.ctx.fake.names.has(name.toLowerCase())) throw new OfficeError("ItemAlreadyExists", `name ${name}`);
      if (!/^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u.test(name)) throw new OfficeError("InvalidArgument", `bad name ${name}`);
      if (typeof reference === "string") throw new Error("string references are not modelled");
      const { sheet, ref } = reference.target();
      Object.assign(state, { sheet, ref, ...(comment !== undefined ? { comment } : {}) });
      this.ctx.fake.names.set(name.toLowerCase(), state);
    }, 4);
    return new FakeNamedItem(this.ctx, state);
  }
  getItem(name: string): FakeNamedItem {
    const item = new FakeNamedItem(this.ctx, null);
    this.ctx.queue(`names.getItem ${name}`, [name], () => {
      const state = this.ctx.fake.names.get(name.toLowerCase());
      if (!state) throw new OfficeError("ItemNotFound", `name ${name}`);
      item.state = state;
    });
    return item;
  }
}

class FakeNamedItem extends FakeProxy {
  constructor(
    ctx: FakeContext,
    public state: NameState | null,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.read("name");
  }
  get formula(): unknown {
    return this.read("formula");
  }
  get value(): unknown {
    return this.read("value");
  }
  get type(): string {
    return this.read("type");
  }
  protected property(name: string): unknown {
    const s = this.state;
    if (!s) throw new OfficeError("InvalidObjectPath", "named item");
    const ref = s.sheet ? `${quoteSheet(s.sheet.name)}!${absolute(s.ref)}` : "#REF!";
    switch (name) {
      case "name":
        return s.name;
      case "formula":
        this.ctx.need(7, "NamedItem.formula");
        return `=${ref}`;
      case "value":
        return ref;
      case "type":
        return "Range";
      default:
        throw new Error(`namedItem.${name} is not modelled`);
    }
  }
  delete(): void {
    this.ctx.queue("namedItem.delete", [], () => {
      if (!this.state) throw new OfficeError("InvalidObjectPath", "named item");
      this.ctx.fake.names.delete(this.state.name.toLowerCase());
    }, 4);
  }
}

function absolute(ref: RangeRef): string {
  const cell = (row: number, column: number) => cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const a = cell(ref.start.row, ref.start.column);
  const b = cell(ref.end.row, ref.end.column);
  return a === b ? a : `${a}:${b}`;
}
