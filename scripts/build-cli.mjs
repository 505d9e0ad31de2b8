// Bundles the command line (or, with `bench`, the benchmark) into one CommonJS file for Node 20,
// dependencies left in node_modules. Node starts that at once, where tsx compiled the TypeScript
// on every start. Run through scripts/build-cli, which builds only when a source changed.
import { build } from "esbuild";
import { mkdirSync, renameSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const requireHere = createRequire(join(root, "package.json"));

// Each target is built with the worker thread the check uses on many files, beside it.
const WORKER = { entry: "src/cli/check-worker.ts", out: "dist-cli/check-worker.js" };
const TARGETS = {
  cli: [{ entry: "src/cli/main.ts", out: "dist-cli/cli.js" }, WORKER],
  bench: [{ entry: "bench/main.ts", out: "dist-cli/bench.js" }, WORKER],
};

// Packages that take long to load (exceljs alone ~300 ms, jszip with pako ~50 ms) and that no
// command needs before it has work for them: the bundle loads each on first use of one of its
// exports, so --help or a set check does not pay for the .xlsx and .docx readers.
const LAZY = ["exceljs", "jszip", "mammoth", "htmlparser2", "chardet", "opencc-js/t2cn"];
// Bundled instead of left in node_modules: zod's ~90 files are resolved and compiled on every
// start otherwise (the set schema needs it at once), about 40 ms more.
const BUNDLED = ["zod"];

/** A stand-in module whose exports require the real package when first read. */
function lazyModule(path) {
  const real = requireHere(path);
  // the real module once: require() on every read of an export costs a module lookup each time
  const load = `let real; const load = () => (real ??= require(${JSON.stringify(path)}));`;
  // the export names, read from the installed version (a rebuild follows package-lock.json)
  const keys = JSON.stringify(Object.getOwnPropertyNames(real).filter((k) => k !== "__esModule"));
  if (typeof real === "object" && real !== null) {
    return [
      load,
      ...(real.__esModule ? [`Object.defineProperty(exports, "__esModule", { value: true });`] : []),
      `for (const key of ${keys}) Object.defineProperty(exports, key, { enumerable: true, get: () => load()[key] });`,
    ].join("\n");
  }
  if (typeof real === "function") {
    // a constructor with statics (JSZip, JSZip.loadAsync): a proxy that calls, constructs and
    // reads through to the real one; its own names are known without loading it
    return [
      load,
      `module.exports = new Proxy(function () { "use strict"; }, {`,
      `  get: (_, key) => (key === "__esModule" ? ${JSON.stringify(real.__esModule)} : load()[key]),`,
      `  has: (_, key) => key in load(),`,
      `  ownKeys: () => ${keys},`,
      `  apply: (_, self, args) => Reflect.apply(load(), self, args),`,
      `  construct: (_, args) => Reflect.construct(load(), args),`,
      `});`,
    ].join("\n");
  }
  throw new Error(`${path} exports a ${typeof real}: it cannot be loaded lazily`);
}

/** Each module keeps the __dirname of its source file (as a path relative to the bundle):
 *  src/cli/commands/example.ts finds examples/ three folders up, bench files one, and so on. */
function sourceDirname(outDir) {
  return {
    name: "source-dirname",
    setup(b) {
      b.onLoad({ filter: /\.tsx?$/ }, async (args) => {
        if (args.path.split(sep).includes("node_modules")) return undefined;
        const text = await readFile(args.path, "utf8");
        if (!/\b__dirname\b/.test(text)) return undefined;
        const rel = relative(outDir, dirname(args.path)).split(sep).join("/");
        const contents = `const __sourceDirname = require("node:path").join(__dirname, ${JSON.stringify(rel)});\n` + text.replace(/\b__dirname\b/g, "__sourceDirname");
        return { contents, loader: args.path.endsWith("x") ? "tsx" : "ts" };
      });
    },
  };
}

/** Packages stay in node_modules (all but BUNDLED), the LAZY ones behind a stand-in. */
const packages = {
  name: "packages",
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.namespace === "lazy") return { path: args.path, external: true };
      if (LAZY.includes(args.path)) return { path: args.path, namespace: "lazy" };
      if (BUNDLED.some((p) => args.path === p || args.path.startsWith(p + "/"))) return undefined;
      return { path: args.path, external: true };
    });
    b.onLoad({ filter: /.*/, namespace: "lazy" }, (args) => ({ contents: lazyModule(args.path), loader: "js", resolveDir: root }));
  },
};

const name = process.argv[2] ?? "cli";
const target = TARGETS[name];
if (!target) {
  console.error(`usage: node scripts/build-cli.mjs [${Object.keys(TARGETS).join("|")}]`);
  process.exit(2);
}
// the worker first: the main bundle's time is what scripts/build-cli compares sources against
for (const { entry, out: rel } of [...target].reverse()) {
  const out = join(root, rel);
  mkdirSync(dirname(out), { recursive: true });
  const tmp = `${out}.${process.pid}.tmp`;
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: tmp,
    bundle: true,
    platform: "node",
    target: "node20",
    format: "cjs",
    plugins: [sourceDirname(dirname(out)), packages],
    logLevel: "warning",
    legalComments: "none",
  });
  // a finished file or none: two builds at once (tests and a script) never leave half a bundle
  renameSync(tmp, out);
  console.error(`built ${rel}`);
}
