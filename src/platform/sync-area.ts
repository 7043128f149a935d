import browser from './browser';

/**
 * storage.sync seen as a whole: what device summaries need beyond the one-key StorageArea (all
 * items at once to measure the area, several keys per call). The fake (fakes/sync-area.ts)
 * enforces the real quotas and write rates, so the store's contract tests meet them as the
 * browser would.
 */
export interface SyncArea {
  /** Every item in the area. */
  getAll(): Promise<Record<string, unknown>>;
  /** One write operation; rejects (writing nothing) over a quota or a write rate. */
  set(items: Record<string, unknown>): Promise<void>;
  /** One write operation. */
  remove(keys: string[]): Promise<void>;
  /** Fires after any page or device changed items, with the keys that changed. */
  onChanged(listener: (keys: string[]) => void): () => void;
}

/** storage.sync, or null when this browser or profile offers none. */
export function browserSyncArea(): SyncArea | null {
  const area = browser.storage?.sync;
  if (!area) return null;
  return {
    getAll: () => area.get(null),
    set: (items) => area.set(items),
    remove: (keys) => area.remove(keys),
    onChanged(listener) {
      const fn = (changes: Record<string, unknown>, name: string) => {
        if (name === 'sync') listener(Object.keys(changes));
      };
      browser.storage.onChanged.addListener(fn);
      return () => browser.storage.onChanged.removeListener(fn);
    },
  };
}
