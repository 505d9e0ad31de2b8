// Just enough PNG for the add-in icons: write 8-bit RGBA, read the IHDR size (the manifest
// check), and decode 8-bit RGBA again (the test that the committed icons match the generator).
// Node's zlib does the deflate; the CRC32 is ours because node:zlib only gained crc32 in Node 22.
import { deflateSync, inflateSync } from "node:zlib";

const SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (IEEE 802.3, as PNG chunks use it). */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = (CRC_TABLE[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8)) >>> 0;
  return (c ^ 0xffffffff) >>> 0;
}

function u32(bytes: Uint8Array, at: number): number {
  return ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/** Encode straight-alpha RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, width);
  view.setUint32(4, height);
  ihdr.set([8, 6, 0, 0, 0], 8); // bit depth 8, colour type 6 (RGBA), deflate, filter set 0, no interlace
  // Filter type 0 on every row: icons are tiny, and it keeps the decoder in the test trivial.
  const raw = new Uint8Array(height * (1 + width * 4));
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (1 + width * 4) + 1);
  const idat = new Uint8Array(deflateSync(raw, { level: 9 }));
  const parts = [SIGNATURE, chunk("IHDR", ihdr), chunk("IDAT", idat), chunk("IEND", new Uint8Array(0))];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

export type PngHeader =
  | { ok: true; width: number; height: number; bitDepth: number; colorType: number }
  | { ok: false; reason: string };

/** Read the size from the IHDR chunk, which PNG requires to come first. Verifies its CRC so a
 *  truncated or renamed file is reported as such instead of yielding a garbage size. */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  if (bytes.length < 8 || SIGNATURE.some((b, i) => bytes[i] !== b)) return { ok: false, reason: "does not start with the PNG signature" };
  if (bytes.length < 33) return { ok: false, reason: "is truncated before the end of the IHDR chunk" };
  const type = String.fromCharCode(...bytes.subarray(12, 16));
  if (type !== "IHDR" || u32(bytes, 8) !== 13) return { ok: false, reason: `first chunk is "${type}", not a 13-byte IHDR` };
  if (crc32(bytes, 12, 29) !== u32(bytes, 29)) return { ok: false, reason: "has an IHDR chunk with a bad CRC (file damaged)" };
  const width = u32(bytes, 16);
  const height = u32(bytes, 20);
  if (width === 0 || height === 0) return { ok: false, reason: "declares a zero width or height" };
  return { ok: true, width, height, bitDepth: bytes[24]!, colorType: bytes[25]! };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/** Decode a non-interlaced 8-bit RGBA PNG (what encodePng writes) back to its pixels. */
export function decodePngRgba(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const header = readPngHeader(bytes);
  if (!header.ok) throw new Error(`not a PNG: ${header.reason}`);
  if (header.bitDepth !== 8 || header.colorType !== 6 || bytes[28] !== 0) throw new Error("only non-interlaced 8-bit RGBA PNGs are supported");
  const { width, height } = header;
  const idat: Uint8Array[] = [];
  for (let at = 8; at + 12 <= bytes.length; ) {
    const length = u32(bytes, at);
    const type = String.fromCharCode(...bytes.subarray(at + 4, at + 8));
    if (type === "IDAT") idat.push(bytes.subarray(at + 8, at + 8 + length));
    if (type === "IEND") break;
    at += 12 + length;
  }
  const raw = new Uint8Array(inflateSync(Buffer.concat(idat)));
  const stride = width * 4;
  if (raw.length !== height * (stride + 1)) throw new Error(`image data has ${raw.length} bytes, expected ${height * (stride + 1)}`);
  const out = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)]!;
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x]!;
      const a = x >= 4 ? out[y * stride + x - 4]! : 0;
      const b = y > 0 ? out[(y - 1) * stride + x]! : 0;
      const c = x >= 4 && y > 0 ? out[(y - 1) * stride + x - 4]! : 0;
      const predictor = filter === 0 ? 0 : filter === 1 ? a : filter === 2 ? b : filter === 3 ? (a + b) >> 1 : filter === 4 ? paeth(a, b, c) : -1;
      if (predictor < 0) throw new Error(`row ${y} has unknown filter type ${filter}`);
      out[y * stride + x] = (v + predictor) & 0xff;
    }
  }
  return { width, height, rgba: out };
}
