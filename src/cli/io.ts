// What every command gets from the outside: where to print, which language, where files are.
// main.ts builds it from the process; tests build their own and read what was printed.
import type { Locale } from "../core/i18n/messages";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  locale: Locale;
  cwd: string;
}

/** Exit codes: 0 done, 1 input read but has findings, 2 unusable input or usage. */
export const EXIT = { ok: 0, findings: 1, unusable: 2 } as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
