// A damaged byte that still unpacks: in a stored (or deflated) sheet a changed digit gives another
// figure with no error from inflating. The CRC-32 the writer stored is what catches it, and the
// opener must then refuse the file rather than hand it to exceljs (which does not check).
import JSZip from "jszip";
import { crc32 as zlibCrc32 } from "node:zlib";
import { readForm } from "../../../src/core/jobs/returned";
import { readEntries } from "../../../src/core/template";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { openReturnedWorkbook, XlsxReader } from "../../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../../src/workbook/xlsx-reader/from-file";
import { crc32 } from "../../../src/workbook/xlsx-reader/crc32";
import { figuresOf, filledFigures, filledForm, LIBRARY_WORDS } from "../xlsx/filled-form";

/** The filled form re-packed with every entry stored, so its sheet XML can be found in the bytes. */
async function storedForm(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await filledForm());
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

/** The bytes with one digit of a filled-in figure changed (a figure written once in the file). */
function withOneDigitChanged(bytes: Uint8Array): Uint8Array {
  const text = Buffer.from(bytes).toString("latin1");
  for (const v of Object.values(filledFigures())) {
    if (typeof v !== "number" || v < 10) continue;
    const written = `<v>${v}</v>`;
    const at = text.indexOf(written);
    if (at < 0 || text.indexOf(written, at + 1) >= 0) continue;
    const out = bytes.slice();
    const digit = at + 3;
    out[digit] = out[digit] === 0x39 ? 0x31 : out[digit]! + 1;
    return out;
  }
  throw new Error("no figure written once in the stored sheets");
}

test("the reader's CRC-32 is zip's (IEEE): known values", () => {
  const enc = new TextEncoder();
  expect(crc32(enc.encode(""))).toBe(0);
  expect(crc32(enc.encode("123456789"))).toBe(0xcbf43926);
  expect(crc32(enc.encode("学校"))).toBe(zlibCrc32(Buffer.from("学校")));
});

describe("a figure changed by damage is never read", () => {
  test("the good stored copy reads back every figure", async () => {
    const wb = await openReturnedWorkbook(await storedForm(), { inflate: zlibInflate });
    expect(figuresOf((await readEntries(wb)).entries)).toEqual(filledFigures());
  });

  test("one changed digit: exceljs would read another figure; the opener refuses the file as damaged", async () => {
    const bytes = withOneDigitChanged(await storedForm());
    // why the check matters: nothing but the checksum tells this file from a good one
    const unchecked = figuresOf((await readEntries(await XlsxWorkbook.fromBuffer(bytes))).entries);
    expect(unchecked).not.toEqual(filledFigures());

    for (const open of [() => XlsxReader.fromBuffer(bytes, { inflate: zlibInflate }), () => openReturnedWorkbook(bytes, { inflate: zlibInflate }), () => openReturnedWorkbook(bytes)]) {
      await expect(open().then((wb) => readEntries(wb))).rejects.toEqual(expect.objectContaining({ problem: "damaged" }));
    }
  });

  test("the job layer says so in plain words naming the file", async () => {
    const bytes = withOneDigitChanged(await storedForm());
    const read = await readForm({ name: "城关中学.xlsx", open: () => openReturnedWorkbook(bytes, { inflate: zlibInflate }) });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.status).toBe("unreadable");
    for (const words of [read.reason["zh-CN"], read.reason["en-US"]]) {
      expect(words).toContain("城关中学.xlsx");
      expect(words).not.toMatch(LIBRARY_WORDS);
    }
    expect(read.reason["zh-CN"]).toContain("已损坏");
  });
});
