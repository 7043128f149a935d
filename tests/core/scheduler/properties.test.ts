// Properties over random event sequences: whatever happens, in whatever order, active time is
// never negative, never more than the wall time, never counted while away, paused or outside
// working hours, no due break is reminded more than once (plus one re-nudge), and while counting
// the break alarm sits exactly at now + the active time still to go.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/core/settings/defaults';
import type { Presence } from '../../../src/core/scheduler/events';
import { isPresent } from '../../../src/core/scheduler/presence';
import { ALIVE_MAX_MS, WAKE_SLACK_MS } from '../../../src/core/scheduler/heartbeat';
import { activeMsAt } from '../../../src/core/scheduler/status-view';
import { workingMsBetween } from '../../../src/core/scheduler/working-hours';
import { MIN, Sim } from './support/sim';

/** More runs for a deeper search: UNHUNCH_PROPERTY_RUNS=20000 npx vitest run tests/core/scheduler */
const RUNS = Number(process.env.UNHUNCH_PROPERTY_RUNS ?? 400);

type Action =
  | { kind: 'wait'; ms: number }
  | { kind: 'sleep'; ms: number }
  | { kind: 'presence'; presence: Presence }
  | { kind: 'focus'; focused: boolean }
  | { kind: 'media'; media: boolean }
  | { kind: 'snooze' | 'skip' | 'done' | 'breakNow' | 'resume' }
  | { kind: 'pause'; forMs: number | null }
  | { kind: 'restart'; closedMs: number }
  | { kind: 'clockBack'; ms: number };

const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('wait' as const), ms: fc.integer({ min: 0, max: 45 * MIN }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('sleep' as const), ms: fc.integer({ min: 10 * MIN, max: 10 * 60 * MIN }) }) },
  {
    weight: 3,
    arbitrary: fc.record({ kind: fc.constant('presence' as const), presence: fc.constantFrom<Presence>('active', 'idle', 'locked') }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('focus' as const), focused: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('media' as const), media: fc.boolean() }) },
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constantFrom('snooze' as const, 'skip' as const, 'done' as const, 'breakNow' as const, 'resume' as const),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('pause' as const), forMs: fc.option(fc.integer({ min: MIN, max: 180 * MIN })) }) },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('restart' as const),
      closedMs: fc.oneof(fc.integer({ min: 0, max: 30 * MIN }), fc.integer({ min: 0, max: 600 * MIN })),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('clockBack' as const), ms: fc.integer({ min: 1, max: 120 * MIN }) }) },
);

const settingsArb: fc.Arbitrary<Partial<Settings>> = fc.record({
  breakIntervalMin: fc.integer({ min: 1, max: 60 }),
  naturalBreakMin: fc.integer({ min: 1, max: 30 }),
  idleDetectionSec: fc.integer({ min: 15, max: 300 }),
  snoozeLimitPerBreak: fc.integer({ min: 0, max: 3 }),
  snoozeMin: fc.integer({ min: 1, max: 15 }),
  renudgeAfterMin: fc.integer({ min: 0, max: 10 }),
  mediaHoldMaxMin: fc.integer({ min: 0, max: 30 }),
  routineEvery: fc.integer({ min: 0, max: 4 }),
  countOnlyWhenFocused: fc.boolean(),
  mediaAware: fc.boolean(),
  workingHoursEnabled: fc.boolean(),
  badgeCountdown: fc.boolean(),
});

/** All active time ever credited: reported on history events plus what is not reported yet. */
function credited(sim: Sim): number {
  return sim.of('history').reduce((sum, e) => sum + (e.event.activeMs ?? 0), 0) + sim.state.unreportedActiveMs;
}

function dispatchAction(sim: Sim, a: Action): void {
  switch (a.kind) {
    case 'wait':
      return sim.advance(a.ms);
    case 'sleep':
      return sim.sleep(a.ms);
    case 'presence':
      return sim.setPresence(a.presence);
    case 'focus':
      return sim.setFocus(a.focused);
    case 'media':
      sim.env.media = a.media;
      sim.dispatch({ type: 'media', media: a.media, obs: sim.obs() });
      return;
    case 'pause':
      sim.dispatch({ type: 'pause', until: a.forMs === null ? null : sim.now + a.forMs });
      return;
    case 'done':
      sim.dispatch({ type: 'done', record: { stretchIds: [], durationMs: 1000, completed: true } });
      return;
    case 'restart':
      sim.now += a.closedMs;
      sim.alarms.clear(); // Firefox forgets alarms across a restart
      sim.dispatch({ type: 'start', browserStarted: true, obs: sim.obs() });
      return;
    case 'clockBack':
      sim.now = sim.state.lastSeenAt - a.ms;
      sim.dispatch({ type: 'start', browserStarted: false, obs: sim.obs() });
      return;
    default:
      sim.dispatch({ type: a.kind });
  }
}

