// The heartbeat: a wake-up while counting that refreshes the badge countdown and proves the
// machine was awake. Its period adapts: every 5 minutes while the break is far off, every minute
// in the last 5 (only when the badge shows minutes; without a countdown nothing needs the minute).
import type { Settings } from '../settings/defaults';

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
 * Alarms repeat with this period as a safety net: if an alarm's event is lost while the worker
 * stops, it fires again instead of leaving the scheduler asleep. 1 minute is the smallest period
 * packed Chrome honours without a warning.
 */
export const ALARM_RETRY_MS = MINUTE_MS;

export function heartbeatPeriod(remainingMs: number, settings: Pick<Settings, 'badgeCountdown'>): number {
  return settings.badgeCountdown && remainingMs <= NEAR_WINDOW_MS ? HEARTBEAT_NEAR_MS : HEARTBEAT_FAR_MS;
}

/**
 * Whether `now` is too late for the heartbeat we expected: it did not come even after one retry
 * period and the slack, so the machine slept (or the clock jumped forward).
 */
export function heartbeatMissed(heartbeat: { at: number; periodMs: number } | null, now: number): boolean {
  return heartbeat !== null && now > heartbeat.at + heartbeat.periodMs + WAKE_SLACK_MS;
}
