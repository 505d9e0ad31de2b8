// validate without --set picks the set from the forms' own metadata, but only when they agree:
// a batch made from different sets or versions is refused with who is what, and --set decides.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { cli, ROOT } from "../support/cli";

const example = join(ROOT, "examples/district-balanced-development.set.json");
let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), "it-mixed-sets-"))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("forms of two versions of a set without --set: refused, each version named with its files; with --set both are checked", async () => {
  const current = JSON.parse(readFileSync(example, "utf8")) as { version: string; title: string; units: { id: string }[] };
  const older = { ...current, version: "0.9", title: `${current.title}（征求意见稿）` };
  const setPath = join(dir, "current.set.json");
  writeFileSync(setPath, JSON.stringify(current));
  const olderPath = join(dir, "..", `older-${Date.now()}.set.json`);
  writeFileSync(olderPath, JSON.stringify(older));
  const inbox = join(dir, "inbox");
  const [a, b] = current.units.slice(-2).map((u) => u.id);
  expect((await cli(["template", setPath, "--unit", a!, "-o", join(inbox, "a.xlsx")], {}, dir)).code).toBe(0);
  expect((await cli(["template", olderPath, "--unit", b!, "-o", join(inbox, "b-old.xlsx")], {}, dir)).code).toBe(0);
  rmSync(olderPath);

  const refused = await cli(["validate", "inbox", "--lang", "en-US"], {}, dir);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toMatch(/not all made from the same set/);
  expect(refused.stderr).toContain("version 0.9: inbox/b-old.xlsx");
  expect(refused.stderr).toContain(`version ${current.version}: inbox/a.xlsx`);

  const given = await cli(["validate", "inbox", "--set", "current.set.json", "--format", "json"], {}, dir);
  expect(given.code).not.toBe(2);
  expect(given.stdout).toContain("b-old.xlsx");
});

test("forms that agree still find their set in the working folder", async () => {
  const own = mkdtempSync(join(tmpdir(), "it-same-set-"));
  try {
    const setPath = join(own, "the.set.json");
    writeFileSync(setPath, readFileSync(example));
    const unit = (JSON.parse(readFileSync(example, "utf8")) as { units: { id: string }[] }).units.at(-1)!.id;
    expect((await cli(["template", setPath, "--unit", unit, "-o", join(own, "inbox", "x.xlsx")], {}, own)).code).toBe(0);
    const r = await cli(["validate", "inbox", "--lang", "en-US"], {}, own);
    expect(r.code).not.toBe(2);
    expect(r.stderr).toContain("the.set.json");
  } finally {
    rmSync(own, { recursive: true, force: true });
  }
});
