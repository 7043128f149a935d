// The stretch editor's state without a page: steps within their bounds, a built-in copied field
// by field, and a draft judged by the same rules as a file (checkCustomStretch).
import { beforeAll, describe, expect, it } from 'vitest';
import { CUSTOM_LIMITS } from '../../src/core/stretches/custom';
import { stretches } from '../../src/core/stretches/library';
import {
  checkForm,
  customDoseOf,
  draftFromBuiltIn,
  draftOf,
  emptyDraft,
  fieldOf,
  reduce,
  type FormEvent,
  type FormState,
} from '../../src/options/custom-form-state';
import { t } from '../../src/shared/i18n';
import { stretchWords } from '../../src/ui/stretch-words';
import { custom } from '../core/stretches/support/custom';
import { installEnglish } from '../support/messages';

beforeAll(installEnglish);

const FIGURES = new Set(stretches.map((s) => s.id));
const form = (draft = emptyDraft()): FormState => ({ id: 'custom-new0000001', isNew: true, draft, tried: false });
const apply = (state: FormState, ...events: FormEvent[]) => events.reduce(reduce, state);
const builtIn = (id: string) => stretches.find((s) => s.id === id)!;

describe('custom form state', () => {
  it('adds steps up to six, removes down to one and moves them within the list', () => {
    let s = form();
    for (let i = 0; i < 8; i++) s = reduce(s, { type: 'addStep' });
    expect(s.draft.steps).toHaveLength(CUSTOM_LIMITS.STEPS_MAX);
    s = apply(form(), { type: 'step', index: 0, text: 'a' }, { type: 'addStep' }, { type: 'step', index: 1, text: 'b' });
    expect(apply(s, { type: 'moveStep', index: 1, by: -1 }).draft.steps).toEqual(['b', 'a']);
    expect(apply(s, { type: 'moveStep', index: 1, by: 1 }).draft.steps).toEqual(['a', 'b']);
    expect(apply(s, { type: 'removeStep', index: 0 }).draft.steps).toEqual(['b']);
    expect(apply(s, { type: 'removeStep', index: 0 }, { type: 'removeStep', index: 0 }).draft.steps).toEqual(['b']);
  });

  it('turns areas on and off without doubling them', () => {
    const s = apply(
      form(),
      { type: 'area', area: 'neck', on: true },
      { type: 'area', area: 'neck', on: true },
      { type: 'area', area: 'chest', on: true },
    );
    expect(s.draft.areas).toEqual(['neck', 'chest']);
    expect(apply(s, { type: 'area', area: 'neck', on: false }).draft.areas).toEqual(['chest']);
  });

  it('maps every built-in dose to breaths or a hold', () => {
    expect(customDoseOf({ kind: 'breaths', count: 3 })).toEqual({ kind: 'breaths', count: 3 });
    expect(customDoseOf({ kind: 'alternations', count: 10 })).toEqual({ kind: 'breaths', count: 10 });
    expect(customDoseOf({ kind: 'oneBreathThenRest' })).toEqual({ kind: 'breaths', count: 1 });
    expect(customDoseOf({ kind: 'hold', seconds: 15 })).toEqual({ kind: 'hold', seconds: 15 });
    expect(customDoseOf({ kind: 'hold', seconds: 900 })).toEqual({ kind: 'hold', seconds: CUSTOM_LIMITS.HOLD_SEC_MAX });
  });

  it('copies every field of a built-in, words from the locale', () => {
    const twist = draftFromBuiltIn(builtIn('chair-twist'), stretchWords(builtIn('chair-twist')));
    expect(twist).toEqual({
      ...emptyDraft(),
      name: 'Chair twist',
      steps: builtIn('chair-twist').stepKeys.map((k) => t(k)),
      position: 'seated',
      deskFriendly: true,
      doseKind: 'breaths',
      breaths: '3',
      sides: 'both',
      first: 'right',
      by: 'turn',
      areas: ['upperBack', 'spine'],
      caution: '',
      figure: 'chair-twist',
      mirrored: false,
    });
    const dog = draftFromBuiltIn(builtIn('downward-dog'), stretchWords(builtIn('downward-dog')));
    expect(dog.caution).toBe(t(builtIn('downward-dog').cautionKey!));
    expect(dog).toMatchObject({ position: 'floor', deskFriendly: false, sides: 'one' });
    // Every built-in copied as it is makes a stretch that can be saved.
    for (const s of stretches) expect(checkForm(form(draftFromBuiltIn(s, stretchWords(s))), FIGURES, 5).ok, s.id).toBe(true);
  });

  it('gives back a saved stretch unchanged through the draft', () => {
    const mine = custom({
      sides: 'both',
      sidePlan: { first: 'right', by: 'arm' },
      caution: 'Gently.',
      dose: { kind: 'hold', seconds: 30 },
    });
    const check = checkForm({ ...form(draftOf(mine)), id: mine.id }, FIGURES, mine.updatedAt);
    expect(check).toEqual({ ok: true, stretch: mine });
  });

  it('names the field of each problem, the first problem per field', () => {
    const s = apply(
      form(),
      { type: 'set', patch: { name: '  ', breaths: '40', caution: 'x'.repeat(201) } },
      { type: 'addStep' },
      { type: 'step', index: 1, text: 'y'.repeat(201) },
    );
    const check = checkForm(s, FIGURES, 5);
    expect(check.ok).toBe(false);
    if (check.ok) return;
    expect([...check.problems.keys()].sort()).toEqual(['caution', 'dose', 'name', 'step0', 'step1']);
    expect(check.problems.get('dose')).toMatchObject({ code: 'outOfRange', limit: 20 });
    expect(check.problems.get('step1')).toMatchObject({ code: 'tooLong', limit: 200 });
  });

  it('reads a number being typed as a problem, not as a wrong save', () => {
    const s = apply(
      form(),
      { type: 'set', patch: { name: 'N', doseKind: 'hold', holdSeconds: '' } },
      { type: 'step', index: 0, text: 'Do it.' },
    );
    const check = checkForm(s, FIGURES, 5);
    expect(check.ok ? null : check.problems.get('dose')?.code).toBe('wrongType');
    expect(checkForm(apply(s, { type: 'set', patch: { holdSeconds: '45' } }), FIGURES, 5)).toMatchObject({
      ok: true,
      stretch: { dose: { kind: 'hold', seconds: 45 } },
    });
  });

  it('keeps a side plan only for two-sided stretches, and a caution only when written', () => {
    const base = apply(form(), { type: 'set', patch: { name: 'N', caution: '   ' } }, { type: 'step', index: 0, text: 'Do it.' });
    const one = checkForm(base, FIGURES, 5);
    expect(one.ok && one.stretch).toMatchObject({ sides: 'one' });
    expect(one.ok && 'sidePlan' in one.stretch).toBe(false);
    expect(one.ok && 'caution' in one.stretch).toBe(false);
    const both = checkForm(apply(base, { type: 'set', patch: { sides: 'both', first: 'right', by: 'turn' } }), FIGURES, 5);
    expect(both.ok && both.stretch.sidePlan).toEqual({ first: 'right', by: 'turn' });
  });

  it('maps problem paths to fields', () => {
    expect(fieldOf('form.steps[3]')).toBe('step3');
    expect(fieldOf('form.steps')).toBe('steps');
    expect(fieldOf('form.dose.count')).toBe('dose');
    expect(fieldOf('form.sidePlan')).toBe('sides');
    expect(fieldOf('form.figure.stretchId')).toBe('figure');
  });
});
