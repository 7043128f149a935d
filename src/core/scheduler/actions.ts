// What the user asks for: snooze, skip, done, a break now, pause and resume, and new settings.
// Each action is logged; one that makes no sense in the current phase changes nothing (the
// background checks requests first and answers those with a clear error).
import type { Settings } from '../settings/defaults';
import type { BreakRecord } from '../breaks/record';
import { accrue } from './accrue';
import type { StepContext } from './context';
import { breakKind, cycleId, enterDue, intervalMs, logDue, restartCycle, takeActiveMs } from './cycle';
import { settlePresence } from './presence';
import { resume } from './settle';
import { countingFrom, localDayStart, type SchedulerState } from './state';

export function canSnooze(state: SchedulerState, settings: Settings): boolean {
  const tag = state.phase.tag;
  return (tag === 'due' || tag === 'snoozed') && state.cycle.snoozesUsed < settings.snoozeLimitPerBreak;
}

/** Returns false, changing nothing, when no break is due or its snoozes are used up. */
export function snooze(ctx: StepContext, state: SchedulerState): boolean {
  const { now, settings, effects } = ctx;
  if (!canSnooze(state, settings)) return false;
  const until = now + settings.snoozeMin * 60_000;
  state.cycle.snoozesUsed += 1;
  effects.history({
    type: 'snoozed',
    id: `snoozed:${cycleId(state)}:${state.cycle.snoozesUsed}`,
    at: now,
    kind: breakKind(state, settings),
    untilMs: until,
    activeMs: takeActiveMs(state),
  });
  if (state.phase.tag === 'due') effects.push({ type: 'clearNotification' });
  state.phase = { tag: 'snoozed', since: now, until };
  return true;
}

/** Skip or done: the break is over one way or another, and the next one counts from zero. */
function finishBreak(ctx: StepContext, state: SchedulerState): void {
  const { now, settings, effects } = ctx;
  const tag = state.phase.tag;
  if (tag === 'due' || tag === 'snoozed') effects.push({ type: 'clearNotification' });
  restartCycle(state, now, true);
  if (tag === 'paused') {
    // The pause stays; the break it was holding is the one just finished.
    if (state.phase.tag === 'paused') state.phase.breakHeld = false;
    return;
  }
  if (tag !== 'outsideHours') {
    state.phase = countingFrom(now);
    settlePresence(state, now, settings);
  }
}

export function skip(ctx: StepContext, state: SchedulerState): void {
  const tag = state.phase.tag;
  if (tag === 'paused' || tag === 'outsideHours') return;
  ctx.effects.history({
    type: 'skipped',
    id: `skipped:${cycleId(state)}`,
    at: ctx.now,
    kind: breakKind(state, ctx.settings),
    activeMs: takeActiveMs(state),
  });
  finishBreak(ctx, state);
}

export function done(ctx: StepContext, state: SchedulerState, record: BreakRecord): void {
  const { now, settings, effects } = ctx;
  effects.history({
    type: 'taken',
    id: `taken:${cycleId(state)}`,
    at: now,
    kind: breakKind(state, settings),
    stretchIds: [...record.stretchIds],
    ...(record.stretchNames ? { stretchNames: { ...record.stretchNames } } : {}),
    durationMs: record.durationMs,
    completed: record.completed,
    activeMs: takeActiveMs(state),
  });
  const day = localDayStart(now);
  state.today = state.today.dayStart === day ? { dayStart: day, taken: state.today.taken + 1 } : { dayStart: day, taken: 1 };
  finishBreak(ctx, state);
}

/** "Take a break now": the break becomes due at once, with no reminder (the user is right there). */
export function breakNow(ctx: StepContext, state: SchedulerState): void {
  const tag = state.phase.tag;
  if (tag !== 'counting' && tag !== 'idle' && tag !== 'snoozed') return;
  if (tag !== 'snoozed') logDue(ctx, state, ctx.now);
  // A full count keeps the break due until it is done or skipped, as any due break.
  state.activeMs = intervalMs(ctx.settings);
  enterDue(state, ctx.now, ctx.now);
}

export function pause(ctx: StepContext, state: SchedulerState, until: number | null): void {
  const { now, effects } = ctx;
  const p = state.phase;
  if (p.tag === 'paused') {
    p.until = until;
    return;
  }
  if (p.tag === 'due' || p.tag === 'snoozed') effects.push({ type: 'clearNotification' });
  effects.history({ type: 'paused', id: `paused:${now}`, at: now, untilMs: until, activeMs: takeActiveMs(state) });
  state.phase = { tag: 'paused', since: now, until, breakHeld: p.tag === 'due' || p.tag === 'snoozed' };
}

export function resumeNow(ctx: StepContext, state: SchedulerState): void {
  resume(ctx, state, ctx.now);
}

/**
 * New settings apply at once. Time up to now was counted under the old ones (working hours or
 * interval may have changed); a break that is no longer due under a longer interval goes back to
 * counting.
 */
export function changeSettings(ctx: StepContext, state: SchedulerState, previous: Settings): void {
  const { now, settings, effects } = ctx;
  accrue({ ...ctx, settings: previous }, state, now);
  const tag = state.phase.tag;
  if ((tag === 'due' || tag === 'snoozed') && state.activeMs < intervalMs(settings)) {
    effects.push({ type: 'clearNotification' });
    state.phase = countingFrom(now);
  }
  settlePresence(state, now, settings);
}
