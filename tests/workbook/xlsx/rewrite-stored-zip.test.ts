// rewriteStoredZip changes parts after exceljs wrote them (attribute-breaks.ts): a changed
// entry gets its own CRC-32 and sizes, deflated or kept stored, and every reader takes the zip.
import JSZip from "jszip";
import { nodeCrc32, nodeDeflateRaw } from "../../../src/node/native-deflate";
import { rewriteStoredZip, useDeflateRaw } from "../../../src/workbook/xlsx/deflate-zip";

const files = { "a.xml": "<a>" + "x\n".repeat(3000) + "</a>", "中文/b.xml": "<b>中文\nünïcode</b>", "empty.txt": "" };

async function stored(): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, text] of Object.entries(files)) zip.file(name, text);
  return zip.generateAsync({ type: "uint8array", compression: "STORE" });
}

const encode = (s: string) => new TextEncoder().encode(s);
const decode = (b: Uint8Array) => new TextDecoder().decode(b);
/** every LF written as a reference, in the entries asked for */
const transform = (names: string[]) => (name: string, data: Uint8Array) => (names.includes(name) ? encode(decode(data).replace(/\n/g, "&#10;")) : data);

describe.each([
  ["zlib's CRC-32", nodeCrc32],
  ["the JavaScript CRC-32", undefined],
])("rewriteStoredZip with %s", (_label, crc32) => {
  beforeAll(() => useDeflateRaw(nodeDeflateRaw, crc32));
  afterAll(() => useDeflateRaw(nodeDeflateRaw, nodeCrc32));

  it.each([
    ["deflated", nodeDeflateRaw],
    ["kept stored", undefined],
  ])("changes the entries the transform changes, %s, with checksums and sizes that hold", async (_how, deflate) => {
    const names = ["a.xml", "中文/b.xml", "empty.txt"];
    const out = rewriteStoredZip(await stored(), { deflate, transform: transform(names) })!;
    expect(out).toBeDefined();
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    for (const [name, text] of Object.entries(files)) expect(await back.file(name)!.async("string")).toBe(text.replace(/\n/g, "&#10;"));
  });

  it("leaves an entry the transform hands back as it was", async () => {
    const out = rewriteStoredZip(await stored(), { transform: transform(["a.xml"]) })!;
    const back = await JSZip.loadAsync(out, { checkCRC32: true });
    expect(await back.file("中文/b.xml")!.async("string")).toBe(files["中文/b.xml"]);
    expect(await back.file("a.xml")!.async("string")).not.toContain("\n");
  });
});
