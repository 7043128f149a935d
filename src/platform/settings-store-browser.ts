import { browserArea } from './settings-store-areas';
import { syncedSettingsStore } from './settings-store-synced';
import type { SettingsStore } from './settings-store';

/** The settings store on the browser's storage.sync, with storage.local as the fallback. */
export function browserSettingsStore(): SettingsStore {
  const local = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  return syncedSettingsStore({ sync: browserArea('sync'), local });
}
