// Writes docs/figures/contact-sheet.png: every figure in its start and stretch pose, light and
// dark, drawn from the same data as the popup, for people to look at (README links it). The
// picture is deterministic; the file is rewritten only when the drawing changes.
import { Resvg } from '@resvg/resvg-js';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { stretches } from '../../../src/core/stretches/library';
import { drawingFor, figureIds } from '../../../src/ui/art/drawings';
import { contactSheet } from './contact-sheet';

const OUT = new URL('../../../docs/figures/contact-sheet.png', import.meta.url);
const en = JSON.parse(readFileSync(new URL('../../../_locales/en/stretches.json', import.meta.url), 'utf8')) as Record<
  string,
  { message: string }
>;
const figures = Object.fromEntries(figureIds.map((id) => [id, drawingFor(id)!]));
const names = Object.fromEntries(stretches.map((s) => [s.id, en[s.nameKey]?.message ?? s.id]));

const png = (svg: string) =>
  new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: ['/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf'], defaultFontFamily: 'DejaVu Sans' },
  }).render();

describe('contact sheet', () => {
  it('draws all twelve figures, start and stretch, light and dark, the same every time', () => {
    const svg = contactSheet(figures, names);
    const first = png(svg);
    const again = png(svg);
    expect(Buffer.compare(first.asPng(), again.asPng())).toBe(0);
    // 4 columns × 3 rows of figures per theme, two frames each.
    expect(first.width).toBe(4 * (2 * 200 + 3 * 16));
    expect(first.height).toBe(2 * (3 * (200 + 26 + 16) + 16));
    mkdirSync(new URL('.', OUT), { recursive: true });
    const bytes = first.asPng();
    if (!existsSync(OUT) || Buffer.compare(readFileSync(OUT), bytes) !== 0) writeFileSync(OUT, bytes);
    expect(Buffer.compare(readFileSync(OUT), bytes)).toBe(0);
  });
});
