// Builds the production task pane, serves it on 127.0.0.1 and opens it in real Chromium, offline:
// office.js from Microsoft's CDN is aborted, as it fails without a network, so these check the
// "not in Excel" path, the language choice, and (with a stubbed Office) the connected state.
import { mkdir, readFile, readdir } from "node:fs/promises";
import type { Server } from "node:http";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { describeWith, findProgram } from "../support/real-programs";
import { buildTaskpane, serveFolder } from "../support/taskpane-build";
import { CITY_INPUT, citySet, filledForm } from "../core/summary/fixtures";
import type { CellValue } from "../../src/core/workbook/workbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx";

const chromiumProgram = findProgram("Chromium", ["/usr/bin/chromium", "chromium"]);

const ROOT = path.resolve(__dirname, "../..");
const OUT_DIR = path.join(ROOT, ".test-output/taskpane-dist");
const SCREENSHOT = path.join(ROOT, ".test-output/taskpane.png");
const OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const EXAMPLE_SET = path.join(ROOT, "examples/district-balanced-development.set.json");

const NOT_IN_EXCEL_ZH = "未在 Excel 中运行：请在 Excel 中打开此加载项（开始 › 指标表）。";
const NOT_IN_EXCEL_EN = "Not running in Excel: open this add-in in Excel (Home › Indicator Tables).";

/** Stands in for office.js inside Excel: onReady both calls back and resolves, as the real one does. */
const EXCEL_STUB = `
  window.Office = {
    context: { displayLanguage: "zh-CN" },
    onReady(callback) {
      const info = { host: "Excel", platform: "PC" };
      return new Promise((resolve) => setTimeout(() => { if (callback) callback(info); resolve(info); }, 50));
    },
  };`;

/** axe-core (WCAG 2.1 A and AA) on the page as it is; every violation is listed with its nodes.
 *  Left out: Tabster's focus guards (`<i data-tabster-dummy aria-hidden tabindex=0>`), which
 *  Fluent's TabList, Toolbar and arrow-key groups add on purpose to hand focus on at once;
 *  upstream calls the aria-hidden-focus finding on them by design (microsoft/tabster#288,
 *  microsoft/fluentui#27517) and Accessibility Insights suppresses it. Our own markup is all checked. */
