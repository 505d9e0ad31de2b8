// The records of an indicator table: one per figure cell, named by the row's name cell, with
// the unit of the row (unit column, 名称（%）, the header or the caption), and the year and kind
// of its column: the base year (2020年, 基期值) is what is, the target year what is to be.
import { comparatorFor, hasExplicitComparator } from "./comparators";
import type { Figure } from "./numbers";
import { parseCellFigure, unitInBrackets, type Cell, type Column, type Table } from "./tables";
import { unitOfMeasure } from "./table-headers";
import type { Comparator, Kind } from "./types";
import { findYears, planPeriodEnd } from "./years";
import { withoutListMarker } from "./list-markers";
import { withMeasureOfName } from "./names";

export interface TableFigure {
  name: string;
  nameCell: Cell;
  valueCell: Cell;
  comparator: Comparator;
  value?: number;
  min?: number;
  max?: number;
  unit: string;
  year: number | null;
  kind: Kind;
}

// what a measure's name says its unit is when no cell does
function unitFromName(name: string, fractional: boolean): string {
  if (/(?:率|比例|比重|占比|覆盖面|满意度)$/.test(name)) return "%";
  if (/年限$/.test(name)) return "年";
  // (受资助本专科学生人数 | 14726: a count of people with no unit cell counts people; 在校学生数 | 6.8
  // counts them in a magnitude the table says elsewhere, 万人)
  const counted = unitOfMeasure(name);
  // (每十万人口高等教育在校生数 2856.5: a count per so many is fractional by nature)
  return counted === "%" || counted === "ratio" || !fractional || /^每[十百千万]/.test(name) ? counted : "";
}

// 指标名称 cells carry list numbers, footnote marks and a 其中 of a sub-row
function cleanName(text: string): string {
  return withoutListMarker(text.replace(/\s+/g, ""))
    .replace(/^其中[：:]?/, "")
    .replace(/[★☆*＊※▲△]+/g, "")
    .replace(/[(（]注?\d[)）]$/, "");
}

// head counts of those enrolled (在校生, 在园幼儿数, 在学总规模, 招生数)
const ENROLLED = /在校生|在园幼儿|在学|招生|毕业生|学生(?:人)?数|学龄人口/;

interface ColumnMeaning {
  kind: Kind;
  year: number | null;
}

// The kind and year of each value column. Words decide (基期/完成 vs 目标); else a year before
// the document's is past and one from it on planned; else, of several years, the first is the
// base and the later ones are targets; a lone column is the document's.
function columnMeanings(table: Table, docKind: Kind, docYear: number | null): (ColumnMeaning | null)[] {
  const captionYears = findYears(table.caption, 0, table.caption.length).filter((y) => y.role === "for" && y.year !== null);
  const captionYear = captionYears.length ? captionYears[captionYears.length - 1]!.year : null;
  const periodEnd = planPeriodEnd(table.caption);
  const years = table.columns.filter((c) => c.role === "value" && c.year !== null).map((c) => c.year!);
  const firstYear = years.length ? Math.min(...years) : null;
  const several = years.length >= 2 && new Set(years).size >= 2;
  // 1949 | 1980 | 2000 | 2009: years decades apart are a history, not a base and its targets (a
  // plan's first target is at most 15 years after its base: 2012 | 2020 | 2035)
  const sorted = [...new Set(years)].sort((a, b) => a - b);
  // (2022年 | 2021年 | … | 2018年: years running back from the newest are a statistics run; a plan
  // runs forward from its base)
  const backwards = several && years.every((y, i) => i === 0 || y < years[i - 1]!);
  const history = several && (sorted[1]! - sorted[0]! > 15 || backwards);
  // a statistics table (学段 | 学校数 | 在校学生数) counts what is, unless its caption plans
  const measuresOnly = table.columns.every((c) => c.role !== "value" || c.measure);
  const statistics = measuresOnly && !/目标|任务|计划|规划|预期|新增|新建|力争/.test(table.caption) ? "actual" : null;
  return table.columns.map((c: Column, q: number) => {
    if (c.role !== "value") return null;
    let kind: Kind = c.kind ?? statistics ?? docKind;
    // 指标 | 2020年 | 目标值: a year standing before the column of targets is the base
    const targetsAfter = table.columns.slice(q + 1).some((d) => d.role === "value" && d.kind === "target" && (d.year === null || (c.year !== null && d.year > c.year)));
    if (!c.kind && c.year !== null && targetsAfter) kind = "actual";
    else if (!c.kind && c.year !== null && docYear !== null) kind = c.year < docYear ? "actual" : "target";
    else if (!c.kind && several && c.year !== null) kind = c.year === firstYear || history ? "actual" : "target";
    let year = c.year;
    if (year === null) year = captionYear ?? (c.ofThisYear ? docYear : null) ?? (periodEnd !== null ? (kind === "target" ? periodEnd : periodEnd - 5) : null);
    return { kind, year };
  });
}

