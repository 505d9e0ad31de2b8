// The command line's own words, one catalogue per locale as in core and the task pane.
// zh-CN is the reference catalogue; its shape is the type.
import type { Bilingual, Locale } from "../../core/i18n/messages";
import { zhCN } from "./zh-CN";
import { enUS } from "./en-US";

export type CliMessages = typeof zhCN;

const catalogues: Record<Locale, CliMessages> = { "zh-CN": zhCN, "en-US": enUS };

/** The catalogue of one locale, for what is printed right away. */
export function cliMessages(locale: Locale): CliMessages {
  return catalogues[locale];
}

/** One message in every locale, for what travels before it is printed (problems, usage errors):
 *  `cliBoth((m) => m.cannotRead(file, code))`. */
export function cliBoth(pick: (m: CliMessages, locale: Locale) => string): Bilingual {
  return { "zh-CN": pick(catalogues["zh-CN"], "zh-CN"), "en-US": pick(catalogues["en-US"], "en-US") };
}
