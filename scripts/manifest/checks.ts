// The project's own manifest checks: the things Microsoft's XSDs cannot see (dangling or
// mistyped resids, duplicate ids, http URLs, icon files and pixel sizes, locale tags and en-US
// coverage, the ExcelApi requirement). Pure: they take the XML text and a file reader, so the
// tests can feed broken manifests and fake assets without touching the disk.
import { posix } from "node:path";
import { readPngHeader } from "./png";
import { attr, attrNs, children, descendants, parseXml, type XmlAttr, type XmlElement } from "./xml";

export const NS = {
  office: "http://schemas.microsoft.com/office/appforoffice/1.1",
  bt: "http://schemas.microsoft.com/office/officeappbasictypes/1.0",
  taskpane: "http://schemas.microsoft.com/office/taskpaneappversionoverrides",
  xsi: "http://www.w3.org/2001/XMLSchema-instance",
} as const;

/** The core runs on ExcelApi 1.1; newer sets are feature-detected at run time (see manifest.xml). */
export const EXCEL_API_MIN = "1.1";
export const DEFAULT_LOCALE = "zh-CN";
export const SECOND_LOCALE = "en-US";
/** Office requires these ribbon icon sizes in every <Icon>. */
export const RIBBON_ICON_SIZES = [16, 32, 80] as const;
const APP_ICON_SIZE: Record<string, number> = { IconUrl: 64, HighResolutionIconUrl: 128 };

export type FindingCode =
  | "xml"
  | "root"
  | "host"
  | "resid-missing"
  | "resid-kind"
  | "duplicate-id"
  | "http"
  | "url"
  | "icon-location"
  | "icon-missing"
  | "icon-not-png"
  | "icon-size"
  | "icon-set"
  | "locale"
  | "default-locale"
  | "override-missing"
  | "override-duplicate"
  | "requirements";

export interface Finding {
  code: FindingCode;
  /** 1-based line in the manifest */
  line: number;
  message: string;
  /** what to do about it */
  fix: string;
}

/** Reads a file by repository-relative POSIX path (e.g. "assets/icon-16.png"); undefined if absent. */
export type ReadFile = (repoPath: string) => Uint8Array | undefined;

export interface CheckResult {
  findings: Finding[];
  /** false when the XML itself is broken; then only "xml" findings are reported */
  wellFormed: boolean;
  root: XmlElement | undefined;
}

export function checkManifest(xmlText: string, readFile: ReadFile): CheckResult {
  const doc = parseXml(xmlText);
  if (doc.errors.length > 0 || !doc.root) {
    const findings = doc.errors.map<Finding>((e) => ({ code: "xml", line: e.line, message: e.message, fix: "fix the XML at this line; the other checks run once the file is well-formed" }));
    return { findings, wellFormed: false, root: doc.root };
  }
  const root = doc.root;
  const findings = [
    ...checkRoot(root),
    ...checkResources(root),
    ...checkUrls(root),
    ...checkIcons(root, readFile),
    ...checkLocales(root),
    ...checkRequirements(root),
  ].sort((a, b) => a.line - b.line);
  return { findings, wellFormed: true, root };
}

// ---------------------------------------------------------------------------------------------

function tag(el: XmlElement): string {
  const id = attr(el, "id") ?? attr(el, "resid") ?? attr(el, "Name");
  return id ? `<${el.name} ${id.name}="${id.value}">` : `<${el.name}>`;
}

function localType(el: XmlElement): string | undefined {
  const t = attrNs(el, NS.xsi, "type")?.value;
  return t?.slice(t.indexOf(":") + 1);
}

export function checkRoot(root: XmlElement): Finding[] {
  const out: Finding[] = [];
  if (root.local !== "OfficeApp" || root.ns !== NS.office) {
    out.push({ code: "root", line: root.line, message: `the root element is <${root.name}> in namespace "${root.ns}", not an add-in manifest's <OfficeApp>`, fix: `use <OfficeApp xmlns="${NS.office}" xsi:type="TaskPaneApp">` });
    return out;
  }
  if (localType(root) !== "TaskPaneApp") {
    out.push({ code: "root", line: root.line, message: `<OfficeApp> has xsi:type="${attrNs(root, NS.xsi, "type")?.value ?? ""}", but this add-in is a task pane`, fix: `set xsi:type="TaskPaneApp" (with xmlns:xsi="${NS.xsi}")` });
  }
  const hosts = children(root, NS.office, "Hosts")[0];
  const workbook = hosts && children(hosts, NS.office, "Host").some((h) => attr(h, "Name")?.value === "Workbook");
  if (!workbook) {
    out.push({ code: "host", line: hosts?.line ?? root.line, message: "the manifest does not declare the Excel host", fix: `add <Hosts><Host Name="Workbook"/></Hosts> after <SupportUrl>/<AppDomains>` });
  }
  return out;
}

