// The longer break: several stretches back to back, about five minutes in all.
import { planBreathing, sessionMs, type Pace, type PlanInput } from '../breath/plan';
import { inFlowOrder } from './choose';
import { drawNext, type Random, type ShuffleBag } from './shuffle-bag';
import type { Position } from './types';

/** What a routine needs of a stretch, built-in or a person's own (custom.ts). */
export type RoutineStretch = PlanInput & { id: string; position: Position };

export const ROUTINE_BUDGET_MS = 5 * 60_000;

/** How long one stretch takes at this pace inside a routine (with its lead-in, which every stretch has). */
export function routineStretchMs(stretch: RoutineStretch, pace: Partial<Pace>): number {
  return sessionMs(planBreathing(stretch, pace));
}

/**
 * Deals stretches from the shared bag until the budget is used up or the pool runs out, then
 * orders them so the person moves from chair to floor once. Dealing from the same bag as single
 * breaks keeps the rotation fair across both.
 */
export function planRoutine<T extends RoutineStretch>(
  pool: readonly T[],
  bag: ShuffleBag,
  random: Random,
  pace: Partial<Pace>,
  budgetMs = ROUTINE_BUDGET_MS,
): { stretches: T[]; bag: ShuffleBag } {
  const byId = new Map(pool.map((s) => [s.id, s]));
  const ids = pool.map((s) => s.id);
  const chosen: T[] = [];
  let next = bag;
  let total = 0;
  while (total < budgetMs) {
    const dealt = drawNext(
      next,
      ids,
      random,
      chosen.map((s) => s.id),
    );
    if (dealt.id === null) break;
    next = dealt.bag;
    const stretch = byId.get(dealt.id)!;
    chosen.push(stretch);
    total += routineStretchMs(stretch, pace);
  }
  // A routine does not replace the single stretch on offer.
  const ordered = inFlowOrder(chosen);
  return { stretches: ordered, bag: { ...next, current: bag.current, routine: ordered.length ? ordered.map((s) => s.id) : null } };
}

/**
 * The routine on offer: the one already dealt for this break (bag.routine) while every stretch in
 * it is still enabled, else a fresh deal. Call with the bag from forBreak() so a new break deals anew.
 */
export function currentOrNewRoutine<T extends RoutineStretch>(
  pool: readonly T[],
  bag: ShuffleBag,
  random: Random,
  pace: Partial<Pace>,
): { stretches: T[]; bag: ShuffleBag } {
  const byId = new Map(pool.map((s) => [s.id, s]));
  const kept = bag.routine?.map((id) => byId.get(id));
  if (kept && kept.every((s) => s !== undefined)) return { stretches: kept as T[], bag };
  return planRoutine(pool, bag, random, pace);
}
