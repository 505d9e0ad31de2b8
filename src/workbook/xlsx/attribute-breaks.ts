// Line breaks in data-validation prompts and error messages. exceljs writes these texts as
// attribute values (`<dataValidation prompt="…">`) and its xmlEncode keeps LF, CR and tab raw
// (lib/utils/utils.js). XML attribute-value normalisation (XML 1.0 §3.3.3) reads each of them
// as a space, so Excel, WPS and LibreOffice would show a prompt of several lines (target, range,
// unit: core/template/validation.ts) on one. Written as character references (`&#10;`, as
// LibreOffice writes them) they stay line breaks. The worksheet is fixed after exceljs has
// written it, on its UTF-8 bytes in the stored zip (deflate-zip.ts): every byte below 0x80 is
// that ASCII character in UTF-8, so the markup can be scanned byte by byte.
//
// Only attribute values of <dataValidation> start tags change. exceljs writes the other texts
// we set with line breaks as element content, where a raw LF stays a line break: cell text
// (shared strings), notes (comments1.xml, the VML drawing), headers and footers (<oddHeader>).
// It would write a hyperlink's tooltip or a table column's name as an attribute too, but we
// never set either.
import type * as ExcelJS from "exceljs";
import { validationModel } from "./internals";

const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOT = 0x22;
const APOS = 0x27;
const SLASH = 0x2f;
const LT = 0x3c;
const GT = 0x3e;

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));
const OPEN = ascii("<dataValidations");
const CLOSE = ascii("</dataValidations>");
const TAG = ascii("<dataValidation");
const REFERENCE: Record<number, Uint8Array> = { [TAB]: ascii("&#9;"), [LF]: ascii("&#10;"), [CR]: ascii("&#13;") };

const BREAK = /[\t\n\r]/;

function hasBreak(dv: ExcelJS.DataValidation): boolean {
  return [dv.promptTitle, dv.prompt, dv.errorTitle, dv.error].some((s) => typeof s === "string" && BREAK.test(s));
}

/** The zip entries (`xl/worksheets/sheetN.xml`, as exceljs names them by sheet id) whose
 *  validations hold a line break or tab in a dialog text: the sheets to fix after writing. */
export function sheetsWithValidationBreaks(wb: ExcelJS.Workbook): Set<string> {
  const out = new Set<string>();
  const seen = new Map<ExcelJS.DataValidation, boolean>();
  for (const ws of wb.worksheets) {
    for (const dv of Object.values(validationModel(ws))) {
      if (!dv) continue;
      let breaks = seen.get(dv);
      if (breaks === undefined) seen.set(dv, (breaks = hasBreak(dv)));
      if (breaks) {
        out.add(`xl/worksheets/sheet${ws.id}.xml`);
        break;
      }
    }
  }
  return out;
}

/** A worksheet's XML with every raw tab, LF and CR inside an attribute value of a
 *  <dataValidation> start tag written as a character reference; the same array when there is
 *  none. Text between tags and whitespace between attributes are left as they are. */
export function escapeValidationBreaks(xml: Uint8Array): Uint8Array {
  // exceljs writes <dataValidations> after <sheetData>, near the end: search from there
  const close = lastIndexOf(xml, CLOSE, xml.length - CLOSE.length);
  if (close < 0) return xml;
  const open = lastIndexOf(xml, OPEN, close);
  if (open < 0) return xml;
  const breaks: number[] = [];
  let i = open + OPEN.length;
  while ((i = xml.indexOf(LT, i)) >= 0 && i < close) {
    const after = xml[i + TAG.length];
    if (!startsWith(xml, TAG, i) || !(after === 0x20 || after === TAB || after === LF || after === CR || after === SLASH || after === GT)) {
      i++;
      continue;
    }
    // through the start tag: quotes open and close values, `>` outside one ends it
    let quote = 0;
    for (i += TAG.length; i < close; i++) {
      const b = xml[i]!;
      if (quote) {
        if (b === quote) quote = 0;
        else if (b === LF || b === CR || b === TAB) breaks.push(i);
      } else if (b === QUOT || b === APOS) {
        quote = b;
      } else if (b === GT) {
        break;
      }
    }
  }
  if (breaks.length === 0) return xml;
  let extra = 0;
  for (const at of breaks) extra += REFERENCE[xml[at]!]!.length - 1;
  const out = new Uint8Array(xml.length + extra);
  let from = 0;
  let to = 0;
  for (const at of breaks) {
    out.set(xml.subarray(from, at), to);
    to += at - from;
    const ref = REFERENCE[xml[at]!]!;
    out.set(ref, to);
    to += ref.length;
    from = at + 1;
  }
  out.set(xml.subarray(from), to);
  return out;
}

function startsWith(bytes: Uint8Array, what: Uint8Array, at: number): boolean {
  if (at + what.length > bytes.length) return false;
  for (let k = 0; k < what.length; k++) if (bytes[at + k] !== what[k]) return false;
  return true;
}

/** The last start of `what` in `bytes` at or before `from`, or -1. */
function lastIndexOf(bytes: Uint8Array, what: Uint8Array, from: number): number {
  for (let i = from; i >= 0; i--) {
    i = bytes.lastIndexOf(what[0]!, i);
    if (i < 0) return -1;
    if (startsWith(bytes, what, i)) return i;
  }
  return -1;
}
