// The "made no console errors" checks of the suites can fail: an error planted in an extension
// page, in the background (Chromium's worker, Firefox's event page), or thrown uncaught reaches
// run.consoleErrors(). Before the Firefox harness read Firefox's own output, none of them did
// there (Firefox reports nothing of extension pages to the driver), so every such check passed
// whatever happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browsers, launch, until, type Run } from './support/driver';

describe.each(browsers)('%s: the console check sees extension pages and the background', (name) => {
  let run: Run;
  beforeAll(async () => {
    run = await launch(name);
  });
  afterAll(async () => {
    await run?.close();
  });

  /** The errors once they include one mentioning each of `texts` (Chromium reports them a moment later). */
  const errorsWith = (...texts: string[]) =>
    until(
      texts.join(', '),
      () => run.consoleErrors(),
      (errors) => texts.every((t) => errors.some((e) => e.includes(t))),
      5_000,
      100,
    );

  /**
   * Logs an error in the background. The two browsers reach it differently: Chromium's worker
   * only through playwright's handle on it, Firefox's event page only through getBackgroundPage.
   */
  async function errorInBackground(text: string): Promise<void> {
    if (run.chromium) await (await run.chromium.worker()).evaluate((t) => console.error(t), text);
    else
      await (await run.control()).evaluate(async (t) => {
        const background = await browser.runtime.getBackgroundPage();
        (background as unknown as typeof globalThis).console.error(t);
      }, text);
  }

  it('starts clean, then catches an error planted in the stats page', async () => {
    const page = await run.openPage('stats.html');
    expect(await run.consoleErrors()).toEqual([]);
    await page.evaluate(() => console.error('planted in stats.html'));
    expect(await errorsWith('planted in stats.html')).toEqual([expect.stringContaining('planted in stats.html')]);
    await page.close();
  });

  it('catches an uncaught exception and an error logged by the background', async () => {
    const page = await run.openPage('options.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('planted uncaught');
      }, 0);
    });
    await errorInBackground('planted in the background');
    await errorsWith('planted uncaught', 'planted in the background');
    await page.close();
  });
});
