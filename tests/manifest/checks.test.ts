// The project's own manifest checks: the real manifest passes, and each kind of breakage that
// the XSDs cannot see produces its own finding at the right line.
import { checkManifest, type ReadFile } from "../../scripts/manifest/checks";
import { encodePng } from "../../scripts/manifest/png";
import { codes, lineOf, manifestText, mutate, realAssets } from "./helpers";

const check = (text: string, read: ReadFile = realAssets) => checkManifest(text, read);

/** Real assets, except the given paths are replaced (undefined = missing). */
function assetsWith(overrides: Record<string, Uint8Array | undefined>): ReadFile {
  return (p) => (p in overrides ? overrides[p] : realAssets(p));
}

function png(size: number): Uint8Array {
  return encodePng(size, size, new Uint8Array(size * size * 4));
}

describe("the real manifest", () => {
  it("passes every own check", () => {
    const result = check(manifestText);
    expect(result.wellFormed).toBe(true);
    expect(result.findings).toEqual([]);
  });

  it("keeps the ExcelApi minimum at 1.1 and says why in a comment", () => {
    expect(manifestText).toMatch(/<Set Name="ExcelApi" MinVersion="1\.1"\/>/);
    expect(manifestText).toMatch(/<!--[^]*ExcelApi 1\.1[^]*run time[^]*-->\s*<Requirements>/);
  });

  it("references exactly the committed icon files", () => {
    const used = [...manifestText.matchAll(/https:\/\/[^"]*\/(assets\/[^"]+)"/g)].map((m) => m[1]);
    expect(new Set(used)).toEqual(new Set(["assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "assets/icon-128.png"]));
  });
});

describe("resource references", () => {
  it("reports a dangling resid at its line", () => {
    const bad = mutate(manifestText, `<Label resid="CommandsGroup.Label"/>`, `<Label resid="CommandsGroup.Lable"/>`);
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["resid-missing"]);
    expect(findings[0]!.line).toBe(lineOf(bad, "CommandsGroup.Lable"));
    expect(findings[0]!.message).toContain("CommandsGroup.Lable");
    expect(findings[0]!.fix).toContain("<bt:ShortStrings>");
  });

  it("reports an icon resid that names no bt:Image", () => {
    const bad = mutate(manifestText, `<bt:Image id="Icon.80x80"`, `<bt:Image id="Icon.80"`);
    // Both ribbon icon lists use Icon.80x80.
    expect(codes(check(bad).findings)).toEqual(["resid-missing", "resid-missing"]);
  });

  it("reports a resid of the wrong kind (a supertip description naming a short string)", () => {
    const bad = mutate(manifestText, `<Description resid="TaskpaneButton.Tooltip"/>`, `<Description resid="TaskpaneButton.Label"/>`);
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["resid-kind"]);
    expect(findings[0]!.message).toContain("<bt:LongStrings>");
  });

  it("reports an image resid that names a URL resource", () => {
    // "\n" + 18 spaces picks the group's icon list, not the button's (20 spaces).
    const bad = mutate(manifestText, `\n                  <bt:Image size="16" resid="Icon.16x16"/>`, `\n                  <bt:Image size="16" resid="Taskpane.Url"/>`);
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["resid-kind"]);
    expect(findings[0]!.line).toBe(lineOf(bad, `resid="Taskpane.Url"/>\n                  <bt:Image size="32"`));
  });

  it("reports a duplicate resource id, also across kinds", () => {
    const sameKind = mutate(manifestText, "</bt:ShortStrings>", `<bt:String id="GetStarted.Title" DefaultValue="重复"><bt:Override Locale="en-US" Value="dup"/></bt:String></bt:ShortStrings>`);
    const r1 = check(sameKind);
    expect(codes(r1.findings)).toEqual(["duplicate-id"]);
    expect(r1.findings[0]!.message).toContain(`line ${lineOf(sameKind, `<bt:String id="GetStarted.Title"`)}`);

    const crossKind = mutate(manifestText, "</bt:Urls>", `<bt:Url id="Icon.16x16" DefaultValue="https://localhost:3000/x.html"/></bt:Urls>`);
    expect(codes(check(crossKind).findings)).toEqual(["duplicate-id"]);
  });

  it("reports duplicate control ids", () => {
    const bad = mutate(manifestText, `id="IndicatorTables.OpenPane"`, `id="IndicatorTables.Group"`);
    expect(codes(check(bad).findings)).toEqual(["duplicate-id"]);
  });
});

describe("URLs", () => {
  it("reports an http SupportUrl at its line, with the https fix", () => {
    const bad = mutate(manifestText, `<SupportUrl DefaultValue="https://`, `<SupportUrl DefaultValue="http://`);
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["http"]);
    expect(findings[0]!.line).toBe(lineOf(bad, "<SupportUrl"));
    expect(findings[0]!.fix).toContain("https://localhost:3000/help.html");
  });

  it("reports http in the task pane location, a bt:Url, an override and an AppDomain", () => {
    let bad = mutate(manifestText, `<SourceLocation DefaultValue="https://`, `<SourceLocation DefaultValue="http://`);
    bad = mutate(bad, `<bt:Url id="Taskpane.Url" DefaultValue="https://`, `<bt:Url id="Taskpane.Url" DefaultValue="http://`);
    bad = mutate(bad, `<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>`, `<IconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"><Override Locale="en-US" Value="http://localhost:3000/assets/icon-64.png"/></IconUrl>`);
    bad = mutate(bad, "  <Hosts>\n    <Host Name", "  <AppDomains><AppDomain>http://example.edu.cn</AppDomain></AppDomains>\n  <Hosts>\n    <Host Name");
    expect(codes(check(bad).findings)).toEqual(["http", "http", "http", "http"]);
  });

  it("reports a relative URL", () => {
    const bad = mutate(manifestText, `<SupportUrl DefaultValue="https://localhost:3000/help.html"/>`, `<SupportUrl DefaultValue="help.html"/>`);
    expect(codes(check(bad).findings)).toEqual(["url"]);
  });

  it("reports an http URL that hides in a string resource", () => {
    const bad = mutate(manifestText, `Value="Indicator Tables"/>\n        </bt:String>`, `Value="http://example.com"/>\n        </bt:String>`);
    expect(codes(check(bad).findings)).toEqual(["http"]);
  });
});

