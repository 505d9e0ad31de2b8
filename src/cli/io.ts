// What every command gets from the outside: where to print, which language, where files are.
// main.ts builds it from the process; tests build their own and read what was printed.
import type { Locale } from "../core/i18n/messages";

export interface CliIO {
  /** One line; main.ts shows any control character in it as an escape, since lines embed
   *  text from returned workbooks and set files. A line break belongs between calls. */
  stdout: (line: string) => void;
  stderr: (line: string) => void;
  /** A value as JSON on stdout, with bidi and other controls escaped. */
  json: (value: unknown) => void;
  locale: Locale;
  cwd: string;
}

/** Where runCli's output goes: raw sinks that take one line each. */
export interface CliSinks {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  cwd: string;
  env: Record<string, string | undefined>;
}

/** Exit codes: 0 done, 1 input read but has findings, 2 unusable input or usage. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
