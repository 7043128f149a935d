// The scheduler: step(state, event, now, settings) → { state, effects }. Pure: no browser, no
// clock of its own, no randomness. The input state is never changed; the background persists the
// returned state and carries out the effects.
import type { Settings } from '../settings/defaults';
import { breakNow, changeSettings, done, pause, resumeNow, skip, snooze } from './actions';
import { afterRestart, correctClockSetBack, gapStart } from './clock';
import { EffectList, type Effect } from './effects';
import { observationOf, type SchedulerEvent } from './events';
import { planAlarms } from './alarm-plan';
import type { StepContext } from './context';
import { applyObservation } from './presence';
import { settle } from './settle';
import { dueAtPause, pauseInWindow } from './nudge';
import type { SchedulerState } from './state';

/** A request step() turned down, judged on the state as it stands after settling. */
export type Refusal = 'snoozeNotAllowed';

export interface StepResult {
  state: SchedulerState;
  effects: Effect[];
  /** Set when the event asked for something the settled state does not allow; it changed nothing. */
  refused: Refusal | null;
}

export function step(previous: SchedulerState, event: SchedulerEvent, now: number, settings: Settings): StepResult {
  const state = structuredClone(previous);
  const effects = new EffectList();
  const ctx: StepContext = { now, settings, effects };

  correctClockSetBack(state, now);
  if (event.type === 'settings') changeSettings(ctx, state, event.previous);
  // Anything that was due while no event reached us is settled before the event itself, so that
  // e.g. a snooze pressed after a long sleep acts on the state as it is now.
  const gap = event.type === 'start' && event.browserStarted ? afterRestart(ctx, state) : gapStart(state, event, now);
  const early = gap === null ? pauseInWindow(state, event, now, settings) : null;
  applyObservation(ctx, state, observationOf(event), gap);
  settle(ctx, state, gap?.from ?? null);
  if (early !== null) dueAtPause(ctx, state, early);

  let refused: Refusal | null = null;
  switch (event.type) {
    case 'snooze':
      if (!snooze(ctx, state)) refused = 'snoozeNotAllowed';
      break;
    case 'skip':
      skip(ctx, state);
      break;
    case 'done':
      done(ctx, state, event.record);
      break;
    case 'breakNow':
      breakNow(ctx, state);
      break;
    case 'pause':
      pause(ctx, state, event.until);
      break;
    case 'resume':
      resumeNow(ctx, state);
      break;
    case 'togglePause':
      if (state.phase.tag === 'paused') resumeNow(ctx, state);
      else pause(ctx, state, null);
      break;
    default:
      break;
  }
  settle(ctx, state);

  state.lastSeenAt = now;
  planAlarms(ctx, state);
  return { state, effects: effects.items, refused };
}
