// What a sentence's figures still lack once each clause is read on its own: names that lean on
// a clause before (初中不低于850元, 占比超过90%, 建成5所), the base year in an aside, the school
// an item opens with. fillSentence runs them in their order; each says why it exists.
import { CHANGE_ARRIVES, CHANGE_DOWN_VERBS, CHANGE_UP_VERBS, EARLIER_YEAR } from "./basis";
import { findBreakdowns } from "./breakdowns";
import { comparatorWordBefore } from "./comparators";
import type { Draft } from "./draft";
import { countedThing, finishName, isLinkOnly, isVerbOnly, shortenSubject, subjectBefore, topicOf } from "./names";
import type { Span } from "./sentences";
import { LIST_MARKER, withoutListMarker } from "./list-markers";
import { clauseBefore, lastClauseMark } from "./names-around";
import { isAreaUnit, isMoneyUnit, RATE_UNITS } from "./unit-kinds";
import { stageAt } from "./stages";

// 2023年确保建成幼儿园3所，力争建成5所 / 加快推进研学基地建设，2023年建成60个: a figure
// named only by its verb counts the thing of the figure before it with the same unit, or
// else the thing an earlier clause of the sentence is about.
export function fillCountedThing(s: string, sentence: Span, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const name = d.rec.name;
    if (!isVerbOnly(name) || d.rec.unit === "%" || d.rec.unit === "百分点") continue;
    // (a place counted before, 辽中县2所, is whose, not what)
    // (19所 then 19校: Taiwan counts schools either way)
    const prev = drafts.slice(0, i).reverse().find((p) => (p.rec.unit === d.rec.unit || (/^[所校]$/.test(p.rec.unit) && /^[所校]$/.test(d.rec.unit))) && !isVerbOnly(p.rec.name) && !PLACE_ONLY.test(p.rec.name));
    let thing = prev ? countedThing(prev.rec.name) : "";
    if (!thing) {
      const clauses = s.slice(sentence.start, d.at).split(/[，,；;：:]/);
      clauses.pop(); // the figure's own clause
      thing = clauses.map(topicOf).find((t) => t) ?? "";
    }
    if (thing.length >= 2) d.rec.name = isLinkOnly(name) ? thing : name + thing;
  }
}

const PLACE_ONLY = /^[\u4e00-\u9fff]{1,6}(?:区|县|市|镇|乡|旗|州|本级|街道)$/;

// 新建17所：大东区1所、于洪区2所；扩建3所：…: the places listed after a count and its colon are
// its parts, each named by the place and what the count counts
export function fillColonParts(s: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const total = drafts[i]!;
    if (total.end === undefined || !/^\s*[：:]/.test(s.slice(total.end, total.end + 2))) continue;
    for (const part of drafts.slice(i + 1)) {
      if (/[；;]/.test(s.slice(total.end, part.at)) || part.rec.unit !== total.rec.unit) break;
      if (PLACE_ONLY.test(part.rec.name)) part.rec.name += total.rec.name;
    }
  }
}

// 初级中学7所(城区4所、乡镇3所): the counts in brackets right after a count are its parts, each
// named by the count's name and the word before it
export function fillBracketParts(s: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const total = drafts[i]!;
    if (total.end === undefined || !/^\s*[(（]/.test(s.slice(total.end, total.end + 2))) continue;
    let from = total.end;
    for (const part of drafts.slice(i + 1)) {
      const between = s.slice(from, part.at);
      const word = /^\s*[(（、，,和及]\s*([\u4e00-\u9fff]{1,6})\s*$/.exec(between);
      // (含4所民办初中: a part that names what it counts after its figure keeps its name)
      if (!word || /^(?:含|包括|包含|其中|共|合计|另)/.test(word[1]!) || part.rec.unit !== total.rec.unit || part.end === undefined || !part.subjectOnly) break;
      part.rec.name = total.rec.name + word[1];
      from = part.end;
      if (/^\s*[)）]/.test(s.slice(part.end, part.end + 2))) break;
    }
  }
}

// 普惠性幼儿园23.64万所，占全国幼儿园的比例86.16%，比上年增长1.2个百分点: a share that opens
// its clause with 占 is the share of what the clause before counted (and so is its change)
// (普惠性幼儿园4747所，比上年增加510所，增长12.04%，占总数的68.08%: the changes of the count between
// it and its share are passed over)
export function fillShareOf(drafts: Draft[]): void {
  const isChangeOfCountBefore = (q: number) => drafts[q]!.rec.basis === "previous_year" || (RATE_UNITS.has(drafts[q]!.rec.unit) && drafts[q]!.rec.name === drafts[q - 1]!.rec.name);
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    if (d.rec.unit !== "%" || !/^占/.test(d.rec.name)) continue;
    let p = i - 1;
    while (p > 0 && isChangeOfCountBefore(p)) p--;
    const prev = drafts[p]!;
    if (prev.rec.unit === "%" || prev.rec.unit === "百分点" || prev.rec.basis === "previous_year" || prev.rec.name.length < 2) continue;
    const old = d.rec.name;
    // (its change follows it; a new count, 民办园14812人，占比58.98%, starts a share of its own)
    for (const later of drafts.slice(i)) {
      if (later !== d && later.rec.unit !== "%" && later.rec.unit !== "百分点") break;
      if (later.rec.name === old) later.rec.name = prev.rec.name + old;
    }
  }
}

