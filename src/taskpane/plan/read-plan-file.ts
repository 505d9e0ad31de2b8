// A plan file chosen in the pane, as text: .txt in whatever encoding it was saved in, a saved
// web page, or a .docx. The .docx reader and the HTML reader load only when such a file comes.
import type { Locale } from "../../core/i18n/messages";

export type PlanFile = { ok: true; text: string; note?: string } | { ok: false; message: string };

interface Words {
  encoding: (name: string) => string;
  unreadable: (file: string) => string;
  docxFailed: (file: string) => string;
}

const ENCODINGS = ["gb18030", "big5"] as const;

/** UTF-8/UTF-16 by their marks or validity; else the legacy Chinese encoding that decodes
 *  with the fewest replacement characters. Garbage is refused, never proposed. */
export function decodeBytes(bytes: Uint8Array): { text: string; encoding: string } | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "UTF-16" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "UTF-16" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes).replace(/^\ufeff/, ""), encoding: "UTF-8" };
  } catch {
    // not UTF-8: try the legacy encodings below
  }
  let best: { text: string; encoding: string; bad: number } | undefined;
  for (const encoding of ENCODINGS) {
    const text = new TextDecoder(encoding).decode(bytes);
    const bad = (text.match(/\ufffd/g) ?? []).length + rareShare(text);
    if (!best || bad < best.bad) best = { text, encoding: encoding === "big5" ? "Big5" : "GB18030", bad };
  }
  if (!best || best.bad > Math.max(2, best.text.length / 200)) return undefined;
  return { text: best.text, encoding: best.encoding };
}

// Decoded with the wrong table, Chinese text turns into rare characters and private-use ones.
function rareShare(text: string): number {
  let rare = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    if ((c >= 0xe000 && c <= 0xf8ff) || (c >= 0x3400 && c <= 0x4dbf)) rare++;
  }
  return rare;
}

export async function readPlanFile(file: File, words: Words, _locale: Locale): Promise<PlanFile> {
  const name = file.name;
  if (/\.docx$/i.test(name)) {
    try {
      // a UMD bundle: its API is the module itself or its default export, by bundler
      const loaded = (await import("mammoth/mammoth.browser.min.js")) as Partial<typeof import("mammoth/mammoth.browser.min.js")> & { default?: typeof import("mammoth/mammoth.browser.min.js") };
      const mammoth = typeof loaded.extractRawText === "function" ? (loaded as typeof import("mammoth/mammoth.browser.min.js")) : loaded.default!;
      const r = await mammoth.extractRawText({ arrayBuffer: await file.arrayBuffer() });
      return { ok: true, text: r.value };
    } catch {
      return { ok: false, message: words.docxFailed(name) };
    }
  }
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  if (!decoded) return { ok: false, message: words.unreadable(name) };
  const note = decoded.encoding === "UTF-8" ? undefined : words.encoding(decoded.encoding);
  if (/\.html?$/i.test(name)) {
    const { htmlToText } = await import("../../core/extract/clean-text");
    return { ok: true, text: htmlToText(decoded.text), ...(note ? { note } : {}) };
  }
  return { ok: true, text: decoded.text, ...(note ? { note } : {}) };
}
