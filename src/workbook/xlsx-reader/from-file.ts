// Node only: a returned workbook read from disk, inflated with Node's zlib (several times faster
// than the stream API the browser has).
import * as zlib from "node:zlib";
import type { Workbook } from "../../core/workbook/workbook";
import { readFileBytes } from "../../node/atomic-file";
import { WorkbookOpenError } from "../xlsx/open-error";
import { openReturnedWorkbook } from "./open";
import type { Inflate } from "./zip";
import type { Crc32 } from "./crc32";

export const zlibInflate: Inflate = (data, maxBytes) => zlib.inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });

/** zlib's CRC-32 where this Node has it (20.15+), else the reader's own. */
const zlibCrc32: Crc32 | undefined = typeof (zlib as { crc32?: unknown }).crc32 === "function" ? (data) => (zlib as unknown as { crc32: Crc32 }).crc32(data) : undefined;

export async function openReturnedFile(path: string): Promise<Workbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(path);
  } catch (e) {
    throw new WorkbookOpenError("file", { cause: e });
  }
  return openReturnedWorkbook(bytes, { inflate: zlibInflate, ...(zlibCrc32 ? { crc32: zlibCrc32 } : {}) });
}
