// School stages (小学, 初中, 幼儿园 …) that a statistics text names once and then leaves out:
// ——小学。校数17所；在校生…人 means 小学校数, 小学在校生. The stage a lead-in names carries into
// the names after it, within its paragraph, until another stage is named.
import type { Span } from "./sentences";

// longest first (sorted below), so 普通高中 wins over 高中 and 高中段教育 over 高中段
const STAGES = [
  "普通高等学校", "高中阶段教育", "中等职业教育", "中等职业学校", "中等专业学校", "高中段教育", "九年一贯制", "十二年一贯制", "高级完全中学", "完全中学", "高级中学", "职业中学", "普通中学", "学前教育", "义务教育", "普通高中", "特殊教育", "职业高中", "高等教育", "初级中学", "高等学校", "技工学校", "技术学校", "高职院校", "职业院校", "普通高校",
  "高中阶段", "高中段", "幼儿园", "小学", "初中", "高中", "中学", "中职", "职高", "职校", "特教", "特校", "高校", "国中", "国小",
].sort((a, b) => b.length - a.length);
const STAGE_AT = new RegExp("^(?:" + STAGES.join("|") + ")");
// a name with any of these already says its stage or school type (在园幼儿 is a kindergarten's)
const HAS_STAGE = new RegExp(STAGES.join("|") + "|幼儿|在园|大学|学院|技工|职业|职校|职教");
// what may open the clause before its stage: a heading's dash, the scope, 其中
const OPENER = /^[\s—－–\-]*(?:(?:全|我|本)[省市县区州旗镇乡]|其中|另外)?[\s，,：:]*/;

/** The stage a clause opens with; `item` when its figure follows at once (其中初中30所, a part, not a lead-in). */
export function stageOpening(s: string, clause: Span): { stage: string; item: boolean } | null {
  const text = s.slice(clause.start, clause.end);
  const rest = text.slice(OPENER.exec(text)![0].length);
  const m = STAGE_AT.exec(rest);
  if (!m) return null;
  const after = rest.slice(m[0].length);
  // 特殊教育及成人教育的教师分别有…: the first of listed subjects leads nothing in
  if (/^(?:、|和|及|与|或|以及)/.test(after)) return null;
  return { stage: m[0], item: /^\s*(?:\d|[一二两三四五六七八九十百千]+[个所名人])/.test(after) };
}

const STAGE_ONLY = new RegExp("^(?:" + STAGES.join("|") + ")$");
/** The stage a name opens with (高级完全中学专任教师 → 高级完全中学), or "". */
export function stageAt(name: string): string {
  return STAGE_AT.exec(name)?.[0] ?? "";
}

/** The name without the stage it opens with (义务教育在校生 → 在校生). */
export function withoutStage(name: string): string {
  const m = STAGE_AT.exec(name);
  return m && name.length - m[0].length >= 2 ? name.slice(m[0].length) : name;
}

/** A name that is a stage and nothing more (高中, 普通高中): the measure is said elsewhere. */
export function isStageOnly(name: string): boolean {
  return STAGE_ONLY.test(name);
}

// The parts of a place a rate is given for one by one, as stages are (主城区达80%，其他区不低于74%).
const PLACE_PART = /^(?:主城区|中心城区|老城区|新城区|城区|其他区|其余区|郊区|远郊区|近郊区|农村|乡村|城镇|县城|市区|镇区|县镇)/;
/** A name that is a part of a place and nothing more (主城区, 农村). */
export function isPlacePartOnly(name: string): boolean {
  const m = PLACE_PART.exec(name);
  return !!m && m[0].length === name.length;
}
/** A clause that opens with a stage or a part of a place. */
export function opensWithPart(clause: string): boolean {
  const rest = clause.slice(OPENER.exec(clause)![0].length);
  return STAGE_AT.test(rest) || PLACE_PART.test(rest);
}

export function hasStage(name: string): boolean {
  return HAS_STAGE.test(name);
}

// 幼兒及小學, 高中學生, 幼兒: stages and pupils, and nothing said of them
const PUPILS_ONLY = new RegExp("^(?:(?:" + STAGES.join("|") + "|幼儿|儿童)(?:及|和|与|、)?)+(?:学生|生)?$");
/** A name that only says which stage's pupils (幼儿及小学, 高中学生): what they get is said elsewhere. */
export function isPupilsOnly(name: string): boolean {
  return PUPILS_ONLY.test(name);
}
