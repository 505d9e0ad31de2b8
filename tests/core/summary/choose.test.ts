// Which of a unit's copies counts, decided as the copies arrive, must be what the rule says of
// all of them at once; and only copies that may still win are held.
import { messagesFor } from "../../../src/core/i18n/messages";
import { UnitChoice } from "../../../src/core/summary/choose";

interface Copy {
  file: string;
  current: boolean;
  time?: number;
}

const m = messagesFor("zh-CN").summary;

/** The rule over the whole list, as docs/summary.md states it (and as the summary applied it
 *  when it held every copy): current version first, then saved last, then read last. */
function byTheRule(list: readonly Copy[]): { used: Copy; why?: string } {
  if (list.length === 1) return { used: list[0]! };
  const currents = list.filter((c) => c.current);
  if (currents.length === 1) return { used: currents[0]!, why: m.winsCurrent };
  const pool = currents.length > 0 ? currents : list;
  const timed = pool.filter((c) => c.time !== undefined);
  const newest = timed.length === pool.length ? [...timed].sort((a, b) => a.time! - b.time!).at(-1) : undefined;
  const tie = newest && timed.filter((c) => c.time === newest.time).length > 1;
  if (newest && !tie) return { used: newest, why: m.winsNewer };
  return { used: pool[pool.length - 1]!, why: m.winsLast };
}

function arriving(list: readonly Copy[]): { used: Copy; why?: string; held: number; files: string[] } {
  const choice = new UnitChoice<Copy>();
  let held = 0;
  for (const c of list) {
    choice.add(c, c.file, c.current, c.time);
    held = Math.max(held, choice.held);
  }
  const { copy, why } = choice.chosen();
  return { used: copy, ...(why ? { why: why["zh-CN"] } : {}), held, files: choice.files };
}

/** Small deterministic generator (mulberry32): the same cases on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

test("deciding as copies arrive gives the rule's choice and reason, on 5,000 rounds of resends with ties, older versions and unknown save times", () => {
  const next = random(14);
  const why = new Set<string | undefined>();
  for (let round = 0; round < 5000; round++) {
    const n = 1 + Math.floor(next() * 7);
    const list: Copy[] = Array.from({ length: n }, (_, i) => {
      const r = next();
      // few distinct times, so ties are common; sometimes no time at all
      return { file: `f${i}.xlsx`, current: next() < 0.5, ...(r < 0.85 ? { time: Math.floor(r * 4) } : {}) };
    });
    const expected = byTheRule(list);
    const got = arriving(list);
    expect({ round, used: got.used, why: got.why }).toEqual({ round, used: expected.used, why: expected.why });
    expect(got.files).toEqual(list.map((c) => c.file));
    expect(got.held).toBeLessThanOrEqual(2);
    why.add(got.why);
  }
  // every reason came up
  expect(why).toEqual(new Set([undefined, m.winsCurrent, m.winsNewer, m.winsLast]));
});

test("a unit resending its form a thousand times holds at most two copies, whatever the order of save times", () => {
  const ascending = arriving(Array.from({ length: 1000 }, (_, i) => ({ file: `${i}`, current: true, time: i })));
  expect(ascending).toMatchObject({ used: { file: "999" }, why: m.winsNewer, held: 1 });
  const descending = arriving(Array.from({ length: 1000 }, (_, i) => ({ file: `${i}`, current: true, time: -i })));
  expect(descending).toMatchObject({ used: { file: "0" }, why: m.winsNewer, held: 2 });
  const untimed = arriving(Array.from({ length: 1000 }, (_, i) => ({ file: `${i}`, current: i === 500 })));
  expect(untimed).toMatchObject({ used: { file: "500" }, why: m.winsCurrent, held: 1 });
});
