// The break engine in real Firefox ESR, seen through extension pages (the event page is not
// reachable): the break alarm is scheduled, the popup shows the countdown, and a real alarm makes
// the break due on time. Firefox did not start under libfaketime here, so this runs at real
// speed with a one-minute interval.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxRun } from './support/firefox';

const MIN = 60_000;
type Api = typeof chrome;

let run: FirefoxRun;
let page: Page;
beforeAll(async () => {
  run = await launchFirefox();
  page = await run.openPage('popup.html');
});
afterAll(async () => { await run?.close(); });

async function waitFor<T>(read: () => Promise<T>, ok: (v: T) => boolean, limitMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const v = await read();
    if (ok(v) || Date.now() - started > limitMs) return v;
    await new Promise((r) => setTimeout(r, 250));
  }
}


describe('Firefox: break engine', () => {
  it('schedules the break alarm and the popup shows the countdown', async () => {
    const alarm = await waitFor(
      () => page.evaluate(async () => {
        const b = (globalThis as unknown as { browser: Api }).browser;
        const a = await b.alarms.get('break');
        return a ? { at: a.scheduledTime, now: Date.now() } : null;
      }),
      (a) => a !== null,
      10_000,
    );
    expect(alarm).not.toBeNull();
    expect((alarm!.at - alarm!.now) / MIN).toBeGreaterThan(29);
    expect((alarm!.at - alarm!.now) / MIN).toBeLessThanOrEqual(30);
    const status = await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ unhunch: 1, type: 'status/get' }));
    expect(status).toMatchObject({ phase: 'counting', breakKind: 'posture' });
    const text = await waitFor(() => page.evaluate(() => document.body.innerText), (t) => /Next break in (29|30) min/.test(t), 10_000);
    expect(text).toMatch(/Next break in (29|30) min/);
    await run.screenshot(page, 'break-engine-popup-firefox');
  });

  it('makes the break due on time through a real Firefox alarm and carries out its reminder', async () => {
    // A one-minute interval, set the way the options page does (storage.sync); applies at once.
    // Nobody types in a headless browser: the longest idle interval keeps the user "active", and
    // the nudge window is off, since headless Firefox reports its short pause (nudge-firefox.test.ts).
    await page.evaluate(async () => {
      const b = (globalThis as unknown as { browser: Api }).browser;
      await b.storage.sync.set({ settings: { breakIntervalMin: 1, renudgeAfterMin: 0, idleDetectionSec: 600, nudgeWindowMin: 0 } });
    });
    const dueAt = await waitFor(
      () => page.evaluate(async () => {
        const a = await (globalThis as unknown as { browser: Api }).browser.alarms.get('break');
        return a ? a.scheduledTime : null;
      }),
      (at) => at !== null && at - Date.now() <= MIN,
      10_000,
    );
    expect(dueAt).not.toBeNull();
    // Headless Firefox closes a notification the moment it is shown, and its events reach only
    // the event page, so the reminder is checked in the engine's saved state: issued right at the
    // due time, and nothing left pending (an error would have left it to retry).
    const engine = await waitFor(
      () => page.evaluate(async () => (await (globalThis as unknown as { browser: Api }).browser.storage.local.get('engine')).engine as {
        state: { phase: { tag: string; since: number; notifiedAt?: number | null } };
        pending: unknown[];
      }),
      (e) => e.state.phase.tag === 'due' && e.pending.length === 0,
      90_000,
    );
    expect(engine.state.phase.tag).toBe('due');
    expect(Math.abs(engine.state.phase.since - dueAt!)).toBeLessThanOrEqual(1_000);
    expect(engine.state.phase.notifiedAt! - dueAt!).toBeLessThanOrEqual(5_000);
    expect(engine.pending).toEqual([]);
    const status = await page.evaluate(() => (globalThis as unknown as { browser: Api }).browser.runtime.sendMessage({ unhunch: 1, type: 'status/get' }));
    expect(status).toMatchObject({ phase: 'due', remainingMs: 0 });
    expect(await run.consoleErrorsNow()).toEqual([]);
  }, 120_000);
});
