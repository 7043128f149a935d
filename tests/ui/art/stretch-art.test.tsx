// @vitest-environment happy-dom
import { render } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import type { BreathSegment } from '../../../src/core/breath/plan';
import { stretches } from '../../../src/core/stretches/library';
import { SETTLE_MS } from '../../../src/ui/art/figure-motion';
import { StretchArt } from '../../../src/ui/art/stretch-art';

type Step = Pick<BreathSegment, 'kind' | 'shape' | 'side' | 'durationMs'>;
const step = (kind: BreathSegment['kind'], durationMs: number, extra: Partial<Step> = {}): Step => ({
  kind,
  durationMs,
  side: null,
  ...extra,
});

function mount(id: string, first?: Step) {
  const view = render(<StretchArt id={id} label="x" step={first} words={{ in: 'IN', out: 'OUT' }} />);
  const svg = () => view.container.querySelector<HTMLElement>('.art')!;
  const group = () => svg().querySelector<HTMLElement>('.art-figure')!;
  return {
    svg,
    to: () => group().getAttribute('data-to'),
    ms: () => `${group().getAttribute('data-ms')}ms`,
    mirrored: () => svg().getAttribute('data-side') === '2',
    next: (s?: Step, paused = false) =>
      view.rerender(<StretchArt id={id} label="x" step={s} paused={paused} words={{ in: 'IN', out: 'OUT' }} />),
    swap: (other: string) => view.rerender(<StretchArt id={other} label="x" words={{ in: 'IN', out: 'OUT' }} />),
  };
}

describe('StretchArt', () => {
  it.each(stretches.map((s) => s.id))('%s: a labelled figure whose parts carry both poses, coloured only by CSS', (id) => {
    const { svg } = mount(id);
    expect(svg().getAttribute('role')).toBe('img');
    expect(svg().getAttribute('aria-label')).toBe('x');
    // One frame for every figure: no zoom.
    expect([...svg().querySelectorAll('svg')].map((l) => l.getAttribute('viewBox'))).toEqual(['0 0 120 120', '0 0 120 120']);
    const parts = svg().querySelectorAll<HTMLElement>('.art-part');
    expect(parts.length).toBeGreaterThanOrEqual(17);
    for (const p of parts) {
      expect(p.style.getPropertyValue('--a')).toMatch(/^translate\(/);
      expect(p.style.getPropertyValue('--b')).toMatch(/^translate\(/);
    }
    expect(svg().querySelectorAll('.art-arrow-head').length).toBeGreaterThan(0);
    expect(svg().outerHTML).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
  });

  it('shows the stretch, still, before the timer starts', () => {
    const f = mount('chair-twist');
    expect(f.to()).toBe('stretch');
    expect(f.ms()).toBe('0ms');
  });

  it('follows the breath: in to the start pose over the breath, out to the stretch, holds stay', () => {
    const f = mount('chair-twist');
    f.next(step('inhale', 4000, { side: 1 }));
    expect([f.to(), f.ms()]).toEqual(['start', '4000ms']);
    f.next(step('exhale', 6000, { side: 1 }));
    expect([f.to(), f.ms()]).toEqual(['stretch', '6000ms']);
    // Staying in the stretch keeps the running animation's duration: a longer one would replay it.
    f.next(step('hold', 15000, { side: 1 }));
    expect([f.to(), f.ms()]).toEqual(['stretch', '6000ms']);
    f.next(step('switch', 8000));
    expect([f.to(), f.ms()]).toEqual(['start', `${SETTLE_MS}ms`]);
  });

  it('draws side two mirrored', () => {
    const f = mount('chair-twist', step('inhale', 4000, { side: 1 }));
    expect(f.mirrored()).toBe(false);
    f.next(step('inhale', 4000, { side: 2 }));
    expect(f.mirrored()).toBe(true);
  });

  it('moves cat-cow by its shape and labels the arrow breathe in / breathe out', () => {
    const f = mount('cat-cow', step('inhale', 4000, { shape: 'cow' }));
    expect(f.to()).toBe('start');
    f.next(step('exhale', 6000, { shape: 'cat' }));
    expect(f.to()).toBe('stretch');
    expect([...f.svg().querySelectorAll('text')].map((t) => t.textContent)).toEqual(['IN', 'OUT']);
    expect(mount('cobra').svg().querySelector('text')).toBeNull();
  });

  it('lifts cobra on the in-breath and lowers it to rest', () => {
    const f = mount('cobra', step('inhale', 4000));
    expect(f.to()).toBe('stretch');
    f.next(step('rest', 6000));
    expect(f.to()).toBe('start');
  });

  it('pauses its animation with the timer', () => {
    const f = mount('chair-twist', step('inhale', 4000, { side: 1 }));
    expect(f.svg().hasAttribute('data-paused')).toBe(false);
    f.next(step('inhale', 4000, { side: 1 }), true);
    expect(f.svg().hasAttribute('data-paused')).toBe(true);
  });

  it('starts still on another figure', () => {
    const f = mount('chair-twist', step('inhale', 4000, { side: 1 }));
    f.swap('cobra');
    expect([f.to(), f.ms()]).toEqual(['stretch', '0ms']);
  });

  it('renders nothing for an unknown stretch', () => {
    const { container } = render(<StretchArt id="handstand" label="x" />);
    expect(container.innerHTML).toBe('');
  });
});
