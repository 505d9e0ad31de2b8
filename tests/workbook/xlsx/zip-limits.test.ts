// Zip bombs (issue 15): a returned file that unpacks to gigabytes is refused in well under a
// second, in plain words naming the file, whether its recorded sizes are true or lie, on each way
// of inflating (Node's zlib in the CLI, DecompressionStream or JSZip in the task pane's browser);
// and real forms, large ones included, still open.
import { deflateRawSync, constants } from "node:zlib";
import { randomBytes } from "node:crypto";
import JSZip from "jszip";
import { readForm, type WorkbookSource } from "../../../src/core/jobs/returned";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { XlsxPackage } from "../../../src/workbook/xlsx/package";
import { declaredEntryCount, ZIP_LIMITS } from "../../../src/workbook/xlsx/zip-limits";
import { craftZip, textEntry, zerosDeflated, type CraftedEntry } from "./crafted-zip";
import { filledFigures, filledForm, figuresOf, LIBRARY_WORDS } from "./filled-form";
import { handmade, row } from "./handmade";

const NAME = "收件箱/城南小学.xlsx";
const MB = 1024 * 1024;

/** Open through the job's reading, as validate and summarize do; the reason, and how long it took. */
async function refusal(bytes: Uint8Array): Promise<{ zh: string; en: string; ms: number; problem: unknown }> {
  let problem: unknown;
  const source: WorkbookSource = {
    name: NAME,
    open: () =>
      XlsxWorkbook.fromBuffer(bytes).catch((e: unknown) => {
        problem = (e as { problem?: unknown }).problem;
        throw e;
      }),
  };
  const start = performance.now();
  const read = await readForm(source);
  const ms = performance.now() - start;
  if (read.ok) throw new Error("the file was read");
  const zh = read.reason["zh-CN"];
  const en = read.reason["en-US"];
  for (const text of [zh, en]) {
    expect(text.split(NAME).length - 1).toBe(1);
    expect(text).not.toMatch(LIBRARY_WORDS);
  }
  return { zh, en, ms, problem };
}

async function tooLarge(bytes: Uint8Array, withinMs = 1000): Promise<void> {
  const r = await refusal(bytes);
  expect(r.problem).toBe("too-large");
  expect(r.zh).toContain("解压后的内容远大于任何填报表");
  expect(r.en).toMatch(/unpacks to far more than any form/);
  expect(r.ms).toBeLessThan(withinMs);
}

/** A real filled form with `extra` entries added, every entry re-packed as JSZip writes it. */
async function formWith(extra: CraftedEntry[]): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await filledForm());
  const entries: CraftedEntry[] = [];
  for (const f of Object.values(zip.files)) if (!f.dir) entries.push(textEntry(f.name, await f.async("string")));
  return craftZip([...entries, ...extra]);
}

/** 2 MB packed that inflate to `mb` MiB: zeros with random stretches, packed about 150 times,
 *  under the ratio limit, so only the size limits can stop it. */
function lowRatio(mb: number): Uint8Array {
  const zeros = deflateRawSync(Buffer.alloc(MB), { finishFlush: constants.Z_SYNC_FLUSH });
  const noise = deflateRawSync(randomBytes(6000), { finishFlush: constants.Z_SYNC_FLUSH });
  return new Uint8Array(Buffer.concat([...Array.from({ length: mb }, () => [zeros, noise]).flat(), Buffer.from([0x03, 0x00])]));
}

const GIB_OF_ZEROS = zerosDeflated(1024);

describe("sizes the central directory declares are checked before anything is inflated", () => {
  test("one part of 1 GiB", async () => {
    await tooLarge(await formWith([{ name: "xl/media/image1.png", data: GIB_OF_ZEROS, method: "deflate", size: 1024 * MB }]), 500);
  });

  test("parts each under the part limit and the ratio, over the total", async () => {
    const noise = new Uint8Array(randomBytes(1.1 * MB));
    const parts = [1, 2, 3].map((i): CraftedEntry => ({ name: `xl/media/image${i}.png`, data: noise, method: "deflate", size: 200 * MB }));
    expect(200 * MB).toBeLessThan(ZIP_LIMITS.entryBytes);
    expect(200 * MB).toBeLessThan(noise.length * ZIP_LIMITS.ratio);
    await tooLarge(await formWith(parts), 500);
  });

  test("a part packed more tightly than any real one", async () => {
    await tooLarge(await formWith([{ name: "xl/worksheets/sheet9.xml", data: zerosDeflated(20), method: "deflate", size: 20 * MB }]), 500);
  });

  test("more entries than any workbook, counted from the end record before JSZip reads the directory", async () => {
    const many = Array.from({ length: 20_000 }, (_, i): CraftedEntry => ({ name: `customXml/item${i}.xml`, data: new Uint8Array(), method: "store", size: 0 }));
    const bytes = await formWith(many);
    expect(declaredEntryCount(bytes)).toBe(20_000 + Object.keys((await JSZip.loadAsync(await filledForm())).files).filter((n) => !n.endsWith("/")).length);
    await tooLarge(bytes, 500);
  });
});

