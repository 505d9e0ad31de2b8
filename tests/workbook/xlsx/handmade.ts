// .xlsx packages built by hand with exactly the XML a test needs, as other programs write
// them: one or more sheets, optional shared strings, styles and extra parts.
import JSZip from "jszip";

export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships";
const DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export interface HandmadeSheet {
  name: string;
  /** everything inside <worksheet>, e.g. `<sheetData>…</sheetData><dataValidations>…` */
  body: string;
  /** the whole part instead of `body` wrapped in a default <worksheet> */
  xml?: string;
  state?: "hidden" | "veryHidden";
  /** the sheet's .rels part, whole */
  rels?: string;
}

export interface Handmade {
  sheets: HandmadeSheet[];
  /** <sst> content, whole part */
  sharedStrings?: string;
  /** whole xl/workbook.xml, replacing the generated one */
  workbookXml?: string;
  /** extra parts: path -> text (or bytes) */
  parts?: Record<string, string | Uint8Array>;
}

const XML_DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export function sheetXml(body: string): string {
  return `${XML_DECL}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">${body}</worksheet>`;
}

/** The package's parts, path -> content, before zipping (so a test can change one). */
export function handmadeParts(h: Handmade): Record<string, string | Uint8Array> {
  const parts: Record<string, string | Uint8Array> = {};
  const overrides = h.sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join("");
  const sst = h.sharedStrings ? `<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>` : "";
  parts["[Content_Types].xml"] =
    `${XML_DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
    `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${overrides}${sst}</Types>`;
  parts["_rels/.rels"] = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${DOC}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  const sheets = h.sheets.map((s, i) => `<sheet name="${s.name}" sheetId="${i + 1}"${s.state ? ` state="${s.state}"` : ""} r:id="rId${i + 1}"/>`).join("");
  parts["xl/workbook.xml"] = h.workbookXml ?? `${XML_DECL}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><sheets>${sheets}</sheets></workbook>`;
  const rels = h.sheets.map((_, i) => `<Relationship Id="rId${i + 1}" Type="${DOC}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join("");
  const sstRel = h.sharedStrings ? `<Relationship Id="rId${h.sheets.length + 1}" Type="${DOC}/sharedStrings" Target="sharedStrings.xml"/>` : "";
  parts["xl/_rels/workbook.xml.rels"] = `${XML_DECL}<Relationships xmlns="${PKG_REL_NS}">${rels}${sstRel}</Relationships>`;
  h.sheets.forEach((s, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] = s.xml ?? sheetXml(s.body);
    if (s.rels) parts[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = s.rels;
  });
  if (h.sharedStrings) parts["xl/sharedStrings.xml"] = h.sharedStrings;
  Object.assign(parts, h.parts);
  return parts;
}

export async function zipParts(parts: Record<string, string | Uint8Array>): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of Object.entries(parts)) zip.file(path, content);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

export async function handmade(h: Handmade): Promise<Uint8Array> {
  return zipParts(handmadeParts(h));
}

/** A row of cells; each cell is `[ref, attrs, inner]`. */
export function row(r: number, cells: string): string {
  return `<row r="${r}">${cells}</row>`;
}

/** The parts of an .xlsx as a map, to change one and zip them again. */
export async function unzipParts(bytes: Uint8Array): Promise<Record<string, string | Uint8Array>> {
  const zip = await JSZip.loadAsync(bytes);
  const out: Record<string, string | Uint8Array> = {};
  for (const f of Object.values(zip.files)) if (!f.dir) out[f.name] = /\.(xml|rels)$/.test(f.name) ? await f.async("string") : await f.async("uint8array");
  return out;
}

/** A minimal OLE compound file (MS-CFB, version 3) whose directory lists `streams` (all empty):
 *  what an encrypted .xlsx (EncryptedPackage, EncryptionInfo) or an .xls (Workbook) looks like
 *  from outside. One FAT sector, one directory sector. */
export function compoundFile(streams: string[]): Uint8Array {
  if (streams.length > 3) throw new Error("at most 3 streams fit one directory sector");
  const out = new Uint8Array(512 * 3);
  const v = new DataView(out.buffer);
  [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1].forEach((b, i) => (out[i] = b));
  v.setUint16(0x18, 0x3e, true); // minor version
  v.setUint16(0x1a, 3, true); // major version
  v.setUint16(0x1c, 0xfffe, true); // byte order
  v.setUint16(0x1e, 9, true); // 512-byte sectors
  v.setUint16(0x20, 6, true); // 64-byte mini sectors
  v.setUint32(0x2c, 1, true); // one FAT sector
  v.setUint32(0x30, 1, true); // directory starts at sector 1
  v.setUint32(0x38, 4096, true);
  v.setUint32(0x3c, 0xfffffffe, true);
  v.setUint32(0x44, 0xfffffffe, true);
  for (let i = 0; i < 109; i++) v.setUint32(0x4c + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  const fat = 512;
  for (let i = 0; i < 128; i++) v.setUint32(fat + 4 * i, i === 0 ? 0xfffffffd : i === 1 ? 0xfffffffe : 0xffffffff, true);
  const dir = 1024;
  ["Root Entry", ...streams].forEach((name, i) => {
    const at = dir + 128 * i;
    for (let k = 0; k < name.length; k++) v.setUint16(at + 2 * k, name.charCodeAt(k), true);
    v.setUint16(at + 64, 2 * (name.length + 1), true);
    out[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
    v.setUint32(at + 68, 0xffffffff, true); // left sibling
    v.setUint32(at + 72, i + 1 < streams.length + 1 ? i + 1 : 0xffffffff, true); // right sibling
    v.setUint32(at + 76, 0xffffffff, true); // child
    v.setUint32(at + 116, 0xfffffffe, true); // start sector
  });
  return out;
}

/** Overwrite the uncompressed size the central directory records for `name`, as some zip
 *  writers get it wrong while the data itself is whole. */
export function misrecordSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const v = new DataView(out.buffer);
  const want = new TextEncoder().encode(name);
  for (let i = 0; i + 46 < out.length; i++) {
    if (v.getUint32(i, true) !== 0x02014b50) continue;
    const length = v.getUint16(i + 28, true);
    const found = out.subarray(i + 46, i + 46 + length);
    if (found.length === want.length && found.every((b, k) => b === want[k])) {
      v.setUint32(i + 24, size, true);
      return out;
    }
  }
  throw new Error(`no central directory entry for ${name}`);
}
