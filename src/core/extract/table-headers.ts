// What each column of an indicator table is, from its header cells (tables.ts reads the rows).
// A header may take two rows, the upper cells spanning the lower ones: 2020年 | 2025年 above
// 现状值 | 目标值, 年度目标 above 2023年 | 2024年 | 2025年, 2025年 above 目标值 | 属性.
import { isUnitWord } from "./numbers";
import type { Kind } from "./types";
import { planPeriodEnd } from "./years";

export type ColumnRole = "serial" | "category" | "name" | "unit" | "value" | "attribute" | "other";

export interface Column {
  role: ColumnRole;
  /** a value column's year (2025年目标), else null */
  year: number | null;
  /** what the header says the figures are (基期 → actual, 目标 → target), null when it does not */
  kind: Kind | null;
  /** a unit the header gives (2025年（%）), else "" */
  unit: string;
  /**
   * what a statistics table's column measures (学段 | 学校数 | 在校学生数 | 生师比): its figures
   * are each row's measure of that, named by both
   */
  measure?: string;
  /** the header says its figures are of the document's own year (本年度指标值, 当年完成) */
  ofThisYear?: boolean;
}

const H_SERIAL = /^(?:序号|编号|序)$/;
const H_CATEGORY = /^(?:类别|分类|领域|维度|方面|一级指标|指标类别|指标分类)$/;
const H_NAME = /^(?:(?:主要|具体|核心|二级|三级|发展|监测|考核|评价|工作|重点|建设|年度)?(?:指标|项目|任务|内容|工作|目标任务)(?:名称|内容|项)?|名称)$/;
const H_UNIT = /^(?:计量|度量)?单位$/;
const H_ATTRIBUTE = /^(?:指标)?(?:属性|性质|类型)$/;
// columns whose figures are not the indicator's: growth, notes, owners, and the scores of an
// assessment (分值, 权重, 考核分): a score is what meeting the target earns, not the target
const H_OTHER = /^(?:年均增长率?|年均增速|增幅|增长率|增减|累计增长|备注|说明|责任单位|牵头单位|责任科室|牵头科室|责任部门|牵头部门|责任处室|牵头处室|配合单位|数据来源|考核方式|考核办法|评分标准|评分办法|计分办法|评分细则|完成时限|时限|(?:考核|评价|标准|基础|参考)?分值|赋分|计分|得分|满分|标准分|考核分|评分|分数|权重|权数|权重分)$/;
// a value column: a year, a word saying what the figure is, or both (2020年基期值, 目标值)
const H_YEAR = /^((?:19|20)\d{2})年?(?:底|末|度)?/;
const H_PLAN_PERIOD = /^“?十([一二三四五六七八九])五”?(?:末|期末|时期)?/;
// 目标值, 年度目标, 上半年完成, 2020年基期值, 计划任务数: when (年度, 上半年), what (目标, 完成), and a tail;
// 年份 / 分年度目标 head the years of a two-row header
// (年初目标值 | 实际完成值: a performance table's target set at the year's start and what was done)
const H_VALUE_WORD = /^(?=.)(?:年份|分年度|各年度|本年度|年度|全年|本年|当年|年初|周期|上半年|下半年|前?[一二三四1-4]季度|前三季度|截至目前|截止目前|累计)?(?:基[期数准线]|现状|现|实际(?:完成|达到)?|完成|实现|目标|预期|规划|预计|计划|考核|力争|指标)?(?:任务|进度)?(?:值|数|数值|水平|情况)?$/;
const H_STANDARD = /^(?:国家|省定|省级|省|市定|市级|县级|评估|达标|合格|办学|基本)?标准(?:值|要求)?$/;
const WORD_ACTUAL = /基[期数准线]|现状|现值|实际|完成|实现/;
// (年度指标值, 年初指标值, 周期指标值: the figure set for the year or the project's span; 指标值 alone
// says nothing of which)
const WORD_TARGET = /目标|预期|规划|预计|计划|力争|考核|^(?:本?年度|年初|全年|本年|周期)指标/;

export function squeeze(text: string): string {
  return text.replace(/\s+/g, "");
}

/** A word that says what a value column holds (目标值, 年度目标), without a year. */
export function isValueWord(text: string): boolean {
  return H_VALUE_WORD.test(text);
}

/** A unit in brackets at the end of a title or a name: 毛入园率（%） → ["毛入园率", "%"]. */
export function unitInBrackets(text: string): [string, string] {
  const m = /[(（]\s*(?:单位[：:])?\s*([^()（）]{1,8})\s*[)）]\s*$/.exec(text);
  if (m && isUnitWord(m[1]!)) return [text.slice(0, m.index).trim(), squeeze(m[1]!)];
  return [text, ""];
}

