// The few settings the popup needs: the rows of the settings table that say `popup: true`. The
// background holds validated settings and answers with just these, so the popup does not carry
// the settings store and its validation. It also keeps a copy in storage.local, so that the
// popup can paint without waiting for a sleeping worker.
import type { Settings } from './defaults';
import { settingsTable, type FieldSpec, type PopupKey } from './settings-table';

export type PopupSettings = Pick<Settings, PopupKey>;

const keys = (Object.keys(settingsTable) as (keyof Settings)[]).filter((k): k is PopupKey => settingsTable[k].popup);

/** A copy of just the popup's fields. */
const pick = (from: Record<string, unknown>) => Object.fromEntries(keys.map((k) => [k, structuredClone(from[k])])) as PopupSettings;

export function popupSettings(settings: Settings): PopupSettings {
  return pick(settings);
}

/** Whether a value is of the spec's type; bounds are not looked at. */
function hasType(spec: FieldSpec, v: unknown): boolean {
  switch (spec.kind) {
    case 'int':
      return typeof v === 'number' && Number.isFinite(v);
    case 'bool':
      return typeof v === 'boolean';
    case 'choice':
      return spec.values.includes(v as string);
    case 'ids':
      return Array.isArray(v) && v.every((id) => typeof id === 'string');
    case 'week':
      // No popup row is a week (the table's types say so).
      return false;
  }
}

/**
 * The stored copy, or null when it is missing or not of this shape (say, written by another
 * version); the popup then asks the background. Only the types are checked: the background
 * validated the values before it wrote them.
 */
export function parsePopupSettings(value: unknown): PopupSettings | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  return keys.every((k) => hasType(settingsTable[k], v[k])) ? pick(v) : null;
}
