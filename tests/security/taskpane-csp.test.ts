// The task pane's Content-Security-Policy (src/taskpane/taskpane.html): scripts only from the
// add-in's origin and Office's CDN, no eval, no plug-ins. Checked on the policy's text, then in
// real Chromium on the production build, offline: every part of the pane that loads later (the
// set loader and zod, plan extraction, exceljs for returned files, JSZip) runs, downloads leave
// as blob: addresses, and not one `securitypolicyviolation` is raised.
import { mkdir, readFile } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { describeWith, findProgram } from "../support/real-programs";
import { buildTaskpane, serveFolder } from "../support/taskpane-build";
import { CITY_INPUT, citySet, filledForm } from "../core/summary/fixtures";
import type { CellValue } from "../../src/core/workbook/workbook";

const ROOT = path.resolve(__dirname, "../..");
const OFFICE_CDN = "https://appsforoffice.microsoft.com";

function policyOf(html: string): Map<string, string[]> {
  const m = /<meta\s+http-equiv="?Content-Security-Policy"?\s+content="([^"]*)"/i.exec(html);
  if (!m) throw new Error("no Content-Security-Policy meta element");
  return new Map(
    m[1]!
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );
}

describe("the policy as written", () => {
  let html = "";
  beforeAll(async () => {
    html = await readFile(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  });

  test("comes before every script, so it covers office.js and the bundle", () => {
    const meta = html.search(/<meta\s+http-equiv="?Content-Security-Policy/i);
    expect(meta).toBeGreaterThan(0);
    expect(meta).toBeLessThan(html.search(/<script\b/i));
  });

  test("scripts from the add-in and Office's CDN only; no eval, no inline script, no plug-ins", () => {
    const p = policyOf(html);
    expect(p.get("default-src")).toEqual(["'self'"]);
    expect(p.get("script-src")).toEqual(["'self'", OFFICE_CDN]);
    expect(p.get("object-src")).toEqual(["'none'"]);
    expect(p.get("base-uri")).toEqual(["'self'"]);
    const open = ["'unsafe-eval'", "'wasm-unsafe-eval'", "*", "https:", "http:", "blob:", "data:"];
    for (const [directive, sources] of p) {
      const allowed = directive === "img-src" || directive === "font-src" ? ["blob:", "data:"] : [];
      expect({ directive, open: sources.filter((s) => open.includes(s) && !allowed.includes(s)) }).toEqual({ directive, open: [] });
    }
    // inline only for styles (Fluent's Griffel writes <style> tags; see the comment in the page)
    expect([...p].filter(([, s]) => s.includes("'unsafe-inline'")).map(([d]) => d)).toEqual(["style-src"]);
    // frame-ancestors and report-uri are ignored in a meta element (and Chromium says so on the console)
    expect(p.has("frame-ancestors")).toBe(false);
  });
});

const chromiumProgram = findProgram("Chromium", ["/usr/bin/chromium", "chromium"]);
const OUT_DIR = path.join(ROOT, ".test-output/taskpane-csp-dist");

/** Runs before the page's own scripts (and is not itself subject to the page's policy). */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(e.violatedDirective + " " + e.blockedURI + " " + (e.sourceFile || "") + ":" + e.lineNumber));`;

describeWith(chromiumProgram)("the production pane in Chromium under its policy", () => {
  let server: Server | undefined;
  let origin = "";
  let browser: Browser | undefined;

  beforeAll(async () => {
    await mkdir(path.dirname(OUT_DIR), { recursive: true });
    await buildTaskpane(OUT_DIR);
    ({ server, origin } = await serveFolder(OUT_DIR));
    browser = await chromium.launch({ executablePath: chromiumProgram.path, args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"] });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  async function open(initScript?: string): Promise<{ page: Page; consoleErrors: string[]; pageErrors: string[] }> {
    const context = await browser!.newContext({ locale: "zh-CN", viewport: { width: 360, height: 900 }, acceptDownloads: true });
    const page = await context.newPage();
    const consoleErrors: string[] = [];
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error" && !m.location().url.startsWith(OFFICE_CDN)) consoleErrors.push(m.text());
    });
    // offline: office.js cannot load, as in CI; nothing else may leave 127.0.0.1
    await context.route("**/*", (route) => (route.request().url().startsWith(origin) ? route.continue() : route.abort("internetdisconnected")));
    await page.addInitScript(RECORD_VIOLATIONS);
    if (initScript) await page.addInitScript(initScript);
    await page.goto(`${origin}/taskpane.html`);
    return { page, consoleErrors, pageErrors };
  }

  test("set, plan, forms as a .zip, returned files summed up and downloaded: no violation, no error", async () => {
    const { page, consoleErrors, pageErrors } = await open();
    await page.locator('[data-testid="status"][data-state="outside"]').waitFor();

    // the set loader (zod) loads with the first set
    await page.getByTestId("set-file").setInputFiles({ name: "city.set.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(CITY_INPUT)) });
    await page.getByTestId("set-summary").waitFor();

    // plan extraction, a chunk of its own
    await page.getByTestId("plan-text").fill("全县学前教育毛入园率达到95%以上，新建幼儿园3所。");
    await page.getByRole("button", { name: "找出指标" }).click();
    await page.getByTestId("plan-proposal").first().waitFor();

    // every unit's form, made with exceljs and JSZip, leaves as a blob: download
    await page.getByRole("tab", { name: "生成填报表" }).click();
    const zip = page.waitForEvent("download");
    await page.getByRole("button", { name: /下载全部 \d+ 个单位的填报表/ }).click();
    expect((await zip).url()).toMatch(/^blob:/);

    // returned files read with exceljs in the page, the summary downloaded
    await page.getByRole("tab", { name: "汇总" }).click();
    const set = citySet();
    const file = async (unit: string, values: Record<string, CellValue>) => ({
      name: `${unit}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await (await filledForm(set, unit, values)).toBuffer()),
    });
    await page.getByTestId("summary-files").setInputFiles([await file("s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" }), await file("s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" })]);
    await page.getByTestId("summary-counts").waitFor({ timeout: 60_000 });
    const summary = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载汇总工作簿（.xlsx）" }).click();
    expect((await summary).url()).toMatch(/^blob:/);

    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect({ violations, consoleErrors, pageErrors }).toEqual({ violations: [], consoleErrors: [], pageErrors: [] });
    // webpack did load later chunks from the add-in's origin (it removes their script tags once run)
    const scripts = await page.evaluate(() => performance.getEntriesByType("resource").flatMap((e) => ((e as PerformanceResourceTiming).initiatorType === "script" ? [e.name] : [])));
    expect(scripts.filter((s) => s.startsWith(origin) && /\/\d+\.[0-9a-f]+\.js$/.test(s)).length).toBeGreaterThan(2);
  }, 180_000);

  test("inside (the tests' in-memory) Excel: returned files summed up and written as sheets, no violation", async () => {
    const esbuild = await import("esbuild");
    const excel = await esbuild.build({ entryPoints: [path.join(ROOT, "tests/taskpane/in-memory-excel.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" });
    const { page, consoleErrors, pageErrors } = await open(excel.outputFiles[0]!.text);
    await page.locator('[data-testid="status"][data-state="excel"]').waitFor();
    await page.getByTestId("set-file").setInputFiles({ name: "city.set.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(CITY_INPUT)) });
    await page.getByTestId("set-summary").waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    const form = await filledForm(citySet(), "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" });
    await page.getByTestId("summary-files").setInputFiles([{ name: "s1.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: Buffer.from(await form.toBuffer()) }]);
    await page.getByTestId("summary-counts").waitFor({ timeout: 60_000 });
    await page.getByRole("button", { name: "写入汇总工作表（当前工作簿）" }).click();
    await page.getByTestId("job-panel").getByText("已写入工作表").waitFor();
    const violations = await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
    expect({ violations, consoleErrors, pageErrors }).toEqual({ violations: [], consoleErrors: [], pageErrors: [] });
  }, 180_000);
});
