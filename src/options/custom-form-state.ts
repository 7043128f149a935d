// The stretch editor's whole state as data, with one pure reducer, so every edit (steps moved,
// sides switched, a dose typed) is tested without a page. Numbers stay the text the person typed
// until they save: a half-typed "1" on the way to "12" is not an error yet, and nothing they
// typed is thrown away.
import { checkCustomStretch, cleanText, CUSTOM_LIMITS, type CustomDose, type CustomStretch, type Problem } from '../core/stretches/custom';
import type { Dose, Position, Side, SidePlan, Sides, Stretch, TargetArea } from '../core/stretches/types';
import type { StretchWords } from '../ui/stretch-words';

export interface Draft {
  name: string;
  steps: string[];
  position: Position;
  deskFriendly: boolean;
  doseKind: CustomDose['kind'];
  /** As typed: checked when saved. */
  breaths: string;
  holdSeconds: string;
  sides: Sides;
  first: Side;
  by: SidePlan['by'];
  areas: TargetArea[];
  caution: string;
  /** A built-in stretch's id whose drawing this one shows, or null for none. */
  figure: string | null;
  mirrored: boolean;
}

export interface FormState {
  id: string;
  /** Saving a new one adds it; an edited one replaces the stretch of the same id. */
  isNew: boolean;
  draft: Draft;
  /** After the first try to save, problems show as the person types. */
  tried: boolean;
}

export type FormEvent =
  | { type: 'set'; patch: Partial<Omit<Draft, 'steps' | 'areas'>> }
  | { type: 'step'; index: number; text: string }
  | { type: 'addStep' }
  | { type: 'removeStep'; index: number }
  | { type: 'moveStep'; index: number; by: -1 | 1 }
  | { type: 'area'; area: TargetArea; on: boolean }
  | { type: 'tried' };

export function emptyDraft(): Draft {
  return {
    name: '',
    steps: [''],
    position: 'seated',
    deskFriendly: true,
    doseKind: 'breaths',
    breaths: '5',
    holdSeconds: '20',
    sides: 'one',
    first: 'left',
    by: 'side',
    areas: [],
    caution: '',
    figure: null,
    mirrored: false,
  };
}

export function draftOf(s: CustomStretch): Draft {
  return {
    name: s.name,
    steps: [...s.steps],
    position: s.position,
    deskFriendly: s.deskFriendly,
    doseKind: s.dose.kind,
    breaths: s.dose.kind === 'breaths' ? String(s.dose.count) : emptyDraft().breaths,
    holdSeconds: s.dose.kind === 'hold' ? String(s.dose.seconds) : emptyDraft().holdSeconds,
    sides: s.sides,
    first: s.sidePlan?.first ?? 'left',
    by: s.sidePlan?.by ?? 'side',
    areas: [...s.areas],
    caution: s.caution ?? '',
    figure: s.figure?.stretchId ?? null,
    mirrored: s.figure?.mirrored ?? false,
  };
}

const clamp = (n: number, min: number, max: number) => Math.min(max, Math.max(min, n));

/**
 * A built-in dose as one a person can give: breaths stay breaths; rounds of moving with the
 * breath become as many breaths; one deep breath is one breath; a hold stays a hold. Clamped to
 * what an own stretch allows.
 */
export function customDoseOf(dose: Dose): CustomDose {
  const L = CUSTOM_LIMITS;
  switch (dose.kind) {
    case 'breaths':
    case 'alternations':
      return { kind: 'breaths', count: clamp(dose.count, L.BREATHS_MIN, L.BREATHS_MAX) };
    case 'oneBreathThenRest':
      return { kind: 'breaths', count: 1 };
    case 'hold':
      return { kind: 'hold', seconds: clamp(dose.seconds, L.HOLD_SEC_MIN, L.HOLD_SEC_MAX) };
  }
}

/** Every field from a built-in, its words as the page shows them (stretchWords), its own drawing unmirrored. */
export function draftFromBuiltIn(s: Stretch, words: Pick<StretchWords, 'name' | 'steps' | 'caution'>): Draft {
  const dose = customDoseOf(s.dose);
  return {
    name: words.name,
    steps: words.steps.slice(0, CUSTOM_LIMITS.STEPS_MAX),
    position: s.position,
    deskFriendly: s.deskFriendly,
    doseKind: dose.kind,
    breaths: dose.kind === 'breaths' ? String(dose.count) : emptyDraft().breaths,
    holdSeconds: dose.kind === 'hold' ? String(dose.seconds) : emptyDraft().holdSeconds,
    sides: s.sides,
    first: s.sidePlan?.first ?? 'left',
    by: s.sidePlan?.by ?? 'side',
    areas: [...s.areas],
    caution: words.caution ?? '',
    figure: s.id,
    mirrored: false,
  };
}

