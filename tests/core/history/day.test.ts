import { describe, expect, it } from 'vitest';
import { addDays, addToDay, dayKey, dayStartMs, emptyDay, summarize } from '../../../src/core/history/day';
import type { HistoryEvent } from '../../../src/core/history/event';

describe('day keys', () => {
  it('name the local calendar day', () => {
    expect(dayKey(new Date(2026, 0, 5, 0, 0).getTime())).toBe('2026-01-05');
    expect(dayKey(new Date(2026, 0, 5, 23, 59, 59, 999).getTime())).toBe('2026-01-05');
    expect(dayStartMs('2026-01-05')).toBe(new Date(2026, 0, 5).getTime());
  });

  it('step across month and year ends and leap days', () => {
    expect(addDays('2026-01-31', 1)).toBe('2026-02-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
    expect(addDays('2026-03-10', -6)).toBe('2026-03-04');
  });

  it('step one day at a time through a whole year, whatever the time zone does', () => {
    let key = '2026-01-01';
    for (let i = 0; i < 365; i++) key = addDays(key, 1);
    expect(key).toBe('2027-01-01');
  });
});

describe('daily summaries', () => {
  const at = new Date(2026, 2, 2, 10).getTime();
  const events: HistoryEvent[] = [
    { id: 'a', at, type: 'due', kind: 'posture', activeMs: 1_800_000 },
    { id: 'b', at, type: 'taken', kind: 'posture', stretchIds: ['cobra', 'cat-cow'], durationMs: 60_000, completed: true },
    { id: 'c', at, type: 'taken', kind: 'routine', stretchIds: ['cobra'], durationMs: 20_000, completed: false },
    { id: 'd', at, type: 'skipped', kind: 'posture' },
    { id: 'e', at, type: 'snoozed', kind: 'posture', untilMs: at + 1 },
    { id: 'f', at, type: 'natural', idleMs: 1, activeMs: 600_000 },
    { id: 'g', at, type: 'paused', untilMs: null },
    { id: 'h', at, type: 'resumed' },
  ];

  it('count every kind of event', () => {
    expect(summarize(events).get('2026-03-02')).toEqual({
      day: '2026-03-02',
      due: 1,
      taken: 2,
      completed: 1,
      skipped: 1,
      snoozed: 1,
      natural: 1,
      breakMs: 80_000,
      activeMs: 2_400_000,
      stretches: { cobra: 2, 'cat-cow': 1 },
    });
  });

  it('never change the summary they are given', () => {
    const before = emptyDay('2026-03-02');
    addToDay(before, events[1]!);
    expect(before).toEqual(emptyDay('2026-03-02'));
  });
});

describe("a person's own stretches in the summaries", () => {
  it('keep the names the breaks recorded, the newest winning; old events add none', () => {
    const at = new Date(2026, 0, 5, 10).getTime();
    const taken = (name?: string): HistoryEvent => ({
      id: `t${name}`,
      at,
      type: 'taken',
      kind: 'posture',
      stretchIds: ['custom-abcdef1234'],
      ...(name ? { stretchNames: { 'custom-abcdef1234': name } } : {}),
      durationMs: 1000,
      completed: true,
    });
    const day = summarize([taken('Old name'), taken(), taken('New name')]).get('2026-01-05')!;
    expect(day.stretches).toEqual({ 'custom-abcdef1234': 3 });
    expect(day.names).toEqual({ 'custom-abcdef1234': 'New name' });
    expect(summarize([taken()]).get('2026-01-05')!.names).toBeUndefined();
  });
});
