// The heartbeat: a wake-up while counting that marks the browser alive and, with the badge
// countdown on, refreshes it. With the countdown on it is due when the minutes left cross a step:
// every multiple of 10 (20 and 10 left of a 30-minute break), then 5, 3, 2 and 1. With it off
// the marks only keep the browser known alive: they split the count before the nudge window
// (nudge.ts; the whole count when the window is off) into equal parts of at most ALIVE_MAX_MS,
// and the window's opening and the break have alarms of their own. A 30-minute break with a
// 5-minute window thus costs 3 wakes without the countdown (at 12.5, 25 and 30) and 7 with it
// (issue 13: at most 6 and 15 an hour).
// The instant is a function of the count alone, so a worker restart recomputes the same alarm
// and never pushes it forward. The badge shows whole minutes left as of its last wake, so far out
// it reads coarser ("20m" until 10 are left); the tooltip names the clock time of the break,
// which stays exact whenever it is read.
//
// Alive marks. Every step records `lastSeenAt`, so the heartbeat, the nudge and break alarms and
// every other event (idle changes, focus, messages) mark the browser alive. While counting, the
// next alarm we expect is remembered in `state.expectedAlarm`. Two things follow from it:
// - A browser restart: the browser surely closed no later than the expected alarm (plus a repeat
//   and the slack); up to then the closure cannot be told from work and counts, after it nothing
//   does (clock.ts, afterRestart). A restart back before that loses nothing.
// - Telling a sleep from activity: an alarm that fires more than the slack late, or an event that
//   finds the expected one overdue, means the machine slept or the browser was closed, and
//   nothing since the last event counts. The bound: at most ALIVE_MAX_MS + the slack of a sleep
//   can count as activity, never past the interval, never an extra reminder.
import type { Settings } from '../settings/defaults';
import { mediaCounts } from './presence';
import type { SchedulerState } from './state';
import { remainingMsAt } from './status-view';
import { addWorkingMs } from './working-hours';

export const MINUTE_MS = 60_000;
/**
 * The longest stretch of counting between two alive marks: how long a closure can be taken for
 * work after a browser restart (with the repeat and the slack), and how much a sleep can count.
 * 15 minutes lets a 30-minute break with its nudge window cost 3 wakes (12.5 minutes apart);
 * 10 would need 4, 8 an hour (README, "How exact it is").
 */
export const ALIVE_MAX_MS = 15 * MINUTE_MS;
/** Far from the break the countdown steps every 10 minutes left ("20m", "10m")... */
const BADGE_FAR_STEP_MS = 10 * MINUTE_MS;
/** ...and then at these minutes left. */
const NEAR_STEPS_MIN = [5, 3, 2, 1];
/** An idle user kept counting by audio or fullscreen is looked at this often: its end sends no event. */
export const MEDIA_LOOK_MS = 5 * MINUTE_MS;

/**
 * How late an alarm may fire and still mean the machine was awake. Browsers deliver alarms a
 * little late, and a worker start takes a moment; a sleep shorter than this is counted as
 * activity, which is harmless. Generous on purpose, so a sped-up clock in e2e runs (×60) does
 * not mistake a slow worker start for a sleep.
 */
export const WAKE_SLACK_MS = 3 * MINUTE_MS;

/**
 * Alarms repeat with this period as a safety net: if an alarm's event is lost while the worker
 * stops, it fires again instead of leaving the scheduler asleep. Every step that handles one
 * states a new one, so in normal operation it never repeats. 1 minute is the smallest period
 * packed Chrome honours without a warning.
 */
export const ALARM_RETRY_MS = MINUTE_MS;

type MarkSettings = Pick<Settings, 'badgeCountdown' | 'breakIntervalMin' | 'nudgeWindowMin'>;

/** The largest mark strictly below `remainingMs`, in ms left; null when none is left. */
export function wakeMarkBelow(remainingMs: number, settings: MarkSettings): number | null {
  if (settings.badgeCountdown) {
    const tens = Math.ceil(remainingMs / BADGE_FAR_STEP_MS) - 1;
    if (tens >= 1) return tens * BADGE_FAR_STEP_MS;
    const near = NEAR_STEPS_MIN.find((m) => m * MINUTE_MS < remainingMs);
    return near === undefined ? null : near * MINUTE_MS;
  }
  // The nudge alarm fires where the window opens (when it opens after the count's start), the
  // break alarm at zero: the marks split the span before each into equal parts.
  const interval = settings.breakIntervalMin * MINUTE_MS;
  const window = settings.nudgeWindowMin * MINUTE_MS;
  const opens = window > 0 && window < interval ? window : 0;
  return markBelow(remainingMs, opens, interval) ?? (opens > 0 ? markBelow(remainingMs, 0, opens) : null);
}

/** The largest of the marks splitting (low, high] ms left into parts of at most ALIVE_MAX_MS that is below `remainingMs`. */
function markBelow(remainingMs: number, low: number, high: number): number | null {
  const parts = Math.ceil((high - low) / ALIVE_MAX_MS);
  for (let k = parts - 1; k >= 1; k--) {
    const mark = low + Math.round((k * (high - low)) / parts);
    if (mark < remainingMs) return mark;
  }
  return null;
}

/** When the heartbeat is due while counting, or null when the break alarm comes first anyway. */
export function nextBeatAt(state: SchedulerState, now: number, settings: Settings): number | null {
  const p = state.phase;
  if (p.tag !== 'counting') return null;
  const remaining = remainingMsAt(state, now, settings);
  const below = wakeMarkBelow(remaining, settings);
  let at = below === null ? null : addWorkingMs(now, remaining - below, settings);
  if (state.inputs.presence !== 'active' && mediaCounts(state.inputs, settings)) {
    // Counted from where this stretch of counting began, so a restart finds the same instant.
    const look = p.from + (Math.floor((now - p.from) / MEDIA_LOOK_MS) + 1) * MEDIA_LOOK_MS;
    at = at === null ? look : Math.min(at, look);
  }
  return at;
}

/**
 * Whether `now` is too late for the alarm we expected: it did not come even after one repeat
 * and the slack, so the machine slept (or the clock jumped forward).
 */
export function expectedAlarmMissed(expected: { at: number; periodMs: number } | null, now: number): boolean {
  return expected !== null && now > expected.at + expected.periodMs + WAKE_SLACK_MS;
}