/** Each way the package may inflate: Node's zlib (the CLI), and where there is none (a browser)
 *  DecompressionStream, or JSZip's own inflation where that is missing too. */
const INFLATERS: { name: string; hide: () => () => void; withinMs: number }[] = [
  // withinMs: for a part that inflates to the 256 MB limit, which takes that long on one core
  { name: "Node's zlib", hide: () => () => undefined, withinMs: 1500 },
  {
    name: "DecompressionStream",
    hide: () => {
      const spy = jest.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
      return () => spy.mockRestore();
    },
    withinMs: 4000,
  },
  {
    name: "JSZip",
    hide: () => {
      const spy = jest.spyOn(process, "getBuiltinModule").mockReturnValue(undefined as never);
      const native = globalThis.DecompressionStream;
      (globalThis as { DecompressionStream?: unknown }).DecompressionStream = undefined;
      return () => {
        spy.mockRestore();
        globalThis.DecompressionStream = native;
      };
    },
    withinMs: 6000,
  },
];

describe.each(INFLATERS)("recorded sizes that lie are caught as the data inflates ($name)", ({ hide, withinMs }) => {
  let restore: () => void;
  beforeEach(() => {
    restore = hide();
  });
  afterEach(() => restore());

  test("1 GiB recorded as 1 kB, in a part nothing but exceljs would read", async () => {
    await tooLarge(await formWith([{ name: "xl/media/image1.png", data: GIB_OF_ZEROS, method: "deflate", size: 1000 }]), Math.min(withinMs, 1000));
  });

  test("1 GiB recorded as 1 kB in a sheet, the part whose wrong size is otherwise forgiven", async () => {
    await tooLarge(craftZip([{ name: "xl/worksheets/sheet1.xml", data: GIB_OF_ZEROS, method: "deflate", size: 1000 }]), Math.min(withinMs, 1000));
  });

  test("300 MiB packed only 150 times, recorded as 1 kB: stopped at the part limit", async () => {
    await tooLarge(await formWith([{ name: "xl/media/image1.png", data: lowRatio(300), method: "deflate", size: 1000 }]), withinMs);
  });

  test("a form whose every recorded size is wrong, though its data is whole, still opens with every entry", async () => {
    const zip = await JSZip.loadAsync(await filledForm());
    const entries: CraftedEntry[] = [];
    for (const f of Object.values(zip.files)) if (!f.dir) entries.push({ ...textEntry(f.name, await f.async("string")), size: 7 });
    const read = await readForm({ name: NAME, open: () => XlsxWorkbook.fromBuffer(craftZip(entries)) });
    expect(read.ok && figuresOf(read.filled.entries)).toEqual(filledFigures());
  });
});

describe("real forms, large ones included, still open", () => {
  test("a filled form is read whole", async () => {
    const bytes = await filledForm();
    const read = await readForm({ name: NAME, open: () => XlsxWorkbook.fromBuffer(bytes) });
    expect(read.ok && figuresOf(read.filled.entries)).toEqual(filledFigures());
  });

  test("a sheet of 200,000 formatted rows (15 MB, packed 28 times, as Excel writes a formatted column: a 20,000-row matrix's largest part is 13 MB)", async () => {
    const rows = [row(1, `<c r="A1"><v>42</v></c>`)];
    for (let r = 2; r <= 200_000; r++) rows.push(`<row r="${r}" spans="1:10" s="0" customFormat="1" ht="15"/>`);
    const bytes = await handmade({ sheets: [{ name: "S", body: `<sheetData>${rows.join("")}</sheetData>` }] });
    const pkg = await XlsxPackage.open(bytes);
    const wb = await XlsxWorkbook.fromBuffer(await pkg.bytes());
    expect((await wb.read([{ sheet: "S", range: "A1" }]))[0]!.values).toEqual([[42]]);
  });
});
