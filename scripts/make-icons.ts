// Writes assets/icon-{16,32,64,80,128}.png from the design in scripts/manifest/icon-art.ts.
// Run once after changing the design (`npx tsx scripts/make-icons.ts`) and commit the PNGs:
// the build copies them as they are, and tests/manifest checks they still match the design.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { ICON_SIZES, renderIcon } from "./manifest/icon-art";
import { encodePng } from "./manifest/png";

const assets = resolve(process.argv[2] ?? "assets");
mkdirSync(assets, { recursive: true });
for (const size of ICON_SIZES) {
  const file = resolve(assets, `icon-${size}.png`);
  const png = encodePng(size, size, renderIcon(size));
  writeFileSync(file, png);
  process.stdout.write(`wrote ${file} (${size}x${size}, ${png.length} bytes)\n`);
}
