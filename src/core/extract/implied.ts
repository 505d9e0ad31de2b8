// Figures that the words imply without a number: 全覆盖 / 全部达标 → 100 %, 消除 / 清零 /
// 不发生一起 / 为零 / 零事故 / 事故零发生 / 零失误 → = 0, 零的突破 → >= 1, 翻一番 → >= 2 倍, 所有…均通过… /
// 全部免除… → 100 %.
import { sharedMeasures } from "./distribute";
import type { Comparator } from "./types";

export interface ImpliedFigure {
  /** where the implying words start and end in the text */
  start: number;
  end: number;
  /** the name, before the general clean-up */
  subject: string;
  comparator: Comparator;
  value: number;
  unit: string;
}

// Things that happen and are counted one by one (起): accidents, incidents, cases.
const EVENTS = /(?:事故|事件|案件|案例|食物中毒|舆情|违纪违法|违规|投诉)$/;
const EVENT_UNIT = (what: string) => (EVENTS.test(what) ? "起" : "%");
const TASK_NAMED_BEFORE = /(?:重视|为了|为|对|将|把|围绕|关于|支持|用于|占|就|部署|专项用于)\s*$/;
const TASK_NAMED_AFTER = /(?:工作|建设|资金|经费|任务|专项|行动|计划|攻坚|列入|纳入|进行|的)/;
// 消除 of something abstract (差距, 影响) is not a countable state.
// (…大班额专项规划, …大班额工作: a programme named by what it removes, not a removal)
const ABSTRACT = /(?:影响|差距|障碍|壁垒|顾虑|误区|偏见|隔阂|疑虑|弊端|歧视|鸿沟|分化|对立|风险|隐患|短板|瓶颈|问题|现象|矛盾|不足|制约|盲区|死角|困难|规划|方案|计划|工作|行动|工程|任务|意见|机制|专项|攻坚)$/;
// what a clearing leaves none of, counted: households (户), else people
const CLEARED_COUNTED = /(?:(家庭|(?<![专账帐])户)|学生|儿童|少年|人员|人口|辍学|失学|教师|幼儿)$/;
const PERSON = /(?:长|师|生|人|员|才|家|手|者|士|干部|班主任)$/;

