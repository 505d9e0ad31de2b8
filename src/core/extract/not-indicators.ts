// Numbers that are not indicator figures: dates and years, list numbers and ordinals (第三届,
// 二是), congress and plan names (十九大, 十三五), programme names (5+2, 1+X, "111"工程,
// 12345热线, 三名一好), durations that name a plan (三年行动计划) or a period (用3年时间,
// 每3年), qualifiers inside a noun (有3名以上党员的学校, 消除56人以上大班额).
import type { Figure } from "./numbers";
import type { Span } from "./sentences";
import { isMoneyUnit, LOCAL_CURRENCY_WORDS } from "./unit-kinds";

/** Schools named by their size (100人以下小规模学校, 50人以下國小, 6班以下學校): the bound says which ones. */
export const SCHOOLS_OF_A_SIZE = String.raw`(?:小规模|小型|微型)?(?:学校|小校|教学点|班级|国小|国中|小学|初中|中学|幼儿园)`;
const SCHOOL_SIZE_AFTER = new RegExp(String.raw`^\s*(?:及以上|以上|以下|及以下)?\s*(?:的\s*)?${SCHOOLS_OF_A_SIZE}`);

/** Spans inside quotation marks or book-title marks: names, not figures. */
export function quotedSpans(s: string): Span[] {
  const out: Span[] = [];
  const pairs: [string, string, number][] = [["“", "”", 30], ["「", "」", 30], ["《", "》", 80], ["\"", "\"", 30], ["‘", "’", 20], ["〈", "〉", 40]];
  for (const [open, close, max] of pairs) {
    let i = s.indexOf(open);
    while (i >= 0) {
      const j = s.indexOf(close, i + 1);
      if (j < 0) break;
      const inner = s.slice(i + 1, j);
      if (j - i - 1 <= max && !inner.includes("\n") && !/[。；]/.test(inner)) {
        out.push({ start: i, end: j + 1 });
        i = s.indexOf(open, j + 1);
      } else i = s.indexOf(open, i + 1);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Is `at` inside one of `spans` (sorted by start)? Binary search, then a short walk back. */
export function insideAny(spans: Span[], at: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.start <= at) lo = mid + 1;
    else hi = mid;
  }
  // spans of different mark types may nest; a few steps back cover them
  for (let k = lo - 1; k >= 0 && k >= lo - 8; k--) if (at < spans[k]!.end) return true;
  return false;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= "0" && c <= "9";
const isLatin = (c: string | undefined) => c !== undefined && /[A-Za-z]/.test(c);
const prevNonSpace = (s: string, i: number) => {
  let k = i - 1;
  while (k >= 0 && s[k] === " ") k--;
  return s[k];
};
const nextNonSpace = (s: string, i: number) => {
  let k = i;
  while (k < s.length && s[k] === " ") k++;
  return s[k];
};

/** Reasons that need only the figure and its neighbours (before units are shared in lists). */
// 2021年, 2020-2022学年: years, not durations
const isYear = (v: number | undefined) => v !== undefined && Number.isInteger(v) && v >= 1900 && v <= 2100;
export const isYearFigure = (f: Figure) => (f.unit === "年" || f.unit === "学年") && !f.chinese && (isYear(f.value) || isYear(f.min) || isYear(f.max));

export function notAFigure(s: string, f: Figure, quoted: Span[]): string | null {
  const before = prevNonSpace(s, f.start);
  if (before === "第" || s.slice(Math.max(0, f.start - 2), f.start) === "第 ") return "ordinal";
  // 三元区, 三元路: a place named with a numeral and 元 (Sanming's 三元区), no sum of money
  if (f.chinese && f.unit === "元" && /^[一二三四五六七八九十]元[区县市镇乡村路街里桥](?!级)/.test(s.slice(f.start, f.start + 4))) return "place name";
  // (【教改系列报道】三元, 实现三元教育城域网, 三元入选: a numeral and 元 with no word of paying around
  // it is that place too; 每人三元, 补助五元钱 are money)
  if (f.chinese && f.unit === "元" && f.numEnd === f.start + 1 && !/(?:每[\u4e00-\u9fff]{0,2}|助|费|价|仅|只|共|计|约|近|为|达)\s*$/.test(s.slice(Math.max(0, f.start - 4), f.start)) && !/^\s*(?:钱|[/／])/.test(s.slice(f.end, f.end + 2))) return "place name";
  // 2016届毕业生: a class, named by the year it graduates (the year of its figures)
  if (f.unit === "届" && !f.chinese && f.value !== undefined && f.value >= 1900 && f.value <= 2099 && Number.isInteger(f.value)) return "class year";
  // 一年级48人、二年级42人: a grade's number names the grade; 三等奖3项: a prize's class names the prize
  if (!f.unit && /^\s*(?:年级|等奖)/.test(s.slice(f.end, f.end + 4))) return "grade";
  // A、B两个100%: the count of the figures that follow, each of its own
  if (f.chinese && f.unit === "个" && /^\s*\d/.test(s.slice(f.end, f.end + 3))) return "count of figures";
  // 小一户籍新生, 国一新生, 高三学生: a school's grade written short (小学一年级, 国中一年级)
  if (f.chinese && f.numEnd === f.start + 1 && "一二三四五六".includes(s[f.start]!) && "小国初高".includes(s[f.start - 1] ?? "") && !/[提升较更最大加拉抬]/.test(s[f.start - 2] ?? "")) return "grade";
  // 30万人以上县城特教学校全覆盖: a population that says which places
  const place = /^\s*(?:(?:及以上|以上|以下|及以下)\s*)?的?\s*(?:县城|县|城市|城区|大镇|乡镇|镇|市|地区)/;
  if (/人$/.test(f.unit) && (/以[上下]/.test(f.suffix) || /^\s*(?:及以上|以上|以下|及以下)/.test(s.slice(f.end, f.end + 4))) && place.test(s.slice(f.end, f.end + 8))) return "qualifier";
  // 随迁子女占在校生25%以上的设区市: a share that says which places
  // (一半以上的学校建成…: with no figure after it in its clause, the share is the figure)
  if (f.unit === "%" && /以[上下]/.test(f.suffix) && /^\s*的\s*(?:设区市|县区|区县|县|市|地区|学校|乡镇)[^，,。；;]*\d/.test(s.slice(f.end, f.end + 40))) return "qualifier";
  // 学生人数为二十五至三十五人的班级: the size that says which classes, not a count of people
  if (/^(?:人|名)$/.test(f.unit) && /^\s*(?:及以上|以上|以下|及以下)?\s*的[^，,；;。]{0,14}?(?:班级|班|学校|幼儿园|家庭|村|校)/.test(s.slice(f.end, f.end + 22))) return "qualifier";
  // 100人以下小规模学校, 全縣30人以下學校: a size bound right before the schools says which schools
  // (a small school's size: not 招聘教师1200人以上学校师资紧缺…, a count run into the next clause)
  if ((/^(?:人|名)$/.test(f.unit) ? (f.value ?? Infinity) <= 300 : f.unit === "班" && (f.value ?? Infinity) <= 24) && (/以[上下]/.test(f.suffix) || /^\s*(?:及以上|以上|以下|及以下)/.test(s.slice(f.end, f.end + 4))) && SCHOOL_SIZE_AFTER.test(s.slice(f.end, f.end + 12))) return "qualifier";
  // 20万人口以上的县: a population that says which counties, not a count of people
  if (/人$/.test(f.unit) && /^口\s*(?:(?:及以上|以上|以下|及以下)\s*的?|的)/.test(s.slice(f.end, f.end + 6))) return "qualifier";
  // 20万以上人口县, 3万人口以上乡镇: a population says which places, not how many people
  if (/^(?:万|万人|人|亿)$/.test(f.unit) && /^\s*(?:及以上|以上|以下)?\s*(?:人口|口)\s*(?:及以上|以上|以下)?\s*的?\s*(?:县|乡镇|镇|乡|村|市|区|城市|城镇|地区|社区|街道)/.test(s.slice(f.end - (/[人口]$/.test(f.unit) ? 1 : 0), f.end + 10).replace(/^人(?=口)/, ""))) return "qualifier";
  // 3人家庭调升至44080元, 以1人家庭为例, 四口之家: the size of a household is whose figure it is
  if (/^(?:人|口)$/.test(f.unit) && /^\s*(?:或以上|及以上|以上)?\s*(?:家庭|之家|户(?!籍|口))/.test(s.slice(f.end, f.end + 6))) return "qualifier";
  // 600分以上的学生人数: the score that says which students
  if (f.unit === "分" && /^\s*(?:及以上|以上|以下)?\s*的?\s*(?:学生|考生|人数|人|尖子生|优生|高分)/.test(s.slice(f.end, f.end + 8))) return "qualifier";
  // 度 counts electricity only (发电量3,342万度); 28度 is heat, 2023度 a year written short
  if (/^万?度$/.test(f.unit) && !/电/.test(s.slice(Math.max(0, f.start - 10), f.start))) return "not electricity";
  // 服务届满40年教师 5名: years of service that say which teachers are counted
  if (f.unit === "年" && /(?:届满|服务满|任教满|从教满|教龄满?)\s*$/.test(s.slice(Math.max(0, f.start - 4), f.start)) && /^\s*(?:以上|及以上)?的?\s*(?:教师|老师|教职工|教职员|教育工作者)/.test(s.slice(f.end, f.end + 8))) return "qualifier";
  // 缩减至两位数, 三位数增长: how many digits a number has, no count
  // (3位数学教师, 5位数字化骨干: people, who teach mathematics)
  if (f.unit === "位" && /^数(?![学字据量])/.test(s.slice(f.end, f.end + 2))) return "digits";
  // 自98年8月3日起: a date (a year of the Republic, or a year written short), never a span of years
  if (f.unit === "年" && !f.chinese && /^\s*\d{1,2}\s*月/.test(s.slice(f.end, f.end + 4))) return "date";
  // 上午9时30分, 11时30分: a time of day, not a score nor minutes counted
  if (f.unit === "分" && !f.chinese && /(?<!\d)\d{1,2}\s*[时點点]\s*$/.test(s.slice(Math.max(0, f.start - 4), f.start))) return "time of day";
  // 50米跑, 1000米（男）, 200米游泳, 1分钟跳绳: the name of a sports event, no figure
  if (/^(?:米|分钟)$/.test(f.unit) && /^\s*(?:[×x*]\s*\d+\s*米)?(?:往返跑|跑|游泳|蛙泳|自由泳|仰卧起坐|跳绳|跳远|[(（][男女][)）])/.test(s.slice(f.end, f.end + 8))) return "sports event";
  // 数十万名学生, 几百所: "some tens of thousands", a size guessed at, no figure
  if (f.chinese && /[数几]$/.test(s.slice(Math.max(0, f.start - 1), f.start)) && /^[十百千万]/.test(s.slice(f.start, f.start + 1))) return "vague count";
  // 决不放过一个隐患, 不漏一人, 一个都不能少: "not a single one", a resolve, no count
  if (f.chinese && f.value === 1 && (/(?:不放过|不漏|不落下?|不让|不丢下?|不留)\s*$/.test(s.slice(Math.max(0, f.start - 4), f.start)) || /^\s*(?:也|都)不/.test(s.slice(f.end, f.end + 3)))) return "not a single one";
  // 主要体现在以下5个方面: the parts of the text, not a figure of the work
  if (f.unit === "个" && /^\s*方面/.test(s.slice(f.end, f.end + 4))) return "parts of the text";
  // 湘西州特校2023项目支出绩效目标表: a year before 项目
  if (f.unit === "项" && /^(?:19|20)\d{2}$/.test(s.slice(f.start, f.numEnd)) && s[f.end] === "目") return "year";
  // 2017/18学年: the second half of a school or budget year
  // (16/17学年: the same, written short; 2018至19学年, 2020至21年, 2022-23学年 as Hong Kong writes it)
  const afterSlash = /(?:19|20)\d{2}\s*[\/／]\s*$/.test(s.slice(Math.max(0, f.start - 6), f.start));
  const yearPairEnd = /^(?:学年|年度|年)$/.test(f.unit) && !f.chinese && /^\d{2}$/.test(s.slice(f.start, f.numEnd)) && /(?:19|20)\d{2}\s*(?:至|到|[-—–~])\s*$/.test(s.slice(Math.max(0, f.start - 7), f.start));
  const shortPairEnd = /^(?:学年|年度)$/.test(f.unit) && /(?<!\d)\d{2}\s*[\/／]\s*$/.test(s.slice(Math.max(0, f.start - 4), f.start));
  if (afterSlash || yearPairEnd || shortPairEnd) return "year";
  // 一二类低保家庭, 三四级: two numerals side by side before a class name the classes, they count nothing
  if (f.chinese && /^(?:类|级|档|等)$/.test(f.unit) && /^[一二三四五六七八九]{2}\s*(?:类|级|档|等)/.test(s.slice(f.start, f.end))) return "ordinal";
  // 面积15×2.3×2=69平方米, 276×360元=99360元: the terms of a sum worked out are no figures, its result is
  if (/^\s*[×xX*＊]\s*\d/.test(s.slice(f.end, f.end + 4)) || (/[×*＊]\s*$/.test(s.slice(Math.max(0, f.start - 2), f.start)) && /^\s*[=＝]/.test(s.slice(f.end, f.end + 3)))) return "term of a sum";
  // (a bracketed conversion only of money: 投资1.2亿元（约2万平方米） is a figure of its own)
  if (CONVERTED.test(s.slice(Math.max(0, f.start - 16), f.start))) return "conversion";
  if (isMoneyUnit(f.unit) && CONVERTED_IN_BRACKETS.test(s.slice(Math.max(0, f.start - 16), f.start))) return "conversion";
  // 3.9985公顷(约60亩), 39985平方米（约60亩）: an area given again in another measure
  if (AREA_UNITS.test(f.unit) && AREA_IN_BRACKETS.test(s.slice(Math.max(0, f.start - 16), f.start))) return "conversion";
  // 2025-11-17, 2024.3.1: the month and day of a date written with dashes, slashes or dots
  if (/(?<!\d)(?:19|20)\d{2}\s*[-/.－]\s*$/.test(s.slice(Math.max(0, f.start - 7), f.start)) && /^\d{1,2}\s*[-/.－]\s*\d{1,2}(?!\d|\.\d)/.test(s.slice(f.start, f.start + 8))) return "date";
  // 9学年间学校数增加120所, 5年来: the span a change is over, not a figure of its own
  if ((f.unit === "学年" || f.unit === "年") && /^\s*(?:间|来|以来)/.test(s.slice(f.end, f.end + 3))) return "span";
  // 乐成一中(一期)、晨曦路小学(二期): the phase of a project, not a count of phases
  if (f.unit === "期" && /[(（]\s*$/.test(s.slice(Math.max(0, f.start - 2), f.start)) && /^\s*[)）]/.test(s.slice(f.end, f.end + 2))) return "ordinal";
  // (啟用一期校舍, 二期工程: a phase named before what it builds)
  if (f.unit === "期" && /^\s*(?:校舍|工程|项目|建设|用地|教学楼|扩建|改造|工地)/.test(s.slice(f.end, f.end + 4))) return "ordinal";
  if (insideAny(quoted, f.start)) return "quoted name";
  if (before === "+" || nextNonSpace(s, f.numEnd) === "+" || before === "＋" || nextNonSpace(s, f.numEnd) === "＋") return "programme name";
  // (占GDP百分之四点一: a figure in words is never a code)
  if ((!f.chinese && isLatin(s[f.start - 1])) || (isLatin(s[f.numEnd]) && !f.unit)) return "code";
  // list numbers: 1、 2. (3) （4） at the start of an item, but not 1、2、4、20名
  const after = s[f.numEnd];
  if (!f.unit && (after === "、" || after === "." || after === "．") && !isDigit(s[f.numEnd + 1]) && !isCnNumeral(s[f.numEnd + 1])) return "list number";
  if (!f.unit && (before === "(" || before === "（") && (after === ")" || after === "）")) return "list number";
  // 马三家小学, 十八里铺村: a numeral inside a place's or school's name
  // (两所小学 is a count: only 家 of a place's name, 马三家, before a school or a place word)
  if (f.chinese && f.unit === "家" && /[\u4e00-\u9fff]/.test(s[f.start - 1] ?? "") && /^\s*(?:小学|中学|学校|幼儿园|中心校|村|镇|乡|街|路|社区)/.test(s.slice(f.end, f.end + 4))) return "name";
  // 一类幼儿园, 三类学校: a grade of institution, not a count of kinds
  // (达到市级二类以上办园标准: the grade of a standard, and any grade above it)
  if (f.chinese && f.unit === "类" && /^\s*(?:及?以上)?\s*(?:幼儿园|园|学校|校|中学|小学|高中|示范|标准|办园标准|办学标准|地区|县|城市)/.test(s.slice(f.end, f.end + 8))) return "grade";
  // 深刻领会8个明确、14条基本方略: the parts of a political doctrine, not figures of the work
  if (/^(?:个|条)$/.test(f.unit) && /^\s*(?:明确|坚持|基本方略|意识|自信|维护|确立)/.test(s.slice(f.end, f.end + 6))) return "slogan";
  // 幼儿近视眼防控工作方案3篇 run into a page's text: a sharing site's count of documents
  if (f.unit === "篇" && /(?:方案|计划|总结|要点|报告|范文|心得|体会|讲话|发言稿)\s*$/.test(s.slice(Math.max(0, f.start - 6), f.start))) return "page furniture";
  // 1611班吴彤同学: a class's number, not a count of classes (a count says 个班 or is small)
  if (f.unit === "班" && !f.chinese && s[f.numEnd] === "班" && /^\d{3,4}$/.test(s.slice(f.start, f.numEnd)) && /^班\s*[\u4e00-\u9fff]{2,4}(?:同学|同志|老师)/.test(s.slice(f.numEnd, f.numEnd + 9))) return "name";
  // 一是 二要 其一 一方面
  if (f.chinese && /^(?:是|要|方面|则|来|者)/.test(s.slice(f.numEnd, f.numEnd + 2))) return "list word";
  // 新一轮, 新一批, 新一代, 新一届: "the next", no count
  if (f.chinese && s[f.start] === "一" && s[f.start - 1] === "新" && /^[轮批代届]/.test(s.slice(f.numEnd, f.numEnd + 1))) return "set phrase";
  // 一元复始，万象更新; 交好三张答卷: a set phrase of the new year, answer sheets as a figure of speech
  if (f.chinese && (/^元复始/.test(s.slice(f.numEnd, f.numEnd + 3)) || (f.unit === "张" && /^\s*(?:高分|满意|优异|合格)?答卷/.test(s.slice(f.end, f.end + 5))))) return "set phrase";
  return null;
}

function isCnNumeral(c: string | undefined): boolean {
  return c !== undefined && "一二两三四五六七八九十".includes(c);
}

// 撤并就业率低于80%的专业, 对合格率低于60%的学校进行约谈: what a sanction falls on
const SANCTION = "撤并|撤销|淘汰|取消|停办|暂停|整改|清退|关停|约谈|调减|核减|通报|问责";
const SANCTION_FIRST = new RegExp(`^[\\s，,；;]*(?:对|将)?(?:${SANCTION})`);
const SANCTION_AFTER = new RegExp(`^\\s*的[^，,；;。]{1,12}?(?:进行|予以|实行|给予)?(?:${SANCTION})`);

// 7.7亿澳门币，约合人民币5.8亿元; 413,704台幣（約108,849港元）: the same money again in another currency
const CURRENCY = `${LOCAL_CURRENCY_WORDS}|美元`;
const CONVERTED = new RegExp(String.raw`(?:元|币)\s*[，,]?\s*(?:约合|折合|合|相当于)\s*(?:${CURRENCY})?\s*(?:约\s*)?$`);
const AREA_UNITS = /^(?:亩|平方米|万平方米|公顷|平方公里|㎡)$/;
const AREA_IN_BRACKETS = /\d\s*(?:亩|平方米|万平方米|公顷|平方公里|㎡|平米)\s*[(（]\s*(?:约合?|折合|合|即)?\s*$/;
const CONVERTED_IN_BRACKETS = new RegExp(String.raw`(?:元|币)\s*[(（]\s*(?:约合?|折合|相当于)?\s*(?:${CURRENCY})?\s*$`);

/** Reasons that need the unit (after lists have shared it) and the words before the figure. */
export function notAnIndicator(s: string, f: Figure, left: string, clause = "", sentence = clause): string | null {
  if (!f.unit) return "no unit";
  // 1:1 is a ratio only where the sentence speaks of one (职普比, 师生比, 比例; 小学生师比为
  // 16.8:1，初中为12.5:1); 8:30 is a time
  if (f.unit === "ratio" && !/比/.test(sentence)) return "time or code";
  // 前10名, 前3位: a rank
  // (进入全国前20%, ESI前1%: a band of a ranking, which says where, not how much)
  if (/前\s*$/.test(left) && (f.unit === "名" || f.unit === "位" || f.unit === "%" || f.unit === "‰")) return "rank";
  // 中考成绩由全盟19名上升至17名, 居全省第3位: a place in a ranking, not a count of people
  // (全县5600余名毕业生: a scope before a count is no rank; 第, 排名 or 由…上升至 make one)
  const RANKED = /(?:(?:全国|全省|全市|全盟|全州|全区|全县)\s*第|(?:排名|名次|位次|排位)\s*(?:第|由)?|由\s*(?:全国|全省|全市|全盟|全州|全区|全县))\s*$/;
  if ((f.unit === "名" || f.unit === "位") && (RANKED.test(left) || (/(?:上升|下降|提升|前移|后移|跃升|进位)(?:至|到)\s*$/.test(left) && /(?:由\s*(?:全国|全省|全市|全盟|全州|全区|全县)|排名)\s*(?:第|由)?\s*\d+\s*[名位]/.test(left)))) return "rank";
  const after = s.slice(f.end, f.end + 6);
  if (isYearFigure(f)) return "year";
  // 112学年度, 112年度, 民国112年: a year of the Republic of China calendar
  if ((f.unit === "年" || f.unit === "学年") && !f.chinese && (s[f.unitEnd] === "度" || /民国\s*$/.test(left))) return "year";
  // 104学年国小生比90学年少71万人: a school year of the Republic calendar (nobody counts 90 school years)
  // (九十九學年度 in words is one too)
  if (f.unit === "学年" && f.value !== undefined && f.value >= 80 && f.value < 200 && (!f.chinese || s[f.unitEnd] === "度")) return "year";
  // 3-6岁儿童, 0-3岁婴幼儿: ages say which children, unless a comparator makes them a limit
  // (人均预期寿命提升到79岁, 平均年龄超过50岁: a span of life or an average age is a figure)
  if ((f.unit === "岁" || f.unit === "周岁") && !/(?:不超过|不高于|以下|以内|低于|不满|不低于|不少于|达到|平均|为)\s*$/.test(left) && !/(?:寿命|年龄)[\u4e00-\u9fff]{0,4}$/.test(left.trim()) && !f.suffix) return "age group";
  // (为3-6岁儿童提供…: 为 "for" the people of an age, not "is")
  if ((f.unit === "岁" || f.unit === "周岁") && /为\s*$/.test(left) && !f.suffix && /^\s*(?:儿童|幼儿|婴幼儿|学生|少年|青少年|人口|老年人|老人|妇女|孩子|适龄)/.test(after)) return "age group";
  // 每10万人口拥有大学生2000人, 配置AED达每10万人50台, 每10名学生配备1名教师: the base a rate is
  // counted per, not a figure
  if (/每\s*$/.test(left) && /^(?:万?人|名|户|个|所|班|万)$/.test(f.unit) && /^\s*(?:口|名?学生|名?幼儿|名?儿童|名?教师|个?班|所)?\s*[\u4e00-\u9fff]*?(?:拥有|配备|配置|有|达|\d)/.test(after + s.slice(f.end + 6, f.end + 12))) return "base of a rate";
  // 为全省60岁以上老年人免费接种…, 20年以上电梯, 5年以下教龄的教师: an age or an age of things right
  // before what it describes says which ones (a limit is followed by a verb or a stop, not a noun)
  if ((f.unit === "岁" || f.unit === "周岁" || f.unit === "年") && /以[上下]/.test(f.suffix) && /^\s*(?:的)?\s*(?:老年人|老人|儿童|幼儿|婴幼儿|少年|青少年|人口|居民|群众|学生|教师|老师|职工|人员|妇女|户籍|农村|城乡|困难|失能|独居|高龄|电梯|房屋|住房|校舍|建筑|车辆|校车|设备)/.test(after)) return "qualifier";
  // 海拔1500米以上农村中小学, 3公里以内的学校: a height or a distance before what it describes says which ones
  // (建成50公里以上健身步道: an amount built is a figure, whatever follows it)
  if (/^(?:米|千米|公里)$/.test(f.unit) && (/海拔\s*$/.test(s.slice(Math.max(0, f.start - 3), f.start)) || (/以[上下内外]/.test(f.suffix) && /^\s*的\s*[\u4e00-\u9fff]{2}/.test(after) && !/(?:建成|新建|建设|修建|改造|铺设|硬化|新增|完成|改建|扩建)\s*$/.test(left)))) return "height or distance";
  // 拿到4級分的學生, 6級分的比率, 5、6級分的試卷: a grade that says which pupils or papers is no score
  // reached (國文頂標13級分 is)
  // (有1人達到6級分: a grade that people counted just before reached; 頂標達到14級分 is a score)
  if (f.unit === "级分" && (/^\s*(?:的|人|者|考生|学生|比率|比例|试卷|[、及和与]\s*\d)/.test(after) || /(?:拿到|得到|获得|考获|考到)\s*$|\d\s*(?:人|名|位)(?:同学|学生|考生)?\s*(?:达到|有)\s*$/.test(s.slice(Math.max(0, f.start - 10), f.start)))) return "exam grade";
  // 600分以上1698人, 640分以上的有120人: a score band says which candidates are counted; the count is the figure
  if (f.unit === "分" && /(?:及|或)?以[上下]$/.test(s.slice(f.start, f.end)) && /^(?:的)?(?:考生|学生|同学)?(?:有|共有|共|达|达到|为)?\s*\d[\d,.]*\s*(?:万\s*)?(?:人|名)(?!次)/.test(s.slice(f.end, f.end + 16))) return "exam grade";
  // 3人制篮球场, 5人制足球: how many play a side names the game
  if (f.unit === "人" && /^制(?![定作订成止度])/.test(after)) return "game format";
  // (未來16學年, 近3个学年: a span of school years ahead or behind is a period too)
  if (f.unit === "学年" && /(?:未来|近|过去|连续|每|今后)\s*$/.test(left)) return "period";
  if (f.unit === "年") {
    // 三年行动计划, 五年规划: the name of a plan; 3年内, 近3年, 每3年: a period
    if (/^(?:行动|规划|计划|攻坚|发展规划|提升行动|一轮|一次|一届|一周期|内|来|间|以来|前|后|之内|时间|多)/.test(after)) return "plan duration";
    if (/(?:每|近|连续|用|花|经过|历时|前后|先后)\s*$/.test(left)) return "period";
    // a number of years counts only as a length of schooling or service, or with a comparator
    if (!/(?:年限|学制|年制|教龄|工龄|服务期|期限)/.test(left + after) && !/(?:达到|不少于|不低于|至少|超过|满|以上)\s*$/.test(left) && !/^(?:及?以上|以内|左右)/.test(f.suffix)) return "duration";
  }
  if (f.unit === "届" && /^(?:[一二三四五六七八九]中全会|全国|人大|政协|中央|党代会)/.test(after)) return "congress";
  // 省委十二届七次全会: a plenary session named by its number, no count
  if (f.unit === "次" && /^(?:全会|全体会议|全委会|常委会|会议)/.test(after) && /届\s*$/.test(left)) return "congress";
  // 创近五届新高, 连续三届: a span of sessions, not a count
  if (f.unit === "届" && /(?:近|连续|连|历经)\s*$/.test(left)) return "period";
  if ((f.unit === "个月" || f.unit === "周" || f.unit === "天" || f.unit === "学年") && /每\s*$/.test(left)) return "period";
  if (/^(?:周年|年级|年代)/.test(s.slice(f.unitEnd - f.unit.length, f.unitEnd + 2))) return "anniversary or grade";
  // 有3名以上正式党员的学校: the figure describes which schools, it is not a target
  // (已有25个省份的246个县: a count of places whose parts are counted next is a figure of its own)
  // (共有42,890名有特殊教育需要的学生: people counted, described before 的, are a count of them)
  const describedBy = /^[^，,。；;、的“"「]{1,15}的(?!\s*\d)\s*([\u4e00-\u9fff]{0,4})/.exec(s.slice(f.end, f.end + 24));
  if (/(?:^|[^都均])有\s*$/.test(left) && describedBy && s[f.end] !== "的" && !(/^(?:人|名|位)$/.test(f.unit) && /^(?:学生|儿童|幼儿|教师|老师|人员|人士|家长|青少年|市民|居民|考生|毕业生)/.test(describedBy[1]!))) return "qualifier";
  // 消除56人以上大班额: the figure is part of what is removed
  if (/(?:消除|消灭|杜绝|化解|根除)\s*$/.test(left)) return "qualifier";
  // 撤并就业率低于80%的专业: a figure that picks out what a sanction falls on is a criterion
  const described = s.slice(f.end, f.end + 24);
  if (/^\s*的/.test(described) && (SANCTION_FIRST.test(clause) || SANCTION_AFTER.test(described))) return "criterion";
  // 扣5分, 每下降1个百分点扣1分: a scoring rule, not a target
  if (f.unit === "分" && /(?:扣|扣除|加|得|计|记|赋)\s*$/.test(s.slice(Math.max(0, f.start - 3), f.start))) return "scoring rule";
  if (/每(?:下降|降低|提高|增加|减少|超过|低于|高于|少|多|低|高|差|超|缺|增|减)\s*$/.test(s.slice(Math.max(0, f.start - 5), f.start)) && /^\s*(?:扣|加|得|奖|计)/.test(s.slice(f.end, f.end + 3))) return "scoring rule";
  // 合格率达到95%以上的得10分, 90%—95%的得6分, 有1人不达标扣1分: the figure picks out who earns
  // or loses points, a band of the score; the requirement itself is stated without them
  if (/^[^，,。；;：:\n]{0,8}?(?:的|者)?\s*(?:得|扣|加|计|记|赋)\s*[\d.]+\s*分|^[^，,。；;：:\n]{0,8}?(?:的|者)?\s*(?:不得分|不计分|得满分|不扣分)/.test(s.slice(f.end, f.end + 20))) return "scoring rule";
  // 未达到95%的按实际完成比例计分, 低于60%的按0分计: a band that says how points are counted
  if (/^[^，,。；;：:\n]{0,8}?(?:的|者)\s*(?:均|一律)?按[^，,。；;\n]{0,16}?(?:计分|计算得分|折算|赋分|得分|计)/.test(s.slice(f.end, f.end + 30))) return "scoring rule";
  if (f.unit === "分" && /按\s*$/.test(left) && /^\s*(?:计|算|赋)/.test(s.slice(f.end, f.end + 3))) return "scoring rule";
  // 90分以上为优秀, 75—89分为良好: the bands of a grade
  if (f.unit === "分" && /^\s*(?:及?以上|以下|以内|以下的)?\s*(?:的)?\s*(?:为|评为|定为|记为|确定为|划为)\s*(?:优秀|良好|合格|不合格|及格|不及格|优|良|中|差|达标|基本达标|不达标|[A-DＡ-Ｄ]|[一二三四]等|[一二三四]档)/.test(s.slice(f.end, f.end + 12))) return "grade band";
  // 实行百分制，总分100分: the scale of an assessment, as a score column is (总分达到600分 is a target)
  // (自评总分为98.6分, 考核总分: a score earned; a scale is never a fraction)
  if (f.unit === "分" && /(?:满分|总分|总分值|分值|标准分)(?:为|是)?\s*$/.test(left) && !/(?:自评|自查|评估|考核|测评|评价|验收|综合|平均|实际|最终|得)总分(?:为|是)?\s*$/.test(left) && (f.value === undefined || Number.isInteger(f.value))) return "scale";
  // 新建12个班规模幼儿园, 36轨规模的学校: the size says which building, the count follows
  if (/^\s*[班轨]?(?:办学)?规模的?[\u4e00-\u9fff]/.test(s.slice(f.end, f.end + 7)) && !/^\s*[班轨]?(?:办学)?规模(?:达到|为|在|不|超|控制|扩大)/.test(s.slice(f.end, f.end + 9))) return "qualifier";
  // （20分）: the weight of an assessment's part
  if (f.unit === "分" && /[(（]\s*$/.test(s.slice(Math.max(0, f.start - 2), f.start)) && /^\s*[)）]/.test(s.slice(f.end, f.end + 2))) return "weight";
  // 五个一体化, 三个一批: a slogan
  if (f.chinese && isCnNumeral(s[f.end])) return "slogan";
  return null;
}

// Verbs after which a figure written in characters is a target count (新建两所幼儿园), as
// opposed to the many numerals inside words and slogans (四所职校做好…, 一批, 五项工程).
// (新建了四所学校: a verb of building or adding, its 了, then its count; not 实现了三次跨越)
const COUNT_VERBS = /(?:共设|设有|新建|新增|建成|建设|创建|创成|争创|再创|培育|培养|评选|打造|完成|改造|扩建|改扩建|招聘|招收|引进|举办|开设|开办|组建|设立|增加|增设|达到|新开|提供|投入|选聘|认定|建立|遴选|配备|资助|开展|组织开展|召开|实现|突破|成立|选派|派出|选送|现有|共有|拥有|已有|挂牌|命名|授牌|评出|评定|入选|获评|申报|承办|开通|启用|创办|接收|安置|结对|帮扶|轮训|培训|安排|举行|进行|辖|下辖|现辖|管辖|又有|还有|另有|尚有|仍有)\s*$|(?:新建|新增|建成|改造|扩建|改扩建|招聘|招收|引进|增加|增设|开设|开办|设立|组建|成立|创建|创成|资助|培训)\s*了\s*$/;

// 组织家长会三次: verbs that count what they organise only when the figure ends the clause
// (组织四所职校做好… is whom it organises)
const COUNT_VERB_ANYWHERE = new RegExp(COUNT_VERBS.source.replace("\\s*$", "").replace("(?:", "(?:组织|"));

// Measures no numeral stands in front of as an article (一小时, 两万元): a figure written in
// characters with one of them is a figure.
const MEASURES = new Set(["小时", "分钟", "课时", "学时", "人次", "万人次", "元", "万元", "亿元", "平方米", "万平方米", "公顷", "亩", "公里", "千米", "倍", "百分点"]);

// 每月进行一次检查, 每学期至少举办一场: a frequency, which the contract counts
const PER_PERIOD = /每(?:个)?(?:年|学年|学期|季度|月|周|天|日|半年|两周)[^，,；;。每]{0,6}$/;
const FREQUENCY_UNITS = new Set(["次", "场", "期", "节", "轮"]);

const PER_EACH_QUOTA = /每[个所]?[^，,；;。每]{1,8}(?:都|均|各|至少)(?:要|应|能)?(?:有|建有|建成|办好?|设立?|设置|配备|配齐)?\s*$/;

/**
 * A figure written in characters needs a comparator, a measure (一小时), or a counting verb
 * right before it, or (培育市级名校长五名) a counting verb opening the clause it ends, or a
 * list it counts (…等九个项目).
 */

export function chineseWithoutContext(f: Figure, left: string, explicit: boolean, endsClause: boolean): boolean {
  if (!f.chinese) return false;
  // (作为一个多民族的国家: 为 before 一个 is no comparator, the 一 is the article)
  if (f.value === 1 && f.unit === "个" && /(?:作为|成为|是)\s*$/.test(left)) return true;
  if (explicit || MEASURES.has(f.unit)) return false;
  // 二百五十七所, 六十三所, 五点七亿, 百分之九十四: a number of several numerals is a figure written
  // out (a text that writes all its figures so); the articles and set phrases are one numeral,
  // and 十六届人民政府, 二十届全会 name sessions
  if (f.value !== undefined && (f.value >= 11 || !Number.isInteger(f.value)) && f.unit !== "届") return false;
  // (减少百分之一: a share in words is a figure, never the article)
  if (f.value === 1 && f.unit === "%") return false;
  // 一 is mostly the article "a": 一项, 一批, 一次; but a quota for each (每个乡镇都有一所,
  // 每校至少配备一名) counts
  if (f.value === 1) return !PER_EACH_QUOTA.test(left) && !(FREQUENCY_UNITS.has(f.unit) && PER_PERIOD.test(left));
  // 新建学校、改扩建校舍等九个项目: 等 sums up a list with its count; so does a count equal
  // to the items listed right before it (城北幼儿园、河东幼儿园两所公办园)
  if (COUNT_VERBS.test(left) || /[^\s、，,]\s*等\s*$/.test(left)) return false;
  // (今年有四所校缺額率大於四成: schools that there are, counted)
  if (/有\s*$/.test(left) && /^(?:所|校|家|间)$/.test(f.unit)) return false;
  const listed = /(?:[^、和及与\s，,；;]{2,12}[、和及与]){1,9}[^、和及与\s，,；;]{2,12}$/.exec(left.replace(/\s+$/, "").slice(-80));
  if (listed && listed[0].split(/[、和及与]/).length === f.value) return false;
  return !(endsClause && COUNT_VERB_ANYWHERE.test(left));
}
