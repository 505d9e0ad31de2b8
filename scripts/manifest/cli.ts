// `npm run validate`: the project's own manifest checks, then Microsoft's XSDs through xmllint.
// Exit 0 = valid; 1 = the manifest has findings (each printed with its line and what to do);
// 2 = no full verdict was possible: no/unreadable/non-UTF-8/non-XML input, broken XSDs, or
// CI=true without xmllint or the XSDs (locally that only prints a loud SKIPPED line).
import { spawnSync } from "node:child_process";
import { accessSync, constants, existsSync, readFileSync } from "node:fs";
import { delimiter, dirname, join, relative, resolve } from "node:path";
import { checkManifest, type Finding, type ReadFile } from "./checks";

export const XSD_MAIN = "OfficeAppManifestV1_1.xsd";

export interface XsdFinding {
  line: number;
  message: string;
  fix: string;
}

export type XsdOutcome =
  | { status: "valid" }
  | { status: "invalid"; findings: XsdFinding[] }
  /** the schema did not compile or xmllint failed in a way that says nothing about the manifest */
  | { status: "broken"; detail: string };

/** Files under the repository root, by POSIX relative path. */
export function diskReader(repoRoot: string): ReadFile {
  return (repoPath) => {
    const file = resolve(repoRoot, ...repoPath.split("/"));
    if (relative(repoRoot, file).startsWith("..")) return undefined;
    try {
      return new Uint8Array(readFileSync(file));
    } catch {
      return undefined;
    }
  };
}

export function resolveXsdDir(repoRoot: string, env: NodeJS.ProcessEnv): string {
  return env.MANIFEST_XSD_DIR ? resolve(env.MANIFEST_XSD_DIR) : resolve(repoRoot, "../shared/xsd");
}

/** xmllint on PATH, without a shell. */
export function findXmllint(env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? "").split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, "xmllint");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // not here; keep looking
    }
  }
  return undefined;
}

function fixFor(message: string): string {
  const expected = /Expected is (?:one of )?\( ?([^)]*?) ?\)/.exec(message);
  if (expected) return `put the elements in the order the schema requires; here it expects ${expected[1]}`;
  if (message.includes("[facet 'enumeration']")) return "use one of the values the schema lists";
  if (message.includes("[facet 'maxLength']")) return "shorten the value (ShortString ≤ 125, LongString ≤ 250 characters, resource ids ≤ 32)";
  if (message.includes("[facet 'pattern']")) return "write the value in the form the schema's pattern requires";
  if (message.includes("Missing child element")) return "add the missing element where the schema says";
  return `correct it as the schema message says (schema ${XSD_MAIN})`;
}

/** Run xmllint against the XSDs and turn its messages into line findings. */
export function runXsd(manifestPath: string, xsdDir: string, xmllint: string): XsdOutcome {
  const run = spawnSync(xmllint, ["--noout", "--nonet", "--schema", join(xsdDir, XSD_MAIN), manifestPath], { encoding: "utf8", timeout: 60_000 });
  if (run.error) return { status: "broken", detail: `could not run ${xmllint}: ${run.error.message}` };
  if (run.status === 0) return { status: "valid" };
  // xmllint: 1-4 = the document is bad (3 = fails the schema), 5 = the schema did not compile.
  if (run.status === null || run.status >= 5) {
    return { status: "broken", detail: `xmllint exited with ${run.status ?? run.signal} (5 = the XSDs in ${xsdDir} did not compile):\n${run.stderr.trim()}` };
  }
  const findings: XsdFinding[] = [];
  for (const raw of run.stderr.split(/\r?\n/)) {
    const m = /^(.*?):(\d+): (.*)$/.exec(raw);
    if (!m || resolve(m[1]!) !== resolve(manifestPath)) continue;
    const message = m[3]!
      .replace(/\{[a-z][a-z0-9+.-]*:[^}]*\}/gi, "") // drop namespace URIs: "'{http://...}Permissions'" → "'Permissions'"
      .replace(/^element [^:]+: Schemas (validity|parser) error : /, "")
      .trim();
    findings.push({ line: Number(m[2]), message, fix: fixFor(message) });
  }
  if (findings.length === 0) findings.push({ line: 0, message: `xmllint rejected the manifest (exit ${run.status}): ${run.stderr.trim()}`, fix: "read xmllint's message above" });
  return { status: "invalid", findings };
}

