// One normal form for what people type: full-width digits and punctuation from Chinese input
// methods become ASCII, so the parser only ever sees one spelling of each character.

/** Characters NFKC leaves alone but clerks use as minus, decimal point or ratio colon. */
const EXTRA: Record<string, string> = {
  "\u2212": "-", // − MINUS SIGN
  "\u2012": "-", // ‒ figure dash
  "\u2013": "-", // – en dash, typeset minus
  "\u3002": ".", // 。 ideographic full stop typed for a decimal point
  "\u2236": ":", // ∶ RATIO
};

/**
 * NFKC (full-width → ASCII, U+3000 → space), the extra mappings above, zero-width characters
 * removed, runs of whitespace collapsed to one space, trimmed. Never throws.
 */
export function normalizeText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(/[\u200B-\u200D\u2060\uFEFF]/g, "")
    .replace(/[\u2212\u2012\u2013\u3002\u2236]/g, (c) => EXTRA[c] ?? c)
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * True when the text holds characters that NFKC would silently turn into digits although
 * nobody types them as digits: circled ①, superscripts, vulgar fractions ½ ("98½" would
 * become "981⁄2"). `m²` is allowed, it is how square metres are written.
 */
export function hasDigitLookalikes(text: string): boolean {
  const withoutSquareMetres = text.replace(/m[²³]/gi, "m");
  return /[\u00B2\u00B3\u00B9\u00BC-\u00BE\u2070-\u209F\u2150-\u218F\u2460-\u24FF\u2776-\u2793\u3248-\u324F\u3251-\u325F\u32B1-\u32BF\u{1F100}-\u{1F10A}]/u.test(
    withoutSquareMetres,
  );
}
