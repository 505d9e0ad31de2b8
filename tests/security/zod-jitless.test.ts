// The task pane's CSP allows no eval. zod compiles parsers with `new Function`, and probes
// whether it may as soon as a schema is built; src/taskpane/zod-config.ts, loaded first by the
// pane, must keep it from ever calling Function. Checked on the installed zod, so an upgrade of
// zod that stops reading the shared settings object fails here rather than in Excel.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { LoadResult } from "../../src/core/set/load";
import { exampleInput } from "../core/template/fixtures";

const g = globalThis as { Function: FunctionConstructor; __zod_globalConfig?: Record<string, unknown> };

/** Load the example set in a fresh module registry, recording every use of Function as a
 *  constructor or call (as eval under a CSP would be refused). */
async function loadCountingFunction(first?: string): Promise<{ calls: number; result: LoadResult }> {
  const real = g.Function;
  let calls = 0;
  g.Function = new Proxy(real, {
    construct: () => {
      calls++;
      throw new EvalError("refused: no eval under the pane's CSP");
    },
    apply: () => {
      calls++;
      throw new EvalError("refused: no eval under the pane's CSP");
    },
  });
  let result: LoadResult | undefined;
  try {
    await jest.isolateModulesAsync(async () => {
      if (first) await import(first);
      result = (await import("../../src/core/set/load")).loadIndicatorSet(exampleInput());
    });
  } finally {
    g.Function = real;
  }
  return { calls, result: result! };
}

afterEach(() => delete g.__zod_globalConfig);

test("without the pane's setting zod probes Function as it builds the set schema (so the check below means something)", async () => {
  delete g.__zod_globalConfig;
  const { calls, result } = await loadCountingFunction();
  expect(calls).toBeGreaterThan(0);
  expect(result.ok).toBe(true);
});

test("with src/taskpane/zod-config.ts loaded first, the set loads and Function is never called", async () => {
  delete g.__zod_globalConfig;
  const { calls, result } = await loadCountingFunction("../../src/taskpane/zod-config");
  expect(calls).toBe(0);
  expect(result.ok).toBe(true);
  expect(g.__zod_globalConfig).toMatchObject({ jitless: true });
});

test("the pane loads zod-config before anything else", () => {
  const index = readFileSync(path.join(__dirname, "../../src/taskpane/index.tsx"), "utf8");
  const imports = index.split("\n").filter((l) => /^import\b/.test(l));
  expect(imports[0]).toBe('import "./zod-config";');
});
