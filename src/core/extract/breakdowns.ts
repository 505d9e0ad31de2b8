// 其中 breakdowns (…44所，其中城区12所，农村32所): which figures of a sentence are parts of an
// earlier one, and the parts' names built from the total's.
import { partOfMeasure } from "./names";
import type { Draft } from "./draft";
import type { Span } from "./sentences";

// 其中: a total in an earlier clause of the sentence, parts in this clause and the ones after.
export function findBreakdowns(s: string, sentence: Span, drafts: Draft[], out: { total: Draft; parts: Draft[] }[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const clauseText = clauseTextAt(s, sentence, d.at);
    // (…9689人(其中,幼儿园4529人、…: a bracketed 其中 may stand alone before its comma)
    if (!/^\s*其中/.test(clauseText) && !/[(（]\s*其中\s*[，,：:]\s*$/.test(s.slice(Math.max(sentence.start, d.at - clauseText.length - 6), d.at - clauseText.length))) continue;
    const total = [...drafts.slice(0, i)].reverse().find((t) => t.clause < d.clause && t.rec.unit === d.rec.unit && !out.some((b) => b.parts.includes(t)));
    if (!total) continue;
    // parts go on while the unit holds and they still fit in the total
    const parts = [d];
    let sum = d.rec.value ?? 0;
    let lastPart = i;
    for (let j = i + 1; j < drafts.length; j++) {
      const p = drafts[j]!;
      // (公办园10301人，占比41.02%，民办园14812人: a part's share between the parts)
      if (p.rec.unit === "%" && d.rec.unit !== "%" && /占比|比例|比重/.test(p.rec.name)) continue;
      // (其中小学550台，每百名学生拥有电脑9.3台，初中335台: a per-head figure between the parts)
      if (/每百名?|生均|人均|每生|每名/.test(p.rec.name) && !/每百名?|生均|人均|每生|每名/.test(d.rec.name)) continue;
      if (p.rec.unit !== d.rec.unit) break;
      sum += p.rec.value ?? 0;
      if (total.rec.value !== undefined && sum > total.rec.value * (1 + 1e-9)) break;
      parts.push(p);
      lastPart = j;
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
      // (其中幼儿园4529人 under 专任教师9689人: a place or stage counting people says whose they are)
      const ownLabel = /(?:教师|老师|学生|校长|园长|人员|干部|员|生)$/.test(n) || (!/^(?:人|名|人次)$/.test(p.rec.unit) && /(?:学校|幼儿园|园|校|班|室)$/.test(n));
      if (!tn.includes(n.slice(-2)) && !ownLabel) p.rec.name = partOfMeasure(n, tn.replace(/^(?:共有|现有|有)/, ""));
      else if (head.length >= 2 && tn.includes(n)) p.rec.name = n + head;
    }
    out.push({ total, parts });
    i = lastPart;
  }
}

function clauseTextAt(s: string, sentence: Span, at: number): string {
  let a = at;
  while (a > sentence.start && !/[，,；;：:(（]/.test(s[a - 1]!)) a--;
  return s.slice(a, at);
}

