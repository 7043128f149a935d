// One flat settings object, units in the names. Everything the user can change lives here; the
// type of the whole settings object is derived from these defaults so the two never drift.

import type { Theme } from './theme';
import type { WhenDue } from '../delivery/route';

/** Minutes after midnight, local time. */
export interface TimeRange {
  startMin: number;
  endMin: number;
}

/** Index 0 is Sunday, as Date#getDay() counts. */
export type WeekRanges = [TimeRange[], TimeRange[], TimeRange[], TimeRange[], TimeRange[], TimeRange[], TimeRange[]];

const officeHours = (): TimeRange[] => [{ startMin: 9 * 60, endMin: 17 * 60 }];

export const defaults = {
  // Breaks
  breakIntervalMin: 30,
  /** Every K-th break is a longer stretch routine; 0 turns routines off. */
  routineEvery: 3,
  snoozeMin: 5,
  snoozeLimitPerBreak: 3,
  /** One gentle re-nudge after this long if a due break is ignored; 0 = never. */
  renudgeAfterMin: 5,
  /** In this many minutes before a break, a short pause in input brings it then; 0 = off. */
  nudgeWindowMin: 5,
  /** How a due break reaches the person: a notification, the stretch window, or both. */
  whenDue: 'notification' as WhenDue,

  // Activity & idle
  /** Idle or locked for at least this long counts as a break taken naturally. */
  naturalBreakMin: 5,
  idleDetectionSec: 60,
  countOnlyWhenFocused: false,
  mediaAware: true,
  mediaHoldMaxMin: 30,

  // Schedule
  workingHoursEnabled: false,
  workingHours: [[], officeHours(), officeHours(), officeHours(), officeHours(), officeHours(), []] as WeekRanges,

  // Stretches
  floorStretchesEnabled: false,
  disabledStretchIds: [] as string[],

  // Breath pace
  breathInhaleSec: 4,
  breathExhaleSec: 6,

  // Sound & display
  badgeCountdown: true,
  soundBreakStart: false,
  soundBreath: false,
  /** The breath timer's cues spoken aloud, only ever by a voice on this device. */
  spokenCues: false,
  soundVolumePct: 50,
  theme: 'system' as Theme,

  // Data
  dailyGoalBreaks: 4,
  historyRetentionDays: 365,
};

export type Settings = typeof defaults;

export function defaultSettings(): Settings {
  return structuredClone(defaults);
}
