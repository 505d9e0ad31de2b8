// Reading a plan from disk: text files in whatever encoding core's decodePlanBytes recognises
// (UTF-8, UTF-16 with BOM, GB18030/GBK, Big5), .html/.htm pages, .docx documents. Turning a
// page into text and everything after it is core's.
import { readFile } from "node:fs/promises";
import { basename, extname, resolve } from "node:path";
import mammoth from "mammoth";
import type { Bilingual } from "../core/i18n/messages";
import { htmlToText } from "../core/extract/clean-text";
import { decodePlanBytes, type PlanEncoding } from "../core/extract/decode";
import type { CliIO } from "./io";
import { cliText } from "./text";

export type TextEncoding = PlanEncoding;

export type ReadPlanResult =
  | { ok: true; text: string; source: string; path: string; encoding: TextEncoding | "docx" }
  | { ok: false; message: Bilingual };

const t = (zh: string, en: string): Bilingual => ({ "zh-CN": zh, "en-US": en });

/** Text of a file's bytes and the encoding used (see decodePlanBytes). When the bytes cannot be
 *  decoded confidently, `refusal` says why and `text` is only a best effort (UTF-8 with U+FFFD
 *  for broken bytes, else GB18030): callers should report `refusal` instead of using it. */
export function decodeText(bytes: Uint8Array, source = ""): { text: string; encoding: TextEncoding; refusal?: Bilingual } {
  const r = decodePlanBytes(bytes, source);
  if (r.ok) return { text: r.text, encoding: r.encoding };
  const encoding: TextEncoding = r.guess === "UTF-8" ? "utf-8" : "gb18030";
  return { text: new TextDecoder(encoding).decode(bytes), encoding, refusal: r.message };
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
  const decoded = decodePlanBytes(bytes, file);
  if (!decoded.ok) return { ok: false, message: decoded.message };
  const { text, encoding } = decoded;
  return { ok: true, text: ext === ".html" || ext === ".htm" ? htmlToText(text) : text, source, path, encoding };
}
