// The popup in real Firefox ESR: a desk stretch with its drawing, the breath timer, "Another
// stretch", and a finished stretch recorded by the event page (seen through status/get).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

const DESK = ['chair-twist', 'eagle-arms', 'chin-to-chest', 'cross-body-shoulder', 'standing-side-reach', 'modified-downward-dog', 'standing-forward-fold'];
type Api = typeof chrome;

let run: FirefoxRun;
beforeAll(async () => { run = await launchFirefox(); });
afterAll(async () => { await run?.close(); });

async function openPopup(current?: string): Promise<Page> {
  const page = await run.openPage('popup.html');
  await page.setViewport({ width: 360, height: 560 });
  if (current) {
    await page.evaluate((id) => (globalThis as unknown as { browser: Api }).browser.storage.local.set({ shuffleBag: { version: 1, shown: [id], last: id, current: id } }), current);
    void page.reload().catch(() => undefined);
    await page.waitForFunction((id) => document.querySelector('[data-figure]')?.getAttribute('data-figure') === id, { timeout: 30_000 }, current);
  }
  await page.waitForSelector('.card');
  return page;
}
const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent);
const figure = (page: Page) => page.$eval('[data-figure]', (el) => el.getAttribute('data-figure'));
const status = (page: Page) => page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ unhunch: 1, type: 'status/get' })) as Promise<{ takenToday: number }>;

/** Reloads and waits for `selector` on the new document (the load event may never be reported). */
async function reloaded(page: Page, selector: string): Promise<void> {
  await page.evaluate(() => { (window as unknown as { stale?: boolean }).stale = true; });
  void page.reload().catch(() => undefined);
  await page.waitForFunction((sel) => !(window as unknown as { stale?: boolean }).stale && document.querySelector(sel) !== null, { timeout: 30_000 }, selector);
}

describe('popup (Firefox)', () => {
  it('shows a desk-friendly stretch with its illustration', async () => {
    const page = await openPopup();
    expect(DESK).toContain(await figure(page));
    const art = await page.$eval('[role="img"][data-figure]', (el) => ({ label: el.getAttribute('aria-label'), width: el.getBoundingClientRect().width, paths: el.querySelectorAll('.art-part').length }));
    expect(art.label).toMatch(/^Drawing of [A-Z]/);
    expect(art.width).toBeGreaterThan(60);
    expect(art.paths).toBeGreaterThan(3);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(560);
    await run.screenshot(page, 'popup-card-firefox');
    await page.close();
  });

  it('keeps the card through a due break, and offers a different stretch once it is skipped', async () => {
    const page = await openPopup();
    await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ unhunch: 1, type: 'break/now' }));
    await reloaded(page, '[data-action="skip"]');
    const due = await figure(page);
    await reloaded(page, '[data-action="skip"]');
    expect(await figure(page)).toBe(due);
    await page.click('[data-action="skip"]');
    await page.waitForFunction((id) => document.querySelector('[data-figure]')?.getAttribute('data-figure') !== id, { timeout: 10_000 }, due);
    const next = await figure(page);
    expect(DESK).toContain(next);
    await reloaded(page, '.card');
    expect(await figure(page)).toBe(next);
    await page.close();
  });

  it('starts the timer: breathe in, then breathe out', async () => {
    const page = await openPopup('modified-downward-dog');
    await page.click('[data-action="primary"]');
    expect(await text(page, '.phase-word')).toBe('Get ready');
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', { timeout: 12_000 });
    await page.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe out', { timeout: 8000 });
    expect(await text(page, '.count-main')).toBe('Breath 1 of 3');
    await run.screenshot(page, 'popup-timer-firefox');
    await page.close();
  });

  it('"Another stretch" changes the stretch', async () => {
    const page = await openPopup();
    const first = await figure(page);
    await page.click('[data-action="another"]');
    const second = await figure(page);
    expect(second).not.toBe(first);
    expect(DESK).toContain(second);
    await page.close();
  });

  it('records a finished stretch with the event page', async () => {
    const page = await openPopup('standing-forward-fold');
    const before = await status(page);
    await page.click('[data-action="primary"]');
    await page.waitForSelector('.finish[data-state="saved"]', { timeout: 40_000 });
    expect((await status(page)).takenToday).toBe(before.takenToday + 1);
    await page.close();
  });

  it('made no console errors', async () => {
    expect(await run.consoleErrorsNow()).toEqual([]);
  });
});
