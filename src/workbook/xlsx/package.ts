// An .xlsx package made ready for exceljs 4.4, in memory (the user's file is never touched):
// what the bytes really are, what they unpack to kept within zip-limits.ts (checked before
// exceljs inflates anything), parts found through their relationships and given the names exceljs
// looks for, and each XML part put right (xml-fixes.ts). Most files need nothing and are handed
// on as they are. When exceljs still fails, `valuesOnly` keeps just what reading values needs.
import JSZip from "jszip";
import { WorkbookOpenError } from "./open-error";
import { dirOf, relativePart, relsOf, resolvePart } from "./part-names";
import { sniff } from "./sniff";
import { assertFewEntries, assertSafeZip, InflateGuard, storedOf } from "./zip-limits";
import {
  ATTRS,
  attributes,
  decodeXml,
  declareUtf8,
  dropNamespacePrefixes,
  ExpansionBudget,
  fixSharedStrings,
  fixSheet,
  fixWorkbook,
  removeElements,
  trimToRoot,
  valuesOnlySheet,
} from "./xml-fixes";

const WORKBOOK = "xl/workbook.xml";
const SHEET = /^xl\/worksheets\/sheet(\d+)\.xml$/;

/** The XML parts exceljs parses, by the patterns in its lib/xlsx/xlsx.js `load`. */
const PARSED = [
  /^_rels\/\.rels$/,
  /^xl\/workbook\.xml$/,
  /^xl\/_rels\/workbook\.xml\.rels$/,
  /^xl\/sharedStrings\.xml$/,
  /^xl\/styles\.xml$/,
  /^docProps\/(app|core)\.xml$/,
  SHEET,
  /^xl\/worksheets\/_rels\/sheet\d+\.xml\.rels$/,
  /^xl\/drawings\/[a-zA-Z0-9]+\.xml$/,
  /^xl\/drawings\/_rels\/[a-zA-Z0-9]+\.xml\.rels$/,
  /^xl\/drawings\/vmlDrawing\d+\.vml$/,
  /^xl\/comments\d+\.xml$/,
  /^xl\/tables\/table\d+\.xml$/,
];