// --- resources ------------------------------------------------------------------------------

type ResourceKind = "image" | "url" | "short" | "long";
const KIND_TEXT: Record<ResourceKind, string> = {
  image: "<bt:Image> under <bt:Images>",
  url: "<bt:Url> under <bt:Urls>",
  short: "<bt:String> under <bt:ShortStrings>",
  long: "<bt:String> under <bt:LongStrings>",
};
const GROUP_KIND: Record<string, [ResourceKind, string]> = {
  Images: ["image", "Image"],
  Urls: ["url", "Url"],
  ShortStrings: ["short", "String"],
  LongStrings: ["long", "String"],
};
/** Which kind of resource a resid on this element must name (the XSD's *ResourceReference types). */
const REFERENCE_KIND: Record<string, ResourceKind> = {
  Image: "image",
  SourceLocation: "url",
  FunctionFile: "url",
  LearnMoreUrl: "url",
  Label: "short",
  Title: "short",
  Namespace: "short",
  Description: "long",
};

interface Resource {
  id: string;
  kind: ResourceKind;
  el: XmlElement;
}

interface Scope {
  overrides: XmlElement;
  resources: Map<string, Resource>;
  /** every resource definition in order, duplicates included */
  all: Resource[];
  /** elements that belong to this VersionOverrides and not to a nested one */
  members: XmlElement[];
}

function isVersionOverrides(el: XmlElement): boolean {
  return el.local === "VersionOverrides" && el.ns.startsWith(NS.taskpane);
}

/** Each <VersionOverrides> (a nested V1_1 included) has its own <Resources>; resids resolve there. */
function scopes(root: XmlElement): Scope[] {
  return [root, ...descendants(root)].filter(isVersionOverrides).map((overrides) => {
    const members = descendants(overrides).filter((el) => {
      let p = el.parent;
      while (p && !isVersionOverrides(p)) p = p.parent;
      return p === overrides;
    });
    const all: Resource[] = [];
    for (const resources of overrides.children.filter((c) => c.local === "Resources")) {
      for (const group of resources.children) {
        const kind = group.ns === NS.bt ? GROUP_KIND[group.local] : undefined;
        if (!kind) continue;
        for (const el of children(group, NS.bt, kind[1])) {
          const id = attr(el, "id")?.value;
          if (id !== undefined) all.push({ id, kind: kind[0], el });
        }
      }
    }
    const map = new Map<string, Resource>();
    for (const r of all) if (!map.has(r.id)) map.set(r.id, r);
    return { overrides, resources: map, all, members };
  });
}

export function checkResources(root: XmlElement): Finding[] {
  const out: Finding[] = [];
  for (const scope of scopes(root)) {
    const seen = new Map<string, Resource>();
    for (const r of scope.all) {
      const first = seen.get(r.id);
      if (first) {
        out.push({ code: "duplicate-id", line: r.el.line, message: `resource id "${r.id}" is already used by ${tag(first.el)} on line ${first.el.line}`, fix: "give each resource its own id (a resid cannot tell two apart) and update the resids that mean this one" });
      } else seen.set(r.id, r);
    }

    const uiIds = new Map<string, XmlElement>();
    for (const el of scope.members) {
      if (!["Group", "Control", "CustomTab", "Item"].includes(el.local) || el.ns !== scope.overrides.ns) continue;
      const id = attr(el, "id")?.value;
      if (id === undefined) continue;
      const first = uiIds.get(id);
      if (first) out.push({ code: "duplicate-id", line: el.line, message: `${tag(el)} reuses the id of ${tag(first)} on line ${first.line}`, fix: "give every group, control, custom tab and menu item a unique id" });
      else uiIds.set(id, el);
    }

    for (const el of scope.members) {
      const resid = attr(el, "resid");
      if (!resid) continue;
      const want = REFERENCE_KIND[el.local];
      const found = scope.resources.get(resid.value);
      if (!found) {
        const sameKind = [...scope.resources.values()].filter((r) => !want || r.kind === want).map((r) => r.id);
        out.push({
          code: "resid-missing",
          line: resid.line,
          message: `${tag(el)} names no resource: there is no id="${resid.value}" in <Resources>`,
          fix: `add ${want ? KIND_TEXT[want] : "a resource"} with id="${resid.value}", or correct the resid${sameKind.length ? ` (existing: ${sameKind.slice(0, 8).join(", ")})` : ""}`,
        });
      } else if (want && found.kind !== want) {
        out.push({ code: "resid-kind", line: resid.line, message: `${tag(el)} must name a ${KIND_TEXT[want]}, but "${resid.value}" is a ${KIND_TEXT[found.kind]} (line ${found.el.line})`, fix: `point the resid at a ${KIND_TEXT[want]}, or move the resource there` });
      }
    }
  }
  return out;
}

