// The walking skeleton in real Chromium: the extension loads, its worker runs and schedules the
// break alarm, and every page renders without a console error.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';

let run: ChromiumRun;
beforeAll(async () => { run = await launchChromium(); });
afterAll(async () => { await run?.close(); });

describe('Chromium: walking skeleton', () => {
  it('runs the worker, which schedules the break alarm from the default interval', async () => {
    const worker = await run.worker();
    const alarm = await worker.evaluate(async () => {
      for (let i = 0; i < 50; i++) {
        const found = await chrome.alarms.get('break');
        if (found) return { scheduledTime: found.scheduledTime, now: Date.now() };
        await new Promise((r) => setTimeout(r, 100));
      }
      return null;
    });
    expect(alarm).not.toBeNull();
    // Default interval is 30 active minutes; the worker has only just started.
    const minutes = (alarm!.scheduledTime - alarm!.now) / 60_000;
    expect(minutes).toBeGreaterThan(25);
    expect(minutes).toBeLessThanOrEqual(30.01);
  });

  it('starts again after Chrome stops it, without console errors and without moving the alarm', async () => {
    const before = await (await run.worker()).evaluate(() => chrome.alarms.get('break'));
    await run.stopWorker();
    const worker = await run.worker();
    const after = await worker.evaluate(async () => {
      await new Promise((r) => setTimeout(r, 500));
      return chrome.alarms.get('break');
    });
    expect(after?.scheduledTime).toBe(before?.scheduledTime);
    expect(run.consoleErrors).toEqual([]);
  });

  it('renders the popup and the options page with no console errors', async () => {
    for (const path of ['popup.html', 'options.html', 'stats.html']) {
      const page = await run.openPage(path);
      await run.screenshot(page, `skeleton-${path.replace('.html', '')}-chromium`);
      expect(await page.locator('#app').innerText()).not.toBe('');
      await page.close();
    }
    expect(run.consoleErrors).toEqual([]);
  });

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
