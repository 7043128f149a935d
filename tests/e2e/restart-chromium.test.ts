// Issues 15 and 19 in real Chromium: the browser is closed and launched again on the same profile
// and the same extension path (storage.local kept, storage.session emptied, as after a real
// restart), on one libfaketime clock the test moves (support/clock.ts) and carries across each
// closure. Restarts at several moments of the heartbeat cycle, countdown on and off, keep the
// whole count (the closure is counted up to where it is surely a closure); a closure longer than
// the natural break plus the wake spacing (and the alarm's repeat and slack) is a natural break.
// An extension update while the browser runs (a higher version on disk) keeps the count exactly.
// The clock walks alarm by alarm to each moment a restart is asked for, and is set while the
// browser is closed, so each closure is exactly as long as asked, whatever the load.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALARM_RETRY_MS, ALIVE_MAX_MS, WAKE_SLACK_MS } from '../../src/core/scheduler/heartbeat';
import { ENGINE_KEY } from '../../src/storage/keys';
import { DIST_CHROME } from './support/browsers';
import { Clock, walkTo } from './support/clock';
import { launch as launchBrowser, until, type Run } from './support/driver';

const MIN = 60_000;
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

async function read(run: Run): Promise<Stored> {
  return (await run.control()).evaluate(async (key) => {
    const [heartbeat, stored] = await Promise.all([browser.alarms.get('heartbeat'), browser.storage.local.get(key)]);
    return {
      now: Date.now(),
      heartbeatAt: heartbeat?.scheduledTime ?? null,
      state: (stored[key] as { state?: Stored['state'] } | undefined)?.state ?? null,
    };
  }, ENGINE_KEY);
}

/** Reads until `done` holds, in real seconds: the clock runs at real speed between its jumps. */
const stored = (run: Run, what: string, done: (s: Stored) => boolean) => until(what, () => read(run), done, 15_000, 100);

/** Active time credited by the start step itself: what the count was when the browser came back. */
function countAtStart(s: NonNullable<Stored['state']>): number {
  return s.activeMs - (s.phase.since - (s.phase.from ?? s.phase.since));
}

