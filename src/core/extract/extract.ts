// Plan text → indicator records (docs/extraction.md). The steps, each in its own file:
// clean the page (clean-text), read indicator tables row by row (tables, table-figures) and
// take them out of the prose, find headings and sentences, read the figures (numbers), drop
// what is not an indicator (not-indicators), group lists and qualifiers (groups), share names
// across 分别 lists (distribute), name each figure (names), decide comparator, basis, kind and
// year, then mend elliptical clauses and find 其中 breakdowns (breakdowns).
// Never throws: a text it cannot read gives an empty list.
import { CHANGE_ARRIVES, CHANGE_DOWN_VERBS, CHANGE_UP_VERBS, changeOf } from "./basis";
import { fillGoalInBrackets, fillLinkedNames, fillSentence, fillShareInBrackets, fillSubjectOfFigureBefore, KINDS_UNIT } from "./sentence-fills";
import type { Draft } from "./draft";
import { dropQualifiers, groupFigures } from "./groups";
import { cleanCharacters, cleanLayout, htmlToText } from "./clean-text";
import { looksLikeHtml } from "./html";
import { comparatorFor, comparatorWordBefore, hasExplicitComparator } from "./comparators";
import { sharedMeasures, splitSubjects } from "./distribute";
import { findCycles, findImplied } from "./implied";
import { COUNTED_UP, COUNTED_UP_EARLIER, kindAt, markedKind, openingKind, openingDayYear, periodYear, publicationDate, readDocument, reviewedYear, sectionKind, statesAFact, statesResult, statisticsYear, titleYear, worksListYear, yearKind } from "./kind";
import { MappedBuilder, originalSpan, type MappedText } from "./mapped-text";
import { finishName, isStandingMeasure, isVerbOnly, leadingVerb, LEVEL_GAP_AT_END, LEVEL_GAP_BARE, LEVEL_GAP_ONLY, measureVerb, namedSchool, nounAfter, nounBefore, shortenSubject, subjectBefore, objectOfWork, partOfMeasure, withLevelCompared, withMeasureOfName, withMeasureUnit, withShare } from "./names";
import { chineseWithoutContext, isYearFigure, notAFigure, notAnIndicator, quotedSpans } from "./not-indicators";
import { scanFigures, type Figure } from "./numbers";
import { findHeadings, SectionIndex } from "./sections";
import { splitClauses, splitSentences, type Span } from "./sentences";
import { hasStage, isPlacePartOnly, isPupilsOnly, isStageOnly, opensWithPart, stageOpening, withoutStage } from "./stages";
import { tableFigures } from "./table-figures";
import { findTables, type Table } from "./tables";
import type { Breakdown, Comparator, ExtractedIndicator, ExtractionResult, Kind } from "./types";
import { BarTables } from "./bar-tables";
import { openAside } from "./asides";
import { ITEM_IN_SECTION, listMarkerLength, withoutListMarker } from "./list-markers";
import { AGAINST_EARLIER_YEAR, bandOfEarlier, changeOfClauseBefore, clauseBefore, DONE_TO, isChangeOnly, labelBeforeColon, labelOnLineAbove, moneyFor, projectBefore, rateBeforeParts, purposeClauseBefore, rateNamedBefore, isBareMoney, PEOPLE_NOUNS, topicClauseBefore, topicOnBefore, itemHeadingOf } from "./names-around";
import { isDeadline, LAST_YEARS_VALUE, lastYearBefore, listedYears, mentionAt, planPeriodEnd, RELATIVE_YEAR, startValueAt, thisYearBefore, yearAt, type YearMention } from "./years";
import { keepsCarriedYear, YearInForce } from "./year-in-force";
import { isMoneyUnit, LOCAL_CURRENCY_WORDS, POINT_UNITS, RATE_UNITS } from "./unit-kinds";

export interface ExtractOptions {
  /** the file name to report as `source` */
  source?: string;
}

export interface DetailedExtraction {
  result: ExtractionResult;
  /** totals followed by their parts (…44个，其中市本级8个，县区36个) */
  breakdowns: Breakdown[];
}

const ANAPHORA = /^(?:这[一个]?|那[一个]?|该|此|上述|以上)(?:比例|比率|比重|占比|指标|数字|数据|数值|项指标|目标)?$/;
const RATE_WORD = /(?:率|比例|比重|占比|覆盖面|比)$/;
const breakdownsByResult = new WeakMap<ExtractionResult, Breakdown[]>();

export function extractIndicators(text: string, options: ExtractOptions = {}): ExtractionResult {
  return extractDetailed(text, options).result;
}

/** The breakdowns found while extracting `result` (when it came from extractIndicators here). */
export function breakdownsOf(result: ExtractionResult): Breakdown[] | undefined {
  return breakdownsByResult.get(result);
}

export function extractDetailed(text: string, options: ExtractOptions = {}): DetailedExtraction {
  const source = typeof options.source === "string" ? options.source : "";
  let detailed: DetailedExtraction;
  try {
    detailed = extractUnguarded(text, options);
  } catch {
    detailed = { result: { source, indicators: [] }, breakdowns: [] };
  }
  breakdownsByResult.set(detailed.result, detailed.breakdowns);
  return detailed;
}

/** The same without the safety net, so tests see a rule that throws instead of an empty list. */
export function extractUnguarded(text: string, options: ExtractOptions = {}): DetailedExtraction {
  return run(typeof text === "string" ? text : String(text ?? ""), typeof options.source === "string" ? options.source : "");
}

interface Context {
  original: string;
  html: boolean;
  clean: MappedText;
  s: string;
  sections: SectionIndex;
  /** whether a title line among the first names a plan (工作要点, …方案) */
  planTitled: boolean;
  /** the last figure of the sentence before, in the paragraph: a sentence opening on 由…至 takes its measure */
  lastRecord: ExtractedIndicator | null;
  /** the latest year a review heading names: a heading of a later year plans */
  reviewed: number | null;
  docKind: Kind;
  /** the latest year the title names: figures for earlier years happened */
  docYear: number | null;
  /** the one year a statistics title names (吉林省教育事业发展概况(2023年版), 2023年教育统计公报): its undated counts are that year's */
  statsYear: number | null;
  /** the one year a works list's title names (2025年区政府实事项目), which dates its undated items */
  worksYear: number | null;
  /** the year figures are past before: the document's, else the first of the latest period it names */
  pastBefore: number | null;
  /** whether years after pastBefore are planned: not in a report with no year or date of its own
   * (a review naming 十四五 may be written as the period ends) */
  laterPlanned: boolean;
  /** the year a meeting or document arranges the work of (安排部署2020年的教育工作): its figures are planned */
  planYear: number | null;
  /** the page's own date line (今年8月底 on a page of July is ahead) */
  published: { year: number; month: number | null } | null;
  quoted: Span[];
  barTables: BarTables;
  /** the kind the lead-in of a list said (…已全部竣工。具体情况如下：), for the list's items */
  listKind: Kind | null;
  /** the kind a lead-in naming tasks or goals gave the lines after it (TASKS_LEAD) */
  tasksKind: Kind | null;
  /** 其中… opening a sentence goes on about the figures before it: their kind */
  partsKind: Kind | null;
  /** the tense a paragraph's opening words set (2012年本市将…。新建…), for its unmarked figures */
  paragraphKind: Kind | null;
  /** "done", when the sentence before said so in its own words, within the paragraph (五年来，…共新建165所。127所…投入使用。) */
  sentenceBeforeKind: Kind | null;
}

/** What run reads before its rules: the characters cleaned, the tables in them, the text without tables or furniture, the page's own date. */
export interface ReadableText {
  chars: MappedText;
  tables: Table[];
  clean: MappedText;
  date: { year: number; month: number | null } | null;
}

/** The text the rules read, its tables, and the page's own date, as run reads them. */
export function readableText(original: string): ReadableText {
  // tables are read from the text before page furniture goes (it would take their number cells)
  const chars = cleanCharacters(original);
  const tables = findTables(chars.text);
  const clean = cleanLayout(tables.length ? withoutTables(chars, tables) : chars);
  // the page's own date line (发布时间：2023-02-20) is read before furniture goes
  return { chars, tables, clean, date: publicationDate(chars.text) };
}

