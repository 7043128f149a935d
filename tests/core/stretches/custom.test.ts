// A person's own stretches: what a stretch may hold, and how they are dealt and guided like the
// built-ins.
import { describe, expect, it } from 'vitest';
import { checkCustomStretch, CUSTOM_LIMITS, newCustomId } from '../../../src/core/stretches/custom';
import { custom, seeded } from './support/custom';
import { stretches } from '../../../src/core/stretches/library';
import { enabledCustom, enabledStretches, inFlowOrder } from '../../../src/core/stretches/choose';
import { currentOrNext, drawNext, emptyBag } from '../../../src/core/stretches/shuffle-bag';
import { currentOrNewRoutine, planRoutine } from '../../../src/core/stretches/routine';
import { planBreathing } from '../../../src/core/breath/plan';

const FIGURES = new Set(stretches.map((s) => s.id));

describe('a custom stretch', () => {
  it('takes any language and script, and keeps text as text', () => {
    const s = custom({ name: '肩を回す <b>', steps: ['<img src=x onerror=alert(1)>', 'مرحبا'], caution: 'Stop if it hurts.' });
    const checked = checkCustomStretch(s, 's', FIGURES);
    expect(checked).toEqual({ stretch: s });
  });

  it('turns line breaks and control characters into spaces and trims', () => {
    const checked = checkCustomStretch(custom({ name: '  Roll\nshoulders\t ' }), 's', FIGURES);
    expect('stretch' in checked && checked.stretch.name).toBe('Roll shoulders');
  });

  it('gives every problem with its field and limit', () => {
    const bad = {
      ...custom(),
      id: 'built-in',
      name: 'x'.repeat(CUSTOM_LIMITS.NAME_CHARS + 1),
      steps: [],
      position: 'lying',
      dose: { kind: 'hold', seconds: 1 },
      sides: 'both',
      areas: ['toes'],
      figure: { stretchId: 'no-such', mirrored: false },
      colour: 'red',
    };
    const checked = checkCustomStretch(bad, 'stretches[0]', FIGURES);
    expect('problems' in checked && checked.problems).toEqual(
      expect.arrayContaining([
        { path: 'stretches[0].colour', code: 'unknownField' },
        { path: 'stretches[0].id', code: 'badId' },
        { path: 'stretches[0].name', code: 'tooLong', limit: CUSTOM_LIMITS.NAME_CHARS },
        { path: 'stretches[0].steps', code: 'tooFew', limit: 1 },
        { path: 'stretches[0].position', code: 'wrongType' },
        { path: 'stretches[0].dose.seconds', code: 'outOfRange', limit: CUSTOM_LIMITS.HOLD_SEC_MIN },
        { path: 'stretches[0].sidePlan', code: 'missing' },
        { path: 'stretches[0].areas[0]', code: 'wrongType' },
        { path: 'stretches[0].figure.stretchId', code: 'noSuchFigure' },
      ]),
    );
  });

  it('counts length in characters, not bytes, and refuses more than six steps', () => {
    expect('stretch' in checkCustomStretch(custom({ name: '肩'.repeat(CUSTOM_LIMITS.NAME_CHARS) }), 's', FIGURES)).toBe(true);
    const seven = checkCustomStretch(custom({ steps: Array(7).fill('Breathe.') }), 's', FIGURES);
    expect('problems' in seven && seven.problems).toEqual([{ path: 's.steps', code: 'tooMany', limit: 6 }]);
  });

  it('may have no drawing, and then guides with the breath alone', () => {
    const s = custom({ figure: null, dose: { kind: 'hold', seconds: 30 }, sides: 'both', sidePlan: { first: 'left', by: 'side' } });
    expect(checkCustomStretch(s, 's', FIGURES)).toEqual({ stretch: s });
    // The same breath plan as a built-in: lead-in, the hold, the side switch, the other side.
    expect(planBreathing(s, {}).map((step) => step.kind)).toEqual(['ready', 'hold', 'switch', 'hold']);
  });

  it('gets fresh ids that no other stretch has', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 200; i++) taken.add(newCustomId(taken, seeded(7)));
    expect(taken.size).toBe(200);
    for (const id of taken) expect(checkCustomStretch(custom({ id }), 's', FIGURES)).toHaveProperty('stretch');
  });
});

describe('dealt like the built-ins', () => {
  const settings = { floorStretchesEnabled: false, disabledStretchIds: [] as string[] };
  const desk = custom();
  const floor = custom({ id: 'custom-floorfloor1', position: 'floor', deskFriendly: false });

  it('joins the pool by the same rules, switched off in the same list', () => {
    expect(enabledCustom(settings, [desk, floor]).map((s) => s.id)).toEqual([desk.id]);
    expect(enabledCustom({ ...settings, floorStretchesEnabled: true }, [desk, floor])).toHaveLength(2);
    expect(enabledCustom({ ...settings, disabledStretchIds: [desk.id] }, [desk, floor])).toEqual([]);
  });

  it('comes round once per round of the shuffle bag', () => {
    const ids = [...enabledStretches(settings).map((s) => s.id), desk.id];
    let bag = emptyBag();
    const dealt: string[] = [];
    for (let i = 0; i < ids.length; i++) {
      const next = drawNext(bag, ids, seeded(11 + i));
      dealt.push(next.id!);
      bag = next.bag;
    }
    expect(dealt.sort()).toEqual([...ids].sort());
  });

  it('goes into routines, in the chair-to-floor order', () => {
    const pool = [...enabledStretches({ ...settings, floorStretchesEnabled: true }), desk, floor];
    const { stretches: routine } = planRoutine(pool, emptyBag(), seeded(5), {}, 60 * 60_000);
    expect(routine.map((s) => s.id)).toEqual(expect.arrayContaining([desk.id, floor.id]));
    expect(inFlowOrder(routine)).toEqual(routine);
    expect(routine.at(-1)!.position).toBe('floor');
  });

  it('deleted while dealt, it is dealt away at the next opening; a routine holding it deals anew', () => {
    const ids = [desk.id, 'chair-twist'];
    const bag = { ...emptyBag(), current: desk.id, shown: [desk.id], routine: [desk.id, 'chair-twist'] };
    expect(currentOrNext(bag, ['chair-twist'], seeded()).id).toBe('chair-twist');
    const pool = enabledStretches(settings);
    const again = currentOrNewRoutine(pool, bag, seeded(), {});
    expect(again.stretches.map((s) => s.id)).not.toContain(desk.id);
    expect(ids).toContain(desk.id);
  });
});
