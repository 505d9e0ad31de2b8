// The task pane's first download: the JavaScript the page loads before anything is clicked
// (chunks loaded later, such as the .xlsx reader or extraction, are listed apart), gzipped.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

export function benchTaskpaneSize(say: (line: string) => void): void {
  const out = mkdtempSync(join(tmpdir(), "it-bench-pane-"));
  try {
    const cli = require.resolve("webpack-cli/bin/cli.js");
    const r = spawnSync(process.execPath, [cli, "--mode", "production", "--output-path", out], { cwd: join(__dirname, ".."), encoding: "utf8" });
    if (r.status !== 0) {
      say(`task pane size: the build failed\n${r.stdout}${r.stderr}`);
      return;
    }
    const html = readFileSync(join(out, "taskpane.html"), "utf8");
    const gz = (f: string) => gzipSync(readFileSync(join(out, f)), { level: 9 }).length / 1024;
    const scripts = readdirSync(out).filter((f) => f.endsWith(".js"));
    const initial = scripts.filter((f) => html.includes(f));
    const later = scripts.filter((f) => !html.includes(f));
    const first = initial.reduce((n, f) => n + gz(f), 0);
    say(
      `task pane initial JS: ${first.toFixed(0)} KB gzip (goal ≤ 200 KB)   loaded on demand: ${later.map((f) => `${gz(f).toFixed(0)} KB`).join(", ")}`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
