// (3) Worker wakes per simulated active hour. Chromium runs under libfaketime, so alarms, the
// 30 s idle timeout and every timer run `speed` times faster; headless Chromium always reports
// the user as active. Wakes are counted as runningStatus → 'running' transitions seen from
// about:blank, with nothing attached to the worker. A simulated user takes every break as soon
// as its notification shows (break/done from an extension page), as the popup would report it.
import { launch } from '../lib/browser.mjs';
import { Control, closeExtensionTabs, prepareEngine } from '../lib/control.mjs';
import { sleep } from '../lib/page.mjs';
import { WorkerWatch } from '../lib/worker-watch.mjs';

/**
 * @typedef {object} WakesResult
 * @property {number} speed
 * @property {number} simulatedHours
 * @property {number} starts worker starts in the window
 * @property {number} failedStarts starts Chrome abandoned before the worker ran
 * @property {number} perHour
 * @property {number[]} hourly starts in each whole simulated hour
 * @property {number} breaks notifications answered in the window
 * @property {string[]} alarmsAtEnd the extension's alarms when the window closed
 * @property {string[]} notes
 */

/**
 * @param {import('../lib/extensions.mjs').Extension} ext
 * @param {{ speed: number, wallMs: number, settings?: Record<string, unknown> }} options
 * @returns {Promise<WakesResult>}
 */
export async function measureWakes(ext, { speed, wallMs, settings }) {
  const browser = await launch({ extensionDir: ext.dir, fakeClock: true });
  /** @type {string[]} */
  const notes = [];
  try {
    const watch = await new WorkerWatch(browser).start();
    const hasWorker = await watch.waitForWorker(15_000).then(
      () => true,
      () => false,
    );
    if (!hasWorker) notes.push('no service worker registered within 15 s');
    await sleep(300);
    await closeExtensionTabs(browser);
    const control = await new Control(browser).open();
    if (ext.ours) {
      await prepareEngine(control, settings ?? {}, notes);
      if (!hasWorker || notes.length) throw new Error(`the extension did not start: ${notes.join('; ')}`);
    }
    // Let the install run and the settings change play out at real speed, then speed the clock
    // up and start from a sleeping worker.
    await sleep(500);
    await browser.setSpeed(speed);
    if (hasWorker) await watch.waitFor('stopped', 20_000).catch(() => notes.push('worker did not stop before the window'));
    const fakeStart = await control.evaluate('Date.now()');
    const start = Date.now();
    let breaks = 0;
    /** @type {Set<string>} */
    let shown = new Set();
    while (Date.now() - start < wallMs) {
      const ids = await control.notificationIds();
      const fresh = ids.filter((id) => !shown.has(id));
      shown = new Set(ids);
      if (fresh.length && ext.ours) {
        breaks++;
        await control.send('break/done', { stretchIds: [], durationMs: 0, completed: false });
      }
      await sleep(100);
    }
    const starts = watch.startsSince(start);
    const failedStarts = watch.failedStartsSince(start);
    if (failedStarts) notes.push(`${failedStarts} worker starts failed (machine too busy for ×${speed}?)`);
    // Starts in each whole simulated hour of the window, to show how steady the rate is.
    const hourWallMs = 3_600_000 / speed;
    const hourly = [];
    for (let from = start; from + hourWallMs <= start + wallMs + 1000; from += hourWallMs) {
      hourly.push(watch.transitions.filter((t) => t.status === 'running' && t.atMs >= from && t.atMs < from + hourWallMs).length);
    }
    const fakeEnd = await control.evaluate('Date.now()');
    // What keeps waking it, for whoever has to bring the count down.
    /** @type {{ name: string, periodInMinutes?: number }[]} */
    const alarms = ext.ours ? await control.evaluate('chrome.alarms.getAll()') : [];
    // The page's clock is the browser's faked one: the simulated span is measured, not assumed.
    const simulatedHours = (fakeEnd - fakeStart) / 3_600_000;
    await control.close();
    await watch.stop();
    return {
      speed,
      simulatedHours,
      starts,
      failedStarts,
      perHour: starts / simulatedHours,
      hourly,
      breaks,
      alarmsAtEnd: alarms.map((a) => `${a.name}${a.periodInMinutes ? ` every ${a.periodInMinutes} min` : ''}`),
      notes,
    };
  } finally {
    await browser.close();
  }
}
