// A good filled form damaged at random (issue 15): cut short, bytes flipped, parts removed,
// duplicated, renamed, or replaced by garbage or nothing. Whatever the damage, the job's reading
// ends within a time bound with either the entries or a plain message naming the file, never a
// library's words. A fixed seed: a failure prints it with the shrunk case, to replay.
import { crc32, deflateRawSync } from "node:zlib";
import fc from "fast-check";
import JSZip from "jszip";
import { readForm, type WorkbookSource } from "../../../src/core/jobs/returned";
import type { Workbook } from "../../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";
import { openReturnedWorkbook } from "../../../src/workbook/xlsx-reader";
import { zlibInflate } from "../../../src/workbook/xlsx-reader/from-file";
import { craftZip, type CraftedEntry } from "./crafted-zip";
import { filledFigures, filledForm, figuresOf, LIBRARY_WORDS } from "./filled-form";

/** Every reader of returned .xlsx files must pass the same damage. */
const OPENERS: { name: string; open: (bytes: Uint8Array) => Promise<Workbook> }[] = [
  { name: "XlsxWorkbook (exceljs)", open: (bytes) => XlsxWorkbook.fromBuffer(bytes) },
  // what the CLI and the pane read returned files with: the fast reader, exceljs behind it
  { name: "openReturnedWorkbook (fast reader)", open: (bytes) => openReturnedWorkbook(bytes, { inflate: zlibInflate }) },
];

// CORRUPTION_SEED and CORRUPTION_RUNS replay a failure or search further
const SEED = Number(process.env.CORRUPTION_SEED ?? 20261202);
const RUNS = Number(process.env.CORRUPTION_RUNS ?? 150);
const PER_CASE_MS = 3000;
const NAME = "收件箱/城南小学（第2版）.xlsx";

interface Part {
  name: string;
  data: Uint8Array;
}

/** What may happen to the parts before they are zipped. */
type PartDamage =
  | { kind: "remove"; at: number }
  | { kind: "duplicate"; at: number }
  | { kind: "garbage"; at: number; bytes: Uint8Array }
  | { kind: "empty"; at: number }
  | { kind: "rename"; at: number; to: string }
  | { kind: "cut"; at: number; keep: number }
  | { kind: "flip"; at: number; flips: { at: number; bit: number }[] };
/** What may happen to the zipped bytes. */
type ByteDamage = { kind: "truncate"; keep: number } | { kind: "flip"; flips: { at: number; bit: number }[] };

// positions and lengths without fast-check's bias to the ends, which would mostly cut a file to
// nothing or flip its first byte
const fraction = fc.noBias(fc.integer({ min: 0, max: 9999 })).map((n) => n / 10000);
const index = fc.noBias(fc.nat({ max: 1000 }));

const flips = fc.array(fc.record({ at: fraction, bit: fc.integer({ min: 0, max: 7 }) }), { minLength: 1, maxLength: 12 });

const partDamage: fc.Arbitrary<PartDamage> = fc.oneof(
  fc.record({ kind: fc.constant("remove" as const), at: index }),
  fc.record({ kind: fc.constant("duplicate" as const), at: index }),
  fc.record({ kind: fc.constant("garbage" as const), at: index, bytes: fc.uint8Array({ maxLength: 200 }) }),
  fc.record({ kind: fc.constant("empty" as const), at: index }),
  fc.record({ kind: fc.constant("rename" as const), at: index, to: fc.oneof(fc.constantFrom("XL/WORKBOOK.XML", "/xl/workbook.xml", "xl\\worksheets\\sheet1.xml", "xl/worksheets/sheet1.xml", "_rels/.rels", "", "/", "a/../b.xml", "xl/worksheets/sheet99.xml"), fc.string({ maxLength: 12 })) }),
  fc.record({ kind: fc.constant("cut" as const), at: index, keep: fraction }),
  // inside a part, before zipping: XML that is wrong rather than a zip that is
  fc.record({ kind: fc.constant("flip" as const), at: index, flips }),
);
const byteDamage: fc.Arbitrary<ByteDamage> = fc.oneof(fc.record({ kind: fc.constant("truncate" as const), keep: fraction }), fc.record({ kind: fc.constant("flip" as const), flips }));
const damage = fc.oneof(
  fc.record({ parts: fc.array(partDamage, { minLength: 1, maxLength: 4 }), bytes: fc.constant([]) }),
  fc.record({ parts: fc.constant([]), bytes: fc.array(byteDamage, { minLength: 1, maxLength: 2 }) }),
  fc.record({ parts: fc.array(partDamage, { minLength: 1, maxLength: 2 }), bytes: fc.array(byteDamage, { maxLength: 1 }) }),
);

