// A person's own stretches. Unlike the built-ins, whose words live in the locales, these carry
// the person's own text, in any language and script; it is only ever shown as text. Everything
// else has the built-ins' shape, so the same dealer, breath plan, side switch and cues guide them.
import type { Dose, Position, SidePlan, Sides, TargetArea } from './types';

/** The doses a person can give: breaths in the pose, or a hold in seconds. */
export type CustomDose = Extract<Dose, { kind: 'breaths' } | { kind: 'hold' }>;

/** One of our figures: a built-in stretch's start and stretch poses, mirrored or not. */
export interface CustomFigure {
  stretchId: string;
  mirrored: boolean;
}

export interface CustomStretch {
  /** `custom-` and random letters: stable, written into the history like a built-in's id. */
  id: string;
  name: string;
  /** One to six steps, in order. */
  steps: string[];
  position: Position;
  deskFriendly: boolean;
  dose: CustomDose;
  sides: Sides;
  /** Present exactly when `sides` is 'both'. */
  sidePlan?: SidePlan;
  areas: TargetArea[];
  caution?: string;
  /** null: no drawing; the card shows the breath guide alone. */
  figure: CustomFigure | null;
  /** When it was last changed: the newer copy wins when two devices disagree. */
  updatedAt: number;
}

export const CUSTOM_LIMITS = {
  NAME_CHARS: 60,
  STEP_CHARS: 200,
  CAUTION_CHARS: 200,
  STEPS_MIN: 1,
  STEPS_MAX: 6,
  BREATHS_MIN: 1,
  BREATHS_MAX: 20,
  HOLD_SEC_MIN: 5,
  HOLD_SEC_MAX: 300,
  /** Stretches one person keeps, and one file may carry. */
  STRETCHES_MAX: 50,
} as const;

export const CUSTOM_ID_PREFIX = 'custom-';
const ID_PATTERN = /^custom-[a-z0-9]{6,24}$/;

export const POSITIONS: readonly Position[] = ['seated', 'standing', 'wall', 'floor'];
export const AREAS: readonly TargetArea[] = ['upperBack', 'shoulders', 'neck', 'spine', 'chest', 'sides', 'hamstrings'];

/**
 * What is wrong with a value, as data: `path` names the field (`stretches[2].steps[0]`), `code`
 * what is wrong, `limit` the bound it broke. Pages put it into words in the person's language.
 */
export interface Problem {
  path: string;
  code:
    | 'missing'
    | 'unknownField'
    | 'wrongType'
    | 'empty'
    | 'tooLong'
    | 'tooMany'
    | 'tooFew'
    | 'outOfRange'
    | 'badId'
    | 'noSuchFigure'
    | 'duplicateId';
  limit?: number;
}

