import type { SettingsStore } from '../settings-store';
import { syncedSettingsStore } from '../settings-store-synced';
import { FakeStorageArea } from '../../platform/fakes/storage-area';

/**
 * The real settings logic on in-memory areas, so tests see validation, fallback to local and
 * onChange exactly as in the browser. Break `sync` (failWith, quotaBytes) to test the fallback.
 */
export function fakeSettingsStore(now: () => number = () => 0): { store: SettingsStore; sync: FakeStorageArea; local: FakeStorageArea } {
  const sync = new FakeStorageArea();
  const local = new FakeStorageArea();
  return { store: syncedSettingsStore({ sync, local, now }), sync, local };
}
