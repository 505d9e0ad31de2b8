// Returned workbooks as the CLI finds them: files and folders named on the command line
// (folders read recursively), and the set to check them against.
import { mkdir, readdir, realpath, stat } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import type { WorkbookSource } from "../core/jobs";
import { setFingerprint } from "../core/set/fingerprint";
import type { IndicatorSet } from "../core/set";
import { templateInfo, type TemplateInfo } from "../core/template";
import { openReturnedFile } from "../workbook/xlsx-reader/from-file";
import type { CliIO } from "./io";
import { formatProblem, readSetFile } from "./read-set";
import { cliMessages } from "./i18n/messages";

/** Every .xlsx named or inside a named folder, in a stable order; undefined (and said why) when
 *  nothing was named or a name does not exist. Excel's lock files (~$…) are left out. */
export type FileSource = WorkbookSource & { path: string };

export async function workbookSources(names: readonly string[], io: CliIO): Promise<FileSource[] | undefined> {
  if (names.length === 0) {
    io.stderr(cliMessages(io.locale).returned.needWorkbooks);
    return undefined;
  }
  const files: string[] = [];
  for (const name of names) {
    const path = resolve(io.cwd, name);
    const info = await stat(path).catch((e: NodeJS.ErrnoException) => e);
    if (info instanceof Error) {
      io.stderr(cliMessages(io.locale).cannotRead(name, info.code ?? ""));
      return undefined;
    }
    if (info.isDirectory()) files.push(...(await xlsxUnder(path)));
    else files.push(path);
  }
  if (files.length === 0) {
    io.stderr(cliMessages(io.locale).returned.noWorkbooksIn(names.join(" ")));
    return undefined;
  }
  return [...new Set(files)].map((path) => ({ name: relative(io.cwd, path) || path, path, open: () => openReturnedFile(path) }));
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
 *  metadata, looked for among the *.set.json in the working directory only (same id, the one
 *  with the form's fingerprint preferred). Never beside the returned files: a sender could put
 *  a set there whose rules pass anything, with a fingerprint forged to match. The file used is
 *  always said, and so is a fingerprint that does not match the form's. */
export async function chooseSet(given: string | undefined, sources: readonly (WorkbookSource & { path?: string })[], io: CliIO): Promise<IndicatorSet | undefined> {
  const m = cliMessages(io.locale).returned;
  if (given) {
    const r = await readSetFile(given, io);
    if (r.ok) return r.set;
    for (const p of r.problems) io.stderr(formatProblem(given, p, io));
    return undefined;
  }
  const forms = await formInfos(sources);
  const first = forms[0];
  if (!first) {
    io.stderr(m.noSetAtAll);
    return undefined;
  }
  // a batch made from different sets or versions does not choose one of them by its first file
  const groups = new Map<string, { info: TemplateInfo; names: string[] }>();
  for (const f of forms) {
    const key = `${f.info.setId}\u0000${f.info.setHash}`;
    const g = groups.get(key);
    if (g) g.names.push(f.name);
    else groups.set(key, { info: f.info, names: [f.name] });
  }
  if (groups.size > 1) {
    const sep = io.locale === "zh-CN" ? "；" : "; ";
    const list = (names: string[]) => (names.length > 3 ? [...names.slice(0, 3), "…"] : names).join(io.locale === "zh-CN" ? "、" : ", ");
    io.stderr(m.mixedSets([...groups.values()].map((g) => m.setGroup(g.info.setId, g.info.setVersion, list(g.names))).join(sep)));
    return undefined;
  }
  const { name: formName, info } = first;
  const cwd = await realpath(io.cwd).catch(() => io.cwd);
  const returnedDirs = await Promise.all(sources.flatMap((s) => (s.path ? [realpath(dirname(s.path)).catch(() => dirname(s.path!))] : [])));
  if (returnedDirs.includes(cwd)) {
    io.stderr(m.setAmongReturns(io.cwd));
    return undefined;
  }
  const shown = (path: string) => relative(io.cwd, path) || path;
  let sameId: { set: IndicatorSet; path: string } | undefined;
  const names = await readdir(io.cwd).catch(() => [] as string[]);
  for (const name of names.filter((n) => n.endsWith(".set.json")).sort()) {
    const r = await readSetFile(join(io.cwd, name), io);
    if (!r.ok || r.set.id !== info.setId) continue;
    if (setFingerprint(r.set) === info.setHash) {
      io.stderr(m.setFound(shown(r.path)));
      return r.set;
    }
    sameId ??= { set: r.set, path: r.path };
  }
  if (sameId) {
    io.stderr(m.setFound(shown(sameId.path)));
    io.stderr(m.setMismatch(shown(sameId.path), formName));
    return sameId.set;
  }
  io.stderr(m.noSet(formName, info.setId, io.cwd));
  return undefined;
}

/** The metadata of every source that opens as one of our forms (the rest are left to the job,
 *  which says why each could not be used). */
async function formInfos(sources: readonly WorkbookSource[]): Promise<{ name: string; info: TemplateInfo }[]> {
  const out: { name: string; info: TemplateInfo }[] = [];
  for (const source of sources) {
    try {
      out.push({ name: source.name, info: templateInfo(await (await source.open()).metadata()) });
    } catch {
      continue;
    }
  }
  return out;
}

/** The resolved output path, or undefined (and said why) when it would replace an input. */
export async function outputPath(arg: string, io: CliIO, inputs: readonly string[]): Promise<string | undefined> {
  const out = resolve(io.cwd, arg);
  const real = async (p: string) => realpath(p).catch(() => p);
  const target = await real(out);
  for (const input of inputs) {
    if ((await real(resolve(io.cwd, input))) === target) {
      io.stderr(cliMessages(io.locale).outputIsInput(arg));
      return undefined;
    }
  }
  // -o out/report.xlsx in a fresh folder: make the folder rather than fail when saving
  await mkdir(dirname(out), { recursive: true }).catch(() => undefined);
  return out;
}