const FIELDS = ['id', 'name', 'steps', 'position', 'deskFriendly', 'dose', 'sides', 'sidePlan', 'areas', 'caution', 'figure', 'updatedAt'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const chars = (text: string) => [...text].length;

/** Line breaks and other control characters become spaces; the rest is the person's text as is. */
export function cleanText(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
}

/**
 * Checks one stretch as found in a file or in storage. `figures` are the built-in ids a figure
 * may name. Returns every problem, or the stretch with its text cleaned.
 */
export function checkCustomStretch(
  value: unknown,
  path: string,
  figures: ReadonlySet<string>,
): { stretch: CustomStretch } | { problems: Problem[] } {
  const problems: Problem[] = [];
  const at = (field: string) => `${path}.${field}`;
  if (!isRecord(value)) return { problems: [{ path, code: 'wrongType' }] };
  for (const key of Object.keys(value)) if (!FIELDS.includes(key)) problems.push({ path: at(key), code: 'unknownField' });

  const text = (field: string, max: number, optional = false): string | undefined => {
    const v = value[field];
    if (v === undefined && optional) return undefined;
    if (v === undefined) return void problems.push({ path: at(field), code: 'missing' });
    if (typeof v !== 'string') return void problems.push({ path: at(field), code: 'wrongType' });
    const clean = cleanText(v);
    if (!clean) return optional ? undefined : void problems.push({ path: at(field), code: 'empty' });
    if (chars(clean) > max) return void problems.push({ path: at(field), code: 'tooLong', limit: max });
    return clean;
  };
  const oneOf = <T extends string>(field: string, allowed: readonly T[]): T | undefined => {
    const v = value[field];
    if (v === undefined) return void problems.push({ path: at(field), code: 'missing' });
    if (!allowed.includes(v as T)) return void problems.push({ path: at(field), code: 'wrongType' });
    return v as T;
  };
  const whole = (v: unknown, field: string, min: number, max: number): number | undefined => {
    if (typeof v !== 'number' || !Number.isInteger(v)) return void problems.push({ path: field, code: 'wrongType' });
    if (v < min || v > max) return void problems.push({ path: field, code: 'outOfRange', limit: v < min ? min : max });
    return v;
  };

  const id = value.id;
  if (id === undefined) problems.push({ path: at('id'), code: 'missing' });
  else if (typeof id !== 'string' || !ID_PATTERN.test(id)) problems.push({ path: at('id'), code: 'badId' });
  const name = text('name', CUSTOM_LIMITS.NAME_CHARS);
  const caution = text('caution', CUSTOM_LIMITS.CAUTION_CHARS, true);

  const steps: string[] = [];
  if (value.steps === undefined) problems.push({ path: at('steps'), code: 'missing' });
  else if (!Array.isArray(value.steps)) problems.push({ path: at('steps'), code: 'wrongType' });
  else {
    if (value.steps.length < CUSTOM_LIMITS.STEPS_MIN) problems.push({ path: at('steps'), code: 'tooFew', limit: CUSTOM_LIMITS.STEPS_MIN });
    if (value.steps.length > CUSTOM_LIMITS.STEPS_MAX) problems.push({ path: at('steps'), code: 'tooMany', limit: CUSTOM_LIMITS.STEPS_MAX });
    value.steps.slice(0, CUSTOM_LIMITS.STEPS_MAX).forEach((step, i) => {
      const p = `${at('steps')}[${i}]`;
      if (typeof step !== 'string') return problems.push({ path: p, code: 'wrongType' });
      const clean = cleanText(step);
      if (!clean) return problems.push({ path: p, code: 'empty' });
      if (chars(clean) > CUSTOM_LIMITS.STEP_CHARS) return problems.push({ path: p, code: 'tooLong', limit: CUSTOM_LIMITS.STEP_CHARS });
      steps.push(clean);
    });
  }

  const position = oneOf('position', POSITIONS);
  const deskFriendly = value.deskFriendly;
  if (typeof deskFriendly !== 'boolean')
    problems.push({ path: at('deskFriendly'), code: deskFriendly === undefined ? 'missing' : 'wrongType' });

  let dose: CustomDose | undefined;
  const d = value.dose;
  if (d === undefined) problems.push({ path: at('dose'), code: 'missing' });
  else if (!isRecord(d) || (d.kind !== 'breaths' && d.kind !== 'hold')) problems.push({ path: at('dose'), code: 'wrongType' });
  else if (d.kind === 'breaths') {
    if (Object.keys(d).some((k) => k !== 'kind' && k !== 'count')) problems.push({ path: at('dose'), code: 'unknownField' });
    const count = whole(d.count, `${at('dose')}.count`, CUSTOM_LIMITS.BREATHS_MIN, CUSTOM_LIMITS.BREATHS_MAX);
    if (count !== undefined) dose = { kind: 'breaths', count };
  } else {
    if (Object.keys(d).some((k) => k !== 'kind' && k !== 'seconds')) problems.push({ path: at('dose'), code: 'unknownField' });
    const seconds = whole(d.seconds, `${at('dose')}.seconds`, CUSTOM_LIMITS.HOLD_SEC_MIN, CUSTOM_LIMITS.HOLD_SEC_MAX);
    if (seconds !== undefined) dose = { kind: 'hold', seconds };
  }

  const sides = oneOf('sides', ['one', 'both'] as const);
  let sidePlan: SidePlan | undefined;
  if (sides === 'both') {
    const sp = value.sidePlan;
    if (sp === undefined) problems.push({ path: at('sidePlan'), code: 'missing' });
    else if (
      !isRecord(sp) ||
      (sp.first !== 'left' && sp.first !== 'right') ||
      !['turn', 'arm', 'side'].includes(sp.by as string) ||
      Object.keys(sp).length !== 2
    ) {
      problems.push({ path: at('sidePlan'), code: 'wrongType' });
    } else sidePlan = { first: sp.first, by: sp.by as SidePlan['by'] };
  } else if (sides === 'one' && value.sidePlan !== undefined) problems.push({ path: at('sidePlan'), code: 'unknownField' });

  const areas: TargetArea[] = [];
  if (value.areas === undefined) problems.push({ path: at('areas'), code: 'missing' });
  else if (!Array.isArray(value.areas)) problems.push({ path: at('areas'), code: 'wrongType' });
  else {
    value.areas.forEach((a, i) => {
      if (!AREAS.includes(a as TargetArea)) problems.push({ path: `${at('areas')}[${i}]`, code: 'wrongType' });
      else if (!areas.includes(a as TargetArea)) areas.push(a as TargetArea);
    });
  }

  let figure: CustomFigure | null = null;
  const f = value.figure;
  if (f === undefined) problems.push({ path: at('figure'), code: 'missing' });
  else if (f !== null) {
    if (!isRecord(f) || typeof f.stretchId !== 'string' || typeof f.mirrored !== 'boolean' || Object.keys(f).length !== 2) {
      problems.push({ path: at('figure'), code: 'wrongType' });
    } else if (!figures.has(f.stretchId)) problems.push({ path: `${at('figure')}.stretchId`, code: 'noSuchFigure' });
    else figure = { stretchId: f.stretchId, mirrored: f.mirrored };
  }

  const updatedAt = value.updatedAt;
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt) || updatedAt < 0) {
    problems.push({ path: at('updatedAt'), code: updatedAt === undefined ? 'missing' : 'wrongType' });
  }

  if (problems.length) return { problems };
  return {
    stretch: {
      id: id as string,
      name: name!,
      steps,
      position: position!,
      deskFriendly: deskFriendly as boolean,
      dose: dose!,
      sides: sides!,
      ...(sidePlan ? { sidePlan } : {}),
      areas,
      ...(caution ? { caution } : {}),
      figure,
      updatedAt: updatedAt as number,
    },
  };
}

/** A fresh id that none of `taken` has. `random` returns [0, 1), as Math.random does. */
export function newCustomId(taken: ReadonlySet<string>, random: () => number): string {
  for (;;) {
    let letters = '';
    for (let i = 0; i < 10; i++) letters += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
    const id = `${CUSTOM_ID_PREFIX}${letters}`;
    if (!taken.has(id)) return id;
  }
}

export const isCustomId = (id: string) => id.startsWith(CUSTOM_ID_PREFIX);
