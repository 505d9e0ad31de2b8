// A plan file chosen in the pane, as text: .txt in whatever encoding it was saved in (decoded
// as the CLI does), a saved web page, or a .docx. Their readers load only when such a file comes.
import type { Locale } from "../../core/i18n/messages";

export type PlanFile = { ok: true; text: string; note?: string } | { ok: false; message: string };

interface Words {
  encoding: (name: string) => string;
  docxFailed: (file: string) => string;
}

export async function readPlanFile(file: File, words: Words, locale: Locale): Promise<PlanFile> {
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
  // the same decoding as the CLI's, loaded with the first file (its detector is not small)
  const { decodePlanBytes, ENCODING_NAMES } = await import("../../core/extract/decode");
  const decoded = decodePlanBytes(new Uint8Array(await file.arrayBuffer()), name);
  if (!decoded.ok) return { ok: false, message: decoded.message[locale] };
  const note = decoded.encoding === "utf-8" ? undefined : words.encoding(ENCODING_NAMES[decoded.encoding]);
  if (/\.html?$/i.test(name)) {
    const { htmlToText } = await import("../../core/extract/clean-text");
    return { ok: true, text: htmlToText(decoded.text), ...(note ? { note } : {}) };
  }
  return { ok: true, text: decoded.text, ...(note ? { note } : {}) };
}
