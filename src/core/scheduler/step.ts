// The scheduler: step(state, event, now, settings) → { state, effects }. Pure: no browser, no
// clock of its own, no randomness. The input state is never changed; the background persists the
// returned state and carries out the effects.
import type { Settings } from '../settings/defaults';
import { breakNow, changeSettings, done, pause, resumeNow, skip, snooze } from './actions';
import { afterRestart, correctClockSetBack, gapStart } from './clock';
import { EffectList, type Effect } from './effects';
import { observationOf, type SchedulerEvent } from './events';
import { plan } from './plan';
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

  correctClockSetBack(state, now);
  if (event.type === 'settings') changeSettings(state, event.previous, now, settings, effects);
  // Anything that was due while no event reached us is settled before the event itself, so that
  // e.g. a snooze pressed after a long sleep acts on the state as it is now.
  const { gapFrom, awayFrom } = event.type === 'start' && event.browserStarted
    ? afterRestart(state, now, settings, effects)
    : { gapFrom: gapStart(state, event, now), awayFrom: null };
  const early = gapFrom === null ? pauseInWindow(state, event, now, settings) : null;
  applyObservation(state, observationOf(event), now, settings, effects, gapFrom, awayFrom ?? gapFrom);
  settle(state, now, settings, effects, gapFrom);
  if (early !== null) dueAtPause(state, early, now, settings, effects);

  let refused: Refusal | null = null;
  switch (event.type) {
    case 'snooze': if (!snooze(state, now, settings, effects)) refused = 'snoozeNotAllowed'; break;
    case 'skip': skip(state, now, settings, effects); break;
    case 'done': done(state, event.record, now, settings, effects); break;
    case 'breakNow': breakNow(state, now, settings, effects); break;
    case 'pause': pause(state, event.until, now, effects); break;
    case 'resume': resumeNow(state, now, settings, effects); break;
    case 'togglePause':
      if (state.phase.tag === 'paused') resumeNow(state, now, settings, effects);
      else pause(state, null, now, effects);
      break;
    default: break;
  }
  settle(state, now, settings, effects);

  state.lastSeenAt = now;
  plan(state, now, settings, effects);
  return { state, effects: effects.items, refused };
}
