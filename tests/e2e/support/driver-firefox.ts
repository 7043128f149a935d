// The driver for real Firefox ESR (puppeteer-core over WebDriver BiDi), on the launcher in
// firefox.ts. Firefox does not always report the load of a moz-extension:// page, so every
// navigation here waits on the new document's content instead.
import type { Page } from 'puppeteer-core';
import type { MessageType, ResponseOf } from '../../../src/shared/messages';
import { launchFirefox, type FirefoxRun } from './firefox';
import { SCREENSHOTS } from './browsers';
import { controlReads, envelope, type ExtPage, type LaunchOptions, type PayloadArgs, type Run } from './driver';

/** Waits until `selector` is on a document other than the one marked stale before navigating. */
async function freshDocument(page: Page, selector: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      await page.waitForFunction(
        (sel) => !(window as unknown as { stale?: boolean }).stale && document.querySelector(sel) !== null,
        { timeout: Math.max(1000, deadline - Date.now()) },
        selector,
      );
      return;
    } catch (error) {
      // While the document is swapped in, BiDi's script.evaluate can fail with an internal error:
      // the harness racing navigation, so try again until the deadline.
      if (Date.now() >= deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

export function firefoxPage(run: FirefoxRun, page: Page): ExtPage & { page: Page } {
  return {
    browser: 'firefox',
    page,
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    evaluateSource: (source) => page.evaluate(source) as never,
    send: <K extends MessageType>(type: K, ...payload: PayloadArgs<K>) =>
      page.evaluate((e) => browser.runtime.sendMessage(e), envelope(type, ...payload)) as Promise<ResponseOf<K>>,
    async waitFor(fn, arg, options) {
      const timeout = options?.timeout ?? 10_000;
      const deadline = Date.now() + timeout;
      for (;;) {
        if (await page.evaluate(fn as never, arg)) return;
        if (Date.now() > deadline) throw new Error(`page condition not met within ${timeout} ms: ${fn.toString().slice(0, 200)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async waitForSelector(selector, options) {
      const timeout = options?.timeout ?? 10_000;
      if (options?.state === 'detached') await page.waitForFunction((sel) => document.querySelector(sel) === null, { timeout }, selector);
      else await page.waitForSelector(selector, { timeout, visible: options?.state === 'visible' });
    },
    click: (selector) => page.click(selector),
    async fill(selector, value) {
      // Firefox does not reliably select the text of a number field on a triple click, and
      // typing would then add to it: the old text is cleared first.
      await page.$eval(selector, (el) => {
        (el as HTMLInputElement).value = '';
      });
      await page.type(selector, value);
    },
    select: async (selector, value) => {
      await page.select(selector, value);
    },
    bringToFront: () => page.bringToFront(),
    press: (key) => page.keyboard.press(key as never),
    text: (selector) => page.$eval(selector, (el) => el.textContent),
    attr: (selector, name) => page.$eval(selector, (el, n) => el.getAttribute(n), name),
    count: (selector) => page.$$eval(selector, (els) => els.length),
    async goto(path, readySelector) {
      await page.evaluate(() => {
        (window as unknown as { stale?: boolean }).stale = true;
      });
      void (path === null ? page.reload() : page.goto(run.url(path))).catch(() => undefined);
      await freshDocument(page, readySelector);
    },
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(name, options) {
      if (!options?.fullPage) return run.screenshot(page, name);
      const path = `${SCREENSHOTS}/${name}.png` as const;
      await page.screenshot({ path, fullPage: true });
      return path;
    },
    isClosed: () => page.isClosed(),
    close: () => page.close(),
  };
}

export async function launchFirefoxRun(options: LaunchOptions): Promise<Run & { firefox: FirefoxRun }> {
  if (options.clock || options.profileDir || options.lang || options.args || options.browserSizedPages) {
    throw new Error(
      'Firefox: clock (Firefox does not start under libfaketime), profileDir, lang, args and browserSizedPages are Chromium-only launch options',
    );
  }
  const run = await launchFirefox({
    colorScheme: options.colorScheme,
    reducedMotion: options.reducedMotion,
    home: options.home,
    extensionDir: options.extensionDir,
    prefs: options.prefs,
  });
  // The privacy page runs no script; `browser` is there all the same.
  const reads = controlReads(async () => {
    const page = await run.browser.newPage();
    void page.goto(run.url('privacy.html')).catch(() => undefined);
    await freshDocument(page, 'h1');
    return firefoxPage(run, page);
  });
  return {
    ...reads,
    browser: 'firefox',
    firefox: run,
    url: run.url,
    async openPage(path, viewport) {
      const page = await run.openPage(path);
      if (viewport) await page.setViewport(viewport);
      return firefoxPage(run, page);
    },
    async pagesAt(path) {
      // Puppeteer may list tabs the extension opened as about:blank: ask each page where it is.
      const found: ExtPage[] = [];
      for (const page of await run.browser.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href === run.url(path)) found.push(firefoxPage(run, page));
      }
      return found;
    },
    consoleErrors: () => run.consoleErrorsNow(),
    close: () => run.close(),
  };
}
