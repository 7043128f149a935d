// The "made no console errors" checks of the Firefox files can fail: an error planted in an
// extension page, in the event page, or thrown uncaught reaches run.consoleErrorsNow(). Before
// the harness read Firefox's own output, none of them did (Firefox reports nothing of extension
// pages to the driver), so every such check passed whatever happened.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchFirefox, type FirefoxRun } from './support/firefox';

type Api = typeof chrome;

let run: FirefoxRun;
beforeAll(async () => {
  run = await launchFirefox();
});
afterAll(async () => {
  await run?.close();
});

describe('Firefox: the console check sees extension pages', () => {
  it('starts clean, then catches an error planted in the stats page', async () => {
    const page = await run.openPage('stats.html');
    expect(await run.consoleErrorsNow()).toEqual([]);
    await page.evaluate(() => console.error('planted in stats.html'));
    expect(await run.consoleErrorsNow()).toEqual([expect.stringContaining('planted in stats.html')]);
    await page.close();
  });

  it('catches an uncaught exception and an error logged by the event page', async () => {
    const page = await run.openPage('options.html');
    await page.evaluate(async () => {
      setTimeout(() => {
        throw new Error('planted uncaught');
      }, 0);
      const background = await (globalThis as unknown as { browser: Api }).browser.runtime.getBackgroundPage();
      (background as unknown as typeof globalThis).console.error('planted in the event page');
    });
    const errors = await run.consoleErrorsNow();
    expect(errors).toContainEqual(expect.stringContaining('planted uncaught'));
    expect(errors).toContainEqual(expect.stringContaining('planted in the event page'));
    await page.close();
  });
});
