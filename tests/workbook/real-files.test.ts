// Real .xlsx files saved by other programs (Excel 2007–365 on Windows, Mac and the web, WPS 表格,
// Tencent Docs, LibreOffice, Gnumeric, Numbers, Google Sheets and libraries), taken from the test
// corpora of public spreadsheet libraries: tests/fixtures/real-xlsx/sources.json says where each
// comes from, at which commit, under which licence. Every file is read through both readers:
// each either reads it or refuses it in the user's words; where both read it they agree; the
// job layer's readForm calls each one "not ours" or unreadable, never throws; the bytes are
// never changed. A few are compared with what LibreOffice reads.
import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { openFailure, readForm } from "../../src/core/jobs/returned";
import { messagesFor } from "../../src/core/i18n/messages";
import type { ReadValue, Workbook } from "../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";
import { WorkbookOpenError } from "../../src/workbook/xlsx/open-error";
import { openReturnedWorkbook, XlsxReader } from "../../src/workbook/xlsx-reader";
import { openReturnedFile, zlibInflate } from "../../src/workbook/xlsx-reader/from-file";
import { sheetsAsCsv, soffice } from "../support/libreoffice";
import { describeWith } from "../support/real-programs";

const ROOT = join(__dirname, "..", "fixtures", "real-xlsx");

interface Source {
  file: string;
  repo: string;
  path: string;
  commit: string;
  license: string;
  bytes: number;
  sha256: string;
  program: string;
}

const SOURCES: Source[] = JSON.parse(readFileSync(join(ROOT, "sources.json"), "utf8"));

/** Files no reader reads, and the problem each is refused with. */
const REFUSED: Record<string, string> = {
  "calamine/pass_protected.xlsx": "password", // Excel, encrypted (a compound file)
  "excelize/encryptAES.xlsx": "password",
  "calamine/date.xlsb.xlsx": "xlsb", // an .xlsb renamed .xlsx
  "miniexcel/TestIssue272.xlsx": "xls", // an .xls named .xlsx
  "exceljs/missing-bits.xlsx": "damaged", // only a sheet and the workbook's relationships left
};

/** Files refused for different reasons by the two readers: the problem the fast reader gives. */
const REFUSED_DIFFERENTLY: Record<string, string> = {
  // xl/_rels/workbook.xml.rels fails its CRC and is garbage: the fast reader says damaged by the
  // checksum, exceljs's XML parser stops on the garbage.
  "calamine/issue252.xlsx": "damaged",
};

/** What can go wrong between here and the user's screen, which must never show. */
const LIBRARY_WORDS = /exceljs|jszip|saxes|TypeError|ReferenceError|Cannot read|Cannot create|undefined|\bat \S+:\d+|Error:/i;

/** A generous bound: the largest corpus file reads in under a second on one core. */
const TIME_LIMIT_MS = 15_000;

type Read = { ok: true; sheets: Awaited<ReturnType<Workbook["sheets"]>>; used: Awaited<ReturnType<Workbook["read"]>>; ms: number } | { ok: false; error: unknown; ms: number };

async function readAll(open: () => Promise<Workbook>): Promise<Read> {
  const start = performance.now();
  try {
    const wb = await open();
    const sheets = await wb.sheets();
    const used = await wb.read(sheets.map((s) => ({ sheet: s.name })));
    return { ok: true, sheets, used, ms: performance.now() - start };
  } catch (error) {
    return { ok: false, error, ms: performance.now() - start };
  }
}

/** A refusal in the user's words: a WorkbookOpenError whose words name the file and carry no
 *  library text. Returns the problem. */
function expectPlainRefusal(name: string, error: unknown): string {
  expect(error).toBeInstanceOf(WorkbookOpenError);
  const problem = (error as WorkbookOpenError).problem;
  const words = openFailure(name, error);
  for (const text of [words["zh-CN"], words["en-US"]]) {
    expect(text).toContain(name);
    expect(text).not.toMatch(LIBRARY_WORDS);
    const cause = (error as { cause?: unknown }).cause;
    if (cause instanceof Error && cause.message.length > 8) expect(text).not.toContain(cause.message);
  }
  return problem;
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

async function filesUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else if (/\.xls[xmb]?$/i.test(e.name)) out.push(relative(ROOT, p));
  }
  return out.sort();
}

describe("the corpus", () => {
  test("every file is listed with its source, commit and licence, and is the file that was taken", async () => {
    expect(SOURCES.length).toBeGreaterThanOrEqual(40);
    expect(await filesUnder(ROOT)).toEqual(SOURCES.map((s) => s.file).sort());
    let total = 0;
    for (const s of SOURCES) {
      expect(s.repo).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(s.commit).toMatch(/^[0-9a-f]{40}$/);
      expect(["MIT", "BSD-3-Clause", "Apache-2.0"]).toContain(s.license);
      const bytes = readFileSync(join(ROOT, s.file));
      expect(bytes.length).toBe(s.bytes);
      expect(bytes.length).toBeLessThanOrEqual(2 * 1024 * 1024);
      expect(sha256(bytes)).toBe(s.sha256);
      total += bytes.length;
    }
    expect(total).toBeLessThanOrEqual(15 * 1024 * 1024);
    for (const dir of new Set(SOURCES.map((s) => s.file.split("/")[0]!))) expect(readFileSync(join(ROOT, dir, "LICENSE"), "utf8").length).toBeGreaterThan(100);
  });

  test("it holds files of many programs, Chinese-locale and odd ones among them", () => {
    const programs = SOURCES.map((s) => s.program).join("\n");
    for (const p of [/Microsoft Excel 12/, /Microsoft Excel 16/, /Macintosh Excel/, /Excel Online/, /WPS 表格/, /WPS Spreadsheets/, /Tencent/, /LibreOffice/, /gnumeric/, /Numbers/, /Google Sheets/]) expect(programs).toMatch(p);
    for (const f of Object.keys({ ...REFUSED, ...REFUSED_DIFFERENTLY })) expect(SOURCES.map((s) => s.file)).toContain(f);
  });
});

