import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { addDays, dayKey, emptyDay, summarize, type DaySummary } from '../../../src/core/history/day';
import { decodeSummary, encodeSummary } from '../../../src/core/devices/encoding';
import { mergeDays, selectDays, toDaySummary, MAX_DAYS_AHEAD } from '../../../src/core/devices/merge';
import { deviceDays } from '../../../src/core/devices/summary';
import { overview } from '../../../src/core/stats/overview';
import { inZone, skipped, taken } from './support';

const d = (day: string, fields: Partial<DaySummary> = {}): DaySummary => ({ ...emptyDay(day), ...fields });
const H = 3_600_000;

/** What another device puts into sync and this one reads back: built in its zone, through the encoding. */
function shared(zone: string, events: Parameters<typeof summarize>[0], nowMs: number): DaySummary[] {
  const encoded = inZone(zone, () =>
    encodeSummary({ name: zone, updatedAt: nowMs, days: deviceDays([...summarize(events).values()], dayKey(nowMs)) }),
  );
  const back = decodeSummary(zone, JSON.parse(JSON.stringify(encoded)));
  if (!back.ok) throw new Error('unreadable');
  return back.summary.days.map(toDaySummary);
}

describe('mergeDays', () => {
  it('adds up each date over the devices, stretches included', () => {
    const a = [d('2026-11-29', { taken: 2, stretches: { x: 1 } }), d('2026-11-30', { taken: 1, activeMs: 60_000 })];
    const b = [d('2026-11-30', { taken: 3, skipped: 1, stretches: { x: 2, y: 1 } })];
    expect(mergeDays([a, b], '2026-11-30')).toEqual({
      days: [
        d('2026-11-29', { taken: 2, stretches: { x: 1 } }),
        d('2026-11-30', { taken: 4, skipped: 1, activeMs: 60_000, stretches: { x: 2, y: 1 } }),
      ],
      setAside: 0,
    });
  });

  it('files each break under the local date of the device that took it (three time zones)', () => {
    // One evening in UTC: 21:00 to 23:00 on 30 November.
    const evening = [Date.UTC(2026, 10, 30, 21), Date.UTC(2026, 10, 30, 22), Date.UTC(2026, 10, 30, 23)];
    const now = Date.UTC(2026, 10, 30, 23, 30);
    const berlin = shared(
      'Europe/Berlin',
      evening.map((t) => taken(t)),
      now,
    ); // 22:00–00:00 local: two on the 30th, one on 1 Dec
    const newYork = shared(
      'America/New_York',
      evening.map((t) => taken(t)),
      now,
    ); // 16:00–18:00 local: all on the 30th
    const auckland = shared('Pacific/Auckland', [taken(evening[0]!)], now); // 10:00 on 1 Dec local
    expect(berlin.map((x) => [x.day, x.taken])).toEqual([
      ['2026-11-30', 2],
      ['2026-12-01', 1],
    ]);
    expect(newYork.map((x) => [x.day, x.taken])).toEqual([['2026-11-30', 3]]);
    expect(auckland.map((x) => [x.day, x.taken])).toEqual([['2026-12-01', 1]]);
    // Read in New York, where it is still 30 November: the days that have begun in Berlin and
    // Auckland count as today there, nothing lands in the future and nothing is lost.
    const merged = mergeDays([berlin, newYork, auckland], '2026-11-30');
    expect(merged.days.map((x) => [x.day, x.taken])).toEqual([['2026-11-30', 7]]);
    // Read in Auckland, on 1 December: each device's own dates.
    const there = mergeDays([berlin, newYork, auckland], '2026-12-01');
    expect(there.days.map((x) => [x.day, x.taken])).toEqual([
      ['2026-11-30', 5],
      ['2026-12-01', 2],
    ]);
  });

  it('survives a device whose clock runs days ahead: no future days, no lost streak, nothing crashes', () => {
    const today = '2026-11-30';
    const here = [d('2026-11-28', { taken: 4 }), d('2026-11-29', { taken: 4 }), d('2026-11-30', { taken: 2 })];
    // The other device's clock is 40 days ahead; its "days" are in January.
    const ahead = [d(addDays(today, 39), { taken: 9 }), d(addDays(today, 40), { taken: 9 })];
    // A third is only a few hours ahead: its today is tomorrow.
    const slightly = [d(addDays(today, 1), { taken: 2 })];
    const merged = mergeDays([here, ahead, slightly], today);
    expect(merged.setAside).toBe(2);
    expect(merged.days.every((x) => x.day <= today)).toBe(true);
    expect(merged.days.map((x) => [x.day, x.taken])).toEqual([
      ['2026-11-28', 4],
      ['2026-11-29', 4],
      ['2026-11-30', 4],
    ]);
    const o = overview(merged.days, new Date(2026, 10, 30, 18).getTime(), 4);
    // Today reaches the goal only with the other device's breaks: the streak counts them.
    expect(o.streak).toEqual({ current: 3, best: 3 });
    expect(o.today.taken).toBe(4);
  });

  it('lets the daily goal be met by breaks on different devices', () => {
    const o = overview(
      mergeDays([[d('2026-11-30', { taken: 2 })], [d('2026-11-30', { taken: 2 })]], '2026-11-30').days,
      new Date(2026, 10, 30, 18).getTime(),
      4,
    );
    expect(o.weekGoalDays).toBe(1);
    expect(o.streak.current).toBe(1);
  });

  it('shows one device alone in the per-device view', () => {
    const entries = [
      { id: 'me', name: '', isThis: true, days: [d('2026-11-30', { taken: 1 })] },
      { id: 'other', name: 'Desk', isThis: false, days: [d('2026-11-30', { taken: 5 }), d('2026-12-01', { taken: 1 })] },
    ];
    expect(selectDays(entries, 'all', '2026-11-30').days).toEqual([d('2026-11-30', { taken: 7 })]);
    expect(selectDays(entries, 'other', '2026-11-30').days).toEqual([d('2026-11-30', { taken: 6 })]);
    expect(selectDays(entries, 'me', '2026-11-30').days).toEqual([d('2026-11-30', { taken: 1 })]);
    expect(selectDays(entries, 'gone', '2026-11-30').days).toEqual([]);
  });

  const dayArb = fc.record({ back: fc.integer({ min: -5, max: 30 }), taken: fc.nat(20), skipped: fc.nat(5) });
  const sourcesArb = fc.array(fc.array(dayArb, { maxLength: 20 }), { maxLength: 5 });
  const build = (src: { back: number; taken: number; skipped: number }[][]) =>
    src.map((s) => s.map((x) => d(addDays('2026-11-30', -x.back), { taken: x.taken, skipped: x.skipped })));

  it('loses no break that a time zone explains, and never depends on the order of devices (property)', () => {
    fc.assert(
      fc.property(sourcesArb, (raw) => {
        const sources = build(raw);
        const merged = mergeDays(sources, '2026-11-30');
        const within = sources.flat().filter((x) => x.day <= addDays('2026-11-30', MAX_DAYS_AHEAD));
        expect(merged.days.reduce((n, x) => n + x.taken, 0)).toBe(within.reduce((n, x) => n + x.taken, 0));
        expect(merged.setAside).toBe(sources.flat().length - within.length);
        expect(merged.days.every((x) => x.day <= '2026-11-30')).toBe(true);
        expect(mergeDays([...sources].reverse(), '2026-11-30')).toEqual(merged);
      }),
    );
  });

  it('gives a streak no shorter than any single device has (property)', () => {
    fc.assert(
      fc.property(sourcesArb, fc.integer({ min: 1, max: 8 }), (raw, goal) => {
        const sources = build(raw);
        const now = new Date(2026, 10, 30, 18).getTime();
        const all = overview(mergeDays(sources, '2026-11-30').days, now, goal).streak;
        for (const s of sources) {
          const one = overview(mergeDays([s], '2026-11-30').days, now, goal).streak;
          expect(all.current).toBeGreaterThanOrEqual(one.current);
          expect(all.best).toBeGreaterThanOrEqual(one.best);
        }
      }),
    );
  });
});

