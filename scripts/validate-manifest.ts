// Offline verdict on the add-in manifest: `npm run validate` (tsx scripts/validate-manifest.ts manifest.xml).
// The logic lives in scripts/manifest/ so the tests can call it without spawning a process.
import { runValidate } from "./manifest/cli";

process.exitCode = runValidate(process.argv.slice(2), process.env, (line) => process.stdout.write(`${line}\n`));
