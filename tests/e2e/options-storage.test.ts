// History storage under real browser conditions, written through the real idb code (driver page
// of a test copy of the extension): a tiny quota makes writes fail gracefully with a notice the
// options page shows, settings keep saving (Chromium); and a page holding an open connection
// steps aside for a newer version's upgrade instead of blocking it (both browsers).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HistoryEvent } from '../../src/core/history/event';
import { DB_VERSION } from '../../src/storage/history/schema';
import { DB_NAME, NOTICES_KEY, SETTINGS_KEY } from '../../src/storage/keys';
import { browsers, type Run } from './support/driver';
import type { chromiumPage } from './support/driver-chromium';
import { type HistoryDriver, launchTestExtension } from './support/test-extension';

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

describe.each(browsers)('history storage (%s)', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launchTestExtension(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  // Chromium only: an origin's quota can be set only through Chromium's DevTools
  // (Storage.overrideQuotaForOrigin); Firefox offers no such switch per origin.
  if (name === 'chromium')
    it('with a tiny quota, writes fail gracefully, the user is told, and settings still save', async () => {
      const driver = (await run.openPage('driver.html')) as ReturnType<typeof chromiumPage>;
      const cdp = await run.chromium!.context.newCDPSession(driver.page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: run.url('').replace(/\/$/, ''), quotaSize: 200 * 1024 });
      const events = manyEvents(await driver.evaluate(() => Date.now()), 600);
      const count = await driver.evaluate(async (list) => {
        const d = (globalThis as unknown as { driver: HistoryDriver }).driver;
        for (let i = 0; i < list.length; i += 100) await d.append(list.slice(i, i + 100));
        return d.count();
      }, events);
      const kinds = Object.keys((await run.storageGet<object>('local', NOTICES_KEY)) ?? {});
      expect(kinds.some((k) => k === 'historyCompacted' || k === 'historyFull')).toBe(true);
      expect(count.events).toBeLessThan(events.length);
      expect(count.days).toBeGreaterThan(0);
      await driver.close();

      const options = await run.openPage('options.html');
      await options.waitForSelector('[data-notice]');
      expect(await options.evaluate(() => document.querySelector<HTMLElement>('.notices')!.innerText)).toMatch(/Storage (was|is) full/);
      await options.screenshot('options-notice-quota');
      await options.fill('#f-snoozeMin', '7');
      await options.press('Enter');
      await options.waitFor(() => document.querySelector('.save-state')?.classList.contains('saved'));
      expect((await run.storageGet<{ snoozeMin: number }>('sync', SETTINGS_KEY))?.snoozeMin).toBe(7);
      await options.close();
      expect(await run.consoleErrors()).toEqual([]);
    });

  it('a page holding the database open does not block a newer version from upgrading', async () => {
    const holder = await run.openPage('driver.html');
    expect(await holder.evaluate(() => (globalThis as unknown as { driver: HistoryDriver }).driver.hold())).toBe('indexeddb');
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
    await holder.evaluate(() =>
      (globalThis as unknown as { driver: HistoryDriver }).driver.append([{ id: 'late', at: Date.now(), type: 'resumed' }]),
    );
    expect(Object.keys((await run.storageGet<object>('local', NOTICES_KEY)) ?? {})).toContain('historyNewerVersion');
  });
});