const USAGE = "usage: tsx scripts/validate-manifest.ts [--root REPO_DIR] manifest.xml\n  REPO_DIR (default: the manifest's folder) holds assets/; the XSDs are looked up in $MANIFEST_XSD_DIR or REPO_DIR/../shared/xsd";

export function runValidate(args: string[], env: NodeJS.ProcessEnv, print: (line: string) => void): number {
  let rootArg: string | undefined;
  const files: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--root") rootArg = args[++i];
    else if (a === "-h" || a === "--help") {
      print(USAGE);
      return 0;
    } else if (a.startsWith("-")) {
      print(`unknown option ${a}\n${USAGE}`);
      return 2;
    } else files.push(a);
  }
  if (files.length !== 1 || (args.includes("--root") && !rootArg)) {
    print(USAGE);
    return 2;
  }
  const manifestPath = resolve(files[0]!);
  const shown = relative(process.cwd(), manifestPath) || manifestPath;
  const repoRoot = resolve(rootArg ?? dirname(manifestPath));

  let bytes: Buffer;
  try {
    bytes = readFileSync(manifestPath);
  } catch (e) {
    print(`${shown}: cannot use this file: ${(e as Error).message}`);
    return 2;
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    print(`${shown}: cannot use this file: it is not valid UTF-8 (save it as UTF-8)`);
    return 2;
  }

  const own = checkManifest(text, diskReader(repoRoot));
  if (!own.root) {
    print(`${shown}: cannot use this file: it is not an XML document (${own.findings[0]?.message ?? "no root element"})`);
    return 2;
  }
  const report = (f: Finding | XsdFinding, code: string) => {
    print(`${shown}:${f.line}: [${code}] ${f.message}`);
    print(`    → ${f.fix}`);
  };
  print(`${shown}: own checks: ${own.findings.length === 0 ? "OK" : `${own.findings.length} problem${own.findings.length === 1 ? "" : "s"}`}`);
  for (const f of own.findings) report(f, f.code);

  let problems = own.findings.length;
  let unusable = false;
  let skipped = false;
  if (!own.wellFormed) {
    print(`${shown}: xsd: not run, the XML is not well-formed`);
  } else {
    const xsdDir = resolveXsdDir(repoRoot, env);
    const xmllint = findXmllint(env);
    const missing = !existsSync(join(xsdDir, XSD_MAIN))
      ? `no ${XSD_MAIN} in ${xsdDir} (set MANIFEST_XSD_DIR, or keep Microsoft's XSDs in ../shared/xsd next to the repo)`
      : !xmllint
        ? "xmllint is not on PATH (install libxml2-utils)"
        : undefined;
    if (missing || !xmllint) {
      if (env.CI === "true") {
        print(`FAILED xsd: ${missing} — CI=true requires the schema check to run`);
        unusable = true;
      } else {
        skipped = true;
        print("");
        print(`SKIPPED xsd: the manifest was NOT checked against Microsoft's schemas: ${missing}`);
        print("");
      }
    } else {
      const outcome = runXsd(manifestPath, xsdDir, xmllint);
      const where = relative(process.cwd(), join(xsdDir, XSD_MAIN));
      if (outcome.status === "valid") print(`${shown}: xsd: OK (xmllint against ${where})`);
      else if (outcome.status === "broken") {
        print(`FAILED xsd: ${outcome.detail}`);
        unusable = true;
      } else {
        print(`${shown}: xsd: ${outcome.findings.length} problem${outcome.findings.length === 1 ? "" : "s"} (xmllint against ${where})`);
        for (const f of outcome.findings) report(f, "xsd");
        problems += outcome.findings.length;
      }
    }
  }

  if (unusable) {
    print(`${shown}: NO VERDICT (exit 2)${problems ? `; ${problems} problem(s) found so far` : ""}`);
    return 2;
  }
  if (problems > 0) print(`${shown}: INVALID, ${problems} problem${problems === 1 ? "" : "s"}`);
  else print(skipped ? `${shown}: valid by the own checks only (xsd SKIPPED, see above)` : `${shown}: valid`);
  return problems === 0 ? 0 : 1;
}
