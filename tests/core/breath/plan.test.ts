import { describe, expect, it } from 'vitest';
import {
  normalizePace,
  planBreathing,
  READY_DESK_MS,
  READY_FLOOR_MS,
  sessionMs,
  SWITCH_ARMS_MS,
  SWITCH_FLOOR_MS,
  SWITCH_RESEAT_MS,
  type BreathSegment,
} from '../../../src/core/breath/plan';
import { stretchById, stretches } from '../../../src/core/stretches/library';

const pace = { inhaleSec: 4, exhaleSec: 6 };
const kinds = (plan: BreathSegment[]) => plan.map((s) => s.kind);
const planFor = (id: string, p: Partial<typeof pace> = pace) => planBreathing(stretchById(id)!, p);
/** The plan after its lead-in. */
const body = (id: string, p: Partial<typeof pace> = pace) => planFor(id, p).slice(1);

describe('planBreathing', () => {
  it('paces three breaths at 4 s in, 6 s out for a one-sided stretch', () => {
    const plan = body('modified-downward-dog');
    expect(kinds(plan)).toEqual(['inhale', 'exhale', 'inhale', 'exhale', 'inhale', 'exhale']);
    expect(plan.map((s) => s.durationMs)).toEqual([4000, 6000, 4000, 6000, 4000, 6000]);
    expect(plan.map((s) => `${s.count}/${s.total}`)).toEqual(['1/3', '1/3', '2/3', '2/3', '3/3', '3/3']);
    expect(plan.every((s) => s.side === null && s.sideName === undefined && s.unit === 'breath')).toBe(true);
    expect(sessionMs(plan)).toBe(30_000);
  });

  it('follows a custom pace', () => {
    expect(body('chin-to-chest', { inhaleSec: 5, exhaleSec: 7 }).map((s) => s.durationMs)).toEqual([5000, 7000, 5000, 7000, 5000, 7000]);
  });

  it('falls back to the default for a broken pace value and keeps values in bounds', () => {
    expect(normalizePace({ inhaleSec: Number.NaN, exhaleSec: 6 })).toEqual({ inhaleSec: 4, exhaleSec: 6 });
    expect(normalizePace({})).toEqual({ inhaleSec: 4, exhaleSec: 6 });
    expect(normalizePace({ inhaleSec: 0, exhaleSec: 500 })).toEqual({ inhaleSec: 1, exhaleSec: 30 });
  });

  it.each(stretches.map((s) => [s.id, s] as const))('%s starts with a lead-in, longer on the floor than at a desk', (_, s) => {
    const [lead, first] = planBreathing(s, pace);
    expect(lead).toMatchObject({
      kind: 'ready',
      count: 0,
      side: null,
      durationMs: s.position === 'floor' ? READY_FLOOR_MS : READY_DESK_MS,
    });
    expect(first!.kind).not.toBe('ready');
    expect(planBreathing(s, pace).filter((step) => step.kind === 'ready')).toHaveLength(1);
  });

  it('gives getting onto the floor clearly more time than settling at a desk', () => {
    expect(READY_FLOOR_MS).toBeGreaterThanOrEqual(READY_DESK_MS + 5000);
  });

  it('does the first side, a switch naming the next side, then the other side for two-sided stretches', () => {
    const plan = body('chair-twist');
    expect(kinds(plan)).toEqual([
      'inhale',
      'exhale',
      'inhale',
      'exhale',
      'inhale',
      'exhale',
      'switch',
      'inhale',
      'exhale',
      'inhale',
      'exhale',
      'inhale',
      'exhale',
    ]);
    expect(plan.slice(0, 6).every((s) => s.side === 1 && s.sideName?.side === 'right' && s.sideName.by === 'turn')).toBe(true);
    expect(plan[6]).toMatchObject({ kind: 'switch', side: null, sideName: { side: 'left', by: 'turn' } });
    expect(plan.slice(7).every((s) => s.side === 2 && s.sideName?.side === 'left')).toBe(true);
    expect(plan.slice(7).map((s) => s.count)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it.each([
    ['chair-twist', 'right', 'left', 'turn'],
    ['eagle-arms', 'left', 'right', 'arm'],
    ['thread-the-needle', 'right', 'left', 'arm'],
    ['cross-body-shoulder', 'left', 'right', 'arm'],
    ['standing-side-reach', 'right', 'left', 'side'],
  ])('%s starts on the %s and switches to the %s, named by %s', (id, first, second, by) => {
    const plan = body(id);
    expect(plan[0]!.sideName).toEqual({ side: first, by });
    expect(plan.find((s) => s.kind === 'switch')!.sideName).toEqual({ side: second, by });
  });

  it('gives the chair twist time to re-seat, longer than an arm swap; the floor switch sits between', () => {
    const switchOf = (id: string) => body(id).find((s) => s.kind === 'switch')!.durationMs;
    expect(switchOf('chair-twist')).toBe(SWITCH_RESEAT_MS);
    expect(switchOf('thread-the-needle')).toBe(SWITCH_FLOOR_MS);
    for (const id of ['eagle-arms', 'cross-body-shoulder', 'standing-side-reach']) expect(switchOf(id)).toBe(SWITCH_ARMS_MS);
    expect(SWITCH_RESEAT_MS).toBeGreaterThanOrEqual(SWITCH_ARMS_MS * 2);
    expect(SWITCH_FLOOR_MS).toBeGreaterThan(SWITCH_ARMS_MS);
  });

  it('refuses a two-sided stretch that does not say which side comes first', () => {
    expect(() => planBreathing({ dose: { kind: 'breaths', count: 3 }, sides: 'both', position: 'seated' }, pace)).toThrow(/sidePlan/);
  });

  it('gives cat-cow ten rounds, cow on the inhale and cat on the exhale', () => {
    const plan = body('cat-cow');
    expect(plan).toHaveLength(20);
    plan.forEach((s, i) => {
      expect(s.kind).toBe(i % 2 === 0 ? 'inhale' : 'exhale');
      expect(s.shape).toBe(i % 2 === 0 ? 'cow' : 'cat');
      expect(s).toMatchObject({ unit: 'round', total: 10, count: Math.floor(i / 2) + 1 });
    });
  });

  it('holds the forward fold for at least 10 s, whatever the pace', () => {
    for (const p of [pace, { inhaleSec: 1, exhaleSec: 1 }]) {
      const plan = body('standing-forward-fold', p);
      expect(kinds(plan)).toEqual(['hold']);
      expect(plan[0]!.durationMs).toBeGreaterThanOrEqual(10_000);
    }
  });

  it('gives cobra one deep breath in, then rest', () => {
    const plan = body('cobra');
    expect(kinds(plan)).toEqual(['inhale', 'rest']);
    expect(plan[0]).toMatchObject({ durationMs: 4000, count: 1, total: 1 });
    expect(plan[1]).toMatchObject({ durationMs: 6000 });
  });

  it('counts a two-sided session as lead-in, both sets and the switch', () => {
    expect(sessionMs(planFor('eagle-arms'))).toBe(READY_DESK_MS + 2 * 30_000 + SWITCH_ARMS_MS);
    expect(sessionMs(planFor('thread-the-needle'))).toBe(READY_FLOOR_MS + 2 * 30_000 + SWITCH_FLOOR_MS);
  });

  it('gives the side reach its breaths on each side', () => {
    const plan = planFor('standing-side-reach');
    expect(plan.filter((s) => s.side === 1 && s.kind === 'inhale')).toHaveLength(3);
    expect(plan.filter((s) => s.side === 2 && s.kind === 'inhale')).toHaveLength(3);
  });

  it('counts for chin to chest exactly the breaths its card shows', () => {
    const s = stretchById('chin-to-chest')!;
    expect(s.dose).toEqual({ kind: 'breaths', count: 3 });
    expect(
      planFor('chin-to-chest')
        .filter((step) => step.kind === 'inhale')
        .map((step) => step.total),
    ).toEqual([3, 3, 3]);
  });
});