// 完成教育投资6.15亿元，完成年度目标任务的99.27%: the share of the plan done is the completion
// rate of what the clause before counted
// (with no figure before it, 已完成年度任务的108%: the completion rate of the task it names)
const COMPLETED_SHARE = /(?:^|[，,；;。])\s*(?:已|已经|累计)?完成([^，,；;。]{0,14}?(?:目标|任务|计划|预算)[^，,；;。]{0,6}?)的\s*$/;
export function fillCompletion(s: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1];
    // (the clean text, not the quote: a traditional page's quote keeps 目標任務)
    const done = d.rec.unit === "%" ? COMPLETED_SHARE.exec(s.slice(Math.max(0, d.at - 30), d.at)) : null;
    if (!done) continue;
    if (prev && prev.rec.unit !== "%" && prev.rec.unit !== "百分点" && prev.rec.name.length >= 2) d.rec.name = prev.rec.name + "完成率";
    else if (!prev) d.rec.name = done[1]!.replace(/^(?:了|全部)/, "").replace(/目标任务$/, "任务") + "完成率";
  }
}

// 1.兴隆县第一中心小学，建设面积1617.96平方米，投入资金420万元: an item opening with the name of a
// school gives it to the bare measures that follow
// (●, ►: a web page's bullets before an item, which list markers elsewhere do not take)
const BULLET = "[●►•▪■◆]";
// (广州市培英中学附属幼儿园2019年9月开园，办学规模18个班; …金箔路校区位于东山镇金箔路，规划占地面积…:
// or with when it opened or where it stands between)
const ITEM_SUBJECT = new RegExp(String.raw`^\s*(?:${LIST_MARKER}|${BULLET})?\s*([\u4e00-\u9fff（）()]{2,24}?(?:小学|中学|学校|幼儿园|中心校|校区|学院|初中|高中|大学|分校|附中|附小))\s*(?:(?:于|将于|已于|预计)?\s*(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:份|底|前)?\s*(?:开园|开学|开办|建成|投用|投入使用|落成|招生|竣工|启用|交付使用)|位于[^，,。；;\d]{1,24})?\s*[，,：:]`);
// (办学规模班, 规模班, 规模为轨班: what is left of 办学规模18个班, 规模为36个班, 规模为6轨36个班 once their figures go; under a
// school's name they are its 办学规模)
const BARE_MEASURE = /^(?:建设面积|建筑面积|(?:规划)?(?:占地|用地)面积|占地|面积|投资|总投资|投入资金|投入|资金|学位|新增学位|班级|床位|教学班|(?:办学)?规模班?|规模为轨班)$/;
export function fillItemSubject(s: string, sentence: Span, drafts: Draft[]): void {
  const m = ITEM_SUBJECT.exec(s.slice(sentence.start, sentence.end));
  if (!m) return;
  const from = sentence.start + m[0].length;
  for (const d of drafts) if (d.at >= from && BARE_MEASURE.test(d.rec.name)) d.rec.name = m[1]! + d.rec.name.replace(/^(?:办学规模班|规模班|规模为轨班)$/, "办学规模");
}

