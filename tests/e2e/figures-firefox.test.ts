// The stretch figures in real Firefox ESR: the figure moves with the breath (the browser
// interpolates between the two poses mid-step), and stays still in the stretch pose when the
// system asks for reduced motion.
import type { Page } from 'puppeteer-core';
import { afterAll, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { launchFirefox, type FirefoxRun } from './support/firefox';

type Api = typeof chrome;
const ALL = ['chair-twist', 'eagle-arms', 'downward-dog', 'modified-downward-dog', 'childs-pose', 'cat-cow', 'thread-the-needle', 'cross-body-shoulder', 'chin-to-chest', 'standing-side-reach', 'standing-forward-fold', 'cobra'];
/** Chair twist turns its shoulders: their width is seen change. */
const PART = '[data-part="body:clavA"]';
const runs: FirefoxRun[] = [];
afterAll(async () => { await Promise.all(runs.map((r) => r.close())); });

async function launch(reducedMotion: boolean): Promise<FirefoxRun> {
  const run = await launchFirefox({ reducedMotion });
  runs.push(run);
  // Floor stretches on, so every card can be shown; the background mirrors this for the popup.
  const page = await run.openPage('popup.html');
  await page.evaluate((version) => (globalThis as unknown as { browser: Api }).browser.storage.sync.set({ settings: { schemaVersion: version, savedAtMs: Date.now(), floorStretchesEnabled: true } }), SETTINGS_VERSION);
  await page.waitForFunction(async () => ((await (globalThis as unknown as { browser: Api }).browser.storage.local.get('popupSettings')).popupSettings as { floorStretchesEnabled?: boolean } | undefined)?.floorStretchesEnabled === true, { timeout: 15_000 });
  await page.close();
  return run;
}

async function openCard(run: FirefoxRun, id: string): Promise<Page> {
  const page = await run.openPage('popup.html');
  await page.setViewport({ width: 360, height: 560 });
  await page.evaluate((s) => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ shuffleBag: { version: 1, shown: [s], last: s, current: s } }), id);
  void page.reload().catch(() => undefined);
  await page.waitForFunction((s) => document.querySelector(`[data-figure="${s}"] .art-part`) !== null, { timeout: 30_000 }, id);
  return page;
}

/** The part's transform now, and at each end of its move (resolved by the browser from --a, --b). */
const sample = (page: Page) => page.$eval(PART, (el) => {
  const probe = (v: string) => {
    const p = el.cloneNode() as SVGPathElement;
    p.style.animation = 'none';
    p.style.transform = getComputedStyle(el).getPropertyValue(v);
    el.parentNode!.appendChild(p);
    const m = getComputedStyle(p).transform;
    p.remove();
    return m;
  };
  return { now: getComputedStyle(el).transform, start: probe('--a'), stretch: probe('--b'), to: el.closest('[data-to]')!.getAttribute('data-to') };
});
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('stretch figures (Firefox)', () => {
  it('move with the breath: mid-step the pose lies between start and stretch', async () => {
    const run = await launch(false);
    const page = await openCard(run, 'chair-twist');
    const still = await sample(page);
    expect(still.to).toBe('stretch');
    expect(still.now).toBe(still.stretch);
    expect(still.start).not.toBe(still.stretch);
    await page.click('[data-action="primary"]');
    // The lead-in settles into the start pose; breathing out is the first long move.
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', { timeout: 20_000 });
    await wait(1500);
    const a = await sample(page);
    await wait(1000);
    const b = await sample(page);
    await run.screenshot(page, 'figures-moving-firefox');
    // Breathing out: on the way to the stretch pose, not there yet, and still moving.
    expect(a.to).toBe('stretch');
    for (const s of [a, b]) {
      expect(s.now).not.toBe(s.start);
      expect(s.now).not.toBe(s.stretch);
    }
    expect(a.now).not.toBe(b.now);
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', { timeout: 12_000 });
    expect((await sample(page)).to).toBe('start');
    await page.close();
    for (const id of ALL) {
      const card = await openCard(run, id);
      await run.screenshot(card, `figure-${id}-firefox`);
      await card.close();
    }
    expect(await run.consoleErrorsNow()).toEqual([]);
  });

  it('hold still in the stretch pose under reduced motion, with the arrow', async () => {
    const run = await launch(true);
    const page = await openCard(run, 'chair-twist');
    expect(await page.evaluate(() => matchMedia('(prefers-reduced-motion: reduce)').matches)).toBe(true);
    await page.click('[data-action="primary"]');
    await wait(1200);
    const a = await sample(page);
    await wait(1000);
    const b = await sample(page);
    expect(a.to).toBe('start');
    expect(a.now).toBe(a.stretch);
    expect(b.now).toBe(a.now);
    expect(await page.$$eval('.art-arrow-head', (els) => els.length)).toBeGreaterThan(0);
    await page.close();
    expect(await run.consoleErrorsNow()).toEqual([]);
  });
});
