// The few settings the popup needs. The background holds validated settings and answers with
// just these, so the popup does not carry the settings store and its validation. It also keeps a
// copy in storage.local, so that the popup can paint without waiting for a sleeping worker.
import type { Settings } from './defaults';
import { isTheme } from './theme';

const keys = ['theme', 'breathInhaleSec', 'breathExhaleSec', 'floorStretchesEnabled', 'disabledStretchIds', 'soundBreath', 'spokenCues', 'soundVolumePct', 'snoozeMin'] as const;

export type PopupSettings = Pick<Settings, (typeof keys)[number]>;

export function popupSettings(settings: Settings): PopupSettings {
  return Object.fromEntries(keys.map((k) => [k, structuredClone(settings[k])])) as PopupSettings;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/**
 * The stored copy, or null when it is missing or not of this shape (say, written by another
 * version); the popup then asks the background. Only the types are checked: the background
 * validated the values before it wrote them.
 */
export function parsePopupSettings(value: unknown): PopupSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  const ok =
    isTheme(v.theme) &&
    isNumber(v.breathInhaleSec) && isNumber(v.breathExhaleSec) && isNumber(v.soundVolumePct) && isNumber(v.snoozeMin) &&
    typeof v.floorStretchesEnabled === 'boolean' && typeof v.soundBreath === 'boolean' && typeof v.spokenCues === 'boolean' &&
    Array.isArray(v.disabledStretchIds) && v.disabledStretchIds.every((id) => typeof id === 'string');
  return ok ? (Object.fromEntries(keys.map((k) => [k, structuredClone(v[k])])) as PopupSettings) : null;
}
