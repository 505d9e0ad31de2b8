// The entries of a zip archive, read from its central directory without unzipping anything; an
// entry is inflated only when asked for. Runs in the browser and in Node: inflating is given
// from outside (Node's zlib is several times faster than the browser's stream API).
import { WorkbookOpenError } from "../xlsx/open-error";
import { assertFewEntries, concat, ZIP_LIMITS } from "../xlsx/zip-limits";
import { crc32 as jsCrc32, type Crc32 } from "./crc32";

/** Raw DEFLATE (no zlib header) to bytes; throws (Node: ERR_BUFFER_TOO_LARGE) rather than give
 *  more than `maxBytes`. */
export type Inflate = (data: Uint8Array, maxBytes: number) => Uint8Array | Promise<Uint8Array>;

const tooLarge = (why: string) => new WorkbookOpenError("too-large", { cause: new Error(why) });

/** The browser's (and Node's) built-in DecompressionStream, stopped as soon as it gives more
 *  than allowed; undefined where there is none. */
export const streamInflate: Inflate | undefined =
  typeof DecompressionStream === "function"
    ? async (data, maxBytes) => {
        const reader = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
        const chunks: Uint8Array[] = [];
        let size = 0;
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          size += value.length;
          if (size > maxBytes) {
            await reader.cancel().catch(() => undefined);
            throw tooLarge(`unpacks to more than ${maxBytes} bytes`);
          }
          chunks.push(value);
        }
        return concat(chunks, size);
      }
    : undefined;

/** What one entry may unpack to by zip-limits.ts: its own cap, and past the grace no more than
 *  `ratio` times what it is packed in. */
const entryLimit = (packed: number) => Math.min(ZIP_LIMITS.entryBytes, Math.max(ZIP_LIMITS.ratioGrace, packed * ZIP_LIMITS.ratio));

/** An entry whose bytes do not match the checksum stored for it: damaged on the way, and no
 *  other reader may be asked to read it (exceljs does not check, and would read other figures). */
export class ChecksumMismatch extends Error {
  constructor(readonly part: string) {
    super(`${part} does not match its stored CRC-32`);
    this.name = "ChecksumMismatch";
  }
}

/** True for the open error of an entry that failed its checksum. */
export const isChecksumMismatch = (e: unknown) => e instanceof WorkbookOpenError && e.cause instanceof ChecksumMismatch;

interface Entry {
  method: number;
  crc: number;
  compressedSize: number;
  uncompressedSize: number;
  /** where the local header starts */
  offset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** A part name as the package rules compare them: "/" between folders, no leading "/". */
export const cleanPartName = (name: string) => name.replace(/\\/g, "/").replace(/^\/+/, "");

export class ZipArchive {
  /** by clean name; a later entry of the same name wins, as in JSZip */
  private readonly entries = new Map<string, Entry>();
  /** lower-cased clean name → clean name (the first one, as package.ts's find) */
  private readonly lower = new Map<string, string>();
  /** bytes unpacked so far, against ZIP_LIMITS.totalBytes */
  private unpacked = 0;

  private constructor(
    private readonly bytes: Uint8Array,
    private readonly inflate: Inflate,
    private readonly crc32: Crc32,
  ) {}