export function reduce(state: FormState, event: FormEvent): FormState {
  const d = state.draft;
  const draft = (next: Partial<Draft>): FormState => ({ ...state, draft: { ...d, ...next } });
  switch (event.type) {
    case 'set':
      return draft(event.patch);
    case 'step':
      return draft({ steps: d.steps.map((s, i) => (i === event.index ? event.text : s)) });
    case 'addStep':
      return d.steps.length >= CUSTOM_LIMITS.STEPS_MAX ? state : draft({ steps: [...d.steps, ''] });
    case 'removeStep':
      return d.steps.length <= CUSTOM_LIMITS.STEPS_MIN ? state : draft({ steps: d.steps.filter((_, i) => i !== event.index) });
    case 'moveStep': {
      const to = event.index + event.by;
      if (to < 0 || to >= d.steps.length) return state;
      const steps = [...d.steps];
      [steps[event.index], steps[to]] = [steps[to]!, steps[event.index]!];
      return draft({ steps });
    }
    case 'area': {
      const areas = d.areas.filter((a) => a !== event.area);
      return draft({ areas: event.on ? [...areas, event.area] : areas });
    }
    case 'tried':
      return { ...state, tried: true };
  }
}

/** A number as typed: a whole number, or NaN so the check says what is allowed. */
const typed = (text: string) => (/^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN);

/** The draft as a stored stretch would be, for checkCustomStretch to judge. */
export function candidate(state: FormState, now: number): Record<string, unknown> {
  const d = state.draft;
  return {
    id: state.id,
    name: d.name,
    steps: d.steps,
    position: d.position,
    deskFriendly: d.deskFriendly,
    dose: d.doseKind === 'breaths' ? { kind: 'breaths', count: typed(d.breaths) } : { kind: 'hold', seconds: typed(d.holdSeconds) },
    sides: d.sides,
    ...(d.sides === 'both' ? { sidePlan: { first: d.first, by: d.by } } : {}),
    areas: d.areas,
    ...(cleanText(d.caution) ? { caution: d.caution } : {}),
    figure: d.figure ? { stretchId: d.figure, mirrored: d.mirrored } : null,
    updatedAt: now,
  };
}

/** The editor's fields, in the order they appear, so focus goes to the first one with a problem. */
export type FieldKey = 'name' | `step${number}` | 'steps' | 'position' | 'dose' | 'sides' | 'areas' | 'caution' | 'figure';

/** Which field a problem's path (`form.steps[2]`, `form.dose.count`) belongs to. */
export function fieldOf(path: string): FieldKey {
  const step = /\.steps\[(\d+)\]/.exec(path);
  if (step) return `step${Number(step[1])}`;
  const field = /^form\.(\w+)/.exec(path)?.[1] ?? '';
  if (field === 'sidePlan') return 'sides';
  if (['name', 'steps', 'position', 'dose', 'sides', 'areas', 'caution', 'figure'].includes(field)) return field as FieldKey;
  return 'name';
}

export type FormCheck = { ok: true; stretch: CustomStretch } | { ok: false; problems: Map<FieldKey, Problem> };

/** The draft checked by the same rules as a file or storage; one problem per field, the first. */
export function checkForm(state: FormState, figures: ReadonlySet<string>, now: number): FormCheck {
  const checked = checkCustomStretch(candidate(state, now), 'form', figures);
  if ('stretch' in checked) return { ok: true, stretch: checked.stretch };
  const problems = new Map<FieldKey, Problem>();
  for (const p of checked.problems) if (!problems.has(fieldOf(p.path))) problems.set(fieldOf(p.path), p);
  return { ok: false, problems };
}

/** The editor's fields in page order, for focus on the first problem. */
export function fieldOrder(state: FormState): FieldKey[] {
  return [
    'name',
    ...state.draft.steps.map((_, i) => `step${i}` as const),
    'steps',
    'position',
    'dose',
    'sides',
    'areas',
    'caution',
    'figure',
  ];
}

/** Characters as the check counts them (code points of the cleaned text), for the counters. */
export const textLength = (text: string) => [...cleanText(text)].length;
