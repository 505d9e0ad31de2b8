// Picks the UI language: a `?lang=` query parameter (for testing) beats Office's display
// language, which beats the browser's; anything not English is shown in Chinese.
import { localeFrom, type Locale } from "../../core/i18n/messages";
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type TaskpaneStrings = typeof zhCN;

const catalogues: Record<Locale, TaskpaneStrings> = { "zh-CN": zhCN, "en-US": enUS };

/** `search` is `location.search`; `displayLanguage` is Office's or the browser's language tag. */
export function chooseLocale(search: string, displayLanguage: string | undefined): Locale {
  const override = new URLSearchParams(search).get("lang");
  return localeFrom(override || displayLanguage);
}

export function stringsFor(locale: Locale): TaskpaneStrings {
  return catalogues[locale];
}
