// Cell values: the parser against the plainest possible Number() loop on the same text. Plain
// numbers (what most cells hold) take the fast path; the mixed row adds %, grouping commas.
import { parseCellValue } from "../src/core/values";
import { ratioLine, timePair, type Timing } from "./measure";

export function benchCellValues(say: (line: string) => void): number {
  const N = 200_000;
  let sink = 0;
  const row = (label: string, inputs: readonly (string | number)[], baselineName: string, baseline: (x: string | number) => number): { parser: Timing; base: Timing } => {
    const [parser, base] = timePair(
      {
        name: "parseCellValue",
        fn: () => {
          for (const x of inputs) {
            const r = parseCellValue(x, { valueType: "decimal" });
            if (r.ok && typeof r.value === "number") sink += r.value;
          }
        },
      },
      {
        name: baselineName,
        fn: () => {
          for (const x of inputs) sink += baseline(x);
        },
      },
      N,
    );
    say(`cell values   ${label}: ${ratioLine(parser, base)}`);
    return { parser, base };
  };
  // numbers as exceljs hands them over, and digits typed as text
  const plain = Array.from({ length: N }, (_, i) => (i % 2 ? (i * 7) % 10000 : `${i % 100}.${i % 10}`));
  const fast = row("plain numbers (goal ≤ 3x)", plain, "Number(x)", (x) => Number(x));
  const mixed = Array.from({ length: N }, (_, i) => [`${i % 100}.${i % 10}`, `${(i * 7) % 10000}`, `${i % 100}%`, `1,${String(i % 1000).padStart(3, "0")}`][i % 4]!);
  row("mixed text (%, 1,234)", mixed, "Number(s.replace(/[,%]/g, ''))", (x) => Number(String(x).replace(/[,%]/g, "")));
  if (sink === 42) say("");
  return fast.parser.nsPerOp / fast.base.nsPerOp;
}
