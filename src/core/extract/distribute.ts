// 分别 lists: several subjects, several figures, in order. 幼儿园、小学、初中教师中具有高一层次
// 学历的教师分别达到45%、85%、85%以上 → 幼儿园…, 小学…, 初中教师… The words shared by all
// subjects (a verb in front, a tail after the last item) are given to each.
import { leadingVerb } from "./names";

const MEASURE = /(?:率|比例|占比|比重)$/;
// 和, 及, 与 joining two items (not inside 及格, 及时, 普及, 涉及, 参与, 给与)
const JOINED = /以及|和|(?<![普涉])及(?![格时])|(?<![参给])与/;
const WHOLE_MEASURE = /(?:率|比例|占比|比重|年限|人数|数量|面积|时间|时长)$/;
// school stages and places, each of which a measure is kept for
const SUBJECT_WORD = /^(?:各级|全[省市县区])?(?:学前教育|幼儿园|小学|初中|普通高中|高中(?:阶段)?|中职|中等职业学校|职业学校|高校|特殊教育|义务教育|城区|城镇|农村|乡镇|乡村|公办|民办|市直|县直|区直|市|县|区|镇|乡)(?:学校|阶段)?$/;

/**
 * Measures listed before one figure that holds for each (义务教育巩固率、高中毛入学率保持在97%
 * 以上; 城区学校、乡村学校课后服务覆盖率达到100%): the names, or null when the subject is
 * not such a list. The last item ends in a measure (or, with `each`, 均 says so); the others
 * take its tail.
 */
export function sharedMeasures(subject: string, each = false): string[] | null {
  // 学前三年毛入园率、义务教育和高中阶段教育毛入学率: measures parted by 、, one of them a list of its own
  // (each a whole measure of its own; not 入学率、巩固率和升学率, short measures that share a subject, nor
  // 及格率, 普及率, 参与率, whose 及/与 is no joining word)
  const groups = subject.split("、").map((x) => x.trim());
  if (groups.length >= 2 && groups.every((g) => MEASURE.test(g)) && groups.some((g) => JOINED.test(g))) {
    const out = groups.flatMap((g) => (JOINED.test(g) ? (sharedMeasures(g, each) ?? [g]) : [g]));
    if (out.length <= 6 && out.every((x) => MEASURE.test(x))) return out.every((x) => x.length >= 5 && WHOLE_MEASURE.test(x)) ? out : spread(out);
  }
  const items = subject.split(/、|以及|和|及|与/).map((x) => x.trim());
  const n = items.length;
  if (n < 2 || n > 6 || items.some((x) => x.length < 2 || x.length > 20)) return null;
  const last = items[n - 1]!;
  // with 均 / 都 the words say the figure holds for each, whatever it measures
  const measured = MEASURE.test(last);
  if (!measured && !each) return null;
  // 义务教育入学率和巩固率: a short measure takes the subject of the one before
  if (items.every((x) => MEASURE.test(x))) return spread(items);
  if (items.slice(0, -1).some((x) => MEASURE.test(x) || x.length > 10)) return null;
  // the tail starts after the head noun the first item ends in (学校 … 学校课后服务覆盖率)
  const head = items[0]!.slice(-2);
  const at = last.lastIndexOf(head);
  const tail = at > 0 && at + 2 < last.length ? last.slice(at + 2) : "";
  if (tail) return items.map((x, i) => (i === n - 1 ? x : x + tail));
  // 小学、初中课后服务覆盖率: whose measure each is; 音乐、体育、美术教师配齐率, 公立及非营利
  // 幼儿园就学比率: kinds that make up one whole, measured once
  if (!each && !items.slice(0, -1).every((x) => SUBJECT_WORD.test(x))) return null;
  return measured ? spread(items) : null;
}

/** Split an enumeration into `n` subjects, or null when the words do not line up. */
export function splitSubjects(subject: string, n: number): string[] | null {
  if (n < 2 || !subject) return null;
  for (const sep of [/、/, /、|和|与|及|以及|或/]) {
    const items = subject.split(sep).map((x) => x.trim()).filter(Boolean);
    if (items.length !== n) continue;
    return spread(items);
  }
  return null;
}

// 三市, 两校, 四个区: a count of the items listed, written right after the last
const COUNT_OF_ITEMS = /([两二三四五六七八九十])\s*个?(?:市|县|区|校|所|地|镇|乡|省|园|旗)(?![区县园部点市镇乡校所])(?=[\u4e00-\u9fff])/;
const CN_COUNT: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
function withoutItemCount(listed: string[], last: string): string {
  // (the count must be of as many as are listed: 广州、深圳、东莞三市, not 高中、初中两校区, whose 校区 is a word)
  const m = COUNT_OF_ITEMS.exec(last);
  if (!m || m.index < 1 || CN_COUNT[m[1]!] !== listed.length) return last;
  return last.slice(0, m.index) + last.slice(m.index + m[0].length);
}

const RATE_END = /(?:[\u4e00-\u9fff]{2}率|[\u4e00-\u9fff]{2}比例|比例|比重|占比)$/;

// 引进和培育高端、高级、骨干、优秀层次的教育人才: the first item carries a shared head
// (引进和培育), the last a shared tail (层次的教育人才). Items in the middle show their size.
function spread(listed: string[]): string[] {
  // (the count after the last item goes with the list, not with the last item's name)
  const items = listed.map((x, i) => (i === listed.length - 1 ? withoutItemCount(listed, x) : x));
  // 学前三年幼儿教育毛入园率、义务教育巩固率…和新增劳动力人均受教育年限: each item is a whole
  // measure of its own, nothing is shared
  if (items.every((x) => x.length >= 5 && WHOLE_MEASURE.test(x))) return items;
  const n = items.length;
  const middle = items.length > 2 ? items[1]!.length : Math.min(items[0]!.length, items[n - 1]!.length);
  let head = "";
  let tail = "";
  const first = items[0]!;
  const last = items[n - 1]!;
  const second = items[1]!;
  const beforeLast = items[n - 2]!;
  // (新建幼儿园、小学、初中: a verb heading the first item is the shared head, whatever the lengths)
  const firstVerb = leadingVerb(first);
  if (firstVerb && first.length > firstVerb.length && !leadingVerb(second) && n > 2) {
    head = firstVerb;
  } else if (first.length >= second.length + 2 && n > 2) {
    head = first.slice(0, first.length - middle);
  } else if (n === 2 && first.length >= second.length + 2 && second.length <= 4 && /(?:率|比|比例|占比|比重|数|量|额|度)$/.test(second)) {
    // 义务教育入学率和巩固率: the second item is a measure of the first one's subject
    head = first.slice(0, first.length - second.length);
  }
  // 新建、改扩建幼儿园: when the items are verbs, the tail is what follows the last one's verb
  const verb = leadingVerb(last);
  if (verb && leadingVerb(first) === first && last.length > verb.length) {
    tail = last.slice(verb.length);
  } else if (last.length >= beforeLast.length + 2 && n > 2) {
    tail = last.slice(middle);
  } else if (n === 2 && last.length >= first.length + 2 && first.length <= 4) {
    tail = last.slice(first.length);
  } else if (!items.slice(0, -1).some((x) => RATE_END.test(x))) {
    // 农村初中生、小学生寄宿率分别达到62%、18%: the last item's rate is every item's
    tail = RATE_END.exec(last)?.[0] ?? "";
  }
  return items.map((item, i) => {
    let core = item;
    if (i === 0 && head) core = core.slice(head.length);
    if (i === n - 1 && tail) core = core.slice(0, core.length - tail.length);
    return head + core + tail;
  });
}