describe("icons", () => {
  it("reports a ribbon icon file whose pixel size differs from the declared size", () => {
    const { findings } = check(manifestText, assetsWith({ "assets/icon-16.png": png(32) }));
    // The group and the button both declare size="16" for Icon.16x16.
    expect(codes(findings)).toEqual(["icon-size", "icon-size"]);
    expect(findings[0]!.message).toMatch(/16x16 px, but assets\/icon-16\.png is 32x32/);
    expect(findings[0]!.line).toBe(lineOf(manifestText, `<bt:Image size="16" resid="Icon.16x16"/>`));
  });

  it("reports IconUrl / HighResolutionIconUrl files that are not 64 / 128 px", () => {
    const bad = mutate(manifestText, "assets/icon-64.png", "assets/icon-32.png");
    const { findings } = check(bad, assetsWith({ "assets/icon-128.png": png(64) }));
    expect(codes(findings)).toEqual(["icon-size", "icon-size"]);
    expect(findings.map((f) => f.line)).toEqual([lineOf(bad, "<IconUrl"), lineOf(bad, "<HighResolutionIconUrl")]);
    expect(findings[0]!.message).toContain("64x64");
    expect(findings[1]!.message).toContain("128x128");
  });

  it("reports a missing icon file, referenced from the ribbon or as the app icon", () => {
    const bad = mutate(manifestText, "assets/icon-80.png", "assets/icon-81.png");
    const r1 = check(bad);
    expect(codes(r1.findings)).toEqual(["icon-missing"]);
    expect(r1.findings[0]!.message).toContain("assets/icon-81.png");
    expect(r1.findings[0]!.line).toBe(lineOf(bad, "icon-81.png"));

    expect(codes(check(manifestText, assetsWith({ "assets/icon-128.png": undefined })).findings)).toEqual(["icon-missing"]);
  });

  it("reports an icon that is not a PNG, or a damaged one", () => {
    expect(codes(check(manifestText, assetsWith({ "assets/icon-32.png": new TextEncoder().encode("GIF89a...") })).findings)).toEqual(["icon-not-png"]);
    const damaged = png(32);
    damaged[20] = 1; // width byte changed, CRC no longer matches
    const { findings } = check(manifestText, assetsWith({ "assets/icon-32.png": damaged }));
    expect(codes(findings)).toEqual(["icon-not-png"]);
    expect(findings[0]!.message).toContain("CRC");
  });

  it("reports an icon outside assets/, which cannot be checked offline", () => {
    const bad = mutate(manifestText, "https://localhost:3000/assets/icon-128.png", "https://cdn.example.com/logo.png");
    expect(codes(check(bad).findings)).toEqual(["icon-location"]);
  });

  it("reports an icon list without the required 80 px image", () => {
    const bad = mutate(manifestText, `\n                  <bt:Image size="80" resid="Icon.80x80"/>`, "");
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["icon-set"]);
    expect(findings[0]!.message).toContain("80");
  });
});

