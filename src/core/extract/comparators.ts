// Which way a figure binds: the words before it (不低于, 超过, 控制在, 约 …) and after it
// (以上, 以内, 左右, 多). As in Chinese law (民法典 第1259条), 以上/以下/以内 include the
// number and 超过/不满 exclude it.
import type { Figure } from "./numbers";
import type { Comparator, Kind } from "./types";
import { FALLS_TO } from "./basis";
import { isMoneyUnit } from "./unit-kinds";

// Words that may stand a little before the figure (不低于交流总数的20%).
const FAR: [string, Comparator][] = [
  ["达到或超过", ">="], ["不低于", ">="], ["不少于", ">="], ["不小于", ">="], ["不得低于", ">="], ["不得少于", ">="], ["不应低于", ">="], ["不能低于", ">="], ["不能少于", ">="], ["至少", ">="], ["最少", ">="], ["最低", ">="], ["起码", ">="],
  ["不超过", "<="], ["不高于", "<="], ["不多于", "<="], ["不大于", "<="], ["不得超过", "<="], ["不得高于", "<="], ["不能高于", "<="], ["不能超过", "<="], ["最多", "<="], ["至多", "<="], ["最高", "<="], ["控制在", "<="], ["控制到", "<="], ["降低到", "<="], ["降低至", "<="], ["降至", "<="], ["调降至", "<="], ["调降到", "<="], ["调减至", "<="], ["调减到", "<="], ["调低至", "<="], ["调低到", "<="], ["下调至", "<="], ["下调到", "<="], ["下降到", "<="], ["下降至", "<="], ["减少到", "<="], ["减少至", "<="], ["压缩到", "<="], ["压减到", "<="], ["压减至", "<="],
  // (持续下跌至2029年的6.01万人: a fall arriving at a value, as 降至)
  ["下跌至", "<="], ["下跌到", "<="], ["跌至", "<="], ["回落至", "<="], ["回落到", "<="], ["下滑至", "<="], ["下滑到", "<="], ["缩减至", "<="], ["缩减到", "<="],
  ["超过", ">"], ["超出", ">"], ["突破", ">"], ["首破", ">"], ["多于", ">"], ["大于", ">"], ["高于", ">"],
  ["不满", "<"], ["不足", "<"], ["不到", "<"], ["跌破", "<"], ["跌穿", "<"], ["低于", "<"], ["少于", "<"], ["小于", "<"],
  ["约为", "~"], ["大约", "~"], ["接近", "~"], ["将近", "~"], ["大概", "~"], ["左右为", "~"],
  ["保持在", "="], ["稳定在", "="], ["维持在", "="], ["保持", "="], ["稳定", "="], ["维持", "="], ["均为", "="], ["占比为", "="], ["占", "="], ["涵盖", "="], ["包括", "="], ["包含", "="],
];
// One-character words count only right before the figure (近 in 近年来 is not 约).
const NEAR: [string, Comparator][] = [
  ["≥", ">="], ["≤", "<="], ["＞", ">"], ["＜", "<"], [">=", ">="], ["<=", "<="], [">", ">"], ["<", "<"], ["≈", "~"], ["=", "="],
  ["约", "~"], ["近", "~"], ["超", ">"], ["逾", ">"], ["破", ">"], ["过", ">"], ["为", "="], ["是", "="],
];
const FAR_WINDOW = 10;
/** Words of a strict bound on a count (不到30人, 超过45人), as the thresholds that say which places are counted use them. */
export const BOUND_WORDS = "不到|不足|不满|低于|少于|超过|高于|多于|大于|小于";
/** Verbs before which 不到 is "fails to" (达不到, 做不到), not a bound. */
export const FAILS_TO_BEFORE = "[达做找招用得看想办落等]";

export interface ComparatorWord {
  comparator: Comparator;
  /** offset in `left` where the word starts */
  at: number;
  word: string;
}

/**
 * The comparator word nearest before the figure, if any. `left` ends right before it. A share
 * of a base may stand far from its word (不低于学校年度公用经费预算总额的5%): when `left` ends
 * in 的, the whole clause is searched.
 */
export function comparatorWordBefore(left: string): ComparatorWord | null {
  return wordBefore(left, FAR_WINDOW) ?? (/的\s*$/.test(left) ? wordBefore(left, SHARE_WINDOW) : null);
}
const SHARE_WINDOW = 30;
const FAILS_TO = new RegExp(`${FAILS_TO_BEFORE}$`);
const LONGEST_FAR = Math.max(...FAR.map(([w]) => w.length));
// (keyed by character code: looked up at every character of the window, where s[i] would make a string each time)
const FAR_BY_FIRST = new Map<number, [string, Comparator][]>();
for (const entry of FAR) FAR_BY_FIRST.set(entry[0].charCodeAt(0), [...(FAR_BY_FIRST.get(entry[0].charCodeAt(0)) ?? []), entry]);