function run(original: string, source: string): DetailedExtraction {
  const { chars, tables, clean, date } = readableText(original);
  const s = clean.text;
  const headings = findHeadings(s);
  const published = date?.year ?? null;
  const doc = readDocument(s, published);
  const ctx: Context = { original, html: looksLikeHtml(original), clean, s, sections: new SectionIndex(headings), planTitled: doc.planTitled, reviewed: reviewedYear(headings.map((h) => h.title)), docKind: doc.kind, docYear: titleYear(s), statsYear: statisticsYear(s), worksYear: worksListYear(s), pastBefore: null, laterPlanned: true, planYear: null, published: date, quoted: quotedSpans(s), barTables: new BarTables(s), listKind: null, tasksKind: null, partsKind: null, paragraphKind: null, sentenceBeforeKind: null, lastRecord: null };
  const drafts: Draft[] = [];
  const breakdowns: { total: Draft; parts: Draft[] }[] = [];
  let clauseNo = 0;
  const latestPeriod = Math.max(0, ...[...s.matchAll(/十[一二三四五六七八九]五/g)].map((m) => planPeriodEnd(m[0]) ?? 0));
  // the page's own date and the first year of the latest period it names: figures before the
  // later of the two are past
  const periodStart = latestPeriod ? latestPeriod - 4 : null;
  // (a plan's own text, dated by the page that carries it later, still sets its deadlines: 布局规划 …
  // 到2012年 on a page of 2015)
  // (2025年2月7日，在…会议上: a story opening on its day dates what is past, as a page's date does)
  const opened = published === null ? openingDayYear(chars.text) : null;
  const dated = !doc.planTitled ? (published ?? opened) : null;
  ctx.pastBefore = ctx.docYear ?? (dated !== null && periodStart !== null ? Math.max(dated, periodStart) : (dated ?? periodStart));
  // 云南2020年教育工作会议…总结了2019年的工作，安排部署2020年的教育工作: with no title year, the year
  // whose work is arranged is the one planned, and the years before it are past
  if (ctx.docYear === null) {
    ctx.planYear = arrangedYear(s);
    if (ctx.planYear !== null) ctx.pastBefore = Math.max(ctx.pastBefore ?? 0, ctx.planYear);
  }
  ctx.laterPlanned = ctx.docKind === "target" || ctx.docYear !== null || published !== null || opened !== null || ctx.planYear !== null;
  const yearInForce = new YearInForce(s, ctx.docYear, ctx.docKind, latestPeriod);
  let headingIndex = 0;
  // the stage a paragraph's lead-in named (——小学。/ 全县幼儿园32所，…): its figures' names lack it
  let paragraphStage: { stage: string; line: number } | null = null;
  let listLead: Kind | null = null;
  let listLine = -2;
  let tasksHeading = -1;
  let lineScan = 0;
  let lastBreak = -1;
  let previousStart = 0;
  for (const sentence of splitSentences(s, headings)) {
    while (headingIndex < headings.length && headings[headingIndex]!.start <= sentence.start) {
      yearInForce.enterHeading(headings[headingIndex]!);
      headingIndex++;
    }
    // the line break before the sentence, found going forward (a text on one long line would
    // make a search backwards from every sentence quadratic)
    for (; lineScan < sentence.start; lineScan++) if (s.charCodeAt(lineScan) === 10) lastBreak = lineScan;
    const line = lastBreak;
    const opensLine = onlySpaces(s, line + 1, sentence.start);
    if (line !== listLine) {
      // 具体情况如下： then 1.… 2.…: the items are what the lead-in said they are
      const lineEnd = s.indexOf("\n", line + 1);
      const lineText = s.slice(line + 1, lineEnd < 0 ? s.length : lineEnd);
      if (ITEM_IN_SECTION.test(lineText) || BULLET.test(lineText)) ctx.listKind = listLead;
      else {
        ctx.listKind = null;
        // (自2016年以来，我市…做了一系列工作。 then ● items: a short lead that says done, for the
        // bullets after it)
        listLead = lineText.includes("如下") && /如下\s*[：:]\s*$/.test(lineText) ? leadInKind(lineText) : lineText.length <= 60 && lineEnd >= 0 && /[。：:]\s*$/.test(lineText) && BULLET.test(s.slice(lineEnd + 1, lineEnd + 40).replace(/^\s+/, "")) ? markedKind(lineText, ctx.pastBefore) : null;
      }
      // 关于2019年政府工作重点任务中提到：着力发展教育事业。 then a line each: what follows a lead-in
      // that names tasks or goals is planned, to the next heading
      if (TASKS_LEAD.test(lineText) && !/完成情况|进展|回顾|成效|成绩/.test(lineText)) {
        ctx.tasksKind = "target";
        tasksHeading = headingIndex;
      } else if (tasksHeading !== headingIndex) ctx.tasksKind = null;
      listLine = line;
    }
    // 周某称，2012年本市将着力发展…。新建幼儿园120所…: the tense of a paragraph's opening
    // words (before its first figure) holds for the sentences after them that mark none
    if (opensLine) {
      ctx.sentenceBeforeKind = null;
      ctx.lastRecord = null;
      // (the opening words: a sentence's first eighty characters are plenty)
      const text = s.slice(sentence.start, Math.min(sentence.end, sentence.start + 80));
      // (a date is no figure: 2012年 leaves the opening words going)
      const firstFigure = !/\d/.test(text) ? -1 : text.replace(/(?:19|20)\d{2}\s*年(?:\s*\d{1,2}\s*月)?(?:\s*\d{1,2}\s*日)?|\d{1,2}\s*[月日]/g, (m) => "年".repeat(m.length)).search(/\d/);
      const opening = firstFigure < 0 ? text : text.slice(0, firstFigure);
      // (2023年，我局共办理…195件，其中…: a deed counted up opening a paragraph reports it all)
      // (六是民生保障持续加强。完善…，提供11.2万个…: an opening that states a result reports the
      // paragraph — not in a plan, whose goals read the same: 城乡教育质量稳步提升。…达到99%)
      ctx.paragraphKind = openingKind(opening, ctx.pastBefore) ?? (firstFigure >= 0 && COUNTED_UP.test(opening) ? "actual" : null) ?? (!ctx.planTitled && sectionKind(ctx.sections.pathAt(sentence.start), ctx.reviewed) !== "target" && statesResult(opening) ? "actual" : null);
    }
    // 全年将新建学校178所…。其中，新建公办普高18所…: the parts are what the total was
    // (全市新增幼儿园中，中心城区新增24所…: a sentence opening on a recent figure's name and 中 goes on
    // about that figure, as 其中 does)
    const among = /^\s*([^，,。；;\d]{2,16})中\s*[，,]/.exec(s.slice(sentence.start, sentence.start + 24));
    // (…投资5.853亿元。这是…首次超过5亿元。其中，…: a milestone remarked on the figure before holds
    // no total; the total is in the sentence before the remark)
    const lastDraft = drafts[drafts.length - 1] ?? null;
    const remarked = !!lastDraft && lastDraft.at >= previousStart && REMARK.test(s.slice(previousStart, sentence.start));
    const beforeRemark = remarked ? [...drafts].reverse().find((d) => d.at < previousStart) : undefined;
    const totalBefore = beforeRemark && !/[。！？!?]/.test(s.slice(beforeRemark.at, previousStart - 1)) ? beforeRemark : lastDraft;
    const partsOfBefore = /^\s*其中/.test(s.slice(sentence.start, sentence.start + 4)) ? totalBefore : among ? (drafts.slice(-4).reverse().find((d) => sameEnding(d.rec.name, among[1]!) >= 4) ?? null) : null;
    ctx.partsKind = partsOfBefore?.rec.kind ?? null;
    if (paragraphStage && paragraphStage.line !== line) paragraphStage = null;
    const { years, carried } = yearInForce.sentence(sentence, line, headingIndex > 0 ? headings[headingIndex - 1]!.level : 0);
    const inSentence: Draft[] = [];
    let lastSubjects: string[] | null = null;
    // the stage in force from each clause on: a sentence's opening stage holds for its paragraph,
    // one named later (其中，初中在校生…) for the rest of its sentence
    const stages: { from: number; stage: string | null }[] = [{ from: sentence.start, stage: paragraphStage?.stage ?? null }];
    for (const [ci, clause] of splitClauses(s, sentence).entries()) {
      clauseNo++;
      const found = readClause(ctx, sentence, clause, years, lastSubjects, clauseNo, inSentence.map((d) => d.rec));
      if (found.subjects) lastSubjects = found.subjects;
      inSentence.push(...found.drafts);
      const open = stageOpening(s, clause);
      if (!open) continue;
      // a rate (学前教育毛入园率达到90%) names the stage of one measure, not of a paragraph;
      // a part of a breakdown (其中小学30所) is not a lead-in either
      const leads = (!found.drafts.length || !RATE_UNITS.has(found.drafts[0]!.rec.unit)) && (ci === 0 || !open.item);
      const stage = leads ? open.stage : null;
      stages.push({ from: clause.start, stage });
      if (ci === 0) paragraphStage = stage ? { stage, line } : null;
    }
    fillSentence(s, sentence, inSentence, breakdowns);
    fillLinkedNames(drafts, previousStart, inSentence);
    // 到2015年，建设34所…。其中，思明区建设17所: the parts are of the year the total was (the
    // total in the sentence just before)
    // 届时，城区将新增327个活动班: "by then" is the deadline of the sentence before
    const thenOf = /^\s*届时/.test(s.slice(sentence.start, sentence.start + 4)) ? [...drafts].reverse().find((d) => d.at < sentence.start && d.rec.year !== null) : undefined;
    if (thenOf && thenOf.at >= previousStart) for (const d of inSentence) if (d.rec.year === null || (carried && d.rec.year === carried.year)) d.rec.year = thenOf.rec.year;
    // (a year carried from the paragraph's opening, 2017年，…规划在2017—2020年内…, yields to the total's)
    // (or the sentence before it, when the one between only remarks on it)
    const remarkBetween = beforeRemark !== undefined && partsOfBefore === beforeRemark;
    if (partsOfBefore?.rec.year != null && (partsOfBefore.at >= previousStart || remarkBetween)) for (const d of inSentence) if (d.rec.year === null || (carried && d.rec.year === carried.year)) d.rec.year = partsOfBefore.rec.year;
    // (中小学 is no stage a statistics text leads in with, but a part of a total all the same)
    const stageOnly = inSentence.map((d) => isStageOnly(d.rec.name) || /^中小学校?$/.test(d.rec.name));
    for (const [di, d] of inSentence.entries()) {
      // 专任教师1567人，其中：小学813人，初中479人: a part named only by its stage is the total's
      // measure in that stage
      if (stageOnly[di]) {
        let j = di - 1;
        // (专任教师2799人(含特岗教师229人)，其中…: the aside's figure is no total of the parts)
        while (j >= 0 && (stageOnly[j] || inAside(s, sentence.start, inSentence[j]!.at))) j--;
        const total = inSentence[j];
        // (新建、改建、扩建学校90所，其中幼儿园33所: a kind of school, in the total's place)
        if (total && sameCount(total.rec.unit, d.rec.unit) && /其中|包括/.test(s.slice(total.at, d.at))) d.rec.name = /学校$/.test(total.rec.name) ? total.rec.name.slice(0, -2) + d.rec.name : partOfMeasure(d.rec.name, withoutStage(total.rec.name));
      }
      // 示范幼儿园新增10所，总量增至133所: a total named only 总量 is the total of what the figure
      // before it in the sentence counted
      // (10月底的数字则为44,539个: "the number" is the number of the same thing)
      const counted = TOTAL_ONLY.test(d.rec.name) || NUMBER_ONLY.test(d.rec.name) ? inSentence.slice(0, di).reverse().find((b) => b.rec.unit === d.rec.unit) : undefined;
      if (counted) d.rec.name = NUMBER_ONLY.test(d.rec.name) ? counted.rec.name : finishName(counted.rec.name.replace(/(?:新增|新建|增加|增长|减少|净增|净减|新认定|认定)了?$/, "") + d.rec.name);
      const shareOf = d.rec.unit === "%" && SHARE_ONLY.test(d.rec.name) ? inSentence.slice(0, di).reverse().find((b) => !RATE_UNITS.has(b.rec.unit)) : undefined;
      if (shareOf) d.rec.name = shareOf.rec.name.replace(/(?:比例|人数|数)$/, "") + "比例";
      // 1、义务教育阶段免除学杂费：任务数19800人。…完成20876人(其中初中6861人…): a generic measure
      // (任务数, 完成) or a bare stage in a list item is the item's, named before its colon
      if (GENERIC_MEASURE.test(d.rec.name) || isStageOnly(d.rec.name)) {
        const item = itemLabelAt(s, d.at);
        if (item && !d.rec.name.startsWith(item)) d.rec.name = finishName(item) + d.rec.name;
      }
      // (一)党的领导与依法治教(63分，自评得分61.6分): a score named only as a score, in brackets
      // after a title, is the title's
      if (SCORE_ONLY.test(d.rec.name)) {
        const title = titleBeforeBracket(s, d.at);
        if (title) d.rec.name = title + d.rec.name;
      }
      if (carried && d.rec.kind === "actual" && d.rec.year === carried.year && !keepsCarriedYear(s, sentence, carried, d.at)) d.rec.year = null;
      // (高中达96.9% was named 高中比例, a share of nothing said; 主城区达80% likewise)
      const partOnly = d.rec.name.replace(/比例$/, "");
      if (RATE_UNITS.has(d.rec.unit) && (isStageOnly(partOnly) || isPlacePartOnly(partOnly))) {
        const rate = rateBeforeParts(s, sentence, d.at, opensWithPart);
        // (a stage's rate names no stage of its own; a place's part may be of any stage)
        if (rate && (isPlacePartOnly(partOnly) || !hasStage(rate))) d.rec.name = partOnly + rate;
      }
      // 國立台灣大學註冊率則為99.32％，國立政治大學為97.45％; 註冊率未達6成學校共有6所，包括：真理大學59.41％:
      // a share named only by the school or place it is of is the rate the sentence named before it
      if (d.rec.unit === "%" && INSTITUTION_ONLY.test(partOnly)) {
        const rates = [...s.slice(sentence.start, d.at).matchAll(RATE_NAMED)];
        const rate = rates[rates.length - 1]?.[0];
        if (rate && !partOnly.endsWith(rate)) d.rec.name = partOnly + rate;
      }
      // (中學增至3,300元/年 under 在…書補津貼上: a sum for a stage or group of pupils is of the topic)
      if (isMoneyUnit(d.rec.unit) && isPupilsOnly(d.rec.name)) {
        const topic = topicOnBefore(s, d.at);
        if (topic) d.rec.name = d.rec.name + topic;
      }
      // (1.学前入园资助金。⏎资助标准为500元: a sentence opening its line under an item's heading)
      if (isMoneyUnit(d.rec.unit) && di === 0 && /^\s*$/.test(lineBefore(s, sentence.start))) {
        const heading = itemHeadingOf(s, d.rec.name, s.lastIndexOf("\n", sentence.start - 1) + 1);
        if (heading && !d.rec.name.startsWith(heading)) d.rec.name = heading + d.rec.name;
      }
      const figureBefore = inSentence[di - 1];
      if (figureBefore) {
        fillShareInBrackets(s, figureBefore, d);
        fillSubjectOfFigureBefore(s, figureBefore, d);
        fillGoalInBrackets(s, inSentence.slice(0, di), d);
      }
      d.rec.name = withMeasureUnit(d.rec.name, d.rec.unit, d.rec.quote);
      // (公办幼儿园建设12所: the building of schools names money spent on it; a count is of the schools)
      if (/^(?:所|个|校|座|栋|幢)$/.test(d.rec.unit) && BUILDING_OF_SCHOOLS.test(d.rec.name)) d.rec.name = d.rec.name.slice(0, -2);
      // (投入3000万新建学位: money spent is money, whatever the name counts)
      if ((d.rec.unit === "万" || d.rec.unit === "亿") && isBareMoney(s, d.at, d.end, d.rec.unit, sentence)) d.rec.unit += "元";
      else {
        d.rec.unit = withMeasureOfName(d.rec.unit, d.rec.name);
        // 为80万重点群体提供就业帮扶, 358万居家老年人: a bare 万 before people counts people
        // (脱贫人口务工规模超过3300万, 常住人口约110万: or after a measure of people)
        if ((d.rec.unit === "万" || d.rec.unit === "亿") && ((d.end !== undefined && PEOPLE_AFTER.test(s.slice(d.end, d.end + 12))) || PEOPLE_MEASURE.test(d.rec.name))) d.rec.unit += "人";
        // 270萬住戶受惠, 增加1.7万学位: households and school places are counted in their own measure
        else if (d.rec.unit === "万" && d.end !== undefined) {
          const counted = COUNTED_AFTER.exec(s.slice(d.end, d.end + 10));
          if (counted) d.rec.unit += counted[1] ? "个" : "户";
        }
      }
      // 失业率5.1%，低于全国0.6个百分点: a gap to a level named alone is the gap of the measure before;
      // the figure is the size of the gap, not a bound on it
      if (LEVEL_GAP_BARE.test(d.rec.name) && di > 0) d.rec.name = inSentence[di - 1]!.rec.name + d.rec.name;
      if (LEVEL_GAP_AT_END.test(d.rec.name) && (d.rec.comparator === "<" || d.rec.comparator === ">")) d.rec.comparator = d.rec.kind === "actual" ? "=" : ">=";
      // 已达到专职副书记配备50%标准，计划年底达到100%全覆盖: coverage alone names no measure; it is
      // the share named before it in the sentence
      if (d.rec.unit === "%" && COVERAGE_ONLY.test(d.rec.name)) {
        const share = inSentence.slice(0, di).reverse().find((p) => p.rec.unit === "%" && !COVERAGE_ONLY.test(p.rec.name));
        if (share) d.rec.name = share.rec.name;
      }
      // 这一比例达到60%: the figure named before with the same unit; 提升…的就读比例，这个比例…:
      // or the rate the clause before named, with no figure of its own
      if (ANAPHORA.test(d.rec.name)) {
        const rate = d.rec.unit === "%" ? rateNamedBefore(s, sentence, d.at) : "";
        if (rate) {
          d.rec.name = rate;
          continue;
        }
        const earlier = [...drafts, ...inSentence.slice(0, inSentence.indexOf(d))].reverse().find((p) => p.rec.unit === d.rec.unit && !ANAPHORA.test(p.rec.name));
        if (earlier) d.rec.name = earlier.rec.name;
      }
    }
    for (const d of inSentence) {
      const stage = [...stages].reverse().find((x) => x.from <= d.at)?.stage;
      if (stage && !hasStage(d.rec.name)) d.rec.name = stage + d.rec.name;
    }
    drafts.push(...inSentence);
    // (a sentence with no figure, or a new paragraph, ends what a 由… sentence may go on about)
    ctx.lastRecord = inSentence.length ? inSentence[inSentence.length - 1]!.rec : null;
    yearInForce.endSentence(sentence);
    previousStart = sentence.start;
    // (only "done" goes on, from a sentence that reported a figure done in its own words: a plan's
    // sentences mark their goals each, and 现有民办幼儿园 only says which ones)
    // (2021年我县共资助贫困学生2.8万人次: a deed counted up reports as plainly as 已 does)
    // (…，2025年将进一步扩大资助范围: a sentence that ends looking ahead passes nothing on)
    const sentenceKind = markedKind(s.slice(sentence.start, sentence.end), ctx.pastBefore);
    const reported = (d: Draft) => d.rec.kind === "actual" && (sentenceKind === "actual" || (sentenceKind === null && COUNTED_UP.test(s.slice(sentence.start, d.at))));
    ctx.sentenceBeforeKind = inSentence.some(reported) ? "actual" : null;
  }
  const kept = dedupe(withTableDrafts(ctx, chars, tables, drafts));
  const index = new Map(kept.map((d, i) => [d, i]));
  const result: ExtractionResult = { source, indicators: kept.map((d) => d.rec) };
  const found: Breakdown[] = [];
  for (const b of breakdowns) {
    const total = index.get(b.total);
    const parts = b.parts.map((p) => index.get(p)).filter((i): i is number => i !== undefined);
    if (total !== undefined && parts.length) found.push({ total, parts });
  }
  return { result, breakdowns: found };
}

