// Tables of years down the first column (历年…情况表): a header 年度 | 在校生 | 专任教师, then one
// row per year. Read by turning it on its side into the shape every other table has — one row
// per measure, one value column per year — so names, units, years and kinds are decided by the
// same code as for 指标 | 2020年 | 2025年.
import type { Column } from "./table-headers";
import type { Cell, Table } from "./tables";
import { LOCAL_CURRENCY_WORDS } from "./unit-kinds";
import type { PlainLine } from "./year-column-rows";

const YEAR_WORDS = "年度|年份|年|学年|学年度|年别";
const YEAR_HEADER = new RegExp(`^(?:${YEAR_WORDS})$`);
const YEAR_HEADER_AT_START = new RegExp(`^\\s*[|｜]?\\s*(?:${YEAR_WORDS})\\s*(?:[|｜\\t]| {2})`);
// 2021, 2021年, 2021年度; 96 or 民国96年 (a year of the Republic, where the table counts so)
const YEAR_CELL = /^(?:((?:19|20)\d{2})|(?:民国)?(\d{2,3}))\s*(?:学?年度?)?$/;
const NUMBER_CELL = /^[-+]?\d[\d,]*(?:\.\d+)?\s*[%％‰]?$|^[—–\-－/／]+$/;
const UNITS_LINE = /单位\s*[：:]\s*([^\s，,；;。)）]{1,12})/;
// the currency a unit line names before its unit (新台币千元, 人民币万元): the unit is what follows
const CURRENCY = new RegExp(`^(?:${LOCAL_CURRENCY_WORDS}|澳币)(?=[千万亿百]?元)`);
// what a caption of years gone by (历年, 各年度) says around its measure: 教育部与原民会历年原住民
// 教育预算编列情形表 → 原住民教育预算 (a caption without such a word names no measure of its rows)
const YEARS_GONE = /^.*?(?:历年|各年度?|逐年)/;
const CAPTION_TAIL = /(?:编列|执行|变化|变动|发展|基本)?(?:情形|情况|状况)?(?:统计|一览|对照|比较)?表?$/;
// a caption that plans: its years are to come, or the document decides
const PLANS = /目标|规划|计划|预期|预测|安排|任务/;
// a header that is a measure of its own (…比例, 在校生, 经费) rather than whose it is (教育部, 合计)
const MEASURE_WORD = /[率数费额比重例]$|经费|预算|支出|收入|投入|规模|面积|人数|学生|在校|教师|幼儿|学校|班|招生|毕业/;

/** A table of years down its first column starting at line `at`, turned on its side, or null. */
export function yearRowTable(lines: PlainLine[], at: number, split: (line: PlainLine) => Cell[] | null): { table: Table; nextLine: number } | null {
  const header = lines[at]!;
  if (header.text.length > 200 || !YEAR_HEADER_AT_START.test(header.text)) return null;
  const heads = split(header);
  if (!heads || heads.length < 2 || !YEAR_HEADER.test(heads[0]!.text.replace(/\s/g, ""))) return null;
  const measures = heads.slice(1);
  if (measures.some((c) => !c.text || /\d/.test(c.text) || c.text.length > 40)) return null;
  const years: number[] = [];
  const rows: Cell[][] = [];
  let k = at + 1;
  for (; k < lines.length; k++) {
    const cells = lines[k]!.text ? split(lines[k]!) : null;
    const year = cells ? YEAR_CELL.exec(cells[0]!.text.replace(/\s/g, "")) : null;
    if (!cells || !year || cells.length > heads.length || cells.length < 2) break;
    if (!cells.slice(1).every((c) => !c.text || NUMBER_CELL.test(c.text))) break;
    years.push(year[1] ? Number(year[1]) : Number(year[2]));
    rows.push(cells);
  }
  if (rows.length < 2) return null;
  // two- or three-digit years are the Republic's (民国96年 = 2007) only when they run on as years do
  const republic = years.every((y) => y < 1900);
  if (republic && !years.every((y) => y >= 40 && y <= 150)) return null;
  const asYears = years.map((y) => (republic ? y + 1911 : y));
  if (new Set(asYears).size !== asYears.length) return null;

  const { title, unit } = aboveHeader(lines, at);
  const measure = YEARS_GONE.test(title) ? title.replace(YEARS_GONE, "").replace(CAPTION_TAIL, "") : "";
  const columns: Column[] = [
    { role: "name", year: null, kind: null, unit: "" },
    { role: "unit", year: null, kind: null, unit: "" },
    // years counted in a table of years gone by are what was; any other leaves it to the years and the document
    ...asYears.map((year) => ({ role: "value" as const, year, kind: measure && !PLANS.test(title) ? ("actual" as const) : null, unit: "" })),
  ];
  const turned: (Cell | undefined)[][] = measures.map((head, j) => {
    const own = head.text.replace(/\s/g, "");
    // (教育部, 合计 under …原住民教育预算…表: whose figure, of the caption's measure)
    const name = MEASURE_WORD.test(own) || measure.length < 2 || measure.length > 16 ? own : /^(?:合计|总计|小计|总数)$/.test(own) ? measure + own : own + measure;
    const nameCell: Cell = { start: head.start, end: head.end, text: name };
    return [nameCell, unit ? { start: head.start, end: head.end, text: unit } : undefined, ...rows.map((r) => (r[j + 1]?.text ? { ...r[j + 1]!, quoteFrom: r[0]!.start } : undefined))];
  });
  return { table: { start: header.start, end: lines[k - 1]!.end, columns, rows: turned, caption: title }, nextLine: k };
}

// The title and the unit line above a header (either may be missing, in either order).
function aboveHeader(lines: PlainLine[], at: number): { title: string; unit: string } {
  let title = "";
  let unit = "";
  for (let k = at - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const t = lines[k]!.text.trim();
    if (!t) continue;
    seen++;
    const u = UNITS_LINE.exec(t);
    if (u && !unit) unit = u[1]!.replace(CURRENCY, "");
    else if (!title && t.length <= 60 && !/[。；;]$/.test(t)) title = t;
    if (u && t.length - u[0].length > 4 && !title) title = t.replace(UNITS_LINE, "").replace(/[(（]\s*[)）]/g, "").trim();
  }
  return { title, unit };
}
