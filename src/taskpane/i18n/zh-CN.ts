// 简体中文：任务窗格界面文字。这是主语言，en-US.ts 以它的结构为准（类型检查保证键一致）。

export const zhCN = {
  productName: "指标表",
  description: "把工作方案变成指标表，校验各区、各校的填报，并自动汇总。",
  status: {
    connecting: "正在连接 Excel…",
    connectedTitle: "已连接 Excel",
    connectedDetail: (host: string, platform: string) => `宿主：${host}，平台：${platform}`,
    notInExcel: "未在 Excel 中运行：请在 Excel 中打开此加载项（开始 › 指标表）。",
  },
  // Office.PlatformType values; unknown ones are shown as-is.
  platforms: {
    PC: "Windows 桌面版",
    Mac: "Mac 版",
    OfficeOnline: "网页版",
    iOS: "iPad 版",
    Android: "Android 版",
    Universal: "通用版",
  } as Record<string, string>,
  set: {
    open: "打开指标集文件…",
    hint: "选择 .set.json 文件。格式说明见 docs/indicator-set-format.md。",
    reading: "正在读取…",
    loaded: (title: string, indicators: number, units: number, rules: number) => `“${title}”：${indicators} 个指标，${units} 个填报单位，${rules} 条规则。`,
    problems: (n: number) => `这个指标集有 ${n} 处问题，请修改文件后重新打开：`,
    where: (path: string, line?: number) => (line ? `第 ${line} 行，${path}` : path),
    columns: { id: "编号", name: "指标", unit: "单位", target: "目标" },
    write: "写入指标一览（当前工作簿）",
    writing: "正在写入…",
    written: (sheets: string) => `已写入工作表：${sheets}。`,
    conflict: (sheets: string) => `工作簿中已有同名工作表：${sheets}。替换会删除这些工作表及其内容。`,
    replace: "替换",
    cancel: "取消",
    needsExcel: "写入工作簿需要在 Excel 中打开此加载项。",
    failed: (detail: string) => `写入失败：${detail}`,
  },
  jobs: {
    label: "指标表的功能",
    comingSoon: "即将推出。",
    needsExcel: "请在 Excel 中打开后使用。",
    set: { title: "指标集", description: "从工作方案整理出指标、口径和目标值。" },
    generate: { title: "生成填报表", description: "为各区、各学校生成带下拉和校验的填报表。" },
    check: { title: "校验", description: "检查收回的填报表：漏填、格式错误、超出范围。" },
    summarize: { title: "汇总", description: "把通过校验的填报表汇总成一张总表。" },
  },
};
