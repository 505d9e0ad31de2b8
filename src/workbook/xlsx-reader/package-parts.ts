// Finding the parts of an .xlsx package the way the format says (ECMA-376 Part 2): the workbook
// through the package's relationships, everything else through the workbook's, part names
// compared ignoring case, "\" and a leading "/" tolerated. Each part's text in whatever
// encoding it was saved (xml-fixes.ts decodeXml).
import { WorkbookOpenError } from "../xlsx/open-error";
import { dirOf, relsOf, resolvePart } from "../xlsx/part-names";
import { decodeXml } from "../xlsx/xml-fixes";
import { attr, scanXml } from "./xml-scan";
import type { ZipArchive } from "./zip";

export interface Rel {
  id: string;
  type: string;
  /** a part name when internal, the target as written when external */
  target: string;
  external: boolean;
}


export function parseRels(xml: string, fromDir: string): Rel[] {
  const rels: Rel[] = [];
  scanXml(xml, {
    open(name, attrs) {
      if (name !== "Relationship") return;
      const external = /^external$/i.test(attr(attrs, "TargetMode") ?? "");
      const target = attr(attrs, "Target") ?? "";
      rels.push({ id: attr(attrs, "Id") ?? "", type: attr(attrs, "Type") ?? "", target: external ? target : resolvePart(fromDir, target), external });
    },
    close() {},
    text() {},
  });
  return rels;
}

/** The text of a part, or undefined when the package has no such part. */
export async function partText(zip: ZipArchive, path: string): Promise<string | undefined> {
  const found = zip.find(path);
  return found === undefined ? undefined : decodeXml(await zip.read(found)).text;
}

/** The relationships of a part (none when it has no .rels part). */
export async function relsFor(zip: ZipArchive, part: string): Promise<Rel[]> {
  const xml = await partText(zip, relsOf(part));
  return xml === undefined ? [] : parseRels(xml, dirOf(part));
}

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/** The workbook part's name; or why there is none, in the words package.ts uses. */
export async function findWorkbook(zip: ZipArchive): Promise<string> {
  const root = await partText(zip, "_rels/.rels");
  const doc = root === undefined ? undefined : parseRels(root, "").find((r) => !r.external && /\/officeDocument$/.test(r.type));
  const path = (doc && zip.find(doc.target)) ?? zip.find(DEFAULT_WORKBOOK);
  if (path && /\.xml$/i.test(path)) return path;
  if (path || zip.find("xl/workbook.bin")) throw new WorkbookOpenError("xlsb");
  if (zip.find("word/document.xml")) throw new WorkbookOpenError("word");
  if (zip.find("ppt/presentation.xml")) throw new WorkbookOpenError("powerpoint");
  const mimetype = zip.find("mimetype");
  if (mimetype) {
    const kind = new TextDecoder().decode(await zip.read(mimetype));
    if (/opendocument\.spreadsheet/.test(kind)) throw new WorkbookOpenError("ods");
    if (/opendocument\.(text|presentation)/.test(kind)) throw new WorkbookOpenError(/text/.test(kind) ? "word" : "powerpoint");
  }
  // as package.ts: what is left of a spreadsheet is damaged, anything else a plain archive
  const spreadsheetParts = zip.find("[Content_Types].xml") || zip.names().some((n) => /^xl\//i.test(n));
  throw new WorkbookOpenError(spreadsheetParts ? "damaged" : "zip");
}
