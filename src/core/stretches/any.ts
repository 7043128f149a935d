// One stretch type for everything that deals, guides and records stretches: a built-in of the
// library or a person's own (custom.ts), including those an organisation ships in its policy.
// Code that needs words asks ui/stretch-words.ts, which knows where each kind keeps them.
import { enabledCustom, enabledStretches, type StretchChoiceSettings } from './choose';
import type { CustomFigure, CustomStretch } from './custom';
import { stretches } from './library';
import type { Stretch } from './types';

export type AnyStretch = Stretch | CustomStretch;

/** A person's own (or their organisation's) stretch: its words are text, not i18n keys. */
export const isCustomStretch = (s: AnyStretch): s is CustomStretch => !('nameKey' in s);

/**
 * The custom stretches of a device: the organisation's first, then the person's own, minus any
 * of theirs whose id the organisation's already uses (the organisation's set is the one kept).
 */
export function customSources(policy: readonly CustomStretch[], own: readonly CustomStretch[]): CustomStretch[] {
  const taken = new Set(policy.map((s) => s.id));
  return [...policy, ...own.filter((s) => !taken.has(s.id))];
}

/** Built-ins first, then the custom ones; an id the library already has is the built-in. */
export function allStretches(custom: readonly CustomStretch[]): AnyStretch[] {
  const builtIn = new Set(stretches.map((s) => s.id));
  return [...stretches, ...custom.filter((s) => !builtIn.has(s.id))];
}

/** The stretch with this id, built-in or custom; undefined for one deleted or never known. */
export function findStretch(id: string, custom: readonly CustomStretch[]): AnyStretch | undefined {
  return allStretches(custom).find((s) => s.id === id);
}

/** What can be dealt: the enabled built-ins, then the enabled custom ones, by the same rules. */
export function stretchPool(settings: StretchChoiceSettings, custom: readonly CustomStretch[]): AnyStretch[] {
  const builtIn = new Set(stretches.map((s) => s.id));
  return [...enabledStretches(settings), ...enabledCustom(settings, custom).filter((s) => !builtIn.has(s.id))];
}

/** The drawing a stretch shows: a built-in its own; a custom one the figure it picked, or none. */
export function figureOf(s: AnyStretch): CustomFigure | null {
  return isCustomStretch(s) ? s.figure : { stretchId: s.id, mirrored: false };
}

/**
 * Words to say or show: an i18n key, or the person's own text as it is (never looked up, never
 * read as markup).
 */
export type Said = string | { text: string };

/** The stretch's name as something to say: a built-in's key, a custom one's text. */
export const nameSaid = (s: AnyStretch): Said => (isCustomStretch(s) ? { text: s.name } : s.nameKey);

/** The names the history keeps for custom stretches, so they still read after a deletion. */
export function customNames(list: readonly AnyStretch[]): Record<string, string> | undefined {
  const custom = list.filter(isCustomStretch);
  return custom.length ? Object.fromEntries(custom.map((s) => [s.id, s.name])) : undefined;
}
