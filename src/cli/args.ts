// A small argument reader: positionals, `--flag`, `--key value`, `--key=value`, `-o value`.
// Commands declare what they accept; anything else is a usage error (exit 2), never ignored.
import type { Bilingual } from "../core/i18n/messages";
import { cliBoth } from "./i18n/messages";

export interface ArgSpec {
  /** options taking a value, by long name; short aliases map to them */
  values?: string[];
  flags?: string[];
  aliases?: Record<string, string>;
}

export interface ParsedArgs {
  positionals: string[];
  options: Record<string, string | undefined>;
  flags: Set<string>;
}

/** A command line that cannot be run as typed; main.ts prints `detail` in the user's language. */
export class UsageError extends Error {
  constructor(readonly detail: Bilingual) {
    super(detail["en-US"]);
  }
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const flags = new Set(spec.flags ?? []);
  const out: ParsedArgs = { positionals: [], options: {}, flags: new Set() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      out.positionals.push(arg);
      continue;
    }
    const [rawName, inline] = arg.startsWith("--") ? splitOnce(arg.slice(2)) : [arg.slice(1), undefined];
    const name = spec.aliases?.[rawName] ?? rawName;
    if (flags.has(name) && inline === undefined) {
      out.flags.add(name);
    } else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined) throw new UsageError(cliBoth((m) => m.usage.needsValue(name)));
      out.options[name] = value;
    } else {
      throw new UsageError(cliBoth((m) => m.usage.unknownOption(arg)));
    }
  }
  return out;
}

function splitOnce(s: string): [string, string | undefined] {
  const i = s.indexOf("=");
  return i < 0 ? [s, undefined] : [s.slice(0, i), s.slice(i + 1)];
}

/** `--year YEAR`: undefined when not given, a whole number, or a UsageError naming it. */
export function yearOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value.trim()) || !Number.isInteger(year)) throw new UsageError({ "zh-CN": `--year ${value}`, "en-US": `--year ${value}` });
  return year;
}

/** `--jobs N`: how many threads check files; undefined when not given (then decided by the
 *  number of files and cores), a whole number from 1, or a UsageError naming it. */
export function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const jobs = Number(value);
  if (!/^\d{1,3}$/.test(value.trim()) || jobs < 1) throw new UsageError({ "zh-CN": `--jobs ${value}（应为 1 以上的整数）`, "en-US": `--jobs ${value} (a whole number from 1)` });
  return jobs;
}
