// Plan bytes to text: BOMs, UTF-8, and real GBK/GB18030 and Big5 bytes (made by iconv-lite)
// told apart; bytes that would come out garbled are refused with a message in both languages.
// The CLI's readPlanFile is checked here too, since it is the first user of decodePlanBytes.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as iconv from "iconv-lite";
import * as OpenCC from "opencc-js";
import { decodeText, readPlanFile } from "../../../src/cli/read-plan";
import { decodePlanBytes, type DecodedPlan } from "../../../src/core/extract/decode";
import { extractIndicators } from "../../../src/core/extract/extract";
import { repoRoot } from "./shared-dir";

const PLAN = readFileSync(join(repoRoot, "examples/plan-district-balanced-development.txt"), "utf8");
const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
const TRADITIONAL = toTraditional(PLAN);
const bytes = (b: Buffer | Uint8Array) => new Uint8Array(b);

function decoded(r: DecodedPlan): { text: string; encoding: string } {
  if (!r.ok) throw new Error(`refused: ${r.message["en-US"]}`);
  return { text: r.text, encoding: r.encoding };
}

describe("byte-order marks and UTF-8", () => {
  test.each<[string, Buffer, string]>([
    ["UTF-8", Buffer.from(PLAN, "utf8"), "utf-8"],
    ["UTF-8 with BOM", Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(PLAN, "utf8")]), "utf-8"],
    ["UTF-16LE with BOM", Buffer.concat([Buffer.of(0xff, 0xfe), iconv.encode(PLAN, "utf16-le")]), "utf-16le"],
    ["UTF-16BE with BOM", Buffer.concat([Buffer.of(0xfe, 0xff), iconv.encode(PLAN, "utf16-be")]), "utf-16be"],
  ])("%s", (_name, input, encoding) => {
    expect(decoded(decodePlanBytes(bytes(input)))).toEqual({ text: PLAN, encoding });
  });

  test("an empty file is empty UTF-8 text", () => {
    expect(decoded(decodePlanBytes(new Uint8Array(0)))).toEqual({ text: "", encoding: "utf-8" });
  });
});

describe("Chinese legacy encodings", () => {
  test("a plan saved as GBK (Chinese Windows' ANSI) is GB18030", () => {
    expect(decoded(decodePlanBytes(bytes(iconv.encode(PLAN, "gbk"))))).toEqual({ text: PLAN, encoding: "gb18030" });
  });

  test("GB18030's four-byte characters, beyond GBK", () => {
    const text = `${PLAN}\n新建学校：𪚥校区、䶮校区。`;
    const gb = iconv.encode(text, "gb18030");
    expect(gb.length).toBeGreaterThan(iconv.encode(PLAN, "gbk").length + 20); // really four-byte sequences
    expect(decoded(decodePlanBytes(bytes(gb)))).toEqual({ text, encoding: "gb18030" });
  });

  test("a plan in traditional characters saved as Big5 is Big5, not garbled GB18030", () => {
    const big5 = iconv.encode(TRADITIONAL, "big5");
    const r = decoded(decodePlanBytes(bytes(big5)));
    expect(r.encoding).toBe("big5");
    expect(r.text).toBe(iconv.decode(big5, "big5"));
    expect(r.text).toContain("學前教育");
    // and the extraction reads it as it reads the UTF-8 original
    const names = (t: string) => extractIndicators(t).indicators.map((i) => [i.name, i.value]);
    expect(names(r.text)).toEqual(names(TRADITIONAL));
    expect(names(r.text).length).toBeGreaterThan(5);
  });

  test("every paragraph of 40 or more characters is told apart, both ways", () => {
    const paragraphs = PLAN.split("\n").filter((l) => (l.match(/[\u4e00-\u9fff]/g) ?? []).length >= 40);
    expect(paragraphs.length).toBeGreaterThan(5);
    for (const p of paragraphs) {
      expect(decoded(decodePlanBytes(bytes(iconv.encode(p, "gbk")))).encoding).toBe("gb18030");
      expect(decoded(decodePlanBytes(bytes(iconv.encode(toTraditional(p), "big5")))).encoding).toBe("big5");
    }
  });

  test("a short file that is valid in both is read as GB18030 (mainland files; too few characters to score)", () => {
    const csv = "code,name,parent\nbureau,县教育局,\ntown_a,甲镇,bureau\n";
    expect(decoded(decodePlanBytes(bytes(iconv.encode(csv, "gbk"))))).toEqual({ text: csv, encoding: "gb18030" });
  });
});

