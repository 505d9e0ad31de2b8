// Messages come in both languages at once, so a finding can be shown in either without
// re-running the check. zh-CN is the reference catalogue; its shape is the type.
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type Messages = typeof zhCN;
export type Locale = "zh-CN" | "en-US";
export const LOCALES: readonly Locale[] = ["zh-CN", "en-US"];

/** The whole catalogue of one locale, for code that builds text in a single language (sheets). */
export function messagesFor(locale: Locale): Messages {
  return catalogues[locale];
}

/** A message in every supported language. */
export type Bilingual = Record<Locale, string>;

const catalogues: Record<Locale, Messages> = { "zh-CN": zhCN, "en-US": enUS };

/** Render one message in every locale: `both(m => m.cell.notANumber(text))`; the locale is
 *  passed too, for messages that embed another bilingual text: `both((m, l) => m.x(inner[l]))`. */
export function both(pick: (m: Messages, locale: Locale) => string): Bilingual {
  return { "zh-CN": pick(catalogues["zh-CN"], "zh-CN"), "en-US": pick(catalogues["en-US"], "en-US") };
}

/** Choose a locale from a BCP-47 tag such as Office's display language; Chinese first. */
export function localeFrom(tag: string | undefined | null): Locale {
  if (!tag) return "zh-CN";
  return /^en\b/i.test(tag.replace("_", "-")) ? "en-US" : "zh-CN";
}
