// 其中 breakdowns (…44所，其中城区12所，农村32所): which figures of a sentence are parts of an
// earlier one, and the parts' names built from the total's.
import type { Draft } from "./draft";
import type { Span } from "./sentences";

// 其中: a total in an earlier clause of the sentence, parts in this clause and the ones after.
export function findBreakdowns(s: string, sentence: Span, drafts: Draft[], out: { total: Draft; parts: Draft[] }[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const clauseText = clauseTextAt(s, sentence, d.at);
    if (!/^\s*其中/.test(clauseText)) continue;
    const total = [...drafts.slice(0, i)].reverse().find((t) => t.clause < d.clause && t.rec.unit === d.rec.unit && !out.some((b) => b.parts.includes(t)));
    if (!total) continue;
    // parts go on while the unit holds and they still fit in the total
    const parts = [d];
    let sum = d.rec.value ?? 0;
    for (let j = i + 1; j < drafts.length; j++) {
      const p = drafts[j]!;
      if (p.rec.unit !== d.rec.unit) break;
      sum += p.rec.value ?? 0;
      if (total.rec.value !== undefined && sum > total.rec.value * (1 + 1e-9)) break;
      parts.push(p);
    }
    // 新建改扩建学校12所（其中新建5所，改扩建7所）: parts named by words of the total take
    // the total's head noun (新建学校, 改扩建学校)
    const tn = total.rec.name;
    const inside = parts.filter((p) => p.subjectOnly && p.rec.name.length <= 6 && tn.includes(p.rec.name));
    const headAt = Math.max(...inside.map((p) => tn.lastIndexOf(p.rec.name) + p.rec.name.length));
    const head = inside.length ? tn.slice(headAt) : "";
    for (const p of parts) {
      const n = p.rec.name;
      if (!p.subjectOnly || n.length > 6) continue;
      // 其中6个街道约300公顷: the part is named by whose share it is plus the total's measure
      // 其中高级教师28人: a part that names people or places of its own is a label already
      if (!tn.includes(n.slice(-2)) && !/(?:教师|老师|学生|校长|园长|人员|干部|员|生|学校|幼儿园|园|校|班|室)$/.test(n)) p.rec.name = n + tn;
      else if (head.length >= 2 && tn.includes(n)) p.rec.name = n + head;
    }
    out.push({ total, parts });
    i += parts.length - 1;
  }
}

function clauseTextAt(s: string, sentence: Span, at: number): string {
  let a = at;
  while (a > sentence.start && !/[，,；;：:(（]/.test(s[a - 1]!)) a--;
  return s.slice(a, at);
}

