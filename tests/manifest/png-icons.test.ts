// PNG reading/writing used by the icon checks (pngjs), and the committed icons: they must be
// what scripts/make-icons.ts renders from the SVG sources now (so nobody hand-edits one size only).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ICON_SIZES, iconSource, renderIcon, resvgProblem } from "../../scripts/manifest/icon-art";
import { decodePngRgba, encodePng, readPngHeader } from "../../scripts/manifest/png";
import { repoRoot } from "./helpers";

describe("png", () => {
  it("round-trips RGBA pixels", () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) & 0xff);
    const png = encodePng(3, 2, rgba);
    expect(readPngHeader(png)).toEqual({ ok: true, width: 3, height: 2, bitDepth: 8, colorType: 6 });
    expect(decodePngRgba(png)).toEqual({ width: 3, height: 2, rgba });
  });

  it("refuses what is not a PNG, or a truncated or damaged one", () => {
    expect(readPngHeader(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toMatchObject({ ok: false, reason: expect.stringContaining("signature") });
    const png = encodePng(4, 4, new Uint8Array(64));
    expect(readPngHeader(png.subarray(0, 20))).toMatchObject({ ok: false, reason: expect.stringContaining("truncated") });
    expect(readPngHeader(png.subarray(0, png.length - 12))).toMatchObject({ ok: false, reason: expect.stringContaining("truncated") });
    const damaged = Uint8Array.from(png);
    damaged[19] = damaged[19]! ^ 0xff; // flip the height byte
    expect(readPngHeader(damaged)).toMatchObject({ ok: false, reason: expect.stringContaining("CRC") });
    const badData = Uint8Array.from(png);
    badData[45] = badData[45]! ^ 0xff; // inside the image data: the whole file is read, not just its header
    expect(readPngHeader(badData)).toMatchObject({ ok: false, reason: expect.stringContaining("damaged") });
  });
});

// resvg ships a native build per platform; without one, skip loudly (fail under CI=true).
const noResvg = resvgProblem();
if (noResvg) {
  const reason = `@resvg/resvg-js cannot load on this platform (${noResvg}); the committed icons are not compared with their SVGs`;
  if (process.env.CI === "true") throw new Error(`CI=true and ${reason}`);
  process.stderr.write(`\n*** SKIPPED: ${reason} ***\n\n`);
}

(noResvg ? describe.skip : describe)("committed icons", () => {
  // resvg is deterministic; the margin allows for rounding in another platform's native build.
  const close = (a: Uint8Array, b: Uint8Array) => a.length === b.length && a.every((v, i) => Math.abs(v - b[i]!) <= 3);

  it.each(ICON_SIZES.map((s) => [s]))("assets/icon-%i.png is current with its SVG source", (size) => {
    const file = readFileSync(join(repoRoot, "assets", `icon-${size}.png`));
    const decoded = decodePngRgba(file);
    expect([decoded.width, decoded.height]).toEqual([size, size]);
    // On failure: run `npx tsx scripts/make-icons.ts` and commit the PNGs.
    expect(close(decoded.rgba, renderIcon(size))).toBe(true);
  });

  it("the 16 px icon has its own drawing; the others come from icon.svg", () => {
    expect(iconSource(16)).toBe(join(repoRoot, "assets", "icon-16.svg"));
    for (const size of ICON_SIZES.filter((s) => s !== 16)) expect(iconSource(size)).toBe(join(repoRoot, "assets", "icon.svg"));
  });

  it.each([16, 64])("at %i px: a blue table and a green badge on a transparent background", (size) => {
    const rgba = renderIcon(size);
    const px = (fx: number, fy: number) => {
      const at = (Math.round(size * fy) * size + Math.round(size * fx)) * 4;
      return Array.from(rgba.subarray(at, at + 4));
    };
    expect(px(0, 0)[3]).toBe(0); // corner is transparent
    const [r, g, b, a] = px(0.3, 0.14); // header row
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r! + 60);
    expect(b).toBeGreaterThan(g!);
    const [r2, g2, b2] = px(0.72, 0.58); // badge, above the check
    expect(g2).toBeGreaterThan(r2! + 60);
    expect(g2).toBeGreaterThan(b2!);
  });

  it("an edited SVG changes the rendering (the source really is the SVG)", () => {
    const dir = mkdtempSync(join(tmpdir(), "it-icons-"));
    try {
      writeFileSync(join(dir, "icon.svg"), readFileSync(join(repoRoot, "assets", "icon.svg"), "utf8").replaceAll("#1d5fa8", "#a81d1d"));
      const [r, , b] = Array.from(renderIcon(64, dir).subarray((Math.round(64 * 0.14) * 64 + Math.round(64 * 0.3)) * 4));
      expect(r).toBeGreaterThan(b! + 60);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
