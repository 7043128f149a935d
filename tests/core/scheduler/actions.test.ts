// What the user does with a break: snooze (with a limit), skip, done, a break now, and pause.
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0 } from './support/sim';

const record = { stretchIds: ['neck-tilt'], durationMs: 90_000, completed: true };

function dueSim(overrides = {}) {
  const sim = new Sim(overrides);
  sim.advance(30 * MIN);
  return sim;
}

describe('snooze', () => {
  it('moves the reminder by the snooze length and logs it', () => {
    const sim = dueSim({ snoozeMin: 5 });
    sim.dispatch({ type: 'snooze' });
    expect(sim.view()).toMatchObject({ phase: 'snoozed', until: T0 + 35 * MIN, snoozesLeft: 2, nextBreakAt: T0 + 35 * MIN });
    expect(sim.alarms.get('break')?.at).toBe(T0 + 35 * MIN);
    expect(sim.history('snoozed')).toEqual([expect.objectContaining({ untilMs: T0 + 35 * MIN })]);
    sim.advance(5 * MIN);
    expect(sim.view().phase).toBe('due');
    expect(sim.reminders().map((r) => r.now)).toEqual([T0 + 30 * MIN, T0 + 35 * MIN]);
  });

  it('stops at the limit per break, and offers no snooze in the last reminder', () => {
    const sim = dueSim({ snoozeLimitPerBreak: 2 });
    sim.dispatch({ type: 'snooze' });
    sim.advance(5 * MIN);
    sim.dispatch({ type: 'snooze' });
    sim.advance(5 * MIN);
    expect(sim.reminders().at(-1)?.canSnooze).toBe(false);
    sim.dispatch({ type: 'snooze' });
    expect(sim.view()).toMatchObject({ phase: 'due', snoozesLeft: 0 });
    expect(sim.history('snoozed')).toHaveLength(2);
  });

  it('gives the next break a fresh set of snoozes', () => {
    const sim = dueSim({ snoozeLimitPerBreak: 1 });
    sim.dispatch({ type: 'snooze' });
    sim.dispatch({ type: 'done', record });
    expect(sim.view().snoozesLeft).toBe(1);
  });

  it('does nothing while no break is due', () => {
    const sim = new Sim();
    sim.dispatch({ type: 'snooze' });
    expect(sim.view().phase).toBe('counting');
    expect(sim.history('snoozed')).toEqual([]);
  });
});

describe('skip and done', () => {
  it('skip logs the break as skipped and starts the next count', () => {
    const sim = dueSim();
    sim.advance(MIN);
    sim.dispatch({ type: 'skip' });
    expect(sim.history('skipped')).toEqual([expect.objectContaining({ at: T0 + 31 * MIN, kind: 'posture' })]);
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN });
    expect(sim.of('clearNotification').at(-1)?.now).toBe(T0 + 31 * MIN);
  });

  it('done logs a taken break with its record, resets the counter and counts today', () => {
    const sim = dueSim();
    sim.dispatch({ type: 'done', record });
    expect(sim.history('taken')).toEqual([
      expect.objectContaining({ kind: 'posture', stretchIds: ['neck-tilt'], durationMs: 90_000, completed: true }),
    ]);
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN, takenToday: 1 });
  });

  it('counts taken breaks per local day', () => {
    const sim = dueSim();
    sim.dispatch({ type: 'done', record });
    sim.advance(30 * MIN);
    sim.dispatch({ type: 'done', record });
    expect(sim.view().takenToday).toBe(2);
    sim.sleep(24 * 60 * MIN);
    expect(sim.view().takenToday).toBe(0);
  });

  it('done without a due break (a stretch from the popup) also resets the counter', () => {
    const sim = new Sim();
    sim.advance(12 * MIN);
    sim.dispatch({ type: 'done', record });
    expect(sim.view().remainingMs).toBe(30 * MIN);
  });

  it('gives each event a stable id, so a retried write lands once', () => {
    const a = dueSim();
    const b = dueSim();
    a.dispatch({ type: 'done', record });
    b.dispatch({ type: 'done', record });
    expect(a.history().map((e) => e.id)).toEqual(b.history().map((e) => e.id));
    expect(new Set(a.history().map((e) => e.id)).size).toBe(a.history().length);
  });
});

describe('take a break now', () => {
  it('makes the break due at once without a reminder', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.dispatch({ type: 'breakNow' });
    expect(sim.view()).toMatchObject({ phase: 'due', remainingMs: 0 });
    expect(sim.reminders()).toEqual([]);
    expect(sim.history('due')).toHaveLength(1);
    sim.dispatch({ type: 'done', record });
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN, takenToday: 1 });
  });
});

describe('pause', () => {
  it('stops the count, shows paused on the badge and resumes by itself', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.dispatch({ type: 'pause', until: sim.now + 30 * MIN });
    expect(sim.view()).toMatchObject({ phase: 'paused', until: T0 + 40 * MIN, remainingMs: 20 * MIN });
    expect(sim.of('badge').at(-1)).toMatchObject({ text: { key: 'bgBadgePaused' }, tone: 'paused' });
    expect(sim.alarms.get('break')?.at).toBe(T0 + 40 * MIN);
    sim.advance(30 * MIN);
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 20 * MIN });
    expect(sim.history('resumed')).toEqual([expect.objectContaining({ at: T0 + 40 * MIN })]);
  });

  it('pauses until resumed, with no alarm at all', () => {
    const sim = new Sim();
    sim.dispatch({ type: 'pause', until: null });
    expect(sim.alarms.size).toBe(0);
    sim.advance(300 * MIN);
    expect(sim.view().phase).toBe('paused');
    sim.dispatch({ type: 'resume' });
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN });
  });

  it('holds a due break and brings it back on resume', () => {
    const sim = dueSim();
    sim.dispatch({ type: 'pause', until: sim.now + 60 * MIN });
    expect(sim.of('clearNotification').at(-1)?.now).toBe(sim.now);
    sim.advance(60 * MIN);
    expect(sim.view().phase).toBe('due');
    expect(sim.reminders().map((r) => r.now)).toEqual([T0 + 30 * MIN, T0 + 90 * MIN]);
  });

  it('starts a fresh count after a pause until tomorrow', () => {
    const sim = new Sim();
    sim.advance(25 * MIN);
    sim.dispatch({ type: 'pause', until: new Date(2026, 0, 6, 0, 0).getTime() });
    sim.advanceTo(new Date(2026, 0, 6, 0, 0).getTime());
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN });
  });

  it('logs the pause with its end', () => {
    const sim = new Sim();
    sim.dispatch({ type: 'pause', until: T0 + 60 * MIN });
    expect(sim.history('paused')).toEqual([expect.objectContaining({ at: T0, untilMs: T0 + 60 * MIN })]);
  });
});
