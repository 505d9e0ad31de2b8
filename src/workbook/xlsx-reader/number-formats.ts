// Number formats by cell style index, from the styles part, as exceljs 4.4 gives them (its
// xlsx/xform/style/styles-xform.js getStyleModel): style 0 and styles without a numFmtId have
// none; a custom format wins over a built-in one of the same id; backslash escapes are dropped
// from custom format codes; built-in ids exceljs has no single code for (the East Asian 27–36,
// 50–81) have none.
import { attr, scanXml } from "./xml-scan";

/** Built-in format codes by id (ECMA-376 Part 1, 18.8.30), the ones exceljs knows. */
const BUILT_IN: Record<number, string> = {
  0: "General",
  1: "0",
  2: "0.00",
  3: "#,##0",
  4: "#,##0.00",
  9: "0%",
  10: "0.00%",
  11: "0.00E+00",
  12: "# ?/?",
  13: "# ??/??",
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  37: "#,##0 ;(#,##0)",
  38: "#,##0 ;[Red](#,##0)",
  39: "#,##0.00 ;(#,##0.00)",
  40: "#,##0.00 ;[Red](#,##0.00)",
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
  48: "##0.0E+0",
  49: "@",
};

export class NumberFormats {
  private constructor(
    /** cellXfs, in order: each one's numFmtId as parsed (NaN when absent) */
    private readonly styles: number[],
    private readonly custom: Map<number, string>,
  ) {}

  static none(): NumberFormats {
    return new NumberFormats([], new Map());
  }

  static parse(xml: string): NumberFormats {
    const styles: number[] = [];
    const custom = new Map<number, string>();
    let inCellXfs = 0;
    let inNumFmts = 0;
    scanXml(xml, {
      open(name, attrs) {
        if (name === "cellXfs") inCellXfs++;
        else if (name === "numFmts") inNumFmts++;
        else if (name === "xf" && inCellXfs > 0) styles.push(parseInt(attr(attrs, "numFmtId") ?? "", 10));
        else if (name === "numFmt" && inNumFmts > 0) {
          const code = attr(attrs, "formatCode");
          // a later definition of the same id replaces an earlier one
          if (code !== undefined) custom.set(parseInt(attr(attrs, "numFmtId") ?? "", 10), code.replace(/[\\](.)/g, "$1"));
        }
      },
      close(name) {
        if (name === "cellXfs") inCellXfs--;
        else if (name === "numFmts") inNumFmts--;
      },
      text() {},
    });
    return new NumberFormats(styles, custom);
  }

  /** The format of style `s` (the `s` attribute as parsed), undefined for none. */
  of(s: number): string | undefined {
    if (!s) return undefined; // 0 or NaN: exceljs looks no style up
    if (!(s in this.styles)) return undefined;
    const id = this.styles[s]!;
    if (!id) return undefined;
    return this.custom.get(id) || BUILT_IN[id] || undefined;
  }
}

/** exceljs's utils.isDateFmt: a format with date or time letters outside quotes and brackets. */
export function isDateFormat(format: string | undefined): boolean {
  if (!format) return false;
  return /[ymdhMsb]+/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}