export function headerColumn(raw: string): Column | null {
  const [text, unit] = unitInBrackets(squeeze(raw));
  const plain = (role: ColumnRole): Column => ({ role, year: null, kind: null, unit });
  if (!text) return null;
  if (H_SERIAL.test(text)) return plain("serial");
  if (H_CATEGORY.test(text)) return plain("category");
  if (H_NAME.test(text)) return plain("name");
  // 指标(在校学生数/万人): the row labels' header saying what every figure measures, and in what
  const measured = /^(.+?)[(（]([\u4e00-\u9fff]{2,10})[/／]([^()（）/／]{1,6})[)）]$/.exec(text);
  if (measured && (H_NAME.test(measured[1]!) || ROW_LABEL_HEADER.test(measured[1]!)) && isUnitWord(measured[3]!)) return { role: "name", year: null, kind: null, unit: squeeze(measured[3]!), measure: measured[2]! };
  if (H_UNIT.test(text)) return plain("unit");
  if (H_ATTRIBUTE.test(text)) return plain("attribute");
  if (H_OTHER.test(text)) return plain("other");
  let year: number | null = null;
  let rest = text;
  // the year before the word (2025年目标值) or after it in brackets (目标值（2025年）)
  const y = H_YEAR.exec(text);
  const period = y ? null : H_PLAN_PERIOD.exec(text);
  if (y) {
    year = Number(y[1]);
    rest = text.slice(y[0].length);
  } else if (period) {
    year = planPeriodEnd(period[0]);
    rest = text.slice(period[0].length);
  } else {
    const after = /[(（]((?:19|20)\d{2})年?(?:底|末)?[)）]$/.exec(text);
    if (after) {
      year = Number(after[1]);
      rest = text.slice(0, after.index);
    }
  }
  const aside = /^[(（](.*)[)）]$/.exec(rest.trim());
  rest = rest.replace(/^[(（](.*)[)）]$/, "$1");
  // 2020年(行业测算数据): a year's column with a note on where its figures come from; a
  // projection's figures are what is to be
  if (year !== null && aside && !H_VALUE_WORD.test(rest) && !H_STANDARD.test(rest)) {
    return { role: "value", year, kind: /测算|预测|预计|预期|规划|目标/.test(rest) ? "target" : WORD_ACTUAL.test(rest) ? "actual" : null, unit };
  }
  // 国家标准, 省定标准, 标准值: the figure a standard sets is what is to be reached
  if (H_STANDARD.test(rest)) return { role: "value", year, kind: "target", unit };
  if (rest && !H_VALUE_WORD.test(rest)) return null;
  if (year === null && !period && !rest) return null;
  const kind: Kind | null = WORD_ACTUAL.test(rest) ? "actual" : WORD_TARGET.test(rest) || (period && !rest) ? "target" : null;
  return { role: "value", year, kind, unit, ...(year === null && /^(?:本年度?|当年|本学年)/.test(rest) ? { ofThisYear: true } : {}) };
}

// 学校数, 在校学生数, 专任教师数, 毛入学率, 学生与专任教师比, 校舍面积（万平方米）: what a
// statistics table's column counts, and the unit that follows from it
const MEASURE_HEADER = /^[\u4e00-\u9fff]{1,12}?(?:数|人数|率|比例|比|比重|占比|面积|金额|经费|规模|总量|学位)$/;
const MEASURE_UNITS: [RegExp, string][] = [
  [/(?:率|比例|比重|占比)$/, "%"],
  [/比$/, "ratio"],
  [/(?:学校|校)数$/, "所"],
  [/(?:幼儿园|园)数$/, "所"],
  [/(?:班级|班)数$/, "个"],
  [/(?:人|生|师|工|员|儿童|幼儿|教师|校长|学生)总?数$/, "人"],
  [/学位$/, "个"],
];

/** The unit a measure's own words imply (学生人数 → 人, 学校数 → 所, 生师比 → ratio), or "". */
export function unitOfMeasure(measure: string): string {
  return MEASURE_UNITS.find(([re]) => re.test(measure))?.[1] ?? "";
}

// what a statistics table's first column holds: the stage, place or school of each row
const ROW_LABEL_HEADER = /^(?:学段|阶段|类别|分类|学校类别|学校类型|办学类型|类型|项目|指标|名称|区域|地区|区县|县区|县市区|县[(（]市、?区[)）]|乡镇|街道|学校|学校名称|单位名称|园所)$/;

