// Steps shared by the Chromium and Firefox device tests: a break taken through the real
// background, the summary it shares in storage.sync, and a second device's summary written there.
import { encodeSummary } from '../../../src/core/devices/encoding';
import { addDays } from '../../../src/core/history/day';

/**
 * What Playwright's and Puppeteer's pages have in common. Their evaluate() signatures differ in
 * generics only, so this takes the loosest shape and the helpers below type their own results.
 */
export interface Evaluator {
  evaluate(fn: (arg: any) => unknown, arg: unknown): Promise<unknown>;
}

type Api = { runtime: { sendMessage(m: unknown): Promise<unknown> }; storage: { sync: { get(k: null): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> }; local: { get(k: string): Promise<Record<string, unknown>> } } };

export const OTHER_KEY = 'device.desk0001';

/** The browser's own local date, which is the date this device files its breaks under. */
export function browserToday(page: Evaluator): Promise<string> {
  return page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, null) as Promise<string>;
}

/** Takes one break through the background's messages, as the popup does. */
export async function takeBreak(page: Evaluator): Promise<void> {
  await page.evaluate(async () => {
    // Written out in each page function: they run in the page, where only what is inside them exists.
    const b = (globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome;
    await b.runtime.sendMessage({ unhunch: 1, type: 'break/now' });
    await b.runtime.sendMessage({ unhunch: 1, type: 'break/done', payload: { stretchIds: ['chair-twist'], durationMs: 70_000, completed: true } });
  }, null);
}

/** Everything in storage.sync, read from an extension page. */
export function syncItems(page: Evaluator): Promise<Record<string, unknown>> {
  return page.evaluate(() => ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).storage.sync.get(null), null) as Promise<Record<string, unknown>>;
}

/** A second device ("Office desktop") that took 3 breaks today and 2 yesterday, in its own summary. */
export async function writeOtherDevice(page: Evaluator, today: string): Promise<void> {
  const day = (d: string, taken: number) => ({ day: d, taken, skipped: 1, natural: 0, activeMin: 200, breakSec: 240, stretches: { 'eagle-arms': taken } });
  const value = encodeSummary({ name: 'Office desktop', updatedAt: Date.now() - 3_600_000, days: [day(addDays(today, -1), 2), day(today, 3)] });
  await page.evaluate(([key, v]: readonly [string, unknown]) => ((globalThis as unknown as { browser?: Api }).browser ?? (globalThis as unknown as { chrome: Api }).chrome).storage.sync.set({ [key]: v }), [OTHER_KEY, value] as const);
}
