// Bounds and kinds for every setting. Validation, the options page and the import all read this
// one table, so a new setting needs a default (defaults.ts) and a line here, nothing else.
import type { Settings } from './defaults';
import { THEMES } from './theme';
import { WHEN_DUE } from '../delivery/route';

export type FieldSpec =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'bool' }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'ids'; maxItems: number }
  | { kind: 'week'; maxRangesPerDay: number };

/** The shape settings are stored and exported in. Bump it and add a migration when it changes. */
export const SETTINGS_VERSION = 2;

export const MINUTES_PER_DAY = 24 * 60;

export const schema: { [K in keyof Settings]: FieldSpec } = {
  breakIntervalMin: { kind: 'int', min: 1, max: 240 },
  routineEvery: { kind: 'int', min: 0, max: 12 },
  snoozeMin: { kind: 'int', min: 1, max: 60 },
  snoozeLimitPerBreak: { kind: 'int', min: 0, max: 10 },
  renudgeAfterMin: { kind: 'int', min: 0, max: 60 },
  nudgeWindowMin: { kind: 'int', min: 0, max: 30 },
  whenDue: { kind: 'choice', values: WHEN_DUE },

  naturalBreakMin: { kind: 'int', min: 1, max: 60 },
  // Both browsers throw below 15 s (platform-facts.md).
  idleDetectionSec: { kind: 'int', min: 15, max: 600 },
  countOnlyWhenFocused: { kind: 'bool' },
  mediaAware: { kind: 'bool' },
  mediaHoldMaxMin: { kind: 'int', min: 0, max: 120 },

  workingHoursEnabled: { kind: 'bool' },
  workingHours: { kind: 'week', maxRangesPerDay: 6 },

  floorStretchesEnabled: { kind: 'bool' },
  disabledStretchIds: { kind: 'ids', maxItems: 64 },

  breathInhaleSec: { kind: 'int', min: 2, max: 10 },
  breathExhaleSec: { kind: 'int', min: 2, max: 12 },

  badgeCountdown: { kind: 'bool' },
  soundBreakStart: { kind: 'bool' },
  soundBreath: { kind: 'bool' },
  spokenCues: { kind: 'bool' },
  soundVolumePct: { kind: 'int', min: 0, max: 100 },
  theme: { kind: 'choice', values: THEMES },

  dailyGoalBreaks: { kind: 'int', min: 1, max: 24 },
  historyRetentionDays: { kind: 'int', min: 30, max: 3650 },
};

export const settingKeys = Object.keys(schema) as (keyof Settings)[];

export function isSettingKey(key: string): key is keyof Settings {
  return Object.prototype.hasOwnProperty.call(schema, key);
}
