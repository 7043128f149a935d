// Cycle ids name a cycle in the history and its due break's reminders: no two cycles may share one.
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0 } from './support/sim';

describe('cycle ids', () => {
  // Found by the property test: a 1-minute break, locked at the very start (the idle API dates
  // the last input a detection interval back, before the cycle began), then back at once: a
  // natural break at the instant the cycle began. The new cycle used to take the same id, and its
  // due break got a second reminder for the same episode.
  it('names a cycle begun at the instant of the last one anew', () => {
    const sim = new Sim({ breakIntervalMin: 1, naturalBreakMin: 1, idleDetectionSec: 60, mediaAware: false, badgeCountdown: false });
    sim.setPresence('locked');
    sim.setPresence('active');
    sim.advance(MIN);
    expect(sim.history('natural')).toHaveLength(1);
    expect(sim.state.cycle.startedAt).toBeGreaterThan(T0);
    const episodes = sim.reminders().map((r) => `${r.episode}/${r.nudge}`);
    expect(episodes).toHaveLength(2);
    expect(new Set(episodes).size).toBe(2);
  });

  // Also found by it: the clock set back into the hour before working hours, twice, so the
  // count began again at 9:00 both times.
  it('names a cycle begun again after the clock was set back anew', () => {
    const sim = new Sim({
      breakIntervalMin: 1,
      naturalBreakMin: 1,
      idleDetectionSec: 15,
      mediaAware: false,
      badgeCountdown: false,
      workingHoursEnabled: true,
    });
    const clockBack = (ms: number) => {
      sim.now = sim.state.lastSeenAt - ms;
      sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
    };
    clockBack(61 * MIN);
    sim.advance(2 * MIN);
    clockBack(2 * MIN);
    sim.advance(2 * MIN);
    const episodes = sim.reminders().map((r) => `${r.episode}/${r.nudge}`);
    expect(episodes.length).toBeGreaterThan(0);
    expect(new Set(episodes).size).toBe(episodes.length);
    const ids = sim.history().map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
