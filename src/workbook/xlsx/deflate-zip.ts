// exceljs zips through JSZip, which deflates in JavaScript (pako): a fifth of writing a unit
// form. Where a native compressor is at hand (Node's zlib, given by src/node/native-deflate.ts
// through index.ts), exceljs writes the package stored and each entry is deflated here instead.
// This module imports nothing from Node: the task pane bundles it and keeps JSZip's deflate.

/** Raw DEFLATE (RFC 1951, no zlib header): what a zip entry of method 8 holds. */
export type DeflateRaw = (data: Uint8Array) => Uint8Array;

let nativeDeflate: DeflateRaw | undefined;

/** Deflate written packages with `deflate` from now on (undefined: JSZip's own again). */
export function useDeflateRaw(deflate: DeflateRaw | undefined): void {
  nativeDeflate = deflate;
}

export function deflateRawInUse(): DeflateRaw | undefined {
  return nativeDeflate;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;

/** The same zip with every stored entry deflated (kept stored when that is no smaller), or
 *  undefined for anything but the plain single-disk zip without data descriptors or zip64 that
 *  JSZip writes. CRC-32 and uncompressed sizes are the stored zip's: the data is unchanged. */
export function deflateStoredZip(zip: Uint8Array, deflate: DeflateRaw): Uint8Array | undefined {
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
    const data = zip.subarray(dataStart, dataStart + size);
    const packed = size > 0 ? deflate(data) : data;
    const deflated = packed.byteLength < size;

    const localHeader = copy(zip, local, dataStart);
    const centralHeader = copy(zip, central, central + headerLength);
    for (const [header, at] of [
      [localHeader, 0],
      [centralHeader, 2],
    ] as const) {
      const h = new DataView(header.buffer);
      if (deflated) {
        h.setUint16(at + 4, 20, true); // version needed: 2.0 for deflate
        h.setUint16(at + 8, DEFLATED, true);
        h.setUint32(at + 18, packed.byteLength, true);
      }
    }
    new DataView(centralHeader.buffer).setUint32(42, offset, true);
    chunks.push(localHeader, deflated ? packed : data);
    headers.push(centralHeader);
    offset += localHeader.byteLength + (deflated ? packed.byteLength : size);
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

/** Bytes `from` to `to` in a buffer of their own (a Node Buffer's `slice` is a view). */
function copy(bytes: Uint8Array, from: number, to: number): Uint8Array {
  const out = new Uint8Array(to - from);
  out.set(bytes.subarray(from, to));
  return out;
}
