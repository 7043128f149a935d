// A due break's reminder: shown once, re-nudged at most once, held while media plays.
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0 } from './support/sim';

describe('reminders', () => {
  it('re-nudges once after the re-nudge delay, then never again', () => {
    const sim = new Sim({ renudgeAfterMin: 5 });
    sim.advance(30 * MIN);
    sim.advance(120 * MIN);
    expect(sim.reminders().map((r) => [r.now - T0, r.nudge])).toEqual([
      [30 * MIN, false],
      [35 * MIN, true],
    ]);
    expect(sim.alarms.size).toBe(0); // nothing left to wake for
  });

  it('never re-nudges when the re-nudge is off', () => {
    const sim = new Sim({ renudgeAfterMin: 0 });
    sim.advance(150 * MIN);
    expect(sim.reminders()).toHaveLength(1);
  });

  it('keeps the re-nudge for when the user is back', () => {
    const sim = new Sim({ renudgeAfterMin: 5, naturalBreakMin: 60, idleDetectionSec: 60 });
    sim.advance(30 * MIN);
    sim.setPresence('idle');
    sim.advance(20 * MIN);
    expect(sim.reminders()).toHaveLength(1);
    sim.setPresence('active');
    expect(sim.reminders().map((r) => [r.now - T0, r.nudge])).toEqual([
      [30 * MIN, false],
      [50 * MIN, true],
    ]);
  });
});

describe('media hold', () => {
  it('holds a due break while media plays and fires right after it ends', () => {
    const sim = new Sim({ mediaHoldMaxMin: 30 });
    sim.setMedia(true);
    sim.advance(30 * MIN);
    expect(sim.view().phase).toBe('due');
    expect(sim.reminders()).toEqual([]);
    sim.advance(10 * MIN);
    sim.setMedia(false);
    sim.advance(MIN);
    expect(sim.reminders()).toEqual([expect.objectContaining({ now: T0 + 41 * MIN })]);
  });

  it('holds no longer than the maximum', () => {
    const sim = new Sim({ mediaHoldMaxMin: 30 });
    sim.setMedia(true);
    sim.advance(90 * MIN);
    expect(sim.reminders()).toEqual([expect.objectContaining({ now: T0 + 60 * MIN })]);
  });

  it('does not hold when the hold maximum is zero or media awareness is off', () => {
    for (const overrides of [{ mediaHoldMaxMin: 0 }, { mediaAware: false }]) {
      const sim = new Sim(overrides);
      sim.setMedia(true);
      sim.advance(30 * MIN);
      expect(sim.reminders()).toHaveLength(1);
    }
  });
});
