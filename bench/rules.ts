// Rules: a sum rule checked by the engine on 50,000 units, next to the same sum written by hand.
// The hand-written check gets its figures the way the engine is given them (by indicator id,
// through the caller's accessor), so the ratio is what interpreting the rule costs. The figure
// against bare object fields, which no rule kept as data can use, is shown beside it.
import { evaluateRule, parseRule } from "../src/core/rules";
import { ratioLine, time, timePair } from "./measure";

export function benchRules(say: (line: string) => void): number {
  const rule = parseRule("sum(a, b, c, d) = total");
  if (!rule.ok) throw new Error("rule");
  type Unit = { a: number; b: number; c: number; d: number; total: number };
  const units: Unit[] = Array.from({ length: 50_000 }, (_, i) => ({ a: i, b: i + 1, c: i + 2, d: i + 3, total: 4 * i + 6 }));
  let failures = 0;
  const [engine, byHand] = timePair(
    {
      name: "evaluateRule",
      fn: () => {
        for (const u of units) {
          const r = evaluateRule(rule.expr, { value: (id) => u[id as keyof Unit] }, { missing: "skip_if_any" });
          if (r.status === "failed") failures++;
        }
      },
    },
    {
      name: "hand-written sum",
      fn: () => {
        for (const u of units) {
          const value = (id: string): number | null => u[id as keyof Unit];
          const a = value("a");
          const b = value("b");
          const c = value("c");
          const d = value("d");
          const total = value("total");
          if (a === null || b === null || c === null || d === null || total === null) continue;
          const left = a + b + c + d;
          if (Math.abs(left - total) > 1e-9 * Math.max(1, Math.abs(left), Math.abs(total))) failures++;
        }
      },
    },
    units.length,
  );
  const fields = time("sum of fields", units.length, () => {
    for (const u of units) if (Math.abs(u.a + u.b + u.c + u.d - u.total) > 1e-9) failures++;
  });
  say(`rules         ${ratioLine(engine, byHand)} (goal ≤ 3x)   against bare fields: ${(engine.nsPerOp / fields.nsPerOp).toFixed(1)}x`);
  if (failures !== 0) throw new Error(`${failures} failures on data that adds up`);
  return engine.nsPerOp / byHand.nsPerOp;
}
