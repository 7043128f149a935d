// Tabs driven over flat DevTools sessions. Only pages are ever attached; the extension's worker
// is attached solely for the heap reading, which is done last because it keeps the worker awake.

/**
 * @typedef {object} Page
 * @property {string} targetId
 * @property {string} sessionId
 * @property {(method: string, params?: object) => Promise<any>} send
 * @property {(expression: string, timeoutMs?: number) => Promise<any>} evaluate awaits promises, returns by value
 * @property {() => Promise<void>} close
 */

/**
 * Opens a tab, attaches a flat session, lets `before` prepare it while it still shows
 * about:blank, then navigates and (unless told not to) waits for the load event. Navigating from
 * an attached blank tab instead of creating the tab on the URL matters: a command sent while
 * the tab swaps renderer processes can be dropped and never answered.
 * @param {import('./browser.mjs').Browser} browser
 * @param {string} url
 * @param {{ before?: (page: Page) => Promise<void>, waitForLoad?: boolean }} [options]
 * @returns {Promise<Page>}
 */
export async function openPage(browser, url, { before, waitForLoad = true } = {}) {
  const { cdp } = browser;
  const { targetId } = await cdp.send('Target.createTarget', { url: 'about:blank' });
  const { sessionId } = await cdp.send('Target.attachToTarget', { targetId, flatten: true });
  /** @type {Page} */
  const page = {
    targetId,
    sessionId,
    send: (method, params = {}) => cdp.send(method, params, sessionId),
    async evaluate(expression, timeoutMs = 15_000) {
      const r = await cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true }, sessionId, timeoutMs);
      if (r.exceptionDetails)
        throw new Error(`evaluate failed in ${url}: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
      return r.result.value;
    },
    async close() {
      await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    },
  };
  if (before) await before(page);
  if (url !== 'about:blank') {
    await page.send('Page.enable');
    const loaded = cdp.waitFor('Page.loadEventFired', (_p, s) => s === sessionId, 15_000);
    await page.send('Page.navigate', { url });
    if (waitForLoad) await loaded;
    else loaded.catch(() => undefined);
  }
  return page;
}

/** @param {number} ms */
export const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