function flipped(bytes: Uint8Array, flips: { at: number; bit: number }[]): Uint8Array {
  const out = bytes.slice();
  for (const f of flips) if (out.length > 0) out[Math.floor(f.at * out.length)]! ^= 1 << f.bit;
  return out;
}

function damaged(parts: readonly Part[], d: { parts: readonly PartDamage[]; bytes: readonly ByteDamage[] }): Uint8Array {
  const out = parts.map((p) => ({ ...p }));
  for (const p of d.parts) {
    if (out.length === 0) break;
    const i = p.at % out.length;
    const part = out[i]!;
    if (p.kind === "remove") out.splice(i, 1);
    else if (p.kind === "duplicate") out.push({ ...part });
    else if (p.kind === "garbage") part.data = p.bytes;
    else if (p.kind === "empty") part.data = new Uint8Array();
    else if (p.kind === "rename") part.name = p.to;
    else if (p.kind === "cut") part.data = part.data.subarray(0, Math.floor(part.data.length * p.keep));
    else part.data = flipped(part.data, p.flips);
  }
  let bytes = zipped(out);
  for (const b of d.bytes) {
    if (b.kind === "truncate") bytes = bytes.slice(0, Math.floor(bytes.length * b.keep));
    else bytes = flipped(bytes, b.flips);
  }
  return bytes;
}

let parts: Part[];

const zipped = (ps: readonly Part[]) => craftZip(ps.map((p): CraftedEntry => ({ name: p.name, data: new Uint8Array(deflateRawSync(p.data)), method: "deflate", size: p.data.length, crc: crc32(p.data) })));
const craftedGood = () => zipped(parts);

beforeAll(async () => {
  const zip = await JSZip.loadAsync(await filledForm());
  parts = [];
  for (const f of Object.values(zip.files)) if (!f.dir) parts.push({ name: f.name, data: await f.async("uint8array") });
});

function withinBound<T>(work: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`took longer than ${PER_CASE_MS} ms`)), PER_CASE_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

describe.each(OPENERS)("a damaged form read by $name", ({ open }) => {
  test("the undamaged form is read (the property starts from a good file)", async () => {
    const read = await readForm({ name: NAME, open: () => open(craftedGood()) });
    expect(read.ok && figuresOf(read.filled.entries)).toEqual(filledFigures());
  });

  test("cut short anywhere in its first or last 64 bytes, it is damaged (even cut to \"PK\", not a text file)", async () => {
    const good = craftedGood();
    for (const keep of [...Array.from({ length: 64 }, (_, i) => i + 1), ...Array.from({ length: 64 }, (_, i) => good.length - 64 + i)]) {
      const read = await readForm({ name: NAME, open: () => open(good.slice(0, keep)) });
      expect(read.ok ? "read" : read.reason["zh-CN"]).toContain("已损坏或不完整");
    }
  });

  test("ends in time with the entries or a plain message naming the file", async () => {
    await fc.assert(
      fc.asyncProperty(damage, async (d) => {
        const bytes = damaged(parts, d);
        const source: WorkbookSource = { name: NAME, open: () => open(bytes) };
        const read = await withinBound(readForm(source));
        if (read.ok) {
          expect(read.filled.entries.length).toBeGreaterThan(0);
          return;
        }
        for (const text of Object.values(read.reason)) {
          expect(text.split(NAME).length - 1).toBe(1);
          expect(text).not.toMatch(LIBRARY_WORDS);
        }
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
  });
});
