// Nudges at a natural pause. In the last minutes before a break (the nudge window) the idle API
// is asked to report a short pause in input, and such a pause brings the reminder then: between
// two tasks it costs least. Without a pause the break comes at its time, as ever.
import type { Settings } from '../settings/defaults';
import type { StepContext } from './context';
import { enterDue, logDue } from './cycle';
import type { SchedulerEvent } from './events';
import type { SchedulerState } from './state';
import { remainingMsAt } from './status-view';
import { addWorkingMs } from './working-hours';

/** The idle API's detection interval inside the window (both browsers refuse less than 15 s). */
export const NUDGE_IDLE_SEC = 20;

type NudgeSettings = Settings;

/** Counting, with the break no further away than the window. */
export function inNudgeWindow(state: SchedulerState, now: number, settings: NudgeSettings): boolean {
  if (settings.nudgeWindowMin <= 0 || state.phase.tag !== 'counting') return false;
  const left = remainingMsAt(state, now, settings);
  return left > 0 && left <= settings.nudgeWindowMin * 60_000;
}

/** The detection interval the idle API should have now: short inside the window only. */
export function idleIntervalSec(state: SchedulerState, now: number, settings: NudgeSettings): number {
  return inNudgeWindow(state, now, settings) ? Math.min(NUDGE_IDLE_SEC, settings.idleDetectionSec) : settings.idleDetectionSec;
}

/** When the window opens while counting on (an alarm is wanted then); null when not ahead. */
export function nudgeWindowOpensAt(state: SchedulerState, now: number, settings: NudgeSettings): number | null {
  if (settings.nudgeWindowMin <= 0 || state.phase.tag !== 'counting') return null;
  const lead = remainingMsAt(state, now, settings) - settings.nudgeWindowMin * 60_000;
  return lead > 0 ? addWorkingMs(now, lead, settings) : null;
}

/**
 * A pause in input reported by this event, judged on the state before it (step.ts): how long
 * before its time the break would come now, or null when this is no such pause.
 */
export function pauseInWindow(state: SchedulerState, event: SchedulerEvent, now: number, settings: NudgeSettings): number | null {
  const pause = event.type === 'presence' && event.presence !== 'active' && state.inputs.presence === 'active';
  return pause && inNudgeWindow(state, now, settings) ? remainingMsAt(state, now, settings) : null;
}

/**
 * The break comes due now, at the pause, rather than at its time; the history records how early.
 * Only from `idle` (the pause stopped the count): anything else (media playing, a pause) keeps
 * the break where it is.
 */
export function dueAtPause(ctx: StepContext, state: SchedulerState, earlyMs: number): void {
  if (state.phase.tag !== 'idle') return;
  enterDue(state, ctx.now);
  logDue(ctx, state, ctx.now, earlyMs);
}
