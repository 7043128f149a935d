import browser from './browser';

/**
 * One key-value storage area (storage.sync or storage.local) seen through the few calls Unhunch
 * needs. The stores in src/storage take areas as arguments, so tests hand them
 * the in-memory fake (fakes/storage-area.ts), which behaves like the real one.
 */
export interface StorageArea {
  /** The stored value, or undefined. */
  get(key: string): Promise<unknown>;
  /** Several keys in one call; a key that holds nothing is absent from the result. */
  getMany(keys: string[]): Promise<Record<string, unknown>>;
  /** Rejects like the browser does, e.g. when over quota; then nothing was written. */
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Fires with the new value (undefined when removed) after any page or device changed the key. */
  onKeyChanged(key: string, listener: (value: unknown) => void): void;
}

/** The browser's area, or null when this browser or profile does not offer it. */
export function browserArea(name: 'sync' | 'local' | 'session'): StorageArea | null {
  const area = browser.storage?.[name];
  if (!area) return null;
  return {
    async get(key) {
      return (await area.get(key))[key];
    },
    async getMany(keys) {
      return area.get(keys);
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
    async remove(key) {
      await area.remove(key);
    },
    onKeyChanged(key, listener) {
      browser.storage.onChanged.addListener((changes, areaName) => {
        if (areaName === name && key in changes) listener(changes[key]!.newValue);
      });
    },
  };
}
