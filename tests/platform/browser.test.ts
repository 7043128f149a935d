import { afterEach, describe, expect, it } from 'vitest';
import browser, { browserReady, POLYFILL_FILE } from '../../src/platform/browser';

const scope = globalThis as unknown as { browser?: unknown };
afterEach(() => {
  delete scope.browser;
});

/** Just enough of a document to watch a script being added. */
function fakeDocument() {
  const added: { src: string; onload?: () => void; onerror?: () => void }[] = [];
  const doc = {
    createElement: () => ({ src: '' }),
    head: { append: (el: (typeof added)[number]) => added.push(el) },
  } as unknown as Document;
  return { doc, added };
}

describe('platform/browser', () => {
  it('uses the native namespace where there is one, loading nothing', async () => {
    scope.browser = { runtime: { id: 'unhunch' }, alarms: { name: 'native alarms' } };
    const { doc, added } = fakeDocument();
    await browserReady(doc);
    expect(added).toEqual([]);
    expect((browser.alarms as unknown as { name: string }).name).toBe('native alarms');
  });

  it('loads the polyfill file where `browser` is missing, and resolves once it ran', async () => {
    const { doc, added } = fakeDocument();
    const ready = browserReady(doc);
    expect(added.map((s) => s.src)).toEqual([POLYFILL_FILE]);
    scope.browser = { runtime: { id: 'unhunch' } };
    added[0]!.onload!();
    await expect(ready).resolves.toBeUndefined();
    expect(browser.runtime.id).toBe('unhunch');
  });

  it('fails loudly if the polyfill cannot load, and when used before it has loaded', async () => {
    const { doc, added } = fakeDocument();
    const ready = browserReady(doc);
    added[0]!.onerror!();
    await expect(ready).rejects.toThrow(/could not load/);
    expect(() => browser.storage).toThrow(/before browserReady/);
  });
});
