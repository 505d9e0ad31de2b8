// Writes assets/icon-{16,32,64,80,128}.png from the SVG sources assets/icon.svg and
// assets/icon-16.svg (see scripts/manifest/icon-art.ts). Run after editing an SVG
// (`npx tsx scripts/make-icons.ts`) and commit the PNGs: the build copies them as they are,
// and tests/manifest checks they still match the SVGs.
import { mkdirSync, writeFileSync } from "node:fs";
import { relative, resolve } from "node:path";
import { ICON_SIZES, iconSource, renderIconPng } from "./manifest/icon-art";

const assets = resolve(process.argv[2] ?? "assets");
mkdirSync(assets, { recursive: true });
for (const size of ICON_SIZES) {
  const file = resolve(assets, `icon-${size}.png`);
  const png = renderIconPng(size);
  writeFileSync(file, png);
  process.stdout.write(`wrote ${file} (${size}x${size} from ${relative(process.cwd(), iconSource(size))}, ${png.length} bytes)\n`);
}
