// Suites that need a real outside program (LibreOffice, Chromium, openpyxl) call this once.
// Locally a missing program skips the suite with a loud reason; under CI=true it is a failure,
// because CI is where we promise those checks really ran.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

export interface RealProgram {
  available: boolean;
  path: string;
  /** why it is unavailable, for the skip message */
  reason?: string;
}

function onPath(command: string): string | undefined {
  try {
    return execFileSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" }).trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Find a program by absolute path or name on PATH; `check` may run it to prove it works. */
export function findProgram(label: string, candidates: string[], check?: (path: string) => boolean): RealProgram {
  for (const c of candidates) {
    const path = c.startsWith("/") ? (existsSync(c) ? c : undefined) : onPath(c);
    if (path && (!check || check(path))) return { available: true, path };
  }
  const reason = `${label} not found (looked for ${candidates.join(", ")}); install it (bash .ci/run does) to run this suite`;
  if (process.env.CI === "true") {
    throw new Error(`CI=true and ${reason}`);
  }
  process.stderr.write(`\n*** SKIPPED: ${reason} ***\n\n`);
  return { available: false, path: "", reason };
}

/** `describe` when the program is there, a loudly skipped `describe` when it is not. */
export function describeWith(program: RealProgram): jest.Describe {
  return program.available ? describe : describe.skip;
}

/** Debian's python3 with python3-openpyxl (not whatever python a version manager puts first). */
export function findOpenpyxl(): RealProgram {
  return findProgram("python3 with openpyxl", ["/usr/bin/python3", "python3"], (path) => {
    try {
      execFileSync(path, ["-c", "import openpyxl"], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  });
}
