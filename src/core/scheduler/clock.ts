// Sleep, closed browsers and clock changes. The wall clock is all a worker has: it jumps when the
// machine sleeps, when the browser was closed, and when someone sets the time. None of those
// jumps may count as activity, and a clock set back must never make time negative or count twice.
import { accrue } from './accrue';
import type { StepContext } from './context';
import type { SchedulerEvent } from './events';
import type { Gap } from './presence';
import { expectedAlarmMissed, WAKE_SLACK_MS } from './heartbeat';
import type { SchedulerState } from './state';

/**
 * After the clock was set back, moves every stored instant back by the same amount, so that
 * "since" never lies in the future and snoozes and pauses keep their length. Cycle ids keep their
 * original instant: they name the cycle and must not change under history already written.
 */
export function correctClockSetBack(state: SchedulerState, now: number): void {
  const delta = state.lastSeenAt - now;
  if (delta <= 0) return;
  const back = (t: number) => t - delta;
  const p = state.phase;
  p.since = back(p.since);
  if (p.tag === 'counting') p.from = back(p.from);
  if (p.tag === 'due') {
    if (p.notifiedAt !== null) p.notifiedAt = back(p.notifiedAt);
    if (p.heldSince !== null) p.heldSince = back(p.heldSince);
  }
  if (p.tag === 'snoozed') p.until = back(p.until);
  if (p.tag === 'paused' && p.until !== null) p.until = back(p.until);
  if (state.awaySince !== null) state.awaySince = back(state.awaySince);
  if (state.expectedAlarm) state.expectedAlarm.at = back(state.expectedAlarm.at);
  state.lastSeenAt = now;
}

/**
 * Where a stretch of time that must not count began, or null. Such a stretch is: an alarm fired much later than scheduled (the machine slept through it); or, while
 * counting, the alarm we expected never came.
 */
export function gapStart(state: SchedulerState, event: SchedulerEvent, now: number): Gap | null {
  const gap = { from: state.lastSeenAt, awayFrom: state.lastSeenAt };
  // An alarm scheduled before we last ran says nothing about the time since.
  if (event.type === 'alarm' && event.scheduledTime >= state.lastSeenAt && now - event.scheduledTime > WAKE_SLACK_MS) return gap;
  if (state.phase.tag === 'counting' && expectedAlarmMissed(state.expectedAlarm, now)) return gap;
  return null;
}

/**
 * After a browser start: the instant from which the browser was surely closed. While counting, an
 * alarm was expected (`state.expectedAlarm`, at most ALIVE_MAX_MS after the last mark); had the
 * browser been open when it fired, the worker would have woken and moved `lastSeenAt` past it.
 * So the closure began before that alarm, one repeat and the slack: only the time after that
 * surely passed closed. With no alarm expected (the count stopped for focus, a break due and
 * already nudged) nothing bounds when the closure began, so none of it is sure.
 */
export function surelyClosedFrom(state: SchedulerState, now: number): number {
  const expected = state.expectedAlarm;
  if (!expected) return now;
  return Math.min(now, Math.max(state.lastSeenAt, expected.at + expected.periodMs + WAKE_SLACK_MS));
}

/**
 * A browser start (a restart, a crash, an extension update): what of the time since the last
 * alive mark counts. The worker cannot tell when the browser closed, only that it was open at
 * the last mark and, while counting, surely closed from `surelyClosedFrom` on. Up to that
 * instant the closure cannot be told from work, so it is counted as work: a restart or an update
 * under a minute then loses nothing, where stopping the count at the last mark lost up to the
 * whole wake spacing (issue 19). The price is at most the spacing, a repeat and the slack counted
 * for a closure that began right after a mark: a break a little early, never a missed one. The
 * surely closed part counts nothing, and is a natural break when it lasted long enough.
 * Outside counting nothing is credited and the whole gap stays uncounted, as before: a pause
 * that ran out while the browser was closed resumes at the start, not during the closure.
 */
export function afterRestart(ctx: StepContext, state: SchedulerState): Gap | null {
  const sure = surelyClosedFrom(state, ctx.now);
  if (state.phase.tag !== 'counting') return { from: state.lastSeenAt, awayFrom: sure };
  accrue(ctx, state, sure);
  return sure < ctx.now ? { from: sure, awayFrom: sure } : null;
}
