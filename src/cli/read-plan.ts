// Reading a plan from disk: .txt in UTF-8, UTF-16 (with BOM) or GB18030 (what Chinese Windows
// saves), .html/.htm pages, .docx documents. Decoding lives here; turning a page into text
// and everything after it is core's.
import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import * as iconv from "iconv-lite";
import mammoth from "mammoth";
import type { Bilingual } from "../core/i18n/messages";
import { htmlToText } from "../core/extract/clean-text";
import type { CliIO } from "./io";
import { cliText } from "./text";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export type ReadPlanResult =
  | { ok: true; text: string; source: string; path: string; encoding: TextEncoding | "docx" }
  | { ok: false; message: Bilingual };

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });

/** BOM first; else valid UTF-8; else GB18030 (a superset of GBK and GB2312). */
export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), "utf-16be"), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: iconv.decode(Buffer.from(bytes), "gb18030"), encoding: "gb18030" };
  }
}

export async function readPlanFile(file: string, io: CliIO): Promise<ReadPlanResult> {
  const path = resolve(io.cwd, file);
  const source = basename(path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return { ok: false, message: cliText.cannotRead(file, (e as NodeJS.ErrnoException).code ?? "") };
  }
  const ext = extname(path).toLowerCase();
  if (ext === ".docx") {
    try {
      const r = await mammoth.extractRawText({ buffer: bytes });
      return { ok: true, text: r.value, source, path, encoding: "docx" };
    } catch (e) {
      const detail = e instanceof Error ? e.message : String(e);
      return { ok: false, message: t(`无法读取 Word 文档 ${file}（${detail}）。请确认它是 .docx 格式（旧的 .doc 请先另存为 .docx）。`, `Cannot read the Word document ${file} (${detail}). Make sure it is a .docx file (save an old .doc as .docx first).`) };
    }
  }
  if (ext === ".doc" || ext === ".pdf" || ext === ".wps") {
    return { ok: false, message: t(`不支持 ${ext} 文件。请另存为 .docx 或 .txt 后再提取。`, `${ext} files are not supported. Save the document as .docx or .txt and extract again.`) };
  }
  const { text, encoding } = decodeText(bytes);
  if (text.includes("\u0000")) {
    return { ok: false, message: t(`${file} 看起来不是文本文件。请提供 .txt、.html 或 .docx 文件。`, `${file} does not look like a text file. Give a .txt, .html or .docx file.`) };
  }
  return { ok: true, text: ext === ".html" || ext === ".htm" ? htmlToText(text) : text, source, path, encoding };
}
