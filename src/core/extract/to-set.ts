// A draft indicator set from an extraction: sections from the heading paths, one indicator per
// record (a plan's several years of one indicator become one indicator with a target per
// year), value types and units from the figures' units, and a sum rule for each total with
// its parts (…44个，其中市本级8个，县区36个). The result loads without problems; people then
// rename ids, add owners and units, and delete what they do not collect.
//
// Actual figures (已建成…, a summary's results) become indicators without targets: they are
// what a unit reported, so a table can still ask for them; only `kind: target` gives targets.
import { effectiveBounds } from "../set/defaults";
import { FORMAT, ID_PATTERN } from "../set/constants";
import type { IndicatorSetInput, ReportingUnit, Section, ValueType } from "../set/schema";
import { breakdownsOf } from "./extract";
import type { Breakdown, ExtractedIndicator, ExtractionResult } from "./types";
import { AREA_UNITS, MONEY_UNITS } from "./unit-kinds";

export interface DraftSetOptions {
  units?: ReportingUnit[];
  title?: string;
  /** the reporting year when the plan names none */
  year?: number;
  /** totals and their parts; defaults to what extraction found for this very result */
  breakdowns?: Breakdown[];
}

type InputIndicator = IndicatorSetInput["indicators"][number];
type InputTarget = NonNullable<InputIndicator["targets"]>[number];
type InputRule = NonNullable<IndicatorSetInput["rules"]>[number];

const COUNT_UNITS = new Set([
  "所", "个", "名", "人", "人次", "位", "项", "处", "户", "辆", "套", "期", "届", "批", "起", "次", "场", "节", "门", "间", "条", "台", "本",
  "件", "家", "支", "种", "类", "篇", "部", "座", "张", "份", "块", "班", "轮", "组", "首", "棵", "株", "课", "堂", "例", "床", "卷", "盏", "册", "台套",
  "场次", "批次", "班次", "课次", "轮次", "户次", "枚", "幅", "对", "只",
]);
const MAGNITUDE: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

export interface UnitInfo {
  valueType: ValueType;
  /** the unit shown in the set */
  unit: string;
  /** multiply the extracted value by this (3.86万个 → 38600 个) */
  factor: number;
  slug: string;
}

/** How a figure's unit is measured in a set. */
export function unitInfo(unit: string): UnitInfo {
  if (unit === "%" || unit === "百分点") return { valueType: "percent", unit: "%", factor: 1, slug: "pct" };
  if (unit === "ratio") return { valueType: "ratio", unit: "比值", factor: 1, slug: "ratio" };
  if (MONEY_UNITS.has(unit)) return { valueType: "money", unit, factor: 1, slug: "money" };
  if (AREA_UNITS.has(unit)) return { valueType: "area", unit: unit.replace(/(?:平米|㎡|m²|平方公尺|平方)$/, "平方米"), factor: 1, slug: "area" };
  const magnitude = MAGNITUDE[unit[0] ?? ""];
  if (magnitude && COUNT_UNITS.has(unit.slice(1))) return { valueType: "count", unit: unit.slice(1), factor: magnitude, slug: "count" };
  if (COUNT_UNITS.has(unit)) return { valueType: "count", unit, factor: 1, slug: "count" };
  return { valueType: "decimal", unit, factor: 1, slug: "num" };
}

const scale = (v: number, factor: number) => Math.round(v * factor * 1e6) / 1e6;

const COMPARATOR_WORDS: Record<string, string> = { ">=": "不少于", ">": "超过", "<=": "不超过", "<": "少于", "=": "", "~": "约" };

/** 约120所, 超过300名, 2–3所: an actual figure as words, for the indicator's description. */
function describeFigure(rec: ExtractedIndicator, info: UnitInfo): string {
  const unit = info.unit === "比值" ? "" : info.unit;
  if (rec.comparator === "between" && rec.min !== undefined && rec.max !== undefined) return `${scale(rec.min, info.factor)}–${scale(rec.max, info.factor)}${unit}`;
  return `${COMPARATOR_WORDS[rec.comparator] ?? ""}${scale(rec.value ?? 0, info.factor)}${unit}`;
}

function targetOf(rec: ExtractedIndicator, info: UnitInfo): InputTarget | null {
  if (rec.kind !== "target") return null;
  const basis = rec.basis === "previous_year" || rec.unit === "百分点" ? (rec.unit === "%" ? "growth" : "difference") : "absolute";
  const common = { ...(rec.year !== null ? { year: rec.year } : {}), basis, ...(rec.quote ? { quote: rec.quote } : {}) } as const;
  if (rec.comparator === "between") {
    if (rec.min === undefined || rec.max === undefined) return null;
    return { comparator: "between", min: scale(rec.min, info.factor), max: scale(rec.max, info.factor), ...common };
  }
  if (rec.value === undefined) return null;
  return { comparator: rec.comparator, value: scale(rec.value, info.factor), ...common };
}

