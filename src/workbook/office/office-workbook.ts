// `Workbook` over the Excel JavaScript API (Office.js), for the add-in running inside Excel.
//
// Round trips: every operation costs a small, constant number of `context.sync()` calls,
// whatever its size:
//   sheets()   1          names()   1          metadata()  2 (1 when there is none)
//   read()     1 (+1 only when it fails, to name the missing sheet)
//   apply()    1 probe (which sheets and names exist, which sheets are protected)
//              + 1 to read the metadata sheet, only when merging into existing metadata
//              + 1 per write request; a request holds everything up to the payload budget
//                (4 MB), so only a write payload larger than that adds requests.
// Nothing syncs per cell, row or change. Everything is checked (requirement sets before any
// round trip, sheets/addresses/limits after the probe) before the first write; only a write
// larger than one request can fail half-way, and then it throws.

import { METADATA_HEADER, METADATA_SHEET } from "../../core/workbook/metadata-sheet";
import {
  cellAddress,
  columnNumber,
  parseCell,
  parseRange,
  rangeAddress,
  rangeOf,
  type RangeRef,
} from "../../core/workbook/a1";
import type {
  CellStyle,
  CellValue,
  ConditionalFormat,
  DataValidation,
  DefinedName,
  PageSetup,
  ProtectionOptions,
  RangeQuery,
  RangeSnapshot,
  ReadValue,
  SheetInfo,
  Workbook,
  WorkbookChange,
} from "../../core/workbook/workbook";
import { ACTION_OVERHEAD_BYTES, DEFAULT_PAYLOAD_BUDGET, jsonBytes, packByBudget, rowBlocks } from "./payload";
import {
  capabilities,
  FEATURE_REQUIREMENTS,
  featureOf,
  unsupportedMessage,
  UnsupportedFeatureError,
  type Capabilities,
  type Feature,
  type Localized,
  type RequirementChecker,
} from "./requirements";
import { needsTextFormat } from "./text";

/**
 * Very hidden sheet holding key/value metadata, laid out as the xlsx backend does: a header row
 * `key | value`, then one key (column A) and value (column B) per row, all text; protected
 * without a password (it keeps hands off, it is not a secret).
 */
export const META_SHEET = METADATA_SHEET;
const META_HEADER: string[] = [...METADATA_HEADER];
const META_KEY_MAX = 255;
const CELL_TEXT_MAX = 32767;

/** Runs one batch against a request context; production passes `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** The runner for the real host. */
export const excelRun: ExcelRunner = (batch) => Excel.run(batch);

export interface OfficeWorkbookOptions {
  /** bytes per write request; default {@link DEFAULT_PAYLOAD_BUDGET} */
  payloadBudget?: number;
  /** default: `Office.context.requirements` */
  requirements?: RequirementChecker;
}

export interface ApplyOptions {
  /** skip changes the host cannot do (and report them) instead of throwing */
  degrade?: boolean;
}

export interface SkippedChange {
  index: number;
  op: WorkbookChange["op"];
  feature: Feature;
  /** e.g. `ExcelApi 1.8` */
  requirementSet: string;
  message: Localized;
}

export interface ApplyReport {
  skipped: SkippedChange[];
  /** `context.sync()` round trips made */
  requests: number;
}

// Excel limits that would otherwise fail half-way through a write (checked before writing).
const PROMPT_TITLE_MAX = 32;
const PROMPT_MESSAGE_MAX = 255;
const ERROR_MESSAGE_MAX = 225;
const LIST_SOURCE_MAX = 255;

/**
 * Column width in characters (as in .xlsx files and the xlsx backend) → points, as Office.js
 * wants: one character is the maximum digit width of the default 11 pt font, 7 px, and a point
 * is 4/3 px at 96 dpi, so 1 character ≈ 5.25 pt.
 */
export function widthToPoints(characters: number): number {
  return Math.round(characters * 7) * 0.75;
}

const KNOWN_OPS = new Set<string>([
  "addSheet",
  "deleteSheet",
  "setValues",
  "setFormulas",
  "setNumberFormat",
  "setStyle",
  "setColumnWidth",
  "mergeCells",
  "setDataValidation",
  "addConditionalFormat",
  "setLocked",
  "protectSheet",
  "freezePanes",
  "setPageSetup",
  "defineName",
  "setMetadata",
] satisfies WorkbookChange["op"][]);

/** Sheet names compare case-insensitively in Excel. */
const key = (name: string): string => name.toLowerCase();