// The prose without its tables: each table leaves a line break where it stood.
function withoutTables(chars: MappedText, tables: Table[]): MappedText {
  const out = new MappedBuilder(chars);
  let from = 0;
  for (const t of tables) {
    out.copy(from, t.start);
    out.put("\n", t.start);
    from = t.end;
  }
  out.copy(from, chars.text.length);
  return out.build();
}

// Index in the clean text of what stood at `offset` of the original (the first at or after it).
function cleanIndexOf(clean: MappedText, offset: number): number {
  let lo = 0;
  let hi = clean.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (clean.map[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Table records, each table's in its place among the prose's.
function withTableDrafts(ctx: Context, chars: MappedText, tables: Table[], drafts: Draft[]): Draft[] {
  if (!tables.length) return drafts;
  const out: Draft[] = [];
  let d = 0;
  for (const table of tables) {
    const at = cleanIndexOf(ctx.clean, chars.map[table.start]!);
    while (d < drafts.length && drafts[d]!.at < at) out.push(drafts[d++]!);
    // the headings above the table: those before the place it left
    const section = at > 0 ? ctx.sections.pathAt(at - 1) : [];
    for (const f of tableFigures(table, sectionKind(section, ctx.reviewed, ctx.planTitled) ?? ctx.docKind, ctx.docYear)) {
      const { nameCell, valueCell, ...rest } = f;
      const raw = originalSpan(chars, ctx.original, valueCell.quoteFrom ?? nameCell.start, valueCell.end);
      const quote = ctx.html ? htmlToText(raw).replace(/\s*\n\s*/g, " ") : raw;
      // (比上年增长(%), 同比增减: a column of changes on the year before)
      const basis = CHANGE_COLUMN.test(rest.name) ? "previous_year" : "absolute";
      const rec: ExtractedIndicator =
        rest.comparator === "between"
          ? { name: rest.name, section, comparator: rest.comparator, min: rest.min, max: rest.max, unit: rest.unit, year: rest.year, basis, kind: rest.kind, quote }
          : { name: rest.name, section, comparator: rest.comparator, value: rest.value, unit: rest.unit, year: rest.year, basis, kind: rest.kind, quote };
      out.push({ rec, at, clause: -1, subjectOnly: false });
    }
  }
  while (d < drafts.length) out.push(drafts[d++]!);
  return out;
}

// a table column's header naming a change on the year before (kind.ts's CHANGE_ON_LAST_YEAR counts
// such changes in prose, where a figure follows the verb)
const CHANGE_COLUMN = /(?:比|较)(?:上一?年度?|去年|上学年)(?:增长|增减|增加|减少|下降|提高|增幅|降幅)|同比(?:增长|增减|增加|减少|下降)/;

// 2020年教育工作会议, 安排部署2020年的教育工作, 2020年全省教育工作要点 near the top: the year
// the text arranges the work of.
function arrangedYear(s: string): number | null {
  const head = s.slice(0, 300);
  const m = /(?:安排部署|部署|谋划|安排)了?\s*((?:19|20)\d{2})\s*年(?:度)?(?:的)?[^，,。；;]{0,8}工作/.exec(head) ?? /((?:19|20)\d{2})\s*年(?:度)?(?:全[省市县区州旗])?教育(?:体育)?工作(?:会议|要点|计划|安排)/.exec(head);
  return m ? Number(m[1]) : (nextYearAhead(s) ?? yearBeforeThisYear(s));
}

// 2022年黄石新增学位3.4万个，今年将新增学位12500个: a year named beside 今年 and its plans is the
// year before this one
function yearBeforeThisYear(s: string): number | null {
  const m = /((?:19|20)\d{2})\s*年[^。；;\n]{0,40}[，,]\s*今年(?:将|要|计划|力争|拟)/.exec(s.slice(0, 600));
  return m ? Number(m[1]) + 1 : null;
}

// 2019年，某县…占比达88.6%。…2020年，某县将加大工作力度…: a story of one year that turns to the
// next with 将 plans that next year, and tells the one before it as done (when it says nothing
// ahead of that year)
function nextYearAhead(s: string): number | null {
  const openings = [...s.matchAll(/(?:^|[。；;\n])\s*((?:19|20)\d{2})\s*年\s*[，,]([^。；;\n]*)/g)].map((m) => ({ year: Number(m[1]), words: m[2]! }));
  if (openings.length < 2) return null;
  const latest = Math.max(...openings.map((o) => o.year));
  const ahead = openings.filter((o) => o.year === latest);
  const before = openings.filter((o) => o.year === latest - 1);
  if (!before.length || !ahead.some((o) => markedKind(o.words) === "target")) return null;
  return before.every((o) => markedKind(o.words) !== "target") ? latest : null;
}

const plannedYear = (ctx: Context, year: number | null): Kind | null => (year !== null && year === ctx.planYear ? "target" : null);

// ● ▪ • ◆: a bullet opening a line, one item of a list
const BULLET = /^\s*[●•▪■◆◇○◎★☆►▶·]/;
// a lead-in that names tasks or goals before its colon (…重点任务中提到：)
const TASKS_LEAD = /(?:重点任务|主要任务|工作任务|目标任务|重点工作|工作重点|主要目标|工作目标)[^。；;，,\n]{0,8}[：:]/;

// …主要指标落实情况如下： the kind a list's lead-in says: how things stand (落实情况, 完成情况)
// reports; else its own sentence's words, else its line's (…已全部竣工。具体情况如下：)
function leadInKind(line: string): Kind | null {
  const own = line.slice(Math.max(line.lastIndexOf("。"), line.lastIndexOf("；")) + 1);
  if (/(?:落实|完成|进展|实施|开展|推进|执行)情况如下/.test(own)) return "actual";
  return openingKind(own) ?? openingKind(line);
}

/** Whether s[from, to) holds nothing but white space. */
function onlySpaces(s: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(s[i]!)) return false;
  return true;
}


const CURRENCY_BEFORE = new RegExp(`(?:${LOCAL_CURRENCY_WORDS})\\s*$`);
const SHARE_STATED = /占(?!地|用)[^，,；;达到提升提高增加]{0,16}?(?:的)?(?:比例|比重)?\s*(?:约为?|近|为|是)?\s*$/;

// 满意率在80以上, 及格率达90以上: a rate written with its number alone is a percentage
// (巩固率100, 入学率99 以上: a copy that lost its % keeps the rate right before its number)
const RATE_THEN_NUMBER = /(?:率|满意度|比例|占比)\s*(?:在|达到?|为|保持在|不低于|不少于|超过)?\s*$/;
// 小学生师比为18.25: a pupils-per-teacher ratio written without its ":1" is that ratio
const RATIO_THEN_NUMBER = /(?:生师|师生|职普|普职|班师)比\s*(?:为|是|达到?|保持在|控制在|不高于|不超过|不低于|低于)?\s*$/;
function percentOfRate(s: string, f: Figure): Figure {
  if (f.unit || f.chinese || f.value === undefined) return f;
  if (!f.suffix && !/^\s*(?:[，,；;。、)）]|$)/.test(s.slice(f.end, f.end + 2))) return f;
  const before = s.slice(Math.max(0, f.start - 12), f.start);
  if (RATIO_THEN_NUMBER.test(before)) return { ...f, unit: "ratio" };
  return f.value <= 100 && RATE_THEN_NUMBER.test(before) ? { ...f, unit: "%" } : f;
}

/** How many characters two names end alike (成都市今年已新增幼儿园, 全市新增幼儿园 → 5). */
function sameEnding(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

interface ClauseResult {
  drafts: Draft[];
  subjects: string[] | null;
}

// names that say only "the total" or "the number" (of what the sentence counted before them)
const TOTAL_ONLY = /^(?:总量|总数|数量|总规模)$/;
const NUMBER_ONLY = /^(?:数字|数目|数据|数值)$/;
// (有470名教师流失，百分比为8.4%: "the percentage" is the share the count before makes)
const SHARE_ONLY = /^(?:百分比|百分率|占比|比例|比率)$/;
// words that make a size a project's or a plan's (what it is to be), not what a place has
const PROJECT_SIZE = /项目|工程|规划|设计|拟建|建成后|建设内容|建设规模|规模\s*[：:]/;
// words between a treasury and its verb of spending (将为此投入, 每年安排); the stance words among them go
const TREASURY_WORDS = "(?:将|还将|也将|又|再|为此|每年|累计|共|计划)*";
const TREASURY_SPENT = new RegExp(`^(?:中央|省级?|市级?|县级?|区级?|地方|各级)?财政(?:资金)?(${TREASURY_WORDS})(?:投入|投资|安排|拨付|下达|补助)`);
const TREASURY_STANCE = new RegExp(`(?<=财政(?:资金)?${TREASURY_WORDS})(?:还将|也将|将|又|再|为此)`, "g");
const CHANGE_TO = /^\s*[，,]?\s*[^，,；;。\d]{0,6}?(?:至|到)\s*\d/;
// (将会由, 亦将由: stance words may stack before 由)
const FROM_OPENING = /^\s*(?:亦|也|则|均|都|将|会|还|仍|已经|已)*\s*(?:由|从)(?!\s*(?:19|20)\d{2}\s*学?年度?\s*(?:起|开始|以来))/;
// (a project's own size; money spent, 完成投资 or 投资…配备, is no size: SPENT_OR_SUMMED)
const PROJECT_MEASURE = /(?:总投资|计划投资|建筑面积|占地面积|用地面积|占地|学位|教学班|班级|容纳[\u4e00-\u9fff]{0,4})$/;
const SPENT_OR_SUMMED = /完成|累计|已/;
const PROJECT_UNDER_WAY = /(?<!实现|完成|全部|均已|已)(?:开工|奠基|动工|开建)|在建|正在建设|加紧建设|正在施工/;
// 建成后可提供学位1080个, 第二小学建设项目总投资1.7亿元: what a project will give, or its own size
// right after its name, is to be; not a project said opened or finished before it (此次建成交付的…
// 项目总投资, 正式投用…该校建设项目总投资)
const PROJECT_TO_BE = /建成后|投入使用后|建好后|项目(?:总|计划|预计)?(?:投资|建筑面积|占地面积|用地面积|占地)(?:达|约|为|共)?\s*$/;
const OPENED = "建成|投入使用|交付|投用|启用|完工|开园|开学";
const PROJECT_OPENED = new RegExp(`(?:${OPENED})(?!后)|落成|竣工`);
// (…正式投用，迎来首批学生。该校建设项目总投资…: said opened earlier in its paragraph; 建成投用西坞中学教学楼 in a
// list of works is the task)
const PROJECT_OPENED_SAID = new RegExp(`(?:正式|已经?|顺利|全面|如期)(?:${OPENED}|落成|竣工)(?!后)`);
const PROJECT_DONE = /已(?:经)?(?:全面|全部|基本|顺利)?(?:完工|竣工|建成|交付使用|投入使用)/;
/**
 * …自费就学人数上限，由相当于本地学额数目的40%增至50%: a clause that opens on 由/从 a change to another
 * figure goes on about the clause before (the words after 由 only say what the base was); opening its
 * sentence (…人数锐减近4万人。由2018至19学年的18万人，跌至…), about the last figure's measure in the
 * paragraph, when that is of the same unit. "" when the clause is no such change (从业人员…参与率达60%,
 * 从7省份69个申报县中抽取).
 */
function changeNamedBefore(ctx: Context, sentence: Span, clause: Span, f: Figure, left: string): string {
  const s = ctx.s;
  if (!FROM_OPENING.test(left) || !CHANGE_TO.test(s.slice(f.end, Math.min(sentence.end, f.end + 24)))) return "";
  const topic = topicClauseBefore(s, sentence.start, clause.start);
  if (topic) return topic;
  const last = ctx.lastRecord;
  return clause.start === sentence.start && last && sameCount(last.unit, f.unit) ? last.name : "";
}

/** The line (paragraph) `at` stands in. */
function lineAround(s: string, at: number): string {
  const end = s.indexOf("\n", at);
  return s.slice(s.lastIndexOf("\n", at - 1) + 1, end < 0 ? s.length : end);
}
// a name that is a change verb alone (净增, 提高) names no measure
// (a name that is a verb of change alone, 净增, 成长, 下滑)
const CHANGE_NAME = new RegExp(`^净?(?:${CHANGE_UP_VERBS}|${CHANGE_DOWN_VERBS}|减)$`);
// (较去年多4人: what is left of a comparison with last year once 较 is gone)
const MORE_OR_FEWER = /^(?:比|较)?(?:上一?学?年度?|去年|前年|同期)?(?:多|少)了?$/;
// 达成率119%；…再增加了66班: a clause with no subject goes on about the figure before, unless it
// counts things of its own after a rate (a rate or a change in % may follow anything)
const sameMeasure = (before: string, unit: string) => RATE_UNITS.has(unit) || before.replace(/^[万亿]/, "") === unit.replace(/^[万亿]/, "") || !RATE_UNITS.has(before);
// (本一上线6518人，上线率达34.4%，比去年净增加1956人: a change on last year reaches past a rate to the
// count it goes on about)
function measuredBefore(earlier: ExtractedIndicator[], unit: string, change: boolean): string {
  let i = earlier.length - 1;
  if (change && i > 0 && !RATE_UNITS.has(unit) && RATE_UNITS.has(earlier[i]!.unit)) {
    while (i > 0 && RATE_UNITS.has(earlier[i]!.unit)) i--;
    // (only to a count stated as it is, not to one against a target or last year: 比县目标71人超出32人)
    if (earlier[i]!.basis !== "absolute" || /比|较|超出|超过/.test(earlier[i]!.quote + earlier[i]!.name)) return "";
  }
  const r = earlier[i];
  return r && sameMeasure(r.unit, unit) ? r.name : "";
}

function readClause(ctx: Context, sentence: Span, clause: Span, years: YearMention[], lastSubjects: string[] | null, clauseNo: number, earlierInSentence: ExtractedIndicator[]): ClauseResult {
  const { s } = ctx;
  // 平湖中心小学改扩建工程，新增36个教学班1800个学位: the project the clause before names is whose
  // figures these are, when this clause opens on a verb of building or adding
  const project = clause.start > sentence.start && /^[\s，,；;]*(?:新增|增设|新建|扩建|改建|增加|提供|建设|设置|可提供|规划|拟建|拟设)/.test(s.slice(clause.start, clause.start + 8)) ? projectBefore(s, sentence.start, clause.start) : "";
  // 第1、2、3批: the numbers listed after an ordinal are ordinals too
  let ordinalEnd = -1;
  const figures = scanFigures(s, clause.start, clause.end).filter((f) => {
    const why = notAFigure(s, f, ctx.quoted) ?? (ordinalEnd >= 0 && /^[\s、和及至到-]+$/.test(s.slice(ordinalEnd, f.start)) ? "ordinal" : null);
    ordinalEnd = why === "ordinal" ? f.end : -1;
    return !why;
  }).map((f) => percentOfRate(s, f));
  // a numeral with no unit of its own or of its list is a word (三产类), not a figure
  const groups = groupFigures(s, figures).filter((g) => g.some((f) => f.unit));
  dropQualifiers(s, groups);
  const drafts: Draft[] = [];
  let subjects: string[] | null = null;
  let leftStart = clause.start;
  let prevGroup: ListedAfter | null = null;
  for (let gi = 0; gi < groups.length; gi++) {
    const group = groups[gi]!;
    if (!group.length) continue;
    const first = group[0]!;
    const last = group[group.length - 1]!;
    // 减少19班、725人; 较113学年度1777班、3万3922人: a figure listed right after another of a
    // different measure shares its change and its start
    const listedAfter: ListedAfter | undefined = prevGroup && /^\s*[、和及与]\s*$/.test(s.slice(leftStart, first.start)) ? prevGroup : undefined;
    prevGroup = listedAfter ?? { left: s.slice(leftStart, first.start), at: first.start };
    // 津贴金额为澳门币1234600元: the currency is the figure's, not its name's or its verb's
    // (…1所（140中学幼儿园）、于洪区2所: the aside on the figure before is not this one's subject, nor the
    // close of one holding a figure: 越南9.3萬人（35.2%）、印尼2.1萬人)
    // (已建成包括小学、初中等在内的13所学校: what the count takes in is no part of its name)
    const left = s.slice(leftStart, first.start).replace(CURRENCY_BEFORE, "").replace(/^\s*[(（][^()（）]*[)）]\s*[、，,]?/, "").replace(/^\s*[)）]\s*[、，,]/, "").replace(/(?:包括|包含|含)[^，,；;。]{1,40}?在内的?\s*$/, "");
    // (被评为2020年上海市特级教师: the year of a title named is dropped as a figure later; the words
    // run past it to the title)
    // (100所海拔1500米以上农村中小学: a height that says which schools is part of the noun after)
    const describes = (g: Figure[]) => g.every((f) => /^(?:height or distance|game format|exam grade)$/.test(notAnIndicator(s, f, s.slice(last.end, g[0]!.start)) ?? ""));
    const nextStart = groups.slice(gi + 1).find((g) => g.length && !(g.every(isYearFigure) && /(?:评为|获评|入选|列入|纳入|授予|命名为)\s*$/.test(s.slice(last.end, g[0]!.start))) && !describes(g))?.[0]?.start ?? clause.end;
    const endsClause = !s.slice(last.end, nextStart).trim();
    const members = group.filter((f) => {
      if (notAnIndicator(s, f, left, s.slice(clause.start, clause.end), s.slice(sentence.start, sentence.end))) return false;
      return !chineseWithoutContext(f, left, hasExplicitComparator(f, left), endsClause);
    });
    // (19551人次约1303万元: 约 is the next figure's word, not this one's noun)
    let right = s.slice(last.end, nextStart).replace(/[\s、，,和与及或]+$/, "");
    if (nextStart < clause.end) right = right.replace(/(?:约为|约|近|超过|逾|共计|合计|共|计)$/, "");
    // 200人次和省级培训800人次: after 和 comes the next item, not this one's noun
    if (nextStart < clause.end && /^\s*(?:和|及|与|或)/.test(right)) right = "";
    if (!members.length) continue;
    // 从2015年的62.3%: the year and 的 belong to the figure, not to its name
    // (增加到2032年的最大值5.6万人: the peak says which value, not what is counted)
    // (the end-anchored patterns only where their last word stands: they are tried at every character)
    const peakless = /[值峰]\s*$/.test(left) ? left.replace(PEAK, "") : left;
    const named = nameGroup(members, /的\s*$/.test(peakless) ? peakless.replace(/(?:从|由)?\s*(?:(?:19|20)\d{2}\s*学?年度?(?:底|末)?|上一?年度?|去年|上学年度?|当年|今年|本年)\s*的\s*$/, "") : peakless, right, lastSubjects, s.slice(last.end, Math.min(sentence.end, last.end + 80)));
    const yearsInOrder = members.length > 1 ? listedYears(s, years, first.start, members.length) : null;
    if (named.subjects) subjects = named.subjects;
    const quoteStart = skipLead(s, leftStart, first.start);
    const quoteEnd = Math.max(last.end, named.usedRight ? last.end + named.rightLength : last.end);
    // 小学、初中均达到1人以上: one figure that holds for each of several subjects
    const each = members.length === 1 && named.names.length > 1;
    (each ? named.names.map(() => first) : members).forEach((f, i) => {
      // 比去年提高3个百分点: a clause without a subject goes on about the one before
      // 已压减79家: a verb alone names what the figure counts; the thing comes later (fillCountedThing)
      const verb = measureVerb(left);
      // (毛入园率达到69.46%，比2010年新增近19个百分点; 本科进线2681人，较上年净增196人: a change named by
      // its verb alone is the change of the measure before it)
      // (…编列3兆350亿元，约增3.8%: a clause that is only a change in per cent has no name of its own)
      // (较2013/14学年的151所: a word of comparison left alone names nothing)
      // (比五年前增加5800多亿元: the base alone names nothing either; the measure is the one before)
      const n = BARE_COMPARISON.test(named.names[i] ?? "") || COMPARISON_BASE.test(named.names[i] ?? "") ? "" : named.names[i];
      const againstEarlierYear = AGAINST_EARLIER_YEAR.test(left);
      const changeOfEarlier =
        ((f.unit === "%" || POINT_UNITS.has(f.unit)) && isChangeOnly(left)) ||
        (!!n && (POINT_UNITS.has(f.unit) || againstEarlierYear) && (isVerbOnly(n) || CHANGE_NAME.test(n) || LEVEL_GAP_ONLY.test(n) || MORE_OR_FEWER.test(n)) && !!measuredBefore(earlierInSentence, f.unit, true)) ||
        // (…由2024年的6.95万人，持续下跌至2029年的6.01万人: the value a change arrives at is of the
        // measure it started from)
        (!!n && CHANGE_NAME.test(n) && ARRIVES_AT.test(left) && !!measuredBefore(earlierInSentence, f.unit, false));
      const own = changeOfEarlier ? "" : changeNamedBefore(ctx, sentence, clause, f, left) || n;
      // else, first found: a verb alone, the clause's figure before, the sentence's measure before,
      // then what the text around says (names-around.ts), then 完成 of a list item
      // (相差, 大增, 多了, 秋季, 若以: words that say how or when and name nothing try the measure before first)
      const hollow = !!own && HOLLOW_NAME.test(own);
      let name =
        (hollow ? "" : own) ||
        // (12类45件民生实事: a count of kinds right before the count of things waits for their name)
        (KINDS_UNIT.test(f.unit) && /^\s*\d/.test(s.slice(f.end, f.end + 3)) ? f.unit : "") ||
        (verb && !subjectBefore(left.slice(0, left.lastIndexOf(verb))) && !RATE_UNITS.has(f.unit) ? verb : "") ||
        (drafts.length ? drafts[drafts.length - 1]!.rec.name : measuredBefore(earlierInSentence, f.unit, againstEarlierYear)) ||
        changeOfClauseBefore(s, sentence.start, clause.start, left) ||
        labelBeforeColon(s, sentence.start, clause.start, left) ||
        labelOnLineAbove(s, f, left) ||
        topicClauseBefore(s, sentence.start, clause.start) ||
        bandOfEarlier(left, f.unit, earlierInSentence) ||
        doneOfListItem(s, f, left) ||
        (hollow ? own : "");
      if (!name) return;
      // 公立大學每學期錄取50名，每名新台幣4,000元; 國外大學，每學期錄取5名: a name opening on a
      // per-head word has no subject of its own; it is the one the figure before named, or the
      // clause before it
      // (每位教师每年培训学时, 每班平均学生: a per-head word with its own noun after it needs none;
      // the subject is of people or places counted, 今年招聘特岗教师120名…每人每年工资性补助)
      // (每位教師與教保人員可獲得600元: people of its own, but no word for the money they get)
      if (PER_HEAD.test(name) && (!OWN_NOUN_AFTER.test(name.slice(2)) || (isMoneyUnit(f.unit) && !MONEY_NOUN.test(name)))) {
        const subject = headsCountedBefore([...earlierInSentence, ...drafts.map((d) => d.rec)]) || topicClauseBefore(s, sentence.start, clause.start);
        if (subject && !PER_HEAD.test(subject)) name = subject + name;
      }
      // 国家助学制度进一步完善，中央财政投入223亿元: a treasury spending names only who pays
      // (中央财政将为此投入: the stance words go; what it is for says the rest)
      const treasury = isMoneyUnit(f.unit) ? TREASURY_SPENT.exec(name) : null;
      const paidFor = treasury ? purposeClauseBefore(s, sentence.start, clause.start, !!treasury[1]?.includes("为此")) : "";
      if (paidFor) name = name.slice(0, treasury!.index) + name.slice(treasury!.index).replace(TREASURY_STANCE, "");
      // 2歲專班1班16個名額: places counted right after a count of classes or schools (no word between)
      // are the places of those
      const before = drafts[drafts.length - 1];
      const ofThing = before?.subjectOnly && !left.trim() && before.end === first.start && /^(?:名额|学位|床位|座位)$/.test(name) && /^(?:班|个|所|间|处)$/.test(before.rec.unit) ? before.rec.name : "";
      const draft = makeDraft(ctx, sentence, years, f, left, withLevelCompared(project && !name.includes(project) ? project + name : ofThing + paidFor + name, left), quoteStart, quoteEnd, clauseNo, listedAfter);
      draft.end = f.end;
      if (yearsInOrder) draft.rec.year = yearsInOrder[i]!;
      draft.subjectOnly = !named.usedRight;
      drafts.push(draft);
    });
    leftStart = named.usedRight ? Math.min(nextStart, last.end + named.rightLength) : last.end;
  }
  const cycles = findCycles(s, clause.start, clause.end);
  for (const imp of [...findImplied(s, clause.start, clause.end), ...cycles]) {
    // 消除大班额56个: the figure is the count removed, not a share brought to zero; but in
    // 56人以上大班额全部清零 the figure says which classes (以上 right before a noun)
    // (figures read from digits only: another implied figure of the same words is a sibling)
    const inside = drafts.filter((d) => d.end !== undefined && d.at >= imp.start && d.at < imp.end);
    // (8个县区全部通过…验收: a count of the ones that all did something is a figure of its own)
    const allIn = s.slice(imp.start, imp.end).indexOf("全部");
    const countedBefore = imp.value === 100 && allIn >= 0 && inside.every((d) => d.end! <= imp.start + allIn);
    // (每3年举办1次…: the 1次 inside a cycle stands beside it)
    if (inside.length && !countedBefore && !cycles.includes(imp)) {
      const attributive = (d: Draft) => d.end !== undefined && /以[上下]$/.test(s.slice(d.end - 2, d.end)) && /[\u4e00-\u9fff]/.test(s[d.end] ?? "") && s[d.end] !== "的";
      if (imp.value !== 0 || !inside.every(attributive)) continue;
      for (const d of inside) drafts.splice(drafts.indexOf(d), 1);
    }
    let name = finishName(shortenSubject(subjectBefore(imp.subject)));
    // 全面推行…校长负责制，2022年已实现全覆盖: a coverage with no words of its own covers what the
    // clause before is about
    if (/^(?:覆盖率|比例)$/.test(name)) {
      const prev = clauseBefore(s, sentence.start, clause.start);
      const topic = prev ? objectOfWork(prev) : "";
      if (topic) name = topic + name;
    }
    if (name.length < 2) continue;
    const impYear = yearAt(years, imp.start);
    const impBefore = s.slice(sentence.start, imp.end);
    const kind = kindAt(impBefore, kindOfYear(ctx, impYear ?? periodYear(impBefore)) ?? plannedYear(ctx, impYear) ?? ctx.paragraphKind ?? sectionKind(ctx.sections.pathAt(imp.start), ctx.reviewed, ctx.planTitled) ?? ctx.docKind);
    drafts.push({
      rec: {
        name,
        section: ctx.sections.pathAt(imp.start),
        // 实现了翻一番: a reported multiple is exact
        comparator: kind === "actual" && imp.unit === "倍" ? "=" : imp.comparator,
        value: imp.value,
        unit: imp.unit,
        year: impYear,
        basis: "absolute",
        kind,
        quote: quoteOf(ctx, skipLead(s, imp.start, imp.end), imp.end),
      },
      at: imp.end - 1,
      clause: clauseNo,
      subjectOnly: true,
    });
  }
  drafts.sort((a, b) => a.at - b.at);
  // 学前三年毛入园率达95.7%、高中阶段…达99.8%、高等教育…达45.3%，较2005年分别提高了…: figures
  // of one measure each, listed in a clause, are the subjects a 分别 after them goes back to
  // (rates only: their changes come in 百分点 or %, whatever the subjects)
  if (!subjects && drafts.length >= 2 && drafts.every((d) => d.rec.unit === "%")) subjects = drafts.map((d) => d.rec.name);
  return { drafts, subjects };
}

// As written: the original's characters, with markup (when the input was a page) read as text.
function quoteOf(ctx: Context, start: number, end: number): string {
  const raw = originalSpan(ctx.clean, ctx.original, start, end);
  return ctx.html ? htmlToText(raw).replace(/\s*\n\s*/g, " ") : raw;
}

// Quotes start at the words, not at separators or the item's list number.
function skipLead(s: string, from: number, to: number): number {
  let i = from;
  // a joining word, not the first character of a word (及格率, 和谐, 与会)
  while (i < to && (/[\s、，,；;：:|｜]/.test(s[i]!) || (/[和与及或]/.test(s[i]!) && !/^(?:及格|及时|和谐|与会|或者)/.test(s.slice(i, i + 2))))) i++;
  const marker = listMarkerLength(s.slice(i, Math.min(to, i + 8)));
  if (marker && !/\d/.test(s[i + marker] ?? "")) i += marker;
  return i;
}

interface GroupNames {
  names: string[];
  subjects: string[] | null;
  usedRight: boolean;
  rightLength: number;
}

// (职业学校185人参加对口升学: people counted after a place or body that is not them are the ones
// who did the deed after)
const PEOPLE_UNITS = new Set(["名", "人"]);
const PEOPLE_NOUN = /(?:学生|教师|老师|校长|儿童|幼儿|人员|人才|干部|毕业生|考生|新生|师生|家长|职工|骨干|班主任|志愿者|子女)$/;
// units of things counted one by one, which a deed after the figure can name
const COUNTED_UNITS = new Set(["所", "个", "名", "人", "人次", "家", "项", "处", "校", "位", "支", "座", "栋", "篇", "篇次", "件", "件次"]);

const PEOPLE_AFTER = new RegExp(String.raw`^\s*(?:[\u4e00-\u9fff]{0,6}?)(?:${PEOPLE_NOUNS})(?!园|学位|学校|班|校|宿舍|床位|家庭|[\u4e00-\u9fff]{0,2}(?:元|经费|资金))`);
// (务工规模 of 脱贫人口, 在校生 and a population itself, 常住人口约110万, are counts of people;
// 幼儿园学位 counts places)
const PEOPLE_MEASURE = /(?:人口|学生|在校生|毕业生|人员|儿童|幼儿|群众|居民|农民工|劳动力|职工|考生|新生)(?!园|学位|学校|班|[\u4e00-\u9fff]{0,2}家庭)[\u4e00-\u9fff]{0,4}?(?:规模|人数|总数|数量)?$/;
// 國立政治大學, 真理大學, 敏惠醫護管理專科學校, 台東縣: a name that is only who (a school, a place)
// (城区学校, 农村学校, 民办学校: a kind of school is a part, rateBeforeParts' business, not a school named)
const INSTITUTION_ONLY = /^(?!(?:城区|农村|乡村|城镇|县城|镇区|民办|公办|全[省市县区]|其他|其余)[\u4e00-\u9fff]{0,2}$)[\u4e00-\u9fff]{2,14}(?:大学|学院|专科学校|学校|中学|小学|幼儿园|县|市|区)$/;
// 註冊率, 升學率, 錄取率: a rate named in the text, its two characters before 率 being no function word
// (毛入学率 keeps its 毛; 率先 is no rate)
const RATE_NAMED = /毛?(?:(?![的为是之和及与或年度])[\u4e00-\u9fff]){2}率(?!先)/g;
// (270万基础教育学位: the places' kind may stand between)
const COUNTED_AFTER = /^\s*(?:的?(?:基础教育|义务教育|学前教育|幼儿园|中小学|公办|民办|普惠性?|优质|普高|高中|初中|小学|新增)*(学位)(?!房)|(住户))/;
// (下跌至不到四千人: arriving below a bound)
const ARRIVES_AT = new RegExp(String.raw`${CHANGE_ARRIVES}\s*(?:(?:19|20)\d{2}\s*年(?:底|末)?的?)?\s*(?:不到|不足|约|近|逾|超过)?\s*$`);
// (与2021年相比: the year gone from the name, 相比 is left)
const BARE_COMPARISON = /^(?:较|比|与|同|和|(?:与|和|同)?(?:相比|相较|比较))$/;
const HOLLOW_NAME = /^(?:分别|相差|秋季|春季|过去|若以|如以|参考|比较|主体|进行|更|甚|已|由|每|等|各|含|被|获|需)$/;
const BUILDING_OF_SCHOOLS = /(?<=[\u4e00-\u9fff]{2})(?:学校|高中|中学|小学|幼儿园|宿舍)建设$/;
const REMARK = /^\s*(?:这是|这也是|此为|这标志着)[^。！？!?]*?(?:首次|首破|历史最高|历史新高|创新高|突破)/;
const PER_HEAD_WORD = "每(?:名|人|生|位|学期|学年|校|班|所|户|家)";
const PER_HEAD = new RegExp(`^${PER_HEAD_WORD}`);
const PER_HEAD_IN = new RegExp(PER_HEAD_WORD);
const MONEY_NOUN = /补助|补贴|津贴|奖金|礼金|奖学金|助学金|经费|资金|工资|费|金额|薪/;
const OWN_NOUN_AFTER = /教师|老师|学生|幼儿|儿童|校长|学校|班级|人员|职工|家庭|学员/;
const HEADS_UNIT = /^(?:名|人|位|所|校|户|家|个)$/;
// (博士獎學金名額15名，每人每年可獲得…: the heads counted before, without the count's word)
const COUNT_OF_HEADS = /(?:名额|人数|学额|数)$/;

/**
 * Whose a per-head figure is: the people or places the nearest figure before it counted, by their
 * name before its own per-head word (公立大学每学期录取 → 公立大学) or without the count's word
 * (博士奖学金名额 → 博士奖学金), and without a verb leading it (招聘特岗教师 → 特岗教师); "" when none.
 */
function headsCountedBefore(earlier: ExtractedIndicator[]): string {
  for (let i = earlier.length - 1; i >= 0; i--) {
    const r = earlier[i]!;
    if (!HEADS_UNIT.test(r.unit)) continue;
    const heads = PER_HEAD_IN.test(r.name) ? r.name.slice(0, r.name.search(PER_HEAD_IN)) : r.name.replace(COUNT_OF_HEADS, "");
    const verb = leadingVerb(heads).length;
    const subject = heads.length - verb >= 2 ? heads.slice(verb) : heads;
    if (subject.length >= 2) return subject;
  }
  return "";
}
const CLASSES = /^(?:教学)?班(?:级)?$/;
const TAKES_IN = /招收|招生|开设|开办|增设|设置|举办/;
// (相较上学年度增加2106人: the comparison with its word is a base alone too)
// 项目完成及时率，年初目标值100%，实际完成值95%: a performance report's slot for the target or for
// what was done stands where 达到 would; the measure is said before it (not 高于计划值, a comparison;
// 招生计划值, a quota's own name)
const VALUE_SLOT = /(?<![于过出比较])(?:(?:年初|年度|全年|本年)?(?:目标|指标|(?<!招生|招收|录取|招聘)计划)值|(?:全年)?(?:实际)?完成值|实际值)\s*(?:[:：]|为|是)?\s*[≥≤≧≦>＞<＜=＝]?\s*$/;
const COMPARISON_BASE = /^(?:(?:相较|相比|较|比)(?:于)?)?(?:[一二两三四五六七八九十\d]+年前|前[一二两三四五六七八九十\d]+年|上一?学?年度?|去年|上年同期|同期|(?:19|20)\d{2}年(?:底|末)?)$/;
function nameGroup(members: Figure[], left: string, right: string, lastSubjects: string[] | null, sentenceRest = right): GroupNames {
  const unit = members[members.length - 1]!.unit;
  const rate = RATE_UNITS.has(unit);
  // 经费逾125亿元 礼堂覆盖率近8成: a space after a figure that has none before it parts a headline's
  // phrases as a comma would (编列 1412.9万元 用于…, a figure padded on both sides, runs on)
  const after = /^[ \u3000]+[\u4e00-\u9fff]/.test(right) && !/[ \u3000]$/.test(left) ? { noun: "", phrase: "", length: 0 } : nounAfter(right);
  // 投入约3700万元完成了约15万平方米校舍维修工程: money spent, then the deed it paid for; the deed
  // names the money (its own figures out)
  const spent = isMoneyUnit(unit) && members.length === 1 ? moneyFor(left, sentenceRest) : "";
  if (spent) return { names: [spent], subjects: null, usedRight: false, rightLength: 0 };
  // 骨干教师交流比例不低于交流总数的20%: the subject ends at the comparator
  const word = comparatorWordBefore(left);
  const measured = word && word.at >= 2 && word.comparator !== "=" ? left.slice(0, word.at) : left;
  const slot = VALUE_SLOT.exec(measured);
  const subjectRaw = subjectBefore(slot ? measured.slice(0, slot.index) : measured);
  const subject = finishName(shortenSubject(subjectRaw));
  if (members.length > 1) {
    // 幼儿园、小学分别新增学位…: whose figures before 分别, the measure after it
    const split = subjectRaw.lastIndexOf("分别");
    const measure = split > 0 ? subjectRaw.slice(split + 2) : "";
    const own = measure ? splitSubjects(subjectRaw.slice(0, split), members.length) : null;
    if (own) {
      // 城区、乡镇中小学分别增加了93个、60个班额: the noun after the last figure is each one's measure
      const noun = !rate && after.noun && !isVerbOnly(after.noun) ? after.noun : "";
      const names = own.map((x) => withShare(finishName(isVerbOnly(measure) ? (noun ? x + measure + noun : measure + x) : x + measure + noun), unit, left));
      return { names, subjects: names, usedRight: !!noun, rightLength: noun ? after.length : 0 };
    }
    const items = splitSubjects(subjectRaw, members.length);
    if (items) {
      // (…分别增加了93个、60个班额: the noun after the last figure is each one's measure)
      const noun = !rate && /分别/.test(left) && after.noun && !isVerbOnly(after.noun) && after.noun.length <= 8 ? after.noun : "";
      if (noun) {
        const names = items.map((x) => withShare(finishName(shortenSubject(x) + noun), unit, left));
        return { names, subjects: names, usedRight: true, rightLength: after.length };
      }
      const names = items.map((x) => withShare(finishName(shortenSubject(x)), unit, left));
      return { names, subjects: names, usedRight: false, rightLength: 0 };
    }
    // 比十年前分别提高了…: a base of comparison names no one; the list before does
    if ((!subject || COMPARISON_BASE.test(subject) || BARE_COMPARISON.test(subject)) && lastSubjects && lastSubjects.length === members.length) {
      return { names: lastSubjects, subjects: lastSubjects, usedRight: false, rightLength: 0 };
    }
  } else if (/(?:均|都|各)(?:要|应|将)?(?:达到|达|为|在|不低于|不少于|不超过|不高于|保持在|控制在|有|增加|减少|增长|提高)?\s*$/.test(left)) {
    // 收、支总计各增加…: 各 says each, as 均 does; it is no part of the names
    const eachRaw = subjectRaw.replace(/各\s*$/, "");
    const shared = sharedMeasures(eachRaw, true);
    if (shared) return { names: shared.map((x) => withShare(finishName(x), unit, left)), subjects: null, usedRight: false, rightLength: 0 };
    const items = eachRaw.split(/[、和及与]/).filter(Boolean);
    if (items.length >= 2 && items.length <= 6 && items.every((x) => x.length <= 8)) {
      // 幼儿园、小学、初中教师均…: the head noun of the last item is each item's
      const names = (splitSubjects(eachRaw, items.length) ?? items).map((x) => withShare(finishName(x), unit, left));
      return { names, subjects: null, usedRight: false, rightLength: 0 };
    }
  } else {
    // 义务教育巩固率、高中毛入学率保持在97%以上: one figure for each measure listed
    const names = sharedMeasures(subjectRaw);
    if (names) return { names: names.map((x) => withShare(finishName(x), unit, left)), subjects: null, usedRight: false, rightLength: 0 };
  }
  let name = "";
  let usedRight = false;
  // 通过平台对8090人进行了问卷调查, 对22所学校进行信息技术装备升级: the figure counts whom or what
  // a deed was done to; the deed names it, whoever did it
  const doneTo = !rate && /对\s*$/.test(left) ? DONE_TO.exec(right) : null;
  if (doneTo) {
    name = finishName(doneTo[1]! + doneTo[2]!);
    return { names: members.map(() => name), subjects: null, usedRight: true, rightLength: doneTo[0].length };
  }
  if (rate) {
    if (subject && /的\s*$/.test(left) && !after.noun && after.phrase) name = finishName(subjectRaw + after.phrase.slice(0, 14));
    // 后20%学生的学业水平帮扶: the share is of the noun after it
    // (推进县域10%的义务教育学校纳入教联体建设: the share of those that do the deed)
    else if (subject && after.noun && !RATE_WORD.test(subject)) name = finishName(subjectRaw + after.noun + (after.deed ?? ""));
    else if (subject) name = subject;
    else if (after.noun) {
      // 95%以上的学校达到标准化: the share is of what the words after it say
      name = after.phrase.length > after.noun.length ? finishName(after.phrase.slice(0, 20)) : after.noun;
      usedRight = true;
    }
  } else if (after.noun) {
    const verb = measureVerb(left);
    const noun = nounBefore(left);
    const counted = after.counted ?? after.noun;
    // 实验幼儿园招收小班新生4个班: classes are a measure of what the clause before took in; the
    // whole clause names them (not 班 alone)
    const taken = !noun && !verb && CLASSES.test(counted) ? finishName(subjectRaw) : "";
    const clause = taken.length <= 16 && TAKES_IN.test(taken) ? taken : "";
    // 城厢区文献小学提供1620个小学学位: places at a school named before them are that school's
    // (两所幼儿园, 3个校区: a count of schools is no one school's)
    const school = !noun && !clause && !rate && !/(?:小学|中学|幼儿园|学校|学院|园|校|校区)$/.test(counted) ? namedSchool(subjectRaw) : "";
    const schoolVerb = verb || (/提供\s*$/.test(left) ? "提供" : "");
    name =
      clause
        ? finishName(clause + "班")
        : school
          ? finishName(school + (counted.startsWith(schoolVerb) ? "" : schoolVerb) + counted)
          : finishName(noun + (counted.startsWith(verb) ? "" : verb) + counted);
    usedRight = true;
  } else if ((!subject || isVerbOnly(subject) || subject.length <= 2 || (PEOPLE_UNITS.has(unit) && !PEOPLE_NOUN.test(subject))) && after.predicate && COUNTED_UNITS.has(unit)) {
    // 全县义务教育学校中，36所达到省定办学标准: the deed names what is counted (推荐15人参加…培训:
    // with the verb that chose them)
    name = finishName(subject + after.predicate);
    usedRight = true;
  } else name = subject;
  // a percentage of people or things is their share: …的教师达到3% → …教师比例
  name = withShare(name, unit, left);
  return { names: members.map(() => name), subjects: null, usedRight, rightLength: after.length };
}

const GENERIC_MEASURE = /^(?:任务数|目标数|计划数|完成数|实际完成数|任务|目标|完成|实际完成|完成资金|下拨资金|资金)$/;
const ITEM_LABEL = /^\s*(?:\d{1,2}\s*[、.．]|[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．])\s*([^：:，,。；;\n\d]{2,24})[：:]/;
const PEAK = /(?<=[年的到至])\s*(?:最大值|最小值|最高值|最低值|峰值|高峰值?|顶峰)\s*$/;
/** Whether `at` stands inside brackets opened after `from`. */
const inAside = (s: string, from: number, at: number) => openAside(s.slice(from, at)) >= 0;
/** The line `at` stands in, from its start up to `at`. */
const lineBefore = (s: string, at: number) => s.slice(s.lastIndexOf("\n", at - 1) + 1, at);
// 人 and 名 count the same people
// (新增学位近6万个，其中幼儿园11925个: 万 is the figure's magnitude, not another thing counted)
const countedIn = (u: string) => (u.length > 1 ? u.replace(/^[万亿]/, "") : u);
const sameCount = (a: string, b: string) => countedIn(a) === countedIn(b) || (/^[人名]$/.test(countedIn(a)) && /^[人名]$/.test(countedIn(b)));
const COVERAGE_ONLY = /^全?覆盖(?:比例|率|面)?$/;
const SCORE_ONLY = /^(?:自评|自查|评估|考核|测评|评价|实际|实)?(?:得分|评分|总分|分)$/;
/** The title a line opens with when `at` stands in brackets right after it (…依法治教(63分，自评得分61.6分)), or "". */
function titleBeforeBracket(s: string, at: number): string {
  const line = lineBefore(s, at);
  const open = openAside(line);
  if (open < 2) return "";
  const title = withoutListMarker(line.slice(0, open)).replace(/[。.，,：:\s]+$/, "");
  // (a long title keeps what follows its last 的: …党组织领导的校长负责制工作成效)
  return title.length >= 2 && title.length <= 60 && !/[。；;，,]/.test(title) && !/\d$/.test(title) ? finishName(shortenSubject(title)) : "";
}

/** The label of the list item a line opens with, before its colon (1、义务教育阶段免除学杂费：…), or "". */
function itemLabelAt(s: string, at: number): string {
  return ITEM_LABEL.exec(lineBefore(s, at))?.[1] ?? "";
}
// 1、…：任务数19800人。…实际完成20876人: what a list item did is named 完成, then takes the item's label
function doneOfListItem(s: string, f: Figure, left: string): string {
  return /(?:实际)?完成\s*$/.test(left) && !RATE_UNITS.has(f.unit) && itemLabelAt(s, f.start) ? "完成" : "";
}

/** The kind of the first source that says one (each asked only when those before it said none). */
function firstKind(sources: [why: string, kind: () => Kind | null][]): Kind | null {
  for (const [, kind] of sources) {
    const k = kind();
    if (k !== null) return k;
  }
  return null;
}

/** The words before the first figure of a list, and where it stands. */
interface ListedAfter {
  left: string;
  at: number;
}

// (免费为1000名学生提供…服务: 为 before those a deed is done for means "for"; the deed's verb follows
// the people or places counted within a few words)
const DEED_FOR_THEM = /^[^，,。；;]{0,14}?(?:提供|开展|实施|发放|安排|办理|配备|配置|减免|免除|资助|补助|解决|落实|建立)/;
const COUNTED_FOR = new Set(["名", "人", "人次", "户", "位", "所", "个", "家", "校"]);

function makeDraft(ctx: Context, sentence: Span, years: YearMention[], f: Figure, left: string, name: string, quoteStart: number, quoteEnd: number, clauseNo: number, listedAfter?: ListedAfter): Draft {
  const { s } = ctx;
  // (…为 a deed is done for says nothing of the figure: no statement of a state, no comparator)
  // (not 生师比为19:1配置…: a ratio or a share after 为 is stated)
  if (COUNTED_FOR.has(f.unit) && /为\s*$/.test(left) && DEED_FOR_THEM.test(s.slice(f.end, f.end + 24))) left = left.replace(/为\s*$/, "");
  // in a table of prose, the words of the figure's own cell, and what its column says
  const cell = ctx.barTables.at(f.start);
  const before = s.slice(cell ? Math.max(sentence.start, cell.start) : sentence.start, f.start);
  const section = ctx.sections.pathAt(f.start);
  let year = yearAt(years, f.start) ?? cell?.year ?? null;
  // 2023年…支出22.02亿元，上年支出为20.61亿元: a clause opening with 上年 gives last year's figure
  const lastYear = /^\s*(?:上一?年度?|去年)(?!同期)/.test(left);
  if (lastYear) year = year !== null ? year - 1 : null;
  // 今年 on a dated page is the page's year (thisYearBefore, years.ts); not when the title names another
  // year (a 2018 report put out in 2019), nor in a clause of last year's
  const pageYear = ctx.published && (ctx.docYear === null || ctx.docYear === ctx.published.year) ? ctx.published.year : null;
  if (year === null && !lastYear && pageYear !== null && thisYearBefore(before)) year = pageYear;
  // (and 去年 the year before, whether it opens the clause or stands inside it)
  else if (year === null && pageYear !== null && lastYearBefore(before)) year = pageYear - 1;
  // 计划实施的5个项目已于8月底全部竣工: with no word before it, the tense after the figure in its
  // clause says what it is
  const after = s.slice(f.end, Math.min(sentence.end, f.end + 24)).replace(/[，,；;。].*$/s, "");
  const beforeKind = markedKind(before, ctx.pastBefore);
  // (294.19万名学生将全面实现…: a 将 after the figure in its clause looks ahead as one before it would)
  const afterKind = beforeKind === null && /已|了|将/.test(after) ? markedKind(after, ctx.pastBefore) : null;
  // 优秀率≥45%: a bound written as a sign is a goal's wording; a result is never stated as one
  const bound = /[≥≤]\s*$/.test(left) ? "target" : null;
  // 7月20日…今年8月底，竣工交付使用15所幼儿园: a month of this year after the page's own is ahead
  const month = ctx.published?.month ? /今年\s*(\d{1,2})\s*月(?:底|末|前|中旬|下旬|份)?[^。；;]*$/.exec(before) : null;
  const monthAhead = month && Number(month[1]) > ctx.published!.month! && (year === null || year === ctx.published!.year) ? "target" : null;
  // (2022年，全县共新建幼儿园5所。2023年，新建… in a plan of 2023: a sentence naming a year not yet
  // past is a time of its own, whatever the sentence before or the paragraph's opening reported)
  const ownYearAhead = ctx.pastBefore !== null && years.some((y) => y.role === "for" && !y.inferred && y.year !== null && (y.year > ctx.pastBefore! || (y.year === ctx.docYear && ctx.docKind === "target")) && y.start >= sentence.start && y.end <= f.start);
  // what the figure's context says, nearest first: the first source that says a kind decides
  const said = firstKind([
    ["the words before it in its sentence", () => beforeKind],
    ["a 将 after it in its clause", () => (afterKind === "target" ? afterKind : null)],
    ["a bound sign before it (≥)", () => bound],
    ["a month of this year after the page's", () => monthAhead],
    ["its table cell's column", () => cell?.kind ?? null],
    ["its year against the document's", () => kindOfYear(ctx, year ?? periodYear(before))],
    ["a year the plan sets out", () => plannedYear(ctx, year)],
    // (below the years: a plan counts up what it will build too, 2026年，全县共新建幼儿园5所)
    ["a deed counted up in its clause (共办理)", () => (!ownYearAhead && COUNTED_UP.test(before) ? "actual" : null)],
    // (共资助贫困学生2.8万人次…；办理助学贷款4889人次: the clauses after a deed counted up go on reporting)
    // (not in a plan's tasks, which count up what they will build in the same words)
    ["a deed counted up earlier in its sentence", () => (!ownYearAhead && !ctx.planTitled && sectionKind(section, ctx.reviewed, ctx.planTitled) !== "target" && COUNTED_UP_EARLIER.test(before) ? "actual" : null)],
    ["the total it is a part of (其中)", () => ctx.partsKind],
    ["the lead-in of its list", () => ctx.listKind],
    ["a lead-in naming tasks", () => ctx.tasksKind],
    ["the sentence before, done in its own words", () => (ownYearAhead ? null : ctx.sentenceBeforeKind)],
    ["its paragraph's opening words", () => (ownYearAhead ? null : ctx.paragraphKind)],
    ["the headings above it", () => sectionKind(section, ctx.reviewed, ctx.planTitled)],
  ]);
  let kind = afterKind === "actual" || lastYear ? "actual" : (said ?? ctx.docKind);
  // 教育经费占政府整体开支约五分之一: a share stated with 占 and no word of reaching is, like 为, a state
  const word = comparatorWordBefore(left)?.word;
  const stated = SHARE_STATED.test(left) && (word === undefined || /^(?:约为?|近|为|是)$/.test(word)) ? "为" : word;
  if (kind === "target" && statesAFact(before, stated, section)) kind = "actual";
  // 学校占地6600平方米，…学生912名: what a place has, stated with no word of any kind, is the case
  // now even in a plan (a plan says what it will have with a year, a verb or a word of reaching)
  // (赣州市第十三中学项目…总建筑面积8.3万㎡, 规划办学规模：…: the size of a project or of a plan is
  // what it is to be, as the document says)
  // (项目位置…。学校总用地面积56418平方米: a project named before in the paragraph; …总建筑面积
  // 2.02万平方米…。目前，该项目已全面完工: a project said finished in its paragraph has the size
  // it was to have)
  if (kind === "target" && said === null && afterKind === null && (stated === undefined || /^(?:为|是|有|共有)$/.test(stated) || (stated === "占" && /占地$/.test(name))) && isStandingMeasure(name) && (!PROJECT_SIZE.test(lineBefore(s, f.start)) || PROJECT_DONE.test(lineAround(s, f.start)))) kind = "actual";
  // 城东中小学项目举行开工奠基仪式…总投资2亿元: the size of a project begun or being built is what
  // it is to be, in a dated story too (not one said finished, nor starts counted up: 100%实现开工建设)
  if (kind === "actual" && said === null && afterKind === null && PROJECT_MEASURE.test(name) && !SPENT_OR_SUMMED.test(name)) {
    const line = lineAround(s, f.start);
    if ((PROJECT_UNDER_WAY.test(line) || (PROJECT_TO_BE.test(before) && !PROJECT_OPENED.test(before) && !PROJECT_OPENED_SAID.test(lineBefore(s, f.start)))) && !PROJECT_DONE.test(line)) kind = "target";
  }
  // 从2015年的62.3%提高到…: the starting value is that year's fact
  const start = startValueAt(s, years, f.start) ?? (listedAfter ? startValueAt(s, years, listedAfter.at) : null);
  if (start) {
    kind = "actual";
    // (2022年…比上年的114.14亿元: last year's value is of the year before the sentence's)
    // (not from a deadline: 到2025年，覆盖率由去年的88%提高到92%)
    const inForce = mentionAt(years, f.start);
    const deadline = !!inForce && !inForce.inferred && isDeadline(s, inForce);
    year = start.year ?? (year !== null && LAST_YEARS_VALUE.test(s.slice(Math.max(0, f.start - 12), f.start)) && !deadline ? year - 1 : null);
  }
  // 到2025年…接近翻番；…攻坚任务超额完成，公办园占比跃升至51.6%: a year ahead of the page's, named
  // in an earlier part of the sentence, does not date a figure its own words report done
  const mention = mentionAt(years, f.start);
  if (kind === "actual" && beforeKind === "actual" && !start && mention && mention.year !== null && year === mention.year && ctx.pastBefore !== null && mention.year > ctx.pastBefore && /[；;]/.test(s.slice(mention.end, f.start))) year = null;
  let comparator: Comparator = comparatorFor(f, left, kind, name);
  const nextYear = /明年|下一?年度/.test(before);
  const own = changeOf(left, f.unit, nextYear);
  const change = listedAfter && own.sign > 0 && own.basis === "absolute" && !own.comparator ? changeOf(listedAfter.left, f.unit, nextYear) : own;
  let value = f.value;
  let min = f.min;
  let max = f.max;
  if (change.sign < 0) {
    if (value !== undefined) value = -value;
    if (min !== undefined && max !== undefined) [min, max] = [-max, -min];
    if (comparator === ">=") comparator = "<=";
    else if (comparator === ">") comparator = "<";
  }
  // a reported change is exact (提高了3.2个百分点); a planned one is a floor or a ceiling
  if (change.comparator && kind === "target" && !hasExplicitComparator(f, left) && comparator !== "~") comparator = change.comparator;
  if (year === null && kind === "actual" && ctx.statsYear !== null) year = ctx.statsYear;
  // (not a figure another year's word dates: 去年全区新增学位3000个, 明年将再新建2所)
  if (year === null && ctx.worksYear !== null && !RELATIVE_YEAR.test(before)) year = ctx.worksYear;
  const rec: ExtractedIndicator =
    comparator === "between" && min !== undefined && max !== undefined
      ? { name, section, comparator, min, max, unit: f.unit, year, basis: change.basis, kind, quote: "" }
      : { name, section, comparator, value: value ?? min ?? 0, unit: f.unit, year, basis: change.basis, kind, quote: "" };
  rec.quote = quoteOf(ctx, quoteStart, quoteEnd);
  return { rec, at: f.start, clause: clauseNo, subjectOnly: false };
}

function dedupe(drafts: Draft[]): Draft[] {
  const seen = new Set<string>();
  const out: Draft[] = [];
  for (const d of drafts) {
    const r = d.rec;
    // the same words at two places are two statements (比上年增加289人 under two stages)
    const key = [d.at, r.name, r.value, r.min, r.max, r.unit, r.year, r.quote].join("|");
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(d);
  }
  return out;
}

/** A figure's kind from its year alone: before the past's edge it happened, after it it is planned (where later years are). */
function kindOfYear(ctx: Context, year: number | null): Kind | null {
  const kind = yearKind(year, ctx.pastBefore);
  return kind === "target" && !ctx.laterPlanned ? null : kind;
}
