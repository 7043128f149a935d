// (6) Breath timer cost: main-thread busy time of the popup while the breath timer runs, from
// DevTools' Performance.getMetrics (TaskDuration: all main-thread task time of the page's
// renderer), as a share of wall time. Baseline: the blank page of the same extension copy, idle,
// measured right after in the same browser (pages of one extension share one renderer, so they
// are measured one after the other, never together).
import { launch } from '../lib/browser.mjs';
import { closeExtensionTabs } from '../lib/control.mjs';
import { openPage, sleep } from '../lib/page.mjs';
import { BLANK_SELECTOR, CARD_SELECTOR } from './popup-ready.mjs';

// Two-sided stretches dosed in breaths: at the default 4 s + 6 s pace their timer runs for more
// than 60 s, so a 30 s window is breathing from end to end (ids from src/core/stretches/library.ts).
const LONG_STRETCHES = ['chair-twist', 'eagle-arms', 'cross-body-shoulder', 'standing-side-reach'];

/** @param {import('../lib/page.mjs').Page} page */
async function metrics(page) {
  const { metrics: list } = await page.send('Performance.getMetrics');
  return /** @type {Record<string, number>} */ (
    Object.fromEntries(list.map((/** @type {{ name: string, value: number }} */ m) => [m.name, m.value]))
  );
}

/**
 * @param {import('../lib/page.mjs').Page} page
 * @param {number} wallMs
 */
async function busyOver(page, wallMs) {
  const m0 = await metrics(page);
  const t0 = performance.now();
  await sleep(wallMs);
  const m1 = await metrics(page);
  const wall = (performance.now() - t0) / 1000;
  /** @param {string} k */
  const d = (k) => (m1[k] ?? 0) - (m0[k] ?? 0);
  return {
    wallS: wall,
    busyPct: (d('TaskDuration') / wall) * 100,
    scriptMs: d('ScriptDuration') * 1000,
    styleMs: d('RecalcStyleDuration') * 1000,
    layoutMs: d('LayoutDuration') * 1000,
    layouts: d('LayoutCount'),
  };
}

/**
 * @param {import('../lib/browser.mjs').Browser} browser
 * @param {string} url
 * @param {string} selector
 */
async function openSized(browser, url, selector) {
  const page = await openPage(browser, url, {
    before: (p) => p.send('Emulation.setDeviceMetricsOverride', { width: 360, height: 560, deviceScaleFactor: 1, mobile: false }),
  });
  await page.evaluate(
    `new Promise((r, j) => { const s = Date.now(); const t = () => document.querySelector(${JSON.stringify(selector)}) ? r(0) : Date.now() - s > 10000 ? j(new Error('${selector} not found')) : setTimeout(t, 20); t(); })`,
  );
  return page;
}

/**
 * @param {import('../lib/extensions.mjs').Extension} ext
 * @param {{ breathMs: number, baselineMs: number }} options
 */
export async function measureBreath(ext, { breathMs, baselineMs }) {
  const browser = await launch({ extensionDir: ext.dir });
  /** @type {string[]} */
  const notes = [];
  try {
    await sleep(1500);
    await closeExtensionTabs(browser);
    const popup = await openSized(browser, browser.url('popup.html'), CARD_SELECTOR);
    const figure = () => popup.evaluate(`document.querySelector('[data-figure]')?.dataset.figure ?? null`);
    let stretch = await figure();
    for (let i = 0; i < 12 && !LONG_STRETCHES.includes(stretch); i++) {
      await popup.evaluate(`document.querySelector('[data-action="another"]')?.click()`);
      await sleep(250);
      stretch = await figure();
    }
    if (!LONG_STRETCHES.includes(stretch)) notes.push(`no two-sided breath stretch offered; measured ${stretch}`);
    // Nothing from DevTools but the metrics themselves while measuring.
    await popup.send('Page.disable');
    await popup.send('Performance.enable');
    await popup.evaluate(`document.querySelector('[data-action="primary"]').click()`);
    await popup.evaluate(
      `new Promise((r, j) => { const s = Date.now(); const t = () => document.querySelector('.stage') ? r(0) : Date.now() - s > 5000 ? j(new Error('the breath stage did not appear')) : setTimeout(t, 20); t(); })`,
    );
    // Skip the start itself (the click's render and the break/start message): the steady state
    // is what runs for minutes.
    await sleep(500);
    const breathing = await busyOver(popup, breathMs);
    if (!(await popup.evaluate(`!!document.querySelector('.stage')`))) notes.push('the breath stage ended before the window did');
    await popup.close();

    const blank = await openSized(browser, browser.url('bench-blank.html'), BLANK_SELECTOR);
    await blank.send('Page.disable');
    await blank.send('Performance.enable');
    await sleep(500);
    const idle = await busyOver(blank, baselineMs);
    await blank.close();
    return { stretch, breathing, blank: idle, notes };
  } finally {
    await browser.close();
  }
}
