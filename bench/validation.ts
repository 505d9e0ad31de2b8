// Values checked per second by the validation engine, next to a hand-written loop doing the
// same comparisons on the same figures (parse, bounds, target). The ratio is the figure.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { effectiveBounds, loadIndicatorSet, targetsFor, type IndicatorSet } from "../src/core/set";
import { validateSubmission, type Entry, type Submission } from "../src/core/validate";
import { ratioLine, time } from "./measure";

function bigSet(indicators: number): IndicatorSet {
  const base = JSON.parse(readFileSync(join(__dirname, "..", "examples", "district-balanced-development.set.json"), "utf8"));
  const numeric = base.indicators.filter((i: { valueType: string }) => ["percent", "count", "decimal"].includes(i.valueType));
  base.indicators = Array.from({ length: indicators }, (_, i) => ({ ...numeric[i % numeric.length], id: `ind_${i}`, aggregate: undefined }));
  base.rules = [];
  const r = loadIndicatorSet(base);
  if (!r.ok) throw new Error(JSON.stringify(r.problems[0]));
  return r.set;
}

export function benchValidation(say: (line: string) => void): void {
  const set = bigSet(200);
  const units = 100;
  const subs: Submission[] = Array.from({ length: units }, (_, u) => ({
    file: `u${u}.xlsx`,
    unitId: `u${u}`,
    entries: set.indicators.map((ind, i): Entry => ({ file: `u${u}.xlsx`, sheet: "填报表", cell: `E${i + 3}`, indicatorId: ind.id, unitId: `u${u}`, kind: "value", raw: (u * 7 + i) % 100 })),
  }));
  const cells = units * set.indicators.length;
  let findings = 0;
  const engine = time("validateSubmission", cells, () => {
    for (const s of subs) findings += validateSubmission(set, s).length;
  });
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  const hand = time("hand-written checks", cells, () => {
    for (const s of subs) {
      for (const e of s.entries) {
        const ind = byId.get(e.indicatorId)!;
        const v = typeof e.raw === "number" ? e.raw : Number(e.raw);
        const b = effectiveBounds(ind);
        if (Number.isNaN(v) || v < b.min || v > b.max || (b.integer && !Number.isInteger(v))) findings++;
        for (const t of targetsFor(ind, undefined)) if (t.comparator === ">=" && typeof t.value === "number" && v < t.value) findings++;
      }
    }
  });
  say(`validation    ${ratioLine(engine, hand)}   (values checked, 100 units × 200 indicators)`);
  if (findings < 0) say("");
}
