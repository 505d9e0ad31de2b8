// Limits on what a returned .xlsx may unpack to, so a zip bomb (a few kB that inflate to
// gigabytes) is refused in well under a second instead of filling memory. Measured with the CLI
// (`template --layout matrix`, the example's indicators repeated) at 2,000 and 5,000 rows, which
// grow linearly: a 20,000-row matrix form has 19 entries, about 32 MB unpacked in all, its
// biggest parts the matrix sheet (13 MB) and workbook.xml with the names (12 MB), each packed
// 5 to 28 times. The size limits are 16 times that or more, the ratio 7 times; exceljs could not
// read a workbook near them in reasonable time or memory anyway.
import type JSZip from "jszip";
import { WorkbookOpenError } from "./open-error";

const MB = 1024 * 1024;

export const ZIP_LIMITS = {
  /** entries in the archive, folders included (a workbook has tens; Excel's biggest a few hundred) */
  entries: 10_000,
  /** one part unpacked; V8 cannot hold a string much past 512 MB, and exceljs reads parts as strings */
  entryBytes: 256 * MB,
  /** all parts unpacked */
  totalBytes: 512 * MB,
  /** unpacked ÷ packed, past `ratioGrace`: real parts stay under 30 (1,048,576 empty formatted
   *  rows: 28); deflate's most is 1,032 */
  ratio: 200,
  ratioGrace: 1 * MB,
} as const;

type NodeZlib = typeof import("node:zlib");

/** packed bytes fed to the inflater at a time, so the ratio is judged on what has gone in */
const SLICE = 64 * 1024;

/** Node's zlib under Node (process.getBuiltinModule, 20.16+), without an import the task pane's
 *  bundle would have to stub; undefined in a browser. */
function nodeZlib(): NodeZlib | undefined {
  const p = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  return p?.getBuiltinModule?.("node:zlib") as NodeZlib | undefined;
}

function tooLarge(why: string): WorkbookOpenError {
  // the detail is for whoever debugs (--verbose); the user sees the plain "too-large" words
  return new WorkbookOpenError("too-large", { cause: new Error(why) });
}

/** What JSZip recorded for a loaded entry (jszip 3.10 lib/compressedObject.js): the sizes from
 *  the central directory and the packed bytes. Absent for entries added in memory. */
interface Stored {
  compressedSize: number;
  uncompressedSize: number;
  content?: Uint8Array;
  method?: "store" | "deflate";
}

export function storedOf(file: JSZip.JSZipObject): Stored | undefined {
  const data = (file as unknown as { _data?: { compressedSize?: unknown; uncompressedSize?: unknown; compressedContent?: unknown; compression?: { magic?: string } } })._data;
  if (typeof data?.compressedSize !== "number" || typeof data.uncompressedSize !== "number") return undefined;
  const content = data.compressedContent instanceof Uint8Array ? data.compressedContent : undefined;
  const magic = data.compression?.magic;
  const method = magic === "\x00\x00" ? "store" : magic === "\x08\x00" ? "deflate" : undefined;
  return { compressedSize: data.compressedSize, uncompressedSize: data.uncompressedSize, content, method };
}

/** Whether `unpacked` bytes from `packed` is within the per-entry limits; the reason when not. */
function entryProblem(name: string, unpacked: number, packed: number): string | undefined {
  if (unpacked > ZIP_LIMITS.entryBytes) return `${name} unpacks to more than ${ZIP_LIMITS.entryBytes / MB} MB`;
  if (unpacked > ZIP_LIMITS.ratioGrace && unpacked > packed * ZIP_LIMITS.ratio) return `${name} unpacks more than ${ZIP_LIMITS.ratio} times its packed size`;
  return undefined;
}

/** Refuse an archive whose central directory declares too many entries, too large a part, too
 *  much in all, or a part packed too tightly, before anything is inflated. Sizes can be
 *  misrecorded: `InflateGuard` checks what really comes out. */
