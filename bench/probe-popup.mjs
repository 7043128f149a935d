// Compares popup variants in one browser: `node bench/probe-popup.mjs DIR a.html b.html …` loads
// each page of the unpacked build DIR (copied, with the bench's blank page added) in turn with
// the blank page, in fresh 360 × 560 tabs, timed like the bench's popup ready (measure/
// popup-ready.mjs). A variant is a page you add to DIR by hand, say b.html naming popup-b.js.
// On a shared machine two runs of the whole bench differ by more than most changes gain, so
// this prints, beside each page's median, its median difference from the first page over the
// same rounds (paired: both loads saw about the same load on the machine), and the median of
// every `performance.mark` the page made, with its paired gap from the mark before it. --asleep
// stops the worker and waits for the extension's process to exit before every load; --loads N
// (default 30) after 3 warm-up rounds.
import { parseArgs } from 'node:util';
import { copyOfBuild, removeTempExtensions } from './lib/extensions.mjs';
import { openPage } from './lib/page.mjs';
import { median } from './lib/stats.mjs';
import { BLANK_SELECTOR, CARD_SELECTOR, probeScript, putToSleep, settledBrowser } from './measure/popup-ready.mjs';

const WARMUP = 3;
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { asleep: { type: 'boolean' }, loads: { type: 'string' } },
});
const [dir, ...pages] = positionals;
if (!dir || !pages.length) throw new Error('usage: node bench/probe-popup.mjs [--asleep] [--loads N] DIR page.html [page.html …]');
const loads = Number(values.loads ?? 30);

/**
 * One load: the ready stamp and the page's own marks, in ms from navigation start.
 * @param {import('./lib/browser.mjs').Browser} browser
 * @param {string} url
 * @param {string} selector
 * @returns {Promise<Record<string, number>>}
 */
async function timeLoad(browser, url, selector) {
  const page = await openPage(browser, url, {
    before: async (p) => {
      await p.send('Emulation.setDeviceMetricsOverride', { width: 360, height: 560, deviceScaleFactor: 1, mobile: false });
      await p.send('Page.addScriptToEvaluateOnNewDocument', { source: probeScript(JSON.stringify(selector)) });
    },
  });
  try {
    return await page.evaluate(`new Promise((resolve) => {
      const wait = () => window.__benchReady ? window.__benchReady.then((ready) => {
        const out = { ready };
        for (const m of performance.getEntriesByType('mark')) out['mark ' + m.name] = m.startTime;
        resolve(out);
      }) : setTimeout(wait, 5);
      wait();
    })`);
  } finally {
    await page.close();
  }
}

try {
  const ext = copyOfBuild(dir);
  const { browser, watch } = await settledBrowser(ext.dir);
  try {
    /** @type {Record<string, Record<string, number[]>>} */
    const samples = Object.fromEntries(pages.map((p) => [p, {}]));
    /** @type {number[]} */
    const blank = [];
    for (let round = 0; round < WARMUP + loads; round++) {
      const order = [...(round % 2 ? [...pages].reverse() : pages), 'blank'];
      for (const which of order) {
        if (values.asleep) {
          await putToSleep(browser, watch);
        }
        const stamps =
          which === 'blank'
            ? await timeLoad(browser, browser.url('bench-blank.html'), BLANK_SELECTOR)
            : await timeLoad(browser, browser.url(which), CARD_SELECTOR);
        if (round < WARMUP) continue;
        if (which === 'blank') blank.push(stamps.ready);
        else for (const [k, v] of Object.entries(stamps)) (samples[which][k] ??= []).push(v);
      }
    }
    await watch.stop();
    const first = samples[pages[0]].ready;
    console.log(`${values.asleep ? 'asleep' : 'awake'}, ${loads} rounds: blank page ${median(blank).toFixed(1)} ms`);
    for (const p of pages) {
      const ready = samples[p].ready;
      const diff = median(ready.map((v, i) => v - first[i]));
      console.log(
        `${p}: ready ${median(ready).toFixed(1)} ms, ${(median(ready) / median(blank)).toFixed(2)}× the blank page; paired difference from ${pages[0]}: ${diff >= 0 ? '+' : ''}${diff.toFixed(1)} ms`,
      );
      // The marks in time order, ready last, each with the median of its gap from the one before
      // in the same load: medians of single marks taken from different loads do not subtract.
      const keys = Object.keys(samples[p]).sort((a, b) =>
        a === 'ready' ? 1 : b === 'ready' ? -1 : median(samples[p][a]) - median(samples[p][b]),
      );
      if (keys.length < 2) continue;
      keys.forEach((k, j) => {
        const v = samples[p][k];
        const before = j > 0 ? samples[p][keys[j - 1]] : null;
        const gap =
          before && before.length === v.length ? `, +${median(v.map((x, i) => x - before[i])).toFixed(1)} ms after ${keys[j - 1]}` : '';
        console.log(`  ${k}: ${median(v).toFixed(1)} ms${gap}`);
      });
    }
  } finally {
    await browser.close();
  }
} finally {
  removeTempExtensions();
}
