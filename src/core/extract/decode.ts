// The bytes of a plan (or a units/quota CSV) to text, for the CLI and the task pane alike.
// A byte-order mark decides; else valid UTF-8; else chardet (ICU's detector, pure JS) scores
// GB18030 against Big5 from their most frequent characters, and the WHATWG TextDecoder
// (Node with full ICU, every browser) decodes. A candidate counts only if the bytes are valid
// in it, so a file that would come out as mojibake is refused with a message instead.
import { analyse, type Match } from "chardet";
import { both, type Bilingual } from "../i18n/messages";

export type PlanEncoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export type DecodeRefusal = "binary" | "damaged" | "other-encoding" | "unknown";

export type DecodedPlan =
  | { ok: true; text: string; encoding: PlanEncoding }
  | { ok: false; reason: DecodeRefusal; message: Bilingual; /** the detector's best guess, if any */ guess?: string };

/** How an encoding is named to people (GBK and GB2312 are subsets of GB18030). */
export const ENCODING_NAMES: Record<PlanEncoding, string> = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", gb18030: "GB18030 (GBK/GB2312)", big5: "Big5" };

const CHINESE: Record<string, PlanEncoding> = { GB18030: "gb18030", Big5: "big5" };
// chardet gives 100 to a Shift_JIS or EUC-KR text and rarely more than 80 to one of those
// when the text is Chinese; only then is a file refused as "not Chinese".
const SURE = 90;

function decode(encoding: PlanEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined; // invalid in this encoding (or a runtime without it)
  }
}

function bomOf(bytes: Uint8Array): PlanEncoding | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return undefined;
}

const guessName = (m: Match | undefined) => (m ? `${m.name}${m.lang ? ` (${m.lang})` : ""}` : undefined);

function refuse(reason: DecodeRefusal, message: Bilingual, guess?: string): DecodedPlan {
  return guess === undefined ? { ok: false, reason, message } : { ok: false, reason, message, guess };
}

/** Text of a file's bytes, and the encoding used; or why it cannot be read without garbling.
 *  `source` (a file name) only goes into the message. */
export function decodePlanBytes(bytes: Uint8Array, source = ""): DecodedPlan {
  const bom = bomOf(bytes);
  if (bom) {
    const text = decode(bom, bytes);
    if (text === undefined) return refuse("damaged", both((m) => m.decode.damaged(source, ENCODING_NAMES[bom])));
    return text.includes("\u0000") ? refuse("binary", both((m) => m.decode.binary(source))) : { ok: true, text, encoding: bom };
  }
  // NUL never occurs in text in any of these encodings (UTF-16 without a BOM is not guessed)
  if (bytes.includes(0)) return refuse("binary", both((m) => m.decode.binary(source)));
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== undefined) return { ok: true, text: utf8, encoding: "utf-8" };

  const matches = analyse(bytes);
  const confidence = (name: string) => matches.find((m) => m.name === name)?.confidence ?? 0;
  // Mostly UTF-8 with some broken sequences: a damaged or mixed file. chardet says so when the
  // file is long; for a short one, count: GBK and Big5 read as UTF-8 give at most 0.6 good
  // characters per broken one (measured on the seeds, line by line), so 4 is far off.
  const lossy = new TextDecoder("utf-8").decode(bytes);
  const broken = lossy.match(/\uFFFD/g)?.length ?? 0;
  if (confidence("UTF-8") > 0 || (lossy.match(/[^\u0000-\u007f\uFFFD]/g)?.length ?? 0) >= 4 * broken) {
    const line = lossy.slice(0, lossy.indexOf("\uFFFD")).split("\n").length;
    return refuse("damaged", both((m) => m.decode.damagedUtf8(source, line)), "UTF-8");
  }
  // the better-scored Chinese encoding the bytes are valid in; GB18030 on a tie (mainland files)
  let best: { encoding: PlanEncoding; text: string; confidence: number } | undefined;
  for (const [name, encoding] of Object.entries(CHINESE)) {
    const score = confidence(name);
    if (score <= 0 || (best && best.confidence >= score)) continue;
    const text = decode(encoding, bytes);
    if (text !== undefined) best = { encoding, text, confidence: score };
  }
  const top = matches[0];
  if (top && !(top.name in CHINESE) && top.confidence >= SURE && top.confidence > (best?.confidence ?? 0)) {
    const guess = guessName(top)!;
    return refuse("other-encoding", both((m) => m.decode.otherEncoding(source, guess)), guess);
  }
  if (best) return { ok: true, text: best.text, encoding: best.encoding };
  const guess = guessName(top);
  return refuse("unknown", both((m) => m.decode.unknown(source, guess ?? "")), guess);
}
