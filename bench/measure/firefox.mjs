// (7) Firefox ESR: popup ready against a blank page of the same extension copy, and the memory of
// Firefox's extension process beside a blank Firefox extension, driven by puppeteer-core over
// WebDriver BiDi as the e2e tests do (tests/e2e/support/firefox.ts). Bytes of the Firefox build
// are counted by measure/bytes.mjs like Chrome's.
//
// BiDi preload scripts do not reach moz-extension documents (tried: they never run there), so
// the bench's copy of the build gets one extra file, bench-probe.js, which popup.html and the
// blank page both load first in <head>: the two pages pay the same for it, and it stamps ready
// exactly as the Chromium probe does (measure/popup-ready.mjs).
//
// What Firefox does not let the bench see is reported as such (lib/report.mjs): the event page
// cannot be stopped or watched from outside (no "asleep" series, no wake counts, no heap), and
// Firefox does not start under libfaketime here (no simulated hours, so no break latency).
import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { sleep } from '../lib/page.mjs';
import { pssBytes, ussBytes } from '../lib/procs.mjs';
import { median } from '../lib/stats.mjs';
import { BLANK_SELECTOR, CARD_SELECTOR, probeScript } from './popup-ready.mjs';

export const FIREFOX = process.env.UNHUNCH_FIREFOX ?? '/usr/bin/firefox-esr';
const PROBE_FILE = 'bench-probe.js';

/**
 * Adds the probe to a bench copy of the Firefox build: popup.html and bench-blank.html load it
 * first, and it reads the selector to wait for from the page's <meta name="bench-ready">.
 * @param {string} dir
 */
export function addProbe(dir) {
  writeFileSync(join(dir, PROBE_FILE), `${probeScript(`document.querySelector('meta[name="bench-ready"]').content`)}\n`);
  for (const [file, selector] of [
    ['popup.html', CARD_SELECTOR],
    ['bench-blank.html', BLANK_SELECTOR],
  ]) {
    const path = join(dir, file);
    const html = readFileSync(path, 'utf8');
    if (html.includes(PROBE_FILE)) continue;
    if (!html.includes('<head>')) throw new Error(`${file} has no <head> for the bench probe`);
    writeFileSync(
      path,
      html.replace('<head>', `<head>\n<meta name="bench-ready" content="${selector}"><script src="${PROBE_FILE}"></script>`),
    );
  }
}

/** The add-on id a Firefox manifest declares. @param {string} dir */
function geckoId(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${dir}: no browser_specific_settings.gecko.id, Firefox would give it a random one`);
  return id;
}

/** @param {string} dir */
async function launchFirefox(dir) {
  if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX}: set UNHUNCH_FIREFOX or run npm run setup.`);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [geckoId(dir)]: uuid }), 'intl.locale.requested': 'en-US' },
  });
  try {
    await browser.installExtension(dir);
  } catch (e) {
    await browser.close();
    throw e;
  }
  const version = await browser.version();
  return { browser, version, url: (/** @type {string} */ path) => `moz-extension://${uuid}/${path}` };
}

/**
 * Opens `url` in a fresh 360 × 560 tab, polls `read` (run in the page with the URL) until it
 * gives something other than null, closes the tab and returns it.
 * @template T
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 * @param {(url: string) => T | null} read
 * @returns {Promise<T>}
 */
async function inFreshTab(browser, url, read) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 360, height: 560 });
    // Firefox does not always report load for moz-extension pages: poll the page instead.
    void page.goto(url).catch(() => undefined);
    const deadline = Date.now() + 15_000;
    for (;;) {
      // While the document is being swapped in, BiDi evaluation fails: that reads as not yet.
      const value = await page.evaluate(read, url).catch(() => null);
      if (value !== null && value !== undefined) return /** @type {T} */ (value);
      if (Date.now() > deadline) throw new Error(`${url}: not ready within 15 s`);
      await sleep(20);
    }
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * ms from navigation start to ready, in a fresh tab sized like the popup.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
const timeLoad = (browser, url) =>
  inFreshTab(browser, url, (u) => (location.href === u ? /** @type {any} */ (window.__benchReady ?? null) : null));

/**
 * One page load with nothing timed, so a floor with no bench stamp can be given the same loads.
 * @param {import('puppeteer-core').Browser} browser
 * @param {string} url
 */
const loadOnce = (browser, url) =>
  inFreshTab(browser, url, (u) => (location.href === u && document.readyState === 'complete' ? true : null));

