// The stretch window in real Firefox ESR (issue 12). Firefox does not start under libfaketime
// here, so the breaks are real one-minute breaks: a due break opens exactly one window showing the
// card, a second due break (a one-minute snooze later) brings the same window forward, and Skip
// in the window closes it.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

let run: FirefoxRun;
beforeAll(async () => { run = await launchFirefox(); });
afterAll(async () => { await run?.close(); });

type Win = { id: number; width: number; height: number };
const popupWindows = (page: Page) => page.evaluate(`browser.windows.getAll({ windowTypes: ['popup'] })`) as Promise<Win[]>;
const send = (page: Page, type: string) => page.evaluate(`browser.runtime.sendMessage({ unhunch: 1, type: '${type}' })`) as Promise<{ phase: string }>;

async function waitFor<T>(what: string, fn: () => Promise<T | undefined | false>, ms: number): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await fn();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** The pages showing the stretch window's page (puppeteer may list them as about:blank: ask each). */
async function windowPages(): Promise<Page[]> {
  const found: Page[] = [];
  for (const page of await run.browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href.endsWith('popup.html?window=1')) found.push(page);
  }
  return found;
}

describe('stretch window (Firefox)', () => {
  it('opens one window for a due break, reuses it for the next, and closes it after Skip', async () => {
    const options = await run.openPage('options.html');
    expect(await popupWindows(options)).toEqual([]);
    // A long idle interval: headless Firefox with no input would otherwise count as away.
    await options.evaluate(`browser.storage.sync.set({ settings: { breakIntervalMin: 1, whenDue: 'window', renudgeAfterMin: 0, nudgeWindowMin: 0, snoozeMin: 1, idleDetectionSec: 600 } })`);
    const [first] = await waitFor('the stretch window', async () => {
      const all = await popupWindows(options);
      return all.length > 0 && all;
    }, 100_000);
    const [page] = await waitFor('the window page', async () => {
      const pages = await windowPages();
      return pages.length > 0 && pages;
    }, 10_000);
    await page!.waitForSelector('.card [data-figure]');
    await page!.waitForSelector('[data-action="snooze"]');
    expect(await send(options, 'status/get')).toMatchObject({ phase: 'due' });
    await run.screenshot(page!, 'stretch-window-firefox');

    await send(options, 'break/snooze');
    await waitFor('the break due again', async () => (await send(options, 'status/get')).phase === 'due', 100_000);
    await new Promise((r) => setTimeout(r, 1500)); // time for a second window, were one opened
    expect((await popupWindows(options)).map((w) => w.id)).toEqual([first!.id]);
    expect(await windowPages()).toHaveLength(1);

    await page!.evaluate(() => document.querySelector<HTMLButtonElement>('[data-action="skip"]')!.click());
    await waitFor('the window to close', async () => (await popupWindows(options)).length === 0, 10_000);
    expect(await send(options, 'status/get')).toMatchObject({ phase: 'counting' });
    expect(await run.consoleErrorsNow()).toEqual([]);
    await options.close();
  }, 240_000);

  it('shows how to pin Unhunch on the welcome page while it is not pinned', async () => {
    const welcome = await run.openPage('welcome.html');
    await welcome.waitForSelector('.pin-hint svg.pin-picture');
    await welcome.evaluate(() => document.querySelector('[data-step="pin"]')!.scrollIntoView());
    await run.screenshot(welcome, 'pin-hint-firefox');
    expect(await run.consoleErrorsNow()).toEqual([]);
    await welcome.close();
  });
});
