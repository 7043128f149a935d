// The options page's half of each row of the settings table (src/core/settings/settings-table.ts),
// keyed by the same names: the locale key of the setting's label, and the section of the options
// page that holds its control. It lives here, apart from the core half, so the worker does not
// carry it. Both halves are typed over the same keys: a setting missing here, or one here that
// the table lacks, does not compile. tests/options and tests/ui check the controls and labels.
import type { Settings } from '../core/settings/defaults';

/** The sections of the options page that hold settings (their element ids). */
export type OptionsSection = 'breaks' | 'activity' | 'schedule' | 'stretches' | 'breath' | 'display' | 'data';

export interface FieldUi {
  /** The locale key of its label: used by its control and by messages that name the field. */
  label: string;
  section: OptionsSection;
}

export const settingsUi = {
  breakIntervalMin: { label: 'optBreakInterval', section: 'breaks' },
  routineEvery: { label: 'optRoutineEvery', section: 'breaks' },
  snoozeMin: { label: 'optSnooze', section: 'breaks' },
  snoozeLimitPerBreak: { label: 'optSnoozeLimit', section: 'breaks' },
  renudgeAfterMin: { label: 'optRenudge', section: 'breaks' },
  nudgeWindowMin: { label: 'optNudgeWindow', section: 'breaks' },
  whenDue: { label: 'optWhenDue', section: 'breaks' },
  naturalBreakMin: { label: 'optNaturalBreak', section: 'activity' },
  idleDetectionSec: { label: 'optIdleDetection', section: 'activity' },
  countOnlyWhenFocused: { label: 'optCountOnlyFocused', section: 'activity' },
  mediaAware: { label: 'optMediaAware', section: 'activity' },
  mediaHoldMaxMin: { label: 'optMediaHold', section: 'activity' },
  workingHoursEnabled: { label: 'optWorkingHoursEnabled', section: 'schedule' },
  workingHours: { label: 'optWorkingHours', section: 'schedule' },
  floorStretchesEnabled: { label: 'optFloorStretches', section: 'stretches' },
  disabledStretchIds: { label: 'optStretchList', section: 'stretches' },
  breathInhaleSec: { label: 'optInhale', section: 'breath' },
  breathExhaleSec: { label: 'optExhale', section: 'breath' },
  badgeCountdown: { label: 'optBadgeCountdown', section: 'display' },
  soundBreakStart: { label: 'optSoundBreakStart', section: 'display' },
  soundBreath: { label: 'optSoundBreath', section: 'display' },
  spokenCues: { label: 'optSpokenCues', section: 'display' },
  soundVolumePct: { label: 'optVolume', section: 'display' },
  theme: { label: 'optTheme', section: 'display' },
  dailyGoalBreaks: { label: 'optDailyGoal', section: 'data' },
  historyRetentionDays: { label: 'optRetention', section: 'data' },
} satisfies { [K in keyof Settings]: FieldUi };

/** The label key of every setting. */
export const fieldLabel = Object.fromEntries(Object.entries(settingsUi).map(([k, ui]) => [k, ui.label])) as {
  [K in keyof Settings]: string;
};

export function isField(name: string): name is keyof Settings {
  return Object.prototype.hasOwnProperty.call(settingsUi, name);
}