// 越南9.3萬人（35.2%）, 減少4.7萬人（15.1%）: a percentage in brackets right after a figure (or after
// its rank, 11.6萬人居首（43.7%）) is that figure's share, or its change in per cent
// (（占比9.4%）: a share said as one is no change, whatever the figure before)
export function fillShareInBrackets(s: string, figureBefore: Draft, d: Draft): void {
  if (d.rec.unit !== "%" || figureBefore.end === undefined || figureBefore.rec.unit === "%") return;
  if (!/^\s*(?:居首|居次|次之)?\s*[(（]\s*约?\s*$/.test(s.slice(figureBefore.end, d.at))) return;
  d.rec.name = figureBefore.rec.name;
  if (figureBefore.rec.basis === "absolute" || d.rec.basis !== "absolute") return;
  d.rec.basis = figureBefore.rec.basis;
  if ((figureBefore.rec.value ?? 0) < 0 && d.rec.value !== undefined && d.rec.value > 0) d.rec.value = -d.rec.value;
}

// 毛入园率达100%，超额完成规划目标(98%); 外教总数为41人，已达到规划目标(>30人): a figure in brackets
// right after a goal named only as a goal (规划目标, 市里的要求, 省定标准) is the goal of the measure the
// sentence gave last before it. Without a sign in the bracket only a goal met or passed is read so
// (not 低于控制目标（0.5%以下）or 优于国家标准（19:1）, which say which way is better, not how)
const GOAL_IN_BRACKETS = /(?:目标|要求|标准)(?:值|数)?\s*[(（]\s*((?:[>＞≥≧<≤≦＜]|不低于|不少于|约)?)\s*$/;
const GOAL_MET = /(?:完成|达到?|超过|超出|实现|高于|符合|满足)了?[^，,；;。]{0,14}?(?:目标|要求|标准)(?:值|数)?\s*[(（][^()（）]*$/;
// 正在推进2所: a count of those under way says more of the measure, and names none
const UNDER_WAY = /^(?:正在|尚在)/;
export function fillGoalInBrackets(s: string, before: Draft[], d: Draft): void {
  const near = s.slice(Math.max(0, d.at - 30), d.at);
  const goal = GOAL_IN_BRACKETS.exec(near);
  if (!goal || (!goal[1] && !GOAL_MET.test(near))) return;
  const measured = [...before].reverse().find((b) => b.rec.unit === d.rec.unit && !isVerbOnly(b.rec.name) && !UNDER_WAY.test(b.rec.name) && !/目标|要求|标准/.test(b.rec.name));
  if (!measured) return;
  d.rec.name = measured.rec.name;
  d.rec.kind = "target";
  if (d.rec.comparator === "between") return;
  // (超过了市里的要求(60%): 超过 tells how the measure did; the goal binds as its bracket says, then as
  // the figure's own words do (（50%以下）), then at most when the measure is a ceiling (控制在45人以内),
  // else at least)
  // (≧ and ≦ are the performance forms' way of writing ≥ and ≤)
  const sign = goal[1] ? (comparatorWordBefore(goal[1].replace("≧", "≥").replace("≦", "≤"))?.comparator ?? null) : null;
  const own = d.rec.comparator === "<=" || d.rec.comparator === "<" || d.rec.comparator === "~" ? d.rec.comparator : null;
  const ceiling = measured.rec.comparator === "<=" || measured.rec.comparator === "<";
  d.rec.comparator = sign ?? own ?? (ceiling ? "<=" : ">=");
}

// 小学36个班1620个学位, 新增21个教学班1050个学位: a figure right after another's counted noun shares
// that figure's subject (小学学位, 新增学位)
export function fillSubjectOfFigureBefore(s: string, figureBefore: Draft, d: Draft): void {
  if (figureBefore.end === undefined) return;
  const noun = s.slice(figureBefore.end, d.at);
  // 公办幼儿园增加251所，10.86万个学位，增长72.83%: places or people counted in the clause right after a
  // count of schools are those schools' (and the change after them, theirs too)
  // (not the pupils of a whole counted before a part: 学校1200所，其中民办学校150所，在校生45万人; nor
  // after several kinds of school: 普通高中5所，职业高中2所，在校学生1.2万人; nor of a count of anything else)
  const between = noun.replace(/^\s*[，,]\s*/, "");
  if (COUNTED_OF_SCHOOLS.test(d.rec.name) && /^\s*[，,]/.test(noun) && (between === "" || between === d.rec.name) && SCHOOLS_COUNTED.test(figureBefore.rec.unit) && figureBefore.rec.unit !== d.rec.unit && SCHOOL_NAME.test(figureBefore.rec.name) && !figureBefore.rec.name.endsWith(d.rec.name)) {
    // (the clause before the schools' own, and theirs: another kind of school counted there, or 其中)
    const clauses = s.slice(Math.max(0, figureBefore.at - 60), figureBefore.at).split(/[。；;\n]/).pop()!.split(/[，,]/);
    const own = clauses[clauses.length - 1] ?? "";
    const earlier = clauses[clauses.length - 2] ?? "";
    const onePart = !SCHOOLS_OF_A_KIND.test(earlier) && !(between && /其中/.test(own + earlier));
    if (onePart) {
      d.rec.name = figureBefore.rec.name + d.rec.name;
      return;
    }
  }
  if (d.rec.unit === "%" && figureBefore.rec.unit !== "%" && COUNTED_OF_SCHOOLS.test(d.rec.name.replace(/比例$/, "")) && figureBefore.rec.name.length > d.rec.name.length && figureBefore.rec.name.endsWith(d.rec.name) && /^[\u4e00-\u9fff]{0,4}[，,]\s*(?:增长|增加|提高|上升)了?\s*$/.test(noun)) {
    d.rec.name = figureBefore.rec.name;
    return;
  }
  if (d.rec.name.length > 4 || !d.rec.quote.startsWith(s.slice(d.at, d.at + 1))) return;
  const subject = /^[\u4e00-\u9fff]{1,4}$/.test(noun) && figureBefore.rec.name.endsWith(noun) ? figureBefore.rec.name.slice(0, -noun.length) : "";
  if (subject.length >= 2 && !d.rec.name.startsWith(subject)) d.rec.name = subject + d.rec.name;
}
const COUNTED_OF_SCHOOLS = /^(?:学位|在校生|在校学生|学生|教职工|教师|专任教师|班级|教学班|床位|宿位|托位)$/;
const SCHOOLS_COUNTED = /^(?:所|个|家|处|校|园)$/;
const SCHOOL_NAME = /(?:幼儿园|园|小学|初中|中学|高中|学校|校|中职|高职|职高|高校|大学|学院|托儿所|托育机构|机构|教学点)$/;
// 普通高中5所: a count of one kind of school
const SCHOOLS_OF_A_KIND = /(?:幼儿园|小学|初中|中学|高中|学校|中职|职高|高职|高校|大学|学院|托儿所|机构|教学点)\s*\d+\s*(?:所|个|家|校|园)/;

// 公办园在园幼儿占比力争达到60%以上(2022年为54%): the aside gives the same measure's value in
// that year, a fact
export function fillBracketedBase(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    const aside = /[(（]\s*((?:19|20)\d{2})\s*年(?:底|末)?\s*(?:为|是|达到|达)?\s*$/.exec(s.slice(Math.max(0, d.at - 12), d.at));
    if (!aside || prev.rec.unit !== d.rec.unit) continue;
    d.rec.name = prev.rec.name;
    d.rec.kind = "actual";
    d.rec.year = Number(aside[1]);
    if (d.rec.comparator !== "between") d.rec.comparator = "=";
  }
}

// 小学每生每年不低于650元，初中不低于850元: the second clause names only whose figure it is;
// the measure comes from the clause before, with the parallel word swapped.
// (小学 inside 中小学 is no parallel word: 中小学 is the scope of both)
const PARALLEL = /幼儿园|学前|(?<!中)小学|初中|普通高中|高中|中学|城市|牧区|中职|职业学校|职校|高校|特殊教育|特教|城区|城镇|农村|乡镇|乡村|公办|民办|男生|女生|市区|县城|县[(（]市[)）]|县市|山区/;
export function fillElliptical(drafts: Draft[], s?: string): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    // 县(市)达到30%以上: the share a bare place was given (县(市)比例) names no more than the place
    const name = d.rec.unit === "%" ? d.rec.name.replace(/比例$/, "") : d.rec.name;
    if (name.length > 5 || !PARALLEL.test(name) || PARALLEL.exec(name)![0] !== name) continue;
    const prev = drafts.slice(0, i).reverse().find((p) => p.rec.unit === d.rec.unit && p.rec.name !== name);
    if (!prev) {
      // 每百名学生拥有教师数：小学、初中分别达到4.2人、5.3人: the measure is the label before the colon
      const label = s === undefined ? null : /([^，,；;。：:\n]{2,24})[：:][^：:。；;\n]*$/.exec(s.slice(Math.max(0, d.at - 60), d.at));
      const measure = withoutListMarker(label?.[1] ?? "");
      // (其中：幼儿园33所: 其中 only leads the parts in)
      if (measure && measure.length >= 2 && !/\d/.test(measure) && !/^(?:其中|包括|另外|具体|分别|即)$/.test(measure)) d.rec.name = name + measure;
      continue;
    }
    const word = PARALLEL.exec(prev.rec.name);
    // (完全中学 then 幼儿园: the whole stage the name opens with is the word swapped)
    const stage = stageAt(prev.rec.name);
    if (word && stage.length > word[0].length && stage.includes(word[0])) {
      if (stage !== name) d.rec.name = name + prev.rec.name.slice(stage.length);
    } else if (word && word[0] !== name) d.rec.name = prev.rec.name.replace(word[0], name);
    // (初中分别为9925元、12307元: the figure before, of the same part, was named already)
    else if (word) d.rec.name = prev.rec.name;
    // 义务教育学校生师比为15.8:1，初中为12.6:1: no parallel word to swap, the measure is added
    else if (!word) {
      const tail = MEASURE_TAIL.exec(prev.rec.name);
      if (tail && tail[0] !== prev.rec.name) d.rec.name = name + tail[0];
    }
  }
  // 29所学校创建“智慧校园”，占比超过90%; 学校数增加120所，增幅为1.1%: a bare share or rate of
  // change is of what was just counted
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const bareShare = /^(?:占比|比例|比重|所占比例)$/.test(d.rec.name);
    const bareChange = /^(?:增幅|降幅|增速|增长率|下降率)$/.test(d.rec.name);
    if ((!bareShare && !bareChange) || d.rec.unit !== "%") continue;
    const prev = drafts[i - 1]!;
    if (prev.rec.unit !== "%" && prev.rec.name.length >= 2) d.rec.name = prev.rec.name.replace(/(?:增加|减少|增长|下降)$/, "") + (bareShare ? "占比" : d.rec.name);
  }
  // 图书185.94万册，价值2574.20万元: the worth of what was just counted
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (!/^(?:价值|总价值|金额|总金额)$/.test(d.rec.name) || !isMoneyUnit(d.rec.unit) || isMoneyUnit(prev.rec.unit) || prev.rec.name.length < 2) continue;
    d.rec.name = prev.rec.name + "价值";
  }
  // 45所学校生均校舍面积达标，达标率93.8%: a bare rate is the rate of what the sentence counted
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const bare = BARE_RATE.exec(d.rec.name);
    if (!bare) continue;
    const stem = bare[1]!;
    const prev = drafts.slice(0, i).reverse().find((p) => p.rec.name !== d.rec.name && p.rec.name.includes(stem));
    if (!prev) continue;
    const name = prev.rec.name.slice(0, prev.rec.name.lastIndexOf(stem) + stem.length);
    if (name.length > stem.length) d.rec.name = name + bare[2]!;
  }
}
// 小学由44,451元增至57,500元, 较上一学年减少17.83%至917人: the figure a change arrives at is the
// same measure as the one it started from (or changed by), whatever its own clause kept
// (由2018至19学年的18万人，跌至2022至23学年的14万人: the year it arrives in may stand before it)
// (增至今个学年的7.5%: or a time said relative to now)
const CHANGED_TO = new RegExp("^\\s*[，,]?\\s*(?:[(（][^()（）]{0,12}[)）])?\\s*" + CHANGE_ARRIVES + "\\s*(?:(?:(?:19|20)\\d{2}\\s*(?:[至\\-—/]\\s*\\d{2}\\s*)?|(?:今|本|这|去|上)个?)学?年度?(?:底|末)?\\s*的?)?\\s*$");
export function fillChangedTo(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (prev.end === undefined || prev.rec.name.length < 2 || d.rec.name === prev.rec.name) continue;
    const between = s.slice(prev.end, d.at);
    const from = prev.rec.unit === d.rec.unit && CHANGED_TO.test(between);
    // (a change in % then the level: the level is the measure the change was of)
    const by = prev.rec.unit === "%" && prev.rec.basis === "previous_year" && d.rec.unit !== "%" && /^\s*(?:至|到)\s*$/.test(between);
    if (from || by) d.rec.name = prev.rec.name;
  }
}