/** What reading values needs; `valuesOnly` drops the rest. */
const VALUES_ONLY = [/^\[Content_Types\]\.xml$/, /^_rels\/\.rels$/, /^xl\/workbook\.xml$/, /^xl\/_rels\/workbook\.xml\.rels$/, /^xl\/sharedStrings\.xml$/, /^xl\/styles\.xml$/, /^xl\/theme\//, SHEET];

interface Part {
  text: string;
  /** differs from what is in the zip */
  dirty: boolean;
}

interface Rel {
  type: string;
  target: string;
  external: boolean;
}

export class XlsxPackage {
  private readonly parts = new Map<string, Part>();
  private readonly budget = new ExpansionBudget();
  private rezip = false;

  private constructor(
    private readonly zip: JSZip,
    private readonly original: Uint8Array,
  ) {}

  /** Sniff, unzip and fix; throws WorkbookOpenError when the bytes are not an .xlsx workbook. */
  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const sniffed = sniff(bytes);
    if (sniffed.kind === "refused") throw new WorkbookOpenError(sniffed.problem);
    assertFewEntries(bytes);
    let zip: JSZip;
    try {
      zip = await JSZip.loadAsync(bytes);
    } catch (e) {
      throw new WorkbookOpenError(/encrypted/i.test(String(e)) ? "password" : "damaged", { cause: e });
    }
    assertSafeZip(zip);
    const pkg = new XlsxPackage(zip, bytes);
    await pkg.inflateWithinLimits();
    await pkg.prepare();
    return pkg;
  }

  /** The package for exceljs: the original bytes when nothing needed fixing. */
  async bytes(): Promise<Uint8Array> {
    for (const [name, part] of this.parts) {
      if (!part.dirty) continue;
      // stored, not deflated: exceljs unzips it again straight away
      this.zip.file(name, part.text, { compression: "STORE" });
      part.dirty = false;
      this.rezip = true;
    }
    if (!this.rezip) return this.original;
    return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }

  /** Only the workbook, its sheets' cells, merges and protection, shared strings and styles:
   *  for a workbook whose tables, drawings, comments or links exceljs cannot follow. */
  async valuesOnly(): Promise<Uint8Array> {
    for (const name of this.fileNames()) {
      if (!VALUES_ONLY.some((p) => p.test(name))) {
        this.zip.remove(name);
        this.parts.delete(name);
      }
    }
    for (const name of this.fileNames()) {
      if (SHEET.test(name)) await this.edit(name, valuesOnlySheet);
    }
    await this.edit(WORKBOOK, (xml) => removeElements(xml, "extLst"));
    this.rezip = true;
    return this.bytes();
  }

  /** Every entry inflated once, for real and counted, before anything else (exceljs included)
   *  inflates it: recorded sizes can lie, and a bomb must stop at the limits (zip-limits.ts).
   *  Some zip writers record a wrong size though the data is whole, which JSZip refuses
   *  ("uncompressed data size mismatch"): such an entry is put back with its real bytes. */
  private async inflateWithinLimits(): Promise<void> {
    const guard = new InflateGuard();
    for (const name of this.fileNames()) {
      const file = this.zip.file(name)!;
      const { size } = await guard.inflate(name, file, false);
      if (size === storedOf(file)?.uncompressedSize) continue;
      // within the limits, as just measured: now keep the bytes
      const { bytes } = await new InflateGuard().inflate(name, file, true);
      this.zip.file(name, bytes!);
      this.rezip = true;
    }
  }

  private async prepare(): Promise<void> {
    await this.cleanNames();
    const workbook = await this.findWorkbook();
    await this.canonicalNames(workbook);
    for (const name of this.fileNames()) {
      if (PARSED.some((p) => p.test(name))) await this.text(name);
    }
    await this.edit(WORKBOOK, (xml) => fixWorkbook(xml, this.budget));
    for (const name of this.fileNames().sort(bySheetNumber)) {
      if (SHEET.test(name)) await this.edit(name, (xml) => fixSheet(xml, this.budget));
    }
    await this.edit("xl/sharedStrings.xml", fixSharedStrings);
    await this.addStylesIfMissing();
    // keep only what must be handed on changed; the rest is read again from the zip if needed
    for (const [name, part] of this.parts) if (!part.dirty) this.parts.delete(name);
  }

  /** The styles part is optional, but exceljs stops on a styled row without one ("reading
   *  'getStyleModel'"): give it the one style every workbook has. */
  private async addStylesIfMissing(): Promise<void> {
    if (this.find("xl/styles.xml")) return;
    for (const name of this.fileNames()) {
      if (!SHEET.test(name) || !/<row\b[^>]*\ss\s*=/.test((await this.text(name)) ?? "")) continue;
      this.parts.set("xl/styles.xml", { text: MINIMAL_STYLES, dirty: true });
      return;
    }
  }

  /** Entry names, folders left out (removing a folder in JSZip removes all inside it). */
  private fileNames(): string[] {
    return Object.values(this.zip.files)
      .filter((f) => !f.dir)
      .map((f) => f.name);
  }

  /** Zip entry names as exceljs compares them: "/" between folders (some Windows tools write
   *  "\"), no leading "/". */
  private async cleanNames(): Promise<void> {
    for (const name of this.fileNames()) {
      const clean = name.replace(/\\/g, "/").replace(/^\/+/, "");
      if (clean === name) continue;
      const bytes = await this.raw(name);
      this.zip.remove(name);
      this.zip.file(clean, bytes);
      this.rezip = true;
    }
  }

  /** The workbook part, through the package's relationships; or why there is none. */
  private async findWorkbook(): Promise<string> {
    const root = await this.text("_rels/.rels");
    const doc = root === undefined ? undefined : parseRels(root, "").find((r) => !r.external && /\/officeDocument$/.test(r.type));
    const path = (doc && this.find(doc.target)) ?? this.find(WORKBOOK);
    if (path && /\.xml$/i.test(path)) return path;
    if (path || this.find("xl/workbook.bin")) throw new WorkbookOpenError("xlsb");
    if (this.find("word/document.xml")) throw new WorkbookOpenError("word");
    if (this.find("ppt/presentation.xml")) throw new WorkbookOpenError("powerpoint");
    const mimetype = this.find("mimetype");
    if (mimetype) {
      const kind = await this.zip.file(mimetype)!.async("string");
      if (/opendocument\.spreadsheet/.test(kind)) throw new WorkbookOpenError("ods");
      if (/opendocument\.(text|presentation)/.test(kind)) throw new WorkbookOpenError(/text/.test(kind) ? "word" : "powerpoint");
    }
    // an .xlsx with its workbook part missing (parts of a spreadsheet left, content types or
    // not) is damaged; anything else is a plain archive
    const spreadsheetParts = this.find("[Content_Types].xml") || this.fileNames().some((n) => /^xl\//i.test(n));
    throw new WorkbookOpenError(spreadsheetParts ? "damaged" : "zip");
  }

  /** exceljs finds the workbook, its sheets, shared strings and styles by fixed names
   *  (xl/worksheets/sheetN.xml…), not through the relationships: a sheet saved under another
   *  name would silently go missing. Such parts are renamed, and every sheet's relationships
   *  are written relative to it (exceljs cannot follow "/xl/tables/table1.xml"). */
  private async canonicalNames(workbook: string): Promise<void> {
    const rels = parseRels((await this.text(relsOf(workbook))) ?? "", dirOf(workbook));
    const moves = new Map<string, string>();
    if (workbook !== WORKBOOK) moves.set(workbook, WORKBOOK);
    const sheets = rels.filter((r) => !r.external && /\/worksheet$/.test(r.type)).map((r) => this.find(r.target) ?? r.target);
    const numbers = sheets.map((s) => SHEET.exec(s)?.[1]);
    if (numbers.some((n, i) => n === undefined || numbers.indexOf(n) !== i)) {
      sheets.forEach((s, i) => moves.set(s, `xl/worksheets/sheet${i + 1}.xml`));
      // unreferenced parts of those names would otherwise be read as sheets
      for (const name of this.fileNames()) {
        if (SHEET.test(name) && !sheets.includes(name)) for (const stale of [name, relsOf(name)]) this.zip.remove(stale);
      }
    }
    for (const [type, canonical] of [
      ["sharedStrings", "xl/sharedStrings.xml"],
      ["styles", "xl/styles.xml"],
    ] as const) {
      const rel = rels.find((r) => !r.external && r.type.endsWith(`/${type}`));
      const at = rel && this.find(rel.target);
      if (at && at !== canonical) moves.set(at, canonical);
    }
    if (moves.size > 0) {
      const lower = new Map([...moves].map(([from, to]) => [from.toLowerCase(), to]));
      const rename = (part: string) => lower.get(part.toLowerCase()) ?? part;
      const contents = new Map<string, Uint8Array>();
      for (const from of moves.keys()) {
        for (const name of [from, relsOf(from)]) {
          const found = this.find(name);
          if (!found) continue;
          contents.set(name, await this.raw(found));
          this.zip.remove(found);
          this.parts.delete(found);
        }
      }
      for (const [from, to] of moves) {
        const part = contents.get(from);
        if (part) this.zip.file(to, part);
        const partRels = contents.get(relsOf(from));
        this.zip.remove(relsOf(to)); // another part's, left under the new name
        this.parts.delete(relsOf(to));
        if (!partRels) continue;
        // only the workbook's relationships point at parts that moved
        const text = retarget(decodeXml(partRels).text, dirOf(from), dirOf(to), from === workbook ? rename : (p) => p);
        this.zip.file(relsOf(to), text);
        this.parts.set(relsOf(to), { text, dirty: true });
      }
      if (!moves.has(workbook)) await this.edit(relsOf(WORKBOOK), (xml) => retarget(xml, "xl", "xl", rename));
      this.rezip = true;
    }
    // every sheet's relationships, relative to where the sheet now is
    for (const sheet of this.fileNames().filter((n) => SHEET.test(n))) {
      const name = relsOf(sheet);
      await this.edit(name, (xml) => retarget(xml, dirOf(sheet), dirOf(sheet), (p) => this.find(p) ?? p));
    }
  }

  /** An entry's name, matched as the format says: ignoring case. */
  private find(path: string): string | undefined {
    if (this.zip.files[path] && !this.zip.files[path].dir) return path;
    const lower = path.toLowerCase();
    return this.fileNames().find((n) => n.toLowerCase() === lower);
  }

  /** The decoded, tidied text of a part (cached); undefined when there is no such part. */
  private async text(name: string): Promise<string | undefined> {
    const found = this.find(name) ?? (this.parts.has(name) ? name : undefined);
    if (!found) return undefined;
    const cached = this.parts.get(found);
    if (cached) return cached.text;
    const bytes = await this.raw(found);
    const { text, recoded } = decodeXml(bytes);
    let fixed = dropNamespacePrefixes(trimToRoot(text));
    if (recoded) fixed = declareUtf8(fixed);
    const part = { text: fixed, dirty: recoded || fixed !== text };
    this.parts.set(found, part);
    return part.text;
  }

  private async edit(name: string, fix: (xml: string) => string): Promise<void> {
    const text = await this.text(name);
    if (text === undefined) return;
    const part = this.parts.get(this.find(name) ?? name)!;
    const fixed = fix(text);
    if (fixed !== text) {
      part.text = fixed;
      part.dirty = true;
    }
  }

  /** An entry's bytes (its size already checked by `inflateWithinLimits`). */
  private async raw(name: string): Promise<Uint8Array> {
    try {
      return await this.zip.file(name)!.async("uint8array");
    } catch (e) {
      throw new WorkbookOpenError("damaged", { cause: e });
    }
  }
}

const MINIMAL_STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
  `<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
  `<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
  `<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;

const bySheetNumber = (a: string, b: string) => Number(SHEET.exec(a)?.[1] ?? 0) - Number(SHEET.exec(b)?.[1] ?? 0);

// ---------------------------------------------------------------------------------------------
// Relationships and part names (ECMA-376 Part 2, 9.3)

const RELATIONSHIP = new RegExp(`<Relationship\\b(${ATTRS})/?>`, "g");

const unescapeXml = (s: string) => s.replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" })[e]!);
const escapeXml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

function parseRels(xml: string, fromDir: string): Rel[] {
  return [...xml.matchAll(RELATIONSHIP)].map((m) => {
    const a = attributes(m[1]!);
    const external = /^external$/i.test(a.get("TargetMode") ?? "");
    const target = unescapeXml(a.get("Target") ?? "");
    return { type: a.get("Type") ?? "", target: external ? target : resolvePart(fromDir, target), external };
  });
}

/** Each internal target resolved from `fromDir`, renamed by `rename`, and written relative to `toDir`. */
function retarget(xml: string, fromDir: string, toDir: string, rename: (part: string) => string): string {
  return xml.replace(RELATIONSHIP, (tag, attrs: string) => {
    const a = attributes(attrs);
    if (/^external$/i.test(a.get("TargetMode") ?? "") || !a.has("Target")) return tag;
    const target = escapeXml(relativePart(toDir, rename(resolvePart(fromDir, unescapeXml(a.get("Target")!)))));
    return tag.replace(/(\sTarget\s*=\s*)(?:"[^"]*"|'[^']*')/, (_, lead: string) => `${lead}"${target}"`);
  });
}
