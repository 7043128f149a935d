// The core loop: active time counts towards a break, the break becomes due on time, one reminder
// goes out, the badge follows, and the alarms are the ones the state calls for.
import { describe, expect, it } from 'vitest';
import { MIN, Sim, T0 } from './support/sim';
import { initialState } from '../../../src/core/scheduler/state';
import { step } from '../../../src/core/scheduler/step';
import { defaultSettings } from '../../../src/core/settings/defaults';
import { ALARM_RETRY_MS } from '../../../src/core/scheduler/heartbeat';

describe('step: counting to a break', () => {
  it('schedules the break alarm at now + the interval on a fresh start', () => {
    const sim = new Sim();
    expect(sim.alarms.get('break')?.at).toBe(T0 + 30 * MIN);
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 30 * MIN, nextBreakAt: T0 + 30 * MIN, breakKind: 'posture' });
  });

  it('makes the break due after 30 active minutes and shows one reminder', () => {
    const sim = new Sim();
    sim.advance(29 * MIN);
    expect(sim.reminders()).toHaveLength(0);
    expect(sim.view().remainingMs).toBe(MIN);
    sim.advance(MIN);
    expect(sim.view().phase).toBe('due');
    expect(sim.reminders()).toEqual([expect.objectContaining({ kind: 'posture', nudge: false, canSnooze: true, now: T0 + 30 * MIN })]);
    expect(sim.history('due')).toEqual([expect.objectContaining({ at: T0 + 30 * MIN, kind: 'posture', activeMs: 30 * MIN })]);
  });

  it('marks the due break on the badge', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    expect(sim.of('badge').at(-1)).toMatchObject({ text: { key: 'bgBadgeDue' }, tone: 'due' });
  });

  it('dates the break at the instant the interval was reached, even when the alarm comes late', () => {
    const sim = new Sim();
    sim.advance(29 * MIN);
    sim.alarms.clear(); // nothing fires; the alarm is delivered two minutes late
    sim.now = T0 + 32 * MIN;
    sim.dispatch({ type: 'alarm', name: 'break', scheduledTime: T0 + 30 * MIN, obs: sim.obs() });
    expect(sim.history('due')).toEqual([expect.objectContaining({ at: T0 + 30 * MIN, activeMs: 30 * MIN })]);
    expect(sim.reminders()).toHaveLength(1);
  });

  it('makes up for a lost break alarm at the next heartbeat', () => {
    const sim = new Sim();
    sim.advance(28 * MIN);
    sim.alarms.delete('break'); // its event landed while the worker was stopping
    sim.advance(2 * MIN);
    expect(sim.view().phase).toBe('due');
    expect(sim.reminders()).toEqual([expect.objectContaining({ now: T0 + 30 * MIN })]);
  });

  it('does not move the alarms when the worker restarts', () => {
    const sim = new Sim();
    sim.advance(7 * MIN + 13_000);
    const before = new Map(sim.alarms);
    sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
    expect(sim.alarms).toEqual(before);
  });

  it('makes every third break a stretch routine, and none when routines are off', () => {
    const kinds = (routineEvery: number) => {
      const sim = new Sim({ routineEvery });
      for (let i = 0; i < 4; i++) {
        sim.advance(30 * MIN);
        sim.dispatch({ type: 'done', record: { stretchIds: [], durationMs: 60_000, completed: true } });
      }
      return sim.reminders().map((r) => r.kind);
    };
    expect(kinds(3)).toEqual(['posture', 'posture', 'routine', 'posture']);
    expect(kinds(0)).toEqual(['posture', 'posture', 'posture', 'posture']);
  });

  it('does not change the state it is given', () => {
    const state = initialState(T0);
    const copy = structuredClone(state);
    step(state, { type: 'alarm', name: 'break', scheduledTime: T0 + 30 * MIN, obs: {} }, T0 + 30 * MIN, defaultSettings());
    expect(state).toEqual(copy);
  });
});

