// The numbers that open a list item or a table row's label: 1. 1、 (1) （一） 一、 ①. One
// pattern for every reader, so a label, a quote and a name all lose the same marker. A digit
// right after the point makes a decimal (1.5万), not an item.
const NUMERAL = "[一二三四五六七八九十]{1,3}";
export const LIST_MARKER = String.raw`(?:\d{1,2}\s*[.、．](?!\d)|[(（]\s*(?:\d{1,2}|${NUMERAL})\s*[)）]|${NUMERAL}[、.．]|[①-⑳])`;

/** A list marker opening a text, with the spaces around it. */
export const LEADING_LIST_MARKER = new RegExp(String.raw`^\s*${LIST_MARKER}\s*`);

/** The text without the list marker it opens with, if any. */
export function withoutListMarker(text: string): string {
  return text.replace(LEADING_LIST_MARKER, "");
}

/** Length of the list marker (and the spaces around it) that `text` opens with; 0 when none. */
export function listMarkerLength(text: string): number {
  return LEADING_LIST_MARKER.exec(text)?.[0].length ?? 0;
}

/**
 * An item inside a section: 1. (1) ① 一是. Not 一、 or （一）, which head sections of their
 * own (sections.ts) rather than continue the list a lead-in opened.
 */
export const ITEM_IN_SECTION = /^\s*(?:\d{1,2}\s*[.、．](?!\d)|[(（]\s*\d{1,2}\s*[)）]|[①-⑳]|(?:十[一二三四五六七八九]|二十|[一二三四五六七八九十])是)/;
