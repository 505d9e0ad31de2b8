// The `Workbook` interface over an .xlsx file, through exceljs. Used by the Node CLI; the
// only Node-specific parts (fromFile, saveAs) go through atomic-file.ts.
import * as ExcelJS from "exceljs";
import { parseRange } from "../../core/workbook/a1";
import type { DefinedName, RangeQuery, RangeSnapshot, SheetInfo, Workbook, WorkbookChange } from "../../core/workbook/workbook";
import { readFileBytes, writeFileAtomic } from "../../node/atomic-file";
import { forEachCell, readRange, writeFormulas, writeValues } from "./cells";
import { checkChanges } from "./check-changes";
import { addConditionalFormat } from "./conditional-format";
import JSZip from "jszip";
import { escapeValidationBreaks, sheetsWithValidationBreaks } from "./attribute-breaks";
import { deflateRawInUse, rewriteStoredZip } from "./deflate-zip";
import { defineName, forgetSheet, listNames } from "./defined-names";
import { readMetadata, writeMetadata } from "./metadata";
import { WorkbookOpenError } from "./open-error";
import { XlsxPackage } from "./package";
import { freezePanes, mergeCells, protectSheet, setColumnWidth, setPageSetup } from "./sheet-settings";
import { requireSheet, sheetNameProblem } from "./sheets";
import { locker, numberFormatter, styler } from "./styles";
import { setDataValidation } from "./validation";
import { prepareForWrite } from "./write-prep";

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  // exceljs types the argument as its own ArrayBuffer-like `Buffer`; at runtime it hands it to
  // JSZip, which takes a Node Buffer, a Uint8Array or an ArrayBuffer.
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

export class XlsxWorkbook implements Workbook {
  /** sheets by exact and by lower-cased name while changes are applied; dropped when a change
   *  adds or deletes one (exceljs sorts a copy of its sheet list on every `worksheets` read) */
  private sheetIndex: { exact: Map<string, ExcelJS.Worksheet>; lower: Map<string, ExcelJS.Worksheet> } | undefined;

  private constructor(private readonly wb: ExcelJS.Workbook) {}

  /** A new workbook with no sheets (add one before saving: Excel needs a visible sheet). */
  static create(): XlsxWorkbook {
    return new XlsxWorkbook(new ExcelJS.Workbook());
  }

  /** Read a workbook from its bytes (never changed). Whatever it really is, either it is read or
   *  a WorkbookOpenError says why not, in a code the job layer puts into words. */
  static async fromBuffer(data: Uint8Array | ArrayBuffer, _source?: string): Promise<XlsxWorkbook> {
    const pkg = await XlsxPackage.open(data instanceof Uint8Array ? data : new Uint8Array(data));
    try {
      return new XlsxWorkbook(await load(await pkg.bytes()));
    } catch (first) {
      // Tables, drawings, comments or links exceljs cannot follow: read the values without them.
      try {
        return new XlsxWorkbook(await load(await pkg.valuesOnly()));
      } catch (e) {
        throw e instanceof WorkbookOpenError ? e : new WorkbookOpenError("unreadable", { cause: first });
      }
    }
  }

  static async fromFile(path: string): Promise<XlsxWorkbook> {
    let bytes: Uint8Array;
    try {
      bytes = await readFileBytes(path);
    } catch (e) {
      throw new WorkbookOpenError("file", { cause: e });
    }
    return XlsxWorkbook.fromBuffer(bytes);
  }

  async toBuffer(): Promise<Uint8Array> {
    const restore = prepareForWrite(this.wb);
    try {
      // Written stored by exceljs, then rewritten entry by entry (deflate-zip.ts) when a native
      // deflate is in use or a sheet's validation texts hold line breaks to keep
      // (attribute-breaks.ts); else exceljs deflates through JSZip as it likes.
      const deflate = deflateRawInUse();
      const breaks = sheetsWithValidationBreaks(this.wb);
      const stored = deflate !== undefined || breaks.size > 0;
      const out = await this.wb.xlsx.writeBuffer(stored ? { zip: { compression: "STORE" } } : undefined);
      // a Node Buffer under Node; typed by exceljs as an ArrayBuffer
      const bytes = out instanceof Uint8Array ? out : new Uint8Array(out);
      if (!stored) return bytes;
      const transform = breaks.size > 0 ? (name: string, data: Uint8Array) => (breaks.has(name) ? escapeValidationBreaks(data) : data) : undefined;
      // a zip it cannot rewrite (never one of JSZip's) is still a valid package, only stored
      const rewritten = rewriteStoredZip(bytes, { deflate, transform }) ?? bytes;
      if (deflate) return rewritten;
      // the task pane: JSZip deflates the stored entries, as exceljs would have had it do
      const zip = await JSZip.loadAsync(rewritten);
      return await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    } finally {
      restore();
    }
  }

