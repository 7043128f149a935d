import { describe, expect, it } from 'vitest';
import { enabledStretches } from '../../../src/core/stretches/choose';
import { currentOrNewRoutine, planRoutine, ROUTINE_BUDGET_MS, routineStretchMs } from '../../../src/core/stretches/routine';
import { emptyBag } from '../../../src/core/stretches/shuffle-bag';

const pace = { inhaleSec: 4, exhaleSec: 6 };
const desk = enabledStretches({ floorStretchesEnabled: false, disabledStretchIds: [] });
const full = enabledStretches({ floorStretchesEnabled: true, disabledStretchIds: [] });
const rank = { seated: 0, standing: 1, wall: 2, floor: 3 };

describe('planRoutine', () => {
  it.each([
    ['desk', desk],
    ['full', full],
  ] as const)('fills about five minutes from the %s set, no repeats, chair to floor', (_, pool) => {
    for (let seed = 0; seed < 20; seed++) {
      const random = () => ((seed * 9301 + 49297) % 233280) / 233280;
      const { stretches } = planRoutine(pool, emptyBag(), random, pace);
      const ids = stretches.map((s) => s.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const s of stretches) expect(pool).toContain(s);
      const total = stretches.reduce((sum, s) => sum + routineStretchMs(s, pace), 0);
      expect(total).toBeGreaterThanOrEqual(ROUTINE_BUDGET_MS);
      // Stops as soon as the budget is met: without the last one dealt it would fall short.
      expect(Math.min(...stretches.map((s) => total - routineStretchMs(s, pace)))).toBeLessThan(ROUTINE_BUDGET_MS);
      for (let i = 1; i < stretches.length; i++)
        expect(rank[stretches[i]!.position]).toBeGreaterThanOrEqual(rank[stretches[i - 1]!.position]);
    }
  });

  it('uses every stretch when the pool is too small for the budget', () => {
    const pool = desk.slice(0, 2);
    expect(planRoutine(pool, emptyBag(), () => 0.5, pace).stretches).toHaveLength(2);
  });

  it('marks the dealt stretches as shown but keeps the single stretch on offer', () => {
    const bag = { ...emptyBag(), current: 'eagle-arms' };
    const { stretches, bag: after } = planRoutine(desk, bag, () => 0.3, pace);
    expect(after.current).toBe('eagle-arms');
    expect([...after.shown].sort()).toEqual(stretches.map((s) => s.id).sort());
  });

  it('returns an empty routine for an empty pool', () => {
    expect(planRoutine([], emptyBag(), Math.random, pace).stretches).toEqual([]);
  });

  it('keeps the routine dealt for this break while all of it is still enabled', () => {
    const first = planRoutine(desk, emptyBag(), () => 0.3, pace);
    expect(first.bag.routine).toEqual(first.stretches.map((s) => s.id));
    const again = currentOrNewRoutine(desk, first.bag, () => 0.9, pace);
    expect(again.stretches).toEqual(first.stretches);
    expect(again.bag).toBe(first.bag);
    const without = desk.filter((s) => s.id !== first.stretches[0]!.id);
    expect(currentOrNewRoutine(without, first.bag, () => 0.9, pace).stretches.map((s) => s.id)).not.toContain(first.stretches[0]!.id);
  });
});
