// The driver for real Chromium (playwright-core), on the launcher in chromium.ts.
import type { Page } from 'playwright-core';
import type { MessageType, ResponseOf } from '../../../src/shared/messages';
import { launchChromium, type ChromiumRun } from './chromium';
import { SCREENSHOTS } from './browsers';
import { controlReads, envelope, type ExtPage, type LaunchOptions, type PayloadArgs, type Run } from './driver';

export function chromiumPage(run: ChromiumRun, page: Page): ExtPage & { page: Page } {
  const ext: ExtPage & { page: Page } = {
    browser: 'chromium',
    page,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source) as never,
    send: <K extends MessageType>(type: K, ...payload: PayloadArgs<K>) =>
      page.evaluate((e) => browser.runtime.sendMessage(e), envelope(type, ...payload)) as Promise<ResponseOf<K>>,
    async waitFor(fn, arg, options) {
      // An async predicate inside waitForFunction counts as true at once (a promise is truthy).
      const deadline = Date.now() + (options?.timeout ?? 10_000);
      for (;;) {
        if (await page.evaluate(fn as never, arg)) return;
        if (Date.now() > deadline)
          throw new Error(`page condition not met within ${options?.timeout ?? 10_000} ms: ${fn.toString().slice(0, 200)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async waitForSelector(selector, options) {
      await page.waitForSelector(selector, { timeout: options?.timeout ?? 10_000, state: options?.state ?? 'attached' });
    },
    click: (selector) => page.click(selector),
    fill: (selector, value) => page.fill(selector, value),
    select: async (selector, value) => {
      await page.selectOption(selector, value);
    },
    bringToFront: () => page.bringToFront(),
    press: (key) => page.keyboard.press(key),
    text: (selector) => page.locator(selector).first().textContent(),
    attr: (selector, name) => page.locator(selector).first().getAttribute(name),
    count: (selector) => page.locator(selector).count(),
    async goto(path, readySelector) {
      if (path === null) await page.reload();
      else await page.goto(run.url(path));
      await page.waitForSelector(readySelector, { state: 'attached' });
    },
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(name, options) {
      if (!options?.fullPage) return run.screenshot(page, name);
      const path = `${SCREENSHOTS}/${name}.png` as const;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
  return ext;
}

export async function launchChromiumRun(options: LaunchOptions): Promise<Run & { chromium: ChromiumRun }> {
  const run = await launchChromium({
    colorScheme: options.colorScheme,
    reducedMotion: options.reducedMotion,
    clock: options.clock,
    extensionDir: options.extensionDir,
    profileDir: options.profileDir,
    lang: options.lang,
    args: options.args,
    browserSizedPages: options.browserSizedPages,
  });
  // The control page shows the manifest: it runs no extension code, so it keeps nothing alive.
  const reads = controlReads(async () => {
    const page = await run.context.newPage();
    await page.goto(run.url('manifest.json'));
    return chromiumPage(run, page);
  });
  // The clock reads the browser's time on the control page. An update closes it, and a read
  // caught by that is made again on the new one.
  const browserNow = async () => {
    const page = await reads.control();
    try {
      return await page.evaluate(() => Date.now());
    } catch (error) {
      if (!page.isClosed()) throw error;
      return (await reads.control()).evaluate(() => Date.now());
    }
  };
  await options.clock?.attach(browserNow);
  return {
    ...reads,
    browser: 'chromium',
    chromium: run,
    url: run.url,
    async openPage(path, viewport) {
      const page = await run.openPage(path);
      if (viewport) await page.setViewportSize(viewport);
      return chromiumPage(run, page);
    },
    async pagesAt(path) {
      return run.context
        .pages()
        .filter((p) => p.url() === run.url(path))
        .map((p) => chromiumPage(run, p));
    },
    stopWorker: () => run.stopWorker(),
    consoleErrors: async () => [...run.consoleErrors],
    async close() {
      await run.close();
      await options.clock?.attach(null);
    },
  };
}