describe("locales", () => {
  it("reports a bare `zh` DefaultLocale and suggests zh-CN", () => {
    const bad = mutate(manifestText, "<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>zh</DefaultLocale>");
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["locale"]);
    expect(findings[0]!.line).toBe(lineOf(bad, "<DefaultLocale>"));
    expect(findings[0]!.fix).toContain('"zh-CN"');
  });

  it("reports a full but different DefaultLocale", () => {
    const bad = mutate(manifestText, "<DefaultLocale>zh-CN</DefaultLocale>", "<DefaultLocale>en-US</DefaultLocale>");
    expect(codes(check(bad).findings)).toEqual(["default-locale"]);
  });

  it("reports a short or miscased override locale", () => {
    const bad = mutate(manifestText, `<Override Locale="en-US" Value="Indicator Tables"/>`, `<Override Locale="en-us" Value="Indicator Tables"/>`);
    const { findings } = check(bad);
    // en-us is not a full tag, and so DisplayName also lacks a real en-US override.
    expect(codes(findings)).toEqual(["locale", "override-missing"]);
    expect(findings.find((f) => f.code === "locale")!.fix).toContain('"en-US"');
  });

  it("reports a string without its en-US override", () => {
    const bad = mutate(manifestText, `\n          <bt:Override Locale="en-US" Value="Open Indicator Tables"/>`, "");
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["override-missing"]);
    expect(findings[0]!.line).toBe(lineOf(bad, `<bt:String id="TaskpaneButton.Label"`));
    expect(findings[0]!.fix).toContain(`<bt:Override Locale="en-US"`);
  });

  it("reports a DisplayName without its en-US override", () => {
    const bad = mutate(manifestText, `\n    <Override Locale="en-US" Value="Indicator Tables"/>`, "");
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["override-missing"]);
    expect(findings[0]!.fix).toContain(`<Override Locale="en-US"`);
  });

  it("reports two overrides for the same locale", () => {
    const bad = mutate(manifestText, `<bt:Override Locale="en-US" Value="Open Indicator Tables"/>`, `<bt:Override Locale="en-US" Value="Open Indicator Tables"/><bt:Override Locale="en-US" Value="Open"/>`);
    expect(codes(check(bad).findings)).toEqual(["override-duplicate"]);
  });
});

describe("requirements, root and host", () => {
  it("reports a manifest that does not require ExcelApi", () => {
    const bad = mutate(manifestText, `<Set Name="ExcelApi" MinVersion="1.1"/>`, `<Set Name="WordApi" MinVersion="1.1"/>`);
    expect(codes(check(bad).findings)).toEqual(["requirements"]);
  });

  it("reports a raised ExcelApi minimum (the code feature-detects newer sets)", () => {
    const bad = mutate(manifestText, `<Set Name="ExcelApi" MinVersion="1.1"/>`, `<Set Name="ExcelApi" MinVersion="1.8"/>`);
    const { findings } = check(bad);
    expect(codes(findings)).toEqual(["requirements"]);
    expect(findings[0]!.line).toBe(lineOf(bad, `<Set Name="ExcelApi"`));
  });

  it("reports a non-task-pane manifest and a missing Workbook host", () => {
    expect(codes(check(mutate(manifestText, `xsi:type="TaskPaneApp"`, `xsi:type="ContentApp"`)).findings)).toEqual(["root"]);
    expect(codes(check(mutate(manifestText, `<Host Name="Workbook"/>`, `<Host Name="Document"/>`)).findings)).toEqual(["host"]);
  });
});

describe("broken XML", () => {
  it("reports well-formedness errors with lines and runs no other check", () => {
    const bad = mutate(manifestText, "<Version>0.1.0.0</Version>", "<Version>0.1.0.0</Versoin>");
    const result = check(bad);
    expect(result.wellFormed).toBe(false);
    expect(result.findings.every((f) => f.code === "xml")).toBe(true);
    expect(result.findings[0]!.line).toBe(lineOf(bad, "</Versoin>"));
  });
});