function wordBefore(left: string, window: number): ComparatorWord | null {
  // only the window and the longest word reaching into it are searched (a clause can be long)
  const trimmed = left.replace(/\s+$/, "");
  const offset = Math.max(0, trimmed.length - window - LONGEST_FAR);
  const l = trimmed.slice(offset);
  let best: ComparatorWord | null = null;
  const windowStart = Math.max(0, trimmed.length - window) - offset;
  // each word's last place in the window, found by scanning back for the characters words start with
  const seen = new Set<string>();
  for (let at = l.length - 1; at >= windowStart; at--) {
    for (const [word, comparator] of FAR_BY_FIRST.get(l.charCodeAt(at)) ?? []) {
      if (seen.has(word) || !l.startsWith(word, at)) continue;
      seen.add(word);
      // 保持 / 稳定 / 占 must lead straight to the figure or through 在/为
      if ((word === "保持" || word === "稳定" || word === "维持" || word === "占") && at + word.length < l.length - 1) continue;
      // (达不到标准, 不到位, 用了不到三年时间: a verb's "fails to", not a bound)
      if (word === "不到" && (FAILS_TO.test(l.slice(0, at)) || /^(?:位|[一二两三四五六七八九十\d]+\s*(?:个?月|年|天|周)时间)/.test(l.slice(at + 2)))) continue;
      // (新生不足20人的學校將達130校: a bound with its own figure after it is that figure's)
      // (下跌至2029/30學年的3.6萬人, 降至118學年的: years and dates are no figures)
      if (/\d/.test(l.slice(at + word.length).replace(/\d{2,4}(?:\s*[/／\-]\s*\d{2,4})?\s*学?年度?|\d{1,2}\s*[月日]/g, ""))) continue;
      // 最高的是五二班97.16%: a superlative noun ("the highest one") binds nothing
      if (/^最[高低多少]$/.test(word) && l[at + word.length] === "的") continue;
      const end = at + word.length;
      const bestEnd = best ? best.at + best.word.length : -1;
      if (!best || end > bestEnd || (end === bestEnd && word.length > best.word.length)) best = { comparator, at, word };
    }
  }
  // 为全县42所: a scope word may stand between the copula and the figure
  const near = /[为是]全[国省市县区镇乡校]$/.test(l) ? l.slice(0, -2) : l;
  for (const [word, comparator] of NEAR) {
    if (near.endsWith(word)) {
      const at = near.length - word.length;
      // 签约951名, 预约, 节约: 约 closing a word is no "about"
      if (word === "约" && /[签合预节邀契制公条集履特]$/.test(near.slice(0, at))) continue;
      // 学位过万: "over"; 通过, 经过, 超过, 不过 are other words
      if (word === "过" && /[通经超不度越跨穿闯错路看]$/.test(near.slice(0, at))) continue;
      // 为8600名学生提供…: 为 opening a clause is "for", not a copula
      if ((word === "为" || word === "是") && !/[\u4e00-\u9fff\d%）)]/.test(near[at - 1] ?? "")) continue;
      const bestEnd = best ? best.at + best.word.length : -1;
      if (!best || at + word.length > bestEnd) best = { comparator, at, word };
    }
  }
  return best && offset ? { ...best, at: best.at + offset } : best;
}

/** The comparator the words after the figure give (以上 → >=), or null. */
export function suffixComparator(fig: Figure): Comparator | null {
  switch (fig.suffix) {
    case "以上":
    case "及以上":
      return ">=";
    case "以下":
    case "及以下":
    case "以内":
    case "之内":
    case "内":
      return "<=";
    case "左右":
    case "上下":
      return "~";
    case "多":
    case "余":
    case "开外":
      return ">";
    default:
      return null;
  }
}

/**
 * The figure's comparator. Explicit words win (range, then words after, then 多/余, then words
 * before); a share of something (招生计划的50%) is exact; otherwise a plan's plain figure is a
 * floor (建成10所 → >=) and a reported figure is exact.
 */
/** `name`: the figure's name, which may say what a bare figure is (资金总额 in a form). */
export function comparatorFor(fig: Figure, left: string, kind: Kind, name = ""): Comparator {
  if (fig.min !== undefined && fig.max !== undefined) return "between";
  const before = comparatorWordBefore(left);
  const after = suffixComparator(fig);
  if (after) {
    // 超过…以上 and the like: the stronger word before keeps its meaning
    if (after === ">=" && before?.comparator === ">") return ">";
    return after;
  }
  if (fig.more) return before?.comparator === "~" ? "~" : ">";
  // (已将欠缺学额数量降至6000个: a fall that has arrived is at the value, not under it)
  if (before && kind === "actual" && ARRIVED_DOWN.test(before.word)) return "=";
  if (before) return before.comparator;
  if (/的\s*$/.test(left) && fig.unit === "%") return "=";
  // 教育拨款增加49亿元至875亿元, 预算案预留七亿元: a sum budgeted is the sum, not a floor
  if (isMoneyUnit(fig.unit) && (BUDGETED.test(left) || BUDGETED.test(name))) return "=";
  return kind === "target" ? ">=" : "=";
}
const ARRIVED_DOWN = new RegExp(`^(?:${FALLS_TO})(?:到|至)$`);
// (生均公用经费780元, 每生每年1000元: money per head is a standard, the amount itself)
const BUDGETED = /预算|编列|拨款|预留|拨付|下达|资金总额|总投资|安排资金|需要?(?:资金|投入|投资)|所需资金|生均|每生|每人每年/;

/** Is there an explicit comparator (a word before or after, a range, 多)? */
export function hasExplicitComparator(fig: Figure, left: string): boolean {
  if (fig.min !== undefined || fig.more || suffixComparator(fig)) return true;
  const w = comparatorWordBefore(left);
  return !!w && w.comparator !== "=";
}
