// Real Firefox ESR with dist/firefox installed, driven by puppeteer-core over WebDriver BiDi
// (no geckodriver). A fixed UUID for our add-on id gives stable moz-extension:// URLs.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { DIST_FIREFOX, FIREFOX_PATH, SCREENSHOTS } from './browsers';
import { GECKO_ID } from '../../../scripts/lib/manifest-transform.mjs';
import { CONSOLE_TO_STDOUT_PREF, watchFirefoxOutput } from './firefox-console';

export interface FirefoxRun {
  browser: Browser;
  uuid: string;
  url(path: string): string;
  /** Opens an extension page and waits on its content (Firefox does not always report load). */
  openPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  /**
   * Console errors, uncaught exceptions and unhandled rejections of extension pages and the
   * event page, read from Firefox's own output. Prefer consoleErrorsNow() in assertions.
   */
  consoleErrors: string[];
  /** The errors once everything Firefox logged before this call has reached the harness. */
  consoleErrorsNow(): Promise<string[]>;
  close(): Promise<void>;
}

export interface FirefoxOptions {
  colorScheme?: 'light' | 'dark';
  reducedMotion?: boolean;
  /**
   * A home folder for this Firefox alone. Firefox reads an extension's managed storage from
   * ~/.mozilla/managed-storage/<id>.json, so a test can give it a policy there without touching
   * anything outside its own temporary folder.
   */
  home?: string;
  /** A build to install instead of dist/firefox (a test copy with a page of its own, say). */
  extensionDir?: string;
  /** More preferences for this Firefox (a proxy to watch its requests, say). */
  prefs?: Record<string, string | number | boolean>;
}

export async function launchFirefox(options: FirefoxOptions = {}): Promise<FirefoxRun> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    ...(options.home ? { env: { ...process.env, HOME: options.home } } : {}),
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      [CONSOLE_TO_STDOUT_PREF]: true,
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
      // prefers-color-scheme for the pages under test: 0 = dark, 1 = light.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
      // prefers-reduced-motion: 1 = reduce, 0 = no preference.
      'ui.prefersReducedMotion': options.reducedMotion ? 1 : 0,
      ...options.prefs,
    },
  });
  const output = watchFirefoxOutput([browser.process()?.stdout, browser.process()?.stderr], `moz-extension://${uuid}/`);
  // A first install opens the welcome tab a moment later, in front of whatever the test opened,
  // and clicks on a page in a background tab never return. Wait for it to open before the test
  // starts (puppeteer sees tabs the extension opens as about:blank, so any new page will do).
  const before = new Set(await browser.pages());
  await browser.installExtension(options.extensionDir ?? DIST_FIREFOX);
  const deadline = Date.now() + 20_000;
  while (!(await browser.pages()).some((p) => !before.has(p))) {
    if (Date.now() > deadline) throw new Error('The welcome tab did not open after install');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const url = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  const consoleErrors = output.errors;
  let markers = 0;
  return {
    browser,
    uuid,
    url,
    consoleErrors,
    async openPage(path) {
      const page = await browser.newPage();
      await page.bringToFront();
      await page.setViewport({ width: 1000, height: 800 });
      void page.goto(url(path)).catch(() => undefined);
      // While the document is still being swapped in, Firefox's BiDi script.evaluate can fail
      // with an internal error; that is the harness racing navigation, so try again until the
      // deadline rather than fail the test.
      const deadline = Date.now() + 30_000;
      for (;;) {
        try {
          await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, {
            timeout: Math.max(1000, deadline - Date.now()),
          });
          return page;
        } catch (error) {
          if (Date.now() >= deadline) throw error;
          await new Promise((resolve) => setTimeout(resolve, 200));
        }
      }
    },
    async screenshot(page, name) {
      const path = `${SCREENSHOTS}/${name}.png` as const;
      await page.screenshot({ path });
      return path;
    },
    async consoleErrorsNow() {
      // Firefox writes each console call as it happens, and a pipe keeps the order of writes:
      // once a marker logged now has arrived, so has everything logged before it.
      const marker = `unhunch-harness-marker-${++markers}`;
      const page = await browser.newPage();
      await page.evaluate((m) => console.log(m), marker);
      await output.waitForLine(marker, 10_000);
      await page.close();
      return [...consoleErrors];
    },
    async close() {
      await browser.close();
    },
  };
}
