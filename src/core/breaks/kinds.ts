// The kinds of break, in one table: which break comes when, whether the popup shows one card or
// a routine of several, and the locale keys that name it. The scheduler, the history, the
// reminder and the popup all read it, so a new kind means a row here, its texts and its tests.
import type { Settings } from '../settings/defaults';

/** How the popup lays a break out: one stretch card, or a short routine of several. */
export type BreakFormat = 'single' | 'routine';

/** Settings that say "every how many breaks" a kind comes (0 turns it off). */
type EverySetting = { [K in keyof Settings]: Settings[K] extends number ? K : never }[keyof Settings];

export interface BreakKindSpec {
  format: BreakFormat;
  /** Every how many breaks this kind comes; null for the kind that comes when no other does. */
  every: EverySetting | null;
  /** Locale keys: the popup's status line while due, and the reminder's title and message. */
  text: { due: string; reminderTitle: string; reminderMessage: string };
}

export const BREAK_KINDS = {
  posture: {
    format: 'single',
    every: null,
    text: { due: 'status_due', reminderTitle: 'bgNotifyPostureTitle', reminderMessage: 'bgNotifyPostureMessage' },
  },
  routine: {
    format: 'routine',
    every: 'routineEvery',
    text: { due: 'status_routineDue', reminderTitle: 'bgNotifyRoutineTitle', reminderMessage: 'bgNotifyRoutineMessage' },
  },
} as const satisfies Record<string, BreakKindSpec>;

export type BreakKind = keyof typeof BREAK_KINDS;

const KINDS = Object.keys(BREAK_KINDS) as BreakKind[];

/**
 * The kind of the `breakNumber`-th break (1-based): the first kind in the table whose "every"
 * setting divides it, else the one with no setting.
 */
export function kindOfBreak(breakNumber: number, settings: Settings): BreakKind {
  const periodic = KINDS.find((kind) => {
    const setting = BREAK_KINDS[kind].every;
    if (setting === null) return false;
    const every = settings[setting];
    return every > 0 && breakNumber % every === 0;
  });
  return periodic ?? KINDS.find((kind) => BREAK_KINDS[kind].every === null)!;
}

/** How the popup lays out a break of this kind. */
export function formatOf(kind: BreakKind): BreakFormat {
  return BREAK_KINDS[kind].format;
}
