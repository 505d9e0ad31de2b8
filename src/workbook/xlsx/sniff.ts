// What a file really is, from its bytes rather than its name: units rename an .xls, an
// encrypted workbook or a web-system "Excel export" (HTML, CSV) to .xlsx all the time.
import type { OpenProblem } from "../../core/jobs/returned";

export type Sniffed = { kind: "zip" } | { kind: "refused"; problem: OpenProblem };

const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

export function sniff(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return { kind: "refused", problem: "empty" };
  // PK\3\4 (a file), PK\5\6 (an empty archive), PK\7\8 (a spanned one)
  if (bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5 || bytes[2] === 7)) return { kind: "zip" };
  // "P" or "PK": an .xlsx cut short before its first signature, not a text file
  if (bytes.length < 4 && bytes[0] === 0x50 && (bytes.length === 1 || bytes[1] === 0x4b)) return { kind: "refused", problem: "damaged" };
  if (startsWith(bytes, CFB_MAGIC)) return { kind: "refused", problem: compoundFileKind(bytes) };
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return { kind: "refused", problem: "pdf" }; // %PDF
  return { kind: "refused", problem: textKind(bytes) ?? "not-a-workbook" };
}

/** An OLE compound file: an encrypted .xlsx (Excel wraps those in one), an old .xls, or an
 *  old Word or PowerPoint file, told apart by the names of the streams inside. */
function compoundFileKind(bytes: Uint8Array): OpenProblem {
  const names = new Set(cfbNames(bytes) ?? utf16Names(bytes));
  if (names.has("EncryptedPackage") || names.has("EncryptionInfo")) return "password";
  if (names.has("Workbook") || names.has("Book")) return "xls";
  if (names.has("WordDocument")) return "word";
  if (names.has("PowerPoint Document")) return "powerpoint";
  return "not-a-workbook";
}

const END_OF_CHAIN = 0xfffffffa; // sector numbers from here up are markers, not sectors

/** Names in a compound file's directory (MS-CFB 2.2-2.6), or undefined when it is too damaged
 *  to follow. Only the directory is walked: no stream is read. */
export function cfbNames(bytes: Uint8Array): string[] | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : END_OF_CHAIN);
  const shift = view.getUint16(0x1e, true);
  if (shift !== 9 && shift !== 12) return undefined;
  const size = 1 << shift;
  const perSector = size / 4;
  const at = (sector: number) => (sector + 1) * size;
  const fatCount = u32(0x2c);
  const fat: number[] = [];
  for (let i = 0; i < 109 && fat.length < fatCount; i++) fat.push(u32(0x4c + 4 * i));
  let difat = u32(0x44);
  for (let hops = 0; fat.length < fatCount && difat < END_OF_CHAIN && hops < 1 << 16; hops++) {
    for (let i = 0; i < perSector - 1 && fat.length < fatCount; i++) fat.push(u32(at(difat) + 4 * i));
    difat = u32(at(difat) + size - 4);
  }
  const next = (sector: number) => {
    const fatSector = fat[Math.floor(sector / perSector)];
    return fatSector === undefined || fatSector >= END_OF_CHAIN ? END_OF_CHAIN : u32(at(fatSector) + 4 * (sector % perSector));
  };
  const names: string[] = [];
  const seen = new Set<number>();
  for (let sector = u32(0x30); sector < END_OF_CHAIN && !seen.has(sector); sector = next(sector)) {
    seen.add(sector);
    if (at(sector) + size > bytes.length) break;
    for (let entry = at(sector); entry < at(sector) + size; entry += 128) {
      const length = view.getUint16(entry + 64, true); // in bytes, with the closing NUL
      const type = bytes[entry + 66];
      if (type === 0 || length < 4 || length > 64) continue;
      names.push(String.fromCharCode(...Array.from({ length: length / 2 - 1 }, (_, i) => view.getUint16(entry + 2 * i, true))));
    }
  }
  return names.length > 0 ? names : undefined;
}

/** When the directory cannot be followed (a file cut short), look for the names themselves. */
function utf16Names(bytes: Uint8Array): string[] {
  const text = new TextDecoder("utf-16le").decode(bytes.subarray(0, Math.min(bytes.length, 1 << 22)));
  return ["EncryptedPackage", "EncryptionInfo", "Workbook", "Book", "WordDocument", "PowerPoint Document"].filter((n) => text.includes(n));
}

/** A text file: a web page or an Excel 2003 XML sheet (what many web systems export as
 *  "Excel"), or plain text such as CSV. Undefined for binary content. */
function textKind(bytes: Uint8Array): OpenProblem | undefined {
  const head = bytes.subarray(0, 4096);
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder("utf-16le").decode(head);
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder("utf-16be").decode(head);
  else if (head.includes(0)) return undefined;
  else text = new TextDecoder("utf-8").decode(head);
  const start = text.replace(/^\ufeff/, "").trimStart().toLowerCase();
  if (start.startsWith("<?xml") && /urn:schemas-microsoft-com:office:spreadsheet|<\?mso-application\s+progid="excel\.sheet"/.test(start)) return "xml-2003";
  if (/^(<!doctype html|<html|<head|<body|<table|<meta|<\?xml[^>]*>\s*<html|mime-version:)/.test(start)) return "web-page";
  // control characters other than tab, line breaks and form feed mean binary
  return /[\x00-\x08\x0e-\x1a\x1c-\x1f]/.test(text) ? undefined : "text";
}
