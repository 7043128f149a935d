// One suite, run against every HistoryStore: the in-memory fake, the IndexedDB store (on
// fake-indexeddb) and the storage.local fallback. A behaviour that differs between them fails here.
import { describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../../src/core/history/event';
import { dayKey, summarize } from '../../../src/core/history/day';
import type { HistoryStore } from '../../../src/storage/history/store';

const day = (y: number, m: number, d: number, h = 12, min = 0) => new Date(y, m - 1, d, h, min).getTime();

export const sample: HistoryEvent[] = [
  { id: 'due-1', at: day(2026, 3, 2, 9), type: 'due', kind: 'posture', activeMs: 1_800_000 },
  {
    id: 'taken-1',
    at: day(2026, 3, 2, 9, 2),
    type: 'taken',
    kind: 'posture',
    stretchIds: ['cat-cow', 'cobra'],
    durationMs: 90_000,
    completed: true,
  },
  { id: 'skip-1', at: day(2026, 3, 2, 11), type: 'skipped', kind: 'routine' },
  { id: 'nat-1', at: day(2026, 3, 3, 10), type: 'natural', idleMs: 600_000, activeMs: 1_200_000 },
  { id: 'snooze-1', at: day(2026, 3, 3, 14), type: 'snoozed', kind: 'posture', untilMs: day(2026, 3, 3, 14, 5) },
  { id: 'pause-1', at: day(2026, 3, 4, 8), type: 'paused', untilMs: null },
  { id: 'resume-1', at: day(2026, 3, 4, 9), type: 'resumed' },
  { id: 'taken-2', at: day(2026, 3, 4, 15), type: 'taken', kind: 'routine', stretchIds: ['cat-cow'], durationMs: 40_000, completed: false },
];

export function historyStoreContract(name: string, make: () => Promise<HistoryStore>): void {
  describe(`HistoryStore contract: ${name}`, () => {
    it('returns every appended event in time order', async () => {
      const store = await make();
      for (const e of [...sample].reverse()) await store.append(e);
      expect((await store.everything()).events).toEqual(sample);
    });

    it('is idempotent by event id: a retried write lands once and counts once', async () => {
      const store = await make();
      await store.append(sample[1]!);
      await store.append(sample[1]!);
      await store.append({ ...(sample[1] as Extract<HistoryEvent, { type: 'taken' }>), durationMs: 1 });
      const all = await store.everything();
      expect(all.events).toEqual([sample[1]]);
      expect(all.days).toHaveLength(1);
      expect(all.days[0]!.taken).toBe(1);
      expect(all.days[0]!.breakMs).toBe(90_000);
    });

    it('keeps daily summaries equal to what the events add up to', async () => {
      const store = await make();
      for (const e of sample) await store.append(e);
      const expected = [...summarize(sample).values()];
      expect(await store.days('2026-03-01', '2026-03-31')).toEqual(expected);
      expect((await store.days('2026-03-03', '2026-03-03')).map((d) => d.day)).toEqual(['2026-03-03']);
    });

    it('hands out copies: changing what was read changes nothing stored', async () => {
      const store = await make();
      const event = structuredClone(sample[1]!);
      await store.append(event);
      (event as { stretchIds: string[] }).stretchIds.push('mutated');
      const [read] = (await store.everything()).events;
      (read as { stretchIds: string[] }).stretchIds.push('mutated');
      expect((await store.everything()).events).toEqual([sample[1]]);
    });

    it('clear() removes events and summaries', async () => {
      const store = await make();
      for (const e of sample) await store.append(e);
      await store.clear();
      expect(await store.everything()).toEqual({ events: [], days: [] });
      await store.append(sample[0]!);
      expect((await store.days(dayKey(sample[0]!.at), dayKey(sample[0]!.at)))[0]!.due).toBe(1);
    });
  });
}
