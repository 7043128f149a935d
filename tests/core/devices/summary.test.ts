import { describe, expect, it } from 'vitest';
import { emptyDay, summarize, type DaySummary } from '../../../src/core/history/day';
import { deviceDays, WINDOW_DAYS } from '../../../src/core/devices/summary';
import { inZone, skipped, taken } from './support';

const d = (day: string, fields: Partial<DaySummary> = {}): DaySummary => ({ ...emptyDay(day), ...fields });

describe('deviceDays', () => {
  it('keeps what the stats page shows, in whole minutes and seconds', () => {
    const days = deviceDays(
      [
        d('2026-11-30', {
          taken: 3,
          skipped: 1,
          natural: 2,
          activeMs: 95 * 60_000 + 29_000,
          breakMs: 61_400,
          due: 9,
          stretches: { 'neck-tilt': 2 },
        }),
      ],
      '2026-11-30',
    );
    expect(days).toEqual([
      { day: '2026-11-30', taken: 3, skipped: 1, natural: 2, activeMin: 95, breakSec: 61, stretches: { 'neck-tilt': 2 } },
    ]);
  });

  it('shares the last 60 local days up to today, oldest first, and leaves empty days out', () => {
    const history = [
      d('2026-09-30', { taken: 1 }),
      d('2026-10-02', { taken: 1 }),
      d('2026-11-30', { taken: 2 }),
      d('2026-10-01', { taken: 5 }),
      d('2026-11-01', { due: 3 }),
    ];
    const days = deviceDays(history, '2026-11-30');
    expect(WINDOW_DAYS).toBe(60);
    // 2026-10-02 is the 60th day back counting today; 10-01 and 09-30 are outside.
    expect(days.map((x) => x.day)).toEqual(['2026-10-02', '2026-11-30']);
  });

  it('builds from the history of a device in its own time zone', () => {
    // 00:30 on 1 December in Tokyo is still 30 November in UTC: Tokyo's device files it under
    // 1 December, as its own stats page does.
    const at = Date.UTC(2026, 10, 30, 15, 30);
    const days = inZone('Asia/Tokyo', () => deviceDays([...summarize([taken(at), skipped(at + 1000)]).values()], '2026-12-01'));
    expect(days).toEqual([expect.objectContaining({ day: '2026-12-01', taken: 1, skipped: 1 })]);
  });
});
