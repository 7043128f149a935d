import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { niceAxis } from '../../../src/core/stats/scale';

describe('niceAxis', () => {
  it.each([
    [0, { top: 1, ticks: [0, 1] }],
    [3, { top: 3, ticks: [0, 1, 2, 3] }],
    [4, { top: 4, ticks: [0, 1, 2, 3, 4] }],
    [7, { top: 8, ticks: [0, 2, 4, 6, 8] }],
    [12, { top: 15, ticks: [0, 5, 10, 15] }],
    [95, { top: 100, ticks: [0, 20, 40, 60, 80, 100] }],
  ])('gives round ticks for %s', (max, axis) => {
    expect(niceAxis(max)).toEqual(axis);
  });

  it('always covers the data with 2 to 6 ticks starting at 0', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e7, noNaN: true }), (max) => {
        const { top, ticks } = niceAxis(max);
        expect(top).toBeGreaterThanOrEqual(max);
        expect(ticks[0]).toBe(0);
        expect(ticks.at(-1)).toBe(top);
        expect(ticks.length).toBeGreaterThanOrEqual(2);
        expect(ticks.length).toBeLessThanOrEqual(6);
      }),
    );
  });
});
