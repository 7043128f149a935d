// History storage under real Chromium conditions, written through the real idb code (driver page
// of a test copy of the extension): a tiny quota makes writes fail gracefully with a notice the
// options page shows, settings keep saving; and a page holding an open connection steps aside
// for a newer version's upgrade instead of blocking it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';
import { buildTestExtension } from '../fixtures/e2e/build-test-extension';
import { DB_NAME, DB_VERSION } from '../../src/storage/history/schema';
import { NOTICES_KEY, SETTINGS_KEY } from '../../src/storage/keys';
import type { HistoryEvent } from '../../src/core/history/event';

let run: ChromiumRun;
beforeAll(async () => {
  run = await launchChromium({ extensionDir: await buildTestExtension() });
});
afterAll(async () => {
  await run?.close();
});

const DAY = 86_400_000;
function manyEvents(now: number, count: number): HistoryEvent[] {
  // Spread over 200 days, oldest first, each with a sizeable id so the quota fills quickly.
  return Array.from({ length: count }, (_, i) => ({
    id: `quota-${String(i).padStart(6, '0')}-${'x'.repeat(400)}`,
    at: now - 200 * DAY + Math.floor((i / count) * 200 * DAY),
    type: 'taken',
    kind: 'posture',
    stretchIds: ['chair-twist', 'eagle-arms'],
    durationMs: 60_000,
    completed: true,
  }));
}

describe('history storage in Chromium', () => {
  it('with a tiny quota, writes fail gracefully, the user is told, and settings still save', async () => {
    const driver = await run.openPage('driver.html');
    const cdp = await run.context.newCDPSession(driver);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${run.extensionId}`, quotaSize: 200 * 1024 });
    const now = await driver.evaluate(() => Date.now());
    const events = manyEvents(now, 600);
    const result = await driver.evaluate(
      async ([list, key]) => {
        const d = (globalThis as any).driver;
        for (let i = 0; i < list.length; i += 100) await d.append(list.slice(i, i + 100));
        return { count: await d.count(), notices: (await chrome.storage.local.get(key))[key] };
      },
      [events, NOTICES_KEY] as const,
    );
    const kinds = Object.keys(result.notices ?? {});
    expect(kinds.some((k) => k === 'historyCompacted' || k === 'historyFull')).toBe(true);
    expect(result.count.events).toBeLessThan(events.length);
    expect(result.count.days).toBeGreaterThan(0);
    await driver.close();

    const options = await run.openPage('options.html');
    await options.locator('[data-notice]').first().waitFor();
    expect(await options.locator('.notices').innerText()).toMatch(/Storage (was|is) full/);
    await run.screenshot(options, 'options-notice-quota');
    await options.getByLabel('Snooze for').fill('7');
    await options.getByLabel('Snooze for').press('Enter');
    await options.getByText('Saved.', { exact: false }).waitFor();
    const stored = await options.evaluate(async (key) => (await chrome.storage.sync.get(key))[key] as { snoozeMin: number }, SETTINGS_KEY);
    expect(stored.snoozeMin).toBe(7);
    await options.close();
    expect(run.consoleErrors).toEqual([]);
  });

  it('a page holding the database open does not block a newer version from upgrading', async () => {
    const holder = await run.openPage('driver.html');
    expect(await holder.evaluate(() => (globalThis as any).driver.hold())).toBe('indexeddb');
    const other = await run.openPage('driver.html');
    const outcome = await other.evaluate(
      ({ name, version }) =>
        new Promise<{ blocked: boolean; version: number }>((resolve, reject) => {
          let blocked = false;
          const req = indexedDB.open(name, version);
          req.onblocked = () => {
            blocked = true;
          };
          req.onupgradeneeded = () => req.result.createObjectStore('from-the-future');
          req.onsuccess = () => {
            const v = req.result.version;
            req.result.close();
            resolve({ blocked, version: v });
          };
          req.onerror = () => reject(req.error);
        }),
      { name: DB_NAME, version: DB_VERSION + 1 },
    );
    expect(outcome).toEqual({ blocked: false, version: DB_VERSION + 1 });
    // The old page cannot use the newer database; it says so instead of throwing.
    await holder.evaluate(() => (globalThis as any).driver.append([{ id: 'late', at: Date.now(), type: 'resumed' }]));
    const notices = await holder.evaluate(
      async (key) => (await chrome.storage.local.get(key))[key] as Record<string, unknown>,
      NOTICES_KEY,
    );
    expect(Object.keys(notices)).toContain('historyNewerVersion');
  });
});
