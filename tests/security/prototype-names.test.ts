// A returned workbook with a defined name on a sheet called __proto__ (or constructor) must not
// write onto Object.prototype while it is read: exceljs keys such names by sheet in plain
// objects, and one hostile file would then break every later set in the process.
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

async function withName(sheetRef: string): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ op: "addSheet", sheet: "Sheet1" }, { op: "setValues", sheet: "Sheet1", at: "A1", values: [[1]] }]);
  const zip = await JSZip.loadAsync(await wb.toBuffer());
  const xml = await zip.file("xl/workbook.xml")!.async("string");
  const names = `<definedNames><definedName name="hostile">${sheetRef}!$A$7</definedName></definedNames>`;
  zip.file("xl/workbook.xml", xml.includes("<definedNames>") ? xml.replace("<definedNames>", names.replace("</definedNames>", "")) : xml.replace("</sheets>", `</sheets>${names}`));
  return zip.generateAsync({ type: "uint8array" });
}

test.each(["&apos;__proto__&apos;", "__proto__", "constructor"])("a defined name on sheet %s leaves Object.prototype alone", async (ref) => {
  const before = Object.getOwnPropertyNames(Object.prototype).sort();
  const wb = await XlsxWorkbook.fromBuffer(await withName(ref), "hostile.xlsx");
  expect((await wb.sheets()).map((s) => s.name)).toEqual(["Sheet1"]);
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
  expect(({} as Record<string, unknown>)["7"]).toBeUndefined();
});
