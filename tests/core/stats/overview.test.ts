import { describe, expect, it } from 'vitest';
import { emptyDay, type DaySummary } from '../../../src/core/history/day';
import { overview, topStretches } from '../../../src/core/stats/overview';
import { streak } from '../../../src/core/stats/streak';

const d = (day: string, fields: Partial<DaySummary> = {}): DaySummary => ({ ...emptyDay(day), ...fields });
const noon = (y: number, m: number, day: number) => new Date(y, m - 1, day, 12).getTime();

describe('streak', () => {
  const days = [
    d('2026-03-01', { taken: 4 }),
    d('2026-03-02', { taken: 5 }),
    d('2026-03-03', { taken: 2 }),
    d('2026-03-04', { taken: 4 }),
    d('2026-03-05', { taken: 4 }),
    d('2026-03-06', { taken: 4 }),
  ];

  it('counts days in a row meeting the goal, up to today', () => {
    expect(streak(days, '2026-03-06', 4)).toEqual({ current: 3, best: 3 });
  });

  it('keeps the streak while today is still in progress', () => {
    expect(streak([...days, d('2026-03-07', { taken: 1 })], '2026-03-07', 4)).toEqual({ current: 3, best: 3 });
  });

  it('is broken by a missed day before today', () => {
    expect(streak(days, '2026-03-08', 4)).toEqual({ current: 0, best: 3 });
  });

  it('follows the goal setting', () => {
    expect(streak(days, '2026-03-06', 2)).toEqual({ current: 6, best: 6 });
    expect(streak(days, '2026-03-06', 5)).toEqual({ current: 0, best: 1 });
  });

  it('counts across a month end and ignores days after today', () => {
    const edge = [
      d('2026-02-27', { taken: 4 }),
      d('2026-02-28', { taken: 4 }),
      d('2026-03-01', { taken: 4 }),
      d('2026-03-09', { taken: 9 }),
    ];
    expect(streak(edge, '2026-03-01', 4)).toEqual({ current: 3, best: 3 });
  });
});

describe('overview', () => {
  it('lays out the last seven days with gaps filled, today last', () => {
    const o = overview(
      [d('2026-03-04', { taken: 2, skipped: 1 }), d('2026-03-10', { taken: 4, natural: 2, activeMs: 3_600_000 })],
      noon(2026, 3, 10),
      4,
    );
    expect(o.week.map((w) => w.day)).toEqual([
      '2026-03-04',
      '2026-03-05',
      '2026-03-06',
      '2026-03-07',
      '2026-03-08',
      '2026-03-09',
      '2026-03-10',
    ]);
    expect(o.today.taken).toBe(4);
    expect(o.weekTotals).toMatchObject({ taken: 6, skipped: 1, natural: 2, activeMs: 3_600_000 });
    expect(o.weekGoalDays).toBe(1);
    expect(o.streak).toEqual({ current: 1, best: 1 });
    expect(o.hasActiveTime).toBe(true);
  });

  it('gives an empty today on a fresh install', () => {
    const o = overview([], noon(2026, 3, 10), 4);
    expect(o.today).toEqual(emptyDay('2026-03-10'));
    expect(o.week).toHaveLength(7);
    expect(o.topStretches).toEqual([]);
    expect(o.hasActiveTime).toBe(false);
  });

  it('ranks the most-done stretches over all days, ties by id', () => {
    const days = [
      d('2026-01-01', { stretches: { cobra: 2, 'cat-cow': 1 } }),
      d('2026-03-01', { stretches: { 'cat-cow': 1, 'eagle-arms': 2, 'chair-twist': 5 } }),
    ];
    expect(topStretches(days, 3)).toEqual([
      { id: 'chair-twist', count: 5 },
      { id: 'cat-cow', count: 2 },
      { id: 'cobra', count: 2 },
    ]);
  });
});

describe("top stretches of a person's own", () => {
  it('carry the newest name the history has for them, even once the stretch is gone', () => {
    const d1: DaySummary = {
      ...emptyDay('2026-01-05'),
      stretches: { 'custom-abcdef1234': 2, cobra: 1 },
      names: { 'custom-abcdef1234': 'Old' },
    };
    const d2: DaySummary = { ...emptyDay('2026-01-06'), stretches: { 'custom-abcdef1234': 1 }, names: { 'custom-abcdef1234': 'New' } };
    expect(topStretches([d1, d2])).toEqual([
      { id: 'custom-abcdef1234', count: 3, name: 'New' },
      { id: 'cobra', count: 1 },
    ]);
  });
});
