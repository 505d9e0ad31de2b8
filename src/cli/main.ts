// The command-line front end: a thin layer that reads arguments and calls the same core the
// task pane uses. Results go to stdout, messages to stderr; exit 0 ok, 1 findings, 2 unusable.
import { localeFrom, type Locale } from "../core/i18n/messages";
import { UsageError } from "./args";
import { EXIT, type CliIO, type ExitCode } from "./io";
import { cliText } from "./text";
import { checkSet, checkSetHelp } from "./commands/check-set";
import { example, exampleHelp } from "./commands/example";
import { overview, overviewHelp } from "./commands/overview";
import { extract, extractHelp } from "./commands/extract";
import { template, templateHelp } from "./commands/template";
import { validate, validateHelp } from "./commands/validate";
import { summarize, summarizeHelp } from "./commands/summarize";
import { quotas, quotasHelp } from "./commands/quotas";

type Command = (argv: readonly string[], io: CliIO) => Promise<ExitCode>;

const COMMANDS: Record<string, { run: Command; help: Record<Locale, string> }> = {
  example: { run: example, help: exampleHelp },
  "check-set": { run: checkSet, help: checkSetHelp },
  overview: { run: overview, help: overviewHelp },
  extract: { run: extract, help: extractHelp },
  quotas: { run: quotas, help: quotasHelp },
  template: { run: template, help: templateHelp },
  validate: { run: validate, help: validateHelp },
  summarize: { run: summarize, help: summarizeHelp },
};

function helpText(locale: Locale): string {
  const head =
    locale === "zh-CN"
      ? "指标表 命令行\n\n用法：npm run -s cli -- 命令 [参数]\n\n命令："
      : "Indicator Tables command line\n\nUsage: npm run -s cli -- COMMAND [ARGS]\n\nCommands:";
  const tail =
    locale === "zh-CN"
      ? "\n通用选项：--lang zh-CN|en-US（默认跟随 LANG，中文优先）  --help\n退出码：0 成功；1 输入可读但有问题；2 输入无法使用或用法错误。"
      : "\nCommon options: --lang zh-CN|en-US (default from LANG, Chinese first)  --help\nExit codes: 0 success; 1 input read but has findings; 2 unusable input or usage.";
  return [head, ...Object.values(COMMANDS).map((c) => "  " + c.help[locale]), tail].join("\n");
}

export async function runCli(argv: readonly string[], io: Omit<CliIO, "locale"> & { env: Record<string, string | undefined> }): Promise<ExitCode> {
  // --lang may stand anywhere; take it out before the command sees its arguments.
  const rest = [...argv];
  let lang: string | undefined;
  const li = rest.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (li >= 0) {
    lang = rest[li]!.includes("=") ? rest[li]!.split("=")[1] : rest[li + 1];
    rest.splice(li, rest[li]!.includes("=") ? 1 : 2);
  }
  const locale = localeFrom(lang ?? io.env.INDICATOR_TABLES_LANG ?? io.env.LC_ALL ?? io.env.LANG);
  const ctx: CliIO = { ...io, locale };
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    ctx.stdout(helpText(locale));
    return name ? EXIT.ok : EXIT.unusable;
  }
  const command = COMMANDS[name];
  if (!command) {
    ctx.stderr(cliText.unknownCommand(name)[locale]);
    return EXIT.unusable;
  }
  if (args.includes("--help") || args.includes("-h")) {
    ctx.stdout(command.help[locale]);
    return EXIT.ok;
  }
  try {
    return await command.run(args, ctx);
  } catch (e) {
    if (e instanceof UsageError) {
      ctx.stderr(cliText.usage(e.message)[locale]);
      return EXIT.unusable;
    }
    ctx.stderr(cliText.internal(e instanceof Error ? e.message : String(e))[locale]);
    return EXIT.unusable;
  }
}

if (require.main === module) {
  runCli(process.argv.slice(2), {
    stdout: (t) => process.stdout.write(t + "\n"),
    stderr: (t) => process.stderr.write(t + "\n"),
    cwd: process.cwd(),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
