// The walking skeleton in real Chromium and real Firefox ESR: the extension loads, its worker
// (Firefox: its event page, seen through extension pages) schedules the break alarm from the
// default interval, and every page renders without a console error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, until, type Run } from './support/driver';

describe.each(browsers)('%s: walking skeleton', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  const breakAlarm = () =>
    until(
      'the break alarm',
      async () => ({ alarm: (await run.alarms()).find((a) => a.name === 'break'), now: Date.now() }),
      (r) => r.alarm !== undefined,
      5_000,
      100,
    );

  it('schedules the break alarm from the default interval', async () => {
    const { alarm, now } = await breakAlarm();
    // Default interval is 30 active minutes; the worker has only just started.
    const minutes = (alarm!.scheduledTime - now) / 60_000;
    expect(minutes).toBeGreaterThan(25);
    expect(minutes).toBeLessThanOrEqual(30.01);
  });

  it('renders the popup, the options page and the stats page with no console errors', async () => {
    for (const path of ['popup.html', 'options.html', 'stats.html']) {
      const page = await run.openPage(path);
      await page.screenshot(`skeleton-${path.replace('.html', '')}-${name}`);
      expect(await page.evaluate(() => document.getElementById('app')!.innerText)).not.toBe('');
      await page.close();
    }
    expect(await run.consoleErrors()).toEqual([]);
  });

  // Chromium only: Firefox's event page cannot be stopped from outside.
  if (name === 'chromium')
    it('starts again after Chrome stops it, without console errors and without moving the alarm', async () => {
      const before = (await breakAlarm()).alarm;
      await run.stopWorker!();
      const worker = await run.chromium!.worker();
      const after = await worker.evaluate(async () => {
        await new Promise((r) => setTimeout(r, 500));
        return chrome.alarms.get('break');
      });
      expect(after?.scheduledTime).toBe(before?.scheduledTime);
      expect(await run.consoleErrors()).toEqual([]);
    });

  // Chromium only: the polyfill is for Chrome before 148, which lacks `browser`; Firefox has its own.
  if (name === 'chromium')
    it('ships a polyfill that gives Chrome before 148 the same `browser` namespace', async () => {
      const page = await run.openPage('popup.html');
      const works = await page.evaluate(async () => {
        // Pretend to be an older Chrome: no native `browser`, only `chrome`.
        delete (globalThis as { browser?: unknown }).browser;
        await new Promise<void>((resolve, reject) => {
          const script = document.createElement('script');
          script.src = 'browser-polyfill.js';
          script.onload = () => resolve();
          script.onerror = () => reject(new Error('no polyfill file'));
          document.head.append(script);
        });
        const api = (globalThis as unknown as { browser: typeof chrome }).browser;
        const alarms = await api.alarms.getAll();
        return { url: api.runtime.getURL('x'), promise: Array.isArray(alarms) };
      });
      expect(works.url).toBe(run.url('x'));
      expect(works.promise).toBe(true);
      await page.close();
    });
});
