// Dealing the card for a break: one stretch, or a routine of several, from the shuffle bag.
import type { Pace } from '../core/breath/plan';
import type { BreakFormat } from '../core/breaks/kinds';
import { currentOrNewRoutine } from '../core/stretches/routine';
import { currentOrNext, drawNext, forBreak, type Random, type ShuffleBag } from '../core/stretches/shuffle-bag';
import type { AnyStretch } from '../core/stretches/any';

/** The stretches dealt for this opening, laid out as the break kinds table says (core/breaks). */
export type Lineup = { mode: BreakFormat; stretches: AnyStretch[] };

/** What a deal draws from; fixed for as long as the page is open. */
export interface Table {
  /** The stretches the person has switched on, built-in and their own (any.ts stretchPool), possibly none. */
  pool: readonly AnyStretch[];
  pace: Pace;
  /** Handed in (Math.random in the popup) so that tests can seed it. */
  random: Random;
}

/**
 * The card for break `breakId`: the one already dealt for it, or a new one (`fresh`: a new single
 * stretch even if one is on offer, for "Another stretch"). null when no stretch is switched on.
 */
export function deal(
  table: Table,
  saved: ShuffleBag,
  breakId: string | null,
  mode: BreakFormat,
  fresh: boolean,
): { bag: ShuffleBag; lineup: Lineup | null } {
  const bag = forBreak(saved, breakId);
  if (mode === 'routine') {
    const r = currentOrNewRoutine(table.pool, bag, table.random, table.pace);
    return { bag: r.bag, lineup: r.stretches.length ? { mode, stretches: r.stretches } : null };
  }
  const ids = table.pool.map((s) => s.id);
  const r = fresh ? drawNext(bag, ids, table.random) : currentOrNext(bag, ids, table.random);
  const stretch = r.id === null ? undefined : table.pool.find((s) => s.id === r.id);
  return { bag: r.bag, lineup: stretch ? { mode, stretches: [stretch] } : null };
}