// A target no unit could meet (a count below 0, a share above 100) is dropped or, for a
// percent (a growth rate may pass 100), widens the bounds.
function fitTarget(ind: InputIndicator, t: InputTarget): InputTarget | null {
  if (t.basis !== "absolute" && t.basis !== undefined) return t;
  const ends = t.comparator === "between" ? [t.min, t.max] : typeof t.value === "number" ? [t.value] : [];
  const b = effectiveBounds({ valueType: ind.valueType, bounds: ind.bounds });
  const outside = ends.some((v) => v < b.min || v > b.max);
  const strict = (t.comparator === ">" && typeof t.value === "number" && t.value >= b.max) || (t.comparator === "<" && typeof t.value === "number" && t.value <= b.min);
  if (!outside && !strict) return t;
  if (ind.valueType === "percent" && !strict) {
    ind.bounds = { min: Math.min(0, ...ends), max: Math.max(100, ...ends) };
    return t;
  }
  return null;
}

const NON_NEGATIVE_UNITS = new Set(["小时", "分钟", "天", "年", "学年", "学时", "课时", "周", "个月", "工作日", "岁", "周岁", "米", "千米", "公里", "公斤", "千克", "吨", "分", "册", "本", "篇", "节", "次", "场", "人次"]);
const CHANGE_WORDS = /增加|增长|提高|提升|减少|降低|下降|缩短|延长|压减|压缩|变化|增幅|降幅/;

/** The figures of a breakdown add up exactly (to a cent of rounding). */
function partsAddUp(records: readonly ExtractedIndicator[], b: { total: number; parts: number[] }): boolean {
  const total = records[b.total];
  const parts = b.parts.map((p) => records[p]);
  if (total?.value === undefined || total.comparator === "between" || parts.some((p) => p?.value === undefined || p.comparator === "between" || p.unit !== total.unit)) return false;
  const sum = parts.reduce((n, p) => n + p!.value!, 0);
  return Math.abs(sum - total.value) <= 1e-6 * Math.max(1, Math.abs(total.value));
}

