// Issues 15 and 19 in real Chromium: the browser is closed and launched again on the same profile
// and the same extension path (storage.local kept, storage.session emptied, as after a real
// restart), under libfaketime at ×20, the simulated clock carried across each closure. Restarts at
// several moments of the heartbeat cycle, countdown on and off, keep the whole count (the closure
// is counted up to where it is surely a closure); a closure longer than the natural break plus
// the wake spacing (and the alarm's repeat and slack) is a natural break. An extension update
// while the browser runs (a higher version on disk, runtime.reload) keeps the count exactly.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ALARM_RETRY_MS, ALIVE_MAX_MS, WAKE_SLACK_MS } from '../../src/core/scheduler/heartbeat';
import { ENGINE_KEY } from '../../src/storage/keys';
import { DIST_CHROME } from './support/browsers';
import { envelope } from './support/driver';
import { launchChromium, type ChromiumRun } from './support/chromium';

const MIN = 60_000;
const SPEED = 20;
const INTERVAL = 30 * MIN;
const NATURAL = 5 * MIN;
/** Tuesday 1 December 2026, 09:00 local time: where the simulated clock starts. */
const START = new Date(2026, 11, 1, 9, 0).getTime();

interface Stored {
  now: number;
  heartbeatAt: number | null;
  state: {
    activeMs: number;
    lastSeenAt: number;
    phase: { tag: string; since: number; from?: number };
    cycle: { startedAt: number };
    expectedAlarm: { at: number } | null;
  } | null;
}

/** A libfaketime spec whose clock starts at `at` (local time) and runs SPEED times as fast. */
function faketimeAt(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `@${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} x${SPEED}`;
}

async function read(page: Page): Promise<Stored> {
  return page.evaluate(async (key) => {
    const [heartbeat, stored] = await Promise.all([chrome.alarms.get('heartbeat'), chrome.storage.local.get(key)]);
    return {
      now: Date.now(),
      heartbeatAt: heartbeat?.scheduledTime ?? null,
      state: (stored[key] as { state?: Stored['state'] } | undefined)?.state ?? null,
    };
  }, ENGINE_KEY);
}

