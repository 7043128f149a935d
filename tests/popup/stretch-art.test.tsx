// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { stretches } from '../../src/core/stretches/library';
import { figures } from '../../src/popup/art/figures';
import { setFigures } from '../../src/popup/art/figure-book';
import { StretchArt, viewBox } from '../../src/popup/art/stretch-art';

setFigures(figures); // as figures.js does in the popup

describe('stretch illustrations', () => {
  it('exist for every stretch in the library, and only for those', () => {
    expect(Object.keys(figures).sort()).toEqual(stretches.map((s) => s.id).sort());
  });

  it.each(stretches.map((s) => s.id))('%s is a labelled line figure in the text colour', (id) => {
    const { container } = render(<StretchArt id={id} label="x" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('stroke')).toBe('currentColor');
    expect(svg.getAttribute('fill')).toBe('none');
    expect(svg.querySelectorAll('.art-body').length).toBeGreaterThanOrEqual(4);
    expect(svg.querySelector('circle.art-head')).not.toBeNull();
    // No hard-coded colours: light and dark themes both come from CSS.
    expect(svg.outerHTML).not.toMatch(/#[0-9a-f]{3,6}|rgb\(/i);
  });

  it.each(stretches.map((s) => s.id))('%s keeps its whole body inside its frame', (id) => {
    const f = figures[id]!;
    const [x, y, w, h] = viewBox(f).split(' ').map(Number) as [number, number, number, number];
    expect(w / h).toBeCloseTo(120 / 110, 2);
    const points = [f.head, ...f.spine, ...f.limbs.flat(), ...(f.far ?? []).flat()];
    for (const [px, py] of points) {
      expect(px).toBeGreaterThanOrEqual(x);
      expect(px).toBeLessThanOrEqual(x + w);
      expect(py).toBeGreaterThanOrEqual(y);
      expect(py).toBeLessThanOrEqual(y + h);
    }
  });

  it('renders nothing for an unknown stretch', () => {
    const { container } = render(<StretchArt id="handstand" label="x" />);
    expect(container.querySelector('svg')).toBeNull();
  });
});
