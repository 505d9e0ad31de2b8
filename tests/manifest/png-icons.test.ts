// PNG writing/reading used by make-icons and the icon checks, and the committed icons: they
// must be exactly what scripts/make-icons.ts draws now (so nobody hand-edits one size only).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ICON_SIZES, renderIcon } from "../../scripts/manifest/icon-art";
import { crc32, decodePngRgba, encodePng, readPngHeader } from "../../scripts/manifest/png";
import { repoRoot } from "./helpers";

describe("png", () => {
  it("computes the standard CRC-32", () => {
    expect(crc32(new TextEncoder().encode("123456789"))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("round-trips RGBA pixels", () => {
    const rgba = new Uint8Array(3 * 2 * 4).map((_, i) => (i * 37) & 0xff);
    const png = encodePng(3, 2, rgba);
    expect(readPngHeader(png)).toEqual({ ok: true, width: 3, height: 2, bitDepth: 8, colorType: 6 });
    expect(decodePngRgba(png)).toEqual({ width: 3, height: 2, rgba });
  });

  it("refuses what is not a PNG, or a truncated or damaged one", () => {
    expect(readPngHeader(new TextEncoder().encode("<svg/>"))).toMatchObject({ ok: false, reason: expect.stringContaining("signature") });
    const png = encodePng(4, 4, new Uint8Array(64));
    expect(readPngHeader(png.subarray(0, 20))).toMatchObject({ ok: false, reason: expect.stringContaining("truncated") });
    const damaged = Uint8Array.from(png);
    damaged[19] = damaged[19]! ^ 0xff; // flip the height byte
    expect(readPngHeader(damaged)).toMatchObject({ ok: false, reason: expect.stringContaining("CRC") });
  });
});

describe("committed icons", () => {
  it.each(ICON_SIZES.map((s) => [s]))("assets/icon-%i.png is current with scripts/make-icons.ts", (size) => {
    const file = readFileSync(join(repoRoot, "assets", `icon-${size}.png`));
    const decoded = decodePngRgba(file);
    expect([decoded.width, decoded.height]).toEqual([size, size]);
    // On failure: run `npx tsx scripts/make-icons.ts` and commit the PNGs.
    expect(Buffer.from(decoded.rgba).equals(Buffer.from(renderIcon(size)))).toBe(true);
  });

  it("draw a blue table and a green badge on a transparent background", () => {
    const size = 64;
    const rgba = renderIcon(size);
    const px = (x: number, y: number) => Array.from(rgba.subarray((y * size + x) * 4, (y * size + x) * 4 + 4));
    expect(px(0, 0)[3]).toBe(0); // corner is transparent
    const [r, g, b, a] = px(Math.round(size * 0.3), Math.round(size * 0.14)); // header row
    expect(a).toBe(255);
    expect(b).toBeGreaterThan(r! + 60);
    expect(b).toBeGreaterThan(g!);
    const [r2, g2, b2] = px(Math.round(size * 0.72), Math.round(size * 0.55)); // badge, above the check
    expect(g2).toBeGreaterThan(r2! + 60);
    expect(g2).toBeGreaterThan(b2!);
  });
});
