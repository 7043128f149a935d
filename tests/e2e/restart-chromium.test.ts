// Issue 15 in real Chromium: the browser is closed and launched again on the same profile and the
// same extension path (storage.local kept, storage.session emptied, as after a real restart),
// under libfaketime at ×20, the simulated clock carried across each closure. Restarts at several
// moments of the heartbeat cycle, countdown on and off, keep the count up to the last alive mark
// (so the next break moves by at most ALIVE_MAX_MS); a closure longer than the natural break plus
// that bound (and the alarm's repeat and slack) is a natural break.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { ALARM_RETRY_MS, ALIVE_MAX_MS, WAKE_SLACK_MS } from '../../src/core/scheduler/heartbeat';
import { DIST_CHROME } from './support/browsers';
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
    heartbeat: { at: number } | null;
  } | null;
}

/** A libfaketime spec whose clock starts at `at` (local time) and runs SPEED times as fast. */
function faketimeAt(at: number): string {
  const d = new Date(at);
  const p = (n: number) => String(n).padStart(2, '0');
  return `@${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())} x${SPEED}`;
}

async function read(page: Page): Promise<Stored> {
  return page.evaluate(async () => {
    const [heartbeat, stored] = await Promise.all([chrome.alarms.get('heartbeat'), chrome.storage.local.get('engine')]);
    return {
      now: Date.now(),
      heartbeatAt: heartbeat?.scheduledTime ?? null,
      state: (stored.engine as { state?: Stored['state'] } | undefined)?.state ?? null,
    };
  });
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
  return page.evaluate(() => chrome.runtime.sendMessage({ unhunch: 1, type: 'status/get' }));
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
    run = await launchChromium({ faketime: faketimeAt(at), extensionDir: ext, profileDir: profile });
    page = await run.context.newPage();
    await page.goto(run.url('manifest.json'));
  }

  /**
   * Closes the browser `afterMark` after the last alive mark, keeps it closed for `closedMs`,
   * launches it again and waits for the engine's start. Returns what was stored before and after.
   */
  async function restartAt(afterMark: number, closedMs: number) {
    const before = await until(page, (s) => s.state !== null && s.now >= s.state.lastSeenAt + afterMark, 60_000);
    const closedAt = Date.now();
    await run!.close();
    const reopenAt = before.now + (Date.now() - closedAt) * SPEED + closedMs;
    await launch(reopenAt);
    const after = await until(page, (s) => s.state !== null && s.state.lastSeenAt >= reopenAt, 30_000);
    return { before, after, view: await status(page) };
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

  /** The restart kept the cycle and the count up to the last mark, and nothing of the closure. */
  function expectKept(r: Awaited<ReturnType<typeof restartAt>>, afterMark: number): void {
    const b = r.before.state!;
    const a = r.after.state!;
    expect(a.cycle.startedAt, 'no natural break').toBe(b.cycle.startedAt);
    expect(b.phase.tag).toBe('counting');
    // The moment in the heartbeat cycle that was asked for, and the mark never further back
    // than the bound: the expected alarm lay within ALIVE_MAX_MS of it.
    expect(r.before.now - b.lastSeenAt).toBeGreaterThanOrEqual(afterMark);
    expect(b.heartbeat!.at - b.lastSeenAt).toBeLessThanOrEqual(ALIVE_MAX_MS);
    expect(countAtStart(a)).toBe(b.activeMs);
    // The next break moved by at most the bound: what the count would be at the close, less
    // what came back, never more than ALIVE_MAX_MS.
    const lost = b.activeMs + (r.before.now - b.lastSeenAt) - countAtStart(a);
    expect(lost).toBeLessThanOrEqual(ALIVE_MAX_MS);
    const behind = r.after.now - (a.phase.from ?? a.phase.since);
    expect(r.view.phase).toBe('counting');
    expect(Math.abs(r.view.remainingMs - (INTERVAL - b.activeMs - behind))).toBeLessThanOrEqual(MIN);
  }

  it('countdown on: a restart a minute after a heartbeat loses only that minute', async () => {
    await until(page, (s) => s.state !== null && s.state.activeMs >= 10 * MIN, 60_000); // the beat with 20 left
    expectKept(await restartAt(MIN, 20_000), MIN);
  }, 120_000);

  it('countdown on: a restart just before the next heartbeat loses less than the bound', async () => {
    expectKept(await restartAt(9 * MIN, 20_000), 9 * MIN);
  }, 120_000);

  it('countdown off: restarts early and late between alive marks keep the count', async () => {
    const changedAt = (await read(page)).now;
    const options = await run!.context.newPage();
    await options.goto(run!.url('options.html'));
    await options.getByLabel('Show minutes to the next break on the toolbar icon').uncheck();
    await options.getByText('Saved.', { exact: false }).waitFor();
    await options.close();
    await until(page, (s) => (s.state?.lastSeenAt ?? 0) >= changedAt, 10_000); // the engine took the change
    expectKept(await restartAt(3 * MIN, 20_000), 3 * MIN);
    // Closed for just under the natural-break length: still the same count.
    expectKept(await restartAt(8 * MIN, NATURAL - 30_000), 8 * MIN);
    const badge = await page.evaluate(() => chrome.action.getBadgeText({}));
    expect(badge).toBe('');
  }, 180_000);

  it('a closure surely longer than the natural break is a natural break', async () => {
    const r = await restartAt(MIN, NATURAL + ALIVE_MAX_MS + ALARM_RETRY_MS + WAKE_SLACK_MS + MIN);
    expect(r.after.state!.cycle.startedAt).toBeGreaterThan(r.before.state!.cycle.startedAt);
    expect(countAtStart(r.after.state!)).toBe(0);
    expect(r.view.remainingMs).toBeGreaterThan(INTERVAL - 2 * MIN);
    expect(run!.consoleErrors).toEqual([]);
  }, 120_000);
});