// --- URLs -----------------------------------------------------------------------------------

interface UrlSite {
  el: XmlElement;
  /** the attribute holding the URL; undefined when it is the element text (AppDomain) */
  at: XmlAttr | undefined;
  value: string;
  line: number;
}

/** Every place where the manifest holds a URL by its type, overrides included. */
function urlSites(root: XmlElement): UrlSite[] {
  const sites: UrlSite[] = [];
  for (const el of descendants(root)) {
    if (el.ns === NS.office && ["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(el.local)) sites.push(...siteOf(el));
    else if (el.ns === NS.bt && (el.local === "Image" || el.local === "Url") && attr(el, "id")) sites.push(...siteOf(el));
    else if (el.local === "AppDomain") sites.push({ el, at: undefined, value: el.text.trim(), line: el.line });
  }
  return sites;
}

export function checkUrls(root: XmlElement): Finding[] {
  const out: Finding[] = [];
  const checked = new Set<XmlAttr>();
  const where = (s: UrlSite) => (s.at ? `${s.at.name} of ${tag(s.el)}` : `${tag(s.el)}`);
  for (const site of urlSites(root)) {
    if (site.at) checked.add(site.at);
    let url: URL | undefined;
    try {
      url = new URL(site.value);
    } catch {
      url = undefined;
    }
    if (!url) {
      out.push({ code: "url", line: site.line, message: `${where(site)} is "${site.value}", not an absolute URL`, fix: "write a full https:// URL (Office does not resolve relative URLs in a manifest)" });
    } else if (url.protocol !== "https:") {
      out.push({ code: "http", line: site.line, message: `${where(site)} is "${site.value}", which is not https`, fix: `use https://${site.value.replace(/^[a-z][a-z0-9+.-]*:\/\//i, "")} (Office loads add-in content only over https; locally the dev server serves https with office-addin-dev-certs)` });
    }
  }
  // Anything else that looks like a URL in a value (e.g. a string resource) must be https too.
  for (const el of [root, ...descendants(root)]) {
    for (const a of el.attrs) {
      if (checked.has(a) || (a.name !== "DefaultValue" && a.name !== "Value")) continue;
      const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(a.value);
      if (scheme && scheme[1]!.toLowerCase() !== "https") {
        out.push({ code: "http", line: a.line, message: `${a.name} of ${tag(el)} is the URL "${a.value}", which is not https`, fix: "use an https:// URL" });
      }
    }
  }
  return out;
}

// --- icons ----------------------------------------------------------------------------------

/** "https://host/assets/icon-16.png" → "assets/icon-16.png"; undefined when not under /assets/. */
export function assetPathOf(url: string): string | undefined {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url).pathname);
  } catch {
    return undefined;
  }
  const rel = posix.normalize(pathname).replace(/^\/+/, "");
  return rel.startsWith("assets/") && !rel.split("/").includes("..") ? rel : undefined;
}