function asciiSlug(text: string): string {
  const slug = text
    .normalize("NFKD")
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .replace(/[^A-Za-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 40);
  return /^[A-Za-z]/.test(slug) ? slug : slug ? `set_${slug}` : "";
}

export function draftSetFromExtraction(result: ExtractionResult, options: DraftSetOptions = {}): IndicatorSetInput {
  const records = Array.isArray(result?.indicators) ? result.indicators : [];
  const source = typeof result?.source === "string" ? result.source : "";

  // Sections: one node per distinct heading path prefix, ids by position (sec_2_1).
  const sections: Section[] = [];
  const sectionIds = new Map<string, string>();
  const sectionOf = (path: string[]): string | undefined => {
    let list = sections;
    let id: string | undefined;
    let key = "";
    for (const raw of path) {
      const title = String(raw ?? "").trim();
      if (!title) break;
      key += "\u0000" + title;
      let node = list.find((s) => s.title === title);
      if (!node) {
        node = { id: `${id ?? "sec"}_${list.length + 1}`, title };
        list.push(node);
        sectionIds.set(key, node.id);
      }
      id = node.id;
      node.children ??= [];
      list = node.children;
    }
    return id;
  };

  const indicators: InputIndicator[] = [];
  const byRecord: (string | undefined)[] = [];
  const targetYears = new Set<number>();
  const mergeKey = new Map<string, InputIndicator>();
  // indicators with a current value and no target yet: a table row's base (2020年 91.6%)
  const baseKey = new Map<string, InputIndicator>();
  records.forEach((rec, i) => {
    const info = unitInfo(String(rec.unit ?? ""));
    const name = String(rec.name ?? "").trim() || `指标${i + 1}`;
    const target = targetOf(rec, info);
    // several years (or a level and a change) of one indicator: one row, several targets
    const key = `${name}\u0000${info.unit}\u0000${info.valueType}`;
    // a target after the current value of the same indicator: one row, base and target
    const base = target && rec.basis !== "previous_year" ? baseKey.get(key) : undefined;
    if (base && target) {
      const fitted = fitTarget(base, target);
      if (fitted) {
        base.targets = [fitted];
        if (fitted.year !== undefined) targetYears.add(fitted.year);
        baseKey.delete(key);
        mergeKey.set(key, base);
        byRecord[i] = base.id;
        return;
      }
    }
    // an achieved figure after the target of the same indicator (2022年目标 | 2022年完成)
    const planned = !target && rec.kind === "actual" && rec.basis !== "previous_year" ? mergeKey.get(key) : undefined;
    if (planned && !planned.description) {
      planned.description = `规划文本中的现状值：${rec.year !== null ? `${rec.year}年` : ""}${describeFigure(rec, info)}`;
      byRecord[i] = planned.id;
      return;
    }
    const existing = target ? mergeKey.get(key) : undefined;
    if (existing && target) {
      const sameSlot = (existing.targets ?? []).some((t) => (t.year ?? null) === (target.year ?? null) && (t.basis ?? "absolute") === (target.basis ?? "absolute"));
      if (!sameSlot) {
        const fitted = fitTarget(existing, target);
        if (fitted) {
          existing.targets = [...(existing.targets ?? []), fitted];
          if (fitted.year !== undefined) targetYears.add(fitted.year);
          byRecord[i] = existing.id;
          return;
        }
      }
    }
    const id = `ind_${String(indicators.length + 1).padStart(3, "0")}_${info.slug}`;
    const ind: InputIndicator = {
      id,
      name,
      unit: info.unit,
      valueType: info.valueType,
      targets: [],
      ...(rec.quote ? { source: { quote: String(rec.quote) } } : {}),
    };
    // a duration, a length, a weight or a score is never below 0, unless what is counted is
    // the change itself (增加1小时, 比上年减少2天)
    if (info.valueType === "decimal" && NON_NEGATIVE_UNITS.has(info.unit) && rec.basis === "absolute" && !CHANGE_WORDS.test(name) && !CHANGE_WORDS.test(String(rec.quote ?? ""))) ind.bounds = { min: 0 };
    const section = sectionOf(Array.isArray(rec.section) ? rec.section : []);
    if (section) ind.section = section;
    if (rec.kind === "actual") {
      ind.description = `规划文本中的现状值：${rec.year !== null ? `${rec.year}年` : ""}${describeFigure(rec, info)}`;
      if (rec.basis !== "previous_year") baseKey.set(key, ind);
    }
    if (target) {
      const fitted = fitTarget(ind, target);
      if (fitted) {
        ind.targets = [fitted];
        if (fitted.year !== undefined) targetYears.add(fitted.year);
        mergeKey.set(key, ind);
      }
    }
    indicators.push(ind);
    byRecord[i] = id;
  });
  // leaf sections carry no empty children lists
  const prune = (list: Section[]) => list.forEach((s) => (s.children && s.children.length ? prune(s.children) : delete s.children));
  prune(sections);

  if (indicators.length === 0) {
    indicators.push({ id: "ind_001_text", name: "（未找到量化指标）", unit: "", valueType: "text", required: false, description: "规划文本中没有找到带数字的目标，请手工补充指标。" });
  }

  const rules: InputRule[] = [];
  const typeOf = new Map(indicators.map((x) => [x.id, x]));
  const breakdowns = options.breakdowns ?? breakdownsOf(result) ?? [];
  for (const b of breakdowns) {
    const total = byRecord[b.total];
    const parts = [...new Set(b.parts.map((p) => byRecord[p]).filter((p): p is string => !!p && p !== total))];
    if (!total || !parts.length) continue;
    const t = typeOf.get(total)!;
    // only amounts add up (counts, money, area), and only in the same unit
    if (!["count", "money", "area"].includes(t.valueType) || parts.some((p) => typeOf.get(p)!.valueType !== t.valueType || typeOf.get(p)!.unit !== t.unit)) continue;
    const names = parts.map((p) => typeOf.get(p)!.name);
    // parts = total only when the text's own figures add up (其中公办80所、民办40所 of 120所);
    // a list of some parts (其中公办80所 of 120所, or 80 + 30 of 120) only caps them
    const whole = parts.length > 1 && partsAddUp(records, b);
    const list = parts.length > 1 ? `sum(${parts.join(", ")})` : parts[0]!;
    rules.push({
      id: `rule_${String(rules.length + 1).padStart(3, "0")}_parts`,
      check: `${list} ${whole ? "=" : "<="} ${total}`,
      severity: "error",
      message: whole
        ? { "zh-CN": `${names.join("、")}之和应等于${t.name}。`, "en-US": `The parts (${parts.join(", ")}) should add up to the total (${total}).` }
        : parts.length > 1
          ? { "zh-CN": `${names.join("、")}之和不能超过${t.name}。`, "en-US": `The parts (${parts.join(", ")}) together cannot exceed the total (${total}).` }
          : { "zh-CN": `${names[0]}不能超过${t.name}。`, "en-US": `The part (${parts[0]}) cannot exceed the total (${total}).` },
    });
  }

  const years = [...targetYears].filter((y) => Number.isInteger(y) && y >= 1949 && y <= 2100);
  const fallbackYear = options.year !== undefined && Number.isInteger(options.year) && options.year >= 1949 && options.year <= 2100 ? options.year : undefined;
  if (fallbackYear !== undefined && !years.includes(fallbackYear)) years.push(fallbackYear);
  // a plan without target years: the years its figures name, else this year
  if (!years.length) {
    const named = records.map((r) => r.year).filter((y): y is number => typeof y === "number" && Number.isInteger(y) && y >= 1949 && y <= 2100);
    years.push(named.length ? Math.max(...named) : new Date().getFullYear());
  }
  years.sort((a, b) => a - b);

  const fromSource = asciiSlug(source);
  const title = (options.title ?? "").trim() || (source ? `${source.replace(/\.[A-Za-z0-9]{1,5}$/, "")}（草稿）` : "指标集草稿");
  const setId = fromSource && ID_PATTERN.test(fromSource) ? fromSource : "draft_set";
  return {
    format: FORMAT,
    id: setId,
    title,
    version: "0.1-draft",
    ...(source ? { source: { file: source } } : {}),
    years,
    units: options.units ?? [],
    sections,
    indicators,
    rules,
  };
}
