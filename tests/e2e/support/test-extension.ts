// A test copy of the extension with the history driver page (tests/fixtures/e2e), for suites that
// must write history through the real IndexedDB code before the background does so itself.
import type { HistoryEvent } from '../../../src/core/history/event';
import { buildTestExtension } from '../../fixtures/e2e/build-test-extension';
import { type BrowserName, type LaunchOptions, launch, type Run } from './driver';

const copies = new Map<BrowserName, Promise<string>>();

/** Launches `browser` on the test copy of its build, made once per test file. */
export async function launchTestExtension(browser: BrowserName, options: LaunchOptions = {}): Promise<Run> {
  if (!copies.has(browser)) copies.set(browser, buildTestExtension(browser === 'chromium' ? 'chrome' : 'firefox'));
  return launch(browser, { ...options, extensionDir: await copies.get(browser)! });
}

/** The history driver of a test copy, as its page exposes it. */
export interface HistoryDriver {
  append(events: HistoryEvent[]): Promise<string>;
  hold(): Promise<string>;
  count(): Promise<{ events: number; days: number }>;
}

/** Appends `events` through the real history code, in a driver page; answers the backend used. */
export async function appendHistory(run: Run, events: HistoryEvent[] | ((now: number) => HistoryEvent[])): Promise<string> {
  const page = await run.openPage('driver.html');
  const list = typeof events === 'function' ? events(await page.evaluate(() => Date.now())) : events;
  const backend = await page.evaluate((e) => (globalThis as unknown as { driver: HistoryDriver }).driver.append(e), list);
  await page.close();
  return backend;
}
