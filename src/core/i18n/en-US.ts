// English core messages; same keys as zh-CN.ts, which is the reference language.
import type { Messages } from "./messages";

export const enUS: Messages = {
  set: {
    jsonSyntax: (line, column, detail) => `JSON syntax error at line ${line}, column ${column}: ${detail}. Check the quotes, commas and brackets there.`,
  },
  cell: {},
  rules: {},
};
