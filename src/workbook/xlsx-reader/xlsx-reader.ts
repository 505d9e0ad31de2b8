// A read-only `Workbook` over .xlsx bytes that reads only what is asked: opening reads the zip's
// directory and the workbook part; a sheet's XML is read when a query names it, in one pass that
// keeps only the cells asked for; shared strings and styles once, when first needed. What it
// reads is what XlsxWorkbook (exceljs after package.ts's repairs) reads, value for value; no
// styles, validations or drawings are ever held. Runs in the browser as in Node.
import { parseRange, rangeAddress, type RangeRef } from "../../core/workbook/a1";
import { METADATA_SHEET } from "../../core/workbook/metadata-sheet";
import { snapshotOf } from "../../core/workbook/snapshot";
import type { DefinedName, RangeQuery, RangeSnapshot, SheetInfo, Workbook, WorkbookChange } from "../../core/workbook/workbook";
import { MAX_CELLS_PER_READ } from "../xlsx/limits";
import { WorkbookOpenError } from "../xlsx/open-error";
import { unknownSheet } from "../xlsx/sheets";
import { sniff } from "../xlsx/sniff";
import { decodeXml, dropNamespacePrefixes, ExpansionBudget, fixWorkbook, trimToRoot } from "../xlsx/xml-fixes";
import { listNames, rawNames, type RawName } from "./defined-names";
import { NumberFormats } from "./number-formats";
import { findWorkbook, partText, relsFor, type Rel } from "./package-parts";
import { parseSharedStrings } from "./shared-strings";
import { readSheetCells, type SheetCells, type Wanted } from "./sheet-cells";
import { attr, scanXml } from "./xml-scan";
import { streamInflate, ZipArchive, type Inflate } from "./zip";
import type { Crc32 } from "./crc32";

interface Sheet {
  name: string;
  visibility: SheetInfo["visibility"];
  part: string;
}

export interface ReaderOptions {
  /** raw DEFLATE; the platform's DecompressionStream when not given */
  inflate?: Inflate;
  /** checksum of each entry read; plain JavaScript when not given */
  crc32?: Crc32;
}

const NO_INFLATE: Inflate = () => {
  throw new WorkbookOpenError("unreadable", { cause: new Error("no DecompressionStream in this environment") });
};

export class XlsxReader implements Workbook {
  private strings?: Promise<string[] | undefined>;
  private formats?: Promise<NumberFormats>;

  private constructor(
    private readonly zip: ZipArchive,
    private readonly workbookRels: Rel[],
    private readonly sheetList: Sheet[],
    private readonly definedNames: RawName[],
    private readonly date1904: boolean,
  ) {}

  /** Open .xlsx bytes (never changed). Throws WorkbookOpenError as XlsxWorkbook.fromBuffer
   *  does for what is not an .xlsx workbook. */
  static async fromBuffer(data: Uint8Array | ArrayBuffer, options: ReaderOptions = {}): Promise<XlsxReader> {
    const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
    const sniffed = sniff(bytes);
    if (sniffed.kind === "refused") throw new WorkbookOpenError(sniffed.problem);
    const zip = ZipArchive.open(bytes, options.inflate ?? streamInflate ?? NO_INFLATE, options.crc32);
    const workbookPart = await findWorkbook(zip);
    const rels = await relsFor(zip, workbookPart);
    const raw = await partText(zip, workbookPart);
    // the same text exceljs is handed: names past the expansion budget, or naming a sheet such
    // as __proto__, left out
    const xml = fixWorkbook(dropNamespacePrefixes(trimToRoot(raw ?? "")), new ExpansionBudget());
    const byId = new Map(rels.filter((r) => !r.external).map((r) => [r.id, r]));
    const found: { id: number; order: number; sheet: Sheet }[] = [];
    let date1904 = false;
    let order = 0;
    scanXml(xml, {
      open(name, attrs) {
        if (name === "workbookPr") date1904 = attr(attrs, "date1904") === "1";
        if (name !== "sheet") return;
        const rel = byId.get(attr(attrs, "id", true) ?? "");
        const part = rel && /\/worksheet$/.test(rel.type) ? zip.find(rel.target) : undefined;
        // exceljs leaves out sheets it cannot find a part for (chart sheets among them)
        if (part === undefined) return;
        const state = attr(attrs, "state");
        found.push({ id: parseInt(attr(attrs, "sheetId") ?? "", 10), order: order++, sheet: { name: attr(attrs, "name") ?? "", visibility: (state ?? "visible") as SheetInfo["visibility"], part } });
      },
      close() {},
      text() {},
    });
    return new XlsxReader(zip, rels, sheetsInExcelJsOrder(found), rawNames(xml), date1904);
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.sheetList.map((s) => ({ name: s.name, visibility: s.visibility }));
  }

  async apply(_changes: readonly WorkbookChange[]): Promise<void> {
    throw new Error("this workbook was opened read-only (XlsxReader): open it with XlsxWorkbook to change it");
  }

  async names(): Promise<DefinedName[]> {
    return listNames(this.definedNames);
  }

