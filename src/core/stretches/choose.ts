import type { Settings } from '../settings/defaults';
import type { CustomStretch } from './custom';
import { stretches } from './library';
import type { Position, Stretch } from './types';

export type StretchChoiceSettings = Pick<Settings, 'floorStretchesEnabled' | 'disabledStretchIds'>;

/**
 * The stretches a person can be offered: desk-friendly ones by default, floor ones too when they
 * asked for them, minus any they switched off. Library order is kept. May be empty when the
 * person switched everything off; callers say so instead of silently overriding that choice.
 */
export function enabledStretches(settings: StretchChoiceSettings): Stretch[] {
  const off = new Set(settings.disabledStretchIds);
  return stretches.filter((s) => (s.deskFriendly || settings.floorStretchesEnabled) && !off.has(s.id));
}

/**
 * A person's own stretches that can be offered, by the same rules as the built-ins: desk-friendly
 * ones, floor ones when asked for, minus those switched off in the stretch list.
 */
export function enabledCustom(settings: StretchChoiceSettings, custom: readonly CustomStretch[]): CustomStretch[] {
  const off = new Set(settings.disabledStretchIds);
  return custom.filter((s) => (s.deskFriendly || settings.floorStretchesEnabled) && !off.has(s.id));
}

const flow: Record<Stretch['position'], number> = { seated: 0, standing: 1, wall: 2, floor: 3 };

/**
 * Order for doing several stretches in a row: from the chair, up to standing, to the wall, then
 * down to the floor, so a routine never asks someone to get up off the floor and sit back down.
 */
export function inFlowOrder<T extends { id: string; position: Position }>(list: readonly T[]): T[] {
  // Built-ins in library order, a person's own after them in theirs.
  const rank = new Map([...stretches, ...list.filter((s) => !stretches.some((b) => b.id === s.id))].map((s, i) => [s.id, i]));
  return [...list].sort((a, b) => flow[a.position] - flow[b.position] || (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
}