describe('scheduler properties', () => {
  it('hold over random event sequences', () => {
    fc.assert(
      fc.property(settingsArb, fc.array(action, { maxLength: 60 }), (overrides, actions) => {
        const sim = new Sim(overrides);
        const settings = sim.settings;
        const interval = settings.breakIntervalMin * MIN;
        let wall = 0;
        for (const a of actions) {
          const before = {
            state: sim.state,
            now: sim.now,
            credited: credited(sim),
            effects: sim.effects.length,
            steps: sim.steps,
            env: { ...sim.env },
          };
          dispatchAction(sim, a);
          // Time is credited only when the scheduler runs, up to that instant: compare with the
          // wall time between the scheduler's last runs before and after the action.
          const from = before.state.lastSeenAt;
          const to = sim.state.lastSeenAt;
          const gained = credited(sim) - before.credited;
          const elapsed = Math.max(0, to - from);
          wall += elapsed;

          // Never negative, never past the interval.
          expect(sim.state.activeMs).toBeGreaterThanOrEqual(0);
          expect(sim.state.activeMs).toBeLessThanOrEqual(interval);
          expect(sim.state.unreportedActiveMs).toBeGreaterThanOrEqual(0);
          // Never more than the wall time, and only working time.
          expect(gained).toBeLessThanOrEqual(elapsed);
          expect(gained).toBeLessThanOrEqual(workingMsBetween(from, to, settings));
          // Nothing counts across a sleep, a closed browser or a clock set back. A sleep shows by
          // an alarm it covered coming more than WAKE_SLACK_MS late (a little late is taken as
          // proof of being awake). While counting, the heartbeat or the break alarm is expected
          // within ALIVE_MAX_MS, countdown on or off, so that is so for every sleep longer than
          // ALIVE_MAX_MS + the slack (heartbeat.ts states the bound).
          if (a.kind === 'sleep' && a.ms > ALIVE_MAX_MS + WAKE_SLACK_MS) expect(gained).toBeLessThanOrEqual(WAKE_SLACK_MS);
          if (a.kind === 'clockBack') expect(gained).toBeLessThanOrEqual(0);
          // Issue 19: a restart counts the time since the last alive mark only up to where the
          // closure is sure (the expected alarm, a repeat and the slack), and only while counting.
          if (a.kind === 'restart' && a.closedMs > 0) {
            const expected = before.state.expectedAlarm;
            const sure = expected ? expected.at + expected.periodMs + WAKE_SLACK_MS : from;
            if (before.state.phase.tag !== 'counting') expect(gained).toBeLessThanOrEqual(0);
            else expect(gained).toBeLessThanOrEqual(Math.max(0, sure - from));
          }
          // Issues 15 and 19: a restart shorter than the natural break never makes one, whatever
          // the settings (a user already away before it is judged by that absence), and loses
          // nothing of what the scheduler would have counted by the time the browser closed.
          if (a.kind === 'restart' && a.closedMs < settings.naturalBreakMin * MIN && before.state.awaySince === null) {
            expect(sim.effects.slice(before.effects).filter((e) => e.type === 'history' && e.event.type === 'natural')).toEqual([]);
            if (before.state.phase.tag === 'counting' && sim.state.phase.tag === 'counting') {
              const lost = activeMsAt(before.state, before.now, settings) - sim.state.activeMs;
              expect(lost).toBeLessThanOrEqual(0);
            }
          }
          // Nothing counts while the user was away (or unfocused, with that option on).
          if (a.kind === 'wait' && !isPresent(before.env, settings)) expect(gained).toBeLessThanOrEqual(0);
          // Nothing counts during a pause that has not run out.
          const p = before.state.phase;
          if (p.tag === 'paused' && (p.until === null || p.until >= to)) expect(gained).toBeLessThanOrEqual(0);

          // Alarms lie in the future (one in the past would fire in a loop), and the worker
          // wakes at most about twice a minute, never in a storm.
          for (const alarm of sim.alarms.values()) expect(alarm.at).toBeGreaterThan(sim.state.lastSeenAt);
          const wakes = sim.steps - before.steps;
          if (a.kind === 'wait') expect(wakes).toBeLessThanOrEqual(2 * Math.ceil(a.ms / MIN) + 2);

          // While counting, the break alarm is now + the active time still to go.
          if (sim.state.phase.tag === 'counting' && !settings.workingHoursEnabled) {
            expect(sim.alarms.get('break')?.at).toBe(sim.now + sim.view().remainingMs);
          }
        }
        expect(credited(sim)).toBeLessThanOrEqual(wall);

        // At most one reminder per due break, and at most one re-nudge.
        const count = new Map<string, number>();
        for (const r of sim.reminders()) {
          const key = `${r.episode}/${r.nudge}`;
          count.set(key, (count.get(key) ?? 0) + 1);
        }
        for (const [key, n] of count) expect(n, key).toBe(1);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
