// The scheduler's whole memory, persisted after every step. Every time is an absolute epoch-ms
// timestamp, never "time left": the worker can be stopped at any moment and a stored countdown
// would be stale the instant it was written, while a timestamp stays true.
import type { Presence } from './events';

/** 2: `heartbeat` became `expectedAlarm`, and a pause's `pending` became `breakHeld` (persisted.ts migrates 1). */
export const SCHEMA_VERSION = 2;

/**
 * Where the break cycle stands. `counting` and `idle` are the same part of the cycle (working
 * towards the next break) with the count running or stopped; the others stop it for a reason of
 * their own. `since` is when the phase began, except in `counting`, where it is the instant up to
 * which active time has been credited to `activeMs`.
 */
export type Phase =
  | {
      tag: 'counting';
      since: number;
      /** Where this uninterrupted stretch of counting began; backdating never goes past it. */
      from: number;
    }
  | { tag: 'idle'; since: number }
  | {
      tag: 'due';
      since: number;
      /** When the reminder was shown; null while it waits (media hold) or was never shown. */
      notifiedAt: number | null;
      /** Whether the one gentle re-nudge has been used. */
      nudged: boolean;
      /** Since when audio or fullscreen has been holding the reminder back. */
      heldSince: number | null;
    }
  | { tag: 'snoozed'; since: number; until: number }
  | {
      tag: 'paused';
      since: number;
      /** Automatic resume; null pauses until the user resumes. */
      until: number | null;
      /** A break was due or snoozed when the pause began; it comes back on resume. */
      breakHeld: boolean;
    }
  | { tag: 'outsideHours'; since: number };

/** What the browser last told us about the user. */
export interface Inputs {
  presence: Presence;
  /** Some browser window has focus. */
  focused: boolean;
  /** A tab is audible or a window is fullscreen. */
  media: boolean;
}

export interface Cycle {
  /** When the current cycle began; with breakNumber it names the cycle in history ids. */
  startedAt: number;
  /** 1-based number of the upcoming break; every routineEvery-th one is a routine. */
  breakNumber: number;
  snoozesUsed: number;
  /** How often this break has become due (again after a snooze or a pause); names reminders. */
  dueCount: number;
}

export interface SchedulerState {
  schemaVersion: typeof SCHEMA_VERSION;
  phase: Phase;
  /** Active ms credited to the current cycle, never more than the break interval. */
  activeMs: number;
  /** Active ms not yet reported on a history event (the stats page sums them per day). */
  unreportedActiveMs: number;
  cycle: Cycle;
  inputs: Inputs;
  /** Since when the user has been away (idle, locked, asleep, browser closed); null if here. */
  awaySince: number | null;
  /** The last instant the scheduler handled an event: where a sleep or a closed browser began. */
  lastSeenAt: number;
  /**
   * The next alarm we expect while counting: the earliest of the heartbeat, the nudge window's
   * and the break's. One that never came reveals a sleeping machine (heartbeat.ts); after a
   * browser start it bounds when the browser closed (clock.ts).
   */
  expectedAlarm: { at: number; periodMs: number } | null;
  /** Break sessions taken on the local day that starts at dayStart. */
  today: { dayStart: number; taken: number };
}

/** A fresh stretch of counting that starts at `at`. */
export function countingFrom(at: number): Phase & { tag: 'counting' } {
  return { tag: 'counting', since: at, from: at };
}

export function localDayStart(at: number): number {
  const d = new Date(at);
  d.setHours(0, 0, 0, 0);
  return d.getTime();
}

export function initialState(now: number): SchedulerState {
  return {
    schemaVersion: SCHEMA_VERSION,
    phase: countingFrom(now),
    activeMs: 0,
    unreportedActiveMs: 0,
    cycle: { startedAt: now, breakNumber: 1, snoozesUsed: 0, dueCount: 0 },
    inputs: { presence: 'active', focused: true, media: false },
    awaySince: null,
    lastSeenAt: now,
    expectedAlarm: null,
    today: { dayStart: localDayStart(now), taken: 0 },
  };
}
