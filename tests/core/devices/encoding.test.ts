import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeSummary, encodeSummary } from '../../../src/core/devices/encoding';
import { addDays } from '../../../src/core/history/day';
import type { DeviceDay, DeviceSummary } from '../../../src/core/devices/summary';
import { itemBytes } from '../../../src/core/devices/quota';
import { busySummary } from './fixtures';

const summary: DeviceSummary = {
  id: 'abc',
  name: 'Laptop',
  updatedAt: 1_764_500_000_000,
  days: [
    { day: '2026-11-28', taken: 4, skipped: 1, natural: 0, activeMin: 240, breakSec: 300, stretches: { 'neck-tilt': 2, 'chair-twist': 1 } },
    { day: '2026-12-01', taken: 1, skipped: 0, natural: 2, activeMin: 30, breakSec: 60, stretches: { 'neck-tilt': 1 } },
  ],
};

describe('device summary encoding', () => {
  it('writes days back from the newest and each stretch id once', () => {
    const e = encodeSummary(summary);
    expect(e).toEqual({
      v: 1,
      n: 'Laptop',
      u: 1_764_500_000_000,
      e: '2026-12-01',
      s: ['chair-twist', 'neck-tilt'],
      d: [
        [3, 4, 1, 0, 240, 300, 0, 1, 1, 2],
        [0, 1, 0, 2, 30, 60, 1, 1],
      ],
    });
    expect(decodeSummary('abc', e)).toEqual({ ok: true, summary });
  });

  it('keeps 60 busy days well inside one 8 KB sync item', () => {
    const value = encodeSummary(busySummary(60));
    expect(itemBytes('device.abcdefghijkl', value)).toBeLessThan(4_000);
    expect(JSON.stringify(busySummary(60).days).length).toBeGreaterThan(8_192);
  });

  it('reports an item from a newer version instead of guessing at it', () => {
    expect(decodeSummary('x', { ...encodeSummary(summary), v: 2 })).toEqual({ ok: false, problem: 'newerVersion' });
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['no version', { n: '', u: 0, e: '', s: [], d: [] }],
    ['a bad date', { v: 1, n: '', u: 0, e: 'yesterday', s: [], d: [[0, 1, 0, 0, 0, 0]] }],
    ['a short row', { v: 1, n: '', u: 0, e: '2026-01-01', s: [], d: [[0, 1]] }],
    ['a negative count', { v: 1, n: '', u: 0, e: '2026-01-01', s: [], d: [[0, -1, 0, 0, 0, 0]] }],
    ['a stretch index out of range', { v: 1, n: '', u: 0, e: '2026-01-01', s: ['a'], d: [[0, 1, 0, 0, 0, 0, 1, 1]] }],
    ['a name that is not text', { v: 1, n: 5, u: 0, e: '', s: [], d: [] }],
  ])('rejects %s as unreadable', (_label, value) => {
    expect(decodeSummary('x', value)).toEqual({ ok: false, problem: 'unreadable' });
  });

  const dayArb = (end: string) =>
    fc
      .record({
        back: fc.nat(80),
        taken: fc.nat(50),
        skipped: fc.nat(50),
        natural: fc.nat(50),
        activeMin: fc.nat(1440),
        breakSec: fc.nat(20_000),
        stretches: fc.dictionary(fc.constantFrom('neck-tilt', 'chair-twist', 'eagle-arms', 'wrist-flex'), fc.integer({ min: 1, max: 9 })),
      })
      .map(({ back, ...rest }): DeviceDay => ({ day: addDays(end, -back), ...rest }));

  it('decodes whatever it encodes (property)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(dayArb('2026-06-30'), { selector: (d) => d.day, maxLength: 60 }), fc.string(), (days, name) => {
        days.sort((a, b) => (a.day < b.day ? -1 : 1));
        const s: DeviceSummary = { id: 'p', name, updatedAt: 5, days };
        const round = decodeSummary('p', JSON.parse(JSON.stringify(encodeSummary(s))));
        expect(round).toEqual({ ok: true, summary: s });
      }),
    );
  });
});