// 中文科考生佔57.2%，較去年的55.8%為多; 共誕7名狀元，較去年的12人少5人: the figure of the year compared
// with is the measure of the figure before it, and a change written right after it is that measure's
// change on that year
const COMPARED_WITH_YEAR = String.raw`(比|较|相比|对比|相较)(?:于)?\s*${EARLIER_YEAR}(?:同期)?\s*的\s*$`;
const COMPARED_BASE = new RegExp(COMPARED_WITH_YEAR);
const CHANGE_AFTER_BASE = /^\s*(?:为|為)?\s*(?:(多|增|升|增加|上升|提高)|(少|减|降|跌|减少|下降|降低))了?\s*(?:逾|约|近)?\s*$/;
// (7名狀元，較去年的…: the counted noun of the figure before may stand before the comma; words after it
// are a subject of their own)
const ONLY_COMPARED = new RegExp(String.raw`^(?:[^，,；;。\d]{0,6}[，,])?\s*(?:[\u4e00-\u9fff]{0,2}(?:为|是))?` + COMPARED_WITH_YEAR);
const sameCounted = (a: string, b: string) => a === b || (/^[人名位]$/.test(a) && /^[人名位]$/.test(b));
export function fillComparedBase(s: string, drafts: Draft[]): void {
  for (let i = 0; i < drafts.length; i++) {
    const d = drafts[i]!;
    const base = COMPARED_BASE.exec(s.slice(Math.max(0, d.at - 16), d.at));
    if (!base) continue;
    const measured = drafts[i - 1];
    let name = "";
    if (measured?.end !== undefined && ONLY_COMPARED.test(s.slice(measured.end, d.at))) {
      if (sameCounted(measured.rec.unit, d.rec.unit) && measured.rec.basis === "absolute" && measured.rec.name.length >= 2) name = measured.rec.name;
    } else {
      // (在校学生较去年的48000人增加2000人: a subject of its own before the comparison is whose the
      // figures are, less the word of comparison)
      // (finishName may already have dropped the 较: the text tells)
      const own = d.rec.name.replace(/(?:较|比|相比|对比|相较)$/, "");
      const ownBefore = own.length >= 2 && s.slice(Math.max(0, d.at - 24 - own.length), d.at).replace(/\s+/g, "").includes(own + base[1]);
      if (own !== d.rec.name ? own.length >= 2 : ownBefore) name = own;
    }
    if (!name) continue;
    d.rec.name = name;
    const next = drafts[i + 1];
    const change = next && d.end !== undefined ? CHANGE_AFTER_BASE.exec(s.slice(d.end, next.at)) : null;
    if (!next || !change || !sameCounted(next.rec.unit, d.rec.unit)) continue;
    next.rec.name = name;
    next.rec.basis = "previous_year";
    if (change[2] && next.rec.value !== undefined && next.rec.value > 0) next.rec.value = -next.rec.value;
  }
}