describe('Chromium: browser restarts keep the count (one profile, one clock across launches)', () => {
  let ext: string;
  let profile: string;
  let run: Run | null = null;
  const clock = new Clock(START);

  async function launch(): Promise<void> {
    // The debugging switch lets the update case load a new version through CDP.
    run = await launchBrowser('chromium', { clock, extensionDir: ext, profileDir: profile, args: ['--enable-unsafe-extension-debugging'] });
  }
  const current = () => run!;

  /**
   * Walks the clock alarm by alarm to the instant `target` names for what is stored, closes the
   * browser, keeps it closed for `closedMs` of simulated time, launches it again and waits for
   * the engine's start. Returns what was stored before and after.
   */
  async function restartWhen(target: (s: Stored & { state: NonNullable<Stored['state']> }) => number, closedMs: number) {
    let before = await stored(current(), 'the engine state', (s) => s.state !== null);
    for (;;) {
      const s = before as Stored & { state: NonNullable<Stored['state']> };
      const at = target(s);
      if (s.now >= at) break;
      // An alarm on the way moves the last alive mark, and with it the target: read again.
      await walkTo(clock, current(), at);
      before = await read(current());
    }
    await current().close();
    // Whole seconds, where the clock's file starts the next launch.
    const reopenAt = Math.ceil((before.now + closedMs) / 1_000) * 1_000;
    await clock.set(reopenAt);
    await launch();
    const after = await stored(
      current(),
      'the engine to start after the restart',
      (s) => s.state !== null && s.state.lastSeenAt >= reopenAt,
    );
    return { before, after, reopenAt, view: await current().send('status/get') };
  }

  /** A restart `afterMark` after the last alive mark. */
  const restartAt = (afterMark: number, closedMs: number) => restartWhen((s) => s.state.lastSeenAt + afterMark, closedMs);

  /** A new cycle counting from now (a break asked for and skipped), so each case has the whole interval. */
  async function freshCycle(): Promise<void> {
    const at = (await read(current())).now;
    await current().send('break/now');
    await current().send('break/skip');
    await stored(current(), 'a new cycle', (s) => s.state?.phase.tag === 'counting' && s.state.cycle.startedAt >= at);
  }

  beforeAll(async () => {
    ext = mkdtempSync(join(tmpdir(), 'unhunch-restart-ext-'));
    cpSync(DIST_CHROME, ext, { recursive: true });
    profile = mkdtempSync(join(tmpdir(), 'unhunch-restart-profile-'));
    await launch();
  });
  afterAll(async () => {
    await run?.close();
    rmSync(ext, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    clock.dispose();
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
    // The beat with 20 minutes left.
    await walkTo(clock, current(), (await read(current())).heartbeatAt!);
    await stored(current(), 'the heartbeat with 20 minutes left', (s) => s.state !== null && s.state.activeMs >= 10 * MIN);
    expectKept(await restartAt(MIN, 20_000), MIN);
  });

  it('countdown on: a restart 30 s before the next heartbeat loses nothing', async () => {
    const r = await restartWhen((s) => s.state.expectedAlarm!.at - 30_000, 20_000);
    expectKept(r, 0);
    expect(r.before.state!.expectedAlarm!.at - r.before.now).toBeLessThanOrEqual(30_000);
  });

  it('countdown off: restarts early and late between alive marks keep the count', async () => {
    const changedAt = (await read(current())).now;
    const options = await current().openPage('options.html');
    await options.click('[data-field="badgeCountdown"] input');
    await options.waitForSelector('.save-state.saved');
    await options.close();
    await stored(current(), 'the engine to take the change', (s) => (s.state?.lastSeenAt ?? 0) >= changedAt);
    await freshCycle();
    expectKept(await restartAt(3 * MIN, 20_000), 3 * MIN);
    // Closed for just under the natural-break length: still the same count.
    expectKept(await restartAt(8 * MIN, NATURAL - 30_000), 8 * MIN);
    expect(await (await current().control()).evaluate(() => browser.action.getBadgeText({}))).toBe('');
  });

  it('an extension update while the browser runs keeps the count exactly', async () => {
    await freshCycle();
    const before = await stored(current(), 'counting', (s) => s.state?.phase.tag === 'counting');
    const manifestPath = join(ext, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
    writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${manifest.version}.1` }));
    // Loading the same path again with a higher version is how Chrome applies an update to an
    // unpacked extension (runtime.reload leaves a --load-extension one unloaded here).
    const cdp = await current().chromium!.context.browser()!.newBrowserCDPSession();
    await cdp.send('Extensions.loadUnpacked', { path: ext });
    await cdp.detach();
    // The update closes the old version's pages; the control page opens again on the new one.
    await until(
      'the new version running',
      // A read on a page the update is closing fails; the next one opens a new page.
      async () => (await current().control()).evaluate(() => browser.runtime.getManifest().version).catch(() => 'closed'),
      (v) => v === `${manifest.version}.1`,
    );
    const after = await stored(current(), 'the engine to start on the new version', (s) => (s.state?.lastSeenAt ?? 0) > before.now);
    const [b, a] = [before.state!, after.state!];
    expect(a.cycle.startedAt).toBe(b.cycle.startedAt);
    expect(a.phase).toMatchObject({ tag: 'counting', from: b.phase.from });
    expect(a.activeMs - b.activeMs).toBe(a.phase.since - b.phase.since);
  });

  it('a closure surely longer than the natural break is a natural break', async () => {
    await freshCycle();
    const r = await restartAt(MIN, NATURAL + ALIVE_MAX_MS + ALARM_RETRY_MS + WAKE_SLACK_MS + MIN);
    expect(r.after.state!.cycle.startedAt).toBeGreaterThan(r.before.state!.cycle.startedAt);
    expect(countAtStart(r.after.state!)).toBe(0);
    expect(r.view.remainingMs).toBeGreaterThan(INTERVAL - 2 * MIN);
    expect(await current().consoleErrors()).toEqual([]);
  });
});
