// Target or actual: a plan's figures are goals unless the words say they already happened
// (已建成, 完成了, 现有, 截至); a work summary's figures are results unless the words look
// ahead (力争, 确保, 计划, 下一步).
import type { Kind } from "./types";

const SUMMARY_TITLE = /总结|工作报告|情况报告|情况汇报|工作汇报|自查报告|自评报告|述职|年报|成效|回顾/;
const PLAN_TITLE = /要点|计划|规划|方案|意见|安排|打算|目标|行动/;

/** The document's default: a summary reports, everything else plans. */
export function documentKind(text: string): Kind {
  // the title is among the first lines; furniture is gone by now
  const head = text.slice(0, 400).split("\n").filter((l) => l.trim()).slice(0, 3).join("\n").slice(0, 200);
  const summary = SUMMARY_TITLE.exec(head);
  const plan = PLAN_TITLE.exec(head);
  if (summary && (!plan || summary.index <= plan.index)) return "actual";
  return "target";
}

const ACTUAL = /(?:已经|已|累计|现有|目前|截至|截止|共有|先后|近年来|去年|上年度|过去|完成了|实现了|建成了|达到了|新增了|投入了|取得了|获得了|拿出了|招收了|培训了|创建了|有了)/g;
const TARGET = /(?:力争|确保|计划|争取|预计|拟|将|下一步|今后|明年|努力|力求|目标|到\s*(?:19|20)\d{2}\s*年|要|再(?=建|创|新|增|培|引|打|推|提|扩|开|办|组|选))/g;
// 在巩固现有…的同时, 在已有…基础上: the past is the background of a new target
const BACKGROUND = /(?:的同时|的基础上|基础上)/;

/** The kind of a figure, from the words of its sentence before it (the nearest marker wins). */
export function kindAt(sentenceBefore: string, fallback: Kind): Kind {
  let lastActual = -1;
  let lastTarget = -1;
  for (const m of sentenceBefore.matchAll(ACTUAL)) {
    // 比去年 / 较上年度 compare with last year, they do not report it
    if (/[比较]$/.test(sentenceBefore.slice(Math.max(0, m.index - 1), m.index))) continue;
    const clauseEnd = sentenceBefore.slice(m.index).search(/[，,；;]/);
    if (clauseEnd >= 0 && BACKGROUND.test(sentenceBefore.slice(m.index, m.index + clauseEnd))) continue;
    lastActual = m.index;
  }
  for (const m of sentenceBefore.matchAll(TARGET)) {
    // 要 inside words (主要, 重要, 需要, 要点) is not "shall"
    if (m[0] === "要" && (/[主重需纲摘提简必只]$/.test(sentenceBefore.slice(Math.max(0, m.index - 1), m.index)) || /^要[点求素闻害]/.test(sentenceBefore.slice(m.index, m.index + 2)))) continue;
    if (m[0] === "将" && /^将(?:来|近)/.test(sentenceBefore.slice(m.index, m.index + 2))) continue;
    lastTarget = m.index;
  }
  if (lastActual < 0 && lastTarget < 0) return fallback;
  return lastActual > lastTarget ? "actual" : "target";
}

/**
 * 为87.01%, 是95%: a plain statement of a figure with no word looking ahead reports a state
 * (全市学前三年毛入园率为97.5%), unless it stands under a heading of goals or tasks.
 */
export function statesAFact(sentenceBefore: string, word: string | undefined, section: string[]): boolean {
  if (word !== "为" && word !== "是" && word !== "分别为") return false;
  for (const m of sentenceBefore.matchAll(TARGET)) {
    if (m[0] !== "要" && m[0] !== "将") return false;
  }
  return !section.some((t) => /目标|任务|计划|要点|措施|举措|安排|打算|重点/.test(t));
}

/** What the headings above a figure say it is: a plan (打算, 目标) or a review (回顾, 主要成效). */
export function sectionKind(section: string[]): Kind | null {
  // goals first: 主要工作目标 › 教育均衡发展有新成效 is still a goal
  if (section.some((t) => /打算|计划|目标|思路|安排|任务|要点|举措|下一步|展望|措施/.test(t))) return "target";
  if (section.some((t) => /回顾|完成情况|主要做法|工作总结|取得的|主要成绩|主要成效|工作成效|基本情况|现状|进展情况/.test(t))) return "actual";
  return null;
}