// 比上年增加510所，增长12.04%: a change right after a change on last year, of the same measure, is on
// last year too
const CHANGE_OPENING = new RegExp(`^(?:同比|分别)?(?:${CHANGE_UP_VERBS}|${CHANGE_DOWN_VERBS}|减)了?\\s*\\d`);
export function fillChangeBasis(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (d.rec.basis === "absolute" && prev.rec.basis === "previous_year" && d.rec.name === prev.rec.name && RATE_UNITS.has(d.rec.unit) && CHANGE_OPENING.test(d.rec.quote)) d.rec.basis = "previous_year";
  }
}

// ②低分率：1—3年级语文不能高于15%，数学不能高于10%: a rate named before a colon is the measure
// of the shares listed after it, each named by whose it is
const MEASURE_LABEL = new RegExp(String.raw`(?:^|[，,；;。\s])${LIST_MARKER}?\s*([\u4e00-\u9fff]{2,8}(?:率|比例|比重|占比))\s*[：:]`, "g");
export function fillMeasureLabel(s: string, sentence: Span, drafts: Draft[]): void {
  const text = s.slice(sentence.start, sentence.end);
  // (no colon, no label: the pattern's open start is costly to try at every character)
  if (!text.includes("：") && !text.includes(":")) return;
  const labels = [...text.matchAll(MEASURE_LABEL)].map((m) => ({ at: sentence.start + m.index + m[0].length, label: m[1]! }));
  if (!labels.length) return;
  for (const d of drafts) {
    const label = [...labels].reverse().find((l) => l.at <= d.at)?.label;
    if (!label || d.rec.unit !== "%" || d.rec.name.includes(label)) continue;
    const whose = d.rec.name.replace(/(?:比例|比重|占比)$/, "");
    if (/(?:率|比)$/.test(whose)) continue;
    d.rec.name = whose + label;
  }
}

// 幼儿园项目1 122个共176万平方米: the area or money right after a count (共, 总计) is that of the
// things just counted
export function fillTotalOfItems(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    const areaOrMoney = (unit: string) => isAreaUnit(unit) || isMoneyUnit(unit);
    if (prev.end === undefined || !areaOrMoney(d.rec.unit) || areaOrMoney(prev.rec.unit) || prev.rec.name.length < 2) continue;
    if (!/^\s*[，,]?\s*(?:共|共计|合计|总计)(?:建筑面积|面积|投资|投入)?\s*$/.test(s.slice(prev.end, d.at))) continue;
    const measure = isMoneyUnit(d.rec.unit) ? "投资" : "面积";
    d.rec.name = prev.rec.name + measure;
  }
}

// 创成1个省级、6个市级品牌项目: counts of levels listed share the thing named after the last
const LEVEL_END = /(?:国家|省|市|县|区|校|乡|镇|园)级$/;
const LEVEL_THEN_THING = /^(.*?(?:国家|省|市|县|区|校|乡|镇|园)级)([\u4e00-\u9fff]{2,})$/;
export function fillSharedHead(s: string, drafts: Draft[]): void {
  for (let i = drafts.length - 2; i >= 0; i--) {
    const d = drafts[i]!;
    const next = drafts[i + 1]!;
    if (!LEVEL_END.test(d.rec.name) || d.end === undefined || d.rec.unit !== next.rec.unit || !/^\s*[\u4e00-\u9fff]{0,3}级\s*[、和及与]\s*$/.test(s.slice(d.end, next.at))) continue;
    const thing = LEVEL_THEN_THING.exec(next.rec.name)?.[2];
    if (thing) d.rec.name += thing;
  }
}

// 核定补助北部台北市、新北市计12园，中部台中市、云林县计5园: items named only by a region and its places,
// after a first item whose deed comes before its region, share that deed
const PLACES = /^[东西南北中]部(?:[\u4e00-\u9fff]{1,5}?(?:省|市|县|区|旗|州)、?)+$/;
export function fillPlacesShareDeed(drafts: Draft[]): void {
  const first = drafts[0];
  if (!first || drafts.length < 2) return;
  let head = "";
  for (let i = 2; i <= first.rec.name.length - 2 && !head; i++) if (PLACES.test(first.rec.name.slice(i))) head = first.rec.name.slice(0, i);
  if (!head || PLACES.test(head)) return;
  for (const d of drafts.slice(1)) if (d.rec.unit === first.rec.unit && PLACES.test(d.rec.name)) d.rec.name = head + d.rec.name;
}

