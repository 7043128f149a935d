// Stats across devices in real Chromium: a break taken here is shared in storage.sync by the
// real background, a second device's summary written there shows up merged with this device's,
// one device can be picked alone, and another device can be forgotten.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { decodeSummary } from '../../src/core/devices/encoding';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { axeViolations } from './support/axe';
import { browserToday, OTHER_KEY, syncItems, takeBreak, writeOtherDevice } from './support/devices';

let run: ChromiumRun;
beforeAll(async () => { run = await launchChromium(); });
afterAll(async () => { await run?.close(); });

const todayCount = (page: Page) => page.locator('#tile-today + .big strong').innerText();

describe('stats across devices (Chromium)', () => {
  it('shares this device and merges a second one, all together and one at a time', async () => {
    const page = await run.openPage('stats.html');
    await takeBreak(page);
    // The background shares a break taken at once, under this device's own key.
    await expect.poll(async () => Object.keys(await syncItems(page)).filter((k) => k.startsWith('device.')), { timeout: 15_000 }).toHaveLength(1);
    const [ownKey, ownValue] = Object.entries(await syncItems(page)).find(([k]) => k.startsWith('device.'))!;
    const own = decodeSummary(ownKey.slice('device.'.length), ownValue);
    expect(own.ok && own.summary.days.map((d) => d.taken)).toEqual([1]);

    const today = await browserToday(page);
    await writeOtherDevice(page, today);
    await page.reload();
    await page.locator('[data-chart="week"] svg').waitFor();
    const select = page.getByLabel('Show');
    expect(await select.inputValue()).toBe('all');
    expect(await select.locator('option').allInnerTexts()).toEqual(['All devices (2)', 'This device', 'Office desktop']);
    expect(await todayCount(page)).toBe('4');
    await page.setViewportSize({ width: 1000, height: 1400 });
    await run.screenshot(page, 'devices-stats-chromium-light');
    expect(await axeViolations(page)).toEqual([]);

    await select.selectOption('desk0001');
    await expect.poll(() => todayCount(page)).toBe('3');
    await page.getByText(/^Last shared /).waitFor();
    await run.screenshot(page, 'devices-stats-chromium-one-device');
    await select.selectOption({ label: 'This device' });
    await expect.poll(() => todayCount(page)).toBe('1');

    await page.emulateMedia({ colorScheme: 'dark' });
    await select.selectOption('all');
    await expect.poll(() => todayCount(page)).toBe('4');
    await run.screenshot(page, 'devices-stats-chromium-dark');
    await page.close();
  });

  it('forgets the other device: its summary leaves sync and its breaks leave the stats', async () => {
    const page = await run.openPage('stats.html');
    await page.locator('[data-chart="week"] svg').waitFor();
    await page.getByLabel('Show').selectOption('desk0001');
    await page.getByRole('button', { name: 'Forget this device' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Forget this device' }).click();
    await expect.poll(async () => OTHER_KEY in (await syncItems(page))).toBe(false);
    await expect.poll(() => todayCount(page)).toBe('1');
    expect(await page.getByLabel('Show').count()).toBe(0);
    await page.close();
    expect(run.consoleErrors).toEqual([]);
  });
});
