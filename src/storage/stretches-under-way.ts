import type { StretchProgress } from '../shared/live-port';
import type { StorageArea } from '../platform/storage-area';
import { STRETCHES_UNDER_WAY_KEY } from './keys';

/** A page's stretch as the background last heard of it; `at` is when (epoch ms). */
export interface UnderWay {
  progress: StretchProgress;
  at: number;
}

/**
 * The stretches open pages are in the middle of, by page id, in storage.session: the worker can
 * be stopped while a page is open, and the page may close before a new worker hears from it.
 * Without storage.session they live in memory only, which still covers a page closed while the
 * worker runs.
 */
export interface StretchesUnderWay {
  /** Never rejects: unreadable means none. */
  load(): Promise<Record<string, UnderWay>>;
  put(pageId: string, entry: UnderWay | null): Promise<void>;
}

const isEntry = (v: unknown): v is UnderWay =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as UnderWay).at === 'number' &&
  typeof (v as UnderWay).progress === 'object' &&
  (v as UnderWay).progress !== null;

export function stretchesUnderWay(area: StorageArea | null): StretchesUnderWay {
  let memory: Record<string, UnderWay> = {};
  const read = async (): Promise<Record<string, UnderWay>> => {
    if (!area) return memory;
    try {
      const raw = await area.get(STRETCHES_UNDER_WAY_KEY);
      if (typeof raw !== 'object' || raw === null) return {};
      return Object.fromEntries(Object.entries(raw).filter(([, v]) => isEntry(v))) as Record<string, UnderWay>;
    } catch {
      return {};
    }
  };
  return {
    load: read,
    async put(pageId, entry) {
      const all = { ...(await read()) };
      if (entry) all[pageId] = structuredClone(entry);
      else delete all[pageId];
      memory = all;
      if (area) await area.set(STRETCHES_UNDER_WAY_KEY, all);
    },
  };
}
