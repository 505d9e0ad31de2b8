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

export function ratioLine(subject: Timing, baseline: Timing): string {
  const ratio = subject.nsPerOp / baseline.nsPerOp;
  const perSecond = (t: Timing) => Math.round(1e9 / t.nsPerOp).toLocaleString("en-US");
  return `${subject.name}: ${perSecond(subject)}/s   ${baseline.name}: ${perSecond(baseline)}/s   ratio ${ratio.toFixed(2)}x`;
}

export function heapMb(): number {
  return process.memoryUsage().heapUsed / 1024 / 1024;
}
