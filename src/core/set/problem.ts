import type { Bilingual } from "../i18n/messages";

/** One thing wrong with an indicator set, located by JSON path (and line, when read from text). */
export interface SetProblem {
  /** `$.indicators[3].targets[0].value` */
  path: string;
  /** stable code for tools and tests: `invalid_type`, `unknown_section`, `rule_syntax` … */
  code: string;
  message: Bilingual;
  line?: number;
  column?: number;
}
