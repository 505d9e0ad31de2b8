// `extract`: the same JSON whatever the file's encoding; a draft set that check-set accepts;
// pages and Word documents; units from a CSV, and bad CSV refused with its line number.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import JSZip from "jszip";
import { cli } from "../support/cli";
import { SEEDS, seedPath, sharedAvailable } from "../core/extract/shared-dir";



let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "it-extract-cli-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const PLAN = [
  "某县2023年教育工作要点",
  "一、主要目标",
  "（一）学前教育",
  "学前三年毛入园率达到95%以上，新增学位1800个。",
  "（二）义务教育",
  "全县新建学校12所，其中城区5所，农村7所。义务教育巩固率保持在99%以上。",
].join("\n");

function write(name: string, bytes: Buffer | string): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

(sharedAvailable() ? describe : describe.skip)("extract on the seeds", () => {
  test.each(SEEDS)("%s: UTF-8, GB18030, UTF-16LE and UTF-16BE copies give identical JSON", async (seed) => {
    const text = readFileSync(seedPath(seed), "utf8");
    const copies: Record<string, Buffer> = {
      utf8: Buffer.from(text, "utf8"),
      utf8bom: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]),
      gb18030: iconv.encode(text, "gb18030"),
      utf16le: Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf16-le")]),
      utf16be: Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf16-be")]),
    };
    const outputs: string[] = [];
    for (const [enc, bytes] of Object.entries(copies)) {
      const sub = join(dir, enc);
      mkdirSync(sub);
      const path = join(sub, `${seed}.txt`);
      writeFileSync(path, bytes);
      const r = await cli(["extract", path, "--format", "json"]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe("");
      outputs.push(r.stdout);
    }
    const first = JSON.parse(outputs[0]!);
    expect(first.source).toBe(`${seed}.txt`);
    expect(first.indicators.length).toBeGreaterThan(0);
    for (const o of outputs) expect(o).toBe(outputs[0]);
  });

  test.each(SEEDS)("%s: --format set writes a draft that check-set accepts", async (seed) => {
    const out = join(dir, `${seed}.set.json`);
    const r = await cli(["extract", seedPath(seed), "--format", "set", "-o", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(out);
    const check = await cli(["check-set", out]);
    expect(check.stderr).toBe("");
    expect(check.code).toBe(0);
    // written atomically: no temp file left behind
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });
});

describe("extract", () => {
  test("prints exactly the contract's JSON and nothing else", async () => {
    const r = await cli(["extract", write("plan.txt", PLAN)]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(["source", "indicators"]);
    expect(json.source).toBe("plan.txt");
    for (const i of json.indicators) {
      expect(Object.keys(i)).toEqual(i.comparator === "between" ? ["name", "section", "comparator", "min", "max", "unit", "year", "basis", "kind", "quote"] : ["name", "section", "comparator", "value", "unit", "year", "basis", "kind", "quote"]);
    }
    expect(json.indicators[0]).toEqual({
      name: "学前三年毛入园率",
      section: ["一、主要目标", "（一）学前教育"],
      comparator: ">=",
      value: 95,
      unit: "%",
      year: null,
      basis: "absolute",
      kind: "target",
      quote: "学前三年毛入园率达到95%以上",
    });
  });

  test("--format set with units from a CSV (GB18030, as Excel saves it) and the sum rule", async () => {
    const csv = write("units.csv", iconv.encode("code,name,parent\nbureau,县教育局,\ntown_a,甲镇,bureau\ntown_b,\"乙镇,东片\",bureau\n", "gb18030"));
    const out = join(dir, "plan.set.json");
    const r = await cli(["extract", write("plan.txt", PLAN), "--format", "set", "-o", out, "--units", csv, "--year", "2023", "--title", "某县2023年目标"]);
    expect(r.code).toBe(0);
    const set = JSON.parse(readFileSync(out, "utf8"));
    expect(set.units).toEqual([
      { id: "bureau", name: "县教育局" },
      { id: "town_a", name: "甲镇", parent: "bureau" },
      { id: "town_b", name: "乙镇,东片", parent: "bureau" },
    ]);
    expect(set.title).toBe("某县2023年目标");
    expect(set.years).toEqual([2023]);
    expect(set.rules.some((x: { check: string }) => x.check.startsWith("sum("))).toBe(true);
    expect((await cli(["check-set", out])).code).toBe(0);
  });

  test.each<[string, string, RegExp]>([
    ["bad header", "id;name\nbureau;局\n", /第 1 行.*表头/],
    ["bad code", "code,name,parent\nbureau,县教育局,\n2town,乙镇,bureau\n", /第 3 行.*编号“2town”不合规/],
    ["empty name", "code,name\nbureau,\n", /第 2 行.*名称为空/],
    ["duplicate", "code,name\nbureau,局\nbureau,局二\n", /第 3 行.*与第 2 行重复/],
    ["unknown parent", "code,name,parent\nbureau,局,\ntown,镇,county\n", /第 3 行.*上级“county”不在文件中/],
    ["open quote", 'code,name\nbureau,"局\n', /第 2 行.*引号没有闭合/],
  ])("bad units CSV (%s) → exit 2 with the line and the fix", async (_what, content, message) => {
    const r = await cli(["extract", write("plan.txt", PLAN), "--format", "set", "-o", join(dir, "x.set.json"), "--units", write("units.csv", content)]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(existsSync(join(dir, "x.set.json"))).toBe(false);
    const en = await cli(["extract", join(dir, "plan.txt"), "--format", "set", "-o", join(dir, "x.set.json"), "--units", join(dir, "units.csv"), "--lang", "en-US"]);
    expect(en.stderr).toMatch(/line \d+/);
  });

  test("an HTML page is read as its text", async () => {
    const html = `<html><head><meta charset="utf-8"><title>要点</title></head><body><div class="nav">首页 &gt; 通知公告</div><p>一、主要目标</p><p>学前三年毛入园率达到&nbsp;95%以上。</p></body></html>`;
    const r = await cli(["extract", write("plan.html", html)]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.indicators).toHaveLength(1);
    expect(json.indicators[0]).toMatchObject({ name: "学前三年毛入园率", value: 95, section: ["一、主要目标"] });
  });

  test("a .docx document is read with mammoth", async () => {
    const zip = new JSZip();
    zip.file("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
    zip.file("_rels/.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
    const paragraphs = PLAN.split("\n").map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join("");
    zip.file("word/document.xml", `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${paragraphs}</w:body></w:document>`);
    const path = write("plan.docx", await zip.generateAsync({ type: "nodebuffer" }));
    const r = await cli(["extract", path]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const fromDocx = JSON.parse(r.stdout);
    const fromTxt = JSON.parse((await cli(["extract", write("plan.txt", PLAN)])).stdout);
    expect(fromDocx.indicators).toEqual(fromTxt.indicators);
  });

  test("unusable input and usage errors exit 2; a plan without figures gives no set (exit 1)", async () => {
    expect((await cli(["extract"])).code).toBe(2);
    const missing = await cli(["extract", join(dir, "absent.txt")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("文件不存在");
    expect((await cli(["extract", write("p.txt", PLAN), "--format", "xml"])).code).toBe(2);
    expect((await cli(["extract", write("p.txt", PLAN), "--year", "18"])).code).toBe(2);
    expect((await cli(["extract", write("p.doc", "x")])).code).toBe(2);
    const none = await cli(["extract", write("none.txt", "加强党的建设。"), "--format", "set", "-o", join(dir, "none.set.json")]);
    expect(none.code).toBe(1);
    expect(existsSync(join(dir, "none.set.json"))).toBe(false);
  });

  test("help in both languages", async () => {
    expect((await cli(["extract", "--help"])).stdout).toContain("提取量化指标");
    expect((await cli(["extract", "--help", "--lang", "en-US"])).stdout).toContain("extract the quantitative indicators");
  });
});
