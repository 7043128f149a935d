// Sleep, a closed browser and a clock set back: none of it counts as activity, and none of it
// produces a storm of reminders.
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0 } from './support/sim';

describe('sleep', () => {
  it('does not count a sleep as activity', () => {
    const sim = new Sim({ naturalBreakMin: 60 });
    sim.advance(10 * MIN);
    sim.sleep(30 * MIN);
    expect(sim.view().phase).toBe('counting');
    expect(sim.view().remainingMs).toBe(20 * MIN);
  });

  it('takes a sleep of at least the natural-break length as a natural break', () => {
    const sim = new Sim({ naturalBreakMin: 5 });
    sim.advance(20 * MIN);
    sim.sleep(45 * MIN);
    expect(sim.history('natural')).toEqual([expect.objectContaining({ idleMs: 45 * MIN })]);
    expect(sim.view().remainingMs).toBe(30 * MIN);
    expect(sim.reminders()).toEqual([]);
  });

  it('gives at most one reminder after waking with a break due and alarms overdue', () => {
    const sim = new Sim({ naturalBreakMin: 60, renudgeAfterMin: 5 });
    sim.advance(30 * MIN); // due, reminded
    sim.sleep(40 * MIN); // the re-nudge and the retries all fall into the sleep
    sim.advance(60 * MIN);
    expect(sim.reminders().map((r) => r.nudge)).toEqual([false, true]);
  });

  it('notices a sleep from the missing heartbeat even when another event wakes it first', () => {
    const sim = new Sim({ naturalBreakMin: 60 });
    sim.advance(10 * MIN);
    sim.now += 30 * MIN; // asleep; on wake the idle API speaks before any alarm
    sim.setPresence('active');
    expect(sim.view().remainingMs).toBe(20 * MIN);
  });
});

// Without a heartbeat, the last event the worker saw can lie up to one interval before the sleep.
// The gap starts there: the activity in between is not counted either (the break comes later by
// at most that much), never the sleep itself.
describe('sleep without the badge countdown (no heartbeat)', () => {
  it('sees a sleep through the late break alarm', () => {
    const sim = new Sim({ badgeCountdown: false, naturalBreakMin: 60 });
    sim.advance(10 * MIN);
    sim.setFocus(true); // the last event before the sleep
    sim.sleep(30 * MIN); // the break alarm due at 30 fires at 40
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 20 * MIN });
    expect(sim.reminders()).toEqual([]);
  });

  it('counts nothing since the last event when that came before the sleep', () => {
    const sim = new Sim({ badgeCountdown: false, naturalBreakMin: 60 });
    sim.advance(10 * MIN); // no event: nothing wakes the worker
    sim.sleep(30 * MIN);
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN });
    expect(sim.history('natural')).toEqual([]);
  });

  it('sees a sleep from the overdue break alarm when another event wakes it first', () => {
    const sim = new Sim({ badgeCountdown: false, naturalBreakMin: 60 });
    sim.advance(10 * MIN);
    sim.setFocus(true);
    sim.now += 30 * MIN;
    sim.setPresence('active');
    expect(sim.view().remainingMs).toBe(20 * MIN);
  });

  it('takes such a sleep of at least the natural-break length as a natural break', () => {
    const sim = new Sim({ badgeCountdown: false, naturalBreakMin: 5 });
    sim.advance(20 * MIN);
    sim.setFocus(true);
    sim.sleep(45 * MIN);
    expect(sim.history('natural')).toEqual([expect.objectContaining({ idleMs: 45 * MIN })]);
    expect(sim.view().remainingMs).toBe(30 * MIN);
    expect(sim.reminders()).toEqual([]);
  });
});

describe('browser restart', () => {
  // The closed time starts at the last event the worker saw: here, a focus change at 12 minutes.
  it('keeps the count across a short close, without counting the closed time', () => {
    const sim = new Sim({ naturalBreakMin: 5 });
    sim.advance(12 * MIN);
    sim.setFocus(true);
    sim.now += 3 * MIN;
    sim.dispatch({ type: 'start', browserStarted: true, obs: sim.obs() });
    expect(sim.view().remainingMs).toBe(18 * MIN);
    expect(sim.history('natural')).toEqual([]);
  });

  it('calls a close of at least the natural-break length a natural break', () => {
    const sim = new Sim({ naturalBreakMin: 5 });
    sim.advance(12 * MIN);
    sim.setFocus(true);
    sim.now += 8 * 60 * MIN;
    sim.dispatch({ type: 'start', browserStarted: true, obs: sim.obs() });
    expect(sim.history('natural')).toEqual([expect.objectContaining({ idleMs: 8 * 60 * MIN })]);
    expect(sim.view().remainingMs).toBe(30 * MIN);
  });

  it('starts the user as away when the browser opens without input', () => {
    const sim = new Sim({ naturalBreakMin: 5 });
    sim.advance(12 * MIN);
    sim.setFocus(true);
    sim.now += 60 * MIN;
    sim.env.presence = 'idle';
    sim.dispatch({ type: 'start', browserStarted: true, obs: sim.obs() });
    expect(sim.view().phase).toBe('idle');
    sim.advance(MIN);
    sim.setPresence('active');
    expect(sim.history('natural')).toEqual([expect.objectContaining({ idleMs: 61 * MIN })]);
  });
});

describe('clock set back', () => {
  it('never counts negative time nor the same time twice', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.now -= 60 * MIN; // someone sets the clock back an hour
    sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
    expect(sim.view().remainingMs).toBe(20 * MIN);
    sim.advance(5 * MIN);
    expect(sim.view().remainingMs).toBe(15 * MIN);
  });

  it('keeps a snooze its length when the clock goes back', () => {
    const sim = new Sim({ snoozeMin: 5 });
    sim.advance(30 * MIN);
    sim.dispatch({ type: 'snooze' });
    sim.now -= 60 * MIN;
    sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
    expect(sim.view().until).toBe(sim.now + 5 * MIN);
  });

  it('counts a clock moved forward as a gap, never as activity', () => {
    const sim = new Sim({ naturalBreakMin: 120 });
    sim.advance(10 * MIN);
    sim.now += 60 * MIN;
    sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
    expect(sim.view().remainingMs).toBe(20 * MIN);
  });
});
