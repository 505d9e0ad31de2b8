// Strings are written as text, never as formulas or parsed numbers/dates.
//
// Excel parses a typed value with the user's locale (zh-CN turns `1月2日` into a date, others
// turn `1/2` into 2 January or a fraction), so instead of mirroring its parser we mark every
// string it might convert: one that starts with a formula or prefix character, TRUE/FALSE, and
// any short string containing a digit (numbers, dates, times, percentages, currencies, `1e3`).
// Marking means number format `@` (Text) on that cell before the value is written, queued in
// the same or an earlier request. The cost of a false positive is only a `@` format on a label.

// Full-width ＝＋－＠ too: Excel's East Asian input turns them into a formula's = + - @.
const PREFIX = new Set(["=", "+", "-", "@", "'", "#", "\uFF1D", "\uFF0B", "\uFF0D", "\uFF20"]);
const DIGIT = /[0-9\uFF10-\uFF19]/; // ASCII and full-width digits
const BOOLEAN = /^\s*(true|false)\s*$/i;

/** True when Excel might store `text` as something other than the same text. */
export function needsTextFormat(text: string): boolean {
  if (text === "") return false;
  if (PREFIX.has(text[0]!)) return true;
  // Excel parses nothing longer than 255 characters as a number or date.
  if (text.length > 255) return false;
  return BOOLEAN.test(text) || DIGIT.test(text);
}
