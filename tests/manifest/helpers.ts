// Shared by the manifest suites: the real manifest, a reader over the real assets, and
// mutations that fail loudly when their target text is gone (so a test cannot pass vacuously).
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Finding, ReadFile } from "../../scripts/manifest/checks";
import { diskReader } from "../../scripts/manifest/cli";

export const repoRoot = resolve(__dirname, "../..");
export const manifestPath = join(repoRoot, "manifest.xml");
export const manifestText = readFileSync(manifestPath, "utf8");
export const realAssets: ReadFile = diskReader(repoRoot);

/** Replace the one occurrence of `from`; throws if it is missing or ambiguous. */
export function mutate(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`mutation target not found: ${from}`);
  if (text.indexOf(from, at + 1) >= 0) throw new Error(`mutation target is ambiguous: ${from}`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** 1-based line of the (unique) first occurrence of `needle`. */
export function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`not in text: ${needle}`);
  return text.slice(0, at).split("\n").length;
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((f) => f.code).sort();
}
