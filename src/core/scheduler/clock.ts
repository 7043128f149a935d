// Sleep, closed browsers and clock changes. The wall clock is all a worker has: it jumps when the
// machine sleeps, when the browser was closed, and when someone sets the time. None of those
// jumps may count as activity, and a clock set back must never make time negative or count twice.
import type { SchedulerEvent } from './events';
import { heartbeatMissed, WAKE_SLACK_MS } from './heartbeat';
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
  if (state.heartbeat) state.heartbeat.at = back(state.heartbeat.at);
  state.lastSeenAt = now;
}

/**
 * Where a stretch of time that must not count began, or null. Such a stretch is: the browser was
 * closed; an alarm fired much later than scheduled (the machine slept through it); or, while
 * counting, the alarm we expected never came.
 */
export function gapStart(state: SchedulerState, event: SchedulerEvent, now: number): number | null {
  if (event.type === 'start' && event.browserStarted) return state.lastSeenAt;
  // An alarm scheduled before we last ran says nothing about the time since.
  if (event.type === 'alarm' && event.scheduledTime >= state.lastSeenAt && now - event.scheduledTime > WAKE_SLACK_MS) {
    return state.lastSeenAt;
  }
  if (state.phase.tag === 'counting' && heartbeatMissed(state.heartbeat, now)) return state.lastSeenAt;
  return null;
}

/**
 * After a browser start: the instant from which the browser was surely closed. While counting, an
 * alarm was expected (`state.heartbeat`, at most ALIVE_MAX_MS after the last mark); had the
 * browser been open when it fired, the worker would have woken and moved `lastSeenAt` past it.
 * So the closure began before that alarm, one repeat and the slack: only the time after that
 * surely passed closed, and only that may make a natural break. With no alarm expected (the count
 * stopped for focus, a break due and already nudged) nothing bounds when the closure began: none
 * of it is sure, and a user who was away before it is judged by `awaySince` instead.
 */
export function surelyClosedFrom(state: SchedulerState, now: number): number {
  const expected = state.heartbeat;
  if (!expected) return now;
  return Math.min(now, Math.max(state.lastSeenAt, expected.at + expected.periodMs + WAKE_SLACK_MS));
}