export function assertSafeZip(zip: JSZip): void {
  const files = Object.values(zip.files);
  if (files.length > ZIP_LIMITS.entries) throw tooLarge(`${files.length} entries, more than ${ZIP_LIMITS.entries}`);
  let total = 0;
  for (const file of files) {
    const stored = file.dir ? undefined : storedOf(file);
    if (!stored) continue;
    const problem = entryProblem(file.name, stored.uncompressedSize, stored.compressedSize);
    if (problem) throw tooLarge(`declared: ${problem}`);
    total += stored.uncompressedSize;
    if (total > ZIP_LIMITS.totalBytes) throw tooLarge(`declared: more than ${ZIP_LIMITS.totalBytes / MB} MB unpacked in all`);
  }
}

/** The number of entries the end of central directory record gives (APPNOTE 4.3.16; Zip64
 *  4.3.14), read from the last bytes before JSZip walks the directory, so a million tiny
 *  entries cost nothing. Undefined when there is no such record (JSZip then says so). */
export function declaredEntryCount(bytes: Uint8Array): number | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the record is 22 bytes plus a comment of up to 65,535
  for (let at = bytes.length - 22; at >= 0 && at >= bytes.length - 22 - 0xffff; at--) {
    if (view.getUint32(at, true) !== 0x06054b50) continue;
    const count = view.getUint16(at + 10, true);
    if (count !== 0xffff || at < 20 || view.getUint32(at - 20, true) !== 0x07064b50) return count;
    // Zip64: the locator before the record points at the Zip64 record
    const zip64 = Number(view.getBigUint64(at - 20 + 8, true));
    return zip64 + 56 <= bytes.length && view.getUint32(zip64, true) === 0x06064b50 ? Number(view.getBigUint64(zip64 + 32, true)) : count;
  }
  return undefined;
}

export function assertFewEntries(bytes: Uint8Array): void {
  const count = declaredEntryCount(bytes);
  if (count !== undefined && count > ZIP_LIMITS.entries) throw tooLarge(`${count} entries, more than ${ZIP_LIMITS.entries}`);
}

/** Inflates entries for real, counting: stops an entry past its limit, or as soon as it has
 *  come out more than `ratio` times what went in (so a bomb whose sizes lie is stopped after a
 *  few MB), and the archive past the total. */
export class InflateGuard {
  private total = 0;

  /** The entry's real unpacked size, checked; with its bytes when `keep`. Throws
   *  WorkbookOpenError: too-large past a limit, damaged when the data does not inflate. */
  async inflate(name: string, file: JSZip.JSZipObject, keep: boolean): Promise<{ size: number; bytes?: Uint8Array }> {
    const stored = storedOf(file);
    let size: number;
    let chunks: Uint8Array[] | undefined;
    if (stored?.content && stored.method === "store") {
      size = stored.content.length;
      chunks = keep ? [stored.content] : undefined;
      this.add(name, size, size);
      this.total += size;
    } else if (stored?.content && stored.method === "deflate" && nodeZlib()) {
      ({ size, chunks } = await this.inflateNode(nodeZlib()!, name, stored.content, keep));
    } else if (stored?.content && stored.method === "deflate" && typeof DecompressionStream === "function") {
      ({ size, chunks } = await this.inflateRaw(name, stored.content, keep));
    } else {
      ({ size, chunks } = await this.viaJSZip(name, file, stored?.compressedSize ?? Infinity, keep));
    }
    return { size, ...(chunks ? { bytes: concat(chunks, size) } : {}) };
  }

  private add(name: string, size: number, packed: number): void {
    const problem = entryProblem(name, size, packed);
    if (problem) throw tooLarge(problem);
    if (this.total + size > ZIP_LIMITS.totalBytes) throw tooLarge(`more than ${ZIP_LIMITS.totalBytes / MB} MB unpacked in all`);
  }

