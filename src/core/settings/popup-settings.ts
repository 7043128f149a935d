// The few settings the popup needs. The background holds validated settings and answers with
// just these, so the popup does not carry the settings store and its validation.
import type { Settings } from './defaults';

const keys = ['theme', 'breathInhaleSec', 'breathExhaleSec', 'floorStretchesEnabled', 'disabledStretchIds', 'soundBreath', 'soundVolumePct', 'snoozeMin'] as const;

export type PopupSettings = Pick<Settings, (typeof keys)[number]>;

export function popupSettings(settings: Settings): PopupSettings {
  return Object.fromEntries(keys.map((k) => [k, structuredClone(settings[k])])) as PopupSettings;
}
