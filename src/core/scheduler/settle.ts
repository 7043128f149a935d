// Transitions driven by time alone: a pause or snooze running out, working hours starting or
// ending, a due break's reminder, its media hold and its one re-nudge. settle() is called at the
// end of every step, so an alarm that never arrived is made up for by whatever event comes next.
import { accrue, becomeDue } from './accrue';
import type { StepContext } from './context';
import { breakKind, enterDue, episodeId, intervalMs, restartCycle, takeActiveMs } from './cycle';
import { isAway, mediaCounts, settlePresence } from './presence';
import { countingFrom, type SchedulerState } from './state';
import { isWithinHours } from './working-hours';

/**
 * `gapFrom` is set when this step found a sleep or a closed browser: a pause that ran out during
 * it resumes counting only from now, since the machine was not awake to count before.
 */
export function settle(ctx: StepContext, state: SchedulerState, gapFrom: number | null = null): void {
  // Each pass makes one transition; a handful covers any chain (pause ends → hours → due).
  for (let pass = 0; pass < 6; pass++) {
    if (!settleOnce(ctx, state, gapFrom)) break;
  }
  settleReminder(ctx, state);
}

function settleOnce(ctx: StepContext, state: SchedulerState, gapFrom: number | null): boolean {
  const { now, settings, effects } = ctx;
  const p = state.phase;
  if (p.tag === 'paused') {
    if (p.until === null || now < p.until) return false;
    resume(ctx, state, p.until);
    if (gapFrom !== null && state.phase.tag === 'counting') state.phase = countingFrom(now);
    // The pause ended a while ago (a late alarm): count the time since, which may make a break due.
    accrue(ctx, state, now);
    return true;
  }
  const inHours = isWithinHours(now, settings);
  if (p.tag === 'outsideHours') {
    if (!inHours) return false;
    // A night or a lunch hour outside working hours is a break in itself.
    if (now - p.since >= settings.naturalBreakMin * 60_000) restartCycle(state, now, false);
    state.phase = countingFrom(now);
    settlePresence(state, now, settings);
    return true;
  }
  if (!inHours) {
    // Nothing counts and nothing fires outside working hours; a pending reminder is withdrawn.
    if (p.tag === 'due' || p.tag === 'snoozed') effects.push({ type: 'clearNotification' });
    state.phase = { tag: 'outsideHours', since: now };
    return true;
  }
  if (p.tag === 'snoozed' && now >= p.until) {
    enterDue(state, p.until);
    return true;
  }
  if ((p.tag === 'counting' || p.tag === 'idle') && state.activeMs >= intervalMs(settings)) {
    becomeDue(ctx, state, now);
    return true;
  }
  settlePresence(state, now, settings);
  return false;
}

/** Ends a pause at `at`. A new calendar day starts a fresh count; a held break comes back. */
export function resume(ctx: StepContext, state: SchedulerState, at: number): void {
  const p = state.phase;
  if (p.tag !== 'paused') return;
  const { settings } = ctx;
  ctx.effects.history({ type: 'resumed', id: `resumed:${p.since}`, at, activeMs: takeActiveMs(state) });
  const newDay = new Date(p.since).toDateString() !== new Date(at).toDateString();
  if (newDay) restartCycle(state, at, false);
  // Away time during a pause is not a natural break: the pause already kept the user undisturbed.
  state.awaySince = isAway(state.inputs, settings) ? at : null;
  if (p.breakHeld && !newDay) enterDue(state, at);
  else state.phase = countingFrom(at);
}

/** The reminder for a due break: once, held back by media for a while, re-nudged at most once. */
function settleReminder(ctx: StepContext, state: SchedulerState): void {
  const { now, settings } = ctx;
  const p = state.phase;
  if (p.tag !== 'due') return;
  const watching = mediaCounts(state.inputs, settings);
  const holdMs = settings.mediaHoldMaxMin * 60_000;
  if (p.notifiedAt === null) {
    if (watching && holdMs > 0) {
      p.heldSince ??= now;
      if (now - p.heldSince < holdMs) return;
    }
    p.notifiedAt = now;
    notify(ctx, state, false);
    return;
  }
  const renudgeMs = settings.renudgeAfterMin * 60_000;
  if (p.nudged || renudgeMs <= 0 || now < p.notifiedAt + renudgeMs) return;
  // Nobody to nudge while away or watching; the nudge waits for their return.
  if (isAway(state.inputs, settings) || watching) return;
  p.nudged = true;
  notify(ctx, state, true);
}

function notify(ctx: StepContext, state: SchedulerState, nudge: boolean): void {
  const { settings } = ctx;
  ctx.effects.push({
    type: 'notify',
    episode: episodeId(state),
    kind: breakKind(state, settings),
    nudge,
    canSnooze: state.cycle.snoozesUsed < settings.snoozeLimitPerBreak,
  });
}
