// (2) Popup ready: navigation start → the stretch card painted, against a blank page of the same
// extension copy, alternating loads in fresh tabs sized like the popup (360 × 560). A script
// injected before the page's own code watches for the card's heading to hold text, then stamps
// the time once the frame containing it has been produced (rAF, then a task after it). The blank
// page is timed with the very same script, so the two figures differ only by the page's work.
// Two series: with the worker awake (loads follow each other within its 30 s idle allowance),
// and asleep (worker stopped through DevTools and the extension's process gone before each
// load, for the blank page too), which is what a click on the toolbar button usually meets.
import { launch } from '../lib/browser.mjs';
import { closeExtensionTabs } from '../lib/control.mjs';
import { openPage, sleep } from '../lib/page.mjs';
import { extensionPids } from '../lib/procs.mjs';
import { median } from '../lib/stats.mjs';
import { WorkerWatch } from '../lib/worker-watch.mjs';

/** The card's heading (src/popup/stretch-card.tsx); the blank page's only paragraph. */
export const CARD_SELECTOR = '#stretch-name';
export const BLANK_SELECTOR = '#bench-blank';
/**
 * A peer's popup knows no card: it is ready once its body holds any text and that frame has
 * been produced, the nearest a page we did not write has to its first useful paint.
 */
export const ANY_TEXT_SELECTOR = 'body';

/**
 * The script that stamps ready; also written as a file into the Firefox copy (measure/firefox.mjs).
 * @param {string} selectorExpression JavaScript that evaluates to the selector waited for
 */
export const probeScript = (selectorExpression) => `(() => {
  const sel = ${selectorExpression};
  window.__benchReady = new Promise((resolve) => {
    const stamp = () => requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve(performance.now());
      ch.port2.postMessage(0);
    });
    const mo = new MutationObserver(() => {
      const el = document.querySelector(sel);
      if (el && el.textContent.trim()) { mo.disconnect(); stamp(); }
    });
    mo.observe(document, { childList: true, subtree: true, characterData: true });
  });
})();`;

/**
 * Opens a fresh tab sized like the popup on `url` and returns ms from navigation start to ready.
 * @param {import('../lib/browser.mjs').Browser} browser
 * @param {string} url
 * @param {string} selector
 */
export async function timeLoad(browser, url, selector) {
  // The load event is awaited only so that no command meets the tab mid-swap; the stamp is
  // taken in the page whenever the card appears, before or after it.
  const page = await openPage(browser, url, {
    before: async (p) => {
      await p.send('Emulation.setDeviceMetricsOverride', { width: 360, height: 560, deviceScaleFactor: 1, mobile: false });
      await p.send('Page.addScriptToEvaluateOnNewDocument', { source: probeScript(JSON.stringify(selector)) });
    },
  });
  try {
    const ms = await Promise.race([
      page.evaluate('new Promise((r) => { const t = () => window.__benchReady ? window.__benchReady.then(r) : setTimeout(t, 5); t(); })'),
      sleep(10_000).then(() => {
        throw new Error(`${url}: ${selector} did not appear within 10 s`);
      }),
    ]);
    return /** @type {number} */ (ms);
  } finally {
    await page.close();
  }
}

/**
 * Stops the worker, asking again every second: a worker still starting (woken by the page just
 * closed, on a loaded machine) lets a stop request pass and then runs its full 30 s.
 * @param {WorkerWatch} watch
 */
export async function stopWorker(watch) {
  for (let tries = 1; ; tries++) {
    await watch.page?.send('ServiceWorker.stopAllWorkers');
    try {
      await watch.waitFor('stopped', 1000);
      return;
    } catch (e) {
      if (tries >= 5) throw e;
    }
  }
}

/**
 * Stops the worker and waits up to 3 s for the extension's process to exit, as 30 s after the
 * last event; returns false when the process lingered.
 * @param {import('../lib/browser.mjs').Browser} browser
 * @param {WorkerWatch} watch
 */
export async function putToSleep(browser, watch) {
  await stopWorker(watch);
  const deadline = Date.now() + 3000;
  while (extensionPids(browser.profile).length && Date.now() < deadline) await sleep(10);
  return extensionPids(browser.profile).length === 0;
}

/**
 * A browser with the extension at `dir` loaded, its worker started and settled, and the tabs
 * the extension opened on install closed: where every popup load starts from.
 * @param {string} dir
 */
export async function settledBrowser(dir) {
  const browser = await launch({ extensionDir: dir });
  try {
    const watch = await new WorkerWatch(browser).start();
    await watch.waitForWorker(15_000);
    await sleep(1500);
    await closeExtensionTabs(browser);
    return { browser, watch };
  } catch (e) {
    await browser.close();
    throw e;
  }
}

/**
 * @param {import('../lib/extensions.mjs').Extension} ext a copy with the bench's blank page
 * @param {{ loads: number, warmup: number, coldLoads: number }} options
 * @param {{ page?: string, selector?: string }} [popup] the popup page and what marks it ready
 *   (Unhunch's popup.html and its card's heading unless told otherwise, for a peer)
 */
export async function measurePopupReady(ext, { loads, warmup, coldLoads }, { page = 'popup.html', selector = CARD_SELECTOR } = {}) {
  const { browser, watch } = await settledBrowser(ext.dir);
  try {
    const popupUrl = browser.url(page);
    const blankUrl = browser.url('bench-blank.html');
    /** @type {number[]} */
    const popup = [];
    /** @type {number[]} */
    const blank = [];
    for (let i = 0; i < warmup + loads; i++) {
      // Alternate the order too, so neither page always follows the other.
      const pair = i % 2 === 0 ? ['p', 'b'] : ['b', 'p'];
      for (const which of pair) {
        const ms = which === 'p' ? await timeLoad(browser, popupUrl, selector) : await timeLoad(browser, blankUrl, BLANK_SELECTOR);
        if (i >= warmup) (which === 'p' ? popup : blank).push(ms);
      }
    }
    // Asleep: before each load the worker is stopped and the extension's process has exited,
    // as 30 s after the last event; the blank page is loaded from the same cold state.
    /** @type {number[]} */
    const cold = [];
    /** @type {number[]} */
    const coldBlank = [];
    let processLingered = 0;
    for (let i = 0; i < coldLoads; i++) {
      const pair = i % 2 === 0 ? ['p', 'b'] : ['b', 'p'];
      for (const which of pair) {
        if (!(await putToSleep(browser, watch))) processLingered++;
        if (which === 'p') cold.push(await timeLoad(browser, popupUrl, selector));
        else coldBlank.push(await timeLoad(browser, blankUrl, BLANK_SELECTOR));
      }
    }
    await watch.stop();
    const popupMs = median(popup);
    const blankMs = median(blank);
    const coldMs = median(cold);
    const coldBlankMs = median(coldBlank);
    return {
      loads,
      popupMs,
      blankMs,
      ratio: popupMs / blankMs,
      coldLoads,
      coldMs,
      coldBlankMs,
      coldRatio: coldMs / coldBlankMs,
      processLingered,
      popupSamples: popup,
      blankSamples: blank,
      coldSamples: cold,
      coldBlankSamples: coldBlank,
    };
  } finally {
    await browser.close();
  }
}