// 全市, 市直, 邵东市, 城步苗族自治县, 经开区: a row that is a place of the area the table covers
const PLACE_ROW = /^(?:全[省市县区州盟旗]|[省市县区]直(?:属)?|[省市县区]本级|合计|总计|[\u4e00-\u9fff]{1,10}(?:省|市|县|区|旗|州|盟|镇|乡|街道|开发区|新区|园区))$/;
// 邵阳市增加公办义务教育学位完成情况统计: what a table of places counts, from its caption (the area's
// name, and the words saying it is a table of how things went, taken off); its measure word names
// the unit of bare figures
const CAPTION_TAIL = /(?:(?:完成|进展|落实|执行|建设|实施)?情况)?(?:统计|汇总|一览)?表?$/;
const CAPTION_AREA = /^(?:附件\s*\d*\s*[：:]?\s*)?(?:[\u4e00-\u9fff]{1,8}?(?:省|市|县|区|州|旗))?(?:20\d{2}\s*年度?)?/;
const UNIT_OF_MEASURE: [RegExp, string][] = [
  [/学位$/, "个"],
  [/(?:学校|幼儿园|园所|校舍)$/, "所"],
  [/(?:教师|学生|幼儿|人员|人数|人次)$/, "人"],
  [/(?:班级|教学班)$/, "个"],
];
function captionMeasure(caption: string): { measure: string; unit: string } | null {
  const line = caption.split("\n").pop()!.trim();
  const measure = line.replace(CAPTION_TAIL, "").replace(CAPTION_AREA, "");
  const unit = UNIT_OF_MEASURE.find(([re]) => re.test(measure))?.[1];
  return unit && measure.length >= 2 && measure.length <= 16 ? { measure, unit } : null;
}

function unitOfCaption(caption: string): string {
  const m = /单位[：:]\s*([^\s，,；;)）]{1,6})/.exec(caption);
  return m ? m[1]! : "";
}

