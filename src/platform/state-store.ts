import browser from './browser';

/** storage.local key of the engine's record (scheduler state plus pending history writes). */
export const ENGINE_KEY = 'engine';
/** storage.session key that exists from the first worker start until the browser closes. */
const SESSION_KEY = 'engineSession';

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

export function browserStateStore(): StateStore {
  return {
    async load() {
      const [local, session] = await Promise.all([
        browser.storage.local.get(ENGINE_KEY),
        // Without storage.session (very old browsers) every worker start looks like a browser
        // start; that only loses the seconds since the last event, never counts extra time.
        browser.storage.session?.get(SESSION_KEY).catch(() => ({})) ?? Promise.resolve({}),
      ]);
      const browserStarted = !(session as Record<string, unknown>)[SESSION_KEY];
      if (browserStarted) await browser.storage.session?.set({ [SESSION_KEY]: true }).catch(() => undefined);
      return { record: local[ENGINE_KEY], browserStarted };
    },
    async save(record) {
      await browser.storage.local.set({ [ENGINE_KEY]: record });
    },
  };
}
