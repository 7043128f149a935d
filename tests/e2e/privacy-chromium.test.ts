// Nothing leaves the browser: every page, the worker and a break cycle make zero network
// requests. Playwright reports the service worker's requests as well as the pages'.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumRun } from './support/chromium';

let run: ChromiumRun;
const requests: string[] = [];
beforeAll(async () => {
  run = await launchChromium();
  run.context.on('request', (r) => requests.push(r.url()));
});
afterAll(async () => {
  await run?.close();
});

describe('privacy', () => {
  it('makes zero network requests from its pages and its worker', async () => {
    for (const path of ['popup.html', 'options.html', 'stats.html']) {
      const page = await run.openPage(path);
      // Press a few of the page's own buttons, as a curious user would.
      for (const button of (await page.locator('button:visible').all()).slice(0, 6)) {
        await button.click({ timeout: 2000 }).catch(() => undefined);
      }
      await page.close();
    }
    await run.stopWorker();
    const worker = await run.worker();
    await worker.evaluate(() => chrome.alarms.getAll());
    const external = requests.filter((url) => !/^(chrome-extension|data|blob):/.test(url));
    expect(external).toEqual([]);
    // The check above would pass vacuously if request events never arrived at all.
    expect(requests.some((url) => url.startsWith('chrome-extension://'))).toBe(true);
  });
});
