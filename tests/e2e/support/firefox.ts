// Real Firefox ESR with dist/firefox installed, driven by puppeteer-core over WebDriver BiDi
// (no geckodriver). A fixed UUID for our add-on id gives stable moz-extension:// URLs.
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { randomUUID } from 'node:crypto';
import { DIST_FIREFOX, FIREFOX_PATH, SCREENSHOTS } from './browsers';
import { GECKO_ID } from '../../../scripts/lib/manifest-transform.mjs';

export interface FirefoxRun {
  browser: Browser;
  uuid: string;
  url(path: string): string;
  /** Opens an extension page and waits on its content (Firefox does not always report load). */
  openPage(path: string): Promise<Page>;
  screenshot(page: Page, name: string): Promise<string>;
  consoleErrors: string[];
  close(): Promise<void>;
}

export async function launchFirefox(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<FirefoxRun> {
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
      'intl.locale.requested': 'en-US',
      // prefers-color-scheme for the pages under test: 0 = dark, 1 = light.
      'layout.css.prefers-color-scheme.content-override': options.colorScheme === 'dark' ? 0 : 1,
      'ui.systemUsesDarkTheme': options.colorScheme === 'dark' ? 1 : 0,
    },
  });
  await browser.installExtension(DIST_FIREFOX);
  const url = (path: string) => `moz-extension://${uuid}/${path.replace(/^\//, '')}`;
  const consoleErrors: string[] = [];
  return {
    browser,
    uuid,
    url,
    consoleErrors,
    async openPage(path) {
      const page = await browser.newPage();
      page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(`${path}: ${m.text()}`); });
      page.on('pageerror', (e) => consoleErrors.push(`${path}: ${e instanceof Error ? e.message : String(e)}`));
      await page.setViewport({ width: 1000, height: 800 });
      void page.goto(url(path)).catch(() => undefined);
      // While the document is still being swapped in, Firefox's BiDi script.evaluate can fail
      // with an internal error; that is the harness racing navigation, so try again until the
      // deadline rather than fail the test.
      const deadline = Date.now() + 30_000;
      for (;;) {
        try {
          await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0, { timeout: Math.max(1000, deadline - Date.now()) });
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
    async close() {
      await browser.close();
    },
  };
}