type Values = Array<Array<string | number | boolean>>;

/** One piece of a write request: what it costs in bytes and how to queue it. */
interface Step {
  bytes: number;
  queue(target: SheetCache): void;
}

interface Probe {
  /** existing sheets by key(name), with protection state when it was asked for */
  sheets: Map<string, { name: string; protected: boolean }>;
  names: Set<string>;
  /** metadata rows by key (sheet row numbers) and the last row used */
  meta: { rows: Map<string, number>; last: number };
  /** whether protect/unprotect (ExcelApi 1.2) may be used for the metadata sheet */
  canProtect: boolean;
}

/** Worksheet proxies for one request context, reused across its syncs. */
class SheetCache {
  private readonly sheets = new Map<string, Excel.Worksheet>();
  constructor(readonly context: Excel.RequestContext) {}

  get(name: string): Excel.Worksheet {
    let sheet = this.sheets.get(key(name));
    if (!sheet) {
      sheet = this.context.workbook.worksheets.getItem(name);
      this.sheets.set(key(name), sheet);
    }
    return sheet;
  }

  add(name: string): Excel.Worksheet {
    const sheet = this.context.workbook.worksheets.add(name);
    this.sheets.set(key(name), sheet);
    return sheet;
  }

  delete(name: string): void {
    this.get(name).delete();
    this.sheets.delete(key(name));
  }
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
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name,items/visibility");
      await context.sync();
      return worksheets.items.map((ws) => ({ name: ws.name, visibility: visibilityOf(ws.visibility) }));
    });
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
    changes.forEach((change, index) => {
      if (!KNOWN_OPS.has(change.op)) throw new Error(`change #${index}: unknown op "${String(change.op)}"`);
    });
    const caps = this.capabilities();
    const skipped: SkippedChange[] = [];
    const kept: WorkbookChange[] = [];
    changes.forEach((change, index) => {
      const feature = featureOf(change);
      if (caps.has(feature)) kept.push(change);
      else if (!options.degrade) throw new UnsupportedFeatureError(feature, index, change.op);
      else {
        skipped.push({
          index,
          op: change.op,
          feature,
          requirementSet: `ExcelApi ${FEATURE_REQUIREMENTS[feature]}`,
          message: unsupportedMessage(feature),
        });
      }
    });
    if (kept.length === 0) return { skipped, requests: 0 };

    const budget = this.payloadBudget;
    const requests = await this.run(async (context) => {
      let syncs = 0;
      // Probe: which sheets and names exist, and (if we will protect) which sheets already are.
      const wantMeta = kept.some((c) => c.op === "setMetadata");
      const canProtect = caps.has("protection");
      const wantProtection = kept.some((c) => c.op === "protectSheet") || (wantMeta && canProtect);
      const worksheets = context.workbook.worksheets;
      worksheets.load(wantProtection ? "items/name,items/protection/protected" : "items/name");
      const namedItems = context.workbook.names;
      const wantNames = kept.some((c) => c.op === "defineName");
      if (wantNames) namedItems.load("items/name");
      await context.sync();
      syncs++;

      const probe: Probe = { sheets: new Map(), names: new Set(), meta: { rows: new Map(), last: 0 }, canProtect };
      for (const ws of worksheets.items) {
        probe.sheets.set(key(ws.name), { name: ws.name, protected: wantProtection && ws.protection.protected });
      }
      if (wantNames) for (const item of namedItems.items) probe.names.add(key(item.name));

      // Metadata merges into what is there, so read it (only when there is something to merge).
      if (wantMeta && probe.sheets.has(key(META_SHEET))) {
        const used = worksheets.getItem(META_SHEET).getUsedRange();
        used.load("address,values");
        await context.sync();
        syncs++;
        const address = used.address;
        const values = used.values;
        const rows = metaRows(address, values);
        const lastRow = parseRange(localAddress(address)).end.row;
        probe.meta = { rows: new Map(rows.map((r) => [r.key, r.row])), last: Math.max(1, lastRow) };
      }

      // Plan everything (and fail on bad input) before the first write.
      const steps = plan(kept, probe, budget);
      const target = new SheetCache(context);
      for (const request of packByBudget(steps, budget)) {
        for (const step of request) step.queue(target);
        // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one round trip per payload budget (4 MB), never per cell, row or change
        await context.sync();
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
      return await this.readBatch(queries, caps);
    } catch (error) {
      // Excel's ItemNotFound does not say which sheet; find out (only on this failure path).
      const present = new Set((await this.sheets()).map((s) => key(s.name)));
      const missing = [...new Set(queries.map((q) => q.sheet))].filter((name) => !present.has(key(name)));
      if (missing.length === 0) throw error;
      throw new Error(`read: sheet ${missing.map((name) => `"${name}"`).join(", ")} does not exist`, { cause: error });
    }
  }

  private async readBatch(queries: readonly RangeQuery[], caps: Capabilities): Promise<RangeSnapshot[]> {
    return this.run(async (context) => {
      const ranges = queries.map((q) => {
        const sheet = context.workbook.worksheets.getItem(q.sheet);
        let range: Excel.Range;
        if (q.range !== undefined) range = sheet.getRange(q.range);
        // getUsedRangeOrNullObject needs ExcelApi 1.4; before it, getUsedRange() returns A1 for a blank sheet.
        else if (caps.supports("1.4")) range = sheet.getUsedRangeOrNullObject(true);
        else range = sheet.getUsedRange();
        range.load("address,values,valueTypes,numberFormat,formulas");
        return range;
      });
      await context.sync();
      return queries.map((q, i) => {
        const range = ranges[i]!;
        if (range.isNullObject) return emptySnapshot(q.sheet);
        return snapshot(q, range.address, range.values, range.valueTypes, range.numberFormat, range.formulas);
      });
    });
  }

  async names(): Promise<DefinedName[]> {
    // NamedItem.formula needs ExcelApi 1.7; `value` (1.1) holds the reference of a range name.
    const withFormula = this.capabilities().supports("1.7");
    return this.run(async (context) => {
      const names = context.workbook.names;
      names.load(withFormula ? "items/name,items/formula" : "items/name,items/value");
      await context.sync();
      return names.items.map((item) => {
        const reference: unknown = withFormula ? item.formula : item.value;
        return { name: item.name, refersTo: String(reference ?? "").replace(/^=/, "") };
      });
    });
  }

  async metadata(): Promise<Record<string, string>> {
    return this.run(async (context) => {
      const worksheets = context.workbook.worksheets;
      worksheets.load("items/name");
      await context.sync();
      if (!worksheets.items.some((ws) => key(ws.name) === key(META_SHEET))) return {};
      const used = worksheets.getItem(META_SHEET).getUsedRange();
      used.load("address,values");
      await context.sync();
      return Object.fromEntries(metaRows(used.address, used.values).map((r) => [r.key, r.value]));
    });
  }
}

