// The shared strings table as text, read as exceljs reads it once package.ts has put runs right:
// rich text runs joined (a bare <t> beside runs is a run of its own), phonetic readings (<rPh>)
// left out, Excel's `_xHHHH_` escapes decoded, a string of plain <t>s is its last one.
import { scanXml } from "./xml-scan";

/** exceljs's text-xform decoding: only upper-case hex digits, as it matches them. */
export const decodeEscapes = (s: string) => (s.includes("_x") ? s.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s);

export function parseSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let inSi = false;
  let phonetic = 0;
  let inRun = false;
  let inT = false;
  let t: string[] = [];
  /** decoded text of each run, bare <t>s counted as runs */
  let runs: string[] = [];
  let hasRuns = false;
  let runText: string | undefined;
  let last: string | undefined; // the last bare <t>
  scanXml(xml, {
    open(name) {
      if (name === "si") {
        inSi = true;
        runs = [];
        hasRuns = false;
        last = undefined;
      } else if (!inSi) return;
      else if (name === "rPh") phonetic++;
      else if (phonetic > 0) return;
      else if (name === "r") {
        inRun = true;
        hasRuns = true;
        runText = undefined;
      } else if (name === "t") {
        inT = true;
        t = [];
      }
    },
    close(name) {
      if (!inSi) return;
      if (name === "rPh") phonetic--;
      else if (phonetic > 0) return;
      else if (name === "t" && inT) {
        inT = false;
        const text = decodeEscapes(t.join(""));
        if (inRun) runText = text; // a run's last <t>
        else {
          last = text;
          runs.push(text);
        }
      } else if (name === "r" && inRun) {
        inRun = false;
        runs.push(runText ?? "");
      } else if (name === "si") {
        inSi = false;
        // exceljs keeps an <si> with no text at all as an empty object; as text that is ""
        out.push(hasRuns ? runs.join("") : (last ?? ""));
      }
    },
    text(s) {
      if (inT && phonetic === 0) t.push(s);
    },
  });
  return out;
}
