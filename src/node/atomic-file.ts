// Node-only file I/O: every file we write (workbooks, sets) is saved atomically: the bytes go to a temporary file in
// the target's directory, are flushed to disk, and only then renamed over the target, so the
// target is at every moment either the complete old file or the complete new one.
// (A browser build of the xlsx backend would swap this module out.)
import { randomUUID } from "node:crypto";
import * as fsp from "node:fs/promises";
import { basename, dirname, join } from "node:path";

/** The file operations used, replaceable in tests to watch or break each step. */
export interface AtomicFs {
  /** create `path` (which must not exist), give it `mode` when set (the umask does not apply
   *  then), write all of `data`, fsync, close */
  writeNew(path: string, data: Uint8Array, mode: number | undefined): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  /** permission bits of an existing file, undefined when there is none */
  modeOf(path: string): Promise<number | undefined>;
  /** make a finished rename durable; best effort */
  syncDir(dir: string): Promise<void>;
}

export const nodeFs: AtomicFs = {
  async writeNew(path, data, mode) {
    const handle = await fsp.open(path, "wx");
    try {
      if (mode !== undefined) await handle.chmod(mode);
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  async modeOf(path) {
    try {
      return (await fsp.stat(path)).mode & 0o777;
    } catch {
      return undefined;
    }
  },
  async syncDir(dir) {
    try {
      const handle = await fsp.open(dir, "r");
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    } catch {
      // Windows cannot open a directory; the rename is still atomic there
    }
  },
};

/** Write `data` to `path` atomically; on any failure the old file is untouched and the
 *  temporary file is removed. Keeps the old file's permissions. */
export async function writeFileAtomic(path: string, data: Uint8Array, fs: AtomicFs = nodeFs): Promise<void> {
  const dir = dirname(path);
  // same directory: a rename across file systems would not be atomic
  const tmp = join(dir, `.${basename(path)}.${randomUUID()}.tmp`);
  const mode = await fs.modeOf(path); // a new file gets the usual 0o666 less the umask
  try {
    await fs.writeNew(tmp, data, mode);
    await fs.rename(tmp, path);
  } catch (e) {
    await fs.unlink(tmp).catch(() => undefined); // it may never have been created
    throw new Error(`could not save ${path}: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  await fs.syncDir(dir);
}

export async function readFileBytes(path: string): Promise<Uint8Array> {
  return fsp.readFile(path);
}
