// Draws the app icons with pngjs: manifest/color.png (192x192, full colour) and manifest/outline.png
// (32x32, white on transparent), as the Teams manifest requires. The motif is a factory with a sawtooth roof
// and a chimney: the network is one of industrial municipalities.
// Run from the repository root: node manifest/make-icons.mjs
// The output is deterministic, so a test can check that the committed icons match this script.
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PNG } from 'pngjs';

const here = dirname(fileURLToPath(import.meta.url));
export const ACCENT = [0x00, 0x5a, 0x9e]; // same as accentColor in manifest.json

// Shapes in unit coordinates (0..1, y downwards).
const rect = (x0, y0, x1, y1) => [[x0, y0], [x1, y0], [x1, y1], [x0, y1]];
const FILLED = [
  rect(0.18, 0.56, 0.82, 0.80), // hall
  [[0.18, 0.56], [0.18, 0.40], [0.34, 0.56]], // sawtooth roof, three teeth
  [[0.34, 0.56], [0.34, 0.40], [0.50, 0.56]],
  [[0.50, 0.56], [0.50, 0.40], [0.66, 0.56]],
  rect(0.68, 0.22, 0.78, 0.56), // chimney
];
const HOLES = [rect(0.26, 0.63, 0.36, 0.72), rect(0.45, 0.63, 0.55, 0.72), rect(0.64, 0.63, 0.74, 0.72)];

function inside(poly, x, y) {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i];
    const [xj, yj] = poly[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

/** Share (0..1) of a pixel covered by the motif, from 4x4 supersampling. */
function coverage(px, py, size) {
  const n = 4;
  let covered = 0;
  for (let sy = 0; sy < n; sy++) {
    for (let sx = 0; sx < n; sx++) {
      const x = (px + (sx + 0.5) / n) / size;
      const y = (py + (sy + 0.5) / n) / size;
      if (FILLED.some((p) => inside(p, x, y)) && !HOLES.some((p) => inside(p, x, y))) covered++;
    }
  }
  return covered / (n * n);
}

function draw(size, pixel) {
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const [r, g, b, a] = pixel(coverage(x, y, size));
      const i = (y * size + x) * 4;
      png.data[i] = r;
      png.data[i + 1] = g;
      png.data[i + 2] = b;
      png.data[i + 3] = a;
    }
  }
  return PNG.sync.write(png, { colorType: 6 });
}

/** Colour icon: white motif on the accent colour, filling the whole square. */
export function colorIcon() {
  return draw(192, (c) => [
    Math.round(ACCENT[0] + (255 - ACCENT[0]) * c),
    Math.round(ACCENT[1] + (255 - ACCENT[1]) * c),
    Math.round(ACCENT[2] + (255 - ACCENT[2]) * c),
    255,
  ]);
}

/** Outline icon: pure white, the motif's coverage in the alpha channel, transparent elsewhere. */
export function outlineIcon() {
  return draw(32, (c) => [255, 255, 255, Math.round(255 * c)]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(join(here, 'color.png'), colorIcon());
  writeFileSync(join(here, 'outline.png'), outlineIcon());
  console.log('Wrote manifest/color.png (192x192) and manifest/outline.png (32x32).');
}
