// Text read from returned workbooks and set files is untrusted: an ESC sequence in a note can
// rewrite or hide what a terminal shows, and a bidi override can reverse a line so it reads as
// something else. Before such text is printed, every character that is not shown as itself
// becomes a visible escape.

// C0 (a line break inside a value could forge a line), DEL, C1 (U+009B acts as ESC [),
// the bidi controls, and the line and paragraph separators.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// The same less C0: JSON.stringify already escapes C0 inside strings, and its own line breaks
// and indentation are layout.
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const hex = (c: string) => c.charCodeAt(0).toString(16).toUpperCase();

/** One line as it may reach a terminal: each control as `\u{1B}`, `\u{202E}`, `\u{A}`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u{${hex(c)}}`);
}

/** `value` as indented JSON in which no control character stands raw: what JSON.stringify
 *  leaves as it is (DEL, C1, bidi controls, line separators) is written `\u202e`. Parses back
 *  to the same value. */
export function printableJson(value: unknown): string {
  const json = JSON.stringify(value, null, 2) ?? "null";
  return json.replace(RAW_IN_JSON, (c) => `\\u${hex(c).toLowerCase().padStart(4, "0")}`);
}