describe('step: heartbeat and badge countdown', () => {
  // Issue 13: at most 15 wakes an hour with the countdown on. The beat comes when the minutes
  // left cross a step: every 10 while far off, then 5, 3, 2 and 1; with the break alarm, 7 wakes
  // for a 30-minute break.
  it('beats when 20, 10, 5, 3, 2 and 1 minutes are left', () => {
    const sim = new Sim();
    sim.advance(30 * MIN - 1);
    const beats = sim.effects.filter((e) => e.type === 'alarm' && e.name === 'heartbeat').map((e) => (e.type === 'alarm' ? e.at - T0 : 0));
    const distinct = [...new Set(beats)].map((ms) => ms / MIN);
    expect(distinct).toEqual([10, 20, 25, 27, 28, 29]);
    expect(sim.steps).toBe(1 + 6);
  });

  it('shows whole minutes left on the badge as of each beat, never fewer than are left', () => {
    const sim = new Sim();
    const badgeAt = (t: number) =>
      sim
        .of('badge')
        .filter((b) => b.now <= t)
        .at(-1)?.text?.args[0];
    for (const t of [0, 5, 9.5, 10, 15, 20, 24, 25, 26.5, 27, 28, 29, 29.5]) {
      sim.advanceTo(T0 + t * MIN);
      const shown = badgeAt(sim.now) as number;
      expect(shown * MIN, `at ${t} min`).toBeGreaterThanOrEqual(sim.view().remainingMs);
    }
    expect(sim.of('badge').map((b) => b.text?.args[0])).toEqual([30, 20, 10, 5, 3, 2, 1]);
  });

  it('names the clock time of the break in the tooltip, true whenever it is read', () => {
    const sim = new Sim();
    sim.advance(12 * MIN);
    sim.setFocus(true); // any step restates the badge
    expect(sim.of('badge').at(-1)?.title).toEqual({ key: 'bgTitleCounting', args: [{ time: T0 + 30 * MIN }] });
  });

  // Issue 15: without the countdown the heartbeat still marks the browser alive, at most
  // ALIVE_MAX_MS apart, so a restart loses at most that much: 2 wakes for a 30-minute break.
  it('beats only every 15 minutes at most, with an empty badge, when the countdown is off', () => {
    // The nudge window's own wake is counted in nudge.test.ts and wakes.test.ts.
    const sim = new Sim({ badgeCountdown: false, nudgeWindowMin: 0 });
    sim.advance(29 * MIN);
    const beats = sim
      .of('alarm')
      .filter((e) => e.name === 'heartbeat')
      .map((e) => (e.at - T0) / MIN);
    expect([...new Set(beats)]).toEqual([15]);
    expect([...sim.alarms.keys()]).toEqual(['break']);
    expect(sim.of('badge').at(-1)?.text).toBeNull();
    sim.advance(MIN);
    expect(sim.reminders()).toEqual([expect.objectContaining({ now: T0 + 30 * MIN })]);
    expect(sim.steps).toBe(1 + 2);
  });

  it('looks every 5 minutes, without the countdown, while an idle user is kept counting by media', () => {
    const sim = new Sim({ badgeCountdown: false });
    sim.setMedia(true);
    sim.setPresence('idle');
    expect(sim.view().phase).toBe('counting');
    expect(sim.alarms.get('heartbeat')).toEqual({ at: T0 + 5 * MIN, periodMs: ALARM_RETRY_MS });
    sim.setMedia(false);
    sim.advance(5 * MIN); // the heartbeat sees the media end
    expect(sim.view().phase).toBe('idle');
    expect(sim.alarms.has('heartbeat')).toBe(false);
  });

  it('states the same beat again after a worker restart, so it is never pushed forward', () => {
    const sim = new Sim();
    sim.advance(13 * MIN);
    const before = sim.alarms.get('heartbeat');
    sim.now += 20_000;
    sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
    expect(sim.alarms.get('heartbeat')).toEqual(before);
    expect(before?.at).toBe(T0 + 20 * MIN);
  });

  it('stops the heartbeat while idle, paused, due or outside working hours', () => {
    const idle = new Sim();
    idle.setPresence('idle');
    expect(idle.alarms.has('heartbeat')).toBe(false);
    const paused = new Sim();
    paused.dispatch({ type: 'pause', until: null });
    expect(paused.alarms.has('heartbeat')).toBe(false);
    const due = new Sim();
    due.advance(30 * MIN);
    expect(due.alarms.has('heartbeat')).toBe(false);
    const night = new Sim({ workingHoursEnabled: true }, new Date(2026, 0, 5, 20, 0).getTime());
    expect(night.view().phase).toBe('outsideHours');
    expect(night.alarms.has('heartbeat')).toBe(false);
  });
});

describe('step: requests judged on the settled state', () => {
  it('takes a snooze pressed just after a pause ran out over a due break, before its alarm arrived', () => {
    const sim = new Sim();
    sim.advance(30 * MIN);
    sim.dispatch({ type: 'pause', until: sim.now + 5 * MIN });
    expect(sim.view().phase).toBe('paused');
    // The stored state still says "paused"; settling first brings the break back, so the snooze
    // is granted rather than refused on stale state.
    const r = step(sim.state, { type: 'snooze' }, sim.now + 5 * MIN + 1_000, sim.settings);
    expect(r.refused).toBeNull();
    expect(r.state.phase.tag).toBe('snoozed');
  });

  it('refuses a snooze when nothing is due, and one past the limit, changing nothing', () => {
    const sim = new Sim({ snoozeLimitPerBreak: 1 });
    const early = step(sim.state, { type: 'snooze' }, sim.now, sim.settings);
    expect(early.refused).toBe('snoozeNotAllowed');
    expect(early.state.phase.tag).toBe('counting');
    sim.advance(30 * MIN);
    sim.dispatch({ type: 'snooze' });
    sim.advance(sim.settings.snoozeMin * MIN);
    expect(sim.view().phase).toBe('due');
    const late = step(sim.state, { type: 'snooze' }, sim.now, sim.settings);
    expect(late.refused).toBe('snoozeNotAllowed');
    expect(late.state.phase.tag).toBe('due');
    expect(late.effects.filter((e) => e.type === 'history')).toEqual([]);
  });

  it('toggles the pause: pauses until resumed when running, resumes when paused', () => {
    const sim = new Sim();
    sim.advance(10 * MIN);
    sim.dispatch({ type: 'togglePause' });
    expect(sim.view()).toMatchObject({ phase: 'paused', until: null });
    sim.advance(5 * MIN);
    sim.dispatch({ type: 'togglePause' });
    expect(sim.view()).toMatchObject({ phase: 'counting', remainingMs: 20 * MIN });
  });
});
