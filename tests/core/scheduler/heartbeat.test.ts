// Where the alive marks lie (heartbeat.ts). Without the countdown they, the nudge alarm and the
// break alarm are the only wakes of an active stretch, so between them they must keep every gap
// within ALIVE_MAX_MS (what a restart may lose) with as few wakes as that allows.
import { describe, expect, it } from 'vitest';
import { ALIVE_MAX_MS, MINUTE_MS, wakeMarkBelow } from '../../../src/core/scheduler/heartbeat';

const MIN = MINUTE_MS;

/** Every mark from the count's start on, in minutes counted, as the heartbeat reaches them. */
function marks(breakIntervalMin: number, nudgeWindowMin: number, badgeCountdown: boolean): number[] {
  const settings = { breakIntervalMin, nudgeWindowMin, badgeCountdown };
  const interval = breakIntervalMin * MIN;
  const out: number[] = [];
  for (let left: number | null = wakeMarkBelow(interval, settings); left !== null; left = wakeMarkBelow(left, settings)) {
    out.push((interval - left) / MIN);
  }
  return out;
}

describe('alive marks without the countdown', () => {
  it('make 3 wakes of a 30-minute break with the 5-minute nudge window: 12.5, the window, the break', () => {
    expect(marks(30, 5, false)).toEqual([12.5]);
  });

  it('split the count evenly when the nudge window is off', () => {
    expect(marks(30, 0, false)).toEqual([15]);
    expect(marks(60, 0, false)).toEqual([15, 30, 45]);
    expect(marks(45, 0, false)).toEqual([15, 30]);
  });

  it('need none when the window opens within the bound', () => {
    expect(marks(20, 5, false)).toEqual([]);
    expect(marks(10, 0, false)).toEqual([]);
  });

  it('keep marking inside a window longer than the bound', () => {
    expect(marks(60, 20, false)).toEqual([13.333333333333334, 26.666666666666668, 50]);
  });

  it('span the whole count when the window is as long as the break (no nudge alarm then)', () => {
    expect(marks(20, 30, false)).toEqual([10]);
    expect(marks(20, 20, false)).toEqual([10]);
  });

  it('leave no gap longer than ALIVE_MAX_MS, for every interval and window, with the fewest marks', () => {
    for (let interval = 1; interval <= 240; interval++) {
      for (let window = 0; window <= 30; window++) {
        const nudgeAt = window > 0 && window < interval ? interval - window : null;
        const wakes = [0, ...marks(interval, window, false), ...(nudgeAt === null ? [] : [nudgeAt]), interval].sort((a, b) => a - b);
        const gaps = wakes.slice(1).map((w, i) => w - wakes[i]!);
        const where = `${interval} min, window ${window}: ${wakes.join(' ')}`;
        expect(Math.max(...gaps) * MIN, where).toBeLessThanOrEqual(ALIVE_MAX_MS);
        expect(
          gaps.every((g) => g > 0),
          where,
        ).toBe(true);
        // The fewest: the spans before the nudge alarm and the break, each in parts of at most the bound.
        const spans = nudgeAt === null ? [interval] : [nudgeAt, interval - nudgeAt];
        const fewest = spans.reduce((n, span) => n + Math.ceil((span * MIN) / ALIVE_MAX_MS) - 1, 0);
        expect(marks(interval, window, false), where).toHaveLength(fewest);
      }
    }
  });
});

describe('marks with the countdown on', () => {
  it('step every 10 minutes left, then at 5, 3, 2 and 1, whatever the window', () => {
    expect(marks(30, 5, true)).toEqual([10, 20, 25, 27, 28, 29]);
    expect(marks(30, 0, true)).toEqual([10, 20, 25, 27, 28, 29]);
    expect(marks(45, 5, true)).toEqual([5, 15, 25, 35, 40, 42, 43, 44]);
  });
});
