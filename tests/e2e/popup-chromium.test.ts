// The popup in real Chromium: a desk stretch with its drawing, the breath timer running on CSS,
// "Another stretch", a finished stretch recorded by the background, and screenshots of the card,
// the running timer and the routine in light and dark.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './support/axe';
import { launchChromium, type ChromiumRun } from './support/chromium';

const DESK = ['chair-twist', 'eagle-arms', 'chin-to-chest', 'cross-body-shoulder', 'standing-side-reach', 'modified-downward-dog', 'standing-forward-fold'];

let run: ChromiumRun;
beforeAll(async () => { run = await launchChromium(); });
afterAll(async () => { await run?.close(); });

async function openPopup(query = '', current?: string): Promise<Page> {
  const page = await run.openPage('popup.html');
  await page.setViewportSize({ width: 360, height: 560 });
  if (current) {
    await page.evaluate((id) => chrome.storage.local.set({ shuffleBag: { version: 1, shown: [id], last: id, current: id } }), current);
  }
  if (current || query) await page.goto(run.url(`popup.html${query}`));
  await page.waitForSelector('.card');
  return page;
}
const phase = (page: Page) => page.locator('.phase-word').textContent();
const figure = (page: Page) => page.locator('[data-figure]').getAttribute('data-figure');

describe('popup (Chromium)', () => {
  it('shows a desk-friendly stretch with its illustration, fitting without scrolling', async () => {
    const page = await openPopup();
    expect(DESK).toContain(await figure(page));
    const art = page.getByRole('img', { name: /^Drawing of / });
    const box = (await art.boundingBox())!;
    expect(box.width).toBeGreaterThan(60);
    expect(await art.locator('.art-part').count()).toBeGreaterThan(3);
    const name = await page.getByRole('heading', { level: 1 }).textContent();
    expect(name).toMatch(/^[A-Z]/);
    expect(name).not.toContain('stretch_');
    const sizes = await page.evaluate(() => ({ doc: document.documentElement.scrollHeight, panel: document.querySelector('.panel')!.scrollHeight - document.querySelector('.panel')!.clientHeight }));
    expect(sizes).toEqual({ doc: 560, panel: 0 });
    await page.close();
  });

  it('starts the timer: breathe in, then breathe out, with the circle animated by CSS', async () => {
    const page = await openPopup('', 'eagle-arms');
    await page.click('[data-action="primary"]');
    // First the lead-in, time to get into place, then the first breath.
    expect(await phase(page)).toBe('Get ready');
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', undefined, { timeout: 12_000 });
    const scale = () => page.evaluate(() => new DOMMatrix(getComputedStyle(document.querySelector('.orb')!).transform).a);
    const early = await scale();
    await page.waitForTimeout(1500);
    expect(await scale()).toBeGreaterThan(early);
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', undefined, { timeout: 8000 });
    expect(await page.locator('.count-main').textContent()).toBe('Breath 1 of 3');
    await page.close();
  });

  it('"Another stretch" shows a different one, which stays on offer when reopened', async () => {
    const page = await openPopup();
    const first = await figure(page);
    await page.click('[data-action="another"]');
    const second = await figure(page);
    expect(second).not.toBe(first);
    expect(DESK).toContain(second);
    await page.reload();
    await page.waitForSelector('.card');
    expect(await figure(page)).toBe(second);
    await page.close();
  });

  it('keeps the card through a due break, and offers a different stretch once it is skipped', async () => {
    const page = await openPopup();
    await page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'break/now' }));
    await page.reload();
    await page.waitForSelector('[data-action="skip"]');
    const due = await figure(page);
    await page.reload();
    await page.waitForSelector('[data-action="skip"]');
    expect(await figure(page)).toBe(due);
    await page.click('[data-action="skip"]');
    await page.waitForFunction((id) => document.querySelector('[data-figure]')?.getAttribute('data-figure') !== id, due);
    const next = await figure(page);
    expect(DESK).toContain(next);
    await page.reload();
    await page.waitForSelector('.card');
    expect(await figure(page)).toBe(next);
    await page.close();
  });

  it('records a finished stretch with the background and says how many today', async () => {
    const page = await openPopup('', 'standing-forward-fold');
    const before = await page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' })) as { takenToday: number };
    await page.click('[data-action="primary"]');
    await page.waitForSelector('.finish[data-state="saved"]', { timeout: 40_000 });
    const after = await page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' })) as { takenToday: number };
    expect(after.takenToday).toBe(before.takenToday + 1);
    expect(await page.locator('.finish-line').textContent()).toMatch(after.takenToday === 1 ? /first break today/ : new RegExp(`${after.takenToday} breaks today`));
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`screenshots in ${scheme}: card, running timer, routine; no axe violations in any state`, async () => {
      const page = await openPopup('', 'chair-twist');
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'no-preference' });
      const violations = [];
      await run.screenshot(page, `popup-card-${scheme}`);
      await page.click('[data-action="pause-menu"]');
      violations.push(...(await axeViolations(page)));
      await run.screenshot(page, `popup-pause-menu-${scheme}`);
      await page.keyboard.press('Escape');
      await page.click('[data-action="primary"]');
      await run.screenshot(page, `popup-ready-${scheme}`);
      await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', undefined, { timeout: 12_000 });
      await page.waitForTimeout(2600);
      await run.screenshot(page, `popup-timer-${scheme}`);
      violations.push(...(await axeViolations(page)));
      await page.goto(run.url('popup.html?routine=1'));
      await page.waitForSelector('.dots');
      await page.click('[data-action="next"]');
      await run.screenshot(page, `popup-routine-${scheme}`);
      violations.push(...(await axeViolations(page)));
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.click('[data-action="primary"]');
      await page.waitForTimeout(2000);
      await run.screenshot(page, `popup-routine-reduced-motion-${scheme}`);
      const reduced = await page.evaluate(() => ({ bar: getComputedStyle(document.querySelector('.bar')!).display, anim: getComputedStyle(document.querySelector('.orb')!).animationName }));
      expect(reduced).toEqual({ bar: 'block', anim: 'none' });
      await page.click('[data-action="finish"]');
      await page.waitForSelector('.finish[data-state="saved"]');
      await run.screenshot(page, `popup-finish-${scheme}`);
      violations.push(...(await axeViolations(page)));
      expect(violations).toEqual([]);
      await page.close();
    });
  }

  it('follows the theme setting over the system colour scheme', async () => {
    const page = await openPopup();
    await page.emulateMedia({ colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    const light = await background();
    await page.evaluate(() => chrome.storage.sync.set({ settings: { theme: 'dark' } }));
    await page.reload();
    await page.waitForSelector('.card');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    expect(await background()).not.toBe(light);
    await page.evaluate(() => chrome.storage.sync.remove('settings'));
    await page.close();
  });

  it('made no console errors', () => {
    expect(run.consoleErrors).toEqual([]);
  });
});
