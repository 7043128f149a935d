// Draws figures as standalone SVG for @resvg/resvg-js (no CSS there): the same parts, transforms
// and props as the popup, coloured with the theme's light or dark tokens mixed as popup.css does.
import { readFileSync } from 'node:fs';
import { FLOOR, FRAME, svgPath, svgTransform, type Drawing } from '../../../src/ui/art/drawing';
import { paintOrder } from '../../../src/ui/art/frame';

export type Theme = 'light' | 'dark';
export type Which = 'start' | 'stretch';

const themeCss = readFileSync(new URL('../../../src/ui/theme.css', import.meta.url), 'utf8');

/** A token from theme.css, e.g. `--text: light-dark(#1d2624, #e4ebe8)`. */
export function token(name: string, theme: Theme): string {
  const m = new RegExp(`${name}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`).exec(themeCss);
  if (!m) throw new Error(`no token ${name}`);
  return theme === 'light' ? m[1]! : m[2]!;
}

/** color-mix(in srgb, a p%, b). */
export function mix(a: string, p: number, b: string): string {
  const ch = (h: string, i: number) => parseInt(h.slice(1 + 2 * i, 3 + 2 * i), 16);
  return (
    '#' +
    [0, 1, 2]
      .map((i) =>
        Math.round(ch(a, i) * (p / 100) + ch(b, i) * (1 - p / 100))
          .toString(16)
          .padStart(2, '0'),
      )
      .join('')
  );
}

/** The same mixes as popup.css's figure tokens. */
export function palette(theme: Theme) {
  const tint = token('--surface-2', theme);
  const near = mix(token('--accent-strong', theme), 55, token('--text', theme));
  return {
    tint,
    near,
    body: mix(near, 72, tint),
    far: mix(near, 42, tint),
    prop: mix(token('--text', theme), 38, tint),
    floor: mix(token('--text', theme), 22, tint),
    arrow: token('--warn', theme),
    text: token('--text', theme),
  };
}

export function figureSvg(d: Drawing, which: Which, theme: Theme, labels = { in: 'in', out: 'out' }, size = FRAME): string {
  const c = palette(theme);
  const stroke = (col: string, w: number) =>
    `fill="none" stroke="${col}" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"`;
  const body = paintOrder(d.parts)
    .map(
      ({ part: p, halo }) =>
        `<path d="${svgPath(p)}" transform="${svgTransform(p[which])}" ${halo ? stroke(c.tint, p.width + 3) : stroke(c[p.tone], p.width)}/>`,
    )
    .join('');
  const text = (at: readonly [number, number], s: string) =>
    `<text x="${at[0] + 7}" y="${at[1] + 3.5}" font-family="DejaVu Sans" font-weight="bold" font-size="10" fill="${c.arrow}">${s}</text>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${FRAME} ${FRAME}">` +
    `<rect width="${FRAME}" height="${FRAME}" rx="19" fill="${c.tint}"/>` +
    `<path d="M0 ${FLOOR}H${FRAME}" ${stroke(c.floor, 2)}/>` +
    d.solids.map((s) => `<path d="${s}" fill="${c.prop}"/>`).join('') +
    d.props.map((s) => `<path d="${s}" ${stroke(c.prop, 3)}/>`).join('') +
    body +
    `<path d="${d.arrow.d}" ${stroke(c.arrow, 3.5)}/>` +
    d.arrow.heads.map((h) => `<path d="${h}" fill="${c.arrow}" stroke="${c.arrow}" stroke-width="1.5" stroke-linejoin="round"/>`).join('') +
    (d.labels ? text(d.labels.in, labels.in) + text(d.labels.out, labels.out) : '') +
    '</svg>'
  );
}

/** Nests a standalone figure SVG at a position in a larger one. */
const nest = (svg: string, x: number, y: number) => svg.replace('<svg ', `<svg x="${x}" y="${y}" `);

/**
 * Every figure, start and stretch pose side by side, with its name; light above dark. Fixed
 * fonts and order, so the same figures always give the same PNG.
 */
export function contactSheet(
  figures: Record<string, Drawing>,
  names: Record<string, string>,
  themes: readonly Theme[] = ['light', 'dark'],
  cell = 200,
  cols = 4,
): string {
  const ids = Object.keys(figures);
  const rows = Math.ceil(ids.length / cols);
  const pad = 16;
  const label = 26;
  const cw = cell * 2 + pad * 3;
  const ch = cell + label + pad;
  const block = rows * ch + pad;
  const width = cols * cw;
  const parts: string[] = [];
  themes.forEach((theme, t) => {
    const bg = token('--surface', theme);
    const text = token('--text', theme);
    const top = t * block;
    parts.push(`<rect x="0" y="${top}" width="${width}" height="${block}" fill="${bg}"/>`);
    ids.forEach((id, i) => {
      const x = (i % cols) * cw + pad;
      const y = top + Math.floor(i / cols) * ch + pad;
      parts.push(
        `<text x="${x}" y="${y + 16}" font-family="DejaVu Sans" font-weight="bold" font-size="17" fill="${text}">${names[id] ?? id}</text>`,
      );
      parts.push(nest(figureSvg(figures[id]!, 'start', theme, undefined, cell), x, y + label));
      parts.push(nest(figureSvg(figures[id]!, 'stretch', theme, undefined, cell), x + cell + pad, y + label));
    });
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${block * themes.length}" viewBox="0 0 ${width} ${block * themes.length}">${parts.join('')}</svg>`;
}
