// The add-in icon comes from SVG sources a designer can edit: assets/icon.svg, and
// assets/icon-16.svg drawn on the 16 px grid so the smallest ribbon icon stays crisp.
// @resvg/resvg-js rasterises them; pngjs reads the pixels back for the tests. resvg is a native
// build per platform (an optional npm package), so it is loaded only when an icon is rendered:
// the manifest checks never need it, and a platform without a build can say so.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { decodePngRgba } from "./png";

type ResvgModule = typeof import("@resvg/resvg-js");
let resvg: ResvgModule | undefined;
const loadResvg = (): ResvgModule => (resvg ??= createRequire(__filename)("@resvg/resvg-js") as ResvgModule);

/** Why icons cannot be rendered here (no resvg build for this platform), or undefined. */
export function resvgProblem(): string | undefined {
  try {
    loadResvg();
    return undefined;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/** 64/128 for IconUrl/HighResolutionIconUrl, 16/32/80 for the ribbon. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

const ASSETS = resolve(__dirname, "../../assets");

/** The SVG drawn for this size: its own file when there is one (icon-16.svg), else icon.svg. */
export function iconSource(size: number, assets = ASSETS): string {
  const own = join(assets, `icon-${size}.svg`);
  try {
    readFileSync(own);
    return own;
  } catch {
    return join(assets, "icon.svg");
  }
}

/** The icon at size x size as a PNG file's bytes. */
export function renderIconPng(size: number, assets = ASSETS): Uint8Array {
  const svg = readFileSync(iconSource(size, assets));
  // no text in the icon: skipping the system fonts keeps rendering fast and machine-independent
  return new Uint8Array(new (loadResvg().Resvg)(svg, { fitTo: { mode: "width", value: size }, font: { loadSystemFonts: false } }).render().asPng());
}

/** Straight-alpha RGBA pixels of the icon at size x size. */
export function renderIcon(size: number, assets = ASSETS): Uint8Array {
  return decodePngRgba(renderIconPng(size, assets)).rgba;
}