  /** Save atomically: the file at `path` is always either the old or the new workbook. */
  async saveAs(path: string): Promise<void> {
    await writeFileAtomic(path, await this.toBuffer());
  }

  async sheets(): Promise<SheetInfo[]> {
    return this.wb.worksheets.map((ws) => ({ name: ws.name, visibility: ws.state ?? "visible" }));
  }

  async apply(changes: readonly WorkbookChange[]): Promise<void> {
    checkChanges(changes, this.wb.worksheets.map((ws) => ws.name));
    this.sheetIndex = undefined;
    for (const [i, change] of changes.entries()) {
      try {
        await this.applyOne(change);
        // these add or delete sheets
        if (change.op === "addSheet" || change.op === "deleteSheet" || change.op === "setMetadata") this.sheetIndex = undefined;
      } catch (e) {
        this.sheetIndex = undefined;
        const earlier = i === 0 ? "none before it was applied" : `the ${i} before it were applied`;
        throw new Error(`change ${i + 1} of ${changes.length} (${change.op}) failed, ${earlier}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
      }
    }
  }

  async read(queries: readonly RangeQuery[]): Promise<RangeSnapshot[]> {
    const date1904 = this.wb.properties?.date1904 === true;
    return queries.map((q) => readRange(requireSheet(this.wb, q.sheet), q.sheet, q.range, date1904));
  }

  async names(): Promise<DefinedName[]> {
    return listNames(this.wb);
  }

  async metadata(): Promise<Record<string, string>> {
    return readMetadata(this.wb);
  }

  /** As `requireSheet`: the exact name first, else the first that matches ignoring case. */
  private sheet(name: string): ExcelJS.Worksheet {
    if (!this.sheetIndex) {
      const index = { exact: new Map<string, ExcelJS.Worksheet>(), lower: new Map<string, ExcelJS.Worksheet>() };
      for (const ws of this.wb.worksheets) {
        index.exact.set(ws.name, ws);
        if (!index.lower.has(ws.name.toLowerCase())) index.lower.set(ws.name.toLowerCase(), ws);
      }
      this.sheetIndex = index;
    }
    return this.sheetIndex.exact.get(name) ?? this.sheetIndex.lower.get(name.toLowerCase()) ?? requireSheet(this.wb, name);
  }

  private async applyOne(change: WorkbookChange): Promise<void> {
    const wb = this.wb;
    switch (change.op) {
      case "addSheet": {
        const problem = sheetNameProblem(change.sheet);
        if (problem) throw new Error(problem);
        wb.addWorksheet(change.sheet, { state: change.visibility ?? "visible" });
        return;
      }
      case "deleteSheet": {
        const ws = this.sheet(change.sheet);
        forgetSheet(wb, ws.name);
        wb.removeWorksheet(ws.id);
        return;
      }
      case "setValues":
        writeValues(this.sheet(change.sheet), change.at, change.values);
        return;
      case "setFormulas":
        writeFormulas(this.sheet(change.sheet), change.at, change.formulas);
        return;
      case "setNumberFormat":
        forEachCell(this.sheet(change.sheet), parseRange(change.range), numberFormatter(wb, change.format));
        return;
      case "setStyle":
        forEachCell(this.sheet(change.sheet), parseRange(change.range), styler(wb, change.style));
        return;
      case "setColumnWidth":
        setColumnWidth(this.sheet(change.sheet), change.column, change.width);
        return;
      case "mergeCells":
        mergeCells(this.sheet(change.sheet), parseRange(change.range));
        return;
      case "setDataValidation":
        setDataValidation(this.sheet(change.sheet), parseRange(change.range), change.validation);
        return;
      case "addConditionalFormat": {
        const ws = this.sheet(change.sheet);
        parseRange(change.range);
        addConditionalFormat(ws, change.range, change.format);
        return;
      }
      case "setLocked":
        forEachCell(this.sheet(change.sheet), parseRange(change.range), locker(wb, change.locked));
        return;
      case "protectSheet":
        await protectSheet(this.sheet(change.sheet), change.options);
        return;
      case "freezePanes":
        freezePanes(this.sheet(change.sheet), change.rows, change.columns);
        return;
      case "setPageSetup":
        setPageSetup(this.sheet(change.sheet), change.setup);
        return;
      case "defineName":
        // exceljs has nowhere to keep a name's comment, so `comment` is not written.
        defineName(wb, change.name, this.sheet(change.sheet).name, change.range);
        return;
      case "setMetadata":
        await writeMetadata(wb, change.entries);
        return;
      case "addChart":
        // exceljs writes no charts and no sound library adds one (docs/summary.md): skipped,
        // so a layout's data bars carry the picture in the file
        return;
      default:
        throw new Error(`unknown change op ${JSON.stringify((change as { op?: unknown }).op)}`);
    }
  }
}
