import { emptyBag, parseBag, type ShuffleBag } from '../core/stretches/shuffle-bag';
import type { StorageArea } from '../platform/storage-area';
import { SHUFFLE_KEY } from './keys';

/**
 * Where the popup keeps its shuffle bag between openings. storage.local, not sync: which stretch
 * comes next is about this browser, and a bag rewritten on every break would eat the sync quota.
 */
export interface ShuffleStore {
  /** Never throws: an unreadable or malformed bag starts a fresh round. */
  load(): Promise<ShuffleBag>;
  save(bag: ShuffleBag): Promise<void>;
}

// popup-start.ts reads the same key together with the popup's settings.
const KEY = SHUFFLE_KEY;

export function shuffleStore(area: StorageArea | null): ShuffleStore {
  // Without a storage area the bag lives for this opening only, which still deals fairly.
  let memory = emptyBag();
  return {
    async load() {
      if (!area) return memory;
      try {
        return parseBag(await area.get(KEY));
      } catch {
        return emptyBag();
      }
    },
    async save(bag) {
      memory = structuredClone(bag);
      if (area) await area.set(KEY, bag);
    },
  };
}
