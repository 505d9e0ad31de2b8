// exceljs zips through JSZip, which deflates in JavaScript (pako): a fifth of writing a unit
// form. Where a native compressor is at hand (Node's zlib, given by src/node/native-deflate.ts
// through index.ts), exceljs writes the package stored and each entry is deflated here instead.
// The same pass lets a part be changed after exceljs wrote it (attribute-breaks.ts), its CRC-32
// and sizes written anew. This module imports nothing from Node: the task pane bundles it, keeps
// the entries stored here and has JSZip deflate them (xlsx-workbook.ts).
import { crc32 as jsCrc32, type Crc32 } from "../xlsx-reader/crc32";

/** Raw DEFLATE (RFC 1951, no zlib header): what a zip entry of method 8 holds. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

let nativeDeflate: DeflateRaw | undefined;
let entryCrc32: Crc32 = jsCrc32;

/** Deflate written packages with `deflate` from now on (undefined: JSZip's own again), and
 *  checksum changed entries with `crc32` (undefined: the one in JavaScript). */
export function useDeflateRaw(deflate: DeflateRaw | undefined, crc32?: Crc32): void {
  nativeDeflate = deflate;
  entryCrc32 = crc32 ?? jsCrc32;
}

export function deflateRawInUse(): DeflateRaw | undefined {
  return nativeDeflate;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/** A part's bytes as they should be in the file, given its entry name: `data` itself when unchanged. */
export type EntryTransform = (name: string, data: Uint8Array) => Uint8Array;

/** The same zip with every stored entry deflated (kept stored when that is no smaller), or
 *  undefined for anything but the plain single-disk zip without data descriptors or zip64 that
 *  JSZip writes. CRC-32 and uncompressed sizes are the stored zip's: the data is unchanged. */
export function deflateStoredZip(zip: Uint8Array, deflate: DeflateRaw): Uint8Array | undefined {
  return rewriteStoredZip(zip, { deflate });
}

/** The same zip with each entry first changed by `transform` (its CRC-32 and sizes written
 *  anew), then deflated by `deflate` when given and smaller, else kept stored; undefined as for
 *  `deflateStoredZip`. */
export function rewriteStoredZip(zip: Uint8Array, how: { deflate?: DeflateRaw; transform?: EntryTransform }): Uint8Array | undefined {
  const { deflate, transform } = how;
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22; // JSZip writes no archive comment
  if (end < 0 || view.getUint32(end, true) !== END) return undefined;
  const count = view.getUint16(end + 10, true);
  let central = view.getUint32(end + 16, true);
  if (view.getUint16(end + 4, true) !== 0 || view.getUint16(end + 8, true) !== count || central + view.getUint32(end + 12, true) !== end) return undefined;

  const chunks: Uint8Array[] = [];
  const headers: Uint8Array[] = [];
  let offset = 0;
  for (let i = 0; i < count; i++) {
    if (central + 46 > end || view.getUint32(central, true) !== CENTRAL) return undefined;
    const flags = view.getUint16(central + 8, true);
    const method = view.getUint16(central + 10, true);
    const size = view.getUint32(central + 20, true);
    const headerLength = 46 + view.getUint16(central + 28, true) + view.getUint16(central + 30, true) + view.getUint16(central + 32, true);
    const local = view.getUint32(central + 42, true);
    // bit 3: sizes after the data; 0xFFFFFFFF: zip64
    if (flags & 0x8 || method !== STORED || view.getUint32(central + 24, true) !== size || size === 0xffffffff || local + 30 > end) return undefined;
    if (view.getUint32(local, true) !== LOCAL) return undefined;
    const dataStart = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (dataStart + size > end) return undefined;
    const original = zip.subarray(dataStart, dataStart + size);
    const data = transform ? transform(decodeName(zip, central + 46, view.getUint16(central + 28, true), flags), original) : original;
    const changed = data !== original;
    if (data.byteLength >= 0xffffffff) return undefined; // would need zip64
    const packed = deflate && data.byteLength > 0 ? deflate(data) : data;
    const deflated = packed.byteLength < data.byteLength;
    const crc = changed ? entryCrc32(data) : 0;

    const localHeader = copy(zip, local, dataStart);
    const centralHeader = copy(zip, central, central + headerLength);
    for (const [header, at] of [
      [localHeader, 0],
      [centralHeader, 2],
    ] as const) {
      const h = new DataView(header.buffer);
      if (changed) {
        h.setUint32(at + 14, crc, true);
        h.setUint32(at + 18, data.byteLength, true);
        h.setUint32(at + 22, data.byteLength, true);
      }
      if (deflated) {
        h.setUint16(at + 4, 20, true); // version needed: 2.0 for deflate
        h.setUint16(at + 8, DEFLATED, true);
        h.setUint32(at + 18, packed.byteLength, true);
      }
    }
    new DataView(centralHeader.buffer).setUint32(42, offset, true);
    chunks.push(localHeader, deflated ? packed : data);
    headers.push(centralHeader);
    offset += localHeader.byteLength + (deflated ? packed : data).byteLength;
    central += headerLength;
  }
  const trailer = copy(zip, end, zip.byteLength);
  const centralSize = headers.reduce((n, h) => n + h.byteLength, 0);
  new DataView(trailer.buffer).setUint32(12, centralSize, true);
  new DataView(trailer.buffer).setUint32(16, offset, true);
  const out = new Uint8Array(offset + centralSize + trailer.byteLength);
  let at = 0;
  for (const part of [...chunks, ...headers, trailer]) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

/** An entry's name: UTF-8 with flag bit 11, else (JSZip writes ASCII names so) one byte a character. */
function decodeName(zip: Uint8Array, at: number, length: number, flags: number): string {
  const bytes = zip.subarray(at, at + length);
  if (flags & 0x800) return new TextDecoder().decode(bytes);
  let name = "";
  for (const b of bytes) name += String.fromCharCode(b);
  return name;
}

/** Bytes `from` to `to` in a buffer of their own (a Node Buffer's `slice` is a view). */
function copy(bytes: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(bytes.subarray(from, to));
  return out;
}