describe("refusals instead of mojibake", () => {
  const refusal = (input: Uint8Array) => {
    const r = decodePlanBytes(input, "plan.txt");
    if (r.ok) throw new Error(`decoded as ${r.encoding}: ${r.text.slice(0, 40)}`);
    return r;
  };

  test("UTF-8 with a damaged byte: the line is named", () => {
    const utf8 = Buffer.from(PLAN, "utf8");
    const at = utf8.indexOf(Buffer.from("学前教育", "utf8"));
    utf8[at + 1] = 0xff;
    const r = refusal(bytes(utf8));
    const line = PLAN.slice(0, PLAN.indexOf("学前教育")).split("\n").length;
    expect(r.reason).toBe("damaged");
    expect(r.message["zh-CN"]).toContain(`plan.txt 大部分是 UTF-8 编码，但第 ${line} 行`);
    expect(r.message["en-US"]).toContain(`line ${line}`);
  });

  test("half UTF-8, half GBK", () => {
    const half = PLAN.length >> 1;
    expect(refusal(bytes(Buffer.concat([Buffer.from(PLAN.slice(0, half), "utf8"), iconv.encode(PLAN.slice(half), "gbk")]))).reason).toBe("damaged");
  });

  test.each<[string, string, string, RegExp]>([
    ["Japanese Shift_JIS", "学校教育の目標は、すべての子どもたちに質の高い教育を提供することです。", "shift_jis", /Shift_JIS/],
    ["Korean EUC-KR", "학교 교육의 목표는 모든 어린이에게 양질의 교육을 제공하는 것입니다.", "euc-kr", /EUC-KR/],
  ])("%s is named, not read as Chinese", (_name, text, encoding, guess) => {
    const r = refusal(bytes(iconv.encode(text, encoding)));
    expect(r.reason).toBe("other-encoding");
    expect(r.guess).toMatch(guess);
    expect(r.message["zh-CN"]).toMatch(/另存为“UTF-8”/);
    expect(r.message["en-US"]).toMatch(/Save it as UTF-8/);
  });

  test("bytes that are text in no encoding", () => {
    const noise = new Uint8Array(4000);
    let x = 12345;
    for (let i = 0; i < noise.length; i++) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      noise[i] = ((x >> 16) & 0xff) | 1; // no NUL bytes: that would be "binary"
    }
    const r = refusal(noise);
    expect(r.reason).toBe("unknown");
    expect(r.message["zh-CN"]).toMatch(/无法确定 plan\.txt 的文字编码/);
  });

  test.each<[string, Uint8Array]>([
    ["a zip file (.xlsx)", Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00)],
    ["UTF-16 without a BOM", bytes(iconv.encode("学前三年毛入园率达到95%以上。", "utf16-le"))],
    ["UTF-32 (read as UTF-16LE by its BOM)", Uint8Array.of(0xff, 0xfe, 0, 0, 0x41, 0, 0, 0)],
  ])("%s is not a text file", (_name, input) => {
    expect(refusal(input).reason).toBe("binary");
  });
});

describe("the CLI's readers", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "it-decode-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const io = () => ({ cwd: dir }) as Parameters<typeof readPlanFile>[1];

  test("readPlanFile says which encoding it used, Big5 included", async () => {
    writeFileSync(join(dir, "plan.txt"), iconv.encode(TRADITIONAL, "big5"));
    const r = await readPlanFile("plan.txt", io());
    expect(r).toMatchObject({ ok: true, encoding: "big5", source: "plan.txt" });
  });

  test("readPlanFile decodes a GBK web page before reading it as a page", async () => {
    writeFileSync(join(dir, "plan.html"), iconv.encode(`<html><head><meta charset="gbk"><title>要点</title></head><body><p>一、主要目标</p><p>学前三年毛入园率达到&nbsp;95%以上，义务教育巩固率保持在99%以上。</p></body></html>`, "gbk"));
    const r = await readPlanFile("plan.html", io());
    expect(r).toMatchObject({ ok: true, encoding: "gb18030", text: "一、主要目标\n\n学前三年毛入园率达到 95%以上，义务教育巩固率保持在99%以上。" });
  });

  test("readPlanFile refuses what it cannot decode, with the file's name", async () => {
    writeFileSync(join(dir, "jp.txt"), iconv.encode("学校教育の目標は、すべての子どもたちに質の高い教育を提供することです。", "shift_jis"));
    const r = await readPlanFile("jp.txt", io());
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message["zh-CN"]).toMatch(/^jp\.txt 看起来是 Shift_JIS/);
  });

  test("decodeText keeps its shape for the units and quota readers, and flags a refusal", () => {
    expect(decodeText(bytes(iconv.encode("code,name\nbureau,县教育局\n", "gb18030")))).toEqual({ text: "code,name\nbureau,县教育局\n", encoding: "gb18030" });
    const broken = decodeText(bytes(Buffer.concat([Buffer.from("学校".repeat(6), "utf8"), Buffer.of(0xff), Buffer.from("\n学校", "utf8")])));
    expect(broken.refusal?.["en-US"]).toMatch(/mostly UTF-8, but line 1/);
    expect(broken.text).toBe(`${"学校".repeat(6)}\uFFFD\n学校`);
  });
});