// ---------------------------------------------------------------------------------------------
// Planning: changes → sized steps, in order. Pure except for the closures it returns.

function plan(changes: readonly WorkbookChange[], probe: Probe, budget: number): Step[] {
  const steps: Step[] = [];
  const present = new Map<string, string>([...probe.sheets].map(([k, v]) => [k, v.name]));
  const names = new Set(probe.names);
  const meta = { rows: new Map(probe.meta.rows), last: probe.meta.last };
  let metaProtected = probe.sheets.get(key(META_SHEET))?.protected ?? false;
  // A matrix block leaves room for its own getRange + set actions.
  const blockLimit = Math.max(budget - 2 * ACTION_OVERHEAD_BYTES, 1);

  const add = (actions: number, dataBytes: number, queue: Step["queue"]) =>
    steps.push({ bytes: actions * ACTION_OVERHEAD_BYTES + dataBytes, queue });
  const need = (sheet: string, index: number, op: string): string => {
    const name = present.get(key(sheet));
    if (name === undefined) throw new Error(`change #${index} (${op}): sheet "${sheet}" does not exist`);
    return name;
  };

  // A sheet that is protected now and will be protected again by these changes is unprotected
  // first, so the writes in between can reach its locked cells (protect() fails on a protected sheet).
  const deleted = new Set(changes.filter((c) => c.op === "deleteSheet").map((c) => key(c.sheet)));
  const unprotected = new Set<string>();
  for (const c of changes) {
    if (c.op !== "protectSheet" || unprotected.has(key(c.sheet)) || deleted.has(key(c.sheet))) continue;
    const existing = probe.sheets.get(key(c.sheet));
    if (!existing?.protected) continue;
    unprotected.add(key(c.sheet));
    const password = c.options?.password;
    add(2, 0, (t) => {
      const protection = t.get(existing.name).protection;
      if (password) protection.unprotect(password);
      else protection.unprotect();
    });
  }

  changes.forEach((c, index) => {
    switch (c.op) {
      case "addSheet": {
        const existing = present.get(key(c.sheet));
        if (existing !== undefined) throw new Error(`change #${index} (addSheet): sheet "${existing}" already exists`);
        checkSheetName(c.sheet, index);
        present.set(key(c.sheet), c.sheet);
        const visibility = c.visibility && c.visibility !== "visible" ? excelVisibility(c.visibility) : undefined;
        add(visibility ? 2 : 1, jsonBytes(c.sheet), (t) => {
          const ws = t.add(c.sheet);
          if (visibility) ws.visibility = visibility;
        });
        return;
      }
      case "deleteSheet": {
        need(c.sheet, index, c.op);
        present.delete(key(c.sheet));
        add(2, 0, (t) => t.delete(c.sheet));
        return;
      }
      case "setValues": {
        const sheet = need(c.sheet, index, c.op);
        const values = excelValues(c.values, index);
        matrixSteps(add, sheet, c.at, values, blockLimit, "values");
        return;
      }
      case "setFormulas": {
        const sheet = need(c.sheet, index, c.op);
        checkRectangular(c.formulas, index);
        matrixSteps(add, sheet, c.at, c.formulas, blockLimit, "formulas");
        return;
      }
      case "setNumberFormat": {
        const sheet = need(c.sheet, index, c.op);
        uniformSteps(add, sheet, parseRange(c.range), c.format, blockLimit);
        return;
      }
      case "setStyle": {
        const sheet = need(c.sheet, index, c.op);
        const ref = parseRange(c.range);
        add(2 + styleActions(c.style, ref), jsonBytes(c.style), (t) => applyStyle(t.get(sheet).getRange(c.range), c.style, ref));
        return;
      }
      case "setColumnWidth": {
        const sheet = need(c.sheet, index, c.op);
        const column = c.column.toUpperCase();
        columnNumber(column); // validates
        if (!(c.width >= 0)) throw new RangeError(`change #${index} (setColumnWidth): width ${c.width} is not a width`);
        const points = widthToPoints(c.width);
        add(3, 0, (t) => {
          t.get(sheet).getRange(`${column}:${column}`).format.columnWidth = points;
        });
        return;
      }
      case "mergeCells": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        add(2, 0, (t) => t.get(sheet).getRange(c.range).merge(false));
        return;
      }
      case "setDataValidation": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        const rule = validationRule(c.validation, index);
        checkValidationText(c.validation, index);
        add(7, jsonBytes(c.validation), (t) => applyValidation(t.get(sheet).getRange(c.range).dataValidation, c.validation, rule));
        return;
      }
      case "addConditionalFormat": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        add(6, jsonBytes(c.format), (t) => addConditionalFormat(t.get(sheet).getRange(c.range), c.format));
        return;
      }
      case "setLocked": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        add(3, 0, (t) => {
          t.get(sheet).getRange(c.range).format.protection.locked = c.locked;
        });
        return;
      }
      case "protectSheet": {
        const sheet = need(c.sheet, index, c.op);
        const { options, password } = protectionOptions(c.options);
        add(2, jsonBytes(options), (t) => {
          const protection = t.get(sheet).protection;
          // The password argument needs ExcelApi 1.7; without one, 1.2 suffices.
          if (password) protection.protect(options, password);
          else protection.protect(options);
        });
        return;
      }
      case "freezePanes": {
        const sheet = need(c.sheet, index, c.op);
        const rows = Math.max(0, Math.trunc(c.rows));
        const columns = Math.max(0, Math.trunc(c.columns));
        add(2, 0, (t) => {
          const panes = t.get(sheet).freezePanes;
          if (rows > 0 && columns > 0) panes.freezeAt(`A1:${cellAddress(rows, columns)}`);
          else if (rows > 0) panes.freezeRows(rows);
          else if (columns > 0) panes.freezeColumns(columns);
          else panes.unfreeze();
        });
        return;
      }
      case "setPageSetup": {
        const sheet = need(c.sheet, index, c.op);
        const titles = c.setup.printTitleRows === undefined ? undefined : printTitleRows(c.setup.printTitleRows, index);
        add(4, jsonBytes(c.setup), (t) => applyPageSetup(t.get(sheet).pageLayout, c.setup, titles));
        return;
      }
      case "defineName": {
        const sheet = need(c.sheet, index, c.op);
        parseRange(c.range);
        const replace = names.has(key(c.name));
        names.add(key(c.name));
        add(replace ? 4 : 3, jsonBytes([c.name, c.comment ?? ""]), (t) => {
          const collection = t.context.workbook.names;
          // add() fails on an existing name; NamedItem.delete needs ExcelApi 1.4 like add().
          if (replace) collection.getItem(c.name).delete();
          const range = t.get(sheet).getRange(c.range);
          if (c.comment !== undefined) collection.add(c.name, range, c.comment);
          else collection.add(c.name, range);
        });
        return;
      }
      case "setMetadata": {
        const entries = checkMetadata(c.entries, index);
        // Rows to write: new sheet → header; existing key → its row; new key → the next row.
        const writes = new Map<number, [string, string]>();
        let reprotect = false; // protect a sheet we create, and one we had to unprotect
        if (!present.has(key(META_SHEET))) {
          present.set(key(META_SHEET), META_SHEET);
          add(2, 0, (t) => {
            t.add(META_SHEET).visibility = "VeryHidden"; // Excel.SheetVisibility.veryHidden, ExcelApi 1.1
          });
          writes.set(1, [META_HEADER[0]!, META_HEADER[1]!]);
          meta.rows.clear();
          meta.last = 1;
          metaProtected = false;
          reprotect = true;
        } else if (metaProtected) {
          add(2, 0, (t) => t.get(META_SHEET).protection.unprotect());
          reprotect = true;
        }
        for (const [k, v] of entries) {
          let row = meta.rows.get(k);
          if (row === undefined) meta.rows.set(k, (row = ++meta.last));
          writes.set(row, [k, v]);
        }
        // Consecutive rows go as one block, formatted `@` before the text is written.
        const ordered = [...writes.keys()].sort((a, b) => a - b);
        for (let i = 0; i < ordered.length; ) {
          let j = i + 1;
          while (j < ordered.length && ordered[j] === ordered[j - 1]! + 1) j++;
          const first = ordered[i]!;
          const block: Values = ordered.slice(i, j).map((row) => writes.get(row)!);
          uniformSteps(add, META_SHEET, rangeOf(`A${first}`, block.length, 2), "@", blockLimit);
          const address = rangeAddress(rangeOf(`A${first}`, block.length, 2));
          add(2, jsonBytes(block), (t) => {
            t.get(META_SHEET).getRange(address).values = block;
          });
          i = j;
        }
        if (probe.canProtect && reprotect) {
          add(2, 0, (t) => t.get(META_SHEET).protection.protect());
          metaProtected = true;
        }
        return;
      }
      default:
        throw new Error(`change #${index}: unknown op "${(c as { op: unknown }).op}"`);
    }
  });
  return steps;
}

