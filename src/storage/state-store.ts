import type { StorageArea } from '../platform/storage-area';
import { ENGINE_KEY, SESSION_KEY } from './keys';

/**
 * Where the break engine keeps its state: storage.local, which survives worker stops and browser
 * restarts. A marker in storage.session (emptied when the browser closes) tells a worker restart
 * from a browser start, without depending on the order of runtime events.
 */
export interface StateStore {
  /** The stored record (unchecked), and whether the browser started since the last save. */
  load(): Promise<{ record: unknown; browserStarted: boolean }>;
  save(record: unknown): Promise<void>;
}

/**
 * The state in `local`, the marker in `session`. Without storage.session (very old browsers)
 * every worker start looks like a browser start; that only loses the seconds since the last
 * event, never counts extra time.
 */
export function stateStore(local: StorageArea, session: StorageArea | null): StateStore {
  return {
    async load() {
      const [record, marker] = await Promise.all([local.get(ENGINE_KEY), session?.get(SESSION_KEY).catch(() => undefined)]);
      const browserStarted = !marker;
      if (browserStarted) await session?.set(SESSION_KEY, true).catch(() => undefined);
      return { record, browserStarted };
    },
    async save(record) {
      await local.set(ENGINE_KEY, record);
    },
  };
}
