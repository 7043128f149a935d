// The popup's start-up read is asked for as its module is evaluated, before the rest of popup.js
// (the drawings) runs, wherever `browser` is there without the polyfill.
import { afterEach, describe, expect, it, vi } from 'vitest';

const scope = globalThis as unknown as { browser?: unknown };
afterEach(() => {
  delete scope.browser;
  vi.resetModules();
});

describe('popup/start-early', () => {
  it('asks storage.local at once where the browser has a native namespace', async () => {
    const asked: unknown[] = [];
    scope.browser = {
      runtime: { id: 'unhunch' },
      storage: {
        local: {
          get: async (keys: unknown) => {
            asked.push(keys);
            return {};
          },
        },
      },
    };
    const { earlyStart } = await import('../../src/popup/start-early');
    expect(asked).toHaveLength(1);
    await expect(earlyStart).resolves.toMatchObject({ settings: null, breakId: null });
  });

  it('leaves the read to index.tsx where the polyfill has yet to load', async () => {
    const { earlyStart } = await import('../../src/popup/start-early');
    expect(earlyStart).toBeNull();
  });
});
