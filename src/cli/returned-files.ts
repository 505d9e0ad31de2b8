// Returned workbooks as the CLI finds them: files and folders named on the command line
// (folders read recursively), and the set to check them against.
import { readdir, realpath, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { WorkbookSource } from "../core/jobs";
import { setFingerprint } from "../core/set/fingerprint";
import type { IndicatorSet } from "../core/set";
import { templateInfo } from "../core/template";
import { XlsxWorkbook } from "../workbook/xlsx";
import type { CliIO } from "./io";
import { formatProblem, readSetFile } from "./read-set";
import { cliText } from "./text";

/** Every .xlsx named or inside a named folder, in a stable order; undefined (and said why) when
 *  nothing was named or a name does not exist. Excel's lock files (~$…) are left out. */
export type FileSource = WorkbookSource & { path: string };

export async function workbookSources(names: readonly string[], io: CliIO): Promise<FileSource[] | undefined> {
  if (names.length === 0) {
    io.stderr(cliText.needWorkbooks[io.locale]);
    return undefined;
  }
  const files: string[] = [];
  for (const name of names) {
    const path = resolve(io.cwd, name);
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      io.stderr(cliText.cannotRead(name, info.code ?? "")[io.locale]);
      return undefined;
    }
    if (info.isDirectory()) files.push(...(await xlsxUnder(path)));
    else files.push(path);
  }
  if (files.length === 0) {
    io.stderr(cliText.noWorkbooksIn(names.join(" "))[io.locale]);
    return undefined;
  }
  return [...new Set(files)].map((path) => ({ name: relative(io.cwd, path) || path, path, open: () => XlsxWorkbook.fromFile(path) }));
}

async function xlsxUnder(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const path = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await xlsxUnder(path)));
    else if (e.isFile() && /\.xlsx$/i.test(e.name) && !e.name.startsWith("~$")) out.push(path);
  }
  return out;
}

/** The set given with --set; without it, the set the first readable form names in its
 *  metadata, looked for among *.set.json beside it and in the working directory (same id,
 *  the exact version preferred). The file used is always said. */
export async function chooseSet(given: string | undefined, sources: readonly (WorkbookSource & { path?: string })[], io: CliIO): Promise<IndicatorSet | undefined> {
  if (given) {
    const r = await readSetFile(given, io);
    if (r.ok) return r.set;
    for (const p of r.problems) io.stderr(formatProblem(given, p, io));
    return undefined;
  }
  for (const source of sources) {
    let info;
    try {
      info = templateInfo(await (await source.open()).metadata());
    } catch {
      continue;
    }
    const dirs = [...new Set([source.path ? dirname(source.path) : io.cwd, io.cwd])];
    let sameId: { set: IndicatorSet; path: string } | undefined;
    for (const dir of dirs) {
      const names = await readdir(dir).catch(() => [] as string[]);
      for (const name of names.filter((n) => n.endsWith(".set.json")).sort()) {
        const r = await readSetFile(join(dir, name), io);
        if (!r.ok || r.set.id !== info.setId) continue;
        if (setFingerprint(r.set) === info.setHash) {
          io.stderr(cliText.setFound(relative(io.cwd, r.path) || r.path)[io.locale]);
          return r.set;
        }
        sameId ??= { set: r.set, path: r.path };
      }
    }
    if (sameId) {
      io.stderr(cliText.setFound(relative(io.cwd, sameId.path) || sameId.path)[io.locale]);
      return sameId.set;
    }
    io.stderr(cliText.noSet(source.name, info.setId)[io.locale]);
    return undefined;
  }
  io.stderr(cliText.noSetAtAll[io.locale]);
  return undefined;
}

/** The resolved output path, or undefined (and said why) when it would replace an input. */
export async function outputPath(arg: string, io: CliIO, inputs: readonly string[]): Promise<string | undefined> {
  const out = resolve(io.cwd, arg);
  const real = async (p: string) => realpath(p).catch(() => p);
  const target = await real(out);
  for (const input of inputs) {
    if ((await real(resolve(io.cwd, input))) === target) {
      io.stderr(cliText.outputIsInput(arg)[io.locale]);
      return undefined;
    }
  }
  return out;
}
