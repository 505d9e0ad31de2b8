// 简体中文：核心消息（指标集加载、单元格取值、规则表达式）。这是主语言，其他语言以它为准。
// Each section belongs to one part of core; en-US.ts must have the same keys (the type says so).

export const zhCN = {
  set: {
    jsonSyntax: (line: number, column: number, detail: string) => `JSON 语法错误（第 ${line} 行第 ${column} 列）：${detail}。请检查该处的引号、逗号和括号。`,
  },
  cell: {},
  rules: {},
};
