// The committed store images (scripts/store-images.mjs, `npm run store:images`): every image the
// script lists is in store/images and nothing else is, each at exactly its store size; the
// store icon keeps its artwork inside 16 px of transparent padding; the screenshots cover every
// language in light and dark. No browser: the PNGs are read here with node:zlib.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { LOCALES, OUT_DIR, SCREENSHOT, SHOTS, outputs } from '../../scripts/store-images.mjs';

interface Png {
  width: number;
  height: number;
  channels: number;
  pixels: Uint8Array;
}

/** The IHDR size, without decoding the image. */
function pngSize(file: Buffer): { width: number; height: number } {
  expect(file.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(file.subarray(12, 16).toString('ascii')).toBe('IHDR');
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

/** A small PNG decoder: 8-bit RGB or RGBA, not interlaced, which is what Chromium and resvg write. */
function decodePng(file: Buffer): Png {
  const { width, height } = pngSize(file);
  const [depth, colour, , , interlace] = file.subarray(24, 29);
  expect({ depth, interlace }).toEqual({ depth: 8, interlace: 0 });
  const channels = ({ 2: 3, 6: 4 } as Record<number, number>)[colour!];
  if (!channels) throw new Error(`PNG colour type ${colour} not handled`);
  const idat: Buffer[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at);
    const type = file.subarray(at + 4, at + 8).toString('ascii');
    if (type === 'IDAT') idat.push(file.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  const data = inflateSync(Buffer.concat(idat));
  const stride = width * channels;
  const pixels = new Uint8Array(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = data[y * (stride + 1)]!;
    const row = data.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? pixels[y * stride + x - channels]! : 0;
      const b = y > 0 ? pixels[(y - 1) * stride + x]! : 0;
      const c = x >= channels && y > 0 ? pixels[(y - 1) * stride + x - channels]! : 0;
      const p = a + b - c;
      const paeth =
        Math.abs(p - a) <= Math.abs(p - b) && Math.abs(p - a) <= Math.abs(p - c) ? a : Math.abs(p - b) <= Math.abs(p - c) ? b : c;
      const predictor = [0, a, b, (a + b) >> 1, paeth][filter]!;
      pixels[y * stride + x] = (row[x]! + predictor) & 0xff;
    }
  }
  return { width, height, channels, pixels };
}

const alpha = (png: Png, x: number, y: number) => (png.channels === 4 ? png.pixels[(y * png.width + x) * 4 + 3]! : 255);
const read = (file: string) => readFileSync(join(OUT_DIR, file));
const expected = outputs();

describe('store images', () => {
  it('are all in store/images, each at exactly its size', () => {
    for (const { file, width, height } of expected) {
      expect(existsSync(join(OUT_DIR, file)), `${file} is missing: run npm run build && npm run store:images`).toBe(true);
      expect({ file, ...pngSize(read(file)) }).toEqual({ file, width, height });
    }
  });

  it('are exactly the files the script makes, so none is forgotten or left over', () => {
    const present = readdirSync(OUT_DIR)
      .filter((f) => f.endsWith('.png'))
      .sort();
    expect(present).toEqual(expected.map((o) => o.file).sort());
  });

  it('include the store sizes: 1280×800 screenshots, the 440×280 tile, the 128 icon and the 300 logo', () => {
    const sizes = new Set(expected.map((o) => `${o.width}×${o.height}`));
    expect(SCREENSHOT).toEqual({ width: 1280, height: 800 });
    for (const size of ['1280×800', '440×280', '128×128', '300×300']) expect(sizes).toContain(size);
  });

  it('have at least four screenshots per language, light and dark among them, in English and German', () => {
    expect(Object.keys(LOCALES)).toEqual(expect.arrayContaining(['en', 'de']));
    for (const locale of Object.keys(LOCALES)) {
      const shots = expected.filter((o) => o.kind === 'screenshot' && o.locale === locale);
      expect(shots.length, locale).toBeGreaterThanOrEqual(4);
      expect(new Set(shots.map((o) => o.scheme)), locale).toEqual(new Set(['light', 'dark']));
      for (const o of shots) expect(o.file).toMatch(new RegExp(`^screenshot-\\d+-[a-z-]+-${locale}-${o.scheme}\\.png$`));
    }
    // The ones the stores ask for: the card, the breath timer, the stretch window and stats.
    expect(SHOTS.map((s) => s.id)).toEqual(expect.arrayContaining(['card', 'timer', 'window', 'stats']));
  });

  it('give every shot a headline and a line of text in every language', () => {
    for (const shot of SHOTS) {
      for (const locale of Object.keys(LOCALES)) {
        const caption = (shot.caption as Record<string, string[]>)[locale];
        expect(caption?.length, `${shot.id} ${locale}`).toBe(2);
        expect(caption!.every((line) => line.trim().length > 0)).toBe(true);
      }
    }
    // One number per shot: the stores show them in this order.
    expect(new Set(SHOTS.map((s) => s.n)).size).toBe(SHOTS.length);
  });

  it('are not blank: every screenshot has many colours', () => {
    for (const { file } of expected.filter((o) => o.kind !== 'icon')) {
      const png = decodePng(read(file));
      const colours = new Set<number>();
      for (let i = 0; i < png.pixels.length; i += png.channels * 7)
        colours.add((png.pixels[i]! << 16) | (png.pixels[i + 1]! << 8) | png.pixels[i + 2]!);
      expect(colours.size, file).toBeGreaterThan(200);
    }
  });

  it('store icon: 96 px artwork centred in 16 px of transparent padding', () => {
    const png = decodePng(read('store-icon-128.png'));
    expect(png.channels).toBe(4);
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        const inside = x >= 16 && x < 112 && y >= 16 && y < 112;
        if (!inside) expect(alpha(png, x, y), `(${x}, ${y})`).toBe(0);
      }
    }
    // The artwork reaches the box on all four sides: opaque pixels within 2 px of each edge.
    const opaqueIn = (xs: number[], ys: number[]) => xs.some((x) => ys.some((y) => alpha(png, x, y) === 255));
    const span = Array.from({ length: 96 }, (_, i) => 16 + i);
    expect(opaqueIn(span, [16, 17])).toBe(true);
    expect(opaqueIn(span, [110, 111])).toBe(true);
    expect(opaqueIn([16, 17], span)).toBe(true);
    expect(opaqueIn([110, 111], span)).toBe(true);
    // The tile is the mark's teal (icons/icon.svg), which also shows the decoding is right.
    const at = (20 * 128 + 64) * 4;
    expect(Buffer.from(png.pixels.subarray(at, at + 4)).toString('hex')).toBe('0f766eff');
    // And it is centred: the opaque box is symmetric.
    let [left, right, top, bottom] = [128, -1, 128, -1];
    for (let y = 0; y < 128; y++) {
      for (let x = 0; x < 128; x++) {
        if (alpha(png, x, y) > 0)
          [left, right, top, bottom] = [Math.min(left, x), Math.max(right, x), Math.min(top, y), Math.max(bottom, y)];
      }
    }
    expect({ left, top, right: 127 - right, bottom: 127 - bottom }).toEqual({ left: 16, top: 16, right: 16, bottom: 16 });
  });
});