async function expectNoAxeViolations(page: Page, step: string): Promise<void> {
  // evaluated through the DevTools protocol, not as a script tag, so the pane's CSP stays as it ships
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(await readFile(require.resolve("axe-core/axe.min.js"), "utf8"));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, o: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> } }).axe;
    const r = await axe.run({ include: [["html"]], exclude: [["[data-tabster-dummy]"]] }, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(" ")}`);
  });
  expect({ step, violations }).toEqual({ step, violations: [] });
}

/** The in-memory Excel of the Office.js tests, bundled for the page (see in-memory-excel.ts). */
async function inMemoryExcelScript(): Promise<string> {
  const esbuild = await import("esbuild");
  const out = await esbuild.build({ entryPoints: [path.join(__dirname, "in-memory-excel.ts")], bundle: true, format: "iife", platform: "browser", target: "es2020", write: false, logLevel: "silent" });
  return out.outputFiles[0]!.text;
}

/** office.js that loaded but never hears from a host (e.g. Excel hung while starting). */
const SILENT_OFFICE_STUB = `window.Office = { onReady() { return new Promise(() => {}); } };`;

interface OpenedPane {
  page: Page;
  pageErrors: string[];
  consoleErrors: string[];
  officeJsRequests: string[];
  otherExternalRequests: string[];
}

describeWith(chromiumProgram)("task pane in Chromium (office.js unreachable)", () => {
  let server: Server | undefined;
  let origin = "";
  let browser: Browser | undefined;
  const opened: OpenedPane[] = [];

  beforeAll(async () => {
    await mkdir(path.dirname(OUT_DIR), { recursive: true });
    await buildTaskpane(OUT_DIR);
    ({ server, origin } = await serveFolder(OUT_DIR));
    browser = await chromium.launch({
      executablePath: chromiumProgram.path,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 300_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  afterEach(() => {
    // Every page must render without uncaught errors; the only console error allowed is office.js failing to load.
    for (const pane of opened.splice(0)) {
      expect(pane.pageErrors).toEqual([]);
      expect(pane.consoleErrors).toEqual([]);
      expect(pane.otherExternalRequests).toEqual([]);
    }
  });

  async function openPane(query: string, options: { locale: string; initScript?: string; viewport?: { width: number; height: number } }): Promise<OpenedPane> {
    if (!browser) throw new Error("browser did not start");
    const context = await browser.newContext({ locale: options.locale, viewport: options.viewport ?? { width: 360, height: 640 } });
    const page = await context.newPage();
    const pane: OpenedPane = { page, pageErrors: [], consoleErrors: [], officeJsRequests: [], otherExternalRequests: [] };
    opened.push(pane);
    page.on("pageerror", (error) => pane.pageErrors.push(String(error)));
    page.on("console", (message) => {
      if (message.type() === "error" && !message.location().url.startsWith(OFFICE_JS)) pane.consoleErrors.push(message.text());
    });
    // Offline, as in CI and on a disconnected machine: nothing leaves 127.0.0.1.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(origin)) return route.continue();
      (url.startsWith("https://appsforoffice.microsoft.com/") ? pane.officeJsRequests : pane.otherExternalRequests).push(url);
      return route.abort("internetdisconnected");
    });
    if (options.initScript) await page.addInitScript(options.initScript);
    await page.goto(`${origin}/taskpane.html${query}`);
    return pane;
  }

  const status = (page: Page, state: string) => page.locator(`[data-testid="status"][data-state="${state}"]`);

  /** Tabs by accessible name: Fluent also renders a hidden bold copy of each label, so not textContent. */
  async function expectTabs(page: Page, names: string[]): Promise<void> {
    await expect(page.getByRole("tab").count()).resolves.toBe(names.length);
    for (const name of names) await expect(page.getByRole("tab", { name, exact: true }).count()).resolves.toBe(1);
  }

  it("ships office.js from Microsoft's CDN ahead of the bundle, as Office requires", async () => {
    const html = await readFile(path.join(OUT_DIR, "taskpane.html"), "utf8");
    // A plain (blocking) script tag in head, then the deferred bundle; the minifier may drop quotes.
    const officeAt = html.search(/<script[^>]*\ssrc="?https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js"?>/);
    const bundleAt = html.search(/<script defer(?:="")? src="?taskpane\.[0-9a-f]+\.js/);
    expect(officeAt).toBeGreaterThan(0);
    expect(officeAt).toBeLessThan(html.indexOf("</head>"));
    expect(bundleAt).toBeGreaterThan(officeAt);
    expect(html).toContain("正在加载指标表"); // shown if the bundle never runs: never a blank page
    const files = await readdir(OUT_DIR);
    expect(files).toEqual(expect.arrayContaining(["taskpane.html", "manifest.xml", "assets"]));
  });

  it("renders in Chinese with the not-in-Excel banner when office.js cannot load", async () => {
    const pane = await openPane("", { locale: "zh-CN" });
    const { page } = pane;
    await expect(status(page, "outside").textContent()).resolves.toBe(NOT_IN_EXCEL_ZH);
    await expect(page.locator("h1").textContent()).resolves.toBe("指标表");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
    await expect(page.getByText("正在加载指标表").count()).resolves.toBe(0);
    expect(pane.officeJsRequests).toEqual([OFFICE_JS]);

    // The jobs are listed; those that need the workbook say so outside Excel.
    await expectTabs(page, ["指标集", "生成填报表", "校验", "汇总"]);
    // a job's panel loads when its tab is first opened
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("job-panel").getByText("请先在“指标集”中打开指标集文件。").waitFor();
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByTestId("job-panel").getByText("请先在“指标集”中打开指标集文件。").waitFor();
  });

  it("opens an indicator set outside Excel: its indicators and targets, or every problem with its place", async () => {
    const { page } = await openPane("", { locale: "zh-CN" });
    await page.getByTestId("set-file").setInputFiles(EXAMPLE_SET);
    await page.getByTestId("set-summary").waitFor();
    await expect(page.getByTestId("set-summary").textContent()).resolves.toContain("31 个指标");
    const table = page.getByTestId("set-indicators");
    await expect(table.getByRole("listitem").filter({ hasText: "学前教育净入学率" }).first().textContent()).resolves.toContain("≥99%");
    await expect(page.getByRole("button", { name: "写入指标一览（当前工作簿）" }).isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId("set-panel").getByText("写入工作簿需要在 Excel 中打开此加载项。").count()).resolves.toBe(1);
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    const broken = JSON.parse(await readFile(EXAMPLE_SET, "utf8"));
    broken.indicators[1].section = "goal_qualty";
    broken.rules[0].check = "a => b";
    await page.getByTestId("set-file").setInputFiles({ name: "broken.set.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(broken, null, 2)) });
    const problems = page.getByTestId("set-problems");
    await problems.getByRole("listitem").first().waitFor();
    await expect(problems.getByRole("listitem").count()).resolves.toBeGreaterThanOrEqual(2);
    const text = await problems.textContent();
    // where, in words: which indicator and which field, not a JSON path
    expect(text).toContain("第 2 个指标“学前教育净入学率”的所属栏目");
    expect(text).not.toContain("$.indicators");
    expect(text).toContain("是否应为“goal_quality”");
    expect(text).toMatch(/第 \d+ 行/);
    expect(text).toContain("应写作“>=”");
    await expect(page.getByTestId("set-indicators").count()).resolves.toBe(0);
  });

  it("proposes the indicators of a pasted plan (traditional script), lets a name be edited, and makes the set from the ticked ones", async () => {
    const { page } = await openPane("", { locale: "zh-CN" });
    const plan = "二、主要目標\n（一）學前教育\n全縣學前教育毛入園率達到95%以上，新建幼兒園3所。\n2022年已建成校舍1.2萬平方米。";
    await page.getByTestId("plan-text").fill(plan);
    await page.getByRole("button", { name: "找出指标" }).click();
    const proposals = page.getByTestId("plan-proposals");
    await proposals.waitFor();
    const rows = proposals.getByTestId("plan-proposal");
    await expect(rows.count()).resolves.toBe(3);
    const text = await proposals.textContent();
    expect(text).toContain("≥95%");
    expect(text).toContain("≥3所");
    // The achieved figure (已建成) starts unticked and says why; rename the first proposal.
    const checks = proposals.getByRole("checkbox");
    await expect(checks.nth(2).isChecked()).resolves.toBe(false);
    await expect(rows.nth(2).textContent()).resolves.toContain("已完成的实际数");
    // the source sentence opens by keyboard too (a button, not a hover tooltip)
    await rows.nth(0).getByRole("button", { name: "原文" }).press("Enter");
    await expect(rows.nth(0).textContent()).resolves.toContain("全縣學前教育毛入園率達到95%以上");
    const name = proposals.getByRole("textbox", { name: "第 1 项的指标名称" });
    await name.fill("学前三年毛入园率");
    // Units pasted from Excel (tab-separated, no header); a bad code is refused with its line.
    await page.getByTestId("plan-units").fill("bureau\t县教育局\nzhen_1\t城关镇\tbureau\n2x\t坏编号\tbureau");
    await page.getByRole("button", { name: "生成指标集" }).click();
    // the third pasted line is line 3: the header the pane adds is not counted
    await expect(page.getByText(/第 3 行：编号“2x”不合规/).count()).resolves.toBe(1);
    await page.getByTestId("plan-units").fill("bureau\t县教育局\nzhen_1\t城关镇\tbureau");
    await page.getByRole("button", { name: "生成指标集" }).click();
    await page.getByTestId("set-summary").waitFor();
    // a heading is no title: the set gets a plain name (editable before it is made), never "plan（草稿）"
    await expect(page.getByTestId("set-summary").textContent()).resolves.toContain("“工作方案指标集”：2 个指标，2 个填报单位");
    const list = page.getByTestId("set-indicators");
    await expect(list.getByRole("listitem").filter({ hasText: "学前三年毛入园率" }).textContent()).resolves.toContain("≥95%");
  });

  it("汇总 outside Excel: several returned files read in the page, a missing unit, a double, a broken file, and the summary workbook to download", async () => {
    const { page } = await openPane("", { locale: "zh-CN" });
    const set = citySet();
    await page.getByTestId("set-file").setInputFiles({ name: "city.set.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(CITY_INPUT)) });
    await page.getByTestId("set-summary").waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    const file = async (name: string, unit: string, values: Record<string, CellValue>) => ({
      name,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await (await filledForm(set, unit, values)).toBuffer()),
    });
    await page.getByTestId("summary-files").setInputFiles([
      await file("s1.xlsx", "s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" }),
      await file("s2.xlsx", "s2", { enrolled: 5, age_group: 10, enrol_rate: 50, places: 7, accidents: 0, has_plan: "否" }),
      await file("s2-again.xlsx", "s2", { enrolled: 6, age_group: 10, enrol_rate: 60, places: 7, accidents: 0, has_plan: "否" }),
      { name: "broken.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from("not a workbook") },
    ]);
    const counts = page.getByTestId("summary-counts");
    await counts.waitFor({ timeout: 60_000 }).catch(async (e) => {
      throw new Error(`${e}\n${await page.getByTestId("job-panel").textContent()}`);
    });
    await expect(counts.textContent()).resolves.toBe("已报 2/4 个单位；缺报 2 个；重复报送 1 个；未使用的文件 1 个。");
    await expect(page.getByTestId("summary-missing").textContent()).resolves.toBe("西区一中、西区二中");
    await expect(page.getByTestId("summary-unused").textContent()).resolves.toContain("broken.xlsx");
    // missed targets come first, with the rate as a ratio of sums: (900 + 6) / (1000 + 10)
    const first = page.getByTestId("summary-indicators").getByRole("listitem").first();
    await expect(first.textContent()).resolves.toMatch(/^未达标 入学率89\.7%（比率：分子之和÷分母之和） · 达标单位 0\/2$/);
    await expect(page.getByRole("button", { name: "写入汇总工作表（当前工作簿）" }).isDisabled()).resolves.toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载汇总工作簿（.xlsx）" }).click()]);
    expect(download.suggestedFilename()).toBe("市教育事业统计 2024-汇总.xlsx");
    const saved = path.join(OUT_DIR, "..", "summary-download.xlsx");
    await download.saveAs(saved);
    const wb = await XlsxWorkbook.fromFile(saved);
    expect((await wb.sheets()).filter((x) => x.visibility === "visible").map((x) => x.name)).toEqual(["总览", "分单位", "未报与问题", "来源"]);
    const [sources] = await wb.read([{ sheet: "来源" }]);
    // 来源: the unit ids in row 4, each unit's file under its id in row 5
    const [ids, files] = [sources!.values[3]!, sources!.values[4]!];
    expect(files[ids.indexOf("s2")]).toBe("s2-again.xlsx");
    await page.screenshot({ path: path.join(OUT_DIR, "..", "taskpane-summary.png"), fullPage: true });
  }, 120_000);

  it("汇总 inside Excel (the in-memory workbook): returned files summed up and written as sheets, asking before replacing them", async () => {
    const { page } = await openPane("", { locale: "zh-CN", initScript: await inMemoryExcelScript() });
    await expect(status(page, "excel").textContent()).resolves.toContain("已连接 Excel");
    const set = citySet();
    await page.getByTestId("set-file").setInputFiles({ name: "city.set.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(CITY_INPUT)) });
    await page.getByTestId("set-summary").waitFor();
    await page.getByRole("tab", { name: "汇总" }).click();
    const file = async (unit: string, values: Record<string, CellValue>) => ({
      name: `${unit}.xlsx`,
      mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      buffer: Buffer.from(await (await filledForm(set, unit, values)).toBuffer()),
    });
    await page.getByTestId("summary-files").setInputFiles([
      await file("s1", { enrolled: 900, age_group: 1000, enrol_rate: 90, places: 60, accidents: 0, has_plan: "是" }),
      await file("s3", { enrolled: 97, age_group: 100, enrol_rate: 97, places: 50, accidents: 0, has_plan: "是" }),
      await file("s4", { enrolled: 3, age_group: 3, enrol_rate: 100, places: 0, accidents: 0, has_plan: "是" }),
    ]);
    await page.getByTestId("summary-counts").waitFor({ timeout: 60_000 });
    const write = page.getByRole("button", { name: "写入汇总工作表（当前工作簿）" });
    await write.click();
    await page.getByText("已写入工作表：总览、分单位、未报与问题、来源。").waitFor();
    const written = () =>
      page.evaluate(() => {
        const excel = (window as unknown as { inMemoryExcel: { sheets: { name: string; visibility: string; cells: Map<string, { value: unknown; formula: string | null }> }[] } }).inMemoryExcel;
        const cell = (sheet: string, row: number, column: number) => {
          const c = excel.sheets.find((x) => x.name === sheet)?.cells.get(`${row},${column}`);
          return c ? (c.formula ?? c.value) : null;
        };
        return { sheets: excel.sheets.map((x) => x.name), overviewFirst: [cell("总览", 4, 2), cell("总览", 4, 6)], missing: cell("未报与问题", 2, 2), byUnitHeader: [4, 5, 6, 7].map((c) => cell("分单位", 4, c)) };
      });
    const first = await written();
    // the set itself went into the workbook's hidden metadata when it was opened
    expect([...first.sheets].sort()).toEqual(["Sheet1", "总览", "分单位", "未报与问题", "来源", "_it_meta"].sort());
    expect(first.overviewFirst[0]).toBe("enrolled");
    expect(String(first.overviewFirst[1])).toMatch(/^=IF\(COUNT\('分单位'!D5:G5\)=0,"",SUM\('分单位'!D5:G5\)\)$/);
    expect(first.missing).toBe("东区二中");
    expect(first.byUnitHeader).toEqual(["s1", "s2", "s3", "s4"]);
    // a second write asks first, then replaces: still one set of sheets
    await write.click();
    await page.getByText(/工作簿中已有同名工作表：总览、分单位、未报与问题、来源/).waitFor();
    await page.getByRole("button", { name: "替换" }).click();
    await page.getByText("已写入工作表：总览、分单位、未报与问题、来源。").waitFor();
    expect((await written()).sheets.sort()).toEqual([...first.sheets].sort());
  }, 120_000);

  it.each([
    ["zh-CN", ""],
    ["en-US", "?lang=en-US"],
  ])("a clerk's whole day at 350 × 800 (%s, the in-memory workbook): plan → set → tabs and back → every unit's form and the matrix in one workbook → figures → check → summary, no axe violation of ours", async (locale, query) => {
    const zh = locale === "zh-CN";
    const T = (z: string, e: string) => (zh ? z : e);
    const { page } = await openPane(query, { locale, initScript: await inMemoryExcelScript(), viewport: { width: 350, height: 800 } });
    const shots = path.join(OUT_DIR, "..", `day-${locale}`);
    await mkdir(shots, { recursive: true });
    const step = async (name: string) => {
      await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
      await expectNoAxeViolations(page, name);
      // never wider than the pane: nothing scrolls sideways at 350 px
      await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    };
    await expect(status(page, "excel").count()).resolves.toBe(1);
    await step("1-start");

    // a plan pasted, its figures proposed
    await page.getByTestId("plan-text").fill(await readFile(path.join(ROOT, "examples/plan-district-balanced-development.txt"), "utf8"));
    await page.getByRole("button", { name: T("找出指标", "Find indicators") }).click();
    const proposals = page.getByTestId("plan-proposal");
    await proposals.first().waitFor();
    const found = await proposals.count();
    expect(found).toBeGreaterThan(20);
    await proposals.first().getByRole("textbox").fill(T("学校标准化建设达标比例", "Share of standardised schools"));
    await page.getByTestId("plan-units").fill(T("新城街道\n临江镇\n俞范街道", "Xincheng Street\nLinjiang Town\nYufan Street"));
    await step("2-proposals");

    // another tab and back: the proposals, the edited name and the units are all still there
    await page.getByRole("tab", { name: T("汇总", "Sum up") }).click();
    await page.getByRole("tab", { name: T("指标集", "Indicator set") }).click();
    await expect(proposals.count()).resolves.toBe(found);
    await expect(proposals.first().getByRole("textbox").inputValue()).resolves.toBe(T("学校标准化建设达标比例", "Share of standardised schools"));
    await expect(page.getByTestId("plan-units").inputValue()).resolves.toContain(T("临江镇", "Linjiang Town"));

    await page.getByRole("button", { name: T("生成指标集", "Make the indicator set") }).click();
    await page.getByTestId("set-summary").waitFor();
    await expect(page.getByTestId("set-summary").textContent()).resolves.toContain(T("3 个填报单位", "3 reporting units"));
    // titled after the plan's own title line, not the saved page's breadcrumb above it
    await expect(page.getByTestId("set-summary").textContent()).resolves.toContain("教育局加快均衡发展计划");
    await step("3-set");

    // every unit's form into the workbook, a sheet each, named after the unit; then the matrix beside them
    type Fake = { sheets: { name: string; cells: Map<string, { value: unknown }> }[]; names: Map<string, { sheet: { name: string } | null; ref: { start: { row: number; column: number } } }> };
    const workbookNow = () =>
      page.evaluate(() => {
        const excel = (window as unknown as { inMemoryExcel: Fake }).inMemoryExcel;
        const cell = (sheet: string, row: number, column: number) => excel.sheets.find((x) => x.name === sheet)?.cells.get(`${row},${column}`)?.value;
        const meta = excel.sheets.find((x) => x.name === "_it_meta");
        const metaRows = meta ? [...meta.cells.entries()].filter(([k]) => k.endsWith(",1")).map(([k, c]) => [c.value, meta.cells.get(k.replace(/,1$/, ",2"))?.value]) : [];
        const forms = metaRows.find(([k]) => k === "template.forms.1")?.[1];
        return { sheets: excel.sheets.map((x) => x.name), forms: typeof forms === "string" ? (JSON.parse(forms) as { layout: string; sheets: string[] }[]) : [], titles: excel.sheets.map((x) => String(cell(x.name, 1, 1) ?? "")) };
      });
    const unitSheets = zh ? ["新城街道", "临江镇", "俞范街道"] : ["Xincheng Street", "Linjiang Town", "Yufan Street"];
    const matrixSheet = T("各单位填报", "All units");
    await page.getByRole("tab", { name: T("生成填报表", "Make forms") }).click();
    await expect(page.getByTestId("generate-layout").inputValue()).resolves.toBe("__all__");
    await expect(page.getByTestId("generate-panel").textContent()).resolves.toContain(T("每个单位一张工作表", "one sheet per unit"));
    await page.getByRole("button", { name: T("插入填报表", "Insert the table") }).click();
    await page.getByTestId("job-panel").getByText(T("已写入工作表", "Wrote the sheets")).waitFor();
    await expect(page.getByTestId("job-panel").textContent()).resolves.toContain(unitSheets.join(T("、", ", ")));
    let wb = await workbookNow();
    expect(wb.sheets).toEqual(expect.arrayContaining([T("填报说明", "How to fill in"), ...unitSheets, "_it_meta"]));
    expect(wb.forms.map((f) => [f.layout, f.sheets])).toEqual(unitSheets.map((u) => ["unit-form", [u]]));
    // each unit's sheet is titled with its own name
    for (const u of unitSheets) expect(wb.titles[wb.sheets.indexOf(u)]).toContain(u);
    await step("4-forms");
    await page.getByTestId("generate-layout").selectOption("__matrix__");
    await page.getByRole("button", { name: T("插入填报表", "Insert the table") }).click();
    // the guide is there already: only the matrix is written, nothing asks to replace a sheet
    await page.getByTestId("job-panel").getByText(T(`已写入工作表：${matrixSheet}。`, `Wrote the sheets: ${matrixSheet}.`)).waitFor();
    wb = await workbookNow();
    expect(wb.forms.map((f) => f.sheets[0])).toEqual([...unitSheets, matrixSheet]);
    await step("4b-matrix");

    // units fill some cells on their own sheets (by their defined names, as Excel would hold them)
    const typed = await page.evaluate(async (own) => {
      const excel = (window as unknown as { inMemoryExcel: Fake }).inMemoryExcel;
      const cells = [...excel.names.entries()].filter(([n, at]) => /^it_/i.test(n) && at.sheet && own.includes(at.sheet.name)).slice(0, 6);
      const a1 = (r: { row: number; column: number }) => `${String.fromCharCode(64 + r.column)}${r.row}`;
      await (window as unknown as { Excel: { run: (f: (c: any) => Promise<void>) => Promise<void> } }).Excel.run(async (context) => {
        for (const [i, [, at]] of cells.entries()) context.workbook.worksheets.getItem(at.sheet!.name).getRange(a1(at.ref.start)).values = [[i === 0 ? "三十" : 50 + i]];
        await context.sync();
      });
      return cells.map(([, at]) => ({ sheet: at.sheet!.name, row: at.ref.start.row, column: at.ref.start.column }));
    }, unitSheets);
    expect(typed).toHaveLength(6);

    // check: each sheet as what it is; the summary and the first finding within the first screen
    await page.getByRole("tab", { name: T("校验", "Check") }).click();
    await page.getByRole("button", { name: T("校验当前工作簿", "Check this workbook") }).click();
    const summary = page.getByTestId("check-summary");
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toMatch(zh ? /错误 \d+ 处/ : /\d+ error\(s\)/);
    const groups = page.getByTestId("check-groups");
    // the first group is the sheet where 三十 was typed, titled once with the unit's name
    await expect(groups.getByRole("button").first().textContent()).resolves.toMatch(new RegExp(`^${typed[0]!.sheet}[：:]`));
    // the matrix's empty columns of units that filled their own sheets are not checked again
    await expect(groups.textContent()).resolves.not.toContain(matrixSheet);
    const firstFinding = groups.getByRole("listitem").first();
    const box = await firstFinding.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(800);
    // checking read the cells and wrote none: what was typed is still there as typed
    const after = await page.evaluate((at) => {
      const excel = (window as unknown as { inMemoryExcel: Fake }).inMemoryExcel;
      return at.map((c) => excel.sheets.find((x) => x.name === c.sheet)!.cells.get(`${c.row},${c.column}`)?.value);
    }, typed);
    expect(after).toEqual(["三十", 51, 52, 53, 54, 55]);
    await step("5-check");

    // summary of the open workbook, written as sheets
    await page.getByRole("tab", { name: T("汇总", "Sum up") }).click();
    await page.getByRole("button", { name: T("汇总当前工作簿", "Sum up this workbook") }).click();
    await page.getByTestId("summary-counts").waitFor({ timeout: 60_000 });
    await expect(page.getByTestId("summary-counts").textContent()).resolves.toContain(T("已报 3/3 个单位", "3/3 units returned"));
    await page.getByRole("button", { name: T("写入汇总工作表（当前工作簿）", "Write the summary sheets (this workbook)") }).click();
    await page.getByTestId("job-panel").getByText(T("已写入工作表", "Wrote the sheets")).waitFor();
    const sheets = await page.evaluate(() => (window as unknown as { inMemoryExcel: { sheets: { name: string }[] } }).inMemoryExcel.sheets.map((x) => x.name));
    expect(sheets).toEqual(expect.arrayContaining([T("总览", "Overview"), T("分单位", "By unit"), matrixSheet, ...unitSheets]));
    await step("6-summary");
  }, 240_000);

  it("a set edited after its forms went out: 校验 says the form is older and brings it up to date in place, every figure kept", async () => {
    const { page } = await openPane("", { locale: "zh-CN", initScript: await inMemoryExcelScript(), viewport: { width: 350, height: 800 } });
    await page.getByTestId("set-file").setInputFiles({ name: "city.set.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(CITY_INPUT)) });
    await page.getByTestId("set-summary").waitFor();
    await page.getByRole("tab", { name: "生成填报表" }).click();
    await page.getByTestId("generate-layout").selectOption("s1");
    await page.getByRole("button", { name: "插入填报表" }).click();
    await page.getByTestId("job-panel").getByText("已写入工作表").waitFor();
    // a unit types a figure into 在校生数
    const cell = await page.evaluate(async () => {
      type Name = { sheet: { name: string } | null; ref: { start: { row: number; column: number } } };
      const excel = (window as unknown as { inMemoryExcel: { names: Map<string, Name> } }).inMemoryExcel;
      const at = [...excel.names.entries()].find(([n]) => n.toLowerCase() === "it_enrolled__s1")![1];
      const address = `${String.fromCharCode(64 + at.ref.start.column)}${at.ref.start.row}`;
      await (window as unknown as { Excel: { run: (f: (c: any) => Promise<void>) => Promise<void> } }).Excel.run(async (context) => {
        context.workbook.worksheets.getItem(at.sheet!.name).getRange(address).values = [[1234]];
        await context.sync();
      });
      return { sheet: at.sheet!.name, address };
    });
    // the bureau renames an indicator: the set is now another version than the form's
    await page.getByRole("tab", { name: "指标集" }).click();
    await page.getByRole("button", { name: "修改：适龄人口" }).click();
    await page.getByTestId("indicator-editor").getByLabel("指标名称").fill("适龄人口数");
    await page.getByRole("tab", { name: "校验" }).click();
    await page.getByRole("button", { name: "校验当前工作簿" }).click();
    const upgrade = page.getByText("按当前指标集更新此填报表（保留已填数据）");
    await upgrade.waitFor();
    await upgrade.click();
    await page.getByRole("button", { name: "替换" }).click();
    await page.getByTestId("job-panel").getByText("已写入工作表").waitFor();
    await page.getByRole("button", { name: "校验当前工作簿" }).click();
    await page.getByTestId("check-summary").waitFor();
    await expect(upgrade.count()).resolves.toBe(0);
    const after = await page.evaluate(() => {
      type Name = { sheet: { name: string } | null; ref: { start: { row: number; column: number } } };
      const excel = (window as unknown as { inMemoryExcel: { names: Map<string, Name>; sheets: { name: string; cells: Map<string, { value: unknown }> }[] } }).inMemoryExcel;
      const at = [...excel.names.entries()].find(([n]) => n.toLowerCase() === "it_enrolled__s1")![1];
      const sheet = excel.sheets.find((x) => x.name === at.sheet!.name)!;
      const label = [...sheet.cells.values()].some((c) => c.value === "适龄人口数");
      return { value: sheet.cells.get(`${at.ref.start.row},${at.ref.start.column}`)?.value, label };
    });
    expect(after).toEqual({ value: 1234, label: true });
    expect(cell.sheet).toBe("东区一中");
  }, 120_000);

  it.each([
    ["zh-CN", ""],
    ["en-US", "?lang=en-US"],
  ])("sum rules, units with parents and sections are edited at 350 px (%s): one line each, arrow keys between lines, problems beside the fields, axe clean", async (locale, query) => {
    const zh = locale === "zh-CN";
    const T = (z: string, e: string) => (zh ? z : e);
    const { page } = await openPane(query, { locale, viewport: { width: 350, height: 800 } });
    await page.getByTestId("set-file").setInputFiles(EXAMPLE_SET);
    const summary = page.getByTestId("set-summary");
    await summary.waitFor();
    await expect(summary.textContent()).resolves.toContain(T("6 个填报单位，6 条规则", "6 reporting units, 6 rules"));

    // the units list is one tab stop; arrow keys go from line to line
    const units = page.getByTestId("set-units");
    await units.getByRole("button").first().focus();
    await page.keyboard.press("ArrowDown");
    await expect(page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).resolves.toBe(T("修改：新城街道 · 汇总到 区教育局（汇总）", "Edit: 新城街道 · rolls up into 区教育局（汇总）"));
    // a unit made to roll up into its own child: the loader's words beside the fields, the set unchanged
    await page.keyboard.press("ArrowUp");
    await page.keyboard.press("Enter");
    const unitEditor = page.getByTestId("set-units-editor");
    await unitEditor.getByLabel(T("上级单位（汇总到）", "Rolls up into")).selectOption({ label: "新城街道" });
    await expect(unitEditor.getByTestId("set-problems").textContent()).resolves.toContain(T("第 1 个填报单位“区教育局（汇总）”", 'reporting unit 1 "区教育局（汇总）"'));
    await expect(summary.textContent()).resolves.toContain(T("6 个填报单位", "6 reporting units"));
    await unitEditor.getByLabel(T("上级单位（汇总到）", "Rolls up into")).selectOption({ label: T("（无上级）", "(none)") });
    await expect(unitEditor.getByTestId("set-problems").count()).resolves.toBe(0);
    await unitEditor.getByLabel(T("单位名称", "Unit name")).fill(T("区教育局", "District bureau"));
    await expect(units.textContent()).resolves.toContain(T("汇总到 区教育局", "rolls up into District bureau"));

    // a new sum rule: empty at first, which the loader says beside it; ticking parts makes it whole
    const rules = page.getByTestId("set-rules");
    await rules.getByRole("button", { name: T("添加合计规则", "Add a sum rule") }).click();
    const ruleEditor = page.getByTestId("set-rules-editor");
    await ruleEditor.getByTestId("set-problems").waitFor();
    await expect(ruleEditor.getByTestId("set-problems").textContent()).resolves.toContain(T("第 7 条规则", "rule 7"));
    await ruleEditor.getByLabel(T("合计指标", "Total")).selectOption("migrant_children_total");
    // the total leaves the list of parts once the edit is in
    await rules.getByText(T("（未选） 之和 = 外来务工人员子女义务教育在读人数", "(none chosen) add up to 外来务工人员子女义务教育在读人数")).waitFor();
    await ruleEditor.getByRole("group", { name: T("各部分指标（勾选）", "Parts (tick)") }).getByRole("checkbox", { name: "其中：在公办学校就读人数" }).check();
    await expect(ruleEditor.getByTestId("set-problems").count()).resolves.toBe(0);
    await expect(summary.textContent()).resolves.toContain(T("7 条规则", "7 rules"));
    await expect(rules.textContent()).resolves.toContain(T("其中：在公办学校就读人数 之和 = 外来务工人员子女义务教育在读人数", "其中：在公办学校就读人数 add up to 外来务工人员子女义务教育在读人数"));

    // a section added and an indicator put under it
    await page.getByTestId("set-sections").getByRole("button", { name: T("添加栏目", "Add a section") }).click();
    await page.getByTestId("set-sections-editor").getByLabel(T("栏目名称", "Section title")).fill(T("五、其他", "5. Other"));
    await page.getByRole("button", { name: T("修改：学校安全责任事故", "Edit：学校安全责任事故") }).click();
    await page.getByTestId("indicator-editor").getByLabel(T("所属栏目", "section")).selectOption({ label: T("五、其他", "5. Other") });
    await expect(page.getByTestId("indicator-editor").getByTestId("set-problems").count()).resolves.toBe(0);
    await page.screenshot({ path: path.join(OUT_DIR, "..", `set-parts-${locale}.png`), fullPage: true });
    await expectNoAxeViolations(page, "set parts");
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(350);
    // what was edited is the set the other jobs get and the file saved
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: T("保存指标集文件（.set.json）", "Save the indicator set file (.set.json)") }).click()]);
    const saved = path.join(OUT_DIR, "..", `edited-${locale}.set.json`);
    await download.saveAs(saved);
    const doc = JSON.parse(await readFile(saved, "utf8")) as { units: { id: string; name: string; parent?: string }[]; rules: { check: string; message: Record<string, string> }[]; sections: { id: string; title: string }[]; indicators: { id: string; section?: string }[] };
    expect(doc.units[0]).toMatchObject({ id: "bureau", name: T("区教育局", "District bureau") });
    expect(doc.units[0]!.parent).toBeUndefined();
    expect(doc.rules[6]!.check).toBe("sum(migrant_children_public) = migrant_children_total");
    expect(doc.rules[6]!.message["zh-CN"]).toBe("其中：在公办学校就读人数之和应等于外来务工人员子女义务教育在读人数。");
    const added = doc.sections[doc.sections.length - 1]!;
    expect(added.title).toBe(T("五、其他", "5. Other"));
    expect(doc.indicators.find((i) => i.id === "safety_accidents")!.section).toBe(added.id);
  }, 120_000);

  it("reload outside Excel: the set, the plan work and the tab come back", async () => {
    const { page } = await openPane("", { locale: "zh-CN" });
    await page.getByTestId("plan-text").fill("二、主要目标\n学前教育毛入园率达到95%以上，新建幼儿园3所。");
    await page.getByRole("button", { name: "找出指标" }).click();
    await page.getByTestId("plan-proposal").first().waitFor();
    await page.getByRole("button", { name: "生成指标集" }).click();
    await page.getByTestId("set-summary").waitFor();
    await page.getByRole("tab", { name: "校验" }).click();
    await page.reload();
    await expect(page.getByRole("tab", { name: "校验" }).getAttribute("aria-selected")).resolves.toBe("true");
    await page.getByRole("tab", { name: "指标集" }).click();
    await page.getByTestId("set-summary").waitFor();
    await expect(page.getByTestId("set-summary").textContent()).resolves.toContain("2 个指标");
    await expect(page.getByTestId("plan-proposal").count()).resolves.toBe(2);
    // and the set can be saved as a file that loads again
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "保存指标集文件（.set.json）" }).click()]);
    const saved = path.join(OUT_DIR, "..", "saved.set.json");
    await download.saveAs(saved);
    expect(JSON.parse(await readFile(saved, "utf8")).indicators).toHaveLength(2);
  });

  it("renders English with ?lang=en-US, even in a Chinese browser", async () => {
    const { page } = await openPane("?lang=en-US", { locale: "zh-CN" });
    await expect(status(page, "outside").textContent()).resolves.toBe(NOT_IN_EXCEL_EN);
    await expect(page.locator("h1").textContent()).resolves.toBe("Indicator Tables");
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("en-US");
    await expectTabs(page, ["Indicator set", "Make forms", "Check", "Sum up"]);
  });

  it("follows the browser's language outside Office", async () => {
    const { page } = await openPane("", { locale: "en-US" });
    await expect(status(page, "outside").textContent()).resolves.toBe(NOT_IN_EXCEL_EN);
  });

  it("shows the connected state inside Excel, in Office's display language rather than the browser's", async () => {
    const { page } = await openPane("", { locale: "en-US", initScript: EXCEL_STUB });
    const banner = status(page, "excel");
    await expect(banner.textContent()).resolves.toContain("已连接 Excel");
    await expect(banner.textContent()).resolves.toContain("Windows 桌面版");
    await expect(page.locator("h1").textContent()).resolves.toBe("指标表");

    await page.getByTestId("set-file").setInputFiles(EXAMPLE_SET);
    await page.getByTestId("set-summary").waitFor();
    await expect(page.getByRole("button", { name: "写入指标一览（当前工作簿）" }).isDisabled()).resolves.toBe(false);
    await page.getByRole("tab", { name: "校验" }).click();
    await expect(page.getByRole("tab", { name: "校验" }).getAttribute("aria-selected")).resolves.toBe("true");
    await expect(page.getByTestId("job-panel").textContent()).resolves.toContain("检查收回的填报表");
  });

  it("says 'connecting' while Office is silent and gives up after about 3 s", async () => {
    const { page } = await openPane("", { locale: "zh-CN", initScript: SILENT_OFFICE_STUB });
    await expect(status(page, "connecting").textContent()).resolves.toBe("正在连接 Excel…");
    const started = Date.now();
    await status(page, "outside").waitFor({ timeout: 10_000 });
    expect(Date.now() - started).toBeGreaterThan(1_500);
  });
});
