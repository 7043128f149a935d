// Turns a stretch's dose into the timed steps the breath timer walks through. Pure: the timer
// state and the clock live elsewhere (clock.ts), and the popup only renders what this produces.
import type { Dose, Sides } from '../stretches/types';

export type StepKind = 'ready' | 'inhale' | 'exhale' | 'hold' | 'switch' | 'rest';

export interface BreathStep {
  kind: StepKind;
  durationMs: number;
  /** Position in the set, 1-based; 0 for steps outside the count (ready, switch). */
  count: number;
  /** Size of the set; 0 when the step is not counted. */
  total: number;
  /** What `count` counts: breaths, or rounds of a two-shape movement such as cat-cow. */
  unit: 'breath' | 'round' | 'none';
  /** 1 or 2 for two-sided stretches, null otherwise. */
  side: 1 | 2 | null;
  /** The shape to move into on this step (cat-cow: inhale = cow, exhale = cat). */
  shape?: 'cow' | 'cat';
}

export interface Pace {
  inhaleSec: number;
  exhaleSec: number;
}

export const defaultPace: Pace = { inhaleSec: 4, exhaleSec: 6 };
/** Time to change sides: long enough to unwind and settle, short enough to keep the rhythm. */
export const SWITCH_MS = 5000;
/** Time to read the next card and get into the pose during a routine. */
export const READY_MS = 6000;
const PACE_MIN_SEC = 1;
const PACE_MAX_SEC = 30;

/** A pace the timer can use: each value within bounds, a broken one replaced by its default. */
export function normalizePace(pace: Partial<Pace>): Pace {
  const fix = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(PACE_MAX_SEC, Math.max(PACE_MIN_SEC, v)) : fallback;
  return { inhaleSec: fix(pace.inhaleSec, defaultPace.inhaleSec), exhaleSec: fix(pace.exhaleSec, defaultPace.exhaleSec) };
}

function breathingSet(count: number, pace: Pace, side: 1 | 2 | null, unit: 'breath' | 'round'): BreathStep[] {
  const steps: BreathStep[] = [];
  for (let n = 1; n <= count; n++) {
    const base = { count: n, total: count, unit, side } as const;
    steps.push({ ...base, kind: 'inhale', durationMs: pace.inhaleSec * 1000, ...(unit === 'round' ? { shape: 'cow' as const } : {}) });
    steps.push({ ...base, kind: 'exhale', durationMs: pace.exhaleSec * 1000, ...(unit === 'round' ? { shape: 'cat' as const } : {}) });
  }
  return steps;
}

function oneSide(dose: Dose, pace: Pace, side: 1 | 2 | null): BreathStep[] {
  switch (dose.kind) {
    case 'breaths':
      return breathingSet(dose.count, pace, side, 'breath');
    case 'alternations':
      return breathingSet(dose.count, pace, side, 'round');
    case 'hold':
      return [{ kind: 'hold', durationMs: dose.seconds * 1000, count: 0, total: 0, unit: 'none', side }];
    case 'oneBreathThenRest':
      return [
        { kind: 'inhale', durationMs: pace.inhaleSec * 1000, count: 1, total: 1, unit: 'breath', side },
        { kind: 'rest', durationMs: pace.exhaleSec * 1000, count: 0, total: 0, unit: 'none', side },
      ];
  }
}

const pause = (kind: 'ready' | 'switch', durationMs: number): BreathStep => ({ kind, durationMs, count: 0, total: 0, unit: 'none', side: null });

/**
 * The whole session for one stretch. Two-sided stretches get the set, a switch-sides pause and
 * the set again. `ready` adds a lead-in, used between stretches of a routine.
 */
export function planBreathing(dose: Dose, sides: Sides, pace: Partial<Pace>, options: { ready?: boolean } = {}): BreathStep[] {
  const p = normalizePace(pace);
  const lead = options.ready ? [pause('ready', READY_MS)] : [];
  if (sides === 'one') return [...lead, ...oneSide(dose, p, null)];
  return [...lead, ...oneSide(dose, p, 1), pause('switch', SWITCH_MS), ...oneSide(dose, p, 2)];
}

export function sessionMs(plan: readonly BreathStep[]): number {
  return plan.reduce((sum, s) => sum + s.durationMs, 0);
}
