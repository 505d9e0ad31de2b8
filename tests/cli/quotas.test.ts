// `quotas`: a 任务分解表 into the set file, the rest of the file kept as written; then each
// unit's form carries its own share.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT } from "../support/cli";

const exampleSet = join(ROOT, "examples/district-balanced-development.set.json");
let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), "it-quotas-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

test("writes the quotas into a new set file that loads, keeping everything else as written", async () => {
  const table = join(dir, "任务分解.csv");
  // with the byte-order mark Excel writes in a UTF-8 CSV
  writeFileSync(table, Buffer.from("\ufeff单位,各类培训人次\n新城街道,8000\nlinjiang,6000\n", "utf8"));
  const out = join(dir, "new.set.json");
  const r = await cli(["quotas", exampleSet, table, "-o", out]);
  expect(r.code).toBe(0);
  expect(r.stderr).toContain("已写入 2 个单位任务数（1 个指标）");
  const written = JSON.parse(readFileSync(out, "utf8"));
  const original = JSON.parse(readFileSync(exampleSet, "utf8"));
  expect(written.quotas).toEqual([
    { indicator: "training_person_times", unit: "xincheng", value: 8000 },
    { indicator: "training_person_times", unit: "linjiang", value: 6000 },
  ]);
  expect({ ...written, quotas: undefined }).toEqual({ ...original, quotas: undefined });
  expect((await cli(["check-set", out])).code).toBe(0);
  const form = join(dir, "linjiang.xlsx");
  expect((await cli(["template", out, "--unit", "linjiang", "-o", form])).code).toBe(0);
});

test("a bad table is refused with its line and column, and nothing is written", async () => {
  const table = join(dir, "q.csv");
  writeFileSync(table, "单位,各类培训人次\n新城街道,八千左右\n");
  const out = join(dir, "new.set.json");
  const r = await cli(["quotas", exampleSet, table, "-o", out]);
  expect(r.code).toBe(2);
  expect(r.stderr).toMatch(/q\.csv 第 2 行第 2 列/);
  expect(() => readFileSync(out)).toThrow();
  writeFileSync(table, "单位,各类培训人次\n新城街道,8000\n");
  const onInput = await cli(["quotas", exampleSet, table, "-o", table]);
  expect(onInput.code).toBe(2);
  expect(readFileSync(table, "utf8")).toBe("单位,各类培训人次\n新城街道,8000\n");
});

test("a table whose encoding cannot be told is refused, never read as mojibake", async () => {
  const table = join(dir, "q.csv");
  writeFileSync(table, Buffer.from([0x00, 0xff, 0x13, 0x80, 0x00, 0x9f, 0xfe, 0x00, 0x81, 0x00]));
  const r = await cli(["quotas", exampleSet, table, "-o", join(dir, "new.set.json")]);
  expect(r.code).toBe(2);
  expect(r.stderr).toContain("q.csv 不是文本文件");
  expect(() => readFileSync(join(dir, "new.set.json"))).toThrow();
});