function push(out: ImpliedFigure[], start: number, end: number, subject: string, comparator: Comparator, value: number, unit: string) {
  if (subject.replace(/[\s“”"'‘’、，,的]/g, "").length < 2) return;
  out.push({ start, end, subject, comparator, value, unit });
}

// 辍学学生动态清零, 零就业家庭动态清零: people or households cleared are counted, none left; anything
// else cleared (大班额, 危房) is a share brought to zero
function pushNoneLeft(out: ImpliedFigure[], start: number, end: number, what: string) {
  const counted = CLEARED_COUNTED.exec(what.trim());
  if (counted) push(out, start, end, what, "=", 0, counted[1] ? "户" : "人");
  else push(out, start, end, what + (/(?:率|比例)$/.test(what) ? "" : "比例"), "=", 0, "%");
}

/** Implied figures in text[start, end) (one clause). `left` gives the clause's own start. */
export function findImplied(s: string, start: number, end: number): ImpliedFigure[] {
  const out: ImpliedFigure[] = [];
  // (研究制订《消除义务教育大班额十条措施》: the title of a document implies no figure; blanked, offsets kept)
  const clause = s.slice(start, end).replace(/《[^》]{1,60}》/g, (t) => "《" + " ".repeat(t.length - 2) + "》");
  let m: RegExpExecArray | null;

  // 实现引进校长零的突破 → 引进校长 >= 1
  const breakthrough = /零的突破/g;
  while (clause.includes("零的突破") && (m = breakthrough.exec(clause))) {
    let subject = clause.slice(0, m.index);
    // (仍有6个省份尚未实现“零的突破”: a breakthrough not made implies nothing)
    if (/(?:未|没有|没能)[^，,；;。]{0,6}$/.test(subject)) continue;
    // 获得全国名师提名，实现了广西在此项活动中零的突破: "this" is what the clause before won
    if (/此项|这项|该项|此类|这一/.test(subject)) {
      const before = s.slice(Math.max(0, start - 60), start).split(/[，,；;。\n]/).filter((c) => c.trim()).pop() ?? "";
      const won = /(?:荣获|获得|获|入选|被评为|评为)([^，,；;。]{2,20})$/.exec(before);
      if (won) subject = won[1]!;
    }
    push(out, start, start + m.index + m[0].length, subject, ">=", 1, PERSON.test(subject.trim()) ? "名" : "个");
  }

  // 不发生一起安全责任事故, 杜绝重大安全事故, 实现校园安全零事故
  const never = /(?:不发生|未发生|杜绝发生|避免发生|不出现|杜绝|零)(?:一起|一例|任何)?([^，,。；;、]{0,16}?(?:事故|事件|案件|食物中毒|舆情|投诉|违规|伤亡))/g;
  while (/事故|事件|案件|食物中毒|舆情|投诉|违规|伤亡/.test(clause) && (m = never.exec(clause))) {
    const before = clause.slice(0, m.index);
    push(out, start, start + m.index + m[0].length, before + m[1]!, "=", 0, "起");
  }

  // 责任事故零发生: the zero after what does not happen
  const noneHappen = /([^，,。；;、]{0,16}?(?:事故|事件|案件|食物中毒|舆情|投诉|违规|伤亡))(?:实现|保持|做到|确保)?零(?:发生|记录|报告)/g;
  while (clause.includes("零") && (m = noneHappen.exec(clause))) {
    push(out, start, start + m.index + m[0].length, clause.slice(0, m.index) + m[1]!, "=", 0, "起");
  }

  // 大班额全部清零, 无证机构动态清零, 义务教育大班额全面消除: cleared (a share brought to
  // zero); 消除 after what it removes only when it ends the clause (消除…差距 is read below)
  const cleared = /([^，,。；;]{2,24}?)(?:(?:已|已经|全部|全面|基本|动态|彻底|实现|做到|确保|力争)(?:实现)?)*(?:清零|(?:消除|消灭)(?=\s*$))/g;
  while (/清零|消除|消灭/.test(clause) && (m = cleared.exec(clause))) {
    const what = m[1]!.replace(/(?:现象|情况|问题)$/, "");
    if (ABSTRACT.test(what) || EVENTS.test(what)) continue;
    pushNoneLeft(out, start, start + m.index + m[0].length, what);
  }

  // 翻一番 doubles, 翻两番 quadruples: a multiple of the base
  const doubled = /([^，,。；;]{2,24}?)(?:实现|力争|争取|确保)?翻(一|两|二|三)?番/g;
  while (clause.includes("番") && (m = doubled.exec(clause))) {
    const times = 2 ** (m[2] ? ({ 一: 1, 两: 2, 二: 2, 三: 3 } as Record<string, number>)[m[2]]! : 1);
    push(out, start, start + m.index + m[0].length, m[1]!, ">=", times, "倍");
  }

  // 消除大班额, 基本消灭D级危房 → = 0 (a share of classes, of buildings)
  const remove = /(?:消除|消灭|根除|清除)([^，,。；;]{2,20})/g;
  while (/消除|消灭|根除|清除/.test(clause) && (m = remove.exec(clause))) {
    let what = m[1]!.replace(/^(?:了|掉)/, "").replace(/[\d.]+\s*(?:人|个|所|名|%)?\s*(?:及以上|以上)?/g, "").replace(/[》」”"）)]+.*$/s, "");
    what = what.replace(/(?:现象|情况|问题)$/, "");
    if (ABSTRACT.test(what) || EVENTS.test(what)) continue;
    if (what.replace(/\s/g, "").length < 2) continue;
    // 高度重视消除大班额, 为了消除大班额, 对消除大班额工作进行了部署, 消除大班额建设资金: the
    // task named, as the object of another verb or the modifier of a noun, states no zero
    // (巩固全面消除…超大班额的成果: how far it went, 全面, says it was done)
    const done = /(?:全面|全部|基本|彻底|已经?|实现)\s*$/.test(clause.slice(0, m.index));
    if (!done && (TASK_NAMED_BEFORE.test(clause.slice(0, m.index)) || TASK_NAMED_AFTER.test(what))) continue;
    pushNoneLeft(out, start, start + m.index + m[0].length, what);
  }

  // 辍学率为零, 安全事故降为零
  // (对…的行为零容忍: 行为 is no 为, and zero tolerance is a stance)
  const zero = /([^，,。；;]{2,20}?)(?:降为|下降为|保持为|(?<![行作认成以])为|是)(?:零|0)(?![\d.%]|容忍)/g;
  while (/[为是](?:零|0)/.test(clause) && (m = zero.exec(clause))) {
    const what = m[1]!;
    // 违法犯罪率和案发率为零: one zero for each measure listed
    const each = sharedMeasures(what.trim()) ?? [what];
    for (const one of each) push(out, start, start + m.index + m[0].length, one, "=", 0, EVENT_UNIT(one.trim()));
  }

  // 实现零辍学, 确保零拒绝
  const zeroNoun = /(?:实现|确保|做到|保持|力争)零([\u4e00-\u9fff]{2,4})/g;
  while (clause.includes("零") && (m = zeroNoun.exec(clause))) {
    const what = m[1]!;
    // (零失误, 零差错 are slips counted, below)
    if (what.startsWith("的") || EVENTS.test(what) || /^(?:失误|差错)/.test(what)) continue;
    // (保持零就业家庭动态清零: 零就业家庭, households with no one at work, is a noun; clearing them is the zero)
    if (what.startsWith("就业") || /^[^，,。；;、和]{0,8}?(?:清零|消除)/.test(clause.slice(m.index + m[0].length))) continue;
    push(out, start, start + m.index + m[0].length, what + (EVENTS.test(what) ? "" : "率"), "=", 0, EVENT_UNIT(what));
  }

  // 中考、高考组考工作零失误, 考务零差错: slips, counted one by one, none
  const slips = /([^，,。；;]{2,20}?)(?:实现|保持|做到|确保|力争)?零(失误|差错)(?=\s*(?:[，,。；;]|$))/g;
  while (clause.includes("零") && (m = slips.exec(clause))) push(out, start, start + m.index + m[0].length, m[1]! + m[2]!, "=", 0, "次");

  // 实现农村学校宽带网络全覆盖 → 农村学校宽带网络覆盖率 = 100 %
  const cover = /([^，,。；;]{2,24}?)(?:实现|达到|做到|基本)?全(?:面)?覆盖/g;
  while (clause.includes("覆盖") && (m = cover.exec(clause))) {
    // 全覆盖的学习培训, 分学段、全覆盖组织开展: how something is done, not a share reached
    if (/^(?:的|地|组织|开展|推进|实施|进行)/.test(clause.slice(m.index + m[0].length))) continue;
    // 对…学生实现资助全覆盖: the verb before the measure is not part of it
    // 实现了5万人以上县城高中基本覆盖、30万人以上县城特教学校全覆盖: the last of a list of
    // coverages is this one's; 30万人以上 only says which towns
    const what = m[1]!
      .replace(/^.*覆盖、/s, "")
      .replace(/[\d.]+\s*[万亿]?\s*人口?\s*(?:及)?以[上下]的?/g, "")
      .replace(/(?:实现|做到|达到)(?=[\u4e00-\u9fff]{1,6}$)/, "");
    push(out, start, start + m.index + m[0].length, what + "覆盖率", "=", 100, "%");
  }

  // 新建幼儿园要全部为公办 → 新建幼儿园公办比例 = 100 %
  const allAre = /([^，,。；;]{2,24}?)(?:要|应|均)?全部(?:为|是)([\u4e00-\u9fff]{2,6}?)(?=$|[，,。；;的])/g;
  while (clause.includes("全部") && (m = allAre.exec(clause))) push(out, start, start + m.index + m[0].length, m[1]! + m[2]! + "比例", "=", 100, "%");

  // 义务教育学校全部达标 → 义务教育学校达标比例 = 100 %; a verb with an object keeps it
  // (全部达到省定办学标准 → …达到省定办学标准比例)
  const all = /([^，,。；;]{2,24}?)全部(达标|合格|建成|完成|纳入|到位|配齐|补齐|开齐|通过|达到|实现|落实|消除)((?<=达到|通过|纳入|实现)[“”"「」\u4e00-\u9fff]{2,18}(?=$|[，,。；;]))?/g;
  while (clause.includes("全部") && (m = all.exec(clause))) {
    if (m[2] === "消除") continue;
    // (全部实现“五化”建设达标: the quoted name of a standard is part of the deed)
    push(out, start, start + m.index + m[0].length, m[1]! + m[2]! + (m[3] ?? "").replace(/[“”"「」]/g, "") + "比例", "=", 100, "%");
  }
  // 对所有农村义务教育阶段学生免费提供教科书, 全部免除义务教育阶段学生的学杂费: waived or given free for
  // all of them, a share of 100 %
  // (免除了…5200万名学生的学杂费: a count given says how many, no share; 全部免除或补助: no object)
  const waived = /(?:所有|全部|全体)([^，,。；;\d]{0,20}?)(免费提供|免费发放|免除|免收)(?![了或和及与])([^，,。；;\d]{2,16})(?=$|[，,。；;])/g;
  while (/免/.test(clause) && (m = waived.exec(clause))) {
    const what = m[3]!.replace(/^(?:了|的)/, "");
    push(out, start, start + m.index + m[0].length, what + (m[2]!.startsWith("免费") ? "免费提供" : "免除") + "比例", "=", 100, "%");
  }

  // 全市所有县(市、区)均顺利通过义务教育优质均衡发展县和学前教育普及普惠县省级评估: every one of
  // them did it, one share of 100 % for each deed joined by 和
  const allDid = /(?:所有|全体)([^，,。；;\d]{2,16}?)(?:均|都|全部)(?:已经?)?(?:顺利|全部)?(达标|合格|建成|完成|通过|达到|实现)([“”"「」\u4e00-\u9fff()（）]{2,40})?(?=$|[，,。；;])/g;
  while (/所有|全体/.test(clause) && (m = allDid.exec(clause))) {
    // (所有项目…全部完成 was read above, as 全部 reads)
    const at = start + m.index;
    if (out.some((f) => f.start < at + m![0].length && at < f.end)) continue;
    // (和谐, 和平 are words, no joints)
    const objects = (m[3] ?? "").replace(/[“”"「」]/g, "").split(/和(?![谐睦美平])/).filter((o) => o.length >= 4);
    for (const o of objects.length > 1 ? objects : [m[3] ?? ""]) push(out, start, start + m.index + m[0].length, m[1]! + m[2]! + o.replace(/[“”"「」]/g, "") + "比例", "=", 100, "%");
  }
  // 所有学校达到省定办学标准, 所有市(区)创成国家义务教育发展基本均衡县: every one of them meets a
  // standard or a title, with no 均 to say so (a standard or a title names what is met)
  const allMet = /(?:所有|全体)([^，,。；;\d]{2,16}?)(?:已经?)?(达到|通过|创成|创建成为|建成)([“”"「」\u4e00-\u9fff()（）、]{2,40}?(?:标准|要求|验收|评估|认定|县|县\(市、区\)|县（市、区）|区|市))(?=$|[，,。；;])/g;
  while (/所有|全体/.test(clause) && (m = allMet.exec(clause))) {
    const at = start + m.index;
    if (out.some((f) => f.start < at + m![0].length && at < f.end)) continue;
    push(out, start, start + m.index + m[0].length, m[1]! + m[2]! + m[3]!.replace(/[“”"「」]/g, "") + "比例", "=", 100, "%");
  }
  return out;
}

// 每3年举办一次全市中小学生艺术展演, 每两年至少开展1次…评选: an event held once in a span of
// years is planned by that span, its cycle; the 一次 itself says little (the labels keep the span)
const RECURS_ONCE = /每\s*([两二三四五六七八九十]|\d{1,2})\s*年(?:至少|都要|要|均|须|必须)?[^，,；;。每]{0,10}?(?<![\d.〇零一二两三四五六七八九十百])(?:一|1)\s*(?:次|届|轮)(?!以上)([^，,；;。]{2,40})/g;
const SMALL_NUMERALS = "一两三四五六七八九十";

/** Cycles of events held once in a span of years, in text[start, end) (one clause). */
export function findCycles(s: string, start: number, end: number): ImpliedFigure[] {
  const out: ImpliedFigure[] = [];
  const clause = s.slice(start, end);
  for (const m of clause.matchAll(RECURS_ONCE)) {
    const n = /\d/.test(m[1]!) ? Number(m[1]) : m[1] === "二" ? 2 : SMALL_NUMERALS.indexOf(m[1]!) + 1;
    const event = m[2]!.replace(/^的?(?:全[省市县区](?:（[^）]{1,6}）)?性?的?)?/, "").replace(/活动$/, "");
    if (n < 2 || !/[\u4e00-\u9fff]{2}/.test(event)) continue;
    push(out, start + m.index!, start + m.index! + m[0].length, event + "周期", "=", n, "年");
  }
  return out;
}
