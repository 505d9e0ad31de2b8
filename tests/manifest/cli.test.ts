// The validator's command-line contract: exit codes, the line format, and what happens when the
// XSD check cannot run (a loud SKIPPED line locally, no verdict under CI=true). No xmllint needed:
// the XSD folder is pointed at an empty directory.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runValidate } from "../../scripts/manifest/cli";
import { lineOf, manifestPath, manifestText, mutate, repoRoot } from "./helpers";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "manifest-cli-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], extraEnv: Record<string, string> = {}): { code: number; out: string[] } {
  const out: string[] = [];
  const env = { PATH: process.env.PATH ?? "", MANIFEST_XSD_DIR: join(dir, "no-xsd-here"), ...extraEnv };
  return { code: runValidate(args, env, (l) => out.push(l)), out };
}

function write(name: string, content: string | Uint8Array): string {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
}

it("passes the real manifest and says loudly that the XSD check was skipped", () => {
  const { code, out } = run([manifestPath]);
  expect(code).toBe(0);
  expect(out).toContainEqual(expect.stringMatching(/^SKIPPED xsd: .*no OfficeAppManifestV1_1\.xsd in .*no-xsd-here/));
  expect(out[out.length - 1]).toMatch(/valid by the own checks only \(xsd SKIPPED/);
});

it("gives no verdict (exit 2) under CI=true when the XSD check cannot run", () => {
  const { code, out } = run([manifestPath], { CI: "true" });
  expect(code).toBe(2);
  expect(out).toContainEqual(expect.stringMatching(/^FAILED xsd: .*CI=true/));
});

it("exits 1 and prints file:line, the code and what to do for each finding", () => {
  const bad = mutate(manifestText, `<SupportUrl DefaultValue="https://`, `<SupportUrl DefaultValue="http://`);
  const file = write("http.xml", bad);
  const { code, out } = run(["--root", repoRoot, file]);
  expect(code).toBe(1);
  const at = out.findIndex((l) => l.includes(`http.xml:${lineOf(bad, "<SupportUrl")}: [http] `));
  expect(at).toBeGreaterThanOrEqual(0);
  expect(out[at + 1]).toMatch(/^ {4}→ use https:\/\//);
  expect(out[out.length - 1]).toMatch(/INVALID, 1 problem$/);
});

it("resolves icons against --root (a copy elsewhere finds no assets/)", () => {
  const file = write("copy.xml", manifestText);
  expect(run([file]).code).toBe(1);
  expect(run(["--root", repoRoot, file]).code).toBe(0);
});

it("reports broken XML as findings and does not run the XSD step", () => {
  const file = write("broken.xml", mutate(manifestText, "</DisplayName>", "</Display>"));
  const { code, out } = run(["--root", repoRoot, file]);
  expect(code).toBe(1);
  expect(out).toContainEqual(expect.stringMatching(/\[xml\]/));
  expect(out).toContainEqual(expect.stringMatching(/xsd: not run/));
});

it.each([
  ["a missing file", () => join(dir, "nope.xml"), /cannot use this file/],
  ["a non-UTF-8 file", () => write("gbk.xml", Uint8Array.of(0x3c, 0x61, 0x3e, 0xd6, 0xb8, 0xb1, 0xea, 0xff, 0x3c, 0x2f, 0x61, 0x3e)), /not valid UTF-8/],
  ["a file that is not XML", () => write("words.xml", "指标表"), /not an XML document/],
])("exits 2 for %s", (_what, file, message) => {
  const { code, out } = run([file()]);
  expect(code).toBe(2);
  expect(out.join("\n")).toMatch(message);
});

it("exits 2 on bad usage and 0 on --help", () => {
  expect(run([]).code).toBe(2);
  expect(run(["--frobnicate", manifestPath]).code).toBe(2);
  expect(run(["a.xml", "b.xml"]).code).toBe(2);
  expect(run(["--help"]).code).toBe(0);
});
