// The live port in real Firefox ESR (the event page): a popup left open follows the background
// when a break comes due (issue 15), and a popup closed mid-stretch leaves a partial break,
// counted on the stats page (issue 12).
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

type Api = typeof chrome;
let run: FirefoxRun;
beforeAll(async () => { run = await launchFirefox(); });
afterAll(async () => { await run?.close(); });

type Status = { phase: string; takenToday: number };
const send = (page: Page, type: string) =>
  page.evaluate((t) => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ unhunch: 1, type: t }), type) as Promise<Status>;

describe('live port (Firefox)', () => {
  it('shows a break coming due in a popup left open, with Snooze and Skip, at once', async () => {
    const popup = await run.openPage('popup.html');
    await popup.waitForSelector('.card');
    await popup.waitForFunction(() => (document.querySelector('.status-text')?.textContent ?? '') !== '', { timeout: 10_000 });
    expect(await popup.$('[data-action="skip"]')).toBeNull();
    const other = await run.openPage('options.html');
    await send(other, 'break/now');
    // Well inside the popup's 30-second refresh: the port brought it.
    await popup.waitForSelector('[data-action="snooze"]', { timeout: 5000 });
    expect(await popup.$('[data-action="skip"]')).not.toBeNull();
    await send(other, 'break/skip');
    await popup.waitForFunction(() => document.querySelector('[data-action="skip"]') === null, { timeout: 5000 });
    await other.close();
    await popup.close();
  });

  it('records a stretch closed half-way as a partial break, counted on the stats page', async () => {
    // A stretch paced by breaths (a random card can be the forward fold: one long hold, no
    // "Breathe in" within the wait).
    const setup = await run.openPage('options.html');
    await setup.evaluate(`browser.storage.local.set({ shuffleBag: { version: 1, shown: ['chair-twist'], last: 'chair-twist', current: 'chair-twist' } })`);
    await setup.close();
    const popup = await run.openPage('popup.html');
    await popup.waitForSelector('.card [data-figure="chair-twist"]');
    const before = await send(popup, 'status/get');
    await popup.click('[data-action="primary"]');
    await popup.waitForFunction(() => document.querySelector('.phase-word')?.textContent === 'Breathe in', { timeout: 15_000 });
    await popup.close();
    const stats = await run.openPage('stats.html');
    await stats.waitForFunction((n) => document.querySelector('#tile-today + .big strong')?.textContent === String(n), { timeout: 10_000 }, before.takenToday + 1);
    const history = await stats.evaluate(() => new Promise<unknown[]>((resolve, reject) => {
      const open = indexedDB.open('unhunch-history');
      open.onerror = () => reject(open.error);
      open.onsuccess = () => {
        const all = open.result.transaction('events').objectStore('events').getAll();
        all.onsuccess = () => resolve(all.result);
      };
    })) as { type: string; completed?: boolean; durationMs?: number }[];
    const taken = history.filter((e) => e.type === 'taken');
    expect(taken).toHaveLength(1);
    expect(taken[0]!.completed).toBe(false);
    expect(taken[0]!.durationMs).toBeGreaterThan(3000);
    await stats.close();
  });
});
