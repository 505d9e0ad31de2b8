// 简体中文：核心消息（指标集加载、单元格取值、规则表达式）。这是主语言，其他语言以它为准。
// Each section belongs to one part of core; en-US.ts must have the same keys (the type says so).

const zhExpectedWords: Record<string, string> = { operand: "数值、指标编号或左括号", operator: "运算符或比较符", ")": "右括号“)”", ",": "逗号", year: "四位年份（如 rate@2020）" };
const zhExpected = (e: string) => zhExpectedWords[e] ?? e;

export const zhCN = {
  set: {
    jsonSyntax: (line: number, column: number, detail: string) => `JSON 语法错误（第 ${line} 行第 ${column} 列）：${detail}。请检查该处的引号、逗号和括号。`,
    missingField: (field: string, expected: string) => `缺少必填字段“${field}”（应为 ${expected}）。请补上。`,
    notJson: (detail: string) => `文件不是有效的 JSON：${detail}。请用文本编辑器检查文件内容。`,
    idFormat: (value: string) => `编号“${value}”不合规：须以英文字母开头，只含英文字母、数字和下划线（最长 63 个字符），例如 preschool_enrolment。它会用于 Excel 名称。`,
    duplicateId: (kind: string, id: string, firstPath: string) => `${kind}编号“${id}”重复（首次出现在 ${firstPath}）。请给每个${kind}一个唯一编号。`,
    unknownRef: (kind: string, id: string, suggestion?: string) => `找不到${kind}“${id}”。${suggestion ? `是否应为“${suggestion}”？` : `请先定义它，或改为已有的${kind}编号。`}`,
    parentCycle: (id: string) => `填报单位“${id}”的上级链形成了循环。请检查 parent 字段。`,
    weightRequired: () => `加权平均（weighted_mean）需要 weight：填写作为权重的指标编号（如在校生数）。`,
    weightOnlyForWeighted: () => `只有加权平均（weighted_mean）才使用 weight。请删除 weight，或把 method 改为 weighted_mean。`,
    choicesRequired: () => `选项型（choice）指标须列出 choices（可选答案）。`,
    choicesOnlyForChoice: () => `只有选项型（choice）指标才使用 choices。`,
    boundsOrder: (min: number, max: number) => `有效范围下限 ${min} 大于上限 ${max}。请交换或改正。`,
    boundsOutsideType: (type: string, min: number, max: number) => `有效范围超出了“${type}”类型允许的 ${min}～${max}。`,
    yearNotInSet: (year: number, years: string) => `年份 ${year} 不在本指标集的填报年度（${years}）中。请把它加入 years，或改正年份。`,
    duplicateTarget: (year: string) => `同一年度（${year}）有两个相同口径的目标。每个年度、每种口径只能有一个目标。`,
    betweenOrder: (min: number, max: number) => `区间目标的下限 ${min} 大于上限 ${max}。`,
    targetOutsideBounds: (value: number, min: number, max: number) => `目标值 ${value} 超出了该指标的有效范围 ${min}～${max}，任何单位都不可能达标。请检查目标或有效范围。`,
    booleanTargetNeedsBoolean: () => `是/否型指标的目标只能是 “= true” 或 “= false”。`,
    booleanOnlyForYesNo: () => `目标值为 true/false 只适用于是/否（boolean）型指标。`,
    noTargetForType: (type: string) => `“${type}”类型的指标不能设数值目标。请删除 targets 或改变 valueType。`,
    ruleSyntax: (check: string, detail: string) => `规则表达式“${check}”有误：${detail}`,
    ruleNotCondition: (check: string) => `规则“${check}”不是一个条件：规则须比较（如 a <= b、sum(a, b) = c），结果为“是/否”。`,
    ruleExpectedNumber: (check: string, column: number) => `规则“${check}”第 ${column} 列处需要数值，却是一个条件。`,
    kinds: { indicator: "指标", section: "栏目", unit: "填报单位", rule: "规则" },
    where: (path: string) => `位置：${path}`,
  },
  cell: {
    // `typed` is what the clerk typed, already shortened; `example` is a valid entry for this indicator.
    notANumber: (typed: string, example: string) => `“${typed}”不是数字。请只填写数字，例如 ${example}。`,
    outOfRange: (typed: string) => `“${typed}”太大或太小，无法计算。请检查位数后重新填写。`,
    excelError: (error: string) => `单元格显示错误值 ${error}，通常是公式出错或数据未算完。请改正公式，或直接填写数字。`,
    ambiguousGrouping: (typed: string) => `“${typed}”中的逗号看不出是千位分隔还是小数点。请去掉逗号，小数用“.”，例如 1234.5。`,
    booleanInNumber: (typed: string, example: string) => `这里要填数字，不能填“${typed}”。请填写数字，例如 ${example}。`,
    dateNotAllowed: (date: string) => `单元格里是日期（${date}），此项不填日期。请把单元格格式改为“常规”后重新填写。`,
    unreadableValue: () => `无法读取这个单元格的值。请清除后重新填写。`,
    percentInNonPercent: (typed: string, example: string) => `“${typed}”带有百分号 %，但此项不是百分比。请去掉 %，只填写数字，例如 ${example}。`,
    ratioInNonRatio: (typed: string, example: string) => `“${typed}”是比例写法，但此项不是比例。请只填写一个数字，例如 ${example}。`,
    notARatio: (typed: string) => `“${typed}”不是比例。请写成“前项:后项”，例如 1:1.2，或只填一个数字。`,
    ratioZero: (typed: string) => `“${typed}”的后项是 0，比例无法计算。请检查后重新填写。`,
    scaleNotAllowed: (typed: string, example: string) => `“${typed}”带有“万/亿”等量级，此项不能这样写。请直接填写数字，例如 ${example}。`,
    wrongUnit: (typed: string, unit: string) => `“${typed}”的单位与此项的单位“${unit}”不符。请按“${unit}”只填写数字。`,
    unitNotExpected: (typed: string, example: string) => `“${typed}”带有单位或文字。请只填写数字，例如 ${example}。`,
    qualifierConflict: (typed: string, example: string) => `“${typed}”同时写了“约”“以上”等多种说法。请只填写一个数字，例如 ${example}。`,
    chineseNumerals: (typed: string, digits?: string) =>
      digits ? `“${typed}”是汉字数字。请改用阿拉伯数字填写：${digits}。` : `“${typed}”含有汉字数字。请改用阿拉伯数字填写，例如 98。`,
    notAChoice: (typed: string, choices: readonly string[]) => `“${typed}”不是可选项。请从以下选项中选择一项：${choices.join("、")}。`,
    noChoices: () => `此项没有设置可选项，无法填写。请联系下发指标表的单位。`,
    notBoolean: (typed: string) => `“${typed}”不是“是”或“否”。请填写“是”或“否”。`,
    unknownValueType: (valueType: string) => `未知的指标类型“${valueType}”，无法读取此单元格。请联系下发指标表的单位。`,
    percentMaybeFraction: (typed: string, points: string, alternative: string) =>
      `“${typed}”已按 ${points}% 读取。如果您的意思是 ${alternative}%，请填写 ${alternative}。`,
    percentMaybePoints: (typed: string, points: string, alternative: string) =>
      `“${typed}”已按小数写法读作 ${points}%。如果您的意思是 ${alternative}%，请填写 ${alternative}%。`,
  },
  rules: {
    unexpectedChar: (char: string, column: number, suggestion?: string) => `第 ${column} 列有无法识别的“${char}”。${suggestion ? `应写作“${suggestion}”。` : "规则只能使用指标编号、数字、+ - * /、比较符（= != < <= > >=）、and/or/not、括号和函数。"}`,
    unexpectedEnd: (expected: string) => `表达式不完整：末尾还缺少${zhExpected(expected)}。`,
    unexpectedToken: (found: string, column: number, expected: string) => `第 ${column} 列的“${found}”处应为${zhExpected(expected)}。`,
    chainedComparison: (column: number) => `第 ${column} 列：比较不能连写（如 a < b < c）。请写成 a < b and b < c。`,
    unknownFunction: (name: string, known: string, suggestion?: string) => `没有函数“${name}”。${suggestion ? `是否应为 ${suggestion}？` : ""}可用的函数：${known}。`,
    arity: (name: string, min: number, max: number | null, got: number) => `函数 ${name} 需要${max === null ? `至少 ${min} 个` : min === max ? ` ${min} 个` : ` ${min}～${max} 个`}参数，实际给了 ${got} 个。`,
    prevNeedsIndicator: () => `prev() 的参数只能是一个指标编号，例如 prev(preschool_rate)。`,
    unknownIndicator: (id: string, column: number, suggestion?: string) => `第 ${column} 列的“${id}”不是本指标集中的指标编号。${suggestion ? `是否应为“${suggestion}”？` : ""}`,
  },
};
