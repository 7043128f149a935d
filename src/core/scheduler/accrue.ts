// Crediting active time. Time is counted from stored timestamps, never by counting ticks, so a
// stopped worker loses nothing; only working hours are counted, and never past the interval.
import type { Settings } from '../settings/defaults';
import type { StepContext } from './context';
import { enterDue, intervalMs, logDue } from './cycle';
import type { SchedulerState } from './state';
import { addWorkingMs, workingMsBetween } from './working-hours';

/**
 * Credits the active time from the counting phase's `since` up to `to` (never backwards). When
 * the interval is reached on the way, the break becomes due at the exact instant it was reached,
 * however late the worker got to hear of it.
 */
export function accrue(ctx: StepContext, state: SchedulerState, to: number): void {
  const { settings } = ctx;
  const phase = state.phase;
  if (phase.tag !== 'counting' || to <= phase.since) return;
  const interval = intervalMs(settings);
  const gained = workingMsBetween(phase.since, to, settings);
  const missing = Math.max(0, interval - state.activeMs);
  if (gained < missing) {
    state.activeMs += gained;
    state.unreportedActiveMs += gained;
    phase.since = to;
    return;
  }
  const dueAt = Math.min(to, addWorkingMs(phase.since, missing, settings) ?? to);
  state.activeMs += missing;
  state.unreportedActiveMs += missing;
  becomeDue(ctx, state, dueAt);
}

/**
 * Takes back the active time credited after `stopAt` in the current stretch of counting (the
 * idle API reports idleness only after the detection interval). A break that already became
 * due stays due: the reminder is out, and taking it back would be a worse surprise.
 */
export function uncredit(state: SchedulerState, stopAt: number, settings: Settings): void {
  const phase = state.phase;
  if (phase.tag !== 'counting') return;
  const from = Math.max(stopAt, phase.from);
  if (from >= phase.since) return;
  const ms = workingMsBetween(from, phase.since, settings);
  state.activeMs = Math.max(0, state.activeMs - ms);
  state.unreportedActiveMs = Math.max(0, state.unreportedActiveMs - ms);
  phase.since = from;
}

/** The break is due now: the reminder goes out on the next settle (unless media holds it). */
export function becomeDue(ctx: StepContext, state: SchedulerState, at: number): void {
  enterDue(state, at);
  logDue(ctx, state, at);
}
