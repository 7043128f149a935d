// The break cycle: which break comes next, its history ids, and starting over after a break.
// History ids are made from the state alone, so when the worker is stopped between writing the
// state and the history, the retried write carries the same id and lands once.
import type { Settings } from '../settings/defaults';
import { kindOfBreak, type BreakKind } from '../breaks/kinds';
import type { StepContext } from './context';
import type { SchedulerState } from './state';

/** The kind of the upcoming break; the table in core/breaks/kinds.ts decides. */
export function breakKind(state: SchedulerState, settings: Settings): BreakKind {
  return kindOfBreak(state.cycle.breakNumber, settings);
}

export function cycleId(state: SchedulerState): string {
  return `${state.cycle.startedAt}-${state.cycle.breakNumber}`;
}

/**
 * Names one stretch of a break being due: it comes back after a snooze or a pause, and each time
 * deserves its one reminder (and no more).
 */
export function episodeId(state: SchedulerState): string {
  return `${cycleId(state)}-${state.cycle.dueCount}`;
}

/** The break is due (again) from `since`; `notifiedAt` is set when no reminder is wanted. */
export function enterDue(state: SchedulerState, since: number, notifiedAt: number | null = null): void {
  state.cycle.dueCount += 1;
  state.phase = { tag: 'due', since, notifiedAt, nudged: false, heldSince: null };
}

export function intervalMs(settings: Pick<Settings, 'breakIntervalMin'>): number {
  return settings.breakIntervalMin * 60_000;
}

/**
 * Starts counting towards the next break from zero. `advance` moves to the next break number.
 * A new cycle's name is always later than the last one's, so no two cycles share an id: a
 * natural break at the instant its cycle began (the idle API dates input back before it), or a
 * cycle begun again after the clock was set back, would otherwise reuse the id, and the next due
 * break would get a second reminder for one episode (both found by the property test).
 */
export function restartCycle(state: SchedulerState, now: number, advance: boolean): void {
  state.activeMs = 0;
  state.cycle = {
    startedAt: Math.max(now, state.cycle.startedAt + 1),
    breakNumber: advance ? state.cycle.breakNumber + 1 : state.cycle.breakNumber,
    snoozesUsed: 0,
    dueCount: 0,
  };
}

/**
 * Logs that the break came due at `at`: the one place the `due` history event is made, whether
 * the count reached the interval, a pause in the nudge window brought it `earlyMs` early, or the
 * user asked for a break now.
 */
export function logDue(ctx: StepContext, state: SchedulerState, at: number, earlyMs?: number): void {
  ctx.effects.history({
    type: 'due',
    id: `due:${cycleId(state)}`,
    at,
    kind: breakKind(state, ctx.settings),
    activeMs: takeActiveMs(state),
    ...(earlyMs === undefined ? {} : { earlyMs }),
  });
}

/** Active ms to report on the next history event; reported once, then zero. */
export function takeActiveMs(state: SchedulerState): number {
  const ms = state.unreportedActiveMs;
  state.unreportedActiveMs = 0;
  return ms;
}
