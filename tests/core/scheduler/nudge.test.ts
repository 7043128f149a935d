// Nudges at a natural pause (issue 12): inside the window before a break, the idle API is asked
// for a short interval, and a pause in input brings the break then; time is passed in.
import { describe, expect, it } from 'vitest';
import { NUDGE_IDLE_SEC } from '../../../src/core/scheduler/nudge';
import { MIN, Sim, T0 } from './support/sim';

const intervals = (sim: Sim) => sim.of('idleInterval').map((e) => e.seconds);
const lastInterval = (sim: Sim) => intervals(sim).at(-1);

describe('nudge window', () => {
  it('sets the short idle interval only inside the window, and puts it back after', () => {
    const sim = new Sim();
    expect(lastInterval(sim)).toBe(60);
    expect(sim.alarms.get('nudge')?.at).toBe(T0 + 25 * MIN);
    sim.advance(24 * MIN);
    expect(lastInterval(sim)).toBe(60);
    sim.advance(1 * MIN);
    expect(lastInterval(sim)).toBe(NUDGE_IDLE_SEC);
    expect(sim.alarms.has('nudge')).toBe(false);
    sim.advance(5 * MIN);
    expect(sim.view().phase).toBe('due');
    expect(lastInterval(sim)).toBe(60);
  });

  it('opens with its own alarm when the badge countdown is off (no heartbeat then)', () => {
    const sim = new Sim({ badgeCountdown: false });
    sim.advance(25 * MIN);
    expect(lastInterval(sim)).toBe(NUDGE_IDLE_SEC);
  });

  it('brings the break at a pause in input inside the window, and records how early', () => {
    const sim = new Sim();
    sim.advance(27 * MIN);
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('due');
    expect(sim.of('notify')).toHaveLength(1);
    expect(sim.history('due')).toMatchObject([{ at: T0 + 27 * MIN, earlyMs: 3 * MIN }]);
    // Back after a short pause: the break stays due, no natural break is logged.
    sim.advance(1 * MIN);
    sim.setPresence('active');
    expect(sim.view().phase).toBe('due');
    expect(sim.history('natural')).toEqual([]);
  });

  it('leaves a pause before the window alone: the count stops as ever', () => {
    const sim = new Sim();
    sim.advance(20 * MIN);
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('idle');
    expect(sim.of('notify')).toHaveLength(0);
  });

  it('without a pause, brings the break at its time, with nothing early about it', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    expect(sim.history('due')).toMatchObject([{ at: T0 + 30 * MIN }]);
    expect(sim.history('due')[0]).not.toHaveProperty('earlyMs');
  });

  it('is off at 0: no alarm, no short interval, a pause stops the count', () => {
    const sim = new Sim({ nudgeWindowMin: 0 });
    expect(sim.alarms.has('nudge')).toBe(false);
    sim.advance(28 * MIN);
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('idle');
    expect(new Set(intervals(sim))).toEqual(new Set([60]));
  });

  it("never asks for less than the person's own interval, nor below the browsers' 15 s", () => {
    const sim = new Sim({ idleDetectionSec: 15 });
    sim.advance(26 * MIN);
    expect(lastInterval(sim)).toBe(15);
    expect(Math.min(...intervals(new Sim()))).toBeGreaterThanOrEqual(15);
  });

  it('does not bring a break forward while media plays (that is no pause)', () => {
    const sim = new Sim();
    sim.advance(26 * MIN);
    sim.setMedia(true);
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('counting');
  });
});
