import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { parseIndicatorSetJson, type IndicatorSet, type SetProblem } from "../core/set";
import type { CliIO } from "./io";
import { cliBoth } from "./i18n/messages";

export type ReadSetResult =
  | { ok: true; set: IndicatorSet; path: string }
  | { ok: false; unreadable: boolean; problems: SetProblem[]; path: string };

/** Read and load a set file; problems come back with their line, ready to print. */
export async function readSetFile(file: string, io: CliIO): Promise<ReadSetResult> {
  const path = resolve(io.cwd, file);
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    return { ok: false, unreadable: true, path, problems: [{ path: "$", code: "unreadable", message: cliBoth((m) => m.cannotRead(file, code)) }] };
  }
  const r = parseIndicatorSetJson(text);
  if (r.ok) return { ok: true, set: r.set, path };
  return { ok: false, unreadable: r.problems.some((p) => p.code === "json_syntax"), problems: r.problems, path };
}

export function formatProblem(file: string, p: SetProblem, io: CliIO): string {
  const where = p.line !== undefined ? `${file}:${p.line}:${p.column ?? 1}` : file;
  return `${where}  ${p.path}  ${p.message[io.locale]}`;
}
