import { describe, expect, it } from 'vitest';
import { normalizePace, planBreathing, READY_MS, sessionMs, SWITCH_MS, type BreathStep } from '../../../src/core/breath/plan';
import { stretchById } from '../../../src/core/stretches/library';

const pace = { inhaleSec: 4, exhaleSec: 6 };
const kinds = (plan: BreathStep[]) => plan.map((s) => s.kind);
const planFor = (id: string, p: Partial<typeof pace> = pace, ready = false) => {
  const s = stretchById(id)!;
  return planBreathing(s.dose, s.sides, p, { ready });
};

describe('planBreathing', () => {
  it('paces three breaths at 4 s in, 6 s out for a one-sided stretch', () => {
    const plan = planFor('modified-downward-dog');
    expect(kinds(plan)).toEqual(['inhale', 'exhale', 'inhale', 'exhale', 'inhale', 'exhale']);
    expect(plan.map((s) => s.durationMs)).toEqual([4000, 6000, 4000, 6000, 4000, 6000]);
    expect(plan.map((s) => `${s.count}/${s.total}`)).toEqual(['1/3', '1/3', '2/3', '2/3', '3/3', '3/3']);
    expect(plan.every((s) => s.side === null && s.unit === 'breath')).toBe(true);
    expect(sessionMs(plan)).toBe(30_000);
  });

  it('follows a custom pace', () => {
    const plan = planFor('chin-to-chest', { inhaleSec: 5, exhaleSec: 7 });
    expect(plan.map((s) => s.durationMs)).toEqual([5000, 7000, 5000, 7000, 5000, 7000]);
  });

  it('falls back to the default for a broken pace value and keeps values in bounds', () => {
    expect(normalizePace({ inhaleSec: Number.NaN, exhaleSec: 6 })).toEqual({ inhaleSec: 4, exhaleSec: 6 });
    expect(normalizePace({})).toEqual({ inhaleSec: 4, exhaleSec: 6 });
    expect(normalizePace({ inhaleSec: 0, exhaleSec: 500 })).toEqual({ inhaleSec: 1, exhaleSec: 30 });
  });

  it('does one side, a switch-sides cue, then the other side for two-sided stretches', () => {
    const plan = planFor('chair-twist');
    expect(kinds(plan)).toEqual(['inhale', 'exhale', 'inhale', 'exhale', 'inhale', 'exhale', 'switch', 'inhale', 'exhale', 'inhale', 'exhale', 'inhale', 'exhale']);
    expect(plan.slice(0, 6).every((s) => s.side === 1)).toBe(true);
    expect(plan[6]).toMatchObject({ kind: 'switch', durationMs: SWITCH_MS });
    expect(plan.slice(7).every((s) => s.side === 2)).toBe(true);
    expect(plan.slice(7).map((s) => s.count)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('gives cat-cow ten rounds, cow on the inhale and cat on the exhale', () => {
    const plan = planFor('cat-cow');
    expect(plan).toHaveLength(20);
    plan.forEach((s, i) => {
      expect(s.kind).toBe(i % 2 === 0 ? 'inhale' : 'exhale');
      expect(s.shape).toBe(i % 2 === 0 ? 'cow' : 'cat');
      expect(s).toMatchObject({ unit: 'round', total: 10, count: Math.floor(i / 2) + 1 });
    });
  });

  it('holds the forward fold for at least 10 s, whatever the pace', () => {
    for (const p of [pace, { inhaleSec: 1, exhaleSec: 1 }]) {
      const plan = planFor('standing-forward-fold', p);
      expect(kinds(plan)).toEqual(['hold']);
      expect(plan[0]!.durationMs).toBeGreaterThanOrEqual(10_000);
    }
  });

  it('gives cobra one deep breath in, then rest', () => {
    const plan = planFor('cobra');
    expect(kinds(plan)).toEqual(['inhale', 'rest']);
    expect(plan[0]).toMatchObject({ durationMs: 4000, count: 1, total: 1 });
    expect(plan[1]).toMatchObject({ durationMs: 6000 });
  });

  it('adds a lead-in when asked, for stretches inside a routine', () => {
    const plan = planFor('eagle-arms', pace, true);
    expect(plan[0]).toMatchObject({ kind: 'ready', durationMs: READY_MS, count: 0 });
    expect(sessionMs(plan)).toBe(READY_MS + 2 * 30_000 + SWITCH_MS);
  });

  it('gives the side reach its breaths on each side', () => {
    const plan = planFor('standing-side-reach');
    expect(plan.filter((s) => s.side === 1 && s.kind === 'inhale')).toHaveLength(3);
    expect(plan.filter((s) => s.side === 2 && s.kind === 'inhale')).toHaveLength(3);
  });
});