/** Excel's sheet-name rules, checked here so a bad name fails before anything is written. */
function checkSheetName(name: string, index: number): void {
  if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name) || name.startsWith("'") || name.endsWith("'")) {
    throw new RangeError(`change #${index} (addSheet): "${name}" is not a valid sheet name (1–31 characters, none of \\ / ? * [ ] :)`);
  }
}

type AddStep = (actions: number, dataBytes: number, queue: Step["queue"]) => void;

/**
 * Values or formulas from `at`, cut into row blocks under the budget. For values, cells whose
 * string Excel could turn into a formula, number or date get format `@` first (one range per
 * vertical run of such cells, queued before the block's values).
 */
function matrixSteps(
  add: AddStep,
  sheet: string,
  at: string,
  rows: Values | string[][],
  limit: number,
  kind: "values" | "formulas",
): void {
  const asText = kind === "values";
  if (rows.length === 0 || rows[0]!.length === 0) return;
  const origin = parseCell(at);
  const width = rows[0]!.length;
  rangeOf(at, rows.length, width); // validates the far corner
  // With text, a block and its `@` formats should fit one request together: count `["@"],`
  // per text cell and keep room for one format range per column.
  const isText = (v: unknown) => asText && typeof v === "string" && needsTextFormat(v);
  const blocks = asText
    ? rowBlocks(rows, Math.max(limit - width * 2 * ACTION_OVERHEAD_BYTES, 1), (row) => 6 * row.filter(isText).length)
    : rowBlocks(rows, limit);
  for (const [from, to] of blocks) {
    if (asText) {
      for (let col = 0; col < width; col++) {
        let runStart = -1;
        for (let r = from; r <= to; r++) {
          const text = r < to && isText(rows[r]![col]);
          if (text && runStart < 0) runStart = r;
          if (!text && runStart >= 0) {
            const address = rangeAddress(rangeOf(cellAddress(origin.row + runStart, origin.column + col), r - runStart, 1));
            const formats = Array.from({ length: r - runStart }, () => ["@"]);
            add(2, jsonBytes(formats), (t) => {
              t.get(sheet).getRange(address).numberFormat = formats;
            });
            runStart = -1;
          }
        }
      }
    }
    const address = rangeAddress(rangeOf(cellAddress(origin.row + from, origin.column), to - from, width));
    const block = rows.slice(from, to);
    const bytes = jsonBytes(block);
    if (asText) {
      add(2, bytes, (t) => {
        t.get(sheet).getRange(address).values = block;
      });
    } else {
      add(2, bytes, (t) => {
        t.get(sheet).getRange(address).formulas = block;
      });
    }
  }
}

