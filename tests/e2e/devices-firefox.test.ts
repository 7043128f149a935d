// Stats across devices and an organisation's policy in real Firefox ESR. The policy is real:
// Firefox reads storage.managed from ~/.mozilla/managed-storage/<add-on id>.json, and this test
// gives its Firefox a home folder of its own (a temporary folder), so nothing outside it changes.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSummary } from '../../src/core/devices/encoding';
import { GECKO_ID } from '../../scripts/lib/manifest-transform.mjs';
import { launchFirefox, type FirefoxRun } from './support/firefox';
import { browserToday, OTHER_KEY, syncItems, takeBreak, writeOtherDevice } from './support/devices';

const todayCount = (page: Page) => page.$eval('#tile-today + .big strong', (e) => e.textContent);
async function until<T>(read: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const v = await read();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

describe('stats across devices (Firefox)', () => {
  let run: FirefoxRun;
  beforeAll(async () => { run = await launchFirefox(); });
  afterAll(async () => { await run?.close(); });

  it('shares this device and merges a second one, all together and one at a time', async () => {
    const page = await run.openPage('stats.html');
    await takeBreak(page);
    const items = await until(() => syncItems(page), (all) => Object.keys(all).some((k) => k.startsWith('device.')), 'this device in storage.sync');
    const [ownKey, ownValue] = Object.entries(items).find(([k]) => k.startsWith('device.'))!;
    const own = decodeSummary(ownKey.slice('device.'.length), ownValue);
    expect(own.ok && own.summary.days.map((d) => d.taken)).toEqual([1]);

    await writeOtherDevice(page, await browserToday(page));
    await page.close();
    const stats = await run.openPage('stats.html');
    await stats.waitForSelector('#device-select');
    expect(await stats.$eval('#device-select', (s) => [...(s as HTMLSelectElement).options].map((o) => o.textContent))).toEqual(['All devices (2)', 'This device', 'Office desktop']);
    expect(await todayCount(stats)).toBe('4');
    await stats.setViewport({ width: 1000, height: 1400 });
    await run.screenshot(stats, 'devices-stats-firefox-light');

    await stats.select('#device-select', 'desk0001');
    await until(() => todayCount(stats), (v) => v === '3', 'the desk alone');
    await stats.select('#device-select', own.ok ? own.summary.id : '');
    await until(() => todayCount(stats), (v) => v === '1', 'this device alone');

    await stats.select('#device-select', 'desk0001');
    await (await stats.waitForSelector('.devices-forget button'))!.click();
    await (await stats.waitForSelector('[role="alertdialog"] .danger-button'))!.click();
    await until(async () => OTHER_KEY in (await syncItems(stats)), (v) => v === false, 'the desk to be forgotten');
    await until(() => todayCount(stats), (v) => v === '1', 'the stats without the desk');
    expect(await run.consoleErrorsNow()).toEqual([]);
  });
});

describe('stats across devices (Firefox, dark)', () => {
  it('looks right in a dark system theme', async () => {
    const run = await launchFirefox({ colorScheme: 'dark' });
    try {
      const page = await run.openPage('stats.html');
      await takeBreak(page);
      await writeOtherDevice(page, await browserToday(page));
      await page.close();
      const stats = await run.openPage('stats.html');
      await stats.waitForSelector('#device-select');
      await until(() => todayCount(stats), (v) => v === '4', 'both devices');
      expect(await stats.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(16, 21, 20)');
      await stats.setViewport({ width: 1000, height: 1400 });
      await run.screenshot(stats, 'devices-stats-firefox-dark');
    } finally {
      await run.close();
    }
  });
});

describe('a policy from the organisation (Firefox, real storage.managed)', () => {
  const home = mkdtempSync(join(tmpdir(), 'unhunch-ff-home-'));
  afterAll(() => rmSync(home, { recursive: true, force: true }));
  mkdirSync(join(home, '.mozilla', 'managed-storage'), { recursive: true });
  writeFileSync(join(home, '.mozilla', 'managed-storage', `${GECKO_ID}.json`), JSON.stringify({
    name: GECKO_ID,
    description: 'Unhunch policy for the e2e test',
    type: 'storage',
    data: { defaults: { breakIntervalMin: 45, dailyGoalBreaks: 6 }, locked: ['breakIntervalMin', 'soundBreakStart'] },
  }));

  for (const scheme of ['light', 'dark'] as const) {
    it(`shows the locked settings disabled in the options (${scheme})`, async () => {
      const run = await launchFirefox({ home, colorScheme: scheme });
      try {
        const page = await run.openPage('options.html');
        await until(() => page.$eval('#f-breakIntervalMin', (e) => (e as HTMLInputElement).disabled), (v) => v, 'the interval to be locked');
        expect(await page.$eval('#f-breakIntervalMin', (e) => (e as HTMLInputElement).value)).toBe('45');
        expect(await page.$eval('#f-dailyGoalBreaks', (e) => [(e as HTMLInputElement).value, (e as HTMLInputElement).disabled])).toEqual(['6', false]);
        expect(await page.$eval('#f-soundBreakStart', (e) => (e as HTMLInputElement).disabled)).toBe(true);
        expect(await page.$$eval('.locked-note', (els) => els.map((e) => e.textContent))).toEqual(['Set by your organisation', 'Set by your organisation']);
        // The background follows the policy too: the first break comes 45 minutes after start.
        const status = await until(() => page.evaluate(() => (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<{ remainingMs: number }> } } }).browser.runtime.sendMessage({ unhunch: 1, type: 'status/get' })),
          (v) => v.remainingMs > 30 * 60_000, 'the background to count 45 minutes');
        expect(status.remainingMs).toBeLessThanOrEqual(45 * 60_000);
        await run.screenshot(page, `organisation-options-firefox-${scheme}`);
        expect(await run.consoleErrorsNow()).toEqual([]);
      } finally {
        await run.close();
      }
    });
  }
});