  /** Node's zlib in 1 MB pieces: ten times as fast as DecompressionStream's 16 kB ones, so even
   *  a bomb packed only 150 times (2 MB to 256 MB) is stopped in a tenth of a second. Fed in
   *  slices, as `inflateRaw`, so a tightly packed one stops after a few MB. */
  private inflateNode(zlib: NodeZlib, name: string, content: Uint8Array, keep: boolean): Promise<{ size: number; chunks?: Uint8Array[] }> {
    return new Promise((resolve, reject) => {
      const inflater = zlib.createInflateRaw({ chunkSize: 1024 * 1024 });
      const chunks: Uint8Array[] = [];
      let size = 0;
      let settled = false;
      const fail = (e: unknown) => {
        if (settled) return;
        settled = true;
        inflater.destroy();
        reject(e instanceof WorkbookOpenError ? e : new WorkbookOpenError("damaged", { cause: e }));
      };
      inflater.on("data", (chunk: Uint8Array) => {
        if (settled) return;
        size += chunk.length;
        if (keep) chunks.push(chunk);
        try {
          this.add(name, size, fed);
        } catch (e) {
          fail(e);
        }
      });
      inflater.on("error", fail);
      inflater.on("end", () => {
        if (settled) return;
        settled = true;
        this.total += size;
        resolve({ size, ...(keep ? { chunks } : {}) });
      });
      let fed = 0;
      const feed = () => {
        while (fed < content.length && !settled) {
          const slice = content.subarray(fed, fed + SLICE);
          fed += slice.length;
          if (!inflater.write(slice)) return void inflater.once("drain", feed);
        }
        if (!settled) inflater.end();
      };
      feed();
    });
  }

  /** The browser's inflation, fed in slices so the ratio is judged on what has gone in so far. */
  private async inflateRaw(name: string, content: Uint8Array, keep: boolean): Promise<{ size: number; chunks?: Uint8Array[] }> {
    const stream = new DecompressionStream("deflate-raw");
    const writer = stream.writable.getWriter();
    let fed = 0;
    const feeding = (async () => {
      for (let at = 0; at < content.length; at += SLICE) {
        await writer.ready;
        const slice = content.subarray(at, at + SLICE);
        fed += slice.length;
        await writer.write(slice as Uint8Array<ArrayBuffer>); // a view of the file's bytes, never shared memory
      }
      await writer.close();
    })();
    feeding.catch(() => undefined); // its failure shows on the reading side
    const reader = stream.readable.getReader();
    const chunks: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.length;
        if (keep) chunks.push(value);
        this.add(name, size, fed);
      }
    } catch (e) {
      await reader.cancel().catch(() => undefined);
      await writer.abort().catch(() => undefined);
      throw e instanceof WorkbookOpenError ? e : new WorkbookOpenError("damaged", { cause: e });
    }
    this.total += size;
    return { size, ...(keep ? { chunks } : {}) };
  }

  /** Where DecompressionStream is missing (old browsers): JSZip's own inflation, counted as it
   *  streams in 16 kB pieces. JSZip reports a misrecorded size only after the last byte, which
   *  is whole. */
  private viaJSZip(name: string, file: JSZip.JSZipObject, packed: number, keep: boolean): Promise<{ size: number; chunks?: Uint8Array[] }> {
    return new Promise((resolve, reject) => {
      const chunks: Uint8Array[] = [];
      let size = 0;
      let settled = false;
      const stream = (file as unknown as { internalStream(type: "uint8array"): JSZipStream }).internalStream("uint8array");
      const stop = (e: unknown) => {
        if (settled) return;
        settled = true;
        stream.pause();
        reject(e instanceof WorkbookOpenError ? e : new WorkbookOpenError("damaged", { cause: e }));
      };
      stream
        .on("data", (chunk: Uint8Array, meta?: { percent?: number }) => {
          if (settled) return;
          size += chunk.length;
          if (keep) chunks.push(chunk);
          try {
            // how far through the packed bytes JSZip has read: the ratio of what has gone in
            this.add(name, size, (packed * (meta?.percent ?? 100)) / 100);
          } catch (e) {
            stop(e);
          }
        })
        .on("error", (e: unknown) => {
          if (settled) return;
          if (!/size mismatch/.test(String(e))) return stop(e);
          settled = true;
          this.total += size;
          resolve({ size, ...(keep ? { chunks } : {}) });
        })
        .on("end", () => {
          if (settled) return;
          settled = true;
          this.total += size;
          resolve({ size, ...(keep ? { chunks } : {}) });
        })
        .resume();
    });
  }
}

/** JSZip's StreamHelper (lib/stream/StreamHelper.js), which its typings leave out. */
interface JSZipStream {
  on(event: "data", f: (chunk: Uint8Array, meta?: { percent?: number }) => void): JSZipStream;
  on(event: "error", f: (e: unknown) => void): JSZipStream;
  on(event: "end", f: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/** Chunks of an inflated stream as one array of `size` bytes. */
export function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
