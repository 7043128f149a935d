import { browserLock } from '../platform/locks';
import type { StorageArea } from '../platform/storage-area';
import { browserSyncArea } from '../platform/sync-area';
import { CustomStretchesStore } from './custom-stretches-store';

/** The lock every page and the worker take to change the stretches (platform/locks.ts). */
const LOCK = 'unhunch-custom-stretches';

/** The person's own stretches on the browser's storage.local and storage.sync. */
export function browserCustomStretchesStore(local: StorageArea): CustomStretchesStore {
  return new CustomStretchesStore(local, browserSyncArea(), () => Date.now(), browserLock(LOCK));
}
