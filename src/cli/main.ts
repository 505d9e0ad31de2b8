// The command-line front end: a thin layer that reads arguments and calls the same core the
// task pane uses. Results go to stdout, messages to stderr; exit 0 ok, 1 findings, 2 unusable.
import { localeFrom } from "../core/i18n/messages";
import { printable, printableJson } from "../core/text/printable";
import { UsageError } from "./args";
import { EXIT, type CliIO, type CliSinks, type ExitCode } from "./io";
import { cliMessages, type CliMessages } from "./i18n/messages";
import { checkSet } from "./commands/check-set";
import { example } from "./commands/example";
import { overview } from "./commands/overview";
import { extract } from "./commands/extract";
import { template } from "./commands/template";
import { validate } from "./commands/validate";
import { summarize } from "./commands/summarize";
import { quotas } from "./commands/quotas";

type Command = (argv: readonly string[], io: CliIO) => Promise<ExitCode>;

// in the order --help lists them; each one's help line is the catalogue's help[name]
const COMMANDS: Record<keyof Omit<CliMessages["help"], "head" | "tail">, Command> = {
  example,
  "check-set": checkSet,
  overview,
  extract,
  quotas,
  template,
  validate,
  summarize,
};
const isCommand = (name: string): name is keyof typeof COMMANDS => Object.hasOwn(COMMANDS, name);

function helpText(m: CliMessages): string {
  return [m.help.head, ...Object.keys(COMMANDS).map((c) => "  " + m.help[c as keyof typeof COMMANDS]), m.help.tail].join("\n");
}

export async function runCli(argv: readonly string[], sinks: CliSinks): Promise<ExitCode> {
  // --lang may stand anywhere; take it out before the command sees its arguments.
  const rest = [...argv];
  let lang: string | undefined;
  const li = rest.findIndex((a) => a === "--lang" || a.startsWith("--lang="));
  if (li >= 0) {
    lang = rest[li]!.includes("=") ? rest[li]!.split("=")[1] : rest[li + 1];
    rest.splice(li, rest[li]!.includes("=") ? 1 : 2);
  }
  const locale = localeFrom(lang ?? sinks.env.INDICATOR_TABLES_LANG ?? sinks.env.LC_ALL ?? sinks.env.LANG);
  const m = cliMessages(locale);
  // The one place where printed text is made safe for a terminal: every line of every command.
  const io: CliIO = {
    stdout: (line) => sinks.stdout(printable(line)),
    stderr: (line) => sinks.stderr(printable(line)),
    json: (value) => sinks.stdout(printableJson(value)),
    locale,
    cwd: sinks.cwd,
  };
  // our own help text has line breaks; it is printed a line at a time like everything else
  const help = (text: string) => text.split("\n").forEach((line) => io.stdout(line));
  const [name, ...args] = rest;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    help(helpText(m));
    return name ? EXIT.ok : EXIT.unusable;
  }
  if (!isCommand(name)) {
    io.stderr(m.usage.unknownCommand(name));
    return EXIT.unusable;
  }
  if (args.includes("--help") || args.includes("-h")) {
    help(m.help[name]);
    return EXIT.ok;
  }
  try {
    return await COMMANDS[name](args, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(m.usage.error(e.detail[locale]));
      return EXIT.unusable;
    }
    io.stderr(m.internal(e instanceof Error ? e.message : String(e)));
    return EXIT.unusable;
  }
}

if (require.main === module) {
  // `… | head` closes the pipe early: stop writing instead of dying on EPIPE
  let closed = false;
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code !== "EPIPE") throw e;
    closed = true;
  });
  runCli(process.argv.slice(2), {
    stdout: (t) => closed || process.stdout.write(t + "\n"),
    stderr: (t) => process.stderr.write(t + "\n"),
    cwd: process.cwd(),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  });
}
