import type { Settings } from '../core/settings/defaults';
import type { SettingsNotice } from '../core/settings/stored-choice';
import type { SettingsError } from '../core/settings/validate';

export type { SettingsNotice };

export class SettingsInvalidError extends Error {
  constructor(readonly errors: SettingsError[]) {
    super(`Settings not saved: ${errors.length} invalid field(s)`);
    this.name = 'SettingsInvalidError';
  }
}

/**
 * Settings live in storage.sync so they follow the user; storage.local takes over when sync is
 * unavailable or over quota. load() never throws: a corrupted or partial store falls back to the
 * defaults field by field and reports what it fixed in `notices`.
 */
export interface SettingsStore {
  load(): Promise<{ settings: Settings; notices: SettingsNotice[] }>;
  /**
   * Validates, then writes the whole object in one write. Rejects with SettingsInvalidError
   * (writing nothing) if validation fails, or with the storage error if no area took the write.
   * Resolves with the area that holds the settings now.
   */
  save(settings: Settings): Promise<'sync' | 'local'>;
  /** Removes the stored settings everywhere, so every field is back to its default. */
  reset(): Promise<void>;
  /** Called with the new settings whenever any page or another device changes them. */
  onChange(listener: (settings: Settings) => void): void;
}

/** Loading and following the settings, without saving: all the background and history need. */
export type SettingsReader = Pick<SettingsStore, 'load' | 'onChange'>;
