import browser from './browser';

/**
 * storage.managed: what an administrator set through the browser's enterprise policy. Without a
 * policy Chrome answers {} and Firefox rejects (it looks for a policy and finds none); both come
 * out here as undefined, so callers see one "no policy".
 */
export interface ManagedArea {
  /** Everything the policy holds, or undefined when there is none. Never rejects. */
  read(): Promise<unknown>;
  /** Fires when the policy changes while the browser runs (Chrome reloads policies live). */
  onChanged(listener: () => void): void;
}

export function browserManaged(): ManagedArea {
  return {
    async read() {
      const area = browser.storage?.managed;
      if (!area) return undefined;
      try {
        const all = await area.get(null);
        return Object.keys(all).length ? all : undefined;
      } catch {
        return undefined;
      }
    },
    onChanged(listener) {
      browser.storage.onChanged.addListener((_changes, name) => {
        if (name === 'managed') listener();
      });
    },
  };
}