describe.each(SOURCES.map((s) => [s.file, s] as const))("%s", (file, source) => {
  const path = join(ROOT, file);
  const name = file.split("/").pop()!;

  test(`both readers read it the same, or refuse it in plain words (${source.program})`, async () => {
    const bytes = new Uint8Array(readFileSync(path));
    const before = sha256(bytes);
    const fast = await readAll(() => openReturnedWorkbook(bytes, { inflate: zlibInflate }));
    const full = await readAll(() => XlsxWorkbook.fromBuffer(bytes));
    expect(sha256(bytes)).toBe(before);
    expect(fast.ms).toBeLessThan(TIME_LIMIT_MS);
    expect(full.ms).toBeLessThan(TIME_LIMIT_MS);

    const refused = REFUSED[file];
    const differently = REFUSED_DIFFERENTLY[file];
    if (differently) {
      expect(expectPlainRefusal(name, !fast.ok && fast.error)).toBe(differently);
      expectPlainRefusal(name, !full.ok && full.error);
      return;
    }
    if (refused) {
      expect(fast.ok || full.ok).toBe(false);
      expect(expectPlainRefusal(name, !fast.ok && fast.error)).toBe(refused);
      expect(expectPlainRefusal(name, !full.ok && full.error)).toBe(refused);
      return;
    }
    if (!fast.ok) throw fast.error;
    if (!full.ok) throw full.error;
    expect(fast.sheets).toEqual(full.sheets);
    expect(fast.used).toEqual(full.used);
    // and the fast reader read it itself, without handing it to exceljs
    const own = await readAll(() => XlsxReader.fromBuffer(bytes, { inflate: zlibInflate }));
    expect(own.ok && own.used).toEqual(fast.used);
  });

  test("readForm: not a form made by 指标表, or unreadable in plain words; never an exception", async () => {
    const read = await readForm({ name, open: () => openReturnedFile(path) });
    expect(read.ok).toBe(false);
    if (read.ok) return;
    if (REFUSED[file] ?? REFUSED_DIFFERENTLY[file]) {
      expect(read.status).toBe("unreadable");
      expect(read.reason["en-US"]).toContain(name);
      expect(read.reason["en-US"]).not.toMatch(LIBRARY_WORDS);
    } else {
      expect(read.status).toBe("not-a-template");
      expect(read.reason["en-US"]).toBe(messagesFor("en-US").files.notOurs(name));
      expect(read.reason["zh-CN"]).toBe(messagesFor("zh-CN").files.notOurs(name));
    }
    expect(sha256(readFileSync(path))).toBe(source.sha256);
  });
});

/** Files of different programs whose plain values LibreOffice reads too. */
const WITH_LIBREOFFICE = [
  "sheetjs/wps-write.xlsx", // WPS Spreadsheets
  "easyexcel/t02.xlsx", // WPS 表格
  "easyexcel/t07.xlsx", // Excel, zh-CN
  "easyexcel/t04.xlsx", // Tencent Docs
  "tealeg-xlsx/macNumbersTest.xlsx", // Numbers
  "exceljs/google-sheets.xlsx", // Google Sheets
  "calamine/issue_174.xlsx", // Gnumeric, A1:XFD1048576 as its dimension
];

describeWith(soffice)("the same values as LibreOffice reads", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "it-real-lo-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test.each(WITH_LIBREOFFICE)("%s", async (file) => {
    const path = join(ROOT, file);
    const wb = await openReturnedFile(path);
    const lo = await sheetsAsCsv(dir, path);
    let compared = 0;
    for (const { name } of await wb.sheets()) {
      const [snap] = await wb.read([{ sheet: name }]);
      const csv = lo.get(name) ?? (lo.size === 1 ? [...lo.values()][0]! : undefined);
      expect(csv).toBeDefined();
      if (!snap?.range) continue;
      const [first] = snap.range.split(":");
      const col0 = letterColumn(first!.replace(/\d+/g, ""));
      const row0 = Number(first!.replace(/\D+/g, ""));
      snap.values.forEach((row, i) =>
        row.forEach((value, j) => {
          // formulas are recalculated by LibreOffice, and dates and other formats written as
          // shown: only plain text and numbers in General are compared
          if (snap.formulas[i]![j] !== null || snap.numberFormats[i]![j] !== "General") return;
          const theirs = csv![row0 - 1 + i]?.[col0 - 1 + j] ?? "";
          if (sameAs(value, theirs)) compared++;
          else expect({ cell: [row0 + i, col0 + j], ours: value }).toEqual({ cell: [row0 + i, col0 + j], ours: theirs });
        }),
      );
    }
    expect(compared).toBeGreaterThan(0);
  }, 150_000);
});

function letterColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function sameAs(ours: ReadValue, theirs: string): boolean {
  if (ours === null) return theirs === "";
  if (typeof ours === "number") return theirs !== "" && Math.abs(Number(theirs) - ours) <= 1e-9 * Math.max(1, Math.abs(ours));
  if (typeof ours === "boolean") return theirs.toUpperCase() === String(ours).toUpperCase();
  if (typeof ours === "string") return theirs === ours;
  return true; // errors: LibreOffice writes its own words
}
