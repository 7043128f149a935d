// The live port in real Chromium: a popup left open follows the background when a break comes
// due (issue 15), and a popup closed mid-stretch leaves a partial break in the history, seen on
// the stats page (issue 12).
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';

let run: ChromiumRun;
beforeAll(async () => { run = await launchChromium(); });
afterAll(async () => { await run?.close(); });

type Status = { phase: string; takenToday: number };
const send = (page: Page, type: string) => page.evaluate((t) => chrome.runtime.sendMessage({ unhunch: 1, type: t }), type) as Promise<Status>;

async function openPopup(): Promise<Page> {
  const page = await run.openPage('popup.html');
  await page.setViewportSize({ width: 360, height: 560 });
  await page.waitForSelector('.card');
  return page;
}

describe('live port (Chromium)', () => {
  it('shows a break coming due in a popup left open, with Snooze and Skip, at once', async () => {
    const popup = await openPopup();
    await popup.waitForSelector('.status-text:not(:empty)');
    expect(await popup.locator('[data-action="skip"]').count()).toBe(0);
    const other = await run.openPage('options.html');
    await send(other, 'break/now');
    // Well inside the popup's 30-second refresh: the port brought it.
    await popup.waitForSelector('[data-action="snooze"]', { timeout: 5000 });
    expect(await popup.locator('[data-action="skip"]').count()).toBe(1);
    await send(other, 'break/skip');
    await popup.waitForSelector('[data-action="skip"]', { state: 'detached', timeout: 5000 });
    await other.close();
    await popup.close();
  });

  it('records a stretch closed half-way as a partial break, shown on the stats page', async () => {
    // A stretch paced by breaths (a random card can be the forward fold: one long hold, no
    // "Breathe in" within the wait).
    const setup = await run.openPage('options.html');
    await setup.evaluate(() => chrome.storage.local.set({ shuffleBag: { version: 1, shown: ['chair-twist'], last: 'chair-twist', current: 'chair-twist' } }));
    await setup.close();
    const popup = await openPopup();
    await popup.waitForSelector('[data-figure="chair-twist"]');
    const before = await send(popup, 'status/get');
    await popup.click('[data-action="primary"]');
    await popup.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', undefined, { timeout: 15_000 });
    await popup.close();
    const stats = await run.openPage('stats.html');
    await stats.waitForFunction((n) => document.querySelector('#tile-today + .big strong')?.textContent === String(n), before.takenToday + 1, { timeout: 10_000 });
    const history = await stats.evaluate(() => new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('unhunch-history');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const db = open.result;
        const all = db.transaction('events').objectStore('events').getAll();
        all.onsuccess = () => resolve(all.result);
      };
    })) as { type: string; completed?: boolean; durationMs?: number }[];
    const taken = history.filter((e) => e.type === 'taken');
    expect(taken).toHaveLength(1);
    expect(taken[0]!.completed).toBe(false);
    // The lead-in is over: several seconds of stretching were done and counted.
    expect(taken[0]!.durationMs).toBeGreaterThan(3000);
    await stats.close();
  });
});