// 学生宿舍食堂共计17917.14平方米，投资2150万元；…: money named only as money, right after the size
// of a thing built in the same part of the sentence, is what that thing costs
const MONEY_ONLY = /^(?:总)?(?:投资|投入|资金|经费|造价)$/;
export function fillMoneyOfItem(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (!MONEY_ONLY.test(d.rec.name) || !isMoneyUnit(d.rec.unit) || isMoneyUnit(prev.rec.unit) || prev.end === undefined) continue;
    if (!/^\s*[，,]\s*(?:总)?(?:投资|投入|资金|经费|造价)(?:约|达|为|共计?)?\s*$/.test(s.slice(prev.end, d.at))) continue;
    const thing = prev.rec.name.replace(/(?:建筑)?(?:面积|数)$/, "");
    if (thing.length >= 2 && !MONEY_ONLY.test(thing)) d.rec.name = thing + d.rec.name;
  }
}

// the measure a name ends in: 生师比, 巩固率, 毛入学率, 学历比例
const MEASURE_TAIL = /(?:[毛净]?[\u4e00-\u9fff]{2}率|[\u4e00-\u9fff]{2}比|[\u4e00-\u9fff]{2}比例|占比|比重)$/;
// 达标率, 合格率, 完成比例: a rate that says of what only by the sentence around it
const BARE_RATE = /^([\u4e00-\u9fff]{2})(率|比例)$/;

// 每百名学生拥有骨干教师数，小学、初中分别达到1.2人、1.5人: when no figure before names the
// measure, the clause before (a topic with no figure of its own) does.
export function fillFromTopic(s: string, sentence: Span, drafts: Draft[]): void {
  for (const d of drafts) {
    const name = d.rec.name;
    if (name.length > 4 || !PARALLEL.test(name) || PARALLEL.exec(name)![0] !== name) continue;
    const before = s.slice(sentence.start, d.at).split(/[，,；;：:]/);
    before.pop();
    const topic = before.pop();
    if (!topic || /\d/.test(topic)) continue;
    // a figure named since the topic (the first of the list) carries the measure already
    const topicStart = sentence.start + before.reduce((n, c) => n + c.length + 1, 0);
    if (drafts.some((p) => p !== d && p.at >= topicStart && p.at <= d.at && p.rec.unit === d.rec.unit && !PARALLEL_ONLY.test(p.rec.name))) continue;
    const measure = shortenSubject(finishName(subjectBefore(topic))).replace(/^义务教育(?:阶段)?(?:学校)?(?=.{2})/, "");
    if (measure.length >= 2 && !PARALLEL_ONLY.test(measure)) d.rec.name = name + measure;
  }
}
const PARALLEL_ONLY = new RegExp(`^(?:${PARALLEL.source})$`);

// 较去年减少2,734人（跌4%）, 多了536人、增7%, 增加了123人（升1.9%）: a change in per cent right after a
// count, named by its verb alone, is the same change of the same measure, in per cent
const RATE_OF_CHANGE_ONLY = new RegExp(`^(?:较去年|比去年|按年|同比)?(?:${CHANGE_UP_VERBS}|${CHANGE_DOWN_VERBS}|升|降|减)(?:幅|比例|幅度)?$|^(?:增幅|升幅|跌幅|降幅|增长率|增长幅度|下降幅度)$`);
export function fillRateOfChange(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const prev = drafts[i - 1]!;
    if (d.rec.unit !== "%" || prev.rec.unit === "%" || prev.end === undefined) continue;
    const between = s.slice(prev.end, d.at);
    // (平均年減4500人或3.1%: the same fall, or'd in per cent, names itself as the count did)
    if (prev.rec.basis === "previous_year" && d.rec.name === prev.rec.name && /^\s*或\s*$/.test(between)) {
      d.rec.basis = "previous_year";
      if ((prev.rec.value ?? 0) < 0 && (d.rec.value ?? 0) > 0) {
        d.rec.value = -d.rec.value!;
        d.rec.comparator = prev.rec.comparator;
      }
      continue;
    }
    if (!RATE_OF_CHANGE_ONLY.test(d.rec.name) || between.length > 8 || !/^\s*[（(、，,]/.test(between)) continue;
    // (减少幅度36.9%, 减少比例为4%: a rate the text says is one keeps its word, after the measure's; 增7%
    // gets its 比例 from the naming of shares, and says nothing)
    d.rec.name = prev.rec.name + (/幅|比例/.test(s.slice(prev.end, d.at)) ? d.rec.name.replace(/^(?:较去年|比去年|按年|同比)/, "") : "");
    if (prev.rec.basis === "previous_year") d.rec.basis = "previous_year";
  }
}

// 办好12类45件民生实事, 3大类20项任务: a count of kinds written right before the count of the things
// counts kinds of those things, and is named by them
export const KINDS_UNIT = /^(?:类|大类|方面|个方面|批|大项|领域|个领域|板块|大板块)$/;
export function fillKindsOfThing(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1]!;
    const d = drafts[i]!;
    // (12类45件…: with nothing before it, the count of kinds was named by its unit until now)
    if (!KINDS_UNIT.test(prev.rec.unit) || prev.end === undefined || s.slice(prev.end, d.at).trim() || !(isVerbOnly(prev.rec.name) || prev.rec.name === prev.rec.unit) || isVerbOnly(d.rec.name)) continue;
    prev.rec.name = d.rec.name;
  }
}

/**
 * Every fill of one sentence's drafts, in order: names from a topic clause first (a later fill
 * copies names), asides and shares next, the parallel clauses, then the 其中 breakdowns (their
 * parts' names build on the total's), and verb-only names last (they borrow the thing of a
 * figure before, once that one is named).
 */
