// Names and paths from untrusted text: a unit name cannot disguise a form's file type with a
// right-to-left override, a command name cannot reach Object.prototype, and no command
// writes over one of its own inputs.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unitFileName } from "../../src/core/jobs";
import { cli, ROOT } from "../support/cli";

const exampleSet = join(ROOT, "examples/district-balanced-development.set.json");

test("a unit name with bidi overrides or path characters gives a plain file name", () => {
  const name = unitFileName({ id: "u1", name: "a-\u202Egnp.exe/..\\x" });
  expect(name).toBe("u1-a-_gnp.exe_.._x.xlsx");
  expect(name).not.toMatch(/[\u202A-\u202E\u2066-\u2069/\\]/);
});

test("`constructor --help` and `__proto__` are unknown commands, not a crash", async () => {
  for (const name of ["constructor", "__proto__", "toString"]) {
    const r = await cli([name, "--help"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(name);
  }
});

test("template and extract refuse -o naming their own input, which stays as it was", async () => {
  const dir = mkdtempSync(join(tmpdir(), "it-paths-"));
  try {
    const set = join(dir, "s.set.json");
    writeFileSync(set, readFileSync(exampleSet));
    const before = readFileSync(set, "utf8");
    expect((await cli(["template", set, "--layout", "matrix", "-o", set])).code).toBe(2);
    expect(readFileSync(set, "utf8")).toBe(before);
    const plan = join(dir, "plan.txt");
    writeFileSync(plan, "学前教育毛入园率达到95%以上。");
    expect((await cli(["extract", plan, "--format", "set", "-o", plan])).code).toBe(2);
    expect(readFileSync(plan, "utf8")).toBe("学前教育毛入园率达到95%以上。");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
