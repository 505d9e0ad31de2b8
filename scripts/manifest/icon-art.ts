// The add-in icon, drawn in code so every size comes from one design: a blue table (header row
// plus grid) with a green check-mark badge, i.e. "a target table that has been checked".
// Shapes live in unit coordinates; edges and lines snap to whole pixels so the 16 px icon stays
// crisp, and a 4x4 supersample per pixel softens the diagonals of the badge and the check.

/** 64/128 for IconUrl/HighResolutionIconUrl, 16/32/80 for the ribbon. */
export const ICON_SIZES = [16, 32, 64, 80, 128] as const;

type Rgb = readonly [number, number, number];
const BLUE: Rgb = [0x1d, 0x5f, 0xa8];
const GRID: Rgb = [0x9c, 0xbd, 0xe2];
const PAPER: Rgb = [0xff, 0xff, 0xff];
const GREEN: Rgb = [0x21, 0x9a, 0x4b];

type Inside = (x: number, y: number) => boolean;
interface Layer {
  color: Rgb;
  inside: Inside;
}

function roundedRect(x0: number, y0: number, x1: number, y1: number, r: number): Inside {
  return (x, y) => {
    if (x < x0 || x > x1 || y < y0 || y > y1) return false;
    const cx = Math.min(Math.max(x, x0 + r), x1 - r);
    const cy = Math.min(Math.max(y, y0 + r), y1 - r);
    return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
  };
}

function rect(x0: number, y0: number, x1: number, y1: number): Inside {
  return (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
}

function circle(cx: number, cy: number, r: number): Inside {
  return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function polyline(points: readonly (readonly [number, number])[], halfWidth: number): Inside {
  return (x, y) => {
    for (let i = 1; i < points.length; i++) {
      const [ax, ay] = points[i - 1]!;
      const [bx, by] = points[i]!;
      const dx = bx - ax;
      const dy = by - ay;
      const t = Math.min(1, Math.max(0, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
      if ((x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= halfWidth * halfWidth) return true;
    }
    return false;
  };
}

function layers(size: number): Layer[] {
  const px = 1 / size;
  const snap = (v: number) => Math.round(v * size) / size; // to a pixel boundary
  const line = Math.max(px, 0.035); // never thinner than one pixel

  const left = snap(0.04);
  const top = snap(0.08);
  const right = snap(0.88);
  const bottom = snap(0.9);
  const frame = Math.max(px, snap(0.05));
  const inLeft = left + frame;
  const inRight = right - frame;
  const inTop = top + frame;
  const inBottom = bottom - frame;
  const headerBottom = snap(inTop + (inBottom - inTop) * 0.24);

  const grid: Layer[] = [];
  for (const f of [1 / 3, 2 / 3]) {
    const x = snap(inLeft + (inRight - inLeft) * f);
    grid.push({ color: GRID, inside: rect(x, headerBottom, x + line, inBottom) });
    const y = snap(headerBottom + (inBottom - headerBottom) * f);
    grid.push({ color: GRID, inside: rect(inLeft, y, inRight, y + line) });
  }

  const badge = { x: 0.72, y: 0.72, r: 0.235 };
  const ring = Math.max(px, 0.045); // white gap that separates the badge from the table
  const check: [number, number][] = [
    [badge.x - 0.12, badge.y + 0.005],
    [badge.x - 0.035, badge.y + 0.09],
    [badge.x + 0.125, badge.y - 0.085],
  ];

  return [
    { color: BLUE, inside: roundedRect(left, top, right, bottom, Math.max(px, 0.06)) },
    { color: PAPER, inside: rect(inLeft, headerBottom, inRight, inBottom) },
    ...grid,
    { color: PAPER, inside: circle(badge.x, badge.y, badge.r + ring) },
    { color: GREEN, inside: circle(badge.x, badge.y, badge.r) },
    { color: PAPER, inside: polyline(check, Math.max(0.8 * px, 0.04)) },
  ];
}

/** Straight-alpha RGBA pixels of the icon at size x size. Deterministic (the test relies on it). */
export function renderIcon(size: number): Uint8Array {
  const samples = 4;
  const out = new Uint8Array(size * size * 4);
  const stack = layers(size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      // Composite each layer with "over", using its coverage of this pixel as alpha.
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (const layer of stack) {
        let hits = 0;
        for (let sy = 0; sy < samples; sy++) {
          for (let sx = 0; sx < samples; sx++) {
            if (layer.inside((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size)) hits++;
          }
        }
        const sa = hits / (samples * samples);
        if (sa === 0) continue;
        const na = sa + a * (1 - sa);
        r = (layer.color[0] * sa + r * a * (1 - sa)) / na;
        g = (layer.color[1] * sa + g * a * (1 - sa)) / na;
        b = (layer.color[2] * sa + b * a * (1 - sa)) / na;
        a = na;
      }
      const at = (py * size + px) * 4;
      out[at] = Math.round(r);
      out[at + 1] = Math.round(g);
      out[at + 2] = Math.round(b);
      out[at + 3] = Math.round(a * 255);
    }
  }
  return out;
}
