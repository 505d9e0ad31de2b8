// The shared seeds, labels and scorer live next to the repository (../shared). Locally a
// missing directory skips the suites that need it, loudly; under CI=true it is a failure.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";

export const repoRoot = resolve(__dirname, "../../..");
export const sharedDir = resolve(repoRoot, "../shared");

export const SEEDS = ["plan-district-balanced-development", "plan-jinjiang-2018", "summary-yitong-balanced-compulsory"] as const;

export function sharedAvailable(): boolean {
  const needed = [join(sharedDir, "tools/score-extraction.mjs"), ...SEEDS.flatMap((s) => [join(sharedDir, `seeds/${s}.txt`), join(sharedDir, `gold/dev/${s}.jsonl`)])];
  const missing = needed.filter((p) => !existsSync(p));
  if (!missing.length) return true;
  const reason = `shared seeds/gold/scorer not found (${missing[0]}); put the shared directory next to the repository to run this suite`;
  if (process.env.CI === "true") throw new Error(`CI=true and ${reason}`);
  process.stderr.write(`\n*** SKIPPED: ${reason} ***\n\n`);
  return false;
}

export const seedPath = (name: string) => join(sharedDir, `seeds/${name}.txt`);
export const goldPath = (name: string) => join(sharedDir, `gold/dev/${name}.jsonl`);
export const scorerPath = () => join(sharedDir, "tools/score-extraction.mjs");
