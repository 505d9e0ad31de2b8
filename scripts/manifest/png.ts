// PNG through pngjs: read a file's size for the manifest check and its pixels for the test that
// the committed icons are current; write 8-bit RGBA (the tests make PNGs of any size with it).
// pngjs checks the signature and every chunk's CRC and inflates the image data, so a damaged
// or truncated icon is reported, not sized from garbage.
import { PNG } from "pngjs";

/** Encode straight-alpha RGBA pixels (row-major, 4 bytes each) as a PNG. */
export function encodePng(width: number, height: number, rgba: Uint8Array): Uint8Array {
  if (rgba.length !== width * height * 4) throw new Error(`encodePng: expected ${width * height * 4} bytes, got ${rgba.length}`);
  const png = { width, height, data: Buffer.from(rgba.buffer, rgba.byteOffset, rgba.byteLength) } as PNG;
  return new Uint8Array(PNG.sync.write(png, { colorType: 6, inputColorType: 6, bitDepth: 8, deflateLevel: 9 }));
}

export type PngHeader =
  | { ok: true; width: number; height: number; bitDepth: number; colorType: number }
  | { ok: false; reason: string };

interface Decoded {
  width: number;
  height: number;
  depth: number;
  colorType: number;
  data: Buffer;
}

// pngjs' messages, as the manifest check words them. A failed chunk check stops pngjs' parser,
// and its reader then throws "unrecognised content at end of stream" in place of the cause.
function why(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (/signature/i.test(message)) return "does not start with the PNG signature";
  if (/crc|unrecognised content/i.test(message)) return "is damaged (a chunk fails its CRC or is not valid PNG)";
  if (/waitng|waiting|unexpected end/i.test(message)) return "is truncated";
  return `cannot be decoded (${message})`;
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function read(bytes: Uint8Array): Decoded | { error: string } {
  // checked here too because pngjs' masking (above) turns a wrong signature into "damaged"
  if (bytes.length >= 8 && SIGNATURE.some((b, i) => bytes[i] !== b)) return { error: "does not start with the PNG signature" };
  try {
    return PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)) as unknown as Decoded;
  } catch (e) {
    return { error: why(e) };
  }
}

/** The size of a PNG, after pngjs has read the whole file (so its CRCs and data are good). */
export function readPngHeader(bytes: Uint8Array): PngHeader {
  const png = read(bytes);
  if ("error" in png) return { ok: false, reason: png.error };
  if (png.width === 0 || png.height === 0) return { ok: false, reason: "declares a zero width or height" };
  return { ok: true, width: png.width, height: png.height, bitDepth: png.depth, colorType: png.colorType };
}

/** Any PNG's pixels as 8-bit straight-alpha RGBA. */
export function decodePngRgba(bytes: Uint8Array): { width: number; height: number; rgba: Uint8Array } {
  const png = read(bytes);
  if ("error" in png) throw new Error(`not a usable PNG: it ${png.error}`);
  return { width: png.width, height: png.height, rgba: new Uint8Array(png.data) };
}