/** The header of a statistics table's row labels (学段, 区域, 学校名称), as a name column. */
export function rowLabelColumn(raw: string): Column | null {
  const text = squeeze(raw);
  return ROW_LABEL_HEADER.test(text) ? { role: "name", year: null, kind: null, unit: "" } : null;
}

/**
 * A statistics table's measure column (学校数, 在校学生数, 生师比), or null. Only read where a
 * header holds no year or value word at all: in an indicator table a cell ending in 数 or 率
 * below the header is a row's name.
 */
export function measureColumn(raw: string): Column | null {
  const [text, unit] = unitInBrackets(squeeze(raw));
  // (班级(个), 专任教师(人): a thing counted, its unit given, is as much a measure as 学校数)
  if ((!MEASURE_HEADER.test(text) && !(unit && /^[\u4e00-\u9fff]{2,8}$/.test(text))) || headerColumn(text)) return null;
  const implied = unitOfMeasure(text);
  return { role: "value", year: null, kind: null, unit: unit || implied, measure: text };
}

// a value header that is only a year (2025年) or only a word (目标值, 年度目标)
type Part = "year" | "word";
function partOf(text: string): Part | null {
  const c = headerColumn(text);
  if (!c || c.role !== "value") return null;
  const t = squeeze(text);
  if (/^(?:19|20)\d{2}年?(?:底|末|度)?$/.test(t)) return "year";
  return c.year === null ? "word" : null;
}

// An upper cell and the lower cell under it, as one header: 2020年 + 现状值, 2023年 + 年度目标.
function combine(upper: string, lower: string): string | null {
  for (const t of [upper + lower, lower + upper]) {
    const c = headerColumn(t);
    if (c && c.role === "value") return squeeze(t);
  }
  return null;
}

// every cell of a header's second row says what a value column holds, or is 属性 / 分值
function isLowerRow(cells: string[]): boolean {
  const filled = cells.map(squeeze).filter(Boolean);
  if (!filled.length) return false;
  return filled.some((t) => partOf(t)) && filled.every((t) => partOf(t) || ["attribute", "other", "unit"].includes(headerColumn(t)?.role ?? ""));
}

/**
 * Two header rows whose cells keep their places (split by tabs: an empty cell is an empty
 * string), as one row of header texts; null when `lower` is not a header's second row. A cell
 * under an empty upper cell belongs to the spanning cell on its left (2025年 over 目标值 | 属性).
 */
export function mergeHeaderRows(upper: string[], lower: string[]): string[] | null {
  if (!isLowerRow(lower)) return null;
  const out: string[] = [];
  let span = "";
  for (let i = 0; i < Math.max(upper.length, lower.length); i++) {
    const u = squeeze(upper[i] ?? "");
    const l = squeeze(lower[i] ?? "");
    if (u) span = partOf(u) ? u : "";
    if (!l) out.push(u);
    else out.push(combine(u || span, l) ?? l);
  }
  while (out.length && !out[out.length - 1]) out.pop();
  return out;
}

/**
 * Header cells read one after another (a page's <th>s, a .docx table's first rows): where the
 * last cells complete earlier ones — years under words, words under years — they are the
 * second row, and each joins the cell above it; a single upper cell over several lower ones
 * spans them all. The header as one row, or null when the cells are one row already.
 */
export function pairHeaderRuns(cells: string[]): string[] | null {
  const parts = cells.map(partOf);
  let last = parts.length - 1;
  while (last >= 0 && !parts[last]) last--;
  if (last < 0) return null;
  const lowerPart = parts[last]!;
  const upperPart: Part = lowerPart === "year" ? "word" : "year";
  // the run of lower cells at the end (属性 and the like may stand among them)
  let k = cells.length;
  while (k > 0 && (parts[k - 1] === lowerPart || (!parts[k - 1] && ["attribute", "other"].includes(headerColumn(cells[k - 1]!)?.role ?? "")))) k--;
  const lowers = cells.map((_, i) => i).filter((i) => i >= k && parts[i] === lowerPart);
  const uppers = cells.map((_, i) => i).filter((i) => i < k && parts[i] === upperPart);
  if (!uppers.length || !lowers.length) return null;
  if (uppers.length !== lowers.length && uppers.length !== 1) return null;
  const joined = new Map<number, string[]>();
  for (const [n, l] of lowers.entries()) {
    const u = uppers.length === 1 ? uppers[0]! : uppers[n]!;
    const t = combine(cells[u]!, cells[l]!);
    if (!t) return null;
    joined.set(u, [...(joined.get(u) ?? []), t]);
  }
  const out: string[] = [];
  cells.forEach((c, i) => {
    if (lowers.includes(i)) return;
    out.push(...(joined.get(i) ?? [squeeze(c)]));
  });
  return out;
}
