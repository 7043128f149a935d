// Stored and exported settings carry `schemaVersion`. Each migration takes the raw object of one
// version to the next; they run in order, so data of any age reaches the current shape, and
// validation runs only afterwards, on the current shape.
import { SETTINGS_VERSION } from './schema';

export type Raw = Record<string, unknown>;

export interface Migration {
  /** The version this migration produces; it runs on data of version `to - 1`. */
  to: number;
  migrate(raw: Raw): Raw;
}

/**
 * Version 1 is what the first builds wrote: the bare settings object with no version. Version 2
 * adds the version stamp and the save time (which picks the newer copy when the last save fell
 * back to storage.local); the values themselves did not change.
 */
export const migrations: readonly Migration[] = [{ to: 2, migrate: (raw) => ({ ...raw, schemaVersion: 2 }) }];

export type MigrateResult = { ok: true; raw: Raw; from: number } | { ok: false; reason: 'newerVersion' | 'badVersion'; version: unknown };

/** The version a raw object says it is; an object without one is version 1. */
export function versionOf(raw: Raw): unknown {
  return Object.prototype.hasOwnProperty.call(raw, 'schemaVersion') ? raw.schemaVersion : 1;
}

export function migrate(raw: Raw, list: readonly Migration[] = migrations, current = SETTINGS_VERSION): MigrateResult {
  const version = versionOf(raw);
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return { ok: false, reason: 'badVersion', version };
  if (version > current) return { ok: false, reason: 'newerVersion', version };
  let out: Raw = { ...raw };
  for (const m of [...list].sort((a, b) => a.to - b.to)) {
    if (m.to > version && m.to <= current) out = m.migrate(out);
  }
  out.schemaVersion = current;
  return { ok: true, raw: out, from: version };
}
