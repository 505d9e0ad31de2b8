// Opening a returned workbook for reading: the fast reader first; a file it refuses but the full
// exceljs path (with every repair package.ts knows) can read is read that way, so no file that
// reads today stops reading. Files that are no workbook at all (sniff.ts) are refused at once,
// with the same problem either way.
import type { DefinedName, RangeQuery, RangeSnapshot, SheetInfo, Workbook, WorkbookChange } from "../../core/workbook/workbook";
import { WorkbookOpenError } from "../xlsx/open-error";
import { sniff } from "../xlsx/sniff";
import { XlsxReader, type ReaderOptions } from "./xlsx-reader";
import { isChecksumMismatch } from "./zip";

/** What the full reader must not be asked about: not an open problem at all, a file too large
 *  for either, or bytes that fail their checksum (exceljs would read other figures from them). */
const isFinal = (e: unknown) => !(e instanceof WorkbookOpenError) || e.problem === "too-large" || isChecksumMismatch(e);

/** The fast reader, handing over to XlsxWorkbook (loaded only then) when it gives up. */
class ReaderWithFallback implements Workbook {
  private full?: Promise<Workbook>;

  constructor(
    private fast: XlsxReader | undefined,
    private readonly bytes: Uint8Array,
  ) {}

  /** XlsxWorkbook over the same bytes; its open error is the file's. */
  private fallback(): Promise<Workbook> {
    this.fast = undefined;
    return (this.full ??= import("../xlsx/xlsx-workbook").then(({ XlsxWorkbook }) => XlsxWorkbook.fromBuffer(this.bytes)));
  }

  private async run<T>(call: (wb: Workbook) => Promise<T>): Promise<T> {
    if (this.fast) {
      try {
        return await call(this.fast);
      } catch (e) {
        // what the fast reader could not make sense of; anything else (an unknown sheet, a range
        // too large) is the answer exceljs would give too
        if (isFinal(e)) throw e;
      }
    }
    return call(await this.fallback());
  }

  sheets(): Promise<SheetInfo[]> {
    return this.run((wb) => wb.sheets());
  }

  read(queries: readonly RangeQuery[]): Promise<RangeSnapshot[]> {
    return this.run((wb) => wb.read(queries));
  }

  names(): Promise<DefinedName[]> {
    return this.run((wb) => wb.names());
  }

  metadata(): Promise<Record<string, string>> {
    return this.run((wb) => wb.metadata());
  }

  async apply(_changes: readonly WorkbookChange[]): Promise<void> {
    throw new Error("this workbook was opened read-only: open it with XlsxWorkbook to change it");
  }
}

/** A returned workbook, read-only, from its bytes (never changed). Throws WorkbookOpenError
 *  with the problems XlsxWorkbook.fromBuffer gives. */
export async function openReturnedWorkbook(data: Uint8Array | ArrayBuffer, options: ReaderOptions = {}): Promise<Workbook> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const sniffed = sniff(bytes);
  if (sniffed.kind === "refused") throw new WorkbookOpenError(sniffed.problem);
  let fast: XlsxReader | undefined;
  try {
    fast = await XlsxReader.fromBuffer(bytes, options);
  } catch (e) {
    if (isFinal(e)) throw e;
  }
  const wb = new ReaderWithFallback(fast, bytes);
  // a workbook the fast reader could not open at all is opened (or refused) now, as before
  if (!fast) await wb.sheets();
  return wb;
}
