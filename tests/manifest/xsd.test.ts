// Microsoft's manifest XSDs through the real xmllint: the real manifest validates, and the
// schema catches what the own checks leave to it (enumerations, element order). Needs xmllint
// and the XSDs (../shared/xsd or MANIFEST_XSD_DIR): skipped loudly locally, a failure under CI=true.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { delimiter, dirname, join } from "node:path";
import { checkManifest } from "../../scripts/manifest/checks";
import { resolveXsdDir, runValidate, runXsd, XSD_MAIN } from "../../scripts/manifest/cli";
import { describeWith, findProgram } from "../support/real-programs";
import { lineOf, manifestPath, manifestText, mutate, realAssets, repoRoot } from "./helpers";

const xsdDir = resolveXsdDir(repoRoot, process.env);
const xmllint = findProgram("xmllint", ["xmllint", "/usr/bin/xmllint"], (p) => spawnSync(p, ["--version"]).status === 0);
const xsd = findProgram(`Office manifest XSDs (${XSD_MAIN}; set MANIFEST_XSD_DIR or keep them in ../shared/xsd)`, [join(xsdDir, XSD_MAIN)]);

describeWith({ ...xmllint, available: xmllint.available && xsd.available })("xmllint against Microsoft's XSDs", () => {
  let dir: string;
  const write = (name: string, text: string) => {
    const file = join(dir, name);
    writeFileSync(file, text);
    return file;
  };
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "manifest-xsd-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("accepts the real manifest", () => {
    expect(runXsd(manifestPath, xsdDir, xmllint.path)).toEqual({ status: "valid" });
  });

  it("rejects a bad Permissions value, at the Permissions line", () => {
    const bad = mutate(manifestText, "<Permissions>ReadWriteDocument</Permissions>", "<Permissions>ReadWriteEverything</Permissions>");
    const outcome = runXsd(write("bad-permissions.xml", bad), xsdDir, xmllint.path);
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.findings).toHaveLength(1);
    expect(outcome.findings[0]!.line).toBe(lineOf(bad, "<Permissions>"));
    expect(outcome.findings[0]!.message).toMatch(/Element 'Permissions'.*enumeration.*'ReadWriteEverything'/);
    expect(outcome.findings[0]!.message).not.toContain("http://schemas.microsoft.com"); // namespace noise stripped
    expect(outcome.findings[0]!.fix).toMatch(/one of the values/);
  });

  it("rejects elements out of schema order", () => {
    const bad = mutate(mutate(manifestText, "  <Version>0.1.0.0</Version>\n", ""), "  <DefaultLocale>", "  <Version>0.1.0.0</Version>\n  <DefaultLocale>");
    const outcome = runXsd(write("bad-order.xml", bad), xsdDir, xmllint.path);
    expect(outcome.status).toBe("invalid");
    if (outcome.status !== "invalid") return;
    expect(outcome.findings[0]!.fix).toMatch(/order/);
  });

  it("leaves http URLs to the own checks (the schema types URLs as xs:anyURI)", () => {
    const bad = mutate(manifestText, `<SupportUrl DefaultValue="https://`, `<SupportUrl DefaultValue="http://`);
    expect(runXsd(write("http.xml", bad), xsdDir, xmllint.path)).toEqual({ status: "valid" });
    expect(checkManifest(bad, realAssets).findings.map((f) => f.code)).toEqual(["http"]);
  });

  it("npm run validate: exit 0 on the real manifest, 1 with the xsd finding on a bad copy", () => {
    const env = { PATH: `${dirname(xmllint.path)}${delimiter}${process.env.PATH ?? ""}`, MANIFEST_XSD_DIR: xsdDir };
    const lines: string[] = [];
    expect(runValidate([manifestPath], env, (l) => lines.push(l))).toBe(0);
    expect(lines.join("\n")).toMatch(/xsd: OK/);
    expect(lines[lines.length - 1]).toMatch(/: valid$/);

    const bad = write("bad.xml", mutate(manifestText, "<Permissions>ReadWriteDocument", "<Permissions>Everything"));
    const badLines: string[] = [];
    expect(runValidate(["--root", repoRoot, bad], env, (l) => badLines.push(l))).toBe(1);
    expect(badLines.join("\n")).toMatch(new RegExp(`bad\\.xml:${lineOf(manifestText, "<Permissions>")}: \\[xsd\\] Element 'Permissions'`));
  });
});
