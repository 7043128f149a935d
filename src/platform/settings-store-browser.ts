import browser from './browser';
import { defaultSettings, type Settings } from '../core/settings/defaults';
import type { SettingsStore } from './settings-store';

// First cut: storage.sync with defaults filled in. Validation, migrations and the fallback to
// storage.local arrive with the settings schema.
const KEY = 'settings';

export function browserSettingsStore(): SettingsStore {
  return {
    async load() {
      const stored = (await browser.storage.sync.get(KEY))[KEY] as Partial<Settings> | undefined;
      return { settings: { ...defaultSettings(), ...stored }, notices: [] };
    },
    async save(settings) {
      await browser.storage.sync.set({ [KEY]: settings });
    },
    onChange(listener) {
      browser.storage.onChanged.addListener((changes, area) => {
        if (area === 'sync' && KEY in changes) listener({ ...defaultSettings(), ...(changes[KEY]!.newValue as Partial<Settings>) });
      });
    },
  };
}
