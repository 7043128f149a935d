// Turns a stretch's dose into the timed steps the breath timer walks through. Pure: the timer
// state and the clock live elsewhere (clock.ts), and the popup only renders what this produces.
import type { Dose, Position, SidePlan, Sides, Side } from '../stretches/types';

export type SegmentKind = 'ready' | 'inhale' | 'exhale' | 'hold' | 'switch' | 'rest';

export interface BreathSegment {
  kind: SegmentKind;
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
  /**
   * Two-sided stretches only: on a sided step, the side being worked; on the switch step, the
   * side that comes next. `by` says how the cue names it (turn, arm or side of the body).
   */
  sideName?: { side: Side; by: SidePlan['by'] };
}

/** What the plan needs to know about a stretch. */
export interface PlanInput {
  dose: Dose;
  sides: Sides;
  position: Position;
  sidePlan?: SidePlan;
  needs?: readonly string[];
}

export interface Pace {
  inhaleSec: number;
  exhaleSec: number;
}

export const defaultPace: Pace = { inhaleSec: 4, exhaleSec: 6 };
// Lead-ins before the first breath of every stretch. At a desk the person is already in place
// and only needs to set hands and sit or stand tall (and, in a routine, glance at the new card):
// 6 s. Onto the floor means getting up from the chair, down to the knees (a towel under them)
// and into the start shape: 12 s is an unhurried pace for that; longer and the wait feels idle.
export const READY_DESK_MS = 6000;
export const READY_FLOOR_MS = 12_000;
// Switching sides. Arms only (eagle, cross-body, side reach): unwind, swap, settle: 6 s. On the
// floor (thread the needle): come back up to all fours and set the other hand: 8 s. Where the
// chair is part of the pose (chair twist), the person turns round and sits sideways the other
// way, feet set again, hands back on the chair: 12 s.
export const SWITCH_ARMS_MS = 6000;
export const SWITCH_FLOOR_MS = 8000;
export const SWITCH_RESEAT_MS = 12_000;
const PACE_MIN_SEC = 1;
const PACE_MAX_SEC = 30;

/** A pace the timer can use: each value within bounds, a broken one replaced by its default. */
export function normalizePace(pace: Partial<Pace>): Pace {
  const fix = (v: unknown, fallback: number) =>
    typeof v === 'number' && Number.isFinite(v) ? Math.min(PACE_MAX_SEC, Math.max(PACE_MIN_SEC, v)) : fallback;
  return { inhaleSec: fix(pace.inhaleSec, defaultPace.inhaleSec), exhaleSec: fix(pace.exhaleSec, defaultPace.exhaleSec) };
}

type Named = Pick<BreathSegment, 'side' | 'sideName'>;

function breathingSet(count: number, pace: Pace, named: Named, unit: 'breath' | 'round'): BreathSegment[] {
  const steps: BreathSegment[] = [];
  for (let n = 1; n <= count; n++) {
    const base = { count: n, total: count, unit, ...named } as const;
    steps.push({ ...base, kind: 'inhale', durationMs: pace.inhaleSec * 1000, ...(unit === 'round' ? { shape: 'cow' as const } : {}) });
    steps.push({ ...base, kind: 'exhale', durationMs: pace.exhaleSec * 1000, ...(unit === 'round' ? { shape: 'cat' as const } : {}) });
  }
  return steps;
}

function oneSide(dose: Dose, pace: Pace, named: Named): BreathSegment[] {
  switch (dose.kind) {
    case 'breaths':
      return breathingSet(dose.count, pace, named, 'breath');
    case 'alternations':
      return breathingSet(dose.count, pace, named, 'round');
    case 'hold':
      return [{ kind: 'hold', durationMs: dose.seconds * 1000, count: 0, total: 0, unit: 'none', ...named }];
    case 'oneBreathThenRest':
      return [
        { kind: 'inhale', durationMs: pace.inhaleSec * 1000, count: 1, total: 1, unit: 'breath', ...named },
        { kind: 'rest', durationMs: pace.exhaleSec * 1000, count: 0, total: 0, unit: 'none', ...named },
      ];
  }
}

const other = (side: Side): Side => (side === 'left' ? 'right' : 'left');

export function readyMs(stretch: Pick<PlanInput, 'position'>): number {
  return stretch.position === 'floor' ? READY_FLOOR_MS : READY_DESK_MS;
}

export function switchMs(stretch: Pick<PlanInput, 'position' | 'needs'>): number {
  if (stretch.needs?.includes('chair')) return SWITCH_RESEAT_MS;
  return stretch.position === 'floor' ? SWITCH_FLOOR_MS : SWITCH_ARMS_MS;
}

/**
 * The whole session for one stretch: a lead-in to get into place, then the set; two-sided
 * stretches do the set on the side their steps start with, switch (the step names the side that
 * comes next) and do it again on the other side.
 */
export function planBreathing(stretch: PlanInput, pace: Partial<Pace>): BreathSegment[] {
  const p = normalizePace(pace);
  const lead: BreathSegment = { kind: 'ready', durationMs: readyMs(stretch), count: 0, total: 0, unit: 'none', side: null };
  if (stretch.sides === 'one') return [lead, ...oneSide(stretch.dose, p, { side: null })];
  if (!stretch.sidePlan) throw new Error('A two-sided stretch needs a sidePlan');
  const { first, by } = stretch.sidePlan;
  const second = other(first);
  return [
    lead,
    ...oneSide(stretch.dose, p, { side: 1, sideName: { side: first, by } }),
    { kind: 'switch', durationMs: switchMs(stretch), count: 0, total: 0, unit: 'none', side: null, sideName: { side: second, by } },
    ...oneSide(stretch.dose, p, { side: 2, sideName: { side: second, by } }),
  ];
}

export function sessionMs(plan: readonly BreathSegment[]): number {
  return plan.reduce((sum, s) => sum + s.durationMs, 0);
}