export function fillSentence(s: string, sentence: Span, drafts: Draft[], breakdowns: { total: Draft; parts: Draft[] }[]): void {
  fillFromTopic(s, sentence, drafts);
  fillKindsOfThing(s, drafts);
  fillBracketedBase(s, drafts);
  fillShareOf(drafts);
  fillCompletion(s, drafts);
  fillItemSubject(s, sentence, drafts);
  fillElliptical(drafts, s);
  fillPupilsOfSchools(s, drafts);
  fillChangedTo(s, drafts);
  fillComparedBase(s, drafts);
  fillRateOfChange(s, drafts);
  fillChangeBasis(drafts);
  fillMeasureLabel(s, sentence, drafts);
  fillTotalOfItems(s, drafts);
  fillMoneyOfItem(s, drafts);
  fillSharedHead(s, drafts);
  fillPlacesShareDeed(drafts);
  findBreakdowns(s, sentence, drafts, breakdowns);
  fillCountedThing(s, sentence, drafts);
  fillColonParts(s, drafts);
  fillBracketParts(s, drafts);
  fillSpentOn(s, sentence, drafts);
  fillSumDeed(drafts);
  fillEventParticipants(s, sentence, drafts);
  fillItemPlace(s, sentence, drafts);
  fillDistinctUnits(drafts);
}

// 112學年度降為9617人, 109學年則為12校: a name of linking words only is the measure the figure before
// it of the same unit named, in this sentence (`inSentence`) or the one before (the drafts from
// `previousStart` on; looked through only when a name needs it)
// (a list of its own, not names.ts's isLinkOnly: each holds words the other lacks, 大增, 入学, 另有 here and
// 仍然, 剩, 回落至 there; one shared list would change output elsewhere and needs its own scored change)
const LINKING_WORDS_ONLY = /^(?:则|也|同样|另有|仅|只有|到了|又)?(?:为|是|有|降为|降至|增至|增为|升至|增|减|大增|大减|入学)?$/;
export function fillLinkedNames(drafts: Draft[], previousStart: number, inSentence: Draft[]): void {
  for (const [i, d] of inSentence.entries()) {
    if (!LINKING_WORDS_ONLY.test(d.rec.name)) continue;
    const named = [...drafts.filter((p) => p.at >= previousStart), ...inSentence.slice(0, i)].reverse().find((p) => p.rec.unit === d.rec.unit && !LINKING_WORDS_ONLY.test(p.rec.name));
    if (named) d.rec.name = named.rec.name;
  }
}

// 职业学校1所，在校学生1810人 / 公办园46所，在园幼儿5708人: the pupils or staff counted right after a
// count of schools are those schools' (not the stage the paragraph opened on)
const SCHOOLS_THEN_PEOPLE = /^[\d.,]+\s*(?:所|个|校)\s*[，,]\s*((?:在校学生|在校生|学生|在园幼儿|幼儿|教职工|专任教师)(?:数|人数)?)\s*(?:为|有|达)?\s*$/;
function fillPupilsOfSchools(s: string, drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const schools = drafts[i - 1]!;
    if (!/^(?:人|名)$/.test(d.rec.unit) || schools.rec.name.length < 2) continue;
    const people = SCHOOLS_THEN_PEOPLE.exec(s.slice(schools.at, d.at));
    // (高中校数增至335所，学生为40万642人: the schools' count word goes)
    if (people) d.rec.name = schools.rec.name.replace(/(?:学?校|所)?(?:数量|数)$/, "") + people[1]!;
  }
}

// 桃城区新改扩建中小学3所，建筑面积3.72万平方米；冀州区…: in a list of items for one place each,
// the place an item's first figure is named by is whose the item's later figures are (a place
// that opens every item of a text about it is its scope, and stays out)
const PLACE_OPENING = /^(?!(?:全|本|我|各|该)[\u4e00-\u9fff]?(?:区|县|市|镇|乡|旗))([\u4e00-\u9fff]{2,5}?(?<!示范|实验|试验|[园校片学社])(?:区|县|市|镇|乡|旗))(?=[\u4e00-\u9fff]{2})/;
export function fillItemPlace(s: string, sentence: Span, drafts: Draft[]): void {
  const items: { place: string; drafts: Draft[] }[] = [];
  // (searched within the sentence: a text on one line is one long line)
  const text = s.slice(sentence.start, sentence.end);
  let itemStart = sentence.start;
  for (const d of drafts) {
    const rel = d.at - sentence.start;
    const sep = sentence.start + Math.max(text.lastIndexOf("；", rel), text.lastIndexOf(";", rel));
    if (!items.length || (sep >= itemStart && sep < d.at)) {
      if (items.length) itemStart = sep + 1;
      items.push({ place: PLACE_OPENING.exec(d.rec.name)?.[1] ?? "", drafts: [] });
    }
    items[items.length - 1]!.drafts.push(d);
  }
  if (new Set(items.map((i) => i.place).filter(Boolean)).size < 2) return;
  for (const { place, drafts: own } of items) {
    if (!place) continue;
    for (const d of own.slice(1)) if (d.rec.name.length <= 8 && !d.rec.name.includes(place) && !PLACE_OPENING.test(d.rec.name)) d.rec.name = place + d.rec.name;
  }
}

// 组织开展了…汉字听写大赛，280名学生参加 / …汇报演出，共计有学生和家长450人: people counted
// after the event the clause before held are its participants; the event names them
const EVENT_END = /(?:大赛|比赛|竞赛|活动|演出|展演|汇演|讲座|论坛|培训班|夏令营|冬令营|运动会|艺术节|读书节|科技节|文化节|宣传周|宣传日|教育周|开放日)$/;
const HELD = /(?:组织开展了?|开展了?|举办了?|举行了?|组织了?|进行了?|承办了?)(?!.*(?:组织开展|开展|举办|举行|组织|进行|承办))/;
const PEOPLE_ONLY = /^(?:共计?有?|共有|计有|有)?(?:学生|教师|家长|学生和家长|师生|人员|志愿者|中小学生)?(?:参赛|参加|参与)?$/;
export function fillEventParticipants(s: string, sentence: Span, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!/^(?:人|名|人次)$/.test(d.rec.unit)) continue;
    const own = s.slice(sentence.start, d.at);
    const cut = lastClauseMark(own);
    if (cut < 0) continue;
    const clauseEnd = s.slice(d.at, sentence.end).search(/[，,；;。]|$/);
    const clause = own.slice(cut + 1) + s.slice(d.at, d.at + clauseEnd);
    if (!PEOPLE_ONLY.test(d.rec.name) && !/(?:参加|参赛|参与)\s*$/.test(clause)) continue;
    // (a date, 2018年5月5日, is no figure of the clause)
    const prev = clauseBefore(s, sentence.start, sentence.start + cut).trim().replace(/(?:(?:19|20)\d{2}\s*年)?\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?/g, "");
    if (/\d/.test(prev) || !EVENT_END.test(prev)) continue;
    const held = HELD.exec(prev);
    let event = (held ? prev.slice(held.index + held[0].length) : prev).replace(/[“”"「」《》]/g, "");
    // (…为主题的美食一条街活动, 第二届…大赛: the theme and the edition go)
    // (全县中小学生现场书法大赛: whose event it is, as the scope, goes too)
    event = event.slice(Math.max(event.lastIndexOf("的"), event.lastIndexOf("届")) + 1).replace(/^(?:全[省市县区镇乡]|本[市县区镇校])?(?:中小学生|中小学|学生|教师|师生)?/, "");
    if (event.length < 2 || event.length > 16) continue;
    d.rec.name = event + (d.rec.unit === "人次" ? "参加人次" : "参加人数");
  }
}