/** Records of a table, row by row, column by column. */
export function tableFigures(table: Table, docKind: Kind, docYear: number | null): TableFigure[] {
  const out: TableFigure[] = [];
  const meanings = columnMeanings(table, docKind, docYear);
  const nameCol = table.columns.findIndex((c) => c.role === "name");
  const catCol = table.columns.findIndex((c) => c.role === "category");
  const unitCol = table.columns.findIndex((c) => c.role === "unit");
  const captionUnit = unitOfCaption(table.caption);
  const placeMeasure = captionMeasure(table.caption);
  for (const row of table.rows) {
    const nameCell = (nameCol >= 0 ? row[nameCol] : undefined) ?? (catCol >= 0 ? row[catCol] : undefined);
    if (!nameCell) continue;
    const [bare, nameUnit] = unitInBrackets(cleanName(nameCell.text));
    // a table's name cell is already a row label: kept as written
    let name = bare.replace(/的/g, "");
    if (name.length < 2 || /\d{4}年/.test(name)) continue;
    // 在校生 under 九年义务教育: a short name says whose by its category row
    const category = catCol >= 0 && nameCol >= 0 ? cleanName(row[catCol]?.text ?? "") : "";
    // (数量指标, 质量指标 over 总建筑面积: a class of indicators, no subject of them)
    if (category.length >= 2 && name.length <= 5 && !name.includes(category) && !category.includes(name) && !/指标$/.test(category)) name = category + name;
    // (指标(在校学生数/万人): the name column's header measures every row)
    const nameColumn = nameCol >= 0 ? table.columns[nameCol]! : undefined;
    if (nameColumn?.measure && !name.includes(nameColumn.measure)) name += nameColumn.measure;
    const rowUnit = (unitCol >= 0 ? row[unitCol]?.text.replace(/\s/g, "") : "") || nameUnit || (nameColumn?.unit ?? "");
    const figures: { col: number; cell: Cell; fig: NonNullable<ReturnType<typeof parseCellFigure>>; unit: string; name: string }[] = [];
    // (a row of counts written with a fraction, 11.3 | 12.0, counts in a magnitude not said here)
    const fractional = row.some((c, q) => !!c && table.columns[q]?.role === "value" && /\d\.\d/.test(c.text));
    row.forEach((cell, q) => {
      if (!cell || !meanings[q]) return;
      const fig = parseCellFigure(cell.text);
      if (!fig) return;
      // 学前教育 in the row, 学校数 over the column: the figure is 学前教育学校数
      const measure = table.columns[q]!.measure;
      if (measure) {
        const unit = fig.unit || table.columns[q]!.unit;
        if (unit) figures.push({ col: q, cell, fig, unit, name: name + measure });
        return;
      }
      const unit = withMeasureOfName(fig.unit || rowUnit || table.columns[q]!.unit || captionUnit || unitFromName(name, fractional), name);
      if (unit) figures.push({ col: q, cell, fig, unit: unit === "个百分点" ? "百分点" : unit, name });
      // (邵东市 | 3104 | 4206 under 邵阳市增加公办义务教育学位完成情况统计: the place's count of the caption's measure)
      else if (placeMeasure && PLACE_ROW.test(name)) figures.push({ col: q, cell, fig, unit: placeMeasure.unit, name: name + placeMeasure.measure });
    });
    // the row's base value, to tell a ceiling (近视率 52 → 45) from a floor
    const base = figures.find((f) => meanings[f.col]!.kind === "actual" && f.fig.value !== undefined);
    const before = (f: (typeof figures)[number]) => !!base && base.col < f.col && base.unit === f.unit && meanings[base.col]!.year !== meanings[f.col]!.year;
    for (const f of figures) {
      const { kind, year } = meanings[f.col]!;
      const asFigure = { ...f.fig, start: 0, numEnd: 0, unitEnd: 0, end: 0, chinese: false } as Figure;
      let comparator = comparatorFor(asFigure, f.fig.before, kind);
      if (kind === "target" && !hasExplicitComparator(asFigure, f.fig.before) && f.fig.before === "" && f.fig.value !== undefined) {
        // (fewer pupils enrolled is where births lead, no cap a plan sets: the projected size as it is)
        if (base && before(f) && f.fig.value < base.fig.value!) comparator = ENROLLED.test(f.name) ? "=" : "<=";
        else if (!base && f.fig.value === 0) comparator = "=";
      }
      const rec: TableFigure =
        comparator === "between" && f.fig.min !== undefined && f.fig.max !== undefined
          ? { name: f.name, nameCell, valueCell: f.cell, comparator, min: f.fig.min, max: f.fig.max, unit: f.unit, year, kind }
          : { name: f.name, nameCell, valueCell: f.cell, comparator, value: f.fig.value ?? 0, unit: f.unit, year, kind };
      out.push(rec);
    }
  }
  return out;
}
