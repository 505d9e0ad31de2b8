// Loading an indicator set: every problem at once, each with its JSON path (and line when
// read from text) and words in zh-CN and en-US; never a stack trace.
import { z } from "zod";
import { both, messagesFor, type Locale } from "../i18n/messages";
import { formatPath, type PathSegment } from "../json/path";
import { jsonErrorPosition, locateJsonPaths } from "../json/locate";
import type { SetProblem } from "./problem";
import { ID_PATTERN, indicator, indicatorSet, reportingUnit, rule, section, type IndicatorSet, quota } from "./schema";
import { checkSemantics, type Indexed, type SetParts } from "./semantics";

export type LoadResult = { ok: true; set: IndicatorSet } | { ok: false; problems: SetProblem[] };

const zodLocales: Record<Locale, { localeError: z.core.$ZodErrorMap }> = {
  "zh-CN": z.locales.zhCN(),
  "en-US": z.locales.en(),
};

// Our own words for our own refinements; zod's translations for the rest.
function errorMap(locale: Locale): z.core.$ZodErrorMap {
  return (issue) => {
    if (issue.code === "invalid_format" && issue.format === "regex" && issue.pattern === String(ID_PATTERN)) {
      return messagesFor(locale).set.idFormat(String(issue.input));
    }
    if (issue.code === "invalid_type" && issue.input === undefined) {
      const field = issue.path?.[issue.path.length - 1];
      return messagesFor(locale).set.missingField(String(field ?? ""), issue.expected);
    }
    return zodLocales[locale].localeError(issue);
  };
}

// jitless: zod's fast path compiles code with `new Function`; this project runs none.
const parseIn = <T extends z.ZodType>(schema: T, data: unknown, locale: Locale) =>
  schema.safeParse(data, { error: errorMap(locale), jitless: true });

export function loadIndicatorSet(data: unknown): LoadResult {
  const zh = parseIn(indicatorSet, data, "zh-CN");
  const problems: SetProblem[] = [];
  if (!zh.success) {
    const en = parseIn(indicatorSet, data, "en-US");
    const enIssues = en.success ? [] : en.error.issues;
    zh.error.issues.forEach((issue, i) => {
      const path = issue.path.filter((p): p is PathSegment => typeof p !== "symbol");
      problems.push({
        path: formatPath(path),
        code: issue.code === "invalid_format" && "pattern" in issue && issue.pattern === String(ID_PATTERN) ? "id_format" : issue.code,
        message: { "zh-CN": issue.message, "en-US": enIssues[i]?.message ?? issue.message },
      });
    });
  }
  problems.push(...checkSemantics(soundParts(data)));
  if (problems.length > 0 || !zh.success) return { ok: false, problems };
  return { ok: true, set: zh.data };
}

/** Load from JSON text; problems also carry the line and column they point at. */
export function parseIndicatorSetJson(text: string): LoadResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\ufeff/, ""));
  } catch (e) {
    const pos = jsonErrorPosition(text, e as Error);
    return { ok: false, problems: [{ path: "$", code: "json_syntax", line: pos.line, column: pos.column, message: both((m) => m.set.jsonSyntax(pos.line, pos.column, pos.detail)) }] };
  }
  const result = loadIndicatorSet(data);
  if (result.ok) return result;
  const positions = locateJsonPaths(text.replace(/^\ufeff/, ""));
  return {
    ok: false,
    problems: result.problems.map((p) => {
      // A missing field has no line of its own: point at the nearest enclosing value.
      for (let path = p.path; ; path = path.replace(/(\.[^.[\]]+|\[[^\]]*\])$/, "")) {
        const at = positions.get(path);
        if (at) return { ...p, line: at.line, column: at.column };
        if (path === "$") return p;
      }
    }),
  };
}

// The parts of a document whose own structure is sound, so cross-reference checks can run
// even when something elsewhere in the set is broken.
function soundParts(data: unknown): SetParts {
  const doc = (typeof data === "object" && data !== null ? data : {}) as Record<string, unknown>;
  const each = <T>(key: string, schema: z.ZodType<T>): Indexed<T>[] => {
    const list = doc[key];
    if (!Array.isArray(list)) return [];
    const out: Indexed<T>[] = [];
    list.forEach((item, index) => {
      const r = schema.safeParse(item, { jitless: true });
      if (r.success) out.push({ index, value: r.data });
    });
    return out;
  };
  const years = z.array(z.number().int()).safeParse(doc.years, { jitless: true });
  // Ids of elements that are broken elsewhere still exist: don't report references to them.
  const ids = (key: string) =>
    Array.isArray(doc[key]) ? (doc[key] as unknown[]).flatMap((x) => (typeof (x as { id?: unknown })?.id === "string" ? [(x as { id: string }).id] : [])) : [];
  return {
    years: years.success ? years.data : undefined,
    units: each("units", reportingUnit),
    sections: each("sections", section),
    indicators: each("indicators", indicator),
    rules: each("rules", rule),
    quotas: each("quotas", quota),
    declaredIds: { indicator: ids("indicators"), unit: ids("units") },
  };
}
