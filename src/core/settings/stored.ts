// The record kept in storage: the settings plus two bookkeeping keys. Reading it never throws:
// whatever is found is migrated, validated field by field, and the caller is told what happened.
import type { Settings } from './defaults';
import { migrate, type Raw } from './migrations';
import { SETTINGS_VERSION } from './schema';
import { validateSettings, type SettingsError } from './validate';

export interface StoredRead {
  settings: Settings;
  /** 0 when unknown (nothing stored, or a record from before the save time was kept). */
  savedAtMs: number;
  /** Fields that were fixed by falling back to their default. */
  errors: SettingsError[];
  /** Set when the record as a whole could not be used as it is. */
  problem: 'none' | 'empty' | 'unreadable' | 'newerVersion';
}

export function toStored(settings: Settings, savedAtMs: number): Raw {
  return { ...settings, schemaVersion: SETTINGS_VERSION, savedAtMs };
}

export function fromStored(value: unknown): StoredRead {
  if (value === undefined || value === null) return { ...validateSettings({}), savedAtMs: 0, problem: 'empty' };
  if (typeof value !== 'object' || Array.isArray(value)) return { ...validateSettings({}), savedAtMs: 0, problem: 'unreadable' };
  const { savedAtMs, ...rest } = value as Raw;
  const saved = typeof savedAtMs === 'number' && Number.isFinite(savedAtMs) ? savedAtMs : 0;
  const migrated = migrate(rest);
  if (!migrated.ok) {
    // A newer version (synced from another device) or a nonsense stamp: keep every field this
    // version understands rather than throwing the user's choices away.
    const { schemaVersion: _ignored, ...fields } = rest;
    const read = validateSettings(fields);
    return {
      settings: read.settings,
      errors: read.errors.filter((e) => e.code !== 'unknownField'),
      savedAtMs: saved,
      problem: migrated.reason === 'newerVersion' ? 'newerVersion' : 'unreadable',
    };
  }
  const { schemaVersion: _version, ...fields } = migrated.raw;
  return { ...validateSettings(fields), savedAtMs: saved, problem: 'none' };
}