/** Firefox's extension process ("WebExtensions") of one browser, from /proc. @param {number} browserPid */
function webExtensionsPids(browserPid) {
  /** @type {number[]} */
  const pids = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      if (readFileSync(`/proc/${name}/comm`, 'utf8').trim() !== 'WebExtensions') continue;
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').split('\0').join(' ').includes(`-parentPid ${browserPid} `))
        pids.push(Number(name));
    } catch {
      /* exited meanwhile */
    }
  }
  return pids;
}

/**
 * PSS and USS of the extension process after the popup page has been opened and closed (the
 * event page is then awake, as after a toolbar click), median of 5 samples.
 * @param {Awaited<ReturnType<typeof launchFirefox>>} ff
 * @param {string} page
 */
async function memory(ff, page) {
  const tab = await ff.browser.newPage();
  void tab.goto(ff.url(page)).catch(() => undefined);
  await sleep(2000);
  await tab.close().catch(() => undefined);
  await sleep(1000);
  const pid = webExtensionsPids(/** @type {number} */ (ff.browser.process()?.pid))[0];
  if (!pid) throw new Error('Firefox has no WebExtensions process');
  /** @type {number[]} */ const pss = [];
  /** @type {number[]} */ const uss = [];
  for (let i = 0; i < 5; i++) {
    pss.push(pssBytes(pid) ?? NaN);
    uss.push(ussBytes(pid) ?? NaN);
    await sleep(200);
  }
  return { pssAwakeBytes: median(pss), ussAwakeBytes: median(uss) };
}

/**
 * @param {import('../lib/extensions.mjs').Extension} ext a copy of dist/firefox with the blank page
 * @param {import('../lib/extensions.mjs').Extension} floor a blank Firefox extension
 * @param {{ loads: number, warmup: number }} options
 */
export async function measureFirefox(ext, floor, { loads, warmup }) {
  addProbe(ext.dir);
  // Memory after a single popup load, in a browser of its own, for ours and the floor: what the
  // extension costs before the popup series has grown the process.
  const firstLoad = async (/** @type {string} */ dir) => {
    const b = await launchFirefox(dir);
    try {
      await sleep(1500);
      return await memory(b, 'popup.html');
    } finally {
      await b.browser.close();
    }
  };
  const memFirst = await firstLoad(ext.dir);
  const floorMemFirst = await firstLoad(floor.dir);
  const ff = await launchFirefox(ext.dir);
  /** @type {number[]} */ const popup = [];
  /** @type {number[]} */ const blank = [];
  let mem;
  try {
    // The first page load starts the event page; let it settle as the Chromium series does.
    await sleep(1500);
    for (let i = 0; i < warmup + loads; i++) {
      const pair = i % 2 === 0 ? ['p', 'b'] : ['b', 'p'];
      for (const which of pair) {
        const ms = await timeLoad(ff.browser, ff.url(which === 'p' ? 'popup.html' : 'bench-blank.html'));
        if (i >= warmup) (which === 'p' ? popup : blank).push(ms);
      }
    }
    mem = await memory(ff, 'popup.html');
  } finally {
    await ff.browser.close();
  }
  // The floor gets the same page loads as ours before its memory is read (it used to be read
  // after one, against ours after the whole popup series): its popup, then its blank page.
  const floorFf = await launchFirefox(floor.dir);
  let floorMem;
  try {
    await sleep(1500);
    for (let i = 0; i < warmup + loads; i++) {
      for (const page of i % 2 === 0 ? ['popup.html', 'bench-blank.html'] : ['bench-blank.html', 'popup.html'])
        await loadOnce(floorFf.browser, floorFf.url(page));
    }
    floorMem = await memory(floorFf, 'popup.html');
  } finally {
    await floorFf.browser.close();
  }
  const popupMs = median(popup);
  const blankMs = median(blank);
  return {
    version: ff.version,
    popupReady: { loads, popupMs, blankMs, ratio: popupMs / blankMs, popupSamples: popup, blankSamples: blank },
    /** Page loads each browser had when `memory` and `floorMemory` were read. */
    pageLoads: 2 * (warmup + loads) + 1,
    /** After the popup series and one more popup, both. */
    memory: mem,
    floorMemory: floorMem,
    /** After one popup load in a fresh browser, both. */
    memoryFirstLoad: memFirst,
    floorMemoryFirstLoad: floorMemFirst,
  };
}