  async metadata(): Promise<Record<string, string>> {
    const sheet = this.findSheet(METADATA_SHEET);
    const out: Record<string, string> = {};
    if (!sheet) return out;
    const cells = await this.readSheet(sheet, { rects: [{ start: { row: 2, column: 1 }, end: { row: 1_048_576, column: 2 } }], all: false });
    for (const row of cells.rowNumbers()) {
      const key = cells.text(row, 1);
      if (key !== undefined && key !== "") out[key] = cells.text(row, 2) ?? "";
    }
    return out;
  }

  async read(queries: readonly RangeQuery[]): Promise<RangeSnapshot[]> {
    // What each sheet must keep, from every query that can be read: one pass per sheet.
    const wanted = new Map<Sheet, Wanted>();
    const plan = queries.map((q) => {
      const sheet = this.findSheet(q.sheet);
      if (!sheet) return { q, sheet };
      let rect: RangeRef | undefined;
      try {
        rect = q.range === undefined ? undefined : parseRange(q.range);
      } catch {
        return { q, sheet };
      }
      if (rect && cellCount(rect) > MAX_CELLS_PER_READ) return { q, sheet };
      let w = wanted.get(sheet);
      if (!w) wanted.set(sheet, (w = { rects: [], all: false }));
      if (rect) w.rects.push(rect);
      else w.all = true;
      return { q, sheet };
    });
    const parsed = new Map<Sheet, SheetCells>();
    const out: RangeSnapshot[] = [];
    // in order, so the first query that cannot be read is the error, as with XlsxWorkbook
    for (const { q, sheet } of plan) {
      if (!sheet) throw unknownSheet(q.sheet, this.sheetList.map((s) => s.name));
      const given = q.range === undefined ? undefined : parseRange(q.range);
      if (given) checkReadSize(given);
      let cells = parsed.get(sheet);
      if (!cells) parsed.set(sheet, (cells = await this.readSheet(sheet, wanted.get(sheet)!)));
      const rect = given ?? cells.usedRange();
      if (!rect) {
        out.push({ sheet: q.sheet, range: null, values: [], numberFormats: [], formulas: [] });
        continue;
      }
      checkReadSize(rect);
      out.push(snapshot(q.sheet, rect, cells));
    }
    return out;
  }

  /** Excel looks sheets up ignoring case; an exact match wins. */
  private findSheet(name: string): Sheet | undefined {
    return this.sheetList.find((s) => s.name === name) ?? this.sheetList.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  private async readSheet(sheet: Sheet, wanted: Wanted): Promise<SheetCells> {
    const [sharedStrings, formats, rels] = await Promise.all([this.sharedStrings(), this.numberFormats(), relsFor(this.zip, sheet.part)]);
    const xml = decodeXml(await this.zip.read(sheet.part)).text;
    // exceljs links a cell through any relationship of the sheet with the link's id
    const linkIds = new Set(rels.map((r) => r.id));
    return readSheetCells(xml, { sharedStrings, formats, date1904: this.date1904, linkIds }, wanted);
  }

  private sharedStrings(): Promise<string[] | undefined> {
    return (this.strings ??= this.workbookPartText("sharedStrings", "xl/sharedStrings.xml").then((xml) => (xml === undefined ? undefined : parseSharedStrings(xml))));
  }

  private numberFormats(): Promise<NumberFormats> {
    return (this.formats ??= this.workbookPartText("styles", "xl/styles.xml").then((xml) => (xml === undefined ? NumberFormats.none() : NumberFormats.parse(xml))));
  }

  /** A part the workbook names by relationship type, or the one at exceljs's fixed name. */
  private async workbookPartText(type: string, fixed: string): Promise<string | undefined> {
    const rel = this.workbookRels.find((r) => !r.external && r.type.endsWith(`/${type}`));
    const at = (rel && this.zip.find(rel.target)) ?? this.zip.find(fixed);
    return at === undefined ? undefined : partText(this.zip, at);
  }
}

/** exceljs keeps sheets by sheetId (a sheet without a usable id is lost, a repeated id keeps the
 *  later sheet) and lists them in workbook order. */
function sheetsInExcelJsOrder(found: { id: number; order: number; sheet: Sheet }[]): Sheet[] {
  const byId = new Map<number, { order: number; sheet: Sheet }>();
  for (const f of found) {
    if (!Number.isInteger(f.id) || f.id < 1) continue;
    const earlier = byId.get(f.id);
    byId.set(f.id, { order: earlier?.order ?? f.order, sheet: f.sheet });
  }
  return [...byId.values()].sort((a, b) => a.order - b.order).map((s) => s.sheet);
}

const cellCount = (r: RangeRef) => (r.end.row - r.start.row + 1) * (r.end.column - r.start.column + 1);

/** The same check, and words, as cells.ts checkCellCount with MAX_CELLS_PER_READ. */
function checkReadSize(rect: RangeRef): void {
  const n = cellCount(rect);
  if (n > MAX_CELLS_PER_READ) throw new Error(`${rangeAddress(rect)} has ${n} cells, more than the ${MAX_CELLS_PER_READ} one change may touch`);
}

function snapshot(sheet: string, rect: RangeRef, cells: SheetCells): RangeSnapshot {
  return snapshotOf(sheet, rect, (r, c) => {
    const cell = cells.get(r, c);
    return cell && { value: cell.value, numberFormat: cell.numFmt, formula: cell.formula };
  });
}
