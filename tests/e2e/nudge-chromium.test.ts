// Nudges at a natural pause in real Chromium (issue 12). Headless Chromium reports the user
// active, so the pause itself is covered on fakes; here the real idle.setDetectionInterval calls
// are checked, through the interval the engine notes in storage.session once a call succeeded.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';

let run: ChromiumRun;
beforeAll(async () => { run = await launchChromium(); });
afterAll(async () => { await run?.close(); });

const noted = (page: Page) => page.evaluate(async () => (await chrome.storage.session.get('idleIntervalSec')).idleIntervalSec as number | undefined);

describe('nudge window (Chromium)', () => {
  it('gives the idle API the short interval inside the window and the usual one after', async () => {
    const page = await run.openPage('options.html');
    await page.waitForFunction(async () => (await chrome.storage.session.get('idleIntervalSec')).idleIntervalSec === 60, undefined, { timeout: 10_000 });
    // A one-minute interval lies wholly inside the default 5-minute window.
    await page.evaluate(() => chrome.storage.sync.set({ settings: { breakIntervalMin: 1, renudgeAfterMin: 0, idleDetectionSec: 600 } }));
    await page.waitForFunction(async () => (await chrome.storage.session.get('idleIntervalSec')).idleIntervalSec === 20, undefined, { timeout: 10_000 });
    await page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'break/now' }));
    await page.waitForFunction(async () => (await chrome.storage.session.get('idleIntervalSec')).idleIntervalSec === 600, undefined, { timeout: 10_000 });
    expect(await noted(page)).toBe(600);
    await page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'break/skip' }));
    await page.waitForFunction(async () => (await chrome.storage.session.get('idleIntervalSec')).idleIntervalSec === 20, undefined, { timeout: 10_000 });
    expect(run.consoleErrors).toEqual([]);
    await page.close();
  });
});