export function checkIcons(root: XmlElement, readFile: ReadFile): Finding[] {
  const out: Finding[] = [];
  const sizeCache = new Map<string, { width: number; height: number } | undefined>();

  /** Checks that the icon exists and is a PNG; returns its size, or undefined after reporting. */
  const inspect = (url: string, line: number, what: string): { width: number; height: number; file: string } | undefined => {
    const file = assetPathOf(url);
    if (!file) {
      if (/^https:/i.test(url)) {
        out.push({ code: "icon-location", line, message: `${what} "${url}" does not point into /assets/, so the icon cannot be checked offline`, fix: "keep icons in assets/ and reference them as https://<host>/assets/<name>.png" });
      }
      return undefined;
    }
    if (sizeCache.has(file)) {
      const known = sizeCache.get(file);
      return known && { ...known, file };
    }
    const bytes = readFile(file);
    if (!bytes) {
      sizeCache.set(file, undefined);
      out.push({ code: "icon-missing", line, message: `${what} refers to ${file}, which does not exist`, fix: "create it (npx tsx scripts/make-icons.ts renders icon-16/32/64/80/128.png from assets/icon.svg) or correct the file name in the URL" });
      return undefined;
    }
    const header = readPngHeader(bytes);
    if (!header.ok) {
      sizeCache.set(file, undefined);
      out.push({ code: "icon-not-png", line, message: `${what} refers to ${file}, which ${header.reason}`, fix: "replace it with a real PNG (npx tsx scripts/make-icons.ts)" });
      return undefined;
    }
    sizeCache.set(file, { width: header.width, height: header.height });
    return { width: header.width, height: header.height, file };
  };
  const expectSize = (found: { width: number; height: number; file: string } | undefined, size: number, line: number, what: string) => {
    if (found && (found.width !== size || found.height !== size)) {
      out.push({ code: "icon-size", line, message: `${what} must be ${size}x${size} px, but ${found.file} is ${found.width}x${found.height}`, fix: `point it at a ${size}x${size} PNG (assets/icon-${size}.png), or regenerate the icons with npx tsx scripts/make-icons.ts` });
    }
  };

  // App icons: the declared size is implied by the element.
  for (const el of children(root, NS.office, "IconUrl").concat(children(root, NS.office, "HighResolutionIconUrl"))) {
    const size = APP_ICON_SIZE[el.local]!;
    for (const site of siteOf(el)) {
      expectSize(inspect(site.value, site.line, `${site.at?.name ?? ""} of <${el.name}>`), size, site.line, `<${el.name}>`);
    }
  }

  for (const scope of scopes(root)) {
    // Every image resource must be a PNG under assets/, referenced or not.
    const images = new Map<string, { width: number; height: number; file: string }[]>();
    for (const r of scope.all.filter((r) => r.kind === "image")) {
      const found: { width: number; height: number; file: string }[] = [];
      for (const site of siteOf(r.el)) {
        const f = inspect(site.value, site.line, `${tag(r.el)}`);
        if (f) found.push(f);
      }
      if (!images.has(r.id)) images.set(r.id, found);
    }
    // Each <bt:Image size=".." resid=".."> must name a file of exactly that size.
    for (const el of scope.members) {
      const resid = attr(el, "resid");
      const size = attr(el, "size");
      if (el.local !== "Image" || !resid || !size || !/^\d+$/.test(size.value.trim())) continue;
      for (const f of images.get(resid.value) ?? []) expectSize(f, Number(size.value), size.line, `${tag(el)} with size="${size.value}"`);
    }
    // Office requires 16, 32 and 80 in every ribbon icon list.
    for (const icon of scope.members.filter((e) => e.local === "Icon" && e.ns === scope.overrides.ns)) {
      const sizes = new Set(icon.children.filter((c) => c.local === "Image").map((c) => Number(attr(c, "size")?.value)));
      const missing = RIBBON_ICON_SIZES.filter((s) => !sizes.has(s));
      if (missing.length) {
        out.push({ code: "icon-set", line: icon.line, message: `<${icon.name}> of ${tag(icon.parent ?? icon)} has no image of size ${missing.join(", ")}`, fix: `add <bt:Image size="${missing[0]}" resid="Icon.${missing[0]}x${missing[0]}"/> (Office needs 16, 32 and 80)` });
      }
    }
  }
  return out;
}

/** The URL sites (DefaultValue and override Values) of one element. */
function siteOf(el: XmlElement): UrlSite[] {
  const sites: UrlSite[] = [];
  const dv = attr(el, "DefaultValue");
  if (dv) sites.push({ el, at: dv, value: dv.value, line: dv.line });
  for (const o of el.children.filter((c) => c.local === "Override")) {
    const v = attr(o, "Value");
    if (v) sites.push({ el: o, at: v, value: v.value, line: v.line });
  }
  return sites;
}

// --- locales --------------------------------------------------------------------------------

const FULL_TAG = /^[a-z]{2,3}(-[A-Z][a-z]{3})?-([A-Z]{2}|[0-9]{3})$/;
const USUAL_REGION: Record<string, string> = { zh: "zh-CN", en: "en-US" };

function suggestTag(tag: string): string {
  const parts = tag.split(/[-_]/);
  if (parts.length === 1) return USUAL_REGION[tag.toLowerCase()] ?? `${tag.toLowerCase()}-XX (language-REGION)`;
  return [parts[0]!.toLowerCase(), ...parts.slice(1).map((p) => (p.length === 4 ? p[0]!.toUpperCase() + p.slice(1).toLowerCase() : p.toUpperCase()))].join("-");
}

