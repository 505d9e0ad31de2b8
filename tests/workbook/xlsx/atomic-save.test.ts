// Saving never leaves a partial file: the old file stays whole until the new one is complete
// and renamed over it, and a failure at any step leaves the old file and no temporary file.
import { mkdtemp, readdir, readFile, rm, stat, writeFile, chmod } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { nodeFs, writeFileAtomic, type AtomicFs } from "../../../src/node/atomic-file";
import { XlsxWorkbook } from "../../../src/workbook/xlsx";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "it-atomic-"));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const OLD = new TextEncoder().encode("the old, complete file");
const NEW = new TextEncoder().encode("the new file, ".repeat(1000));

async function workbookWith(text: string): Promise<XlsxWorkbook> {
  const wb = XlsxWorkbook.create();
  await wb.apply([{ op: "addSheet", sheet: "S" }, { op: "setValues", sheet: "S", at: "A1", values: [[text]] }]);
  return wb;
}

test("the target holds the old content until the complete new file is renamed over it", async () => {
  const target = join(dir, "表.xlsx");
  await writeFile(target, OLD);
  const seen: string[] = [];
  const watching: AtomicFs = {
    ...nodeFs,
    async writeNew(path, data, mode) {
      expect(path.startsWith(join(dir, "."))).toBe(true); // same directory, hidden name
      expect(await readFile(target)).toEqual(Buffer.from(OLD));
      await nodeFs.writeNew(path, data, mode);
      seen.push("written");
    },
    async rename(from, to) {
      expect(to).toBe(target);
      expect(await readFile(target)).toEqual(Buffer.from(OLD)); // still whole just before
      expect(await readFile(from)).toEqual(Buffer.from(NEW)); // and the new one is complete
      await nodeFs.rename(from, to);
      seen.push("renamed");
    },
  };
  await writeFileAtomic(target, NEW, watching);
  expect(seen).toEqual(["written", "renamed"]);
  expect(await readFile(target)).toEqual(Buffer.from(NEW));
  expect(await readdir(dir)).toEqual(["表.xlsx"]);
});

test("a write that fails half way leaves the old file and no temporary file", async () => {
  const target = join(dir, "a.xlsx");
  await writeFile(target, OLD);
  const failing: AtomicFs = {
    ...nodeFs,
    async writeNew(path, data, mode) {
      await nodeFs.writeNew(path, data.subarray(0, 10), mode); // a partial temp file exists...
      throw new Error("ENOSPC: no space left on device"); // ...and then the disk fills up
    },
  };
  await expect(writeFileAtomic(target, NEW, failing)).rejects.toThrow(/could not save .*a\.xlsx: ENOSPC/);
  expect(await readFile(target)).toEqual(Buffer.from(OLD));
  expect(await readdir(dir)).toEqual(["a.xlsx"]);
});

test("a failed rename leaves the old file and no temporary file", async () => {
  const target = join(dir, "a.xlsx");
  await writeFile(target, OLD);
  const failing: AtomicFs = { ...nodeFs, rename: async () => Promise.reject(new Error("EXDEV: rename failed")) };
  await expect(writeFileAtomic(target, NEW, failing)).rejects.toThrow(/EXDEV/);
  expect(await readFile(target)).toEqual(Buffer.from(OLD));
  expect(await readdir(dir)).toEqual(["a.xlsx"]);
});

test("the saved file keeps the old file's permissions", async () => {
  const target = join(dir, "a.xlsx");
  await writeFile(target, OLD);
  await chmod(target, 0o640);
  await writeFileAtomic(target, NEW);
  expect((await stat(target)).mode & 0o777).toBe(0o640);
});

test("saveAs over an existing workbook, then load it back", async () => {
  const target = join(dir, "指标表.xlsx");
  await (await workbookWith("first")).saveAs(target);
  await (await workbookWith("second")).saveAs(target);
  const [snap] = await (await XlsxWorkbook.fromFile(target)).read([{ sheet: "S", range: "A1" }]);
  expect(snap!.values).toEqual([["second"]]);
  expect(await readdir(dir)).toEqual(["指标表.xlsx"]);
});

test("a workbook that cannot be serialised leaves the old file untouched", async () => {
  const target = join(dir, "a.xlsx");
  await (await workbookWith("kept")).saveAs(target);
  const before = await readFile(target);
  await expect(XlsxWorkbook.create().saveAs(target)).rejects.toThrow(/no sheets/);
  expect(await readFile(target)).toEqual(before);
  expect(await readdir(dir)).toEqual(["a.xlsx"]);
});

test("saving into a missing directory fails cleanly", async () => {
  await expect((await workbookWith("x")).saveAs(join(dir, "missing", "a.xlsx"))).rejects.toThrow(/could not save/);
  expect(await readdir(dir)).toEqual([]);
});