// 开展校舍维修项目，投入资金1665万元: money spent with no subject paid for the work the clause
// before named (a clause with no figure of its own)
const SPENT_ONLY = /^(?:投入|投资|安排|拨付|筹措)(?:资金|经费)?$|^(?:需要?|所需)?(?:资金|经费)$/;
const WORK_BEFORE = /^\s*(?:开展|实施|完成|推进|启动|建设|新建|改扩建|改造)((?:[\u4e00-\u9fff“”"]){2,16}?(?:项目|工程|行动|建设|改造|维修))$/;
export function fillSpentOn(s: string, sentence: Span, drafts: Draft[]): void {
  for (const d of drafts) {
    if (!isMoneyUnit(d.rec.unit) || !SPENT_ONLY.test(d.rec.name)) continue;
    const cut = lastClauseMark(s.slice(sentence.start, d.at));
    if (cut < 0) continue;
    const prev = clauseBefore(s, sentence.start, sentence.start + cut);
    const work = /\d/.test(prev) ? null : WORK_BEFORE.exec(withoutListMarker(prev.trim()));
    // (计划投资1308万元: planned or done stays in the name)
    if (work) d.rec.name = finishName(work[1]!.replace(/[“”"]/g, "")) + (/(?:计划|预计|完成|实际|累计)(?:投资|投入)/.exec(d.rec.quote)?.[0] ?? "投入");
    // 建设生活用房面积14254平方米，需资金3525万元: the money needed is for what the figure just
    // before it in the item counted
    else if (/^(?:需要?|所需)/.test(d.rec.name)) {
      const i = drafts.indexOf(d);
      const last = i > 0 ? drafts[i - 1]! : null;
      if (last && !isMoneyUnit(last.rec.unit) && !/[；;。]/.test(s.slice(last.at, d.at))) {
        const thing = last.rec.name.replace(/(?:总面积|建筑面积|面积|数量|数)$/, "");
        if (thing.length >= 2) d.rec.name = thing + "所需资金";
      }
    }
  }
}

// …工程合计676.47万元，已于本年度支出676.47万元: money named only by what was done with it (spent,
// paid out, arrived) is the sum of the clause before, named as that sum's deed
const DEED_OF_SUM = /^(?:已经?)?(?:于?(?:本|今|当)?年度?内?|年内|当年|全年)?(?:实际)?(支出|拨付|到位|下达|使用|执行|兑现|发放)$/;
const SUM_WORDS = /^(?:即|共|计|其中)|(?:合计|共计|总计|累计|总额|金额)$/g;
export function fillSumDeed(drafts: Draft[]): void {
  for (let i = 1; i < drafts.length; i++) {
    const d = drafts[i]!;
    const deed = DEED_OF_SUM.exec(d.rec.name);
    const prev = drafts[i - 1]!;
    // (比2021年实际支出增加26.68亿元: a change on a base named so is no deed of the sum before)
    if (!deed || d.rec.basis !== "absolute" || /(?:比|较)(?!例|重|率)/.test(d.rec.quote) || !isMoneyUnit(d.rec.unit) || !isMoneyUnit(prev.rec.unit) || DEED_OF_SUM.test(prev.rec.name)) continue;
    const sum = prev.rec.name.replace(SUM_WORDS, "");
    if (sum.length >= 2 && !isVerbOnly(sum)) d.rec.name = sum + deed[1]!;
  }
}

// 补助计2,510校次、13万8,596人次，计4亿224万元: one name for figures of several measures would give
// a table three rows alike; the measure each counts tells them apart
export function fillDistinctUnits(drafts: Draft[]): void {
  const byName = new Map<string, Draft[]>();
  for (const d of drafts) byName.set(d.rec.name, [...(byName.get(d.rec.name) ?? []), d]);
  for (const [name, same] of byName) {
    // (1亿元 and 3212万元 are one measure)
    const units = new Set(same.map((d) => d.rec.unit.replace(/^[万亿千]/, "")));
    if (same.length < 2 || units.size < 2 || [...units].some((u) => RATE_UNITS.has(u))) continue;
    for (const d of same) {
      const measure = measureOfUnit(d.rec.unit);
      if (measure && !name.endsWith(measure)) d.rec.name = name + measure;
    }
  }
}

function measureOfUnit(unit: string): string {
  if (isMoneyUnit(unit)) return "金额";
  if (isAreaUnit(unit)) return "面积";
  const bare = unit.replace(/^[万亿千]/, "");
  if (/次$/.test(bare)) return bare;
  if (bare === "人" || bare === "名") return "人数";
  if (/^(?:所|个|项|处|校|座|栋|间|套|台|件|家|班)$/.test(bare)) return "数";
  return "";
}
