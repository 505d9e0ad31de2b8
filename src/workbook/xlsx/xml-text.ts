// Text that XML cannot carry as is. exceljs silently DROPS control characters (U+0000-U+001F
// except tab/newline/return, and U+007F) when it writes, and when it reads it decodes Excel's
// `_xHHHH_` escapes, so a literal "_x0041_" would come back as "A". Excel's own answer is the
// same escape: control characters become `_xHHHH_`, and every "_" that starts something
// looking like `_xHHHH_` is written as `_x005F_`. We apply it only while writing
// (write-prep.ts), so what is in memory is always the real text.

const NEEDS_ESCAPE = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]|_x[0-9A-Fa-f]{4}_/;

export function needsEscape(text: string): boolean {
  return NEEDS_ESCAPE.test(text);
}

export function escapeXlsxText(text: string): string {
  if (!needsEscape(text)) return text;
  return text
    // lookahead, not a match: in "_x0041_x0042_" both underscores start an escape
    .replace(/_(?=x[0-9A-Fa-f]{4}_)/g, "_x005F_")
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}