export function checkLocales(root: XmlElement): Finding[] {
  const out: Finding[] = [];
  const badTag = (value: string, line: number, what: string) => {
    if (FULL_TAG.test(value)) return false;
    out.push({ code: "locale", line, message: `${what} "${value}" is not a full language-REGION tag`, fix: `write "${suggestTag(value)}" (Office matches overrides against tags such as zh-CN and en-US)` });
    return true;
  };

  const def = children(root, NS.office, "DefaultLocale")[0];
  if (!def) {
    out.push({ code: "default-locale", line: root.line, message: "the manifest has no <DefaultLocale>", fix: `add <DefaultLocale>${DEFAULT_LOCALE}</DefaultLocale> after <ProviderName>` });
  } else {
    const value = def.text.trim();
    if (!badTag(value, def.line, "<DefaultLocale>") && value !== DEFAULT_LOCALE) {
      out.push({ code: "default-locale", line: def.line, message: `<DefaultLocale> is "${value}"; the default strings of this add-in are Simplified Chinese`, fix: `set <DefaultLocale>${DEFAULT_LOCALE}</DefaultLocale> and keep the DefaultValues in Chinese, with ${SECOND_LOCALE} overrides` });
    }
  }
  for (const el of descendants(root).filter((e) => e.local === "Override")) {
    const locale = attr(el, "Locale");
    if (locale) badTag(locale.value, locale.line, `Locale of <${el.name}>`);
  }

  const strings = [
    ...children(root, NS.office, "DisplayName"),
    ...children(root, NS.office, "Description"),
    ...descendants(root).filter((e) => e.ns === NS.bt && e.local === "String" && attr(e, "id") && e.parent?.ns === NS.bt && (e.parent.local === "ShortStrings" || e.parent.local === "LongStrings")),
  ];
  for (const el of strings) {
    const overrides = el.children.filter((c) => c.local === "Override");
    const seen = new Map<string, XmlElement>();
    for (const o of overrides) {
      const loc = attr(o, "Locale")?.value ?? "";
      const first = seen.get(loc);
      if (first) out.push({ code: "override-duplicate", line: o.line, message: `${tag(el)} has a second override for ${loc} (first on line ${first.line})`, fix: "keep one override per locale" });
      else seen.set(loc, o);
    }
    if (!seen.has(SECOND_LOCALE)) {
      const overrideName = el.prefix ? `${el.prefix}:Override` : "Override";
      out.push({ code: "override-missing", line: el.line, message: `${tag(el)} has no ${SECOND_LOCALE} override, so English Office would show the Chinese text`, fix: `add <${overrideName} Locale="${SECOND_LOCALE}" Value="..."/> inside it` });
    }
  }
  return out;
}

// --- requirements ---------------------------------------------------------------------------

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

export function checkRequirements(root: XmlElement): Finding[] {
  const requirements = children(root, NS.office, "Requirements")[0];
  const sets = requirements && children(requirements, NS.office, "Sets")[0];
  const excel = sets && children(sets, NS.office, "Set").find((s) => attr(s, "Name")?.value === "ExcelApi");
  if (!sets || !excel) {
    return [{ code: "requirements", line: (sets ?? requirements ?? root).line, message: "the manifest does not require the ExcelApi requirement set", fix: `add <Requirements><Sets DefaultMinVersion="1.1"><Set Name="ExcelApi" MinVersion="${EXCEL_API_MIN}"/></Sets></Requirements> before <DefaultSettings>` }];
  }
  const version = attr(excel, "MinVersion")?.value ?? attr(sets, "DefaultMinVersion")?.value ?? "1.1";
  if (!/^\d+\.\d+$/.test(version)) {
    return [{ code: "requirements", line: excel.line, message: `ExcelApi version "${version}" is not of the form 1.1`, fix: `write MinVersion="${EXCEL_API_MIN}"` }];
  }
  if (compareVersions(version, EXCEL_API_MIN) > 0) {
    return [{ code: "requirements", line: excel.line, message: `ExcelApi MinVersion is ${version}, but the core needs only ${EXCEL_API_MIN}; newer sets are detected at run time and degrade with a message`, fix: `keep MinVersion="${EXCEL_API_MIN}" so older Excel can still load the add-in (if the core truly needs more, change EXCEL_API_MIN in scripts/manifest/checks.ts too)` }];
  }
  return [];
}
