// Figures that belong together or to each other inside one clause.
import { BOUND_WORDS, comparatorWordBefore } from "./comparators";
import type { Figure } from "./numbers";

const COUNTLIKE = new Set(["个", "所", "名", "人", "位", "家", "户", "项", "处", "岁", "周岁", "支", "座", "班"]);
const SEPARATORS = /^[\s、和与及或以]*$/;

// 分别达到90%、99%和13.5年: after 分别 a list may mix units, one figure for each subject
const respectively = (s: string, first: Figure) => /分别[\u4e00-\u9fff]{0,6}\s*$/.test(s.slice(Math.max(0, first.start - 10), first.start));

// Figures joined only by 、/和/及 form a list: 45%、85%、85%以上, 1、2、4、20名以上. The last
// member's unit and qualifier (以上) belong to all of them.
export function groupFigures(s: string, figures: Figure[]): Figure[][] {
  const groups: Figure[][] = [];
  for (const f of figures) {
    const g = groups[groups.length - 1];
    const prev = g?.[g.length - 1];
    if (g && prev && SEPARATORS.test(s.slice(prev.end, f.start)) && s.slice(prev.end, f.start).trim() !== "" && (!prev.unit || !f.unit || prev.unit === f.unit || respectively(s, g[0]!))) {
      g.push(f);
    } else groups.push([f]);
  }
  for (const g of groups) {
    const last = g[g.length - 1]!;
    if (g.length < 2) continue;
    for (const f of g) {
      if (!f.unit && last.unit) f.unit = last.unit;
      // 75.99万、67.63万和57.65万个: a magnitude alone takes the measure the last one names
      else if (/^[万亿]$/.test(f.unit) && last.unit.length > 1 && last.unit.startsWith(f.unit)) f.unit = last.unit;
      if (!f.suffix && last.suffix) f.suffix = last.suffix;
    }
  }
  return groups;
}

// 其中6个街道约300公顷, 45人以上大班额比例控制在3%以内: a count right before another figure
// says whose figure it is.
export function dropQualifiers(s: string, groups: Figure[][]): void {
  for (let i = 0; i + 1 < groups.length; i++) {
    const g = groups[i]!;
    const next = groups[i + 1]!;
    if (g.length !== 1 || !next.length) continue;
    const f = g[0]!;
    const ageBand = (f.unit === "岁" || f.unit === "周岁") && /^(?:及?以[上下])$/.test(f.suffix);
    if (!COUNTLIKE.has(f.unit) || (f.suffix && f.suffix !== "以上" && f.suffix !== "及以上" && !ageBand)) continue;
    const between = s.slice(f.end, next[0]!.start).replace(/\s/g, "");
    const word = comparatorWordBefore(between);
    const noun = (word ? between.slice(0, word.at) : between).replace(/(?:达到|达|共|计|有)$/, "");
    const isNoun = /^[\u4e00-\u9fff]{1,12}$/.test(noun) && !/[到在对向从给让把被建设培招开举组参加完成实施推进提供投]/.test(noun);
    // (计划招9个班约270人: classes enrolled, then the children in them; both are what is planned)
    const countMadeBefore = /(?:招|招收|开设|开办|新建|新增|增设|设置|建成)\s*$/.test(s.slice(Math.max(0, f.start - 3), f.start));
    // 25所學校學生不到30人, 2所國小人數不足10人: schools counted by a bound on their pupils; the
    // pupils are no figure of their own (the count is)
    if (INSTITUTIONS.test(f.unit) && !f.suffix && word && BOUND_WORD.test(word.word) && PUPILS_OF_PLACES.test(noun) && next.length === 1 && /^(?:人|名|%)$/.test(next[0]!.unit) && !next[0]!.suffix && /^\s*(?:[，,；;。]|$)/.test(s.slice(next[0]!.end, next[0]!.end + 2))) next.length = 0;
    else if (f.unit === "岁" || f.unit === "周岁" || (isNoun && noun !== between && !countMadeBefore)) g.length = 0;
  }
}

const INSTITUTIONS = /^(?:所|校|家|个|班)$/;
// (學校學生, 國小人數, 班級學生, 校缺額率: the places, then their pupils or a rate of them; not
// 乡村学校受益学生 or 学校可容纳学生, people reached or room made, figures of their own)
const PUPILS_OF_PLACES = /^(?:[\u4e00-\u9fff]{0,4}(?:学校|校|园|国小|国中|小学|中学|幼儿园|班级?))(?:的?(?:学生|在校生|学生数|人数|学生人数|幼儿|班额|[\u4e00-\u9fff]{1,3}率))?$/;
const BOUND_WORD = new RegExp(`^(?:${BOUND_WORDS})$`);