  /** The archive's directory. Throws WorkbookOpenError: damaged when it cannot be followed,
   *  password when entries are encrypted, unreadable for what this reader does not do (zip64,
   *  data before the archive) so that the caller can hand the file to the full reader. */
  static open(bytes: Uint8Array, inflate: Inflate, crc32: Crc32 = jsCrc32): ZipArchive {
    const zip = new ZipArchive(bytes, inflate, crc32);
    zip.readDirectory();
    return zip;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** An entry's clean name, matched ignoring case as the format says. */
  find(path: string): string | undefined {
    const clean = cleanPartName(path);
    return this.entries.has(clean) ? clean : this.lower.get(clean.toLowerCase());
  }

  /** The bytes of an entry found by `find`. */
  async read(name: string): Promise<Uint8Array> {
    const e = this.entries.get(name);
    if (!e) throw new WorkbookOpenError("damaged");
    const b = this.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    if (e.offset + 30 > b.length || view.getUint32(e.offset, true) !== LOCAL) throw new WorkbookOpenError("damaged");
    const start = e.offset + 30 + view.getUint16(e.offset + 26, true) + view.getUint16(e.offset + 28, true);
    if (start + e.compressedSize > b.length) throw new WorkbookOpenError("damaged");
    const data = b.subarray(start, start + e.compressedSize);
    if (e.method !== 0 && e.method !== 8) throw new WorkbookOpenError("unreadable");
    let out: Uint8Array;
    try {
      out = e.method === 0 ? data : await this.inflate(data, entryLimit(data.length));
    } catch (cause) {
      if (cause instanceof WorkbookOpenError) throw cause;
      if ((cause as { code?: unknown } | null)?.code === "ERR_BUFFER_TOO_LARGE") throw tooLarge(`${name} unpacks past its limit`);
      throw new WorkbookOpenError("damaged", { cause });
    }
    this.unpacked += out.length;
    if (this.unpacked > ZIP_LIMITS.totalBytes) throw tooLarge(`more than ${ZIP_LIMITS.totalBytes} bytes unpacked in all`);
    if (this.crc32(out) !== e.crc) throw new WorkbookOpenError("damaged", { cause: new ChecksumMismatch(name) });
    return out;
  }

  private readDirectory(): void {
    const b = this.bytes;
    const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
    let eocd = -1;
    // the end record is 22 bytes plus a comment of at most 65,535
    for (let i = b.length - 22; i >= Math.max(0, b.length - 22 - 0xffff); i--) {
      if (view.getUint32(i, true) === EOCD) {
        eocd = i;
        break;
      }
    }
    if (eocd < 0) throw new WorkbookOpenError("damaged");
    assertFewEntries(b);
    const count = view.getUint16(eocd + 10, true);
    const size = view.getUint32(eocd + 12, true);
    const at = view.getUint32(eocd + 16, true);
    if (count === 0xffff || at === 0xffffffff) throw new WorkbookOpenError("unreadable"); // zip64
    if (at + size > eocd) throw new WorkbookOpenError(at + size > b.length ? "damaged" : "unreadable");
    const names = new TextDecoder("utf-8");
    let p = at;
    let declared = 0;
    for (let i = 0; i < count; i++) {
      if (p + 46 > b.length || view.getUint32(p, true) !== CENTRAL) throw new WorkbookOpenError("damaged");
      const flags = view.getUint16(p + 8, true);
      const nameLength = view.getUint16(p + 28, true);
      const next = p + 46 + nameLength + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
      if (next > b.length) throw new WorkbookOpenError("damaged");
      const raw = names.decode(b.subarray(p + 46, p + 46 + nameLength));
      const entry = { method: view.getUint16(p + 10, true), crc: view.getUint32(p + 16, true), compressedSize: view.getUint32(p + 20, true), uncompressedSize: view.getUint32(p + 24, true), offset: view.getUint32(p + 42, true) };
      p = next;
      if (raw.endsWith("/") || raw.endsWith("\\")) continue; // a folder
      if (flags & 1) throw new WorkbookOpenError("password");
      if (entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff) throw new WorkbookOpenError("unreadable");
      // declared sizes refused before anything is inflated (they may lie: read() checks again)
      if (entry.uncompressedSize > entryLimit(entry.compressedSize)) throw tooLarge(`${raw} declares ${entry.uncompressedSize} bytes unpacked`);
      declared += entry.uncompressedSize;
      if (declared > ZIP_LIMITS.totalBytes) throw tooLarge(`more than ${ZIP_LIMITS.totalBytes} bytes declared in all`);
      const name = cleanPartName(raw);
      this.entries.set(name, entry);
      if (!this.lower.has(name.toLowerCase())) this.lower.set(name.toLowerCase(), name);
    }
  }
}
