import { browserArea, type StorageArea } from '../platform/storage-area';
import { syncedSettingsReader, syncedSettingsStore, type SettingsAreas } from './settings-store-synced';
import type { SettingsReader, SettingsStore } from './settings-store';

function areas(): SettingsAreas {
  const local: StorageArea | null = browserArea('local');
  if (!local) throw new Error('storage.local is missing: the manifest must ask for the "storage" permission.');
  return { sync: browserArea('sync'), local };
}

/** The settings store on the browser's storage.sync, with storage.local as the fallback. */
export function browserSettingsStore(): SettingsStore {
  return syncedSettingsStore(areas());
}

/** The same settings, read only: for the background, which never saves them. */
export function browserSettingsReader(): SettingsReader {
  return syncedSettingsReader(areas());
}
