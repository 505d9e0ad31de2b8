// How long the command line takes to start: the built bundle (what `npm run cli` and the
// example run) printing --help, spawned several times, next to a bare `node -e 0`.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..");
export const CLI_BUNDLE = join(ROOT, "dist-cli", "cli.js");

/** Median wall time of `runs` spawns, in seconds. */
function spawnTime(args: string[], runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: "utf8" });
    times.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (r.status !== 0) throw new Error(`node ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1]!;
}

export function benchStartup(say: (line: string) => void, runs = 7): number {
  if (!existsSync(CLI_BUNDLE)) throw new Error(`${CLI_BUNDLE} is missing: run bash scripts/build-cli`);
  spawnTime([CLI_BUNDLE, "--help"], 1); // file cache warm
  const cli = spawnTime([CLI_BUNDLE, "--help"], runs);
  const check = spawnTime([CLI_BUNDLE, "check-set", join("examples", "district-balanced-development.set.json")], 3);
  const bare = spawnTime(["-e", "0"], runs);
  say(`CLI start-up  --help: ${cli.toFixed(2)} s, check-set on the example: ${check.toFixed(2)} s (medians; goal < 0.3 s)   bare node -e 0: ${bare.toFixed(2)} s, so the CLI's own share is ${(cli - bare).toFixed(2)} s`);
  return cli;
}
