import type { Settings } from '../core/settings/defaults';

/**
 * Settings live in storage.sync so they follow the user; storage.local takes over when sync is
 * unavailable or over quota. load() never throws: a corrupted or partial store falls back to the
 * defaults field by field and reports what it fixed in `notices`.
 */
export interface SettingsStore {
  load(): Promise<{ settings: Settings; notices: string[] }>;
  /** Validates, then writes the whole object. Rejects (writing nothing) if validation fails. */
  save(settings: Settings): Promise<void>;
  /** Called with the new settings whenever any page or another device changes them. */
  onChange(listener: (settings: Settings) => void): void;
}
