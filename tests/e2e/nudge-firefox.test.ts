// Nudges at a natural pause in real Firefox ESR (issue 12): the real idle.setDetectionInterval
// calls, seen through the interval the event page notes in storage.session once a call succeeded.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

let run: FirefoxRun;
beforeAll(async () => { run = await launchFirefox(); });
afterAll(async () => { await run?.close(); });

/** Polls the interval noted in storage.session until it is `seconds` (10 s at most). */
async function waitNoted(page: Page, seconds: number): Promise<void> {
  const deadline = Date.now() + 10_000;
  let seen: unknown;
  while (Date.now() < deadline) {
    seen = await page.evaluate('browser.storage.session.get("idleIntervalSec").then((r) => r.idleIntervalSec)');
    if (seen === seconds) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  expect(seen).toBe(seconds);
}

describe('nudge window (Firefox)', () => {
  it('gives the idle API the short interval inside the window and the usual one after', async () => {
    const page = await run.openPage('options.html');
    await waitNoted(page, 60);
    // A one-minute interval lies wholly inside the default 5-minute window.
    await page.evaluate(`browser.storage.sync.set({ settings: { breakIntervalMin: 1, renudgeAfterMin: 0, idleDetectionSec: 600 } })`);
    await waitNoted(page, 20);
    await page.evaluate(`browser.runtime.sendMessage({ unhunch: 1, type: 'break/now' })`);
    await waitNoted(page, 600);
    await page.evaluate(`browser.runtime.sendMessage({ unhunch: 1, type: 'break/skip' })`);
    await waitNoted(page, 20);
    expect(run.consoleErrors).toEqual([]);
    await page.close();
  });

  // Headless Firefox, with no input at all, reports the user idle once the short interval has
  // passed: the pause the window listens for, so the break comes well before its time.
  it('brings the break at the pause headless Firefox reports, and the history says how early', async () => {
    const page = await run.openPage('options.html');
    await page.evaluate(`browser.storage.sync.set({ settings: { breakIntervalMin: 4, renudgeAfterMin: 0, idleDetectionSec: 600 } })`);
    await page.evaluate(`browser.runtime.sendMessage({ unhunch: 1, type: 'break/now' }).then(() => browser.runtime.sendMessage({ unhunch: 1, type: 'break/skip' }))`);
    const deadline = Date.now() + 120_000;
    let due: { at: number; earlyMs?: number } | undefined;
    while (Date.now() < deadline && !due) {
      due = await page.evaluate(`new Promise((resolve, reject) => {
        const open = indexedDB.open('unhunch-history');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('events').objectStore('events').getAll();
          all.onsuccess = () => { open.result.close(); resolve(all.result.filter((e) => e.type === 'due' && e.earlyMs !== undefined)[0]); };
        };
      })`) as typeof due;
      if (!due) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(due).toBeDefined();
    expect(due!.earlyMs).toBeGreaterThan(60_000);
    await page.close();
  }, 150_000);
});
