// Values checked per second by the validation engine, next to a hand-written loop doing the
// same comparisons on the same figures (parse, bounds, target). The ratio is the figure: on
// clean data (every check passes, as in most returned forms) and on data where half the cells
// have a finding, whose messages are the engine's real extra work.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { effectiveBounds, loadIndicatorSet, targetsFor, type Indicator, type IndicatorSet } from "../src/core/set";
import { validateSubmission, type Entry, type Submission } from "../src/core/validate";
import { ratioLine, timePair, type Timing } from "./measure";

function bigSet(indicators: number): IndicatorSet {
  const base = JSON.parse(readFileSync(join(__dirname, "..", "examples", "district-balanced-development.set.json"), "utf8"));
  const numeric = base.indicators.filter((i: { valueType: string }) => ["percent", "count", "decimal"].includes(i.valueType));
  base.indicators = Array.from({ length: indicators }, (_, i) => ({ ...numeric[i % numeric.length], id: `ind_${i}`, aggregate: undefined }));
  base.rules = [];
  const r = loadIndicatorSet(base);
  if (!r.ok) throw new Error(JSON.stringify(r.problems[0]));
  return r.set;
}

/** A figure meeting the indicator's targets and bounds. */
function cleanFigure(ind: Indicator): number {
  const t = ind.targets[0];
  if (t && t.comparator !== "between" && typeof t.value === "number") return t.value;
  return ind.valueType === "percent" ? 50 : 1200;
}

export interface ValidationBench {
  clean: { engine: Timing; hand: Timing };
  dirty: { engine: Timing; hand: Timing; findings: number };
}

export function benchValidation(units = 100): ValidationBench {
  const set = bigSet(200);
  const byId = new Map(set.indicators.map((i) => [i.id, i]));
  const submissions = (raw: (ind: Indicator, u: number, i: number) => number): Submission[] =>
    Array.from({ length: units }, (_, u) => ({
      file: `u${u}.xlsx`,
      unitId: `u${u}`,
      entries: set.indicators.map((ind, i): Entry => ({ file: `u${u}.xlsx`, sheet: "填报表", cell: `E${i + 3}`, indicatorId: ind.id, unitId: `u${u}`, kind: "value", raw: raw(ind, u, i) })),
    }));
  const cells = units * set.indicators.length;
  let findings = 0;
  const run = (subs: Submission[]) => {
    const [engine, hand] = timePair(
      {
        name: "validateSubmission",
        fn: () => {
          findings = 0;
          for (const s of subs) findings += validateSubmission(set, s).length;
        },
      },
      {
        name: "hand-written checks",
        fn: () => {
          let n = 0;
          for (const s of subs) {
            for (const e of s.entries) {
              const ind = byId.get(e.indicatorId)!;
              const v = typeof e.raw === "number" ? e.raw : Number(e.raw);
              const b = effectiveBounds(ind);
              if (Number.isNaN(v) || v < b.min || v > b.max || (b.integer && !Number.isInteger(v))) n++;
              for (const t of targetsFor(ind, undefined)) if (t.comparator === ">=" && typeof t.value === "number" && v < t.value) n++;
            }
          }
          if (n < 0) throw new Error("unreachable");
        },
      },
      cells,
    );
    const seen = findings;
    return { engine, hand, findings: seen };
  };
  const clean = run(submissions((ind) => cleanFigure(ind)));
  if (clean.findings !== 0) throw new Error(`clean data gave ${clean.findings} findings`);
  const dirty = run(submissions((_, u, i) => (u * 7 + i) % 100));
  return { clean, dirty };
}

export function sayValidation(say: (line: string) => void, r: ValidationBench): void {
  say(`validation    clean data: ${ratioLine(r.clean.engine, r.clean.hand)} (goal ≤ 3x)`);
  say(`validation    ${(r.dirty.findings / 100).toFixed(0)} findings per 200-cell form: ${ratioLine(r.dirty.engine, r.dirty.hand)}`);
}
