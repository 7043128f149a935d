// Nudges at a natural pause, the whole background on fakes: the idle API is told the short
// interval when the window opens and the usual one after, and a pause brings the reminder.
import { describe, expect, it } from 'vitest';
import { NUDGE_IDLE_SEC } from '../../src/core/scheduler/nudge';
import { MIN, T0, World } from './support/world';
import { IDLE_INTERVAL_KEY } from '../../src/storage/keys';

describe('nudges (background)', () => {
  it('sets the short detection interval when the window opens and puts it back once the break is due', async () => {
    const w = new World();
    await w.startWorker();
    expect(w.idle.intervalsSet).toEqual([60]);
    await w.advance(25 * MIN);
    expect(w.idle.detectionIntervalSec).toBe(NUDGE_IDLE_SEC);
    expect(await w.session.get(IDLE_INTERVAL_KEY)).toBe(NUDGE_IDLE_SEC);
    await w.advance(5 * MIN);
    expect(w.idle.intervalsSet).toEqual([60, NUDGE_IDLE_SEC, 60]);
    expect(await w.session.get(IDLE_INTERVAL_KEY)).toBe(60);
  });

  it('sets it again on a worker restart inside the window (the browser forgets it with the worker)', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(26 * MIN);
    w.idle.detectionIntervalSec = null;
    await w.restartWorker();
    expect(w.idle.detectionIntervalSec).toBe(NUDGE_IDLE_SEC);
  });

  it('shows the reminder at a pause in input inside the window', async () => {
    const w = new World();
    await w.startWorker();
    await w.advance(27 * MIN);
    expect(w.notifications.shown.size).toBe(0);
    w.idle.set('idle');
    await w.flush();
    expect(w.notifications.shown.size).toBe(1);
    expect([...w.fakeHistory.events.values()].find((e) => e.type === 'due')).toMatchObject({ at: T0 + 27 * MIN, earlyMs: 3 * MIN });
  });
});
