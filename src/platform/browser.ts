// The one module that owns the WebExtension namespace. Chrome 148+ and Firefox expose a
// promise-based `browser` natively. Older Chrome gets webextension-polyfill, which the build
// ships as its own file and which loads only there, so the browsers that don't need it never
// download, parse or pay for it. Everything else imports `browser` from here, never from the
// polyfill or `chrome`.
import type PolyfilledBrowser from 'webextension-polyfill';

export type Browser = typeof PolyfilledBrowser;
export const POLYFILL_FILE = 'browser-polyfill.js';

interface Scope {
  browser?: Browser;
  importScripts?: (url: string) => void;
}
const scope = globalThis as unknown as Scope;
const hasNative = () => Boolean(scope.browser?.runtime?.id);

// A service worker can load a script synchronously, so in Chrome's worker the polyfill is in
// place before any listener is registered. (Firefox's event page always has `browser`.)
if (!hasNative() && typeof scope.importScripts === 'function') scope.importScripts(POLYFILL_FILE);

/** Whether `browser` can be used right now, before `browserReady()` (no polyfill to wait for). */
export const browserIsReady = (): boolean => hasNative();

/** Pages call this before their first API use: it loads the polyfill where `browser` is missing. */
export function browserReady(doc: Document = globalThis.document): Promise<void> {
  return hasNative() ? Promise.resolve() : loadScript(POLYFILL_FILE, doc);
}

/** Runs one of the extension's own script files in a document; resolves once it has run. */
export function loadScript(file: string, doc: Document = globalThis.document): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = doc.createElement('script');
    script.src = file;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`Unhunch could not load ${file}`));
    doc.head.append(script);
  });
}

// Looked up on each use, so modules may import `browser` before a page's polyfill has loaded.
const browser = new Proxy({} as Browser, {
  get(_target, key) {
    const api = scope.browser;
    if (!api) throw new Error(`browser.${String(key)} used before browserReady()`);
    return api[key as keyof Browser];
  },
});

export default browser;
