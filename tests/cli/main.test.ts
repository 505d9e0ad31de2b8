import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli } from "../support/cli";

const root = join(__dirname, "../..");
const exampleSet = join(root, "examples/district-balanced-development.set.json");


let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "it-cli-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("command line", () => {
  test("--help lists the commands in Chinese by default and in English on request", async () => {
    const zh = await cli(["--help"]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("命令");
    expect(zh.stdout).toContain("check-set");
    const en = await cli(["--help", "--lang", "en-US"]);
    expect(en.stdout).toContain("Commands:");
    expect((await cli(["--help"], { LANG: "en_US.UTF-8" })).stdout).toContain("Commands:");
  });

  test("no command or an unknown one is a usage error (exit 2)", async () => {
    expect((await cli([])).code).toBe(2);
    const r = await cli(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("frobnicate");
    const bogus = await cli(["check-set", exampleSet, "--bogus"]);
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toBe("用法错误：没有选项 --bogus。运行 --help 查看用法。");
    expect((await cli(["check-set", exampleSet, "--bogus"], { LANG: "en_US.UTF-8" })).stderr).toBe("Usage error: unknown option --bogus. Run --help for usage.");
    const noValue = await cli(["check-set", exampleSet, "--format"]);
    expect(noValue.code).toBe(2);
    expect(noValue.stderr).toContain("--format 需要一个值");
  });

  test("check-set: 0 for a good set, 1 with located findings, 2 for unreadable input", async () => {
    const ok = await cli(["check-set", exampleSet]);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toContain("有效");

    const bad = JSON.parse(readFileSync(exampleSet, "utf8"));
    bad.indicators[2].section = "nowhere";
    const badPath = join(dir, "bad.set.json");
    writeFileSync(badPath, JSON.stringify(bad, null, 2));
    const r = await cli(["check-set", badPath, "--lang=en-US"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/bad\.set\.json:\d+:\d+ +\$\.indicators\[2\]\.section +No section "nowhere"/);
    expect(r.stdout).toBe("");

    const json = await cli(["check-set", badPath, "--format", "json"]);
    expect(JSON.parse(json.stdout).problems[0].path).toBe("$.indicators[2].section");

    writeFileSync(badPath, "{ not json");
    expect((await cli(["check-set", badPath])).code).toBe(2);
    const missing = await cli(["check-set", join(dir, "absent.json")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
  });

  test("example writes a real workbook and reads it back", async () => {
    const r = await cli(["example", "-o", dir]);
    expect(r.stderr).toContain("回读校验");
    expect(r.code).toBe(0);
    expect(existsSync(r.stdout.trim())).toBe(true);
    // The units' simulated submissions are checked and the report written.
    expect(existsSync(join(dir, "district-balanced-development.validation-report.xlsx"))).toBe(true);
    expect(r.stderr).toMatch(/linjiang-临江镇\.xlsx：错误 0 处，提醒 1 处 — 可以提交/);
    // …and it ends with the summary of the round: what it found, and the summary workbook
    expect(r.stdout.trim()).toBe(join(dir, "district-balanced-development.summary.xlsx"));
    expect(r.stderr).toContain("已报 4/5 个单位");
    expect(r.stderr).toContain("缺报：城西片区");
    expect(r.stderr).toMatch(/重复报送：临江镇：.*采用 linjiang-临江镇（更正）\.xlsx。以最后保存的一份为准/);
    expect(r.stderr).toMatch(/chengdong-城东片区\.xlsx 按指标集 1\.0 版生成，现按 1\.1 版校验/);
    expect(r.stderr).toMatch(/未改正的错误 [1-9]\d* 处，已说明的未达标 [1-9]\d* 处/);
  });

  test("the npm script entry point runs as a process with the documented exit codes", () => {
    // `npm run cli` runs the bundle, built (when stale) the same way
    const build = spawnSync("bash", ["scripts/build-cli"], { cwd: root, encoding: "utf8" });
    expect(build.stderr).not.toMatch(/error/i);
    expect(build.status).toBe(0);
    const help = spawnSync(process.execPath, ["dist-cli/cli.js", "--help"], { cwd: root, encoding: "utf8" });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("check-set");
    const missing = spawnSync(process.execPath, ["dist-cli/cli.js", "check-set", "nope.json"], { cwd: root, encoding: "utf8" });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("nope.json");
  });
});