/** One number format over a rectangle, as row blocks of a matrix built only when queued. */
function uniformSteps(add: AddStep, sheet: string, ref: RangeRef, format: string, limit: number): void {
  const width = ref.end.column - ref.start.column + 1;
  const height = ref.end.row - ref.start.row + 1;
  const rowBytes = width * (jsonBytes(format) + 1) + 2;
  const perBlock = Math.max(1, Math.floor((limit - 2) / rowBytes));
  for (let from = 0; from < height; from += perBlock) {
    const count = Math.min(perBlock, height - from);
    const address = rangeAddress(rangeOf(cellAddress(ref.start.row + from, ref.start.column), count, width));
    add(2, count * rowBytes, (t) => {
      t.get(sheet).getRange(address).numberFormat = Array.from({ length: count }, () => Array<string>(width).fill(format));
    });
  }
}

function checkRectangular(rows: readonly (readonly unknown[])[], index: number): void {
  const width = rows[0]?.length ?? 0;
  if (rows.some((row) => row.length !== width)) {
    throw new RangeError(`change #${index}: every row must have ${width} cells (Excel writes rectangles)`);
  }
}

/** CellValue → what Office.js writes; `null` clears the cell (Office.js would leave it unchanged). */
function excelValues(rows: readonly (readonly CellValue[])[], index: number): Values {
  checkRectangular(rows, index);
  return rows.map((row) =>
    row.map((v) => {
      if (v === null) return "";
      if (typeof v === "number" && !Number.isFinite(v)) throw new RangeError(`change #${index}: ${v} cannot be stored in a cell`);
      return v;
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// Formats

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
type Edge = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideVertical" | "InsideHorizontal";

/** Outer edges, plus inside lines only where the range has more than one row/column. */
function edges(ref: RangeRef): Edge[] {
  const list: Edge[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"];
  if (ref.end.column > ref.start.column) list.push("InsideVertical");
  if (ref.end.row > ref.start.row) list.push("InsideHorizontal");
  return list;
}

function styleActions(style: CellStyle, ref: RangeRef): number {
  const simple = Object.values(style).filter((v) => v !== undefined).length;
  return simple + (style.border !== undefined ? 2 * edges(ref).length : 0);
}

function applyStyle(range: Excel.Range, style: CellStyle, ref: RangeRef): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.border !== undefined) {
    for (const edge of edges(ref)) {
      const border = format.borders.getItem(edge);
      border.style = style.border ? "Continuous" : "None";
      if (style.border) border.weight = "Thin";
    }
  }
}

const VALIDATION_OPERATOR = {
  between: "Between",
  notBetween: "NotBetween",
  greaterThanOrEqual: "GreaterThanOrEqualTo",
  greaterThan: "GreaterThan",
  lessThanOrEqual: "LessThanOrEqualTo",
  lessThan: "LessThan",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
} as const;

function validationRule(validation: DataValidation, index: number): Excel.DataValidationRule {
  const rule = validation.rule;
  switch (rule.kind) {
    case "decimal":
    case "whole": {
      const basic: Excel.BasicDataValidation =
        "min" in rule
          ? { operator: VALIDATION_OPERATOR[rule.operator], formula1: rule.min, formula2: rule.max }
          : { operator: VALIDATION_OPERATOR[rule.operator], formula1: rule.value };
      return rule.kind === "decimal" ? { decimal: basic } : { wholeNumber: basic };
    }
    case "list": {
      // An explicit list is one comma-separated string of at most 255 characters.
      if (rule.items.some((item) => item.includes(","))) {
        throw new RangeError(`change #${index} (setDataValidation): list items cannot contain ","`);
      }
      const source = rule.items.join(",");
      if (source.length > LIST_SOURCE_MAX) {
        throw new RangeError(`change #${index} (setDataValidation): list is longer than ${LIST_SOURCE_MAX} characters`);
      }
      return { list: { inCellDropDown: true, source } };
    }
    case "textLength":
      return { textLength: { operator: VALIDATION_OPERATOR[rule.operator], formula1: rule.value } };
  }
}

function checkValidationText(validation: DataValidation, index: number): void {
  const fail = (what: string, max: number) => {
    throw new RangeError(`change #${index} (setDataValidation): ${what} is longer than ${max} characters (Excel's limit)`);
  };
  if (validation.prompt) {
    if (validation.prompt.title.length > PROMPT_TITLE_MAX) fail("prompt title", PROMPT_TITLE_MAX);
    if (validation.prompt.message.length > PROMPT_MESSAGE_MAX) fail("prompt message", PROMPT_MESSAGE_MAX);
  }
  if (validation.error) {
    if (validation.error.title.length > PROMPT_TITLE_MAX) fail("error title", PROMPT_TITLE_MAX);
    if (validation.error.message.length > ERROR_MESSAGE_MAX) fail("error message", ERROR_MESSAGE_MAX);
  }
}

const ALERT_STYLE = { stop: "Stop", warning: "Warning", information: "Information" } as const;

function applyValidation(target: Excel.DataValidation, validation: DataValidation, rule: Excel.DataValidationRule): void {
  target.clear(); // a rule cannot be set over an existing one
  target.rule = rule;
  target.ignoreBlanks = validation.allowBlank;
  if (validation.prompt) target.prompt = { showPrompt: true, title: validation.prompt.title, message: validation.prompt.message };
  if (validation.error) {
    target.errorAlert = {
      showAlert: true,
      style: ALERT_STYLE[validation.error.style],
      title: validation.error.title,
      message: validation.error.message,
    };
  }
}

const CELL_VALUE_OPERATOR = {
  between: "Between",
  notBetween: "NotBetween",
  greaterThan: "GreaterThan",
  greaterThanOrEqual: "GreaterThanOrEqual",
  lessThan: "LessThan",
  lessThanOrEqual: "LessThanOrEqual",
  equal: "EqualTo",
  notEqual: "NotEqualTo",
} as const;

function addConditionalFormat(range: Excel.Range, cf: ConditionalFormat): void {
  // "CellValue" is Excel.ConditionalFormatType.cellValue (ExcelApi 1.6); the literal keeps this
  // module free of the runtime `Excel` global.
  const cellValue = range.conditionalFormats.add("CellValue").cellValue;
  if (cf.style.fill !== undefined) cellValue.format.fill.color = cf.style.fill;
  if (cf.style.fontColor !== undefined) cellValue.format.font.color = cf.style.fontColor;
  const when = cf.when;
  cellValue.rule =
    "min" in when
      ? { operator: CELL_VALUE_OPERATOR[when.operator], formula1: `=${when.min}`, formula2: `=${when.max}` }
      : { operator: CELL_VALUE_OPERATOR[when.operator], formula1: `=${when.value}` };
}

function protectionOptions(options: ProtectionOptions | undefined): {
  options: Excel.WorksheetProtectionOptions;
  password: string | undefined;
} {
  const result: Excel.WorksheetProtectionOptions = {};
  if (options?.allowFormatCells !== undefined) result.allowFormatCells = options.allowFormatCells;
  if (options?.allowResizeColumns !== undefined) result.allowFormatColumns = options.allowResizeColumns;
  if (options?.allowResizeRows !== undefined) result.allowFormatRows = options.allowResizeRows;
  if (options?.allowSort !== undefined) result.allowSort = options.allowSort;
  if (options?.allowAutoFilter !== undefined) result.allowAutoFilter = options.allowAutoFilter;
  return { options: result, password: options?.password || undefined };
}

/** `1:3` → `$1:$3` (whole rows, as setPrintTitleRows requires). */
function printTitleRows(rows: string, index: number): string {
  const m = /^\$?(\d+)(?::\$?(\d+))?$/.exec(rows.trim());
  if (!m) throw new RangeError(`change #${index} (setPageSetup): "${rows}" is not a row range like 1:3`);
  const first = Number(m[1]);
  const last = m[2] === undefined ? first : Number(m[2]);
  cellAddress(Math.max(first, last), 1); // validates the row numbers
  return `$${Math.min(first, last)}:$${Math.max(first, last)}`;
}

function applyPageSetup(layout: Excel.PageLayout, setup: PageSetup, titles: string | undefined): void {
  if (setup.orientation !== undefined) layout.orientation = setup.orientation === "landscape" ? "Landscape" : "Portrait";
  // Fit all columns on one page wide and as many pages tall as needed (0 = automatic, like
  // fitToHeight="0" in .xlsx); zoom must be set as a whole object.
  if (setup.fitToWidth === true) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  else if (setup.fitToWidth === false) layout.zoom = { scale: 100 };
  if (titles !== undefined) layout.setPrintTitleRows(titles);
}

// ---------------------------------------------------------------------------------------------
// Reading

type ExcelVisibility = "Visible" | "Hidden" | "VeryHidden";

function excelVisibility(visibility: SheetInfo["visibility"]): ExcelVisibility {
  return visibility === "veryHidden" ? "VeryHidden" : visibility === "hidden" ? "Hidden" : "Visible";
}

function visibilityOf(visibility: Excel.SheetVisibility | ExcelVisibility): SheetInfo["visibility"] {
  const v = String(visibility);
  return v === "VeryHidden" ? "veryHidden" : v === "Hidden" ? "hidden" : "visible";
}

/** `'填报 表'!B3:D9` → `B3:D9` (a sheet name may contain `!`, an address never does). */
function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1).replace(/\$/g, "");
}

function emptySnapshot(sheet: string): RangeSnapshot {
  return { sheet, range: null, values: [], numberFormats: [], formulas: [] };
}

function snapshot(
  query: RangeQuery,
  address: string,
  values: unknown[][],
  types: Excel.RangeValueType[][],
  formats: unknown[][],
  formulas: unknown[][],
): RangeSnapshot {
  const local = rangeAddress(parseRange(localAddress(address)));
  // Without getUsedRangeOrNullObject a blank sheet reports A1 as its used range.
  if (query.range === undefined && local === "A1" && String(types[0]?.[0]) === "Empty") return emptySnapshot(query.sheet);
  return {
    sheet: query.sheet,
    range: local,
    values: values.map((row, r) => row.map((v, c) => readValue(v, String(types[r]?.[c] ?? "")))),
    numberFormats: formats.map((row) => row.map((f) => (typeof f === "string" && f !== "" ? f : "General"))),
    formulas: formulas.map((row, r) =>
      row.map((f, c) => {
        // `formulas` echoes constants too; a text cell holding "=x" has value === formula text.
        const value = values[r]?.[c];
        return typeof f === "string" && f.startsWith("=") && f !== value ? f : null;
      }),
    ),
  };
}

function readValue(value: unknown, type: string): ReadValue {
  if (type === "Error") return { error: String(value) };
  if (type === "Empty" || value === "" || value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return String(value);
}

/** Key/value rows of the metadata sheet's used range, below the header row. */
function metaRows(address: string, values: unknown[][]): Array<{ key: string; value: string; row: number }> {
  const start = parseRange(localAddress(address)).start;
  if (start.column !== 1) return []; // keys live in column A
  const rows: Array<{ key: string; value: string; row: number }> = [];
  values.forEach((cells, i) => {
    const row = start.row + i;
    const k = cells[0];
    if (row === 1 || k === undefined || k === null || k === "") return;
    const v = cells[1];
    rows.push({ key: String(k), value: v === undefined || v === null ? "" : String(v), row });
  });
  return rows;
}

/** Same rules as the xlsx backend: keys of 1–255 characters, string values that fit a cell. */
function checkMetadata(entries: Record<string, string>, index: number): Array<[string, string]> {
  if (typeof entries !== "object" || entries === null || Array.isArray(entries)) {
    throw new TypeError(`change #${index} (setMetadata): entries must be an object of strings`);
  }
  return Object.entries(entries).map(([k, v]) => {
    if (k === "" || k.length > META_KEY_MAX) throw new RangeError(`change #${index} (setMetadata): key "${k}" must have 1 to ${META_KEY_MAX} characters`);
    if (typeof v !== "string") throw new TypeError(`change #${index} (setMetadata): value for "${k}" must be a string`);
    if (v.length > CELL_TEXT_MAX) throw new RangeError(`change #${index} (setMetadata): value for "${k}" is longer than ${CELL_TEXT_MAX} characters`);
    return [k, v];
  });
}
