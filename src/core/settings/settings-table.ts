// One row per setting: its default, its kind and bounds, whether the popup needs it and whether
// an organisation's policy may set it. The settings type, the defaults, validation, the managed
// schema, the import and the popup's subset all read this table. The options page's half of
// each row (label key, section) is `settingsUi` in src/ui/field-labels.ts, keyed by the same
// names, so the worker does not carry it; the compiler fails when the two halves disagree.
import { THEMES } from './theme';
import { WHEN_DUE } from '../delivery/route';

/** Minutes after midnight, local time. */
export interface TimeRange {
  startMin: number;
  endMin: number;
}

/** Index 0 is Sunday, as Date#getDay() counts. */
export type WeekRanges = [TimeRange[], TimeRange[], TimeRange[], TimeRange[], TimeRange[], TimeRange[], TimeRange[]];

interface Flags {
  /** The popup reads it: the background sends it along and keeps it in storage.local. */
  popup: boolean;
  /** An organisation's policy (storage.managed) may set it and lock it. Said for every row. */
  policy: boolean;
}

/** A setting's kind and bounds, what validation and the managed schema read. */
export type FieldSpec =
  | { kind: 'int'; min: number; max: number }
  | { kind: 'bool' }
  | { kind: 'choice'; values: readonly string[] }
  | { kind: 'ids'; maxItems: number }
  | { kind: 'week'; maxRangesPerDay: number };

/** What a default of each kind is. */
interface DefaultOf {
  int: number;
  bool: boolean;
  choice: string;
  ids: readonly string[];
  week: WeekRanges;
}

/** The popup's copy is checked by type only, and a week has no cheap check: never a popup setting. */
type PopupRule<K extends FieldSpec['kind']> = K extends 'week' ? { popup: false } : unknown;

/** A row: a kind with its bounds, a default of that kind, and the two flags. */
export type SettingRow = {
  [K in FieldSpec['kind']]: Extract<FieldSpec, { kind: K }> & Flags & { default: DefaultOf[K] } & PopupRule<K>;
}[FieldSpec['kind']];

const officeHours = (): TimeRange[] => [{ startMin: 9 * 60, endMin: 17 * 60 }];

// Units in the names. The order is the order of the stored and exported object.
export const settingsTable = {
  // Breaks
  breakIntervalMin: { kind: 'int', default: 30, min: 1, max: 240, popup: false, policy: true },
  /** Every K-th break is a longer stretch routine; 0 turns routines off. */
  routineEvery: { kind: 'int', default: 3, min: 0, max: 12, popup: false, policy: true },
  snoozeMin: { kind: 'int', default: 5, min: 1, max: 60, popup: true, policy: true },
  snoozeLimitPerBreak: { kind: 'int', default: 3, min: 0, max: 10, popup: false, policy: true },
  /** One gentle re-nudge after this long if a due break is ignored; 0 = never. */
  renudgeAfterMin: { kind: 'int', default: 5, min: 0, max: 60, popup: false, policy: true },
  /** In this many minutes before a break, a short pause in input brings it then; 0 = off. */
  nudgeWindowMin: { kind: 'int', default: 5, min: 0, max: 30, popup: false, policy: true },
  /** How a due break reaches the person: a notification, the stretch window, or both. */
  whenDue: { kind: 'choice', values: WHEN_DUE, default: 'notification', popup: false, policy: true },

  // Activity & idle
  /** Idle or locked for at least this long counts as a break taken naturally. */
  naturalBreakMin: { kind: 'int', default: 5, min: 1, max: 60, popup: false, policy: true },
  // Both browsers throw below 15 s (platform-facts.md).
  idleDetectionSec: { kind: 'int', default: 60, min: 15, max: 600, popup: false, policy: true },
  countOnlyWhenFocused: { kind: 'bool', default: false, popup: false, policy: true },
  mediaAware: { kind: 'bool', default: true, popup: false, policy: true },
  mediaHoldMaxMin: { kind: 'int', default: 30, min: 0, max: 120, popup: false, policy: true },

  // Schedule
  workingHoursEnabled: { kind: 'bool', default: false, popup: false, policy: true },
  workingHours: {
    kind: 'week',
    default: [[], officeHours(), officeHours(), officeHours(), officeHours(), officeHours(), []],
    maxRangesPerDay: 6,
    popup: false,
    policy: true,
  },

  // Stretches
  floorStretchesEnabled: { kind: 'bool', default: false, popup: true, policy: true },
  disabledStretchIds: { kind: 'ids', default: [], maxItems: 64, popup: true, policy: true },

  // Breath pace
  breathInhaleSec: { kind: 'int', default: 4, min: 2, max: 10, popup: true, policy: true },
  breathExhaleSec: { kind: 'int', default: 6, min: 2, max: 12, popup: true, policy: true },

  // Sound & display
  badgeCountdown: { kind: 'bool', default: true, popup: false, policy: true },
  soundBreakStart: { kind: 'bool', default: false, popup: false, policy: true },
  soundBreath: { kind: 'bool', default: false, popup: true, policy: true },
  /** The breath timer's cues spoken aloud, only ever by a voice on this device. */
  spokenCues: { kind: 'bool', default: false, popup: true, policy: true },
  soundVolumePct: { kind: 'int', default: 50, min: 0, max: 100, popup: true, policy: true },
  theme: { kind: 'choice', values: THEMES, default: 'system', popup: true, policy: true },

  // Data
  dailyGoalBreaks: { kind: 'int', default: 4, min: 1, max: 24, popup: false, policy: true },
  historyRetentionDays: { kind: 'int', default: 365, min: 30, max: 3650, popup: false, policy: true },
} satisfies Record<string, SettingRow>;

type Table = typeof settingsTable;
export type SettingKey = keyof Table;

/** The value a row's kind holds. */
type ValueOf<R> = R extends { kind: 'int' }
  ? number
  : R extends { kind: 'bool' }
    ? boolean
    : R extends { kind: 'choice'; values: readonly (infer V)[] }
      ? V
      : R extends { kind: 'ids' }
        ? string[]
        : R extends { kind: 'week' }
          ? WeekRanges
          : never;

/** One flat settings object, its type made from the table so the two never drift. */
export type Settings = { [K in keyof Table]: ValueOf<Table[K]> };

/** The settings whose row says `popup: true`, as a type. */
export type PopupKey = { [K in SettingKey]: Table[K]['popup'] extends true ? K : never }[SettingKey];
