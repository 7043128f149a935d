// Real Chromium with dist/chrome loaded, driven by playwright-core. Optionally under libfaketime,
// which moves the whole browser clock (alarms included) with no test switch in the extension, on
// a Clock the test drives (clock.ts). Never a fixed rate ('x60'): then a stalled machine skips
// simulated minutes, and whether a thing came on time depended on the load.
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromiumExtensionArgs } from '../../../scripts/lib/chromium-args.mjs';
import { CHROMIUM_PATH, DIST_CHROME, SCREENSHOTS } from './browsers';
import type { Clock } from './clock';

export interface ChromiumRun {
  context: BrowserContext;
  extensionId: string;
  url(path: string): string;
  /** Opens an extension page and waits until its app root has rendered something. */
  openPage(path: string): Promise<Page>;
  /** The extension's service worker, woken if it was stopped. */
  worker(): Promise<Worker>;
  /** Stops every service worker, as Chrome does after 30 s idle. */
  stopWorker(): Promise<void>;
  screenshot(page: Page, name: string): Promise<string>;
  /** Console errors and uncaught exceptions from extension pages and the worker. */
  consoleErrors: string[];
  close(): Promise<void>;
}

export interface ChromiumOptions {
  /**
   * A clock the test moves while the browser runs (clock.ts): the browser starts under it. The
   * driver (driver-chromium.ts) tells the clock how to read the browser's time.
   */
  clock?: Clock;
  extensionDir?: string;
  colorScheme?: 'light' | 'dark';
  /** prefers-reduced-motion for every page. */
  reducedMotion?: boolean;
  /** The browser's UI language, which picks the extension's locale (default en-US). */
  lang?: string;
  /** More command-line switches (e.g. --enable-speech-dispatcher for the device's voices). */
  args?: string[];
  /**
   * A profile to reuse (kept on close): launching again on it with the same extension path is a
   * real browser restart, storage.local kept and storage.session emptied.
   */
  profileDir?: string;
  /**
   * Leave page sizes to the browser instead of a fixed 1000×800 viewport: windows the extension
   * opens (the stretch window) then keep the size it gave them.
   */
  browserSizedPages?: boolean;
}

export async function launchChromium(options: ChromiumOptions = {}): Promise<ChromiumRun> {
  const profile = options.profileDir ?? mkdtempSync(join(tmpdir(), 'unhunch-chromium-'));
  const extension = options.extensionDir ?? DIST_CHROME;
  const env: Record<string, string> = Object.fromEntries(
    Object.entries(process.env).filter((e): e is [string, string] => e[1] !== undefined),
  );
  if (options.clock) Object.assign(env, options.clock.env());
  // Chromium on Linux takes its UI language from the environment as well as from --lang.
  if (options.lang) Object.assign(env, { LANGUAGE: options.lang.replace('-', '_'), LANG: `${options.lang.replace('-', '_')}.UTF-8` });
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    env,
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: options.reducedMotion ? 'reduce' : 'no-preference',
    viewport: options.browserSizedPages ? null : { width: 1000, height: 800 },
    args: [...chromiumExtensionArgs(extension, options.lang ?? 'en-US'), ...(options.args ?? [])],
  });
  const consoleErrors: string[] = [];
  const watchWorker = (w: Worker) =>
    w.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`worker: ${m.text()}`);
    });
  context.on('serviceworker', watchWorker);
  context.on('weberror', (e) => consoleErrors.push(`page: ${e.error().message}`));
  context.on('page', (p) =>
    p.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(`${p.url()}: ${m.text()}`);
    }),
  );

  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  watchWorker(first);
  const extensionId = new URL(first.url()).host;
  const url = (path: string) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`;

  const run: ChromiumRun = {
    context,
    extensionId,
    url,
    consoleErrors,
    async openPage(path) {
      const page = await context.newPage();
      // The welcome tab opens a moment after install; playwright drives pages in background
      // tabs all the same, but the test's page in front is what a person would see.
      await page.bringToFront();
      await page.goto(url(path));
      await page.waitForFunction(() => (document.getElementById('app')?.childElementCount ?? 0) > 0);
      return page;
    },
    async worker() {
      // Playwright keeps one handle per worker version, and it follows the worker across
      // restarts; only a stopped worker must be woken first. Any event with a listener wakes it:
      // a message that the background ignores is the gentlest.
      const page = await context.newPage();
      await page.goto(url('manifest.json'));
      await page.evaluate(() => chrome.runtime.sendMessage({ wake: true }).catch(() => undefined));
      await page.close();
      return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? first;
    },
    async stopWorker() {
      // Driven from a page that runs no extension code, so the session keeps nothing alive.
      const page = await context.newPage();
      await page.goto(url('manifest.json'));
      const cdp = await context.newCDPSession(page);
      const stopped = new Promise<void>((resolve) => {
        cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
          if (e.versions.every((v) => v.runningStatus === 'stopped')) resolve();
        });
      });
      await cdp.send('ServiceWorker.enable');
      await cdp.send('ServiceWorker.stopAllWorkers');
      await stopped;
      await cdp.detach();
      await page.close();
    },
    async screenshot(page, name) {
      const path = `${SCREENSHOTS}/${name}.png`;
      await page.screenshot({ path });
      return path;
    },
    async close() {
      await context.close();
      if (!options.profileDir) rmSync(profile, { recursive: true, force: true });
    },
  };
  return run;
}