describe('several devices end to end', () => {
  it('a skip on one device and breaks on another make one day', () => {
    const now = Date.UTC(2026, 10, 30, 12);
    const a = shared('Europe/Lisbon', [taken(now - 2 * H, ['neck-tilt'], 30 * 60_000), skipped(now - H)], now);
    const b = shared('Asia/Kolkata', [taken(now - 3 * H, ['chair-twist'])], now);
    const merged = mergeDays([a, b], '2026-11-30').days;
    expect(merged).toEqual([
      d('2026-11-30', { taken: 2, skipped: 1, activeMs: 30 * 60_000, breakMs: 120_000, stretches: { 'neck-tilt': 1, 'chair-twist': 1 } }),
    ]);
  });
});

describe("merging a person's own stretch names", () => {
  it('keeps the names of either side on a day both devices used', () => {
    const today = '2026-01-06';
    const mine = d(today, { stretches: { 'custom-aaaaaa1': 1 }, names: { 'custom-aaaaaa1': 'Mine' } });
    const theirs = d(today, { stretches: { cobra: 1 } });
    expect(mergeDays([[mine], [theirs]], today).days[0]!.names).toEqual({ 'custom-aaaaaa1': 'Mine' });
    expect(mergeDays([[theirs], [theirs]], today).days[0]!.names).toBeUndefined();
  });
});
