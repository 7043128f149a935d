// Waking an extension's worker the way real use does: a runtime message from one of its pages.
// Unhunch gets the popup's first message (status/get), other extensions a message they may
// ignore. An extension with no message listener cannot be woken by a message at all; then the
// bench falls back to DevTools' ServiceWorker.startWorker and says so.
import { Control } from './control.mjs';

/**
 * @param {import('./browser.mjs').Browser} browser
 * @param {import('./extensions.mjs').Extension} ext
 * @param {import('./worker-watch.mjs').WorkerWatch} watch
 * @returns {Promise<{ how: 'message' | 'startWorker', atMs: number }>} atMs: Node time the event was delivered
 */
export async function wakeWorker(browser, ext, watch) {
  const control = await new Control(browser).open();
  try {
    const r = ext.ours ? await control.send('status/get') : await control.message({ bench: 'wake' });
    if (!r.error) return { how: 'message', atMs: Date.now() };
  } finally {
    // The sender is an extension page: it would keep the extension's process alive.
    await control.close();
  }
  await watch.page?.send('ServiceWorker.startWorker', { scopeURL: browser.url('') });
  await watch.waitFor('running', 10_000);
  return { how: 'startWorker', atMs: Date.now() };
}

/**
 * @param {import('./browser.mjs').Browser} browser
 * @returns {Promise<string | null>} the worker's DevTools target id
 */
export async function workerTargetId(browser) {
  const { targetInfos } = await browser.cdp.send('Target.getTargets');
  const t = targetInfos.find((/** @type {any} */ t) => t.type === 'service_worker' && t.url.startsWith(browser.url('')));
  return t?.targetId ?? null;
}
