// Asides in brackets beside a figure or in a name: what is counted (不含教学点), how a change is
// counted (同口径), which currency (人民币，下同). They qualify the figure; none of them names it
// or is a figure of its own. One list, so naming and the reading of changes agree on them.

import { LOCAL_CURRENCY_WORDS } from "./unit-kinds";

const SCOPE = "不含|含|包括|不包括|除";
const COUNTING = "同口径|可比口径|按可比口径";
// （以下简称2023年）, （下同）: how the text will refer to something
const REFERENCE = "以下简称|下称|简称|下同";

/** Every aside of scope or counting, wherever it stands: out of a name's words. */
export const ASIDE = new RegExp(`[(（]\\s*(?:${SCOPE}|${COUNTING}|${REFERENCE})[^()（）]*[)）]`, "g");

// 同比增长（同口径）16.53%: the aside stands between the verb of change and the figure
const COUNTING_AT_END = new RegExp(`[(（]\\s*(?:${COUNTING})\\s*[)）]$`);

/** The words before a figure without a counting aside at their end. */
export function withoutCountingAside(left: string): string {
  return left.replace(COUNTING_AT_END, "");
}

// 2154亿元（人民币，下同）, 3000万元（含…）, 5%（同比）: the bracket after a figure speaks of the figure
const ON_THE_FIGURE = new RegExp(`^\\s*[(（]\\s*(?:${LOCAL_CURRENCY_WORDS}|美元|${SCOPE}|下同|同比|按)`);

/** Whether the words after a figure open with an aside on the figure rather than its noun. */
export function opensWithFigureAside(right: string): boolean {
  return ON_THE_FIGURE.test(right);
}

/** Where a bracket opens in `before` that is still open at its end (…现有教师2799人（含特岗…), or -1. */
export function openAside(before: string): number {
  const open = Math.max(before.lastIndexOf("("), before.lastIndexOf("（"));
  return open >= 0 && !/[)）]/.test(before.slice(open)) ? open : -1;
}
