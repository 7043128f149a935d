// The heartbeat: a wake-up while counting that refreshes the badge countdown. Its period adapts:
// every 5 minutes while the break is far off, every minute in the last 5. Without a countdown
// nothing needs it (issue 3: the worker wakes for a due break, an idle transition, a user
// action), except one case: an idle user kept counting by audio or fullscreen, whose end sends
// no event, is looked at every 5 minutes.
//
// Telling a sleep from activity. Every alarm we set while counting is remembered in
// `state.heartbeat` (the heartbeat, or the break alarm when no heartbeat runs); an alarm that
// fires more than the slack late, or an event that finds the remembered one overdue, means the
// machine slept or the browser was closed, and nothing since the last event counts (clock.ts).
// Idle and locked transitions and browser starts tell the rest. The bound: with a heartbeat, at
// most its period + slack of a sleep can count; without one, a sleep that ends before the break
// alarm is more than the slack late cannot be told from activity and counts, which brings that
// one break forward (never past the interval, never an extra reminder).
import type { Settings } from '../settings/defaults';
import { mediaCounts } from './presence';
import type { Inputs } from './state';

export const MINUTE_MS = 60_000;
export const HEARTBEAT_FAR_MS = 5 * MINUTE_MS;
export const HEARTBEAT_NEAR_MS = MINUTE_MS;
/** The last stretch before a break in which the countdown ticks every minute. */
export const NEAR_WINDOW_MS = 5 * MINUTE_MS;

/**
 * How late an alarm may fire and still mean the machine was awake. Browsers deliver alarms a
 * little late, and a worker start takes a moment; a sleep shorter than this is counted as
 * activity, which is harmless. Generous on purpose, so a sped-up clock in e2e runs (×60) does
 * not mistake a slow worker start for a sleep.
 */
export const WAKE_SLACK_MS = 3 * MINUTE_MS;

/**
 * The break alarm repeats with this period as a safety net: if its event is lost while the
 * worker stops, it fires again instead of leaving the scheduler asleep. Every step that handles
 * it states a new one, so in normal operation it never repeats. 1 minute is the smallest period
 * packed Chrome honours without a warning. (The heartbeat repeats with its own period.)
 */
export const ALARM_RETRY_MS = MINUTE_MS;

/** The heartbeat period while counting, or null when no heartbeat is needed. */
export function heartbeatPeriod(remainingMs: number, inputs: Inputs, settings: Pick<Settings, 'badgeCountdown' | 'mediaAware'>): number | null {
  if (settings.badgeCountdown) return remainingMs <= NEAR_WINDOW_MS ? HEARTBEAT_NEAR_MS : HEARTBEAT_FAR_MS;
  return inputs.presence !== 'active' && mediaCounts(inputs, settings) ? HEARTBEAT_FAR_MS : null;
}

/**
 * Whether `now` is too late for the alarm we expected: it did not come even after one repeat
 * and the slack, so the machine slept (or the clock jumped forward).
 */
export function heartbeatMissed(expected: { at: number; periodMs: number } | null, now: number): boolean {
  return expected !== null && now > expected.at + expected.periodMs + WAKE_SLACK_MS;
}
