// Node's zlib for the DEFLATE of written .xlsx packages: native, several times faster than
// the pako that JSZip runs in JavaScript (see src/workbook/xlsx/deflate-zip.ts).
import * as zlib from "node:zlib";
import type { Crc32 } from "../workbook/xlsx-reader/crc32";
import type { DeflateRaw } from "../workbook/xlsx/deflate-zip";

/** Level 6, as JSZip's pako: the same size of file, made natively. */
export const nodeDeflateRaw: DeflateRaw = (data) => zlib.deflateRawSync(data, { level: 6 });

/** zlib's CRC-32 for entries changed after writing (Node 20.15 and later; else undefined, and
 *  the JavaScript one is used). */
const zlibCrc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
export const nodeCrc32: Crc32 | undefined = typeof zlibCrc32 === "function" ? (data) => zlibCrc32(data) >>> 0 : undefined;
