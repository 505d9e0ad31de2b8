// Node only: a returned workbook read from disk, inflated with Node's zlib (several times faster
// than the stream API the browser has).
import { inflateRawSync } from "node:zlib";
import type { Workbook } from "../../core/workbook/workbook";
import { readFileBytes } from "../../node/atomic-file";
import { WorkbookOpenError } from "../xlsx/open-error";
import { openReturnedWorkbook } from "./open";
import type { Inflate } from "./zip";

export const zlibInflate: Inflate = (data, maxBytes) => inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });

export async function openReturnedFile(path: string): Promise<Workbook> {
  let bytes: Uint8Array;
  try {
    bytes = await readFileBytes(path);
  } catch (e) {
    throw new WorkbookOpenError("file", { cause: e });
  }
  return openReturnedWorkbook(bytes, { inflate: zlibInflate });
}
