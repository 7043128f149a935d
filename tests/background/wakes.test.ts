// How often the engine's own alarms wake the worker in an active hour (issue 7's budget; the
// bench measures the same in a real browser). The whole background runs on fakes; the user stays
// active and takes each break as soon as its reminder shows, as the bench's simulated user does.
// Firings less than 30 s apart share one wake: a worker lives 30 s after its last event.
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../src/core/settings/defaults';
import { MIN, World } from './support/world';

const WORKER_LIFETIME_MS = 30_000;

async function wakesPerActiveHour(settings: Partial<Settings>, hours = 3): Promise<{ perHour: number; firings: string[] }> {
  const w = new World();
  await w.startWorker();
  await w.saveSettings(settings);
  const start = w.now;
  const end = start + hours * 60 * MIN;
  const wakes: number[] = [];
  const firings: string[] = [];
  for (let guard = 0; guard < 10_000; guard++) {
    const next = w.alarms.nextDue(end);
    if (!next) break;
    w.now = Math.max(w.now, next.scheduledTime);
    if (!wakes.length || w.now - wakes[wakes.length - 1]! >= WORKER_LIFETIME_MS) wakes.push(w.now);
    firings.push(`${(w.now - start) / MIN}:${next.name}`);
    w.alarms.trigger(next.name, w.now);
    await w.flush();
    // The user answers the reminder at once (from the popup, while the worker is still awake).
    if (w.notifications.shown.size) await w.send('break/done', { stretchIds: [], durationMs: 60_000, completed: true });
  }
  return { perHour: wakes.length / hours, firings };
}

describe('worker wakes per active hour', () => {
  it('stay within 3 with the badge countdown off', async () => {
    const { perHour, firings } = await wakesPerActiveHour({ badgeCountdown: false });
    expect(perHour, firings.join(' ')).toBeLessThanOrEqual(3);
  });

  // Issue 3 fixes the countdown's cadence (every 5 minutes while far off, every minute in the last
  // 5): 9 heartbeats per 30-minute break, so 20 wakes an hour with the breaks. Issue 7's budget of
  // 15 needs a sparser cadence than issue 3 allows (every 15 minutes far off would give 14).
  it('stay within issue 3\'s cadence, 20, with the badge countdown on', async () => {
    const { perHour, firings } = await wakesPerActiveHour({ badgeCountdown: true });
    expect(perHour, firings.join(' ')).toBeLessThanOrEqual(20);
  });

  it('come from the break alarm alone with the countdown off', async () => {
    const { firings } = await wakesPerActiveHour({ badgeCountdown: false }, 1);
    expect(firings).toEqual(['30:break', '60:break']);
  });
});
