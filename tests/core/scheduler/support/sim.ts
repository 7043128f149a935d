// A small world for scenario tests: the pure scheduler plus alarms that fire like the browser's
// (late after a sleep, repeating until replaced) and a user whose presence, focus and media the
// test sets. Time only moves when the test says so.
import { defaultSettings, type Settings } from '../../../../src/core/settings/defaults';
import type { Effect } from '../../../../src/core/scheduler/effects';
import type { AlarmName, Observation, Presence, SchedulerEvent } from '../../../../src/core/scheduler/events';
import { initialState, type SchedulerState } from '../../../../src/core/scheduler/state';
import { step } from '../../../../src/core/scheduler/step';
import { statusView } from '../../../../src/core/scheduler/status-view';

export const MIN = 60_000;
/** Monday 5 January 2026, 10:00 local time. */
export const T0 = new Date(2026, 0, 5, 10, 0).getTime();

export class Sim {
  now: number;
  state: SchedulerState;
  settings: Settings;
  env: Required<Observation> = { presence: 'active', focused: true, media: false };
  alarms = new Map<AlarmName, { at: number; periodMs: number }>();
  effects: (Effect & { now: number })[] = [];
  /** Steps taken: the background saves once per step, so each is one wake of the worker. */
  steps = 0;

  constructor(overrides: Partial<Settings> = {}, start = T0) {
    this.now = start;
    this.settings = { ...defaultSettings(), ...overrides };
    this.state = initialState(start);
    this.dispatch({ type: 'start', browserStarted: true, obs: this.obs() });
  }

  obs(): Observation {
    return { ...this.env };
  }

  dispatch(event: SchedulerEvent): Effect[] {
    const { state, effects } = step(this.state, event, this.now, this.settings);
    this.state = state;
    this.steps += 1;
    for (const e of effects) {
      this.effects.push({ ...e, now: this.now });
      if (e.type === 'alarm') this.alarms.set(e.name, { at: e.at, periodMs: e.periodMs });
      if (e.type === 'clearAlarm') this.alarms.delete(e.name);
    }
    return effects;
  }

  /** Moves time to `t`, firing alarms in order on the way, as an awake machine does. */
  advanceTo(t: number): void {
    for (let guard = 0; guard < 10_000; guard++) {
      const next = [...this.alarms.entries()].sort((a, b) => a[1].at - b[1].at)[0];
      if (!next || next[1].at > t) break;
      const [name, alarm] = next;
      this.now = Math.max(this.now, alarm.at);
      const scheduledTime = alarm.at;
      alarm.at += alarm.periodMs; // a repeating alarm moves on unless the step replaces it
      this.dispatch({ type: 'alarm', name, scheduledTime, obs: this.obs() });
    }
    this.now = Math.max(this.now, t);
  }

  advance(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  /** The machine sleeps: nothing fires; on wake every overdue alarm fires once, late. */
  sleep(ms: number): void {
    this.now += ms;
    for (const [name, alarm] of [...this.alarms.entries()].sort((a, b) => a[1].at - b[1].at)) {
      if (alarm.at > this.now || this.alarms.get(name) !== alarm) continue;
      const scheduledTime = alarm.at;
      alarm.at = this.now + alarm.periodMs;
      this.dispatch({ type: 'alarm', name, scheduledTime, obs: this.obs() });
    }
  }

  setPresence(presence: Presence): void {
    this.env.presence = presence;
    this.dispatch({ type: 'presence', presence, obs: this.obs() });
  }

  setFocus(focused: boolean): void {
    this.env.focused = focused;
    this.dispatch({ type: 'focus', focused, obs: this.obs() });
  }

  /** Media changes send no event; the next poll (heartbeat or alarm) sees it. */
  setMedia(media: boolean): void {
    this.env.media = media;
  }

  view() {
    return statusView(this.state, this.now, this.settings);
  }

  of<T extends Effect['type']>(type: T, since = -Infinity): (Extract<Effect, { type: T }> & { now: number })[] {
    return this.effects.filter((e): e is Extract<Effect, { type: T }> & { now: number } => e.type === type && e.now >= since);
  }

  history(type?: string) {
    return this.of('history')
      .map((e) => e.event)
      .filter((e) => !type || e.type === type);
  }

  reminders(since = -Infinity) {
    return this.of('notify', since);
  }
}
