// Written packages deflated by Node's zlib instead of JSZip's pako (deflate-zip.ts): the zip
// stays one every reader takes, entry for entry the same bytes, and anything but the plain zip
// JSZip writes is left alone.
import { inflateRawSync } from "node:zlib";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { deflateRawInUse, deflateStoredZip, useDeflateRaw } from "../../../src/workbook/xlsx/deflate-zip";
import { nodeDeflateRaw } from "../../../src/node/native-deflate";

async function stored(files: Record<string, string>, options: JSZip.JSZipGeneratorOptions<"uint8array"> = { type: "uint8array" }): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ ...options, compression: "STORE" });
}

/** Each entry's name, method and inflated text, read straight from the central directory. */
function entries(zip: Uint8Array): { name: string; method: number; text: string }[] {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const end = zip.byteLength - 22;
  let at = view.getUint32(end + 16, true);
  const out = [];
  for (let i = 0; i < view.getUint16(end + 10, true); i++) {
    const method = view.getUint16(at + 10, true);
    const size = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const name = Buffer.from(zip.subarray(at + 46, at + 46 + nameLength)).toString("utf8");
    const local = view.getUint32(at + 42, true);
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    const data = zip.subarray(start, start + size);
    out.push({ name, method, text: Buffer.from(method === 8 ? inflateRawSync(data) : data).toString("utf8") });
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return out;
}

describe("deflateStoredZip", () => {
  const files = { "a.xml": "<a>" + "x".repeat(5000) + "</a>", "dir/b.xml": "<b>中文 ünïcode</b>".repeat(50), "tiny.txt": "ab", "empty.txt": "" };

  it("deflates what gets smaller and keeps the rest stored; JSZip reads every entry back", async () => {
    const zipped = deflateStoredZip(await stored(files), nodeDeflateRaw)!;
    expect(zipped).toBeDefined();
    const methods = Object.fromEntries(entries(zipped).map((e) => [e.name, e.method]));
    expect(methods).toMatchObject({ "a.xml": 8, "dir/b.xml": 8, "tiny.txt": 0, "empty.txt": 0 });
    const back = await JSZip.loadAsync(zipped, { checkCRC32: true });
    for (const [name, text] of Object.entries(files)) expect(await back.file(name)!.async("string")).toBe(text);
    expect(zipped.byteLength).toBeLessThan((await stored(files)).byteLength / 2);
  });

  it("leaves alone a zip with data descriptors, with a comment, or not a zip at all", async () => {
    expect(deflateStoredZip(await stored(files, { type: "uint8array", streamFiles: true }), nodeDeflateRaw)).toBeUndefined();
    expect(deflateStoredZip(await stored(files, { type: "uint8array", comment: "hi" }), nodeDeflateRaw)).toBeUndefined();
    expect(deflateStoredZip(new Uint8Array(100), nodeDeflateRaw)).toBeUndefined();
    const deflated = await new JSZip().file("a.xml", files["a.xml"]).generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(deflateStoredZip(deflated, nodeDeflateRaw)).toBeUndefined();
  });
});

describe("XlsxWorkbook.toBuffer with and without the native deflate", () => {
  afterAll(() => useDeflateRaw(nodeDeflateRaw));

  it("is in use under Node (through the backend's index) and writes the same workbook as JSZip's deflate", async () => {
    expect(deflateRawInUse()).toBe(nodeDeflateRaw);
    const wb = XlsxWorkbook.create();
    await wb.apply([
      { op: "addSheet", sheet: "S" },
      { op: "setValues", sheet: "S", at: "A1", values: Array.from({ length: 200 }, (_, i) => [`row ${i}`, i, "说明"]) },
    ]);
    const native = await wb.toBuffer();
    useDeflateRaw(undefined);
    const js = await wb.toBuffer();
    const parts = (zip: Uint8Array) => entries(zip).map((e) => ({ name: e.name, text: e.name === "docProps/core.xml" ? "" : e.text }));
    expect(parts(native)).toEqual(parts(js));
    expect(entries(native).find((e) => e.name === "xl/worksheets/sheet1.xml")!.method).toBe(8);
    const back = await XlsxWorkbook.fromBuffer(native);
    const [snap] = await back.read([{ sheet: "S", range: "A200:C200" }]);
    expect(snap!.values).toEqual([["row 199", 199, "说明"]]);
  });
});
