// Everything that can happen to the scheduler. Browser observations ride along on the events the
// background gathers them for, so step() never asks the browser anything itself.
import type { Settings } from '../settings/defaults';
import type { BreakRecord } from '../breaks/record';

/** The idle API's view of the whole machine. Firefox never reports 'locked'. */
export type Presence = 'active' | 'idle' | 'locked';

/** nudge: the nudge window opens (nudge.ts). */
export type AlarmName = 'break' | 'heartbeat' | 'nudge';

/** What the background could see when the event arrived; absent fields are unknown. */
export interface Observation {
  presence?: Presence;
  focused?: boolean;
  media?: boolean;
}

export type SchedulerEvent =
  /** The worker (re)started. browserStarted: the browser itself was closed since lastSeenAt. */
  | { type: 'start'; browserStarted: boolean; obs: Observation }
  | { type: 'alarm'; name: AlarmName; scheduledTime: number; obs: Observation }
  /** idle.onStateChanged */
  | { type: 'presence'; presence: Presence; obs: Observation }
  /** windows.onFocusChanged */
  | { type: 'focus'; focused: boolean; obs: Observation }
  /** Audio or fullscreen started or stopped, as seen by a poll. */
  | { type: 'media'; media: boolean; obs: Observation }
  | { type: 'snooze' }
  | { type: 'skip' }
  | { type: 'done'; record: BreakRecord }
  | { type: 'breakNow' }
  | { type: 'pause'; until: number | null }
  | { type: 'resume' }
  /** The keyboard shortcut: resume when paused, else pause until resumed. */
  | { type: 'togglePause' }
  /**
   * The settings passed to step() are the new ones; `previous` were in force until now. Carries
   * an observation because new settings can change what is seen (a longer idle interval).
   */
  | { type: 'settings'; previous: Settings; obs: Observation };

/** The observation an event carries, its own news included. */
export function observationOf(event: SchedulerEvent): Observation {
  switch (event.type) {
    case 'start':
    case 'alarm':
    case 'settings':
      return event.obs;
    case 'presence':
      return { ...event.obs, presence: event.presence };
    case 'focus':
      return { ...event.obs, focused: event.focused };
    case 'media':
      return { ...event.obs, media: event.media };
    default:
      return {};
  }
}
