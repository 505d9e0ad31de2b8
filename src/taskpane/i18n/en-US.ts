// English task-pane strings; same shape as zh-CN.ts, which is the reference language.
import type { TaskpaneStrings } from "./strings";

export const enUS: TaskpaneStrings = {
  productName: "Indicator Tables",
  description: "Turn a work plan into target tables, check what districts and schools submit, and sum it up.",
  status: {
    connecting: "Connecting to Excel…",
    connectedTitle: "Connected to Excel",
    connectedDetail: (host, platform) => `Host: ${host}, platform: ${platform}`,
    notInExcel: "Not running in Excel: open this add-in in Excel (Home › Indicator Tables).",
  },
  platforms: {
    PC: "Windows desktop",
    Mac: "Mac",
    OfficeOnline: "Excel on the web",
    iOS: "iPad",
    Android: "Android",
    Universal: "Universal",
  },
  set: {
    open: "Open an indicator set file…",
    hint: "Choose a .set.json file. The format is described in docs/indicator-set-format.md.",
    reading: "Reading…",
    loaded: (title, indicators, units, rules) => `"${title}": ${indicators} indicators, ${units} reporting units, ${rules} rules.`,
    problems: (n) => `This indicator set has ${n} problem(s); fix the file and open it again:`,
    where: (path, line) => (line ? `line ${line}, ${path}` : path),
    columns: { id: "Id", name: "Indicator", unit: "Unit", target: "Target" },
    write: "Write the indicator list here",
    writing: "Writing…",
    written: (sheets) => `Wrote sheets: ${sheets}.`,
    conflict: (sheets) => `The workbook already has sheets named ${sheets}. Replacing deletes them and their content.`,
    replace: "Replace",
    cancel: "Cancel",
    needsExcel: "Writing into a workbook needs the add-in opened in Excel.",
    failed: (detail) => `Writing failed: ${detail}`,
  },
  jobs: {
    label: "Indicator Tables jobs",
    comingSoon: "Coming soon.",
    needsExcel: "Available once opened in Excel.",
    set: { title: "Indicator set", description: "Pull the indicators, definitions and targets out of a work plan." },
    generate: { title: "Make forms", description: "Generate fill-in forms with drop-downs and checks for each district and school." },
    check: { title: "Check", description: "Check returned forms: blanks, bad formats, out-of-range values." },
    summarize: { title: "Sum up", description: "Combine the forms that pass into one summary table." },
  },
};
