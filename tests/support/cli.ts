// Run the command line in-process and capture what it prints, as the CLI tests need.
import { join } from "node:path";
import { runCli } from "../../src/cli/main";

export const ROOT = join(__dirname, "../..");

export async function cli(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), cwd, env });
  return { code, stdout: out.join("\n"), stderr: err.join("\n") };
}
