// Tiny benchmark harness: run a function until enough time has passed, report the best
// per-iteration time of several rounds (least disturbed by the other core's work).

export interface Timing {
  name: string;
  /** nanoseconds per operation, best round */
  nsPerOp: number;
}

export function time(name: string, ops: number, fn: () => void, rounds = 5): Timing {
  fn(); // warm up: JIT and caches
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    fn();
    const ns = Number(process.hrtime.bigint() - start);
    best = Math.min(best, ns / ops);
  }
  return { name, nsPerOp: best };
}

/** Two timings taken in alternating rounds, so a burst of load elsewhere (2 shared cores)
 *  hits both sides alike; each side keeps its best round. */
export function timePair(a: { name: string; fn: () => void }, b: { name: string; fn: () => void }, ops: number, rounds = 15): [Timing, Timing] {
  a.fn();
  b.fn();
  const best = [Infinity, Infinity];
  for (let r = 0; r < rounds; r++) {
    [a, b].forEach((side, i) => {
      const start = process.hrtime.bigint();
      side.fn();
      best[i] = Math.min(best[i]!, Number(process.hrtime.bigint() - start) / ops);
    });
  }
  return [
    { name: a.name, nsPerOp: best[0]! },
    { name: b.name, nsPerOp: best[1]! },
  ];
}

export function ratioLine(subject: Timing, baseline: Timing): string {
  const ratio = subject.nsPerOp / baseline.nsPerOp;
  const perSecond = (t: Timing) => Math.round(1e9 / t.nsPerOp).toLocaleString("en-US");
  return `${subject.name}: ${perSecond(subject)}/s   ${baseline.name}: ${perSecond(baseline)}/s   ratio ${ratio.toFixed(2)}x`;
}

export function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** One figure of the table: measured against its goal (at most `goal`). */
export interface Goal {
  what: string;
  value: number;
  goal: number;
  unit: "x" | "s" | "ms" | "MB";
}

export function goalTable(goals: readonly Goal[]): string[] {
  const shown = (v: number, unit: Goal["unit"]) => (unit === "s" ? `${v.toFixed(2)} s` : unit === "ms" ? `${v.toFixed(0)} ms` : unit === "MB" ? `${v.toFixed(0)} MB` : `${v.toFixed(2)}x`);
  const width = Math.max(...goals.map((g) => g.what.length));
  return goals.map((g) => `  ${g.what.padEnd(width)}  ${shown(g.value, g.unit).padStart(8)}   goal ${g.unit === "x" ? "≤" : "<"} ${shown(g.goal, g.unit).padEnd(7)} ${g.value <= g.goal ? "met" : "NOT MET"}`);
}

/** Resident memory sampled every few milliseconds while `run` works (between its awaits), as
 *  the peak above where it started. */
export async function withPeakRss<T>(run: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  globalThis.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
  try {
    const result = await run();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { result, peakMb: (peak - base) / 1024 / 1024 };
  } finally {
    clearInterval(timer);
  }
}