async function until(page: Page, done: (s: Stored) => boolean, limitMs: number): Promise<Stored> {
  const started = Date.now();
  for (;;) {
    const s = await read(page);
    if (done(s)) return s;
    if (Date.now() - started > limitMs) throw new Error(`gave up waiting; last read ${JSON.stringify(s)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function status(page: Page): Promise<{ phase: string; remainingMs: number }> {
  return page.evaluate((e) => chrome.runtime.sendMessage(e), envelope('status/get'));
}

/** Active time credited by the start step itself: what the count was when the browser came back. */
function countAtStart(s: NonNullable<Stored['state']>): number {
  return s.activeMs - (s.phase.since - (s.phase.from ?? s.phase.since));
}

describe('Chromium: browser restarts keep the count (libfaketime ×20, one profile)', () => {
  let ext: string;
  let profile: string;
  let run: ChromiumRun | null = null;
  let page: Page;

  async function launch(at: number): Promise<void> {
    // The debugging switch lets the update case load a new version through CDP.
    run = await launchChromium({
      faketime: faketimeAt(at),
      extensionDir: ext,
      profileDir: profile,
      args: ['--enable-unsafe-extension-debugging'],
    });
    page = await run.context.newPage();
    await page.goto(run.url('manifest.json'));
  }

  /**
   * Waits until `when` holds for what is stored, closes the browser, keeps it closed for
   * `closedMs`, launches it again and waits for the engine's start. Returns what was stored
   * before and after.
   */
  async function restartWhen(when: (s: Stored & { state: NonNullable<Stored['state']> }) => boolean, closedMs: number) {
    const before = await until(page, (s) => s.state !== null && when(s as Stored & { state: NonNullable<Stored['state']> }), 60_000);
    const closedAt = Date.now();
    await run!.close();
    const reopenAt = before.now + (Date.now() - closedAt) * SPEED + closedMs;
    await launch(reopenAt);
    const after = await until(page, (s) => s.state !== null && s.state.lastSeenAt >= reopenAt, 30_000);
    return { before, after, reopenAt, view: await status(page) };
  }

  /** A restart `afterMark` after the last alive mark. */
  const restartAt = (afterMark: number, closedMs: number) => restartWhen((s) => s.now >= s.state.lastSeenAt + afterMark, closedMs);

  /** A new cycle counting from now (a break asked for and skipped), so each case has the whole interval. */
  async function freshCycle(): Promise<void> {
    const at = (await read(page)).now;
    await page.evaluate(
      async ([now, skip]) => {
        await chrome.runtime.sendMessage(now);
        await chrome.runtime.sendMessage(skip);
      },
      [envelope('break/now'), envelope('break/skip')] as const,
    );
    await until(page, (s) => s.state?.phase.tag === 'counting' && s.state.cycle.startedAt >= at, 10_000);
  }

  beforeAll(async () => {
    ext = mkdtempSync(join(tmpdir(), 'unhunch-restart-ext-'));
    cpSync(DIST_CHROME, ext, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'unhunch-restart-profile-'));
    await launch(START);
  });
  afterAll(async () => {
    await run?.close();
    rmSync(ext, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  });

  /**
   * The restart kept the cycle and the whole count (issue 19). Back before the closure is sure
   * (the expected alarm, a repeat and the slack), nothing is lost: the count runs on through the
   * closure, so active time grew exactly as much as the instant it is credited to. Back after
   * that, the count ran on up to that instant, exactly, and restarted at the start step.
   */
  function expectKept(r: Awaited<ReturnType<typeof restartAt>>, afterMark: number): void {
    const b = r.before.state!;
    const a = r.after.state!;
    expect(a.cycle.startedAt, 'no natural break').toBe(b.cycle.startedAt);
    expect(b.phase.tag).toBe('counting');
    expect(a.phase.tag).toBe('counting');
    // The moment in the heartbeat cycle that was asked for, and the expected alarm within the
    // wake spacing of the last mark.
    expect(r.before.now - b.lastSeenAt).toBeGreaterThanOrEqual(afterMark);
    expect(b.expectedAlarm!.at - b.lastSeenAt).toBeLessThanOrEqual(ALIVE_MAX_MS);
    const sure = b.expectedAlarm!.at + ALARM_RETRY_MS + WAKE_SLACK_MS;
    if (r.reopenAt < sure - MIN) expect(a.phase.from, 'the count ran on through the closure').toBe(b.phase.from);
    if (a.phase.from === b.phase.from) {
      expect(a.activeMs - b.activeMs).toBe(a.phase.since - b.phase.since);
    } else {
      expect(a.phase.from).toBeGreaterThanOrEqual(sure);
      expect(countAtStart(a)).toBe(b.activeMs + (sure - b.phase.since));
    }
    const behind = r.after.now - a.phase.since;
    expect(r.view.phase).toBe('counting');
    expect(Math.abs(r.view.remainingMs - (INTERVAL - a.activeMs - behind))).toBeLessThanOrEqual(MIN);
  }

  it('countdown on: a restart a minute after a heartbeat loses nothing', async () => {
    await freshCycle();
    await until(page, (s) => s.state !== null && s.state.activeMs >= 10 * MIN, 60_000); // the beat with 20 left
    expectKept(await restartAt(MIN, 20_000), MIN);
  }, 120_000);

  it('countdown on: a restart 30 s before the next heartbeat loses nothing', async () => {
    const r = await restartWhen((s) => s.state.expectedAlarm !== null && s.now >= s.state.expectedAlarm.at - 30_000, 20_000);
    expectKept(r, 0);
    expect(r.before.state!.expectedAlarm!.at - r.before.now).toBeLessThanOrEqual(30_000);
  }, 120_000);

  it('countdown off: restarts early and late between alive marks keep the count', async () => {
    const changedAt = (await read(page)).now;
    const options = await run!.context.newPage();
    await options.goto(run!.url('options.html'));
    await options.getByLabel('Show minutes to the next break on the toolbar icon').uncheck();
    await options.getByText('Saved.', { exact: false }).waitFor();
    await options.close();
    await until(page, (s) => (s.state?.lastSeenAt ?? 0) >= changedAt, 10_000); // the engine took the change
    await freshCycle();
    expectKept(await restartAt(3 * MIN, 20_000), 3 * MIN);
    // Closed for just under the natural-break length: still the same count.
    expectKept(await restartAt(8 * MIN, NATURAL - 30_000), 8 * MIN);
    const badge = await page.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe('');
  }, 180_000);

  it('an extension update while the browser runs keeps the count exactly', async () => {
    await freshCycle();
    const before = await until(page, (s) => s.state?.phase.tag === 'counting', 10_000);
    const manifestPath = join(ext, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    // Loading the same path again with a higher version is how Chrome applies an update to an
    // unpacked extension (runtime.reload leaves a --load-extension one unloaded here).
    const cdp = await run!.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: ext });
    await cdp.detach();
    if (page.isClosed()) page = await run!.context.newPage();
    await page.goto(run!.url('manifest.json'));
    expect(await page.evaluate(() => chrome.runtime.getManifest().version)).toBe(`${manifest.version}.1`);
    const after = await until(page, (s) => (s.state?.lastSeenAt ?? 0) > before.now, 30_000);
    const [b, a] = [before.state!, after.state!];
    expect(a.cycle.startedAt).toBe(b.cycle.startedAt);
    expect(a.phase).toMatchObject({ tag: 'counting', from: b.phase.from });
    expect(a.activeMs - b.activeMs).toBe(a.phase.since - b.phase.since);
  }, 120_000);

  it('a closure surely longer than the natural break is a natural break', async () => {
    await freshCycle();
    const r = await restartAt(MIN, NATURAL + ALIVE_MAX_MS + ALARM_RETRY_MS + WAKE_SLACK_MS + MIN);
    expect(r.after.state!.cycle.startedAt).toBeGreaterThan(r.before.state!.cycle.startedAt);
    expect(countAtStart(r.after.state!)).toBe(0);
    expect(r.view.remainingMs).toBeGreaterThan(INTERVAL - 2 * MIN);
    expect(run!.consoleErrors).toEqual([]);
  }, 120_000);
});
