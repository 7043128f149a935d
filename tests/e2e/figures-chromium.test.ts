// The stretch figures in real Chromium: the figure moves with the breath (the browser
// interpolates between the two poses mid-step), stays still in the stretch pose under reduced
// motion, and every card's figure is photographed in light and dark for a person to look at.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from '../../src/core/settings/schema';
import { launchChromium, type ChromiumRun } from './support/chromium';

const ALL = ['chair-twist', 'eagle-arms', 'downward-dog', 'modified-downward-dog', 'childs-pose', 'cat-cow', 'thread-the-needle', 'cross-body-shoulder', 'chin-to-chest', 'standing-side-reach', 'standing-forward-fold', 'cobra'];
/** Chair twist turns its shoulders: their width is seen change. */
const PART = '[data-part="body:clavA"]';

let run: ChromiumRun;
beforeAll(async () => {
  run = await launchChromium();
  // Floor stretches on, so every card can be shown; the background mirrors this for the popup.
  const page = await run.openPage('popup.html');
  await page.evaluate((version) => chrome.storage.sync.set({ settings: { schemaVersion: version, savedAtMs: Date.now(), floorStretchesEnabled: true } }), SETTINGS_VERSION);
  await page.waitForFunction(async () => ((await chrome.storage.local.get('popupSettings')).popupSettings as { floorStretchesEnabled?: boolean } | undefined)?.floorStretchesEnabled === true);
  await page.close();
});
afterAll(async () => { await run?.close(); });

async function openCard(id: string, scheme: 'light' | 'dark' = 'light', reducedMotion: 'reduce' | 'no-preference' = 'no-preference'): Promise<Page> {
  const page = await run.openPage('popup.html');
  await page.setViewportSize({ width: 360, height: 560 });
  await page.emulateMedia({ colorScheme: scheme, reducedMotion });
  await page.evaluate((s) => chrome.storage.local.set({ shuffleBag: { version: 1, shown: [s], last: s, current: s } }), id);
  await page.goto(run.url('popup.html'));
  await page.waitForSelector(`[data-figure="${id}"] .art-part`, { state: 'attached' });
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

describe('stretch figures (Chromium)', () => {
  it('move with the breath: mid-step the pose lies between start and stretch', async () => {
    const page = await openCard('chair-twist');
    const still = await sample(page);
    expect(still.to).toBe('stretch');
    expect(still.now).toBe(still.stretch);
    expect(still.start).not.toBe(still.stretch);
    await page.click('[data-action="primary"]');
    // The lead-in settles into the start pose; breathing out is the first long move.
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', undefined, { timeout: 20_000 });
    await page.waitForTimeout(1500);
    const a = await sample(page);
    await page.waitForTimeout(1000);
    const b = await sample(page);
    await run.screenshot(page, 'figures-moving-chromium');
    // Breathing out: on the way to the stretch pose, not there yet, and still moving.
    expect(a.to).toBe('stretch');
    for (const s of [a, b]) {
      expect(s.now).not.toBe(s.start);
      expect(s.now).not.toBe(s.stretch);
    }
    expect(a.now).not.toBe(b.now);
    // Paused with the timer: the figure stops where it is, and goes on when the timer does.
    await page.click('[data-action="primary"]');
    await page.waitForSelector('[data-figure][data-paused]', { state: 'attached' });
    const c = await sample(page);
    await page.waitForTimeout(700);
    expect((await sample(page)).now).toBe(c.now);
    expect(c.now).not.toBe(c.start);
    await page.click('[data-action="primary"]');
    await page.waitForTimeout(400);
    expect((await sample(page)).now).not.toBe(c.now);
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', undefined, { timeout: 12_000 });
    expect((await sample(page)).to).toBe('start');
    await page.close();
  });

  it('hold still in the stretch pose under reduced motion, with the arrow', async () => {
    const page = await openCard('chair-twist', 'light', 'reduce');
    await page.click('[data-action="primary"]');
    await page.waitForTimeout(1200);
    const a = await sample(page);
    await page.waitForTimeout(1000);
    const b = await sample(page);
    expect(a.to).toBe('start');
    expect(a.now).toBe(a.stretch);
    expect(b.now).toBe(a.now);
    expect(await page.locator('.art-arrow-head').count()).toBeGreaterThan(0);
    await page.close();
  });

  it.each(['light', 'dark'] as const)('draws every card in %s (screenshots)', async (scheme) => {
    for (const id of ALL) {
      const page = await openCard(id, scheme);
      const box = (await page.locator('.art').boundingBox())!;
      expect(box.width).toBe(112);
      await run.screenshot(page, `figure-${id}-${scheme}`);
      await page.close();
    }
  });

  it('made no console errors', () => {
    expect(run.consoleErrors).toEqual([]);
  });
});
