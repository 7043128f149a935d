import type { Settings } from '../core/settings/defaults';

/** The label key of every setting: used by its control and by messages that name the field. */
export const fieldLabel: { [K in keyof Settings]: string } = {
  breakIntervalMin: 'optBreakInterval',
  routineEvery: 'optRoutineEvery',
  snoozeMin: 'optSnooze',
  snoozeLimitPerBreak: 'optSnoozeLimit',
  renudgeAfterMin: 'optRenudge',
  nudgeWindowMin: 'optNudgeWindow',
  whenDue: 'optWhenDue',
  naturalBreakMin: 'optNaturalBreak',
  idleDetectionSec: 'optIdleDetection',
  countOnlyWhenFocused: 'optCountOnlyFocused',
  mediaAware: 'optMediaAware',
  mediaHoldMaxMin: 'optMediaHold',
  workingHoursEnabled: 'optWorkingHoursEnabled',
  workingHours: 'optWorkingHours',
  floorStretchesEnabled: 'optFloorStretches',
  disabledStretchIds: 'optStretchList',
  breathInhaleSec: 'optInhale',
  breathExhaleSec: 'optExhale',
  badgeCountdown: 'optBadgeCountdown',
  soundBreakStart: 'optSoundBreakStart',
  soundBreath: 'optSoundBreath',
  spokenCues: 'optSpokenCues',
  soundVolumePct: 'optVolume',
  theme: 'optTheme',
  dailyGoalBreaks: 'optDailyGoal',
  historyRetentionDays: 'optRetention',
};

export function isField(name: string): name is keyof Settings {
  return Object.prototype.hasOwnProperty.call(fieldLabel, name);
}
